"""Messages: create, fetch, validation, magic numbers, media, feedback, redaction, delete."""

from __future__ import annotations

import re

import httpx
import pytest
from emulator_helpers import TO, VALID_FROM, asgi_client, assert_twilio_error, message_path, send
from emulator_schema_fields import FEEDBACK, MEDIA, MESSAGE
from twilio_messaging_emulator import EmulatorConfig, FakeClock, create_app

RFC2822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$")


async def test_create_returns_the_full_message_shape(
    client: httpx.AsyncClient, messages_path: str, config: EmulatorConfig
) -> None:
    response = await send(client, messages_path, Body="Hello! 👍")
    assert response.status_code == 201
    body = response.json()
    assert set(body) >= MESSAGE
    assert re.fullmatch(r"SM[0-9a-f]{32}", body["sid"])
    assert body["account_sid"] == config.account_sid
    assert body["status"] == "queued"
    assert body["direction"] == "outbound-api"
    assert body["api_version"] == "2010-04-01"
    assert (body["from"], body["to"], body["body"]) == (VALID_FROM, TO, "Hello! 👍")
    assert body["num_segments"] == "1" and body["num_media"] == "0"
    assert body["price"] is None and body["error_code"] is None
    for field in ("date_created", "date_updated", "date_sent"):
        assert RFC2822.match(body[field]), body[field]
    assert body["date_created"] == "Wed, 01 May 2024 12:00:00 +0000"
    assert body["uri"] == f"/2010-04-01/Accounts/{config.account_sid}/Messages/{body['sid']}.json"
    assert body["subresource_uris"]["media"] == body["uri"][: -len(".json")] + "/Media.json"


async def test_fetch_returns_what_create_returned(client: httpx.AsyncClient, messages_path: str) -> None:
    created = (await send(client, messages_path)).json()
    fetched = await client.get(created["uri"])
    assert fetched.status_code == 200
    assert fetched.json() == created


async def test_segments_are_counted_as_strings(client: httpx.AsyncClient, messages_path: str) -> None:
    cases = {"a" * 160: "1", "a" * 161: "2", "é" * 70: "1", "ж" * 70: "1", "ж" * 71: "2", "{" * 80: "1", "{" * 81: "2"}
    for text, segments in cases.items():
        body = (await send(client, messages_path, Body=text)).json()
        assert body["num_segments"] == segments, (text[:3], len(text))


async def test_messaging_service_sid_passed_as_from(client: httpx.AsyncClient, messages_path: str) -> None:
    service = (await client.post("/v1/Services", data={"FriendlyName": "pool"})).json()
    alpha = await client.post(f"/v1/Services/{service['sid']}/AlphaSenders", data={"AlphaSender": "Acme"})
    assert alpha.status_code == 201
    body = (await send(client, messages_path, From=service["sid"])).json()
    assert body["messaging_service_sid"] == service["sid"]
    assert body["from"] is None and body["status"] == "accepted"


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({"To": None}, 21604),
        ({"From": None}, 21603),
        ({"Body": None}, 21602),
        ({"Body": ""}, 21602),
        ({"To": "not-a-number"}, 21211),
        ({"From": "!!bad sender!!"}, 21212),
        ({"Body": "x" * 1601}, 21617),
        ({"MediaUrl": "ftp://example.com/a.png"}, 21620),
        ({"From": None, "MessagingServiceSid": "MG" + "0" * 32}, 21705),
        ({"To": VALID_FROM}, 21266),
    ],
)
async def test_create_validation_errors(
    client: httpx.AsyncClient, messages_path: str, form: dict[str, object], code: int
) -> None:
    assert_twilio_error(await send(client, messages_path, **form), 400, code)


@pytest.mark.parametrize(
    ("to", "code"),
    [
        ("+15005550001", 21211),
        ("+15005550002", 21612),
        ("+15005550003", 21408),
        ("+15005550004", 21610),
        ("+15005550009", 21614),
    ],
)
async def test_magic_to_numbers(client: httpx.AsyncClient, messages_path: str, to: str, code: int) -> None:
    assert_twilio_error(await send(client, messages_path, To=to), 400, code)


@pytest.mark.parametrize(("from_", "code"), [("+15005550001", 21212), ("+15005550007", 21606), ("+15005550008", 21611)])
async def test_magic_from_numbers(client: httpx.AsyncClient, messages_path: str, from_: str, code: int) -> None:
    assert_twilio_error(await send(client, messages_path, From=from_), 400, code)


async def test_strict_from_requires_an_owned_sender(messages_path: str, clock: FakeClock) -> None:
    config = EmulatorConfig(strict_from=True)
    app = create_app(config, clock=clock)
    async with asgi_client(app, config) as client:
        assert_twilio_error(await send(client, messages_path, From="+14155550199"), 400, 21606)
        app.state.emulator.register_number("+14155550199")
        assert (await send(client, messages_path, From="+14155550199")).status_code == 201
        assert (await send(client, messages_path)).status_code == 201  # the magic number is always owned
    app.state.emulator.close()


async def test_media_urls_create_media_resources(
    client: httpx.AsyncClient, messages_path: str, config: EmulatorConfig
) -> None:
    urls = ["https://example.com/cat.jpg", "https://example.com/clip.gif?x=1"]
    response = await client.post(
        messages_path,
        data={"To": TO, "From": VALID_FROM, "MediaUrl": urls},  # repeated keys
    )
    assert response.status_code == 201
    message = response.json()
    assert message["sid"].startswith("MM")
    assert message["num_media"] == "2" and message["num_segments"] == "1"
    media_list = (await client.get(message["subresource_uris"]["media"])).json()
    assert media_list["num_pages"] == 1 and media_list["total"] == 2
    items = media_list["media_list"]
    assert [m["content_type"] for m in items] == ["image/jpeg", "image/gif"]
    for item in items:
        assert set(item) == MEDIA
        assert item["parent_sid"] == message["sid"] and item["sid"].startswith("ME")
        fetched = await client.get(item["uri"])
        assert fetched.json() == item
    assert (await client.delete(items[0]["uri"])).status_code == 204
    assert_twilio_error(await client.get(items[0]["uri"]), 404, 20404)
    assert (await client.get(message["uri"])).json()["num_media"] == "1"


async def test_feedback(client: httpx.AsyncClient, messages_path: str) -> None:
    message = (await send(client, messages_path, ProvideFeedback="true")).json()
    assert "feedback" in message["subresource_uris"]
    feedback_uri = message["subresource_uris"]["feedback"]
    response = await client.post(feedback_uri, data={"Outcome": "unconfirmed"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == FEEDBACK
    assert (body["outcome"], body["message_sid"], body["uri"]) == ("unconfirmed", message["sid"], feedback_uri)
    assert (await client.post(feedback_uri, data={"Outcome": "confirmed"})).json()["outcome"] == "confirmed"
    assert_twilio_error(await client.post(feedback_uri, data={"Outcome": "maybe"}), 400, 20001)


async def test_redaction_and_delete(
    client: httpx.AsyncClient, messages_path: str, config: EmulatorConfig, clock: FakeClock
) -> None:
    message = (await send(client, messages_path, Body="secret code 1234")).json()
    uri = message["uri"]
    assert_twilio_error(await client.delete(uri), 400, 20009)  # still in flight
    redacted = await client.post(uri, data={"Body": ""})
    assert redacted.status_code == 200 and redacted.json()["body"] == ""
    assert (await client.get(uri)).json()["body"] == ""
    assert_twilio_error(await client.post(uri, data={"Body": "new text"}), 400, 30400)
    assert_twilio_error(await client.post(uri, data={}), 400, 30400)
    assert_twilio_error(await client.post(uri, data={"Status": "canceled"}), 400, 30409)
    clock.advance(5)
    assert (await client.delete(uri)).status_code == 204
    assert_twilio_error(await client.get(uri), 404, 20404)
    assert_twilio_error(await client.delete(message_path(config, message["sid"])), 404, 20404)


async def test_python_api_send_and_get(emulator: object) -> None:
    from twilio_messaging_emulator.emulator import Emulator

    assert isinstance(emulator, Emulator)
    sent = emulator.send_message(TO, "from python", from_=VALID_FROM)
    assert emulator.get_message(sent["sid"])["body"] == "from python"
