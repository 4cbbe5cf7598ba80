"""Inbound simulation: signed webhook, TwiML <Message> replies, service routing, control endpoint."""

from __future__ import annotations

import httpx
import pytest
from emulator_helpers import Webhooks
from twilio_messaging.webhooks.signature import compute_signature
from twilio_messaging_emulator import EmulatorConfig, FakeClock, WebhookRequest, WebhookResponse
from twilio_messaging_emulator.behaviours.inbound import parse_twiml
from twilio_messaging_emulator.emulator import Emulator

OURS = "+14155550123"
HANDSET = "+447700900555"

TWIML = """<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Message>Thanks for your message!</Message>
    <Message to="+14155550999" statusCallback="https://app.test/reply-status"><Body>Heads up</Body>
        <Media>https://example.com/map.png</Media></Message>
</Response>"""


def twiml_reply(request: WebhookRequest) -> WebhookResponse:
    if request.kind == "inbound":
        return WebhookResponse(200, TWIML, {"content-type": "text/xml"})
    return WebhookResponse(200)


async def test_inbound_webhook_is_signed_and_twiml_replies_are_sent(
    emulator: Emulator, webhooks: Webhooks, config: EmulatorConfig, clock: FakeClock
) -> None:
    emulator.register_number(OURS, sms_url="https://app.test/sms")
    webhooks.reply = twiml_reply
    result = await emulator.adeliver_inbound(HANDSET, OURS, "Hi there", media_urls=["https://example.com/a.jpg"])

    (request,) = webhooks.of_kind("inbound")
    assert request.url == "https://app.test/sms" and request.method == "POST"
    assert request.headers["X-Twilio-Signature"] == compute_signature(config.auth_token, request.url, request.params)
    form = request.form()
    inbound = result.message
    assert form["MessageSid"] == form["SmsSid"] == form["SmsMessageSid"] == inbound["sid"]
    assert (form["From"], form["To"], form["Body"]) == (HANDSET, OURS, "Hi there")
    assert (form["NumMedia"], form["MediaUrl0"], form["MediaContentType0"]) == (
        "1",
        "https://example.com/a.jpg",
        "image/jpeg",
    )
    assert (form["FromCountry"], form["ToCountry"], form["SmsStatus"]) == ("GB", "US", "received")
    assert (inbound["direction"], inbound["status"], inbound["num_media"]) == ("inbound", "received", "1")
    assert inbound["sid"].startswith("MM")

    first, second = result.replies
    assert (first["from"], first["to"], first["body"]) == (OURS, HANDSET, "Thanks for your message!")
    assert first["direction"] == "outbound-reply" and first["status"] == "queued"
    assert (second["to"], second["body"], second["num_media"]) == ("+14155550999", "Heads up", "1")

    clock.advance(2)
    assert emulator.get_message(first["sid"])["status"] == "delivered"
    await emulator.drain_callbacks()
    callbacks = webhooks.of_kind("status_callback")
    assert {r.url for r in callbacks} == {"https://app.test/reply-status"}
    assert [r.form()["MessageStatus"] for r in callbacks] == ["sending", "sent", "delivered"]


async def test_inbound_through_the_control_endpoint(
    client: httpx.AsyncClient, emulator: Emulator, webhooks: Webhooks, messages_path: str
) -> None:
    registered = await client.post(
        "/_emulator/incoming_numbers", data={"PhoneNumber": OURS, "SmsUrl": "https://app.test/in"}
    )
    assert registered.status_code == 201 and registered.json()["sid"].startswith("PN")
    webhooks.reply = twiml_reply
    response = await client.post(
        "/_emulator/inbound",
        data={"From": HANDSET, "To": OURS, "Body": "ping", "MediaUrl": ["https://e.com/1.png", "https://e.com/2.png"]},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["webhook"]["status_code"] == 200 and body["webhook"]["url"] == "https://app.test/in"
    assert len(body["replies"]) == 2 and body["message"]["num_media"] == "2"
    listed = (await client.get(messages_path)).json()["messages"]
    assert {m["direction"] for m in listed} == {"inbound", "outbound-reply"}
    inbound = next(m for m in listed if m["direction"] == "inbound")
    assert (await client.get(inbound["subresource_uris"]["media"])).json()["total"] == 2


async def test_service_inbound_request_url_wins_over_the_number(
    client: httpx.AsyncClient, emulator: Emulator, webhooks: Webhooks
) -> None:
    number = emulator.register_number(OURS, sms_url="https://app.test/number")
    service = (
        await client.post(
            "/v1/Services",
            data={"FriendlyName": "svc", "InboundRequestUrl": "https://app.test/service", "InboundMethod": "GET"},
        )
    ).json()
    await client.post(f"/v1/Services/{service['sid']}/PhoneNumbers", data={"PhoneNumberSid": number["sid"]})
    result = await emulator.adeliver_inbound(HANDSET, OURS, "hello")
    (request,) = webhooks.of_kind("inbound")
    assert request.method == "GET" and request.url.startswith("https://app.test/service?")
    assert "MessagingServiceSid=" + service["sid"] in request.url
    assert result.message["messaging_service_sid"] == service["sid"]
    await client.post(f"/v1/Services/{service['sid']}", data={"UseInboundWebhookOnNumber": "true"})
    await emulator.adeliver_inbound(HANDSET, OURS, "again")
    assert webhooks.of_kind("inbound")[-1].url == "https://app.test/number"


async def test_failing_webhook_uses_the_fallback_url(emulator: Emulator, webhooks: Webhooks) -> None:
    emulator.register_number(OURS, sms_url="https://app.test/broken", sms_fallback_url="https://app.test/fallback")
    webhooks.reply = lambda r: WebhookResponse(503) if r.url.endswith("broken") else WebhookResponse(200, TWIML)
    result = await emulator.adeliver_inbound(HANDSET, OURS, "hi")
    urls = [r.url for r in webhooks.of_kind("inbound")]
    assert urls == ["https://app.test/broken"] * 4 + ["https://app.test/fallback"]
    assert len(result.replies) == 2


async def test_number_without_webhook_and_unknown_number(emulator: Emulator, webhooks: Webhooks) -> None:
    result = await emulator.adeliver_inbound(HANDSET, "+15005550006", "hi")
    assert result.webhook is None and result.replies == []
    with pytest.raises(Exception, match="registered"):
        await emulator.adeliver_inbound(HANDSET, "+19999999999", "hi")


async def test_invalid_twiml_is_reported(emulator: Emulator, webhooks: Webhooks) -> None:
    emulator.register_number(OURS, sms_url="https://app.test/sms")
    webhooks.reply = lambda r: WebhookResponse(200, "<html>not twiml")
    result = await emulator.adeliver_inbound(HANDSET, OURS, "hi")
    assert result.replies == [] and "parse" in (result.twiml_error or "")


def test_sync_deliver_inbound_from_a_thread(emulator: Emulator, webhooks: Webhooks) -> None:
    emulator.register_number(OURS, sms_url="https://app.test/sms")
    webhooks.reply = twiml_reply
    result = emulator.deliver_inbound(HANDSET, OURS, "sync")
    assert len(result.replies) == 2 and result.webhook.attempts == 1


def test_parse_twiml() -> None:
    assert parse_twiml("") == []
    assert parse_twiml("<Response/>") == []
    (reply,) = parse_twiml(
        '<Response><Message from="Acme">Hello <b>world</b></Message><Redirect>/x</Redirect></Response>'
    )
    assert (reply.body, reply.from_) == ("Hello", "Acme")
    with pytest.raises(ValueError, match="Response"):
        parse_twiml("<Say>hi</Say>")
