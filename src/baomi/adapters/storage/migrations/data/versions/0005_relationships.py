"""Relationships: which customers an actor manages (account managers and their own customers).

Revision ID: data_0005
Revises: data_0004
"""

import sqlalchemy as sa
from alembic import op

revision = "data_0005"
down_revision = "data_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "relationships",
        sa.Column("actor_id", sa.String(128), primary_key=True),
        sa.Column("customer_ref", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("relationships")
