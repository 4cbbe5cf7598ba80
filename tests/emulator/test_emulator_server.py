"""Through real HTTP: the ``twilio_emulator`` fixture (uvicorn thread), the CLI and ``python -m``."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from twilio_messaging.webhooks.signature import compute_signature
from twilio_messaging_emulator.cli import build_parser, main
from twilio_messaging_emulator.core.config import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN
from twilio_messaging_emulator.server import EmulatorServer

TWIML = '<?xml version="1.0"?><Response><Message>Got it: {body}</Message></Response>'


class Receiver:
    """A real HTTP server standing in for the user's application."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True)
                receiver.requests.append({"path": self.path, "form": form, "headers": dict(self.headers)})
                body = b""
                if self.path.startswith("/sms"):
                    body = TWIML.format(body=dict(form)["Body"]).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    instance = Receiver()
    yield instance
    instance.close()


def test_fixture_serves_real_http_with_fake_clock(twilio_emulator: EmulatorServer, receiver: Receiver) -> None:
    emulator = twilio_emulator
    assert emulator.base_url.startswith("http://127.0.0.1:")
    with httpx.Client(base_url=emulator.base_url, auth=(emulator.account_sid, emulator.auth_token)) as client:
        path = f"/2010-04-01/Accounts/{emulator.account_sid}/Messages.json"
        created = client.post(
            path,
            data={
                "To": "+14155550100",
                "From": "+15005550006",
                "Body": "hi",
                "StatusCallback": receiver.url + "/status",
            },
        )
        assert created.status_code == 201
        message = created.json()
        emulator.clock.advance(2)
        assert client.get(message["uri"]).json()["status"] == "delivered"
        assert emulator.wait_for_callbacks(5)
        statuses = [dict(r["form"])["MessageStatus"] for r in receiver.requests]
        assert statuses == ["sending", "sent", "delivered"]
        for request in receiver.requests:
            url = receiver.url + request["path"]
            expected = compute_signature(emulator.auth_token, url, request["form"])
            assert request["headers"]["X-Twilio-Signature"] == expected

        receiver.requests.clear()
        emulator.register_number("+14155550123", sms_url=receiver.url + "/sms")
        result = emulator.deliver_inbound("+14155550999", "+14155550123", "ping")
        assert result.webhook.response.status_code == 200
        (reply,) = result.replies
        assert (reply["body"], reply["to"], reply["from"]) == ("Got it: ping", "+14155550999", "+14155550123")
        (inbound_request,) = receiver.requests
        expected = compute_signature(emulator.auth_token, receiver.url + "/sms", inbound_request["form"])
        assert inbound_request["headers"]["X-Twilio-Signature"] == expected
        listed = client.get(path, params={"To": "+14155550999"}).json()["messages"]
        assert [m["direction"] for m in listed] == ["outbound-reply"]
        health = client.get("/_emulator/health").json()
        assert health["clock"] == "fake" and health["account_sid"] == emulator.account_sid


def test_fixture_state_is_fresh_per_test(twilio_emulator: EmulatorServer) -> None:
    assert twilio_emulator.state.messages == {}
    assert twilio_emulator.clock.now().year >= 2024


def test_cli_parser_defaults() -> None:
    args = build_parser().parse_args(["emulator"])
    assert (args.host, args.port, args.fake_clock) == ("127.0.0.1", 4010, False)
    with pytest.raises(SystemExit):
        main([])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_python_dash_m_starts_the_emulator() -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "twilio_messaging_emulator", "--port", str(port), "--fake-clock"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(base + "/_emulator/health", timeout=0.5)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.05)
        assert response.json()["clock"] == "fake"
        with httpx.Client(base_url=base, auth=(DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN)) as client:
            assert client.get("/v1/Services").status_code == 200
            assert client.post("/_emulator/clock", json={"advance": 1}).status_code == 200
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert DEFAULT_ACCOUNT_SID in output and DEFAULT_AUTH_TOKEN in output and f"http://127.0.0.1:{port}" in output


def test_the_fixture_without_the_extra_names_it_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from twilio_messaging_emulator import pytest_plugin

    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if the emulator extra were not installed
    monkeypatch.delitem(sys.modules, "twilio_messaging_emulator.server", raising=False)
    with pytest.raises(pytest.fail.Exception) as failed:
        pytest_plugin.emulator_server_class()
    assert str(failed.value) == "the emulator needs the extra: pip install 'twilio-messaging[emulator]'"


def test_the_command_without_the_extra_names_it_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from twilio_messaging_emulator.cli import main

    monkeypatch.setitem(sys.modules, "uvicorn", None)
    assert main(["emulator", "--port", "0"]) == 2
    assert capsys.readouterr().err == "the emulator needs the extra: pip install 'twilio-messaging[emulator]'\n"
