"""Who may see each dossier by the participant's consent, kept beside the rows (lfn_common.consent).

Revision ID: s0002
Revises: s0001
"""

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    consent = op.create_table(
        "dossier_consent",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("coordination", sa.Boolean(), nullable=False),
        sa.Column("organisation_ids", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("participant_id"),
    )
    op.create_index("ix_dossier_consent_partnership", "dossier_consent", ["partnership_id", "coordination"])
    rows = sa.table("row_state", sa.column("table_name", sa.String), sa.column("row_id", sa.String),
                    sa.column("partnership_id", sa.String), sa.column("data", sa.JSON))
    found = op.get_bind().execute(sa.select(rows.c.row_id, rows.c.partnership_id, rows.c.data).where(
        rows.c.table_name == "participant")).all()
    named = [{"participant_id": row_id, "partnership_id": partnership, "organisation_ids": ids,
              "coordination": partnership in ids}
             for row_id, partnership, data in found if (ids := list(data.get("consent_organisation_ids") or []))]
    if named:
        op.bulk_insert(consent, named)


def downgrade() -> None:
    op.drop_index("ix_dossier_consent_partnership", table_name="dossier_consent")
    op.drop_table("dossier_consent")
