"""HTTPS on both default pools: certificates are verified, and a trusted CA (SSL_CERT_FILE) is honoured.

A real TLS server on loopback with a certificate from a throwaway CA (trustme). Unknown to the
system's trust store, it must be refused before any request is sent (a typed error, nothing to
retry as if processed); once the CA is trusted the way httpx reads it (``SSL_CERT_FILE``), the same
call goes through over TLS.
"""

from __future__ import annotations

import json
import socket
import socketserver
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from twilio_messaging import ApiConnectionError, AsyncClient, Client

from .conftest import ACCOUNT_SID, AUTH_TOKEN

MESSAGE = {"sid": "SM" + "c" * 32, "status": "queued", "body": "over TLS"}


class TLSServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, context: ssl.SSLContext) -> None:
        self.context = context
        self.request_lines: list[str] = []
        super().__init__(("127.0.0.1", 0), _Handler)

    def get_request(self) -> tuple[Any, Any]:
        sock, address = super().get_request()
        return self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), address


class _Handler(socketserver.BaseRequestHandler):
    server: TLSServer

    def handle(self) -> None:
        sock: ssl.SSLSocket = self.request
        sock.settimeout(5)
        try:
            sock.do_handshake()
        except (ssl.SSLError, OSError):
            return  # the client refused our certificate
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        length = next((int(line.split(b":", 1)[1]) for line in lines if line.lower().startswith(b"content-length:")), 0)
        while len(body) < length:
            body += sock.recv(65536)
        self.server.request_lines.append(lines[0].decode("latin-1"))
        status = "201 Created" if lines[0].startswith(b"POST") else "200 OK"
        payload = json.dumps(MESSAGE).encode()
        head_out = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
        sock.sendall(head_out.encode() + b"Connection: close\r\n\r\n" + payload)
        sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(authority: trustme.CA) -> Iterator[TLSServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    server = TLSServer(context)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def create(mode: str, server: TLSServer) -> Any:
    base_url = f"https://127.0.0.1:{server.server_address[1]}"
    if mode == "sync":
        with Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, max_retries=0) as client:
            return client.messages.create(to="+15558675310", from_="+15005550006", body="over TLS")
    async with AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, max_retries=0) as aclient:
        return await aclient.messages.create(to="+15558675310", from_="+15005550006", body="over TLS")


async def test_an_untrusted_certificate_is_refused_before_anything_is_sent(mode, tls_server, monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with pytest.raises(ApiConnectionError) as caught:
        await create(mode, tls_server)
    assert "certificate" in str(caught.value).lower()
    assert not caught.value.may_have_been_processed  # the handshake failed: the message never left
    assert tls_server.request_lines == []


async def test_a_ca_trusted_through_ssl_cert_file_is_honoured(mode, tls_server, authority, monkeypatch, tmp_path):
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(Path(bundle)))
    message = await create(mode, tls_server)
    assert message.sid == MESSAGE["sid"] and message.body == "over TLS"
    assert tls_server.request_lines == ["POST /2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json HTTP/1.1"]
