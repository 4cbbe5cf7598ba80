"""A tiny HTTP proxy and a tiny Twilio stand-in, both real servers on loopback, for the proxy tests.

The proxy records every request line it gets. ``CONNECT host:port`` (what a client sends for an
https URL) is refused with 403: the tests only need to see where the client meant to go, and no
test may leave the machine. A plain-http request in absolute form (``GET http://host:port/path``)
is forwarded to its origin and the answer relayed back, so a whole call can succeed through it.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit


def read_request(sock: socket.socket) -> tuple[bytes, bytes] | None:
    """(head, body) of one HTTP request, or None when the peer closed first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")),
        0,
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head, body


def read_response(sock: socket.socket) -> bytes:
    """One whole response with a Content-Length body (what the stand-in sends)."""
    found = read_request(sock)  # same framing rules
    if found is None:
        return b""
    head, body = found
    return head + b"\r\n\r\n" + body


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, handler: type[socketserver.BaseRequestHandler]) -> None:
        self.request_lines: list[str] = []
        super().__init__(("127.0.0.1", 0), handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ProxyHandler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        found = read_request(self.request)
        if found is None:
            return
        head, body = found
        line, _, headers = head.partition(b"\r\n")
        method, target, version = line.decode("latin-1").split(" ")
        self.server.request_lines.append(f"{method} {target}")
        if method == "CONNECT":
            self.request.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        parts = urlsplit(target)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        kept = [h for h in headers.split(b"\r\n") if not h.lower().startswith((b"connection:", b"proxy-"))]
        forwarded = b"\r\n".join([f"{method} {path} {version}".encode("latin-1"), *kept, b"Connection: close"])
        with socket.create_connection((parts.hostname, parts.port or 80), timeout=5) as upstream:
            upstream.sendall(forwarded + b"\r\n\r\n" + body)
            self.request.sendall(read_response(upstream))


class _TwilioHandler(socketserver.BaseRequestHandler):
    server: _Server
    payload: dict[str, Any] = {}

    def handle(self) -> None:
        found = read_request(self.request)
        if found is None:
            return
        line = found[0].split(b"\r\n", 1)[0].decode("latin-1")
        self.server.request_lines.append(line)
        body = json.dumps(self.payload).encode()
        status = "201 Created" if line.startswith("POST") else "200 OK"
        self.request.sendall(
            f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n".encode("ascii")
            + body
        )


@contextmanager
def _running(server: _Server) -> Iterator[_Server]:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def proxy_server() -> Iterator[_Server]:
    with _running(_Server(_ProxyHandler)) as server:
        yield server


@contextmanager
def twilio_server(payload: dict[str, Any]) -> Iterator[_Server]:
    handler = type("Handler", (_TwilioHandler,), {"payload": payload})
    with _running(_Server(handler)) as server:
        yield server
