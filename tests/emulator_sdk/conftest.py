"""Fixtures for driving the emulator through the SDK: clients bound to the live ``twilio_emulator``,
a capturing webhook sender and a small webhook app served on loopback."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from twilio_messaging import AsyncClient, Client
from twilio_messaging.webhooks import InboundMessage, MessagingResponse, StatusCallback, parse_webhook
from twilio_messaging_emulator import EmulatorServer, WebhookRequest, WebhookResponse

OUR_NUMBER = "+15005550006"  # Twilio's always-valid test sender, owned by every emulator
HANDSET = "+14155550100"


@pytest.fixture
def emulator(twilio_emulator: EmulatorServer) -> EmulatorServer:
    """The session's live emulator, reset for this test (fake clock at its start)."""
    return twilio_emulator


@pytest.fixture
def client(emulator: EmulatorServer) -> Iterator[Client]:
    with Client(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as sync_client:
        yield sync_client


@pytest.fixture
async def aclient(emulator: EmulatorServer) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(emulator.account_sid, emulator.auth_token, base_url=emulator.base_url) as async_client:
        yield async_client


class Capture:
    """A webhook sender that records what the emulator sends and answers like a small app would."""

    def __init__(self, twiml: str | None = None) -> None:
        self.requests: list[WebhookRequest] = []
        self.twiml = twiml

    def __call__(self, request: WebhookRequest) -> WebhookResponse:
        self.requests.append(request)
        if request.kind == "inbound" and self.twiml is not None:
            return WebhookResponse(200, self.twiml, {"content-type": "text/xml"})
        return WebhookResponse(204)

    def of_kind(self, kind: str) -> list[WebhookRequest]:
        return [r for r in self.requests if r.kind == kind]


@pytest.fixture
def capture(emulator: EmulatorServer) -> Capture:
    """Webhooks go to this recorder instead of the network (the fixture restores real HTTP)."""
    recorder = Capture()
    emulator.set_sender(recorder)
    return recorder


class WebhookApp:
    """The user's side, served for real on loopback: verifies every webhook, replies to texts."""

    def __init__(self, auth_token: str, reply: Callable[[InboundMessage], str | None]) -> None:
        self.auth_token = auth_token
        self.reply = reply
        self.statuses: list[StatusCallback] = []
        self.inbound: list[InboundMessage] = []
        self.rejected = 0
        self.url = ""
        self._server: uvicorn.Server | None = None

    async def receive(self, request: Request) -> Response:
        try:
            payload = parse_webhook(
                request.method, str(request.url), request.headers, await request.body(), auth_tokens=self.auth_token
            )
        except Exception:
            self.rejected += 1
            return Response(status_code=403)
        if isinstance(payload, StatusCallback):
            self.statuses.append(payload)
            return Response(status_code=204)
        self.inbound.append(payload)
        text = self.reply(payload)
        twiml = MessagingResponse()
        if text is not None:
            twiml.message(text)
        return Response(twiml.to_xml(), media_type="application/xml")

    def start(self) -> WebhookApp:
        app = Starlette(routes=[Route("/{path:path}", self.receive, methods=["POST", "GET"])])
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.bind(("127.0.0.1", 0))
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True).start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            assert time.monotonic() < deadline, "the webhook app did not start"
            time.sleep(0.005)
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True


@pytest.fixture
def webhook_app(emulator: EmulatorServer) -> Iterator[WebhookApp]:
    app = WebhookApp(emulator.auth_token, lambda message: f"You said: {message.body}").start()
    try:
        yield app
    finally:
        emulator.wait_for_callbacks()
        app.stop()


def settle(emulator: EmulatorServer, seconds: float = 5.0) -> None:
    """Move the fake clock past every pending transition and wait until its callbacks went out."""
    emulator.advance(seconds)
    assert emulator.wait_for_callbacks(), "status callbacks did not finish"
