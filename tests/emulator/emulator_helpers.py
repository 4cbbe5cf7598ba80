"""Helpers shared by the emulator tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
from twilio_messaging_emulator import EmulatorConfig, WebhookRequest, WebhookResponse

START = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
VALID_FROM = "+15005550006"
TO = "+14155550100"


class Webhooks:
    """A webhook sender that records requests and answers with a scripted response."""

    def __init__(self) -> None:
        self.requests: list[WebhookRequest] = []
        self.reply: Callable[[WebhookRequest], WebhookResponse] = lambda request: WebhookResponse(200, "")

    def __call__(self, request: WebhookRequest) -> WebhookResponse:
        self.requests.append(request)
        return self.reply(request)

    def of_kind(self, kind: str) -> list[WebhookRequest]:
        return [r for r in self.requests if r.kind == kind]

    def statuses(self, sid: str | None = None) -> list[str]:
        return [
            r.form()["MessageStatus"]
            for r in self.of_kind("status_callback")
            if sid is None or r.form()["MessageSid"] == sid
        ]


def assert_twilio_error(response: httpx.Response, status: int, code: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert set(body) == {"code", "message", "more_info", "status"}
    assert body["code"] == code, body
    assert body["status"] == status
    assert body["more_info"] == f"https://www.twilio.com/docs/errors/{code}"
    assert isinstance(body["message"], str) and body["message"]
    return body


def message_path(config: EmulatorConfig, sid: str) -> str:
    return f"/2010-04-01/Accounts/{config.account_sid}/Messages/{sid}.json"


async def send(client: httpx.AsyncClient, path: str, **form: Any) -> httpx.Response:
    data = {"To": TO, "From": VALID_FROM, "Body": "Hello"} | form
    return await client.post(path, data={k: v for k, v in data.items() if v is not None})


def asgi_client(app: Any, config: EmulatorConfig) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app)
    return httpx.AsyncClient(
        transport=transport, base_url="https://emulator.test", auth=(config.account_sid, config.auth_token)
    )
