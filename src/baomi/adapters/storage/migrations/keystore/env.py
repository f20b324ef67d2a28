"""Alembic environment for the keystore database (run by ``baomi.adapters.storage``)."""

from alembic import context

from baomi.adapters.storage.schema import KEYSTORE

connection = context.config.attributes["connection"]
context.configure(
    connection=connection, target_metadata=KEYSTORE, version_table="alembic_version_keystore"
)
with context.begin_transaction():
    context.run_migrations()
