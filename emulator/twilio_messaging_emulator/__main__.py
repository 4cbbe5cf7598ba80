"""``python -m twilio_messaging_emulator [emulator] [--port 4010 ...]``."""

from __future__ import annotations

import sys

from .cli import main


def _argv() -> list[str]:
    args = sys.argv[1:]
    # With no subcommand (or only options), run the emulator.
    if not args or args[0].startswith("-") and args[0] not in ("-h", "--help"):
        return ["emulator", *args]
    return args


if __name__ == "__main__":
    raise SystemExit(main(_argv()))
