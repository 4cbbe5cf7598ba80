# pyright: strict
"""One deliberate mistake per marked line: both checkers must report every one (and nothing else).

Only type-checked (tests/typing/test_checkers.py); it never runs.
"""

from __future__ import annotations

import datetime

from twilio_messaging import Client
from twilio_messaging.types import Message

SID = "SM" + "0" * 32


def mistakes(client: Client, maybe_sid: str | None) -> None:
    client.messages(SID).update(status="cancelled")  # expect-error: unknown enum literal
    client.messages.create(to="+15558675310", messaging_service_sid="MG", schedule_type="fixd")  # expect-error: enum
    client.messages.create(to="+15558675310", from_="+15017122661", bdy="Hi")  # expect-error: misspelt keyword
    client.messages.create(to=15558675310, from_="+15017122661", body="Hi")  # expect-error: int for str
    client.messages.create(from_="+15017122661", body="Hi")  # expect-error: missing required argument
    client.messages.list(date_sent_after="2026-05-01")  # expect-error: str for a date filter
    client.messages.list(date_sent=datetime.datetime.now(datetime.UTC))  # expect-error: datetime for a day
    client.messages(None).fetch()  # expect-error: None for a SID
    client.messages(maybe_sid).fetch()  # expect-error: a SID that may be None
    client.pricing.countries(None).fetch()  # expect-error: None for a path value
    client.messages.create(to=None, from_="+15017122661", body="Hi")  # expect-error: None for a required argument


def misreadings(message: Message, client: Client) -> None:
    count: str = message.num_segments  # expect-error: an int field read as str
    print(message.price + 1)  # expect-error: price may be None
    print(message.date_sent.isoformat())  # expect-error: date_sent may be None
    print(client.messages.page().next_page().items)  # expect-error: next_page() may be None
    message.sid = "SM"  # expect-error: fields are read-only
    del count
