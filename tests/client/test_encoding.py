"""Twilio's wire encoding: PascalCase form fields, lowercase booleans, repeated keys, operator filters, ISO dates."""

from __future__ import annotations

import datetime
import random
from urllib.parse import urlencode

import pytest
from twilio_messaging._encoding import form_body

from .conftest import ACCOUNT_SID, MESSAGE_SID, FakeTwilio, collect, example, form, message, query, reply, resolve

MEDIA = ["https://demo.twilio.com/owl.png", "https://demo.twilio.com/logo.png"]


async def test_create_encodes_booleans_lists_dates_and_enums_the_twilio_way(make_client):
    twilio = FakeTwilio(reply(201, json=message()))
    client = make_client(twilio)

    await resolve(client.messages.create(
        to="+15558675310",
        from_="+15005550006",
        body="Hello! 👍",
        media_url=MEDIA,
        send_as_mms=True,
        provide_feedback=False,
        smart_encoded=True,
        validity_period=600,
        send_at=datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC),
        schedule_type="fixed",
        messaging_service_sid="MG" + "a" * 32,
    ))

    request = twilio.last
    pairs = form(request)
    fields = dict(pairs)
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert [value for name, value in pairs if name == "MediaUrl"] == MEDIA  # one key per item, in order
    assert fields["SendAsMms"] == "true"
    assert fields["ProvideFeedback"] == "false"
    assert fields["SmartEncoded"] == "true"
    assert fields["ValidityPeriod"] == "600"
    assert fields["SendAt"] == "2024-05-01T12:30:00+00:00"
    assert fields["ScheduleType"] == "fixed"
    assert fields["To"] == "+15558675310" and fields["From"] == "+15005550006"
    assert fields["Body"] == "Hello! 👍"
    # Nothing Pythonic leaks onto the wire: no True/False, no list reprs, no snake_case names.
    raw = request.content.decode("ascii")
    assert "True" not in raw and "False" not in raw and "%5B" not in raw
    assert not any("_" in name for name, _ in pairs)


async def test_unset_arguments_are_not_sent(make_client):
    twilio = FakeTwilio(reply(201, json=message()))
    client = make_client(twilio)

    await resolve(client.messages.create(to="+15558675310", from_="+15005550006", body="hi"))

    assert sorted(form(twilio.last)) == [("Body", "hi"), ("From", "+15005550006"), ("To", "+15558675310")]


async def test_update_sends_empty_body_to_redact(make_client):
    twilio = FakeTwilio(reply(200, json=message(body="")))
    client = make_client(twilio)

    await resolve(client.messages(MESSAGE_SID).update(body=""))

    assert form(twilio.last) == [("Body", "")]


async def test_message_list_filters_use_operator_wire_names_and_iso_dates(make_client):
    twilio = FakeTwilio(reply(200, json=example("ListMessage", "readEmptySentdateGreater")))
    client = make_client(twilio)

    await collect(client.messages.list(
        to="+15558675310",
        from_="+15005550006",
        date_sent=datetime.date(2024, 1, 15),
        date_sent_after=datetime.date(2024, 1, 2),
        date_sent_before=datetime.date(2024, 2, 1),
    ))

    params = dict(query(twilio.last))
    assert params["DateSent>"] == "2024-01-02"
    assert params["DateSent<"] == "2024-02-01"
    assert params["DateSent"] == "2024-01-15"
    assert params["To"] == "+15558675310" and params["From"] == "+15005550006"
    # The operators travel percent-encoded in the literal parameter name.
    raw_query = twilio.last.url.query.decode("ascii")
    assert "DateSent%3E=2024-01-02" in raw_query and "DateSent%3C=2024-02-01" in raw_query
    assert "date_sent" not in raw_query.lower().replace("datesent", "")


async def test_media_list_filters_use_operator_wire_names(make_client):
    twilio = FakeTwilio(reply(200, json=example("ListMedia", "readEmpty")))
    client = make_client(twilio)

    await collect(client.messages(MESSAGE_SID).media.list(
        date_created_after=datetime.date(2023, 12, 31), date_created_before=datetime.date(2024, 1, 31)))

    assert twilio.last.url.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{MESSAGE_SID}/Media.json"
    params = dict(query(twilio.last))
    assert params["DateCreated>"] == "2023-12-31"
    assert params["DateCreated<"] == "2024-01-31"



def test_form_values_are_quoted_exactly_as_urlencode_does():
    rng = random.Random(12)
    ranges = [(0, 128), (128, 0x800), (0x800, 0xD800), (0xE000, 0x10000), (0x10000, 0x110000)]
    values = ["Hello 👍", "héllo wörld +&=?/#%~", "日本語", "", "\x00\x7f\x80\uffff\U0010ffff"]
    values += ["".join(chr(rng.randrange(*rng.choice(ranges))) for _ in range(rng.randrange(30))) for _ in range(500)]
    for value in values:  # twice: the second pass goes through the remembered quotes
        for _ in range(2):
            assert form_body({"Body": value, "To": "+1"}) == urlencode({"Body": value, "To": "+1"}).encode("ascii")
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate cannot be sent, as with urlencode
        form_body({"Body": "\ud800"})
