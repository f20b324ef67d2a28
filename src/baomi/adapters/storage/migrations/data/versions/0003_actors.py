"""Actors: the people and services that read customer data, with their role and department.

Revision ID: data_0003
Revises: data_0002
"""

import sqlalchemy as sa
from alembic import op

revision = "data_0003"
down_revision = "data_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("role", sa.String(64), nullable=False),
        sa.Column("department", sa.String(128), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("actors")
