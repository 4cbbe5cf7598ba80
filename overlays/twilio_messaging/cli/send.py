"""``twilio-messaging send``: one templated message per CSV row, never twice (see README "Send to a list").

The whole file is checked before anything is sent (a ``to`` column, every placeholder, every
number); then rows are streamed to ``client.messages.send_many``. Exit status: 0 when every row
has an outcome (sent or failed), 1 when some are still in doubt, 2 for invalid input or settings,
130 when interrupted (run again with the same journal to finish).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

EXIT_OK, EXIT_INCOMPLETE, EXIT_INVALID, EXIT_INTERRUPTED = 0, 1, 2, 130
if TYPE_CHECKING:
    from twilio_messaging.bulk.job import Job

    Subcommands = argparse._SubParsersAction[argparse.ArgumentParser]


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return value


def add_send_command(subcommands: Subcommands) -> None:
    parser = subcommands.add_parser(
        "send",
        help="send one templated message per row of a CSV file, never twice (resumable)",
        description="Send one message per CSV row. The CSV needs a 'to' column; its other columns fill {name} "
        "placeholders in --body. Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and "
        "TWILIO_API_SECRET). Run again with the same --journal to finish an interrupted send: rows already done "
        "are skipped and rows whose outcome is unknown are looked up on Twilio, never sent blindly twice.",
    )
    parser.add_argument("--csv", required=True, type=Path, metavar="FILE", help="rows to send (a header row, a 'to')")
    sender = parser.add_mutually_exclusive_group(required=True)
    sender.add_argument("--from", dest="from_", metavar="NUMBER", help="sender: a number, short code or channel")
    sender.add_argument("--messaging-service-sid", metavar="MG...", help="send through this Messaging Service")
    parser.add_argument("--body", required=True, metavar="TEMPLATE", help="message text with {column} placeholders")
    parser.add_argument("--journal", required=True, type=Path, metavar="FILE", help="journal file (created if new)")
    parser.add_argument("--results", type=Path, metavar="FILE", help="write to,sid,status,error_code,error_message")
    parser.add_argument("--rate", type=_positive_float, metavar="N", help="at most N creates in any 1-second window")
    parser.add_argument("--concurrency", type=int, default=4, metavar="N", help="creates in flight (default 4)")
    parser.add_argument("--key", metavar="COLUMN", help="column with your own row id (default: recipient + text)")
    parser.add_argument("--dry-run", action="store_true", help="check and render every row, send nothing")
    parser.add_argument("--base-url", metavar="URL", help="send to this origin instead (plain http: loopback only)")
    parser.set_defaults(handler=run_send)


def _fail(message: str) -> int:
    print(f"twilio-messaging send: {message}", file=sys.stderr)
    return EXIT_INVALID


def run_send(args: argparse.Namespace) -> int:
    from twilio_messaging.bulk.journal import JournalError
    from twilio_messaging.bulk.rows import check_csv
    from twilio_messaging.bulk.template import Template, TemplateError
    from twilio_messaging.errors import ConfigurationError

    try:
        template = Template(args.body)
        total, problems = check_csv(args.csv, template, args.key)
    except (TemplateError, OSError, UnicodeDecodeError) as exc:
        return _fail(str(exc))
    if problems:
        for problem in problems:
            print(f"twilio-messaging send: {problem}", file=sys.stderr)
        return _fail("nothing was sent: fix the input and run again")
    try:
        return _dry_run(args) if args.dry_run else _send(args, total)
    except (ConfigurationError, JournalError, ValueError) as exc:
        return _fail(str(exc))


def _job(args: argparse.Namespace) -> Job:
    from twilio_messaging.bulk.job import Job

    return Job.create(
        args.body,
        from_=args.from_,
        messaging_service_sid=args.messaging_service_sid,
        media_url=None,
        status_callback=None,
        key=args.key,
        concurrency=args.concurrency,
        rate=args.rate,
    )


def _dry_run(args: argparse.Namespace, samples: int = 3) -> int:
    """Render every row (no credentials, no journal, nothing sent) and show the first few."""
    from twilio_messaging.bulk.results import RowResult, Summary
    from twilio_messaging.bulk.rows import read_csv

    job, summary = _job(args), Summary()
    for number, row in enumerate(read_csv(args.csv), start=1):
        item = job.prepare(number, row)
        if isinstance(item, RowResult):
            summary.add(item)
            continue
        summary.add(RowResult(number, item.key, item.to, "dry_run"))
        if number <= samples:
            print(f"row {number} to {item.to}: {item.body!r}")
    print("\n".join(summary.lines()))
    return EXIT_OK


def _send(args: argparse.Namespace, total: int) -> int:
    from twilio_messaging import Client
    from twilio_messaging.bulk.rows import read_csv
    from twilio_messaging.cli.progress import Progress
    from twilio_messaging.cli.results import write_results

    with Client(base_url=args.base_url) as client:
        job = _job(args)
        run = client.messages.send_many(
            read_csv(args.csv),
            body=args.body,
            journal=args.journal,
            from_=args.from_,
            messaging_service_sid=args.messaging_service_sid,
            key=args.key,
            concurrency=args.concurrency,
            rate=args.rate,
        )
        progress = Progress(total, sys.stderr)
        try:
            for result in run:
                progress.update(result)
        except KeyboardInterrupt:
            run.close()  # creates in flight finish and are recorded; the rest is left for the next run
            run.summary.interrupted = True
        finally:
            progress.close()
    summary = run.summary
    print("\n".join(summary.lines()))
    if args.results:
        written = write_results(args.results, args.csv, job, args.journal)
        print(f"results: {written} rows in {args.results}")
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if summary.complete else EXIT_INCOMPLETE
