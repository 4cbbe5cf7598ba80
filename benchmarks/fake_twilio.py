"""A minimal, fast fake of Twilio's 2010 Messages API for client benchmarks.

Serves pre-serialised responses built from the examples in ``spec/resources/messages.yaml``:

* ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``       -> 201, a Message
* ``GET  /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`` -> 200, a Message
* ``GET  /2010-04-01/Accounts/{AccountSid}/Messages.json``       -> 200, a page of a fixed list of
  ``--messages`` messages, paged by ``PageSize`` (default 50, at most 1000) and ``Page`` with
  Twilio's 2010 envelope (``next_page_uri`` etc.)

Every message has its own SID and its own RFC 2822 timestamps. Requests without basic auth get
Twilio's 401 body. The server is a bare asyncio HTTP/1.1 keep-alive protocol (no framework), so
that its cost stays far below a client's; it runs in its own process, listens on loopback only,
and exits after ``--lifetime`` seconds or as soon as its stdin closes (its parent is gone).

    python benchmarks/fake_twilio.py [--port 0] [--messages 10000] [--lifetime 300]

prints ``PORT <n>`` on stdout once it listens.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

SPEC = Path(__file__).resolve().parent.parent / "spec" / "resources" / "messages.yaml"
ACCOUNT_SID = "AC" + "a" * 32
MAX_HEADER = 64 * 1024
MAX_BODY = 1024 * 1024
MAX_CONNECTIONS = 512
CREATE_POOL = 1024  # distinct pre-serialised create/fetch answers, served in rotation

# Used when PyYAML is not installed: the same fields as the spec's CreateMessage "create" example.
_FALLBACK_MESSAGE: dict[str, Any] = {
    "account_sid": ACCOUNT_SID,
    "api_version": "2010-04-01",
    "body": "Hello! \U0001f44d",
    "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
    "date_sent": "Thu, 24 Aug 2023 05:01:45 +0000",
    "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000",
    "direction": "outbound-api",
    "error_code": None,
    "error_message": None,
    "from": "+14155552345",
    "num_media": "0",
    "num_segments": "1",
    "price": None,
    "price_unit": None,
    "messaging_service_sid": "MG" + "a" * 32,
    "sid": "SM" + "a" * 32,
    "status": "queued",
    "subresource_uris": {"media": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/SM{'a' * 32}/Media.json"},
    "tags": {"campaign_name": "Spring Sale 2022", "message_type": "cart_abandoned"},
    "to": "+14155552345",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/SM{'a' * 32}.json",
}


def spec_examples() -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """(create example, fetch example, list examples' messages) from the spec; a built-in copy without PyYAML."""
    try:
        import yaml  # noqa: PLC0415

        paths = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"]
    except (ImportError, OSError):
        return _FALLBACK_MESSAGE, _FALLBACK_MESSAGE, [_FALLBACK_MESSAGE]
    examples: dict[str, Any] = {}
    for item in paths.values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                for status in ("200", "201"):
                    content = op.get("responses", {}).get(status, {}).get("content", {})
                    found = content.get("application/json", {}).get("examples")
                    if found:
                        examples[op["operationId"]] = found
    create = examples["CreateMessage"]["create"]["value"]
    fetch = examples["FetchMessage"]["fetch"]["value"]
    listed = examples["ListMessage"]["readFullPage1"]["value"]["messages"]
    return create, fetch, listed


def rfc2822(moment: dt.datetime) -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return (
        f"{days[moment.weekday()]}, {moment.day:02d} {months[moment.month - 1]} {moment.year} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} +0000"
    )


_STATUSES = (
    ("delivered", None, None),
    ("sent", None, None),
    ("undelivered", 30003, "Unreachable destination handset"),
    ("delivered", None, None),
    ("failed", 30007, "Message filtered"),
    ("received", None, None),
)


def message_variant(template: dict[str, Any], index: int, *, vary_status: bool) -> dict[str, Any]:
    """The template with its own SID, body, addresses and timestamps (3 distinct-ish per message)."""
    msg = copy.deepcopy(template)
    sid = f"SM{index:032x}"
    created = dt.datetime(2019, 5, 24, 17, 44, 46) + dt.timedelta(seconds=37 * index)
    msg["sid"] = sid
    msg["account_sid"] = ACCOUNT_SID
    msg["body"] = f"Message {index}: your code is {index * 7919 % 1000000:06d}"
    msg["to"] = f"+1818{index % 10000000:07d}"
    msg["date_created"] = rfc2822(created)
    msg["date_sent"] = rfc2822(created + dt.timedelta(seconds=2 + index % 3))
    msg["date_updated"] = rfc2822(created + dt.timedelta(seconds=5 + index % 7))
    if vary_status:
        status, code, text = _STATUSES[index % len(_STATUSES)]
        msg["status"], msg["error_code"], msg["error_message"] = status, code, text
        msg["direction"] = "inbound" if status == "received" else "outbound-api"
        msg["price"] = f"-0.00{750 + index % 50}"
        msg["price_unit"] = "USD"
        msg["tags"] = {"campaign_name": f"Campaign {index % 13}", "message_type": "promo"} if index % 4 == 0 else None
    base = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}"
    msg["uri"] = base + ".json"
    msg["subresource_uris"] = {"media": base + "/Media.json", "feedback": base + "/Feedback.json"}
    return msg


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(", ", ": ")).encode("utf-8")  # Twilio's own spacing


def http_response(status: int, reason: str, body: bytes, request_id: str) -> bytes:
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: application/json; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Twilio-Request-Id: {request_id}\r\n"
        "Connection: keep-alive\r\n\r\n"
    )
    return head.encode("ascii") + body


def error_response(status: int, reason: str, code: int, message: str) -> bytes:
    body = dumps(
        {"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status}
    )
    return http_response(status, reason, body, "RQ" + "0" * 32)


class Catalog:
    """All answers, serialised once (pages lazily, then cached per PageSize)."""

    def __init__(self, count: int) -> None:
        create, fetch, listed = spec_examples()
        self.creates = [
            http_response(201, "Created", dumps(message_variant(create, 10**6 + i, vary_status=False)), f"RQ{i:032x}")
            for i in range(CREATE_POOL)
        ]
        self.fetches = [
            http_response(200, "OK", dumps(message_variant(fetch, 2 * 10**6 + i, vary_status=True)), f"RQ{i:032x}")
            for i in range(CREATE_POOL)
        ]
        self.count = count
        self.listed = [dumps(message_variant(listed[i % len(listed)], i, vary_status=True)) for i in range(count)]
        self.pages: dict[tuple[int, int], bytes] = {}
        self.served = 0

    def page(self, query: str) -> bytes:
        args = dict(parse_qsl(query))
        try:
            size = int(args.get("PageSize", "50"))
            number = int(args.get("Page", "0"))
        except ValueError:
            return error_response(400, "Bad Request", 20001, "Invalid PageSize or Page")
        if not 1 <= size <= 1000 or number < 0:
            return error_response(400, "Bad Request", 20001, "PageSize must be from 1 to 1000")
        cached = self.pages.get((size, number))
        if cached is None:
            cached = self.pages[(size, number)] = self._render_page(size, number)
        return cached

    def _render_page(self, size: int, number: int) -> bytes:
        start = size * number
        items = self.listed[start : start + size]
        base = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
        has_more = start + len(items) < self.count
        nxt = f"{base}?PageSize={size}&Page={number + 1}&PageToken=PASM{start + size:032x}" if has_more else None
        prev = f"{base}?PageSize={size}&Page={number - 1}&PageToken=PBSM{start:032x}" if number > 0 else None
        envelope = {
            "first_page_uri": f"{base}?PageSize={size}&Page=0",
            "end": max(start, start + len(items) - 1),
            "previous_page_uri": prev,
            "uri": f"{base}?PageSize={size}&Page={number}",
            "page_size": size,
            "start": start,
            "next_page_uri": nxt,
            "page": number,
        }
        head = dumps(envelope)[:-1]  # drop the closing brace, append the items
        body = head + b', "messages": [' + b", ".join(items) + b"]}"
        return http_response(200, "OK", body, f"RQ{number:032x}")

    def answer(self, method: bytes, target: bytes, authorised: bool) -> bytes:
        if not authorised:
            return error_response(401, "Unauthorized", 20003, "Authenticate")
        path, _, query = target.partition(b"?")
        self.served += 1
        if path.endswith(b"/Messages.json") and path.startswith(b"/2010-04-01/Accounts/AC"):
            if method == b"POST":
                return self.creates[self.served % CREATE_POOL]
            if method == b"GET":
                return self.page(query.decode("ascii", "replace"))
            return error_response(405, "Method Not Allowed", 20004, "Method not allowed")
        is_message = path.startswith(b"/2010-04-01/Accounts/AC") and b"/Messages/" in path and path.endswith(b".json")
        if is_message and method == b"GET" and b"/Media" not in path and b"/Feedback" not in path:
            return self.fetches[self.served % CREATE_POOL]
        return error_response(404, "Not Found", 20404, "The requested resource was not found")


class HttpProtocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive and Content-Length bodies; answers requests in order."""

    connections = 0

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        HttpProtocol.connections += 1
        self.transport = transport
        if HttpProtocol.connections > MAX_CONNECTIONS:
            transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        HttpProtocol.connections -= 1

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        buffer = self.buffer + data if self.buffer else data
        while buffer:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(buffer) > MAX_HEADER:
                    self.transport.close()
                    return
                break
            head = buffer[:end]
            lowered = head.lower()
            length = 0
            at = lowered.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lowered.find(b"\r\n", at + 2)
                length = int(lowered[at + 17 : stop if stop >= 0 else len(lowered)].strip() or b"0")
            if length > MAX_BODY or b"\r\ntransfer-encoding:" in lowered:
                self.transport.write(error_response(400, "Bad Request", 20001, "Unsupported request body"))
                self.transport.close()
                return
            if len(buffer) < end + 4 + length:
                break
            line = head[: head.find(b"\r\n")] if b"\r\n" in head else head
            parts = line.split(b" ")
            if len(parts) != 3:
                self.transport.close()
                return
            authorised = b"\r\nauthorization: basic " in lowered
            self.transport.write(self.catalog.answer(parts[0], parts[1], authorised))
            buffer = buffer[end + 4 + length :]
            if b"\r\nconnection: close" in lowered:
                self.transport.close()
                return
        self.buffer = buffer


async def serve(port: int, count: int, lifetime: float) -> None:
    loop = asyncio.get_running_loop()
    catalog = Catalog(count)
    catalog.page(f"PageSize={min(1000, count)}&Page=0")
    server = await loop.create_server(lambda: HttpProtocol(catalog), "127.0.0.1", port, backlog=512)
    bound = server.sockets[0].getsockname()[1]
    print(f"PORT {bound}", flush=True)

    stop: asyncio.Future[str] = loop.create_future()

    def finish(reason: str) -> None:
        if not stop.done():
            stop.set_result(reason)

    loop.call_later(lifetime, finish, "lifetime")
    # Exit when the parent closes our stdin (or dies).
    reader = asyncio.StreamReader()
    try:
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    except (OSError, ValueError):  # stdin not a pipe: rely on the lifetime alone
        pass
    else:

        async def watch_stdin() -> None:
            await reader.read()
            finish("stdin closed")

        loop.create_task(watch_stdin())
    reason = await stop
    server.close()
    print(f"fake_twilio: stopping ({reason}), served {catalog.served} requests", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--lifetime", type=float, default=300.0, help="seconds before the server stops itself")
    args = parser.parse_args(argv)
    if not 1 <= args.messages <= 200_000 or not 0 < args.lifetime <= 3600:
        parser.error("--messages must be 1..200000 and --lifetime 0..3600")
    asyncio.run(serve(args.port, args.messages, args.lifetime))


if __name__ == "__main__":
    main()
