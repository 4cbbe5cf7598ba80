"""The README's "Send to a list" example: one templated message per row, resumable, never twice."""

from __future__ import annotations

import csv
from pathlib import Path

from twilio_messaging import Client


def send_reminders(client: Client, csv_path: Path, journal: Path) -> dict[str, int]:
    with csv_path.open(newline="") as rows:
        run = client.messages.send_many(
            csv.DictReader(rows),  # each row: a "to" and the template's placeholders
            from_="+15005550006",
            body="Hi {name}, your appointment is at {time}. Reply STOP to opt out.",
            journal=journal,  # run again with the same journal: nothing is sent twice
            concurrency=8,
            rate=10,  # at most 10 creates in any one-second window
        )
        for result in run:
            if result.outcome == "failed":
                print(result.row, result.to, result.error_code, result.error_message)
    print(run.summary.lines())
    return {"sent": run.summary.sent, "failed": run.summary.failed, "done_before": run.summary.done_before}
