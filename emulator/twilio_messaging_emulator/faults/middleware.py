"""The ASGI middleware that applies fault rules and the concurrency limit to API requests.

It sits in front of every route except the control API (``/_emulator``), and keeps a short
log of the requests it saw and how each ended, so a test can count an SDK's retries from
the emulator's side.

A dropped connection closes the socket without writing a byte of response: the client sees
the server hang up (httpx: ``RemoteProtocolError: Server disconnected without sending a
response``). Under uvicorn the ASGI ``receive`` callable is a method of the request cycle,
which holds the connection's transport: closing it and marking the cycle disconnected makes
uvicorn write nothing (not even its usual 500). Where ``receive`` is not uvicorn's own
(httpx's ``ASGITransport``, or uvicorn at log level ``trace``, which wraps it) the middleware
raises :class:`ConnectionDropped` instead.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, replace
from fnmatch import fnmatchcase
from typing import Any

from .limits import Limits
from .rules import FaultRule, FaultRules

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTROL_PREFIX = "/_emulator"
LOG_SIZE = 10_000


class ConnectionDropped(ConnectionError):
    """A ``drop`` fault under a server whose transport the emulator cannot reach."""


@dataclass(frozen=True)
class SeenRequest:
    """One API request as the emulator saw it: ``outcome`` is the status sent, or "dropped"."""

    method: str
    path: str
    outcome: int | str
    fault: str | None  # the fault kind applied, "limit" for the concurrency limit, None

    def as_dict(self) -> dict[str, Any]:
        return {"method": self.method, "path": self.path, "outcome": self.outcome, "fault": self.fault}


class RequestLog:
    """The last :data:`LOG_SIZE` API requests, oldest first."""

    def __init__(self) -> None:
        self._entries: deque[SeenRequest] = deque(maxlen=LOG_SIZE)
        self._lock = threading.Lock()

    def add(self, entry: SeenRequest) -> None:
        with self._lock:
            self._entries.append(entry)

    def list(self, method: str | None = None, path: str | None = None) -> list[SeenRequest]:
        """Requests seen, optionally only those with this method and a path matching a glob."""
        with self._lock:
            entries = list(self._entries)
        return [e for e in entries if (method in (None, "*", e.method)) and (path is None or fnmatchcase(e.path, path))]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


async def _json_response(send: Send, status: int, body: dict[str, Any], headers: dict[str, str]) -> None:
    payload = json.dumps(body).encode()
    raw_headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode()),
        (b"twilio-request-id", b"RQ" + os.urandom(16).hex().encode()),
    ]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})


async def _drain(receive: Receive) -> None:
    """Read the request body, so the connection stays usable after an early answer."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return


async def _discard(message: Message) -> None:
    return None


async def drop_connection(receive: Receive) -> None:
    """Close the client's connection with no response written (see the module docstring)."""
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if cycle is None or transport is None or not hasattr(cycle, "disconnected"):
        raise ConnectionDropped("fault injection: connection dropped")
    cycle.disconnected = True  # uvicorn then writes nothing, not even a 500
    transport.close()
    await asyncio.sleep(0)


class FaultMiddleware:
    """Applies :class:`FaultRules` and :class:`Limits` to every non-control HTTP request."""

    def __init__(self, app: ASGIApp, faults: FaultRules, limits: Limits, log: RequestLog) -> None:
        self.app = app
        self.faults = faults
        self.limits = limits
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or path.startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        method: str = scope["method"]
        # Each request is logged before its answer leaves, so a client that got it can count on it.
        if not self.limits.enter():
            body, headers = self.limits.too_many_requests()
            await _drain(receive)
            self.log.add(SeenRequest(method, path, 429, "limit"))
            await _json_response(send, 429, body, headers)
            return
        try:
            rule = self.faults.take(method, path)
            if rule is None:
                await self._serve(SeenRequest(method, path, 0, None), scope, receive, send)
            else:
                await self._fault(rule, SeenRequest(method, path, 0, rule.kind), scope, receive, send)
        finally:
            self.limits.leave()

    async def _serve(self, seen: SeenRequest, scope: Scope, receive: Receive, send: Send) -> None:
        logged = False

        async def watch(message: Message) -> None:
            nonlocal logged
            if message["type"] == "http.response.start":
                self.log.add(replace(seen, outcome=message["status"]))
                logged = True
            await send(message)

        await self.app(scope, receive, watch)
        if not logged:
            self.log.add(replace(seen, outcome="no response"))

    async def _fault(self, rule: FaultRule, seen: SeenRequest, scope: Scope, receive: Receive, send: Send) -> None:
        if rule.kind == "delay":
            await asyncio.sleep(rule.delay)
            await self._serve(seen, scope, receive, send)
            return
        if rule.processed:
            await self.app(scope, receive, _discard)  # Twilio did the work; the answer is lost
        else:
            await _drain(receive)
        if rule.kind == "drop":
            self.log.add(replace(seen, outcome="dropped"))
            await drop_connection(receive)
            return
        status = rule.status or 500
        self.log.add(replace(seen, outcome=status))
        await _json_response(send, status, rule.error_body(), rule.headers())
