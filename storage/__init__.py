"""The data model (SQLAlchemy 2 async), its migrations and the repository functions.

Imports nothing of `bot/`, `handlers/` or `nlp/`: kind, category and urgency are stored as the
plain codes of nlp/TAXONOMY.md.
"""
