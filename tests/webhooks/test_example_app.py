"""examples/webhook_app.py driven in-process (httpx's ASGI transport) with signed requests."""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

import httpx
import pytest

TOKEN = "e" * 32
SECONDARY = "d" * 32

SignedForm = Callable[[str, str, list[tuple[str, str]]], tuple[dict[str, str], bytes]]


@pytest.fixture
def webhook_app(load_example: Callable[[str], ModuleType]) -> ModuleType:
    return load_example("webhook_app")


class AppClient:
    """POSTs to an ASGI app in-process through httpx's ASGITransport, as Twilio's webhooks arrive.

    (Starlette's own TestClient now warns that it wants another HTTP package; httpx does this itself.)
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    def post(self, path: str, *, content: bytes, headers: Mapping[str, str]) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
                return await client.post(path, content=content, headers=headers)

        return asyncio.run(send())


@pytest.fixture
def client(webhook_app: ModuleType) -> AppClient:
    return AppClient(webhook_app.create_app([TOKEN, SECONDARY]))


def test_sms_is_answered_with_escaped_twiml(
    client: AppClient, signed_form: SignedForm, inbound_sms: list[tuple[str, str]]
) -> None:
    headers, body = signed_form(TOKEN, "http://testserver/sms", inbound_sms)
    response = client.post("/sms", content=body, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    assert response.text == (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<Response><Message>You said: Hello &amp; welcome &lt;3</Message></Response>"
    )
    assert ET.fromstring(response.content).findtext("Message") == "You said: Hello & welcome <3"


def test_mms_reply_counts_attachments(
    client: AppClient, signed_form: SignedForm, inbound_sms: list[tuple[str, str]]
) -> None:
    form = [(k, "2" if k == "NumMedia" else v) for k, v in inbound_sms]
    form += [("MediaUrl0", "https://e.example/0"), ("MediaContentType0", "image/jpeg")]
    form += [("MediaUrl1", "https://e.example/1"), ("MediaContentType1", "image/png")]
    headers, body = signed_form(SECONDARY, "http://testserver/sms", form)  # the rotated-in token
    response = client.post("/sms", content=body, headers=headers)
    assert response.status_code == 200
    assert "Got 2 attachment(s), thanks!" in response.text


def test_status_callbacks_are_recorded(
    client: AppClient, signed_form: SignedForm, status_undelivered: list[tuple[str, str]], message_status_enum: Any
) -> None:
    headers, body = signed_form(TOKEN, "http://testserver/status", status_undelivered)
    response = client.post("/status", content=body, headers=headers)
    assert response.status_code == 204
    (recorded,) = client.app.state.status_callbacks  # type: ignore[attr-defined]
    assert recorded.message_status is message_status_enum.UNDELIVERED
    assert recorded.error_code == 30003


def test_query_string_and_public_url_are_part_of_the_signature(
    webhook_app: ModuleType, signed_form: SignedForm, inbound_sms: list[tuple[str, str]]
) -> None:
    client = AppClient(webhook_app.create_app(TOKEN, public_url="https://hooks.example.com/"))
    signed_url = "https://hooks.example.com/sms?tenant=a%20b"
    headers, body = signed_form(TOKEN, signed_url, inbound_sms)
    assert client.post("/sms?tenant=a%20b", content=body, headers=headers).status_code == 200
    assert client.post("/sms?tenant=other", content=body, headers=headers).status_code == 403


@pytest.mark.parametrize("path", ["/sms", "/status"])
def test_forged_or_unsigned_requests_get_403(
    client: AppClient, signed_form: SignedForm, inbound_sms: list[tuple[str, str]], path: str
) -> None:
    headers, body = signed_form("not-the-token", f"http://testserver{path}", inbound_sms)
    assert client.post(path, content=body, headers=headers).status_code == 403
    del headers["X-Twilio-Signature"]
    assert client.post(path, content=body, headers=headers).status_code == 403
    assert client.app.state.status_callbacks == []  # type: ignore[attr-defined]


def test_wrong_kind_and_malformed_payloads_get_400(
    client: AppClient, signed_form: SignedForm, inbound_sms: list[tuple[str, str]]
) -> None:
    headers, body = signed_form(TOKEN, "http://testserver/status", inbound_sms)
    assert client.post("/status", content=body, headers=headers).status_code == 400
    bad = [(k, "many" if k == "NumMedia" else v) for k, v in inbound_sms]
    headers, body = signed_form(TOKEN, "http://testserver/sms", bad)
    response = client.post("/sms", content=body, headers=headers)
    assert response.status_code == 400
    assert "NumMedia" in response.text


def test_app_from_env(webhook_app: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    monkeypatch.setenv("TWILIO_SECONDARY_AUTH_TOKEN", SECONDARY)
    monkeypatch.setenv("PUBLIC_URL", "https://hooks.example.com")
    assert webhook_app.app_from_env().state.status_callbacks == []
