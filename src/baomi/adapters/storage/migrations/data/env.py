"""Alembic environment for the customer-data database (run by ``baomi.adapters.storage``)."""

from alembic import context

from baomi.adapters.storage.schema import DATA

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=DATA, version_table="alembic_version_data")
with context.begin_transaction():
    context.run_migrations()
