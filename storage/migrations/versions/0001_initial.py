"""The initial schema: users, teams, tickets and their history, and the bot's bookkeeping.

Revision ID: 0001
Revises:
Create Date: 2024-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("external_id", sa.String(128), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("team_code", sa.String(64), nullable=True),
        sa.Column("created_at", utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("channel", "external_id", name="uq_users_channel_external_id"),
    )
    op.create_table(
        "teams",
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("chat_id", sa.String(128), nullable=False),
        sa.Column("thread_id", sa.String(128), nullable=True),
        sa.PrimaryKeyConstraint("code", name="pk_teams"),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("urgency", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("location_text", sa.String(200), nullable=True),
        sa.Column("building", sa.String(64), nullable=True),
        sa.Column("floor", sa.Integer(), nullable=True),
        sa.Column("room", sa.String(32), nullable=True),
        sa.Column("original_text", sa.Text(), nullable=False),
        sa.Column("evidence", sa.String(200), nullable=False),
        sa.Column("reporter_id", sa.Integer(), nullable=False),
        sa.Column("team_code", sa.String(64), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("created_at", utc(), nullable=False),
        sa.Column("acknowledged_at", utc(), nullable=True),
        sa.Column("resolved_at", utc(), nullable=True),
        sa.Column("closed_at", utc(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("duplicate_of", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_tickets"),
        sa.UniqueConstraint("number", name="uq_tickets_number"),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name="ck_tickets_rating_range"),
        sa.ForeignKeyConstraint(["reporter_id"], ["users.id"], name="fk_tickets_reporter_id_users"),
        sa.ForeignKeyConstraint(["assignee_id"], ["users.id"], name="fk_tickets_assignee_id_users"),
        sa.ForeignKeyConstraint(
            ["duplicate_of"], ["tickets.id"], name="fk_tickets_duplicate_of_tickets"
        ),
    )
    op.create_index("ix_tickets_status", "tickets", ["status"])
    op.create_index("ix_tickets_reporter_id", "tickets", ["reporter_id"])
    op.create_index("ix_tickets_team_code", "tickets", ["team_code"])

    op.create_table(
        "ticket_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("at", utc(), nullable=False),
        sa.Column("from_status", sa.String(16), nullable=True),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ticket_events"),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name="fk_ticket_events_ticket_id_tickets"
        ),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name="fk_ticket_events_actor_id_users"),
    )
    op.create_index("ix_ticket_events_ticket_id", "ticket_events", ["ticket_id"])

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("file_id", sa.String(256), nullable=False),
        sa.Column("created_at", utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attachments"),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name="fk_attachments_ticket_id_tickets"
        ),
    )
    op.create_index("ix_attachments_ticket_id", "attachments", ["ticket_id"])

    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("chat_id", sa.String(128), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("draft", sa.JSON(), nullable=False),
        sa.Column("updated_at", utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_conversations"),
        sa.UniqueConstraint(
            "channel", "chat_id", "user_id", name="uq_conversations_channel_chat_id_user_id"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_conversations_user_id_users"),
    )

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("chat_id", sa.String(128), nullable=False),
        sa.Column("thread_id", sa.String(128), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("not_before", utc(), nullable=False),
        sa.Column("sent_at", utc(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", utc(), nullable=False),
        sa.Column("key", sa.String(64), nullable=True),
        sa.Column("message_id", sa.String(128), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
    )
    op.create_index("ix_outbox_state_not_before", "outbox", ["state", "not_before"])
    op.create_index("ix_outbox_key", "outbox", ["key"])

    op.create_table(
        "processed_updates",
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("update_id", sa.String(128), nullable=False),
        sa.Column("seen_at", utc(), nullable=False),
        sa.PrimaryKeyConstraint("channel", "update_id", name="pk_processed_updates"),
    )
    op.create_index("ix_processed_updates_seen_at", "processed_updates", ["seen_at"])

    op.create_table(
        "counters",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_counters"),
    )


def downgrade() -> None:
    for table in (
        "counters",
        "processed_updates",
        "outbox",
        "conversations",
        "attachments",
        "ticket_events",
        "tickets",
        "teams",
        "users",
    ):
        op.drop_table(table)
