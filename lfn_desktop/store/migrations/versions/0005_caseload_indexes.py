"""caseload indexes: latest contact, next step and latest measurement per participant in one probe each

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 04:20:00
"""

from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_contact_participant_time', table_name='contact')
    op.create_index('ix_contact_participant_live_time', 'contact', ['participant_id', 'deleted', 'occurred_at'])
    op.create_index('ix_contact_participant_live_next', 'contact', ['participant_id', 'deleted', 'next_step_on'])
    op.drop_index('ix_measurement_participant_instrument', table_name='measurement')
    op.create_index('ix_measurement_participant_instrument_live_day', 'measurement',
                    ['participant_id', 'instrument_id', 'deleted', 'taken_on'])


def downgrade() -> None:
    op.drop_index('ix_measurement_participant_instrument_live_day', table_name='measurement')
    op.create_index('ix_measurement_participant_instrument', 'measurement', ['participant_id', 'instrument_id'])
    op.drop_index('ix_contact_participant_live_next', table_name='contact')
    op.drop_index('ix_contact_participant_live_time', table_name='contact')
    op.create_index('ix_contact_participant_time', 'contact', ['participant_id', 'occurred_at'])
