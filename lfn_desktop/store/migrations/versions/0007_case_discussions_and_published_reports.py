"""case discussions with their agreed actions (part of the dossier), the partnership's personas, and figures
published for the support group

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 09:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _synced_columns():
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('created_version', sa.String(length=64), nullable=False),
        sa.Column('version', sa.String(length=64), nullable=False),
        sa.Column('field_versions', sa.JSON(), nullable=False),
        sa.Column('origin_device', sa.String(length=36), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'persona', *_synced_columns(),
        sa.Column('partnership_id', sa.String(length=36), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('description', sa.Text(), nullable=True),
        sa.Column('contacts_per_month', sa.Float(), nullable=False),
        sa.Column('months', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_persona_partnership_id', 'persona', ['partnership_id'])
    op.create_table(
        'case_discussion', *_synced_columns(),
        sa.Column('participant_id', sa.String(length=36), nullable=False),
        sa.Column('planned_on', sa.Date(), nullable=False),
        sa.Column('held', sa.Boolean(), nullable=False),
        sa.Column('reason', sa.String(length=32), nullable=True),
        sa.Column('question_behind', sa.Text(), nullable=True),
        sa.Column('value_steps', sa.Text(), nullable=True),
        sa.Column('waste', sa.Text(), nullable=True),
        sa.Column('system_conditions', sa.Text(), nullable=True),
        sa.Column('present_ids', sa.JSON(), nullable=False),
        sa.Column('participant_present', sa.Boolean(), nullable=False),
        sa.Column('led_by_id', sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(['participant_id'], ['participant.id']),
        sa.ForeignKeyConstraint(['led_by_id'], ['app_user.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_case_discussion_participant_id', 'case_discussion', ['participant_id'])
    op.create_table(
        'discussion_action', *_synced_columns(),
        sa.Column('discussion_id', sa.String(length=36), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('owner_id', sa.String(length=36), nullable=True),
        sa.Column('due_on', sa.Date(), nullable=True),
        sa.Column('done', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['discussion_id'], ['case_discussion.id']),
        sa.ForeignKeyConstraint(['owner_id'], ['app_user.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_discussion_action_discussion_id', 'discussion_action', ['discussion_id'])
    op.create_table(
        'published_report', *_synced_columns(),
        sa.Column('partnership_id', sa.String(length=36), nullable=False),
        sa.Column('period', sa.String(length=32), nullable=False),
        sa.Column('published_on', sa.Date(), nullable=False),
        sa.Column('tables', sa.JSON(), nullable=False),
        sa.Column('signals', sa.JSON(), nullable=False),
        sa.Column('author_id', sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id']),
        sa.ForeignKeyConstraint(['author_id'], ['app_user.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_published_report_partnership_id', 'published_report', ['partnership_id'])


def downgrade() -> None:
    op.drop_table('published_report')
    op.drop_table('discussion_action')
    op.drop_table('case_discussion')
    op.drop_table('persona')
