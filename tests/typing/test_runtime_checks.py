"""Mistakes a type checker would catch also fail at run time, before any request leaves (sync and async)."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import parse_qs

import pytest
from twilio_messaging.types import MessageUpdateStatus
from typing_support import MESSAGE_SID, SERVICE_SID, FakeTwilio, resolve

SENDER = {"from_": "+15017122661", "body": "hi"}


def sent_form(twilio: FakeTwilio) -> dict[str, list[str]]:
    return parse_qs(twilio.requests[-1].content.decode())


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda c: c.messages(None).fetch(), "sid"),
        (lambda c: c.messages(MESSAGE_SID).media(None).fetch(), "sid"),
        (lambda c: c.pricing.countries(None).fetch(), "iso_country"),
        (lambda c: c.services(None).phone_numbers.list(), "sid"),
        (lambda c: c.messages.create(to=None, **SENDER), "to"),
        (lambda c: c.messages.create(to="+15558675310", from_=None, body="hi"), "from_"),
        (lambda c: c.services.create(friendly_name=None), "friendly_name"),
    ],
)
async def test_none_for_a_required_value_or_a_path_sid_is_a_type_error(make_client, call, argument) -> None:
    twilio = FakeTwilio()
    client = make_client(twilio)
    with pytest.raises(TypeError, match=rf"^{argument} must be str, not None"):
        result = call(client)
        await resolve(result if not hasattr(result, "__aiter__") else result.to_list())
    assert twilio.requests == []


async def test_an_empty_path_sid_is_refused(make_client) -> None:
    twilio = FakeTwilio()
    with pytest.raises(ValueError, match="sid must not be empty"):
        await resolve(make_client(twilio).messages("").fetch())
    assert twilio.requests == []


async def test_an_unknown_enum_string_is_refused_and_says_how_to_send_a_new_value(make_client) -> None:
    twilio = FakeTwilio()
    client = make_client(twilio)
    known = r"status: 'cancelled' is not a known MessageUpdateStatus value \('canceled'\)"
    with pytest.raises(ValueError, match=known):
        await resolve(client.messages(MESSAGE_SID).update(status="cancelled"))
    with pytest.raises(ValueError, match=r"schedule_type: 'fixd'.*MessageScheduleType\('fixd'\)"):
        await resolve(client.messages.create(to="+1555", messaging_service_sid=SERVICE_SID, schedule_type="fixd"))
    assert twilio.requests == []


async def test_known_values_and_deliberate_new_ones_are_sent(make_client) -> None:
    twilio = FakeTwilio()
    client = make_client(twilio)
    await resolve(client.messages(MESSAGE_SID).update(status="canceled"))
    assert sent_form(twilio)["Status"] == ["canceled"]
    await resolve(client.messages(MESSAGE_SID).update(status=MessageUpdateStatus("paused")))
    assert sent_form(twilio)["Status"] == ["paused"]


@pytest.mark.parametrize(
    "value",
    [datetime.datetime(2026, 5, 1, 15, 30, tzinfo=datetime.UTC), "2026-05-01", 20260501],
    ids=["datetime", "str", "int"],
)
async def test_a_day_filter_takes_only_a_date(make_client, value: Any) -> None:
    twilio = FakeTwilio()
    client = make_client(twilio)
    with pytest.raises(TypeError, match=r"^date_sent_after "):
        await resolve(client.messages.page(date_sent_after=value))
    with pytest.raises(TypeError, match=r"^date_created "):
        await resolve(client.messages(MESSAGE_SID).media.page(date_created=value))
    assert twilio.requests == []


async def test_a_datetime_for_a_day_filter_explains_how_to_get_the_day(make_client) -> None:
    client = make_client(FakeTwilio())
    with pytest.raises(TypeError, match=r"not a datetime: Twilio filters by whole days in GMT.*\.date\(\)"):
        await resolve(client.messages.page(date_sent=datetime.datetime.now(datetime.UTC)))


async def test_a_date_goes_out_as_the_day_under_its_wire_name(make_client) -> None:
    twilio = FakeTwilio()
    await resolve(make_client(twilio).messages.page(date_sent_after=datetime.date(2026, 5, 1)))
    assert parse_qs(twilio.requests[-1].url.query.decode())["DateSent>"] == ["2026-05-01"]


@pytest.mark.parametrize(
    "scheduling",
    [
        {"schedule_type": "fixed", "send_at": datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)},
        {"schedule_type": "fixed"},
        {"send_at": datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)},
    ],
    ids=["both", "schedule_type", "send_at"],
)
async def test_scheduling_without_a_messaging_service_is_refused(make_client, scheduling: dict[str, Any]) -> None:
    twilio = FakeTwilio()
    client = make_client(twilio)
    with pytest.raises(ValueError, match=r"needs messaging_service_sid: .*sends the message at once"):
        await resolve(client.messages.create(to="+15558675310", **SENDER, **scheduling))
    assert twilio.requests == []


async def test_scheduling_through_a_messaging_service_is_sent(make_client) -> None:
    twilio = FakeTwilio()
    send_at = datetime.datetime(2030, 1, 1, 12, 0, tzinfo=datetime.UTC)
    await resolve(
        make_client(twilio).messages.create(
            to="+15558675310", messaging_service_sid=SERVICE_SID, body="later", schedule_type="fixed", send_at=send_at
        )
    )
    form = sent_form(twilio)
    assert (form["ScheduleType"], form["MessagingServiceSid"]) == (["fixed"], [SERVICE_SID])
