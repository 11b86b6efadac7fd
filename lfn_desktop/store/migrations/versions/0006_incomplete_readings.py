"""incomplete readings: a scale left before the end, kept at the coach's choice, is marked as such

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 01:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('measurement') as batch_op:
        batch_op.add_column(sa.Column('incomplete', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('measurement') as batch_op:
        batch_op.drop_column('incomplete')
