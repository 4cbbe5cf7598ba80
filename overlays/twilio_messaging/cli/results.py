"""``--results``: one CSV row per input row, from the journal, so rows finished by earlier runs appear too."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from twilio_messaging.bulk.job import Job
from twilio_messaging.bulk.journal import Journal
from twilio_messaging.bulk.results import RowResult
from twilio_messaging.bulk.rows import read_csv

COLUMNS = ("to", "sid", "status", "error_code", "error_message")


def write_results(path: Path, source: Path, job: Job, journal_path: Path) -> int:
    """Rewrite ``path`` (atomically) from the input file and the journal; return the rows written.

    A row the journal has no outcome for gets status ``not_sent`` (the run stopped before it) or
    ``in_doubt`` (its create may have reached Twilio; the next run looks it up).
    """
    temporary = path.with_name(path.name + ".tmp")
    written = 0
    with Journal(journal_path, new_run=False) as journal, temporary.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for number, row in enumerate(read_csv(source), start=1):
            item = job.prepare(number, row)
            if isinstance(item, RowResult):  # an invalid row (the CLI checks them all first)
                continue
            entry = journal.get(item.key)
            if entry is None:
                writer.writerow((item.to, "", "not_sent", "", ""))
            elif entry.state == "intent":
                writer.writerow((item.to, "", "in_doubt", "", ""))
            else:
                code = "" if entry.error_code is None else entry.error_code
                status = entry.status or entry.state
                writer.writerow((item.to, entry.sid or "", status, code, entry.error_message or ""))
            written += 1
    os.replace(temporary, path)
    return written
