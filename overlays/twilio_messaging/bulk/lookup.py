"""Finding out whether a create whose outcome is unknown reached Twilio.

The list of messages, filtered by ``To`` (and ``From`` when the sender is an address), newest
first, is read back to shortly before the intent was recorded, and a message is a match when its
sender and the hash of its body agree with the journal and no other row already claims its SID.
No ``DateSent`` filter: Twilio leaves ``date_sent`` empty while a message waits in its queue, so a
date filter would miss exactly the messages most likely to be in doubt. The window is bounded by
``date_created`` instead (with a margin for clock skew) and by a maximum number of messages read.
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
MAX_SCANNED = 2000
PAGE_SIZE = 200
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


class Matcher:
    """Reads one listed message at a time and says whether the scan is over."""

    def __init__(self, entry: Entry, journal: Journal) -> None:
        self.entry = entry
        self.journal = journal
        self.scanned = 0
        self.oldest = entry.intent_at - CLOCK_MARGIN

    def step(self, message: Any) -> Finding | None:
        """A finding when this message decides the lookup, None to read on."""
        self.scanned += 1
        created = getattr(message, "date_created", None)
        if isinstance(created, datetime.datetime) and created.timestamp() < self.oldest:
            return Finding("absent")  # newest first: everything further is older still
        if self._matches(message):
            return Finding("found", _text(message.sid), _text(message.status))
        if self.scanned >= MAX_SCANNED:
            return Finding("unknown")
        return None

    def _matches(self, message: Any) -> bool:
        sid = _text(message.sid)
        body = _text(message.body) or ""
        sender = self.entry.sender
        if sid is None or _text(message.to) != self.entry.recipient:
            return False
        if sender not in (_text(message.from_), _text(message.messaging_service_sid)):
            return False
        if hashlib.sha256(body.encode("utf-8")).hexdigest() != self.entry.fingerprint:
            return False
        return not self.journal.sid_taken(sid, self.entry.key)


def find(messages: Messages, entry: Entry, journal: Journal) -> Finding:
    matcher = Matcher(entry, journal)
    for message in messages.list(**list_filters(entry)):
        finding = matcher.step(message)
        if finding is not None:
            return finding
    return Finding("absent")


async def afind(messages: AsyncMessages, entry: Entry, journal: Journal) -> Finding:
    matcher = Matcher(entry, journal)
    async for message in messages.list(**list_filters(entry)):
        finding = matcher.step(message)
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
