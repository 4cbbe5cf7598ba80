"""``twilio-messaging emulator`` options for fault injection and load limits.

Kept light (no web framework imported) because the CLI module is imported to build ``--help``.
"""

from __future__ import annotations

import argparse
from typing import Any

from .rules import CLI_FORMAT, FaultError, FaultRule, parse_cli_fault


def _fault(text: str) -> FaultRule:
    try:
        return parse_cli_fault(text)
    except FaultError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive(kind: type[int] | type[float]) -> Any:
    def convert(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
        return value

    return convert


def add_fault_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "failures and load limits",
        "Make requests fail on purpose, and behave like Twilio under load (both off by default; "
        "also settable at run time with /_emulator/faults and /_emulator/limits).",
    )
    group.add_argument(
        "--fault",
        action="append",
        default=[],
        type=_fault,
        metavar=CLI_FORMAT,
        help=(
            "fail the next COUNT (default 1) requests matching METHOD (GET, POST, DELETE or *) and the glob PATH "
            "on the URL path. KIND is status (answer STATUS: 429, 500, 502, 503 or 504, default 429, with "
            "Twilio's error JSON), drop (close the connection without a response: METHOD:PATH:drop[:COUNT]) or "
            "delay (wait STATUS seconds, default 1, then answer normally). Rules apply in the order given. "
            "Examples: 'POST:*/Messages.json:status:429:2', 'GET:*:status:503', '*:*/Messages/*:drop:1', "
            "'GET:*:delay:2.5:3' (repeatable)"
        ),
    )
    group.add_argument(
        "--max-concurrent-requests",
        type=_positive(int),
        metavar="N",
        help="answer 429 (code 20429, Retry-After) to API requests beyond N in flight at once",
    )
    group.add_argument(
        "--retry-after",
        type=_positive(float),
        metavar="SECONDS",
        help="Retry-After sent with --max-concurrent-requests 429s (default 1)",
    )
    group.add_argument(
        "--sender-throughput",
        type=_positive(float),
        metavar="MPS",
        help="each sender sends at most MPS messages per second; later ones wait 'queued' (Twilio: ~1 for a US "
        "long code)",
    )


def apply_fault_options(args: argparse.Namespace, emulator: Any) -> list[str]:
    """Install the parsed rules and limits on ``emulator`` (limits survive /_emulator/reset).

    Returns lines for the start-up banner (none when nothing was asked for).
    """
    for rule in args.fault:
        emulator.faults.add(rule)
    limits: dict[str, Any] = {}
    if args.max_concurrent_requests is not None:
        limits["max_concurrent_requests"] = args.max_concurrent_requests
    if args.retry_after is not None:
        limits["retry_after"] = args.retry_after
    if args.sender_throughput is not None:
        limits["sender_throughput"] = args.sender_throughput
    if limits:
        emulator.limits.update(limits, baseline=True)
    banner = [f"  faults       {len(args.fault)} rule(s): GET /_emulator/faults"] if args.fault else []
    if limits:
        shown = ", ".join(f"{key}={value:g}" for key, value in limits.items())
        banner.append(f"  limits       {shown}")
    return banner
