"""A row's history in the change feed, found by index: the common ancestor of a three-way text merge.

Revision ID: s0003
Revises: s0002
"""

from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_change_feed_row", "change_feed", ["table_name", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_change_feed_row", table_name="change_feed")
