"""Bad input is refused before anything is sent; enums and unknown data are tolerated; timestamps are aware."""

from __future__ import annotations

import datetime

import pytest
from twilio_messaging_api.models.message_content_retention import MessageContentRetention
from twilio_messaging_api.models.message_direction import MessageDirection
from twilio_messaging_api.models.message_status import MessageStatus
from twilio_messaging_api.models.message_update_status import MessageUpdateStatus

from .conftest import (
    MESSAGE_SID,
    PHONE_NUMBER_SID,
    SERVICE_SID,
    FakeTwilio,
    collect,
    example,
    form,
    message,
    reply,
    resolve,
)

SENDER = {"from_": "+15005550006", "body": "hi"}


def test_missing_required_argument_raises_type_error_naming_it(make_client):
    twilio = FakeTwilio(reply(201, json=message()))
    client = make_client(twilio)

    with pytest.raises(TypeError, match="'to'"):
        client.messages.create(**SENDER)  # the async twin fails at the call, before a coroutine exists

    assert twilio.count == 0


BAD_CALLS = {
    "to-int": (lambda c: c.messages.create(to=123, **SENDER), "to"),
    "send_as_mms-str": (lambda c: c.messages.create(to="+15558675310", send_as_mms="yes", **SENDER), "send_as_mms"),
    "validity_period-bool": (
        lambda c: c.messages.create(to="+15558675310", validity_period=True, **SENDER),
        "validity_period",
    ),
    "media_url-str": (
        lambda c: c.messages.create(to="+15558675310", media_url="https://x.test/a.png", **SENDER),
        "media_url",
    ),
    "media_url-item": (
        lambda c: c.messages.create(to="+15558675310", media_url=["https://x.test/a.png", 7], **SENDER),
        r"media_url\[1\]",
    ),
    "send_at-str": (
        lambda c: c.messages.create(to="+15558675310", send_at="2024-05-01T12:00:00Z", **SENDER),
        "send_at",
    ),
    "enum-int": (lambda c: c.messages.create(to="+15558675310", content_retention=1, **SENDER), "content_retention"),
    "list-page_size": (lambda c: c.messages.list(page_size="x"), "page_size"),
    "list-limit": (lambda c: c.messages.list(limit="10"), "limit"),
    "list-date": (lambda c: c.messages.list(date_sent_after="2024-01-01"), "date_sent_after"),
    "page-page_size": (lambda c: c.messages.page(page_size="x"), "page_size"),
    "v1-page_size": (lambda c: c.services(SERVICE_SID).phone_numbers.list(page_size=2.5), "page_size"),
    "sid-int": (lambda c: c.messages(12345), "sid"),
    "update-status-int": (lambda c: c.messages(MESSAGE_SID).update(status=3), "status"),
}


@pytest.mark.parametrize("case", list(BAD_CALLS))
async def test_wrong_type_raises_type_error_naming_the_argument_and_sends_nothing(make_client, case):
    call, name = BAD_CALLS[case]
    twilio = FakeTwilio(reply(201, json=message()))
    client = make_client(twilio)

    with pytest.raises(TypeError, match=rf"^{name} must be"):
        await resolve(call(client))

    assert twilio.count == 0


async def test_enum_arguments_accept_members_and_their_string_values(make_client):
    twilio = FakeTwilio(reply(201, json=message()), reply(200, json=message(status="canceled")))
    client = make_client(twilio)

    await resolve(
        client.messages.create(
            to="+15558675310",
            content_retention="discard",
            address_retention="obfuscate",
            risk_check="disable",
            **SENDER,
        )
    )
    updated = await resolve(client.messages(MESSAGE_SID).update(status=MessageUpdateStatus.CANCELED))

    create_fields, update_fields = (dict(form(r)) for r in twilio.requests)
    assert create_fields["ContentRetention"] == "discard"
    assert create_fields["AddressRetention"] == "obfuscate"
    assert create_fields["RiskCheck"] == "disable"
    assert update_fields == {"Status": "canceled"}
    assert updated.status is MessageStatus.CANCELED


async def test_an_enum_value_twilio_added_later_can_be_sent(make_client):
    twilio = FakeTwilio(reply(201, json=message()))
    client = make_client(twilio)

    # Deliberately, through the enum class; a plain unknown string is refused as a likely typo (tests/typing).
    await resolve(
        client.messages.create(to="+15558675310", content_retention=MessageContentRetention("archive"), **SENDER)
    )

    assert dict(form(twilio.last))["ContentRetention"] == "archive"
    assert MessageContentRetention("archive").value == "archive"


async def test_unknown_enum_values_and_fields_in_a_response_are_kept(make_client):
    payload = message(
        status="pending_carrier_review", direction="outbound-ai", brand_new_field={"nested": [1, 2]}, rcs_fallback=True
    )
    twilio = FakeTwilio(reply(200, json=payload))
    client = make_client(twilio)

    fetched = await resolve(client.messages(MESSAGE_SID).fetch())

    assert fetched.status == "pending_carrier_review" and isinstance(fetched.status, MessageStatus)
    assert fetched.direction == "outbound-ai" and isinstance(fetched.direction, MessageDirection)
    assert fetched.additional_properties == {"brand_new_field": {"nested": [1, 2]}, "rcs_fallback": True}
    assert fetched.to_dict()["status"] == "pending_carrier_review"  # round-trips unchanged
    assert fetched.sid == MESSAGE_SID and fetched.body == payload["body"]  # known fields still parsed


async def test_unknown_fields_in_list_items_and_envelopes_are_kept(make_client):
    body = {**example("ListMessage", "readFullPage1"), "next_page_uri": None, "new_envelope_field": "x"}
    body["messages"][0]["status"] = "brand_new_status"
    twilio = FakeTwilio(reply(200, json=body))
    client = make_client(twilio)

    page = await resolve(client.messages.page())

    assert page.items[0].status == "brand_new_status"
    assert page.envelope["new_envelope_field"] == "x"


UTC = datetime.UTC


async def test_2010_rfc_2822_timestamps_are_aware_datetimes(make_client):
    payload = message(
        date_created="Thu, 24 Aug 2023 05:01:45 +0000",
        date_sent="Fri, 1 Sep 2023 07:02:03 +0200",
        date_updated="Thu, 24 Aug 2023 05:01:45 +0000",
    )
    client = make_client(FakeTwilio(reply(200, json=payload)))

    fetched = await resolve(client.messages(MESSAGE_SID).fetch())

    assert fetched.date_created == datetime.datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)
    assert fetched.date_created.tzinfo is not None
    assert fetched.date_sent.utcoffset() == datetime.timedelta(hours=2)
    assert fetched.date_sent == datetime.datetime(2023, 9, 1, 5, 2, 3, tzinfo=UTC)
    assert fetched.date_updated == fetched.date_created


async def test_v1_iso_8601_timestamps_are_aware_datetimes(make_client):
    payload = example("FetchPhoneNumber")
    payload["date_updated"] = "2015-07-30T22:12:33+02:00"
    client = make_client(FakeTwilio(reply(200, json=payload)))

    number = await resolve(client.services(SERVICE_SID).phone_numbers(PHONE_NUMBER_SID).fetch())

    assert number.date_created == datetime.datetime(2015, 7, 30, 20, 12, 31, tzinfo=UTC)
    assert number.date_created.utcoffset() == datetime.timedelta(0)
    assert number.date_updated == datetime.datetime(2015, 7, 30, 20, 12, 33, tzinfo=UTC)


async def test_list_items_carry_aware_timestamps(make_client):
    body = {**example("ListMessage", "readFullPage1"), "next_page_uri": None}
    client = make_client(FakeTwilio(reply(200, json=body)))

    messages = await collect(client.messages.list())

    assert messages and all(m.date_created.tzinfo is not None for m in messages)
    assert messages[0].date_created == datetime.datetime(2019, 5, 24, 17, 44, 46, tzinfo=UTC)


def test_prices_are_decimals_not_strings_or_floats() -> None:
    from decimal import Decimal

    from twilio_messaging_api.models.inbound_sms_price import InboundSmsPrice
    from twilio_messaging_api.models.message import Message
    from twilio_messaging_api.models.messaging_country import MessagingCountry

    message = Message.from_dict({"sid": "SM" + "a" * 32, "price": "-0.00750", "price_unit": "USD"})
    assert message.price == Decimal("-0.00750") and isinstance(message.price, Decimal)
    assert Message.from_dict({"price": None}).price is None
    country = MessagingCountry.from_dict(
        {"iso_country": "US", "outbound_sms_prices": [{"carrier": "att", "prices": [{"current_price": "0.0079"}]}]}
    )
    assert country.outbound_sms_prices[0].prices[0].current_price == Decimal("0.0079")  # type: ignore[index,union-attr]
    # Sent back as the same string, exactly.
    price = InboundSmsPrice(base_price=Decimal("0.0075"), current_price=Decimal("-0.00750"), number_type="local")
    assert price.to_dict() == {"base_price": "0.0075", "current_price": "-0.00750", "number_type": "local"}


def test_counts_sent_as_strings_are_ints() -> None:
    from twilio_messaging_api.models.message import Message

    message = Message.from_dict({"num_segments": "3", "num_media": "0"})
    assert (message.num_segments, message.num_media) == (3, 0)
    from twilio_messaging_api.models.message_subresource_uris import MessageSubresourceUris

    when = datetime.datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)
    built = Message(
        sid="SM" + "a" * 32,
        account_sid="AC" + "a" * 32,
        to="+15558675310",
        status=MessageStatus.QUEUED,
        direction=MessageDirection.OUTBOUND_API,
        num_segments=2,
        num_media=0,
        date_created=when,
        date_updated=when,
        uri="/2010-04-01/Accounts/AC.../Messages/SM....json",
        api_version="2010-04-01",
        subresource_uris=MessageSubresourceUris.from_dict({}),
    )
    assert (built.to_dict()["num_segments"], built.to_dict()["num_media"]) == ("2", "0")
    assert (built.num_segments, built.price) == (2, None)


def test_a_naive_datetime_argument_is_refused_before_sending() -> None:
    import datetime

    import httpx
    import pytest
    from twilio_messaging import Client

    sent: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(201, json={})))
    client = Client("AC" + "0" * 32, "token", http_client=http)
    with pytest.raises(ValueError, match="send_at must be a timezone-aware datetime"):
        client.messages.create(
            to="+15558675310",
            messaging_service_sid="MG" + "0" * 32,
            body="later",
            schedule_type="fixed",
            send_at=datetime.datetime(2030, 1, 1, 12, 0),
        )
    assert sent == []


def test_unset_has_one_instance_so_identity_tests_in_generated_code_hold() -> None:
    # Generated code tests ``value is not UNSET``: a second Unset would otherwise reach the wire as "UNSET".
    import copy
    import pickle

    from twilio_messaging_api.models.create_message_request import CreateMessageRequest
    from twilio_messaging_api.types import UNSET, Unset

    for other in (Unset(), copy.copy(UNSET), copy.deepcopy(UNSET), pickle.loads(pickle.dumps(UNSET))):
        assert other is UNSET
    assert CreateMessageRequest(to="+15558675310", body=Unset()).to_dict() == {"To": "+15558675310"}
