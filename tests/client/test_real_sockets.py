"""Failures on a real loopback socket, through each transport the clients can use.

MockTransport raises exactly the httpx exception a test picks; a real connection shows what each
transport actually raises. That matters for the default async transport (httpx-aiohttp), which
reports a server dropping the connection *after* a POST was sent as httpx.ConnectTimeout: taken at
its word, the client would resend the message.
"""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from twilio_messaging import ApiConnectionError, ApiTimeoutError, AsyncClient, Client

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGE_SID, resolve

TRANSPORTS = ["httpx-sync", "httpx-async", "aiohttp-async-default"]


class FaultyServer(socketserver.ThreadingTCPServer):
    """Reads each whole request, records its request line, then drops the connection or never answers."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour
        self.request_lines: list[str] = []
        self.stop = threading.Event()
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(socketserver.BaseRequestHandler):
    server: FaultyServer

    def handle(self) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.request.recv(65536)
            if not chunk:
                return
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), 0)
        while len(body) < length:
            body += self.request.recv(65536)
        self.server.request_lines.append(head.split(b"\r\n", 1)[0].decode())
        if self.server.behaviour == "hang":
            self.server.stop.wait(5)


@pytest.fixture
def faulty_server(request: pytest.FixtureRequest) -> Iterator[FaultyServer]:
    server = FaultyServer(request.param)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.stop.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(params=TRANSPORTS)
def make_real_client(request: pytest.FixtureRequest):
    made: list[Client | AsyncClient] = []

    def make(base_url: str, **options) -> Client | AsyncClient:
        if request.param == "httpx-sync":
            client: Client | AsyncClient = Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, **options)
        elif request.param == "httpx-async":
            client = AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, http_client=httpx.AsyncClient(), **options)
        else:
            pytest.importorskip("httpx_aiohttp")
            client = AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, **options)  # the default transport
        made.append(client)
        return client

    make.transport = request.param  # type: ignore[attr-defined]
    yield make
    for client in made:
        if isinstance(client, Client):
            client.close()


async def _close(client: Client | AsyncClient) -> None:
    if isinstance(client, AsyncClient):
        await client.aclose()


def create(client):
    return client.messages.create(to="+15558675310", from_="+15005550006", body="Your code is 123456")


def fetch(client):
    return client.messages(MESSAGE_SID).fetch()


@pytest.mark.parametrize("faulty_server", ["drop"], indirect=True)
async def test_dropped_connection_after_a_post_is_not_resent(make_real_client, faulty_server):
    client = make_real_client(faulty_server.base_url)

    with pytest.raises(ApiConnectionError) as caught:
        await resolve(create(client))
    await _close(client)

    assert faulty_server.request_lines == [f"POST /2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json HTTP/1.1"]
    assert not isinstance(caught.value, ApiTimeoutError)  # nothing timed out: the server hung up


@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("faulty_server", ["drop"], indirect=True)
async def test_dropped_connection_on_a_get_is_retried_exactly_max_retries_times(
    make_real_client, faulty_server, max_retries
):
    client = make_real_client(faulty_server.base_url, max_retries=max_retries)

    with pytest.raises(ApiConnectionError):
        await resolve(fetch(client))
    await _close(client)

    # aiohttp on its own would resend an idempotent request once per dropped kept-alive connection
    # (6 GETs for max_retries=2): the server counts what really arrived.
    assert len(faulty_server.request_lines) == max_retries + 1
    assert {line.split()[0] for line in faulty_server.request_lines} == {"GET"}


@pytest.mark.parametrize("faulty_server", ["hang"], indirect=True)
async def test_read_timeout_after_a_post_is_not_resent(make_real_client, faulty_server):
    client = make_real_client(faulty_server.base_url, timeout=0.3)

    with pytest.raises(ApiTimeoutError):
        await resolve(create(client))
    await _close(client)

    assert len(faulty_server.request_lines) == 1


@pytest.mark.parametrize("faulty_server", ["hang"], indirect=True)
async def test_read_timeout_on_a_get_is_retried(make_real_client, faulty_server):
    # 0.3 s per read, 5 s for the whole call: room for three attempts.
    client = make_real_client(faulty_server.base_url, timeout=httpx.Timeout(5.0, read=0.3))

    with pytest.raises(ApiTimeoutError):
        await resolve(fetch(client))
    await _close(client)

    assert len(faulty_server.request_lines) == 3


@pytest.mark.parametrize("faulty_server", ["hang"], indirect=True)
async def test_a_number_as_timeout_bounds_the_whole_call(make_real_client, faulty_server):
    client = make_real_client(faulty_server.base_url, timeout=0.4)

    started = time.monotonic()
    with pytest.raises(ApiTimeoutError):
        await resolve(fetch(client))
    elapsed = time.monotonic() - started
    await _close(client)

    assert len(faulty_server.request_lines) == 1  # no retry fits in what is left of 0.4 s
    assert elapsed < 1.5


async def test_refused_connection_is_retried_even_for_a_post(make_real_client, sleeps):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = make_real_client(f"http://127.0.0.1:{port}")

    with pytest.raises(ApiConnectionError) as caught:
        await resolve(create(client))
    await _close(client)

    assert len(sleeps) == 2  # three attempts: the request never left
    assert not isinstance(caught.value, ApiTimeoutError)
    assert not isinstance(caught.value, httpx.HTTPError)
