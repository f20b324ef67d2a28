"""Storage adapter: SQLAlchemy 2 Core over SQLite (embedded default) or PostgreSQL, with Alembic
migrations. Two databases: customer data (``baomi.db``) and the keystore (``keystore.db``) with
the wrapped data keys, kept apart so that a backup of the data carries no keys (and an erased
customer's data in an old backup stays unreadable)."""

from baomi.adapters.storage.sql import SqlVaultStore, open_store

__all__ = ["SqlVaultStore", "open_store"]
