"""Indexes that keep a region's sync quick: a coach's assignments found by her id, the dossiers her laptops made,
her dossiers' feed by dossier.

Without them every page of a coach's pull read every assignment of the partnership and walked the whole
partnership's feed to pick out her dossiers' changes.

Revision ID: s0005
Revises: s0004
"""

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("row_state", sa.Column("assigned_user_id", sa.String(36)))
    user_id = ("json_extract(data, '$.user_id')" if op.get_bind().dialect.name == "sqlite"
               else "(data::json ->> 'user_id')")
    op.execute(f"UPDATE row_state SET assigned_user_id = {user_id} WHERE table_name = 'assignment'")
    op.create_index("ix_row_state_assigned", "row_state", ["assigned_user_id", "table_name"])
    op.create_index("ix_row_state_created", "row_state", ["creator_device", "table_name"])
    op.create_index("ix_change_feed_dossier", "change_feed", ["partnership_id", "participant_id", "server_seq"])


def downgrade() -> None:
    op.drop_index("ix_change_feed_dossier", table_name="change_feed")
    op.drop_index("ix_row_state_created", table_name="row_state")
    op.drop_index("ix_row_state_assigned", table_name="row_state")
    op.drop_column("row_state", "assigned_user_id")
