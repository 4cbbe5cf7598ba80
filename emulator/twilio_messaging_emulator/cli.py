"""``twilio-messaging`` command line: ``twilio-messaging emulator --port 4010``.

Subcommands are registered in :func:`build_parser`; each sets ``handler`` to a function
taking the parsed arguments and returning an exit status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .faults.options import add_fault_options, apply_fault_options


def add_emulator_command(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "emulator",
        help="run the local Twilio Messaging emulator",
        description="Serve a stateful Twilio Messaging emulator (api, messaging and pricing paths on one origin).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port to listen on (default: 4010)")
    parser.add_argument("--account-sid", help="account SID clients must use (default: a fixed emulator SID)")
    parser.add_argument("--auth-token", help="auth token clients must use (default: a fixed emulator token)")
    parser.add_argument("--api-key-sid", help="also accept this API key SID (SK...)")
    parser.add_argument("--api-key-secret", help="secret of --api-key-sid")
    parser.add_argument(
        "--fake-clock", action="store_true", help='freeze time; move it with POST /_emulator/clock {"advance": s}'
    )
    parser.add_argument("--strict-from", action="store_true", help="only accept From numbers the account owns")
    parser.add_argument(
        "--number",
        action="append",
        default=[],
        metavar="E164[=SMS_URL]",
        help="own this phone number, optionally with its incoming-message webhook (repeatable)",
    )
    parser.add_argument("--short-code", action="append", default=[], help="own this short code (repeatable)")
    parser.add_argument(
        "--domain", action="append", default=[], help="own this link-shortening domain, e.g. links.example.com"
    )
    parser.add_argument("--spec", help="serve this bundled OpenAPI JSON instead of the one shipped with the package")
    parser.add_argument("--log-level", default="warning", help="uvicorn log level (default: warning)")
    add_fault_options(parser)
    parser.set_defaults(handler=run_emulator)


MISSING_EXTRA = "the emulator needs the extra: pip install 'twilio-messaging[emulator]'"


def run_emulator(args: argparse.Namespace) -> int:
    try:
        import starlette  # noqa: F401
        import uvicorn
    except ImportError:
        print(MISSING_EXTRA, file=sys.stderr)
        return 2

    from .app import create_app
    from .core.clock import FakeClock
    from .core.config import EmulatorConfig, IncomingNumberSeed

    overrides: dict[str, object] = {}
    if args.account_sid:
        overrides["account_sid"] = args.account_sid
    if args.auth_token:
        overrides["auth_token"] = args.auth_token
    seeds = []
    for spec in args.number:
        number, _, url = spec.partition("=")
        seeds.append(IncomingNumberSeed(number, url or None))
    config = EmulatorConfig(
        api_key_sid=args.api_key_sid,
        api_key_secret=args.api_key_secret,
        strict_from=args.strict_from,
        incoming_numbers=tuple(seeds),
        short_codes=tuple(args.short_code),
        link_domains=tuple(args.domain),
        spec=args.spec,
        **overrides,  # type: ignore[arg-type]
    )
    app = create_app(config, clock=FakeClock() if args.fake_clock else None)
    fault_banner = apply_fault_options(args, app.state.emulator)
    base = f"http://{args.host}:{args.port}"
    print("Twilio Messaging emulator")
    print(f"  base URL     {base}")
    print(f"  account SID  {config.account_sid}")
    print(f"  auth token   {config.auth_token}")
    if config.api_key_sid:
        print(f"  API key      {config.api_key_sid}")
    print(f"  clock        {'fake (POST /_emulator/clock)' if args.fake_clock else 'real'}")
    print("  valid From   +15005550006 (plus any --number)")
    for line in fault_banner:
        print(line)
    sys.stdout.flush()
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="twilio-messaging", description="Twilio Programmable Messaging tools.")
    subcommands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_emulator_command(subcommands)
    from .demo import add_demo_command

    add_demo_command(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    status: int = args.handler(args)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
