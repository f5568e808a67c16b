"""Build the parser's long-lived tables once: without the cyclic collector walking them as
they grow, and, for those that take long to compute, kept on disk keyed by their sources.

Loading builds ~500,000 small objects (word automata, slip tables, rule forms, weights) that
live as long as the process. The collector starts every few hundred allocations and, as the
heap grows, walks everything built so far again and again: ~0.6 s of a ~2 s cold start went
to it. While a table is built it is off; it is back on, if it was on, once the table is done
(parsing allocates too little to start a collection, so what parsing does is unchanged).
"""

import gc
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@contextmanager
def collector_paused() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def cached_json(name: str, sources: Iterable[bytes], build: Callable[[], Any]) -> Any:
    """`build()`, a value made of JSON types, kept in a file keyed by everything it is made
    from (`sources`: the data files, and the source of the code that reads them), so that a
    change to any of them builds it anew. Plain JSON, never a pickle: loading runs no code.
    The value is always returned as read back from JSON, so a process that built it sees
    exactly what a later one loads."""
    digest = hashlib.sha1()
    for source in sources:
        digest.update(hashlib.sha1(source).digest())  # fixed size: no two sequences collide
    path = Path(tempfile.gettempdir()) / f"houqin-{name}-{os.getuid()}-{digest.hexdigest()[:16]}"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    text = json.dumps(build(), ensure_ascii=False)
    try:  # written aside and renamed, so that a second process never reads half a file
        partial = path.with_suffix(f".{os.getpid()}.partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        log.warning("could not cache %s at %s: %s", name, path, error)
    return json.loads(text)
