"""Policy versions: the text of every policy that has been in force, beside the audit event
that recorded its digest.

Revision ID: data_0008
Revises: data_0007
"""

import sqlalchemy as sa
from alembic import op

revision = "data_0008"
down_revision = "data_0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "policy_versions",
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("audit_seq", sa.BigInteger, nullable=False),
        sa.Column("recorded_at", sa.String(40), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("policy_versions")
