"""A real loopback HTTP server that fails the way networks and proxies do, one behaviour per server.

Each connection serves one request: the server reads it whole, records its request line, then
answers according to ``behaviour``:

* ``truncated``  headers promise 400 bytes, 40 arrive, then the server closes (FIN)
* ``reset``      headers and part of the body, then a TCP reset (RST)
* ``stall``      headers and part of the body, then nothing until the test ends
* ``malformed``  a success status with a JSON body cut in the middle (Content-Length matches)
* ``empty``      a success status with an empty body
* ``html``       a success status with an HTML page (a captive portal, a misrouted proxy)
* ``nan-429``    429 with ``Retry-After: nan``

Two behaviours are not faults but encodings a transport must undo, checked on the same sockets:

* ``gzip``       a success with a gzip-compressed body (``Content-Encoding: gzip``)
* ``deflate``    a success with a zlib-wrapped deflate body (``Content-Encoding: deflate``)
* ``chunked``    a success with ``Transfer-Encoding: chunked`` and no Content-Length

Success statuses follow the method: 201 for POST, 200 otherwise.
"""

from __future__ import annotations

import gzip
import socket
import socketserver
import struct
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

REQUEST_ID = "RQ" + "f" * 32
BEHAVIOURS = ("truncated", "reset", "stall", "malformed", "empty", "html", "nan-429", "gzip", "deflate", "chunked")


class FaultServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, behaviour: str) -> None:
        if behaviour not in BEHAVIOURS:
            raise ValueError(behaviour)
        self.behaviour = behaviour
        self.request_lines: list[str] = []
        self.request_headers: list[dict[str, str]] = []  # names lowercased
        self.stop = threading.Event()
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def methods(self) -> list[str]:
        return [line.split()[0] for line in self.request_lines]


def _head(status: str, length: int, content_type: str = "application/json", extra: str = "") -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n"
        f"Twilio-Request-Id: {REQUEST_ID}\r\n{extra}Connection: close\r\n\r\n"
    ).encode("ascii")


class _Handler(socketserver.BaseRequestHandler):
    server: FaultServer

    def handle(self) -> None:
        method = self._read_request()
        if method is None:
            return
        ok = "201 Created" if method == "POST" else "200 OK"
        sock: socket.socket = self.request
        behaviour = self.server.behaviour
        body = b'{"sid": "SM' + b"a" * 32 + b'", "status": "queued", "body": "' + b"x" * 400 + b'"}'
        if behaviour == "truncated":
            sock.sendall(_head(ok, 400) + body[:40])
        elif behaviour == "reset":
            sock.sendall(_head(ok, 400) + body[:40])
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        elif behaviour == "stall":
            sock.sendall(_head(ok, 400) + body[:40])
            self.server.stop.wait(10)
        elif behaviour == "malformed":
            cut = body[:60]
            sock.sendall(_head(ok, len(cut)) + cut)
        elif behaviour == "empty":
            sock.sendall(_head(ok, 0))
        elif behaviour == "html":
            page = b"<html><body><h1>Please sign in to the Wi-Fi</h1></body></html>"
            sock.sendall(_head(ok, len(page), "text/html") + page)
        elif behaviour == "nan-429":
            error = b'{"code": 20429, "message": "Too Many Requests", "status": 429}'
            sock.sendall(_head("429 Too Many Requests", len(error), extra="Retry-After: nan\r\n") + error)
        elif behaviour == "gzip":
            packed = gzip.compress(body)
            sock.sendall(_head(ok, len(packed), extra="Content-Encoding: gzip\r\n") + packed)
        elif behaviour == "deflate":
            packed = zlib.compress(body)
            sock.sendall(_head(ok, len(packed), extra="Content-Encoding: deflate\r\n") + packed)
        elif behaviour == "chunked":
            head = _head(ok, 0).replace(b"Content-Length: 0\r\n", b"Transfer-Encoding: chunked\r\n")
            chunks = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:100], body[100:]))
            sock.sendall(head + chunks + b"0\r\n\r\n")

    def _read_request(self) -> str | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.request.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        length = next((int(line.split(b":", 1)[1]) for line in lines if line.lower().startswith(b"content-length:")), 0)
        while len(body) < length:
            chunk = self.request.recv(65536)
            if not chunk:
                return None
            body += chunk
        line = lines[0].decode("latin-1")
        self.server.request_lines.append(line)
        fields = (raw.decode("latin-1").partition(":") for raw in lines[1:])
        self.server.request_headers.append({name.strip().lower(): value.strip() for name, _, value in fields})
        return line.split()[0]


@contextmanager
def fault_server(behaviour: str) -> Iterator[FaultServer]:
    server = FaultServer(behaviour)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
