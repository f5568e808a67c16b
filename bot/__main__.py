"""`python -m bot console` runs the terminal console; `python -m bot` runs the Telegram bot."""

import argparse
import sys

from pydantic import ValidationError

from bot import texts
from bot.console import run_console
from bot.settings import Settings
from bot.startup import BAD_CONFIGURATION


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="后勤机器人")
    parser.add_argument("channel", nargs="?", choices=["console"], help="在终端里试用机器人")
    arguments = parser.parse_args(argv)
    _speak_utf8()
    try:
        settings = Settings()
    except ValidationError as error:
        print(error, file=sys.stderr)
        return BAD_CONFIGURATION
    if arguments.channel == "console":
        return run_console(settings)
    if settings.telegram.token is None:
        print(texts.NO_TOKEN, file=sys.stderr)
        return BAD_CONFIGURATION
    print(texts.TELEGRAM_NOT_READY, file=sys.stderr)
    return BAD_CONFIGURATION


def _speak_utf8() -> None:
    # Chinese in and out whatever the locale says (a pipe under LANG=C would be ASCII).
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
