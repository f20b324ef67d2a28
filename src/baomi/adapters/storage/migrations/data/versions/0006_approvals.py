"""Approvals: a second person's consent to a bulk export.

Revision ID: data_0006
Revises: data_0005
"""

import sqlalchemy as sa
from alembic import op

revision = "data_0006"
down_revision = "data_0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "approvals",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("requester", sa.String(128), nullable=False),
        sa.Column("purpose", sa.String(64), nullable=False),
        sa.Column("customers", sa.Integer, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("approver", sa.String(128), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("decided_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("approvals")
