"""Pricing countries, segment counting, dates and the fake clock."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from emulator_helpers import assert_twilio_error
from emulator_schema_fields import COUNTRY, COUNTRY_INSTANCE
from twilio_messaging_emulator import FakeClock
from twilio_messaging_emulator.behaviours.pricing import country_of
from twilio_messaging_emulator.behaviours.segments import count_segments, encoding_of, smart_encode
from twilio_messaging_emulator.core.dates import iso8601, parse_filter_date, rfc2822


async def test_pricing_country_list_and_fetch(client: httpx.AsyncClient) -> None:
    listed = (await client.get("/v1/Messaging/Countries")).json()
    assert listed["meta"]["key"] == "countries"
    countries = listed["countries"]
    assert {"US", "GB", "CA", "DE", "IN", "BR"} <= {c["iso_country"] for c in countries}
    assert all(set(c) == COUNTRY for c in countries)
    assert [c["country"] for c in countries] == sorted(c["country"] for c in countries)
    page = (await client.get("/v1/Messaging/Countries", params={"PageSize": 2})).json()
    assert len(page["countries"]) == 2 and page["meta"]["next_page_url"].startswith("https://emulator.test/")

    gb = await client.get("/v1/Messaging/Countries/gb")
    assert gb.status_code == 200
    body = gb.json()
    assert set(body) == COUNTRY_INSTANCE
    assert (body["iso_country"], body["country"], body["price_unit"]) == ("GB", "United Kingdom", "USD")
    carrier = body["outbound_sms_prices"][0]
    assert set(carrier) == {"carrier", "mcc", "mnc", "prices"}
    assert set(carrier["prices"][0]) == {"base_price", "current_price", "number_type"}
    assert float(carrier["prices"][0]["current_price"]) > 0
    assert set(body["inbound_sms_prices"][0]) == {"base_price", "current_price", "number_type"}
    assert body["url"] == "https://emulator.test/v1/Messaging/Countries/GB"
    assert_twilio_error(await client.get("/v1/Messaging/Countries/ZZ"), 404, 20404)


@pytest.mark.parametrize(
    ("number", "iso"),
    [("+14155550100", "US"), ("+14165550100", "CA"), ("+447700900123", "GB"), ("+4915112345678", "DE"),
     ("+919812345678", "IN"), ("+5511987654321", "BR"), ("whatsapp:+447700900123", "GB"), ("+999", None)],
)  # fmt: skip
def test_country_of(number: str, iso: str | None) -> None:
    assert country_of(number) == iso


@pytest.mark.parametrize(
    ("text", "segments", "encoding"),
    [
        ("", 1, "GSM-7"),
        ("a" * 160, 1, "GSM-7"),
        ("a" * 161, 2, "GSM-7"),
        ("a" * 306, 2, "GSM-7"),
        ("a" * 307, 3, "GSM-7"),
        ("€" * 80, 1, "GSM-7"),  # extension characters count double
        ("€" * 81, 2, "GSM-7"),
        ("a" * 152 + "€", 1, "GSM-7"),  # 154 septets fit one message
        ("a" * 152 + "€" + "a" * 152, 3, "GSM-7"),  # 306 septets, but the escape pair is never split
        ("Grüße aus Köln", 1, "GSM-7"),
        ("ж" * 70, 1, "UCS-2"),
        ("ж" * 71, 2, "UCS-2"),
        ("ж" * 134, 2, "UCS-2"),
        ("ж" * 135, 3, "UCS-2"),
        ("👍" * 35, 1, "UCS-2"),  # surrogate pairs: two code units each
        ("👍" * 36, 2, "UCS-2"),
        ("a" * 159 + "ç", 3, "UCS-2"),  # one non-GSM character switches the whole message
    ],
)
def test_segments(text: str, segments: int, encoding: str) -> None:
    assert count_segments(text) == segments
    assert encoding_of(text) == encoding


def test_smart_encoding_turns_lookalikes_into_gsm() -> None:
    assert smart_encode("“Hi” – it’s…") == '"Hi" - it\'s...'
    assert encoding_of(smart_encode("“Hi”")) == "GSM-7"


async def test_smart_encoded_parameter(client: httpx.AsyncClient, messages_path: str) -> None:
    form = {"To": "+14155550100", "From": "+15005550006", "Body": "“quoted”", "SmartEncoded": "true"}
    assert (await client.post(messages_path, data=form)).json()["body"] == '"quoted"'


def test_date_formats() -> None:
    ts = datetime(2015, 7, 30, 20, 12, 31, tzinfo=UTC).timestamp()
    assert rfc2822(ts) == "Thu, 30 Jul 2015 20:12:31 +0000"
    assert iso8601(ts) == "2015-07-30T20:12:31Z"
    assert rfc2822(None) is None and iso8601(None) is None
    assert parse_filter_date("2015-07-30") == (datetime(2015, 7, 30, tzinfo=UTC).timestamp(), True)
    assert parse_filter_date("06/11/2019 22:05:25 MST")[0] == datetime(2019, 6, 12, 5, 5, 25, tzinfo=UTC).timestamp()
    assert parse_filter_date("2019-06-11 22:05:25.000")[0] == datetime(2019, 6, 11, 22, 5, 25, tzinfo=UTC).timestamp()
    assert parse_filter_date("Wed, 19 Jun 2019 22:04:00 -0000")[1] is False
    with pytest.raises(ValueError):
        parse_filter_date("next tuesday")


def test_fake_clock() -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    clock = FakeClock(start)
    seen: list[datetime] = []
    clock.subscribe(lambda: seen.append(clock.now()))
    assert clock.now() == start
    clock.advance(1.5)
    clock.set(datetime(2024, 1, 2, tzinfo=UTC))
    assert seen == [datetime(2024, 1, 1, 0, 0, 1, 500000, tzinfo=UTC), datetime(2024, 1, 2, tzinfo=UTC)]
    with pytest.raises(ValueError):
        clock.advance(-1)
    clock.reset()
    assert clock.now() == start
