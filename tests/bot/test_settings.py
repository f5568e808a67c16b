"""Settings: flat environment names an operator knows, nested groups for the code."""

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import Settings
from storage.db import DEFAULT_URL

VARIABLES = (
    "DATABASE_URL",
    "ROUTING_FILE",
    "BOT_TOKEN",
    "TELEGRAM_API_BASE",
    "OUTBOX_POLL_SECONDS",
    "OUTBOX_BATCH_SIZE",
    "OUTBOX_MAX_ATTEMPTS",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_defaults_run_on_the_embedded_database_without_telegram() -> None:
    settings = Settings()

    assert settings.database.url == DEFAULT_URL == "sqlite+aiosqlite:///houqin.sqlite3"
    assert settings.routing_file == Path("routing.toml")
    assert settings.telegram.token is None
    assert settings.telegram.api_base is None


@pytest.mark.parametrize(
    ("variable", "value", "read"),
    [
        ("DATABASE_URL", "postgresql+asyncpg://db/houqin", lambda s: s.database.url),
        ("ROUTING_FILE", "/etc/houqin/routing.toml", lambda s: str(s.routing_file)),
        (
            "BOT_TOKEN",
            "123:abc",
            lambda s: s.telegram.token and s.telegram.token.get_secret_value(),
        ),
        ("TELEGRAM_API_BASE", "http://botapi:8081", lambda s: s.telegram.api_base),
        ("OUTBOX_POLL_SECONDS", "0.5", lambda s: str(s.outbox.poll_seconds)),
        ("OUTBOX_BATCH_SIZE", "25", lambda s: str(s.outbox.batch_size)),
        ("OUTBOX_MAX_ATTEMPTS", "3", lambda s: str(s.outbox.max_attempts)),
    ],
)
def test_flat_variable_lands_in_its_group(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, read: Callable[[Settings], object]
) -> None:
    monkeypatch.setenv(variable, value)

    assert read(Settings()) == value


def test_token_is_kept_out_of_printed_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", "123:very-secret")

    assert "very-secret" not in repr(Settings())


def test_empty_token_means_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", "")

    assert Settings().telegram.token is None


def test_nonsense_number_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OUTBOX_POLL_SECONDS", "-1")

    with pytest.raises(ValidationError, match="OUTBOX_POLL_SECONDS"):
        Settings()
