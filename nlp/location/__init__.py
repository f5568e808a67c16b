"""Where a message says the problem is: `find_location(canonical_text) -> Location | None`.

The rules are data (nlp/location/data/*.toml: heads, the campus gazetteer, the words around a
name, English address words), each entry with sentences it must and must not read; the code
here is the small interpreter that reads them: a lexer (tokens), the name reader (names), a
grammar over the tokens written together (chains) and the choice among the places a message
names (grammar).
"""

from nlp.location.english import english_spans
from nlp.location.grammar import find_location
from nlp.location.tokens import Token, TokenKind, tokens

__all__ = ["Token", "TokenKind", "english_spans", "find_location", "tokens"]
