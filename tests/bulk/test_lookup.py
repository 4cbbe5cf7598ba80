"""The lookup's rules on hand-made message lists: either sort order of queued messages, windows, claims, bounds."""

from __future__ import annotations

import datetime
import hashlib
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from twilio_messaging.bulk import lookup
from twilio_messaging.bulk.job import PreparedRow
from twilio_messaging.bulk.journal import Entry, Journal

TO, SENDER, BODY = "+15550001111", "+15005550006", "Hi Ana"
NOW = time.time()


def at(offset: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(NOW + offset, datetime.UTC)


def message(sid: str, created: float, sent: float | None, body: str = BODY, sender: str = SENDER) -> Any:
    sent_at = None if sent is None else at(sent)
    return SimpleNamespace(
        sid=sid,
        to=TO,
        from_=sender,
        messaging_service_sid=None,
        body=body,
        status="queued" if sent is None else "sent",
        date_created=at(created),
        date_sent=sent_at,
    )


class FakeMessages:
    """``messages.list``: the whole list (sorted as given) or, with date_sent_after, those sent since that day."""

    def __init__(self, listed: list[Any]) -> None:
        self.listed = listed
        self.calls: list[dict[str, Any]] = []

    def list(self, **filters: Any) -> list[Any]:
        self.calls.append(filters)
        since = filters.get("date_sent_after")
        if since is None:
            return self.listed
        return [m for m in self.listed if m.date_sent is not None and m.date_sent.date() >= since]


@pytest.fixture
def journal(tmp_path: Path):
    with Journal(tmp_path / "j.db") as opened:
        row = PreparedRow(1, "row-1", TO, BODY, hashlib.sha256(BODY.encode()).hexdigest())
        opened.intents([row], SENDER)
        yield opened


def entry(journal: Journal) -> Entry:
    found = journal.get("row-1")
    assert found is not None
    return found


def test_a_message_sent_late_is_found_wherever_it_sorts(journal):
    # Sorted by date_sent: an old message sent just now comes first, ours (sent before it) after it.
    listed = [message("SMold", created=-3600, sent=5), message("SMours", created=1, sent=2)]
    assert lookup.find(FakeMessages(listed), entry(journal), journal).sid == "SMours"  # type: ignore[arg-type]


@pytest.mark.parametrize("queued_first", [True, False])
def test_a_queued_message_is_found(journal, queued_first):
    ours = message("SMours", created=1, sent=None)
    other = message("SMother", created=-30, sent=-29, body="something else")
    listed = [ours, other] if queued_first else [other, ours]
    fake = FakeMessages(listed)
    assert lookup.find(fake, entry(journal), journal).sid == "SMours"  # type: ignore[arg-type]
    assert all(call["to"] == TO and call["from_"] == SENDER for call in fake.calls)


def test_nothing_there_is_absent_and_the_scan_stops_at_the_window(journal):
    listed = [message("SMa", created=-7200, sent=-7200), message("SMb", created=-9000, sent=-9000)]
    fake = FakeMessages(listed)
    assert lookup.find(fake, entry(journal), journal).verdict == "absent"  # type: ignore[arg-type]


def test_same_text_created_before_the_window_is_not_ours(journal):
    listed = [message("SMyesterday", created=-86_400, sent=None)]
    assert lookup.find(FakeMessages(listed), entry(journal), journal).verdict == "absent"  # type: ignore[arg-type]


def test_other_sender_or_body_is_not_ours(journal):
    listed = [
        message("SMa", created=1, sent=None, sender="+15005550007"),
        message("SMb", created=1, sent=None, body="x"),
    ]
    assert lookup.find(FakeMessages(listed), entry(journal), journal).verdict == "absent"  # type: ignore[arg-type]


def test_a_message_another_row_claims_is_not_matched_twice(journal):
    journal.intents([PreparedRow(2, "row-2", TO, BODY, "f")], SENDER)
    journal.outcome("row-2", "sent", sid="SMtaken")
    listed = [message("SMtaken", created=1, sent=None)]
    assert lookup.find(FakeMessages(listed), entry(journal), journal).verdict == "absent"  # type: ignore[arg-type]


def test_too_many_to_read_is_unknown(journal, monkeypatch):
    monkeypatch.setattr(lookup, "MAX_SCANNED", 10)
    listed = [message(f"SM{n}", created=1, sent=None, body="other") for n in range(50)]
    assert lookup.find(FakeMessages(listed), entry(journal), journal).verdict == "unknown"  # type: ignore[arg-type]
