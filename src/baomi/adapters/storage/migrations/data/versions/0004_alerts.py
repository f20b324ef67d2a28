"""Alerts raised by the monitoring rules, and how far the event stream has been scanned.

Revision ID: data_0004
Revises: data_0003
"""

import sqlalchemy as sa
from alembic import op

revision = "data_0004"
down_revision = "data_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("dedup_key", sa.String(256), nullable=False, unique=True),
        sa.Column("raised_at", sa.String(40), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_table(
        "monitor_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("monitor_state")
    op.drop_table("alerts")
