"""Keystore: wrapped data keys and settings (algorithm, wrapped blind-index key).

Revision ID: keystore_0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "keystore_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "keystore_deks",
        sa.Column("customer_id", sa.String(128), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("kek_version", sa.Integer, nullable=False),
        sa.Column("wrapped", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_keystore_deks_kek_version", "keystore_deks", ["kek_version"])
    op.create_table(
        "keystore_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("keystore_settings")
    op.drop_table("keystore_deks")
