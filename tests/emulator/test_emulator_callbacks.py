"""Status callbacks: parameters, valid X-Twilio-Signature, retries with backoff."""

from __future__ import annotations

import httpx
import pytest
from emulator_helpers import TO, VALID_FROM, Webhooks, send
from twilio_messaging.webhooks.signature import compute_signature
from twilio_messaging_emulator import EmulatorConfig, FakeClock, WebhookRequest, WebhookResponse
from twilio_messaging_emulator.behaviours.callbacks import CallbackDispatcher, build_request
from twilio_messaging_emulator.emulator import Emulator


def assert_signed(request: WebhookRequest, auth_token: str) -> None:
    expected = compute_signature(auth_token, request.url, request.params)
    assert request.headers["X-Twilio-Signature"] == expected


async def test_status_callbacks_carry_twilio_parameters_and_signatures(
    client: httpx.AsyncClient,
    messages_path: str,
    clock: FakeClock,
    emulator: Emulator,
    webhooks: Webhooks,
    config: EmulatorConfig,
) -> None:
    url = "https://app.test/status?tenant=42"
    message = (await send(client, messages_path, StatusCallback=url)).json()
    clock.advance(2)
    assert await emulator.drain_callbacks()
    requests = webhooks.of_kind("status_callback")
    assert [r.form()["MessageStatus"] for r in requests] == ["sending", "sent", "delivered"]
    for request in requests:
        assert request.method == "POST" and request.url == url
        assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
        assert_signed(request, config.auth_token)
        form = request.form()
        assert form["MessageSid"] == form["SmsSid"] == message["sid"]
        assert form["SmsStatus"] == form["MessageStatus"]
        assert (form["AccountSid"], form["From"], form["To"], form["ApiVersion"]) == (
            config.account_sid,
            VALID_FROM,
            TO,
            "2010-04-01",
        )
        assert "ErrorCode" not in form
    assert "RawDlrDoneDate" in requests[-1].form()


async def test_failed_message_callback_has_error_code(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock, emulator: Emulator, webhooks: Webhooks
) -> None:
    emulator.set_delivery_outcome(TO, "failed", 30006)
    await send(client, messages_path, StatusCallback="https://app.test/s")
    clock.advance(5)
    await emulator.drain_callbacks()
    last = webhooks.of_kind("status_callback")[-1].form()
    assert (last["MessageStatus"], last["ErrorCode"]) == ("failed", "30006")


async def test_service_status_callback_is_used_and_reports_the_service(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock, emulator: Emulator, webhooks: Webhooks
) -> None:
    service = (
        await client.post("/v1/Services", data={"FriendlyName": "s", "StatusCallback": "https://svc.test/cb"})
    ).json()
    await send(client, messages_path, MessagingServiceSid=service["sid"])
    clock.advance(2)
    await emulator.drain_callbacks()
    forms = [r.form() for r in webhooks.requests]
    assert forms and all(f["MessagingServiceSid"] == service["sid"] for f in forms)
    assert {r.url for r in webhooks.requests} == {"https://svc.test/cb"}


async def test_no_callback_without_a_url(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock, emulator: Emulator, webhooks: Webhooks
) -> None:
    await send(client, messages_path)
    clock.advance(5)
    await emulator.drain_callbacks()
    assert webhooks.requests == []


@pytest.mark.parametrize("failure", ["status-500", "exception"])
async def test_delivery_is_retried_with_backoff(failure: str) -> None:
    attempts: list[str] = []

    def flaky(request: WebhookRequest) -> WebhookResponse:
        attempts.append(request.url)
        if len(attempts) < 3:
            if failure == "exception":
                raise ConnectionError("refused")
            return WebhookResponse(500, "oops")
        return WebhookResponse(204)

    dispatcher = CallbackDispatcher(flaky, retries=3, backoff=0.001)
    try:
        record = await dispatcher.deliver(build_request("token", "status_callback", "https://a.test/x", [("A", "1")]))
    finally:
        dispatcher.close()
    assert record.attempts == 3 and record.delivered
    assert record.response is not None and record.response.status_code == 204


async def test_retries_give_up_after_the_limit() -> None:
    async def always_down(request: WebhookRequest) -> WebhookResponse:
        raise ConnectionError("down")

    dispatcher = CallbackDispatcher(always_down, retries=2, backoff=0.001)
    try:
        dispatcher.submit(build_request("token", "status_callback", "https://a.test/x", []))
        assert await dispatcher.drain()
    finally:
        dispatcher.close()
    (record,) = dispatcher.deliveries
    assert record.attempts == 3 and not record.delivered and "ConnectionError" in (record.error or "")


async def test_client_errors_are_not_retried() -> None:
    calls = 0

    def not_found(request: WebhookRequest) -> WebhookResponse:
        nonlocal calls
        calls += 1
        return WebhookResponse(404)

    dispatcher = CallbackDispatcher(not_found, retries=3, backoff=0.001)
    try:
        record = await dispatcher.deliver(build_request("t", "status_callback", "https://a.test/x", []))
    finally:
        dispatcher.close()
    assert calls == 1 and record.delivered


def test_get_webhooks_sign_the_full_url() -> None:
    request = build_request(
        "secret", "inbound", "https://a.test/sms?x=1", [("Body", "hi there"), ("From", "+1")], "get"
    )
    assert request.method == "GET" and request.params == ()
    assert request.url == "https://a.test/sms?x=1&Body=hi+there&From=%2B1"
    assert request.headers["X-Twilio-Signature"] == compute_signature("secret", request.url, ())


async def test_callbacks_endpoint_lists_deliveries(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock, emulator: Emulator
) -> None:
    await send(client, messages_path, StatusCallback="https://app.test/s")
    clock.advance(1)
    await emulator.drain_callbacks()
    listed = (await client.get("/_emulator/callbacks")).json()["callbacks"]
    assert [c["params"]["MessageStatus"] for c in listed] == ["sending", "sent"]
    assert all(c["status_code"] == 200 and c["attempts"] == 1 for c in listed)
