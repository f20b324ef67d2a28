"""Customer data: customers, encrypted fields, blind index, tombstones.

Revision ID: data_0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "data_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vault_customers",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "vault_fields",
        sa.Column("customer_id", sa.String(128), primary_key=True),
        sa.Column("name", sa.String(128), primary_key=True),
        sa.Column("type_id", sa.String(64), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("dek_version", sa.Integer, nullable=False),
        sa.Column("envelope", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "vault_blind_index",
        sa.Column("field", sa.String(128), primary_key=True),
        sa.Column("customer_id", sa.String(128), primary_key=True),
        sa.Column("digest", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_vault_blind_index_lookup", "vault_blind_index", ["field", "digest"])
    op.create_table(
        "vault_tombstones",
        sa.Column("customer_id", sa.String(128), primary_key=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("erased_at", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("fields_erased", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    for name in ("vault_tombstones", "vault_blind_index", "vault_fields", "vault_customers"):
        op.drop_table(name)
