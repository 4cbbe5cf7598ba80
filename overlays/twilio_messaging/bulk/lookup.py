"""Finding out whether a create whose outcome is unknown reached Twilio.

A message matches when its recipient, its sender (From or Messaging Service) and the hash of its
body agree with the journal, it was created after the intent (less a margin for clock skew), and
no other row already claims its SID. Messages are listed filtered by ``To`` (and ``From`` when the
sender is an address), in two passes, because Twilio sorts lists by ``date_sent`` and leaves it
empty while a message waits in its queue:

1. messages *sent* since the window began (``DateSent>=`` its day), read whole: wherever a
   message created in the window but sent later sorts, it is in this set;
2. messages still *queued* (``date_sent`` empty), newest first, until a message sent before the
   window: queued messages sort with the newest.

Both passes are bounded by a maximum number of messages read; past it the answer is "unknown".
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

from twilio_messaging.bulk.journal import Entry, Journal
from twilio_messaging.bulk.results import RowResult

if TYPE_CHECKING:
    from twilio_messaging_api.resources.messages import AsyncMessages, Messages

# Seconds before the intent a match may have been created: covers the client's clock running ahead.
CLOCK_MARGIN = 300.0
# Messages read per lookup before giving up with "unknown" (the row then stays in doubt).
MAX_SCANNED = 5000
PAGE_SIZE = 1000
_SERVICE_SID_LENGTH = 34


@dataclass(frozen=True)
class Finding:
    """What a lookup found: ``found`` with the message's SID and status, ``absent`` or ``unknown``."""

    verdict: Literal["found", "absent", "unknown"]
    sid: str | None = None
    status: str | None = None


def _text(value: Any) -> str | None:
    if isinstance(value, Enum):
        return str(value.value)
    return value if isinstance(value, str) else None


def list_filters(entry: Entry) -> dict[str, Any]:
    sender = entry.sender
    by_service = sender.startswith("MG") and len(sender) == _SERVICE_SID_LENGTH
    filters: dict[str, Any] = {"to": entry.recipient, "page_size": PAGE_SIZE}
    if not by_service:
        filters["from_"] = sender
    return filters


def _timestamp(value: Any) -> float | None:
    return value.timestamp() if isinstance(value, datetime.datetime) else None


class Matcher:
    """Reads listed messages one at a time and says when the lookup is decided."""

    def __init__(self, entry: Entry, journal: Journal) -> None:
        self.entry = entry
        self.journal = journal
        self.scanned = 0
        self.oldest = entry.intent_at - CLOCK_MARGIN

    @property
    def sent_since(self) -> datetime.date:
        """The day the window begins (UTC): ``DateSent>=`` filters whole days."""
        return datetime.datetime.fromtimestamp(self.oldest, datetime.UTC).date()

    def sent(self, message: Any) -> Finding | None:
        """Pass 1 (messages sent since the window's day): a finding when this message decides it."""
        return self._check(message)

    def queued(self, message: Any) -> Finding | None:
        """Pass 2 (every message, newest first): only those not sent yet can still match."""
        sent_at = _timestamp(getattr(message, "date_sent", None))
        if sent_at is not None:
            return Finding("absent") if sent_at < self.oldest else self._count()
        return self._check(message)

    def _check(self, message: Any) -> Finding | None:
        if self._matches(message):
            return Finding("found", _text(message.sid), _text(message.status))
        return self._count()

    def _count(self) -> Finding | None:
        self.scanned += 1
        return Finding("unknown") if self.scanned >= MAX_SCANNED else None

    def _matches(self, message: Any) -> bool:
        sid = _text(message.sid)
        created = _timestamp(getattr(message, "date_created", None))
        if sid is None or _text(message.to) != self.entry.recipient or (created is not None and created < self.oldest):
            return False
        if self.entry.sender not in (_text(message.from_), _text(message.messaging_service_sid)):
            return False
        body = _text(message.body) or ""
        if hashlib.sha256(body.encode("utf-8")).hexdigest() != self.entry.fingerprint:
            return False
        return not self.journal.sid_taken(sid, self.entry.key)


def find(messages: Messages, entry: Entry, journal: Journal) -> Finding:
    matcher = Matcher(entry, journal)
    filters = list_filters(entry)
    for message in messages.list(**filters, date_sent_after=matcher.sent_since):
        finding = matcher.sent(message)
        if finding is not None:
            return finding
    for message in messages.list(**filters):
        finding = matcher.queued(message)
        if finding is not None:
            return finding
    return Finding("absent")


async def afind(messages: AsyncMessages, entry: Entry, journal: Journal) -> Finding:
    matcher = Matcher(entry, journal)
    filters = list_filters(entry)
    async for message in messages.list(**filters, date_sent_after=matcher.sent_since):
        finding = matcher.sent(message)
        if finding is not None:
            return finding
    async for message in messages.list(**filters):
        finding = matcher.queued(message)
        if finding is not None:
            return finding
    return Finding("absent")


def settle(entry: Entry, finding: Finding, journal: Journal, on_absent: Callable[[Entry], RowResult]) -> RowResult:
    """Record a lookup's finding in the journal and say what it means for the row."""
    if finding.verdict == "found":
        journal.outcome(entry.key, "sent", how="found", sid=finding.sid, status=finding.status)
        return RowResult(entry.row, entry.key, entry.recipient, "found", finding.sid, finding.status)
    if finding.verdict == "absent":
        return on_absent(entry)
    return RowResult(
        entry.row, entry.key, entry.recipient, "in_doubt", error_message="lookup inconclusive: too many messages"
    )
