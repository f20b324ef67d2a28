"""Checkpoints get a kind: a periodic ``checkpoint`` or the ``cut`` a retention prune leaves.

Revision ID: keystore_0003
Revises: keystore_0002
"""

import sqlalchemy as sa
from alembic import op

revision = "keystore_0003"
down_revision = "keystore_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_checkpoints") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(16), nullable=False, server_default="checkpoint")
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_checkpoints") as batch:
        batch.drop_column("kind")
