"""Status callbacks and inbound messages, verified with the SDK's webhook tools.

Two ways in: a capturing sender (no network) and a Starlette app served on loopback that checks
every ``X-Twilio-Signature`` with ``parse_webhook``, the way a user's application would.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from twilio_messaging import Client
from twilio_messaging.webhooks import (
    InboundMessage,
    MessagingResponse,
    RequestValidator,
    StatusCallback,
    WebhookSignatureError,
    parse_webhook,
)
from twilio_messaging_api.models.message_direction import MessageDirection
from twilio_messaging_emulator import EmulatorServer, WebhookRequest

from .conftest import HANDSET, OUR_NUMBER, Capture, WebhookApp, settle

STATUS_URL = "https://app.example.com/twilio/status?tenant=42"


def _parse(request: WebhookRequest, auth_token: str) -> InboundMessage | StatusCallback:
    body = urlencode(list(request.params)).encode()
    return parse_webhook(request.method, request.url, request.headers, body, auth_tokens=auth_token)


def test_status_callbacks_are_signed_and_typed(client: Client, emulator: EmulatorServer, capture: Capture) -> None:
    created = client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="track me", status_callback=STATUS_URL)
    settle(emulator)

    requests = capture.of_kind("status_callback")
    validator = RequestValidator(emulator.auth_token)
    assert all(r.method == "POST" and r.url == STATUS_URL for r in requests)
    assert all(validator.validate(r.url, r.params, r.headers["X-Twilio-Signature"]) for r in requests)
    assert not RequestValidator("f" * 32).validate(
        requests[0].url, requests[0].params, requests[0].headers["X-Twilio-Signature"]
    )

    callbacks = [_parse(r, emulator.auth_token) for r in requests]
    assert all(isinstance(c, StatusCallback) for c in callbacks)
    assert [c.message_status for c in callbacks] == ["sending", "sent", "delivered"]  # type: ignore[union-attr]
    last = callbacks[-1]
    assert isinstance(last, StatusCallback)
    assert (last.message_sid, last.account_sid, last.to, last.from_) == (
        created.sid,
        emulator.account_sid,
        HANDSET,
        OUR_NUMBER,
    )
    assert last.error_code is None and last.raw_dlr_done_date is not None


def test_a_tampered_callback_is_refused(client: Client, emulator: EmulatorServer, capture: Capture) -> None:
    client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="x", status_callback=STATUS_URL)
    settle(emulator)
    request = capture.of_kind("status_callback")[0]
    forged = urlencode([(k, "delivered" if k == "MessageStatus" else v) for k, v in request.params]).encode()
    with pytest.raises(WebhookSignatureError):
        parse_webhook("POST", request.url, request.headers, forged, auth_tokens=emulator.auth_token)


def test_a_failed_message_reports_its_error_code(client: Client, emulator: EmulatorServer, capture: Capture) -> None:
    emulator.state.set_delivery_outcome(HANDSET, "failed", 30007)
    client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="filtered", status_callback=STATUS_URL)
    settle(emulator)
    last = _parse(capture.of_kind("status_callback")[-1], emulator.auth_token)
    assert isinstance(last, StatusCallback)
    assert (last.message_status, last.error_code) == ("failed", 30007)


def test_the_service_status_callback_is_used(client: Client, emulator: EmulatorServer, capture: Capture) -> None:
    service = client.services.create(friendly_name="Alerts", status_callback=STATUS_URL)
    client.messages.create(to=HANDSET, from_=OUR_NUMBER, messaging_service_sid=str(service.sid), body="hi")
    settle(emulator)
    callbacks = [_parse(r, emulator.auth_token) for r in capture.of_kind("status_callback")]
    assert callbacks and all(isinstance(c, StatusCallback) for c in callbacks)
    assert {c.messaging_service_sid for c in callbacks if isinstance(c, StatusCallback)} == {service.sid}


def test_status_callbacks_reach_a_real_app(client: Client, emulator: EmulatorServer, webhook_app: WebhookApp) -> None:
    created = client.messages.create(
        to=HANDSET, from_=OUR_NUMBER, body="over the network", status_callback=f"{webhook_app.url}/status"
    )
    for _ in range(4):  # one step at a time, so the callbacks arrive in order
        emulator.advance(0.5)
        assert emulator.wait_for_callbacks()
    assert webhook_app.rejected == 0
    assert [s.message_status for s in webhook_app.statuses] == ["sending", "sent", "delivered"]
    assert {s.message_sid for s in webhook_app.statuses} == {created.sid}
    assert all(d.delivered and d.attempts == 1 for d in emulator.callbacks)


def test_inbound_reaches_the_app_and_its_twiml_reply_is_sent(
    client: Client, emulator: EmulatorServer, webhook_app: WebhookApp
) -> None:
    emulator.register_number(OUR_NUMBER, sms_url=f"{webhook_app.url}/sms")
    result = emulator.deliver_inbound(HANDSET, OUR_NUMBER, "Is my order ready?")

    (inbound,) = webhook_app.inbound
    assert (inbound.from_, inbound.to, inbound.body, inbound.message_sid) == (
        HANDSET,
        OUR_NUMBER,
        "Is my order ready?",
        result.message["sid"],
    )
    assert webhook_app.rejected == 0 and result.twiml_error is None
    (reply,) = result.replies

    listed = {m.sid: m for m in client.messages.list()}
    assert set(listed) == {inbound.message_sid, reply["sid"]}
    received, answer = listed[inbound.message_sid], listed[reply["sid"]]
    assert (received.direction, received.status, received.body) == (
        MessageDirection.INBOUND,
        "received",
        "Is my order ready?",
    )
    assert (answer.direction, answer.to, answer.from_, answer.body) == (
        MessageDirection.OUTBOUND_REPLY,
        HANDSET,
        OUR_NUMBER,
        "You said: Is my order ready?",
    )
    assert answer.status == "queued"
    settle(emulator)
    assert client.messages(reply["sid"]).fetch().status == "delivered"


def test_inbound_with_a_capturing_sender_and_several_replies(client: Client, emulator: EmulatorServer) -> None:
    twiml = MessagingResponse()
    twiml.message("Thanks, we got it")
    twiml.message("Heads up", to="+14155550199")
    capture = Capture(twiml.to_xml())
    emulator.set_sender(capture)
    emulator.register_number(OUR_NUMBER, sms_url="https://app.example.com/sms")

    emulator.deliver_inbound(HANDSET, OUR_NUMBER, "photo", media_urls=["https://example.com/cat.jpg"])
    (request,) = capture.of_kind("inbound")
    inbound = _parse(request, emulator.auth_token)
    assert isinstance(inbound, InboundMessage)
    assert (inbound.body, inbound.num_media, inbound.media[0].url) == ("photo", 1, "https://example.com/cat.jpg")
    assert inbound.media[0].content_type == "image/jpeg"

    replies = {m.to: m.body for m in client.messages.list() if m.direction == MessageDirection.OUTBOUND_REPLY}
    assert replies == {HANDSET: "Thanks, we got it", "+14155550199": "Heads up"}
    assert len(list(client.messages.list(to=OUR_NUMBER))) == 1  # the inbound message itself


def test_an_inbound_webhook_that_answers_nothing_sends_no_reply(
    client: Client, emulator: EmulatorServer, capture: Capture
) -> None:
    emulator.register_number(OUR_NUMBER, sms_url="https://app.example.com/sms")
    result = emulator.deliver_inbound(HANDSET, OUR_NUMBER, "STOP")
    assert result.replies == [] and result.webhook is not None and result.webhook.delivered
    assert [m.direction for m in client.messages.list()] == ["inbound"]
