"""``emulator`` and ``demo``: registered from the emulator package, which needs the ``[emulator]`` extra.

Until one of them is chosen only a placeholder is registered (its name and help line), so neither
Starlette nor uvicorn is imported for ``--help`` or ``send``. Without the extra, choosing one
prints which extra to install and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.util import find_spec
from typing import TYPE_CHECKING

MISSING_EXTRA = "the emulator needs the extra: pip install 'twilio-messaging[emulator]'"
EXTRA_MODULES = ("starlette", "uvicorn")
COMMANDS = {
    "emulator": "run the local Twilio Messaging emulator",
    "demo": "run an end-to-end demo of the SDK on the emulator",
}

if TYPE_CHECKING:
    Subcommands = argparse._SubParsersAction[argparse.ArgumentParser]


def emulator_installed() -> bool:
    return all(find_spec(name) is not None for name in EXTRA_MODULES)


def _chosen(argv: Sequence[str]) -> str | None:
    """The subcommand on the command line, if it is one of ours (the first argument not an option)."""
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    return first if first in COMMANDS else None


def missing_extra(argv: Sequence[str]) -> bool:
    """True (after printing which extra to install) when ``argv`` chooses a command the install lacks."""
    if _chosen(argv) is None or emulator_installed():
        return False
    print(MISSING_EXTRA, file=sys.stderr)
    return True


def add_emulator_commands(subcommands: Subcommands, argv: Sequence[str]) -> None:
    """The real commands when one is chosen; otherwise placeholders that only list them in ``--help``."""
    if _chosen(argv) is not None:
        from twilio_messaging_emulator.cli import add_emulator_command
        from twilio_messaging_emulator.demo import add_demo_command

        add_emulator_command(subcommands)
        add_demo_command(subcommands)
        return
    for name, help_text in COMMANDS.items():
        subcommands.add_parser(name, help=help_text)
