"""Input rows: recipient checks, and CSV files read lazily and checked whole before anything is sent."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from twilio_messaging.bulk.template import Template

# The spec's pattern for a message's To (spec/resources/messages.yaml, CreateMessageRequest.To);
# tests/bulk compare the two so they cannot drift apart.
TO_PATTERN = r"^(\+[1-9][0-9]{1,14}|(whatsapp|messenger|rcs|mms|sms):[!-~]+)$"
_TO = re.compile(TO_PATTERN)
TO_COLUMN = "to"


def recipient_problem(to: object) -> str | None:
    """Why ``to`` cannot be a recipient, or None when it is an E.164 number or a channel address."""
    if not isinstance(to, str) or not to:
        return "the 'to' value is empty"
    if not _TO.fullmatch(to):
        return f"{to!r} is not an E.164 number (like +15551234567) or a channel address (like whatsapp:+15551234567)"
    return None


@dataclass(frozen=True)
class RowProblem:
    """Something wrong with the input, found before sending; ``row`` 0 means the header."""

    row: int
    message: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}" if self.row else self.message


def row_problem(row: Mapping[str, object], template: Template, key_column: str | None) -> str | None:
    """What keeps one row from being sent (recipient, missing template values, key), or None."""
    problem = recipient_problem(row.get(TO_COLUMN))
    if problem:
        return problem
    missing = template.missing(row)
    if missing:
        return f"no value for placeholder(s) {', '.join('{' + m + '}' for m in missing)}"
    if key_column is not None and not row.get(key_column):
        return f"the key column {key_column!r} is empty"
    return None


def _open(path: Path) -> Iterator[dict[str, str]]:
    # utf-8-sig: spreadsheets often save a byte-order mark that would otherwise glue itself to the first column name.
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        for record in reader:
            yield {k.strip(): (v or "").strip() for k, v in record.items() if isinstance(k, str)}


def csv_columns(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle), [])
    return [name.strip() for name in header]


def read_csv(path: str | Path) -> Iterator[dict[str, str]]:
    """The data rows of a CSV file with a header, one dict at a time (the file is never loaded whole)."""
    return _open(Path(path))


def check_csv(
    path: str | Path, template: Template, key_column: str | None = None, limit: int = 20
) -> tuple[int, list[RowProblem]]:
    """Read the whole file once and return (number of data rows, the first ``limit`` problems).

    Unknown placeholders and a missing ``to`` column are reported once for the header (row 0);
    other problems with their data-row number, 1 being the first row after the header.
    """
    path = Path(path)
    columns = set(csv_columns(path))
    header: list[RowProblem] = []
    if TO_COLUMN not in columns:
        header.append(RowProblem(0, f"the CSV has no {TO_COLUMN!r} column (columns: {', '.join(sorted(columns))})"))
    unknown = template.missing(columns)
    if unknown:
        names = ", ".join("{" + name + "}" for name in unknown)
        header.append(RowProblem(0, f"the template uses {names}, which the CSV has no column for"))
    if key_column is not None and key_column not in columns:
        header.append(RowProblem(0, f"the key column {key_column!r} is not in the CSV"))
    if header:
        return 0, header
    problems: list[RowProblem] = []
    count = 0
    for count, row in enumerate(_open(path), start=1):
        problem = row_problem(row, template, key_column)
        if problem and len(problems) < limit:
            problems.append(RowProblem(count, problem))
    return count, problems
