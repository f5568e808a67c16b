"""The declarative base, with constraint names fixed so migrations can refer to them."""

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Without a convention PostgreSQL and SQLite invent different names (or none), and a later
# migration could not drop or alter a constraint by name on both.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
