"""The per-row steps both runners share: what the journal says, and recording what happened.

The order that makes "never twice" hold: the intent is committed (fsync) before the create leaves;
the outcome is committed after the answer. A row is only sent when the journal has no entry for
its key; an entry with an intent and no outcome is looked up, never resent blindly.
"""

from __future__ import annotations

from typing import Any

from twilio_messaging.bulk.job import Job, PreparedRow, judge
from twilio_messaging.bulk.journal import Entry, Journal
from twilio_messaging.bulk.lookup import _text
from twilio_messaging.bulk.results import Outcome, RowResult
from twilio_messaging.errors import ApiError, TwilioMessagingError

# Extra rounds a row gets when the client's own 429 retries ran out (each after the shared pause).
ROW_RATE_ROUNDS = 5


def known(row: PreparedRow, entry: Entry, run: int, found_now: set[str]) -> RowResult:
    """The result for a row whose key the journal already has (nothing is sent)."""
    if entry.run == run:  # written by this run for an earlier row: the same message listed twice
        return RowResult(row.number, row.key, row.to, "duplicate", entry.sid, entry.status)
    if entry.state == "intent":  # an earlier run's attempt that a lookup could not settle
        return RowResult(row.number, row.key, row.to, "in_doubt", error_message="earlier attempt still unresolved")
    outcome: Outcome = "found" if row.key in found_now else "done_before"
    return RowResult(
        row.number, row.key, row.to, outcome, entry.sid, entry.status, entry.error_code, entry.error_message
    )


def sent(journal: Journal, row: PreparedRow, message: Any) -> RowResult:
    sid, status = _text(message.sid), _text(message.status)
    journal.outcome(row.key, "sent", how="created", sid=sid, status=status)
    return RowResult(row.number, row.key, row.to, "sent", sid, status)


RETRY = "retry"
LOOK_UP = "look_up"


def failed(journal: Journal, row: PreparedRow, error: TwilioMessagingError, rounds: int) -> RowResult | str:
    """Record a create's error: a failed result, RETRY after the shared pause (a 429), or LOOK_UP.

    LOOK_UP: the create may have been processed; the intent stays and the end of the run (or the
    next run) looks the message up instead of sending it again.
    """
    verdict = judge(error)
    if verdict == "rate_limited" and rounds < ROW_RATE_ROUNDS:
        return RETRY
    if verdict == "in_doubt":
        return LOOK_UP
    code = error.code if isinstance(error, ApiError) else None
    message = error.message if isinstance(error, ApiError) else str(error)
    journal.outcome(row.key, "failed", error_code=code, error_message=message)
    return RowResult(row.number, row.key, row.to, "failed", error_code=code, error_message=message)


def not_sent(journal: Journal, row: PreparedRow) -> RowResult:
    """The run stopped before this row's create left: drop its intent, it goes on the next run."""
    journal.forget(row.key)
    return RowResult(row.number, row.key, row.to, "in_doubt", error_message="not sent: the run was interrupted")


def give_back(journal: Journal, may_have_left: set[str]) -> None:
    """After a stop: drop this run's intents whose create never left (only those that may have stay)."""
    for entry in journal.open_entries():
        if entry.run == journal.run and entry.key not in may_have_left:
            journal.forget(entry.key)


def absent_now(journal: Journal) -> Any:
    """For lookups at the end of a run: nothing found, so the intent goes and the next run sends it."""

    def on_absent(entry: Entry) -> RowResult:
        journal.forget(entry.key)
        return RowResult(
            entry.row,
            entry.key,
            entry.recipient,
            "in_doubt",
            error_message="the create failed in a way that may have sent it; no message found: run again to send",
        )

    return on_absent


def absent_earlier(journal: Journal) -> Any:
    """For lookups of earlier runs' intents: nothing found, so the row is sent when the input reaches it."""

    def on_absent(entry: Entry) -> RowResult:
        journal.forget(entry.key)
        return RowResult(entry.row, entry.key, entry.recipient, "in_doubt")

    return on_absent


class Intake:
    """Turns input rows into results known without sending, or batches of rows to send.

    Intents are written a batch at a time (one fsync for ``concurrency`` rows); a batch is also due
    when no create is in flight, so a slow row source never leaves rows waiting.
    """

    def __init__(self, job: Job, journal: Journal, found_now: set[str]) -> None:
        self.job = job
        self.journal = journal
        self.found_now = found_now
        self.batch: list[PreparedRow] = []
        self._keys: dict[str, PreparedRow] = {}

    def take(self, number: int, row: Any) -> RowResult | None:
        """A result for rows that need no create; None when the row joined the batch to send."""
        item = self.job.prepare(number, row)
        if isinstance(item, RowResult):
            return item
        if item.key in self._keys:
            return RowResult(item.number, item.key, item.to, "duplicate")
        entry = self.journal.get(item.key)
        if entry is not None:
            return known(item, entry, self.journal.run, self.found_now)
        self.batch.append(item)
        self._keys[item.key] = item
        return None

    def due(self, in_flight: int) -> bool:
        return bool(self.batch) and (len(self.batch) >= self.job.concurrency or in_flight == 0)

    def flush(self) -> list[PreparedRow]:
        """Commit the batch's intents (on disk when this returns) and hand the rows over for sending."""
        batch, self.batch, self._keys = self.batch, [], {}
        if batch:
            self.journal.intents(batch, self.job.sender)
        return batch
