"""The service's settings, read once from the environment at start-up and passed down.

The groups (database, telegram, outbox) are nested for the code, while the environment keeps
the flat names an operator expects (DATABASE_URL, BOT_TOKEN, …): each group is its own
settings class whose fields carry those names as aliases.
"""

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from storage.db import DEFAULT_URL


class _Group(BaseSettings):
    # An empty variable (BOT_TOKEN= in a compose file) means "not set", not an empty token.
    model_config = SettingsConfigDict(validate_by_name=True, env_ignore_empty=True, extra="ignore")


class DatabaseSettings(_Group):
    url: str = Field(default=DEFAULT_URL, validation_alias="DATABASE_URL")


class TelegramSettings(_Group):
    token: SecretStr | None = Field(default=None, validation_alias="BOT_TOKEN")
    api_base: str | None = Field(
        default=None, validation_alias="TELEGRAM_API_BASE", description="Telegram's own if unset"
    )


class OutboxSettings(_Group):
    poll_seconds: float = Field(default=1.0, gt=0, validation_alias="OUTBOX_POLL_SECONDS")
    # Small: on SQLite the sender holds the write lock while it delivers one batch.
    batch_size: int = Field(default=10, ge=1, validation_alias="OUTBOX_BATCH_SIZE")
    max_attempts: int = Field(default=8, ge=1, validation_alias="OUTBOX_MAX_ATTEMPTS")


class Settings(BaseSettings):
    # The prefix keeps the group fields themselves from being read from variables named
    # DATABASE or TELEGRAM; the aliased fields ignore it.
    model_config = SettingsConfigDict(
        env_prefix="HOUQIN_", validate_by_name=True, env_ignore_empty=True, extra="ignore"
    )

    routing_file: Path = Field(default=Path("routing.toml"), validation_alias="ROUTING_FILE")
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    outbox: OutboxSettings = Field(default_factory=OutboxSettings)
