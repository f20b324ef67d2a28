"""Signed audit checkpoints, kept apart from the events they cover.

Revision ID: keystore_0002
Revises: keystore_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "keystore_0002"
down_revision = "keystore_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_checkpoints",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("head", sa.LargeBinary, nullable=False),
        sa.Column("time", sa.String(40), nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_checkpoints")
