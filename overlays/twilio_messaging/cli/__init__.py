"""``twilio-messaging``: the console script. ``send`` is always there; ``emulator`` and ``demo`` need the extra.

Subcommands are argparse subparsers whose ``handler`` takes the parsed arguments and returns an
exit status. The emulator's commands live in its own package and are imported only when chosen,
so ``--help`` and ``send`` work (and start fast) in an install without ``[emulator]``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from twilio_messaging.cli.emulator import add_emulator_commands, missing_extra
from twilio_messaging.cli.send import add_send_command


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="twilio-messaging", description="Twilio Programmable Messaging tools.")
    subcommands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_send_command(subcommands)
    add_emulator_commands(subcommands, argv)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import sys

    args_list = list(sys.argv[1:] if argv is None else argv)
    if missing_extra(args_list):
        return 2
    args = build_parser(args_list).parse_args(args_list)
    status: int = args.handler(args)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
