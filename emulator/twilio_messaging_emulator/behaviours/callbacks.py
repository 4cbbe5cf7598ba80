"""Outgoing webhooks: signing, an injectable sender, retries, and a delivery thread.

Every webhook (status callbacks and inbound-message webhooks) runs on one private
event loop in a daemon thread, so delivery works the same whether the emulator is
served by uvicorn or driven in-process through ``httpx.ASGITransport``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import inspect
import threading
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlencode

import httpx
from twilio_messaging.webhooks.signature import compute_signature

T = TypeVar("T")

USER_AGENT = "TwilioProxy/1.1"


@dataclass(frozen=True)
class WebhookRequest:
    """One HTTP request the emulator makes to the user's application."""

    kind: str  # "status_callback" or "inbound"
    method: str  # "POST" or "GET"
    url: str  # for GET, includes the parameters as a query string
    params: tuple[tuple[str, str], ...]  # the form body (empty for GET)
    headers: dict[str, str] = field(default_factory=dict)

    def form(self) -> dict[str, str]:
        return dict(self.params)


@dataclass(frozen=True)
class WebhookResponse:
    status_code: int
    text: str = ""
    headers: dict[str, str] = field(default_factory=dict)


WebhookSender = Callable[[WebhookRequest], "Awaitable[WebhookResponse] | WebhookResponse"]


@dataclass
class DeliveryRecord:
    """What happened to one webhook: attempts made and the final answer."""

    request: WebhookRequest
    attempts: int = 0
    response: WebhookResponse | None = None
    error: str | None = None

    @property
    def delivered(self) -> bool:
        return self.response is not None and self.response.status_code < 500


def build_request(
    auth_token: str,
    kind: str,
    url: str,
    params: Sequence[tuple[str, str]],
    method: str = "POST",
) -> WebhookRequest:
    """A signed webhook request, the way Twilio signs it."""
    method = method.upper()
    if method == "GET":
        separator = "&" if "?" in url else "?"
        full_url = url + separator + urlencode(list(params)) if params else url
        signature = compute_signature(auth_token, full_url, ())
        headers = {"X-Twilio-Signature": signature, "User-Agent": USER_AGENT}
        return WebhookRequest(kind, "GET", full_url, (), headers)
    pairs = tuple(params)
    signature = compute_signature(auth_token, url, pairs)
    headers = {
        "X-Twilio-Signature": signature,
        "Content-Type": "application/x-www-form-urlencoded",
        "User-Agent": USER_AGENT,
    }
    return WebhookRequest(kind, "POST", url, pairs, headers)


class HttpxSender:
    """Default sender: real HTTP with httpx (one client per delivery loop)."""

    def __init__(self, timeout: float = 5.0) -> None:
        self._timeout = timeout
        self._client: httpx.AsyncClient | None = None

    async def __call__(self, request: WebhookRequest) -> WebhookResponse:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)
        response = await self._client.request(
            request.method,
            request.url,
            content=urlencode(list(request.params)) if request.method == "POST" else None,
            headers=request.headers,
        )
        return WebhookResponse(response.status_code, response.text, dict(response.headers))

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None


class CallbackDispatcher:
    """Runs webhook deliveries (with retries) on a private event loop thread."""

    def __init__(
        self,
        sender: WebhookSender | None = None,
        *,
        retries: int = 3,
        backoff: float = 0.05,
        timeout: float = 5.0,
    ) -> None:
        self._default_sender: HttpxSender | None = None
        if sender is None:
            sender = self._default_sender = HttpxSender(timeout)
        self._sender: WebhookSender = sender
        self.retries = retries
        self.backoff = backoff
        self.deliveries: list[DeliveryRecord] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0
        self._ticker: concurrent.futures.Future[None] | None = None
        self._chains: dict[str, asyncio.Task[None]] = {}  # touched only on the delivery loop

    # -- loop management -------------------------------------------------
    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is not None:
                return self._loop
            loop = asyncio.new_event_loop()
            ready = threading.Event()

            def run() -> None:
                asyncio.set_event_loop(loop)
                loop.call_soon(ready.set)
                loop.run_forever()

            thread = threading.Thread(target=run, name="twilio-emulator-webhooks", daemon=True)
            thread.start()
            ready.wait()
            self._loop, self._thread = loop, thread
            return loop

    def run(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Schedule ``coro`` on the delivery loop; returns a thread-safe future."""
        return asyncio.run_coroutine_threadsafe(coro, self._ensure_loop())

    def start_ticker(self, tick: Callable[[], None], interval: float) -> None:
        """Call ``tick`` every ``interval`` seconds on the delivery loop (idempotent)."""
        if self._ticker is not None:
            return

        async def loop_forever() -> None:
            while True:
                await asyncio.sleep(interval)
                with contextlib.suppress(Exception):  # a tick must never kill the loop
                    tick()

        self._ticker = self.run(loop_forever())

    def close(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if self._default_sender is not None:
            with contextlib.suppress(Exception):
                self.run(self._default_sender.aclose()).result(timeout=2)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=2)
        loop.close()
        self._loop = self._thread = None

    # -- delivery --------------------------------------------------------
    def submit(self, request: WebhookRequest, key: str | None = None) -> None:
        """Queue a webhook for delivery in the background (thread-safe).

        Requests sharing a ``key`` (a message SID) are delivered one after another, in
        submission order, so an app sees ``sending`` before ``sent`` before ``delivered``.
        """
        with self._lock:
            self._pending += 1
        self.run(self._deliver_tracked(request, key))

    async def _deliver_tracked(self, request: WebhookRequest, key: str | None) -> None:
        current = asyncio.current_task()
        previous = self._chains.get(key) if key is not None else None
        if key is not None and current is not None:
            self._chains[key] = current
        try:
            if previous is not None and not previous.done():
                with contextlib.suppress(BaseException):
                    await asyncio.shield(previous)
            await self.deliver(request)
        finally:
            if key is not None and self._chains.get(key) is current:
                del self._chains[key]
            with self._idle:
                self._pending -= 1
                self._idle.notify_all()

    async def deliver(self, request: WebhookRequest) -> DeliveryRecord:
        """Send ``request`` now, retrying connection errors and 5xx answers with backoff."""
        record = DeliveryRecord(request)
        with self._lock:
            self.deliveries.append(record)
        for attempt in range(self.retries + 1):
            if attempt:
                await asyncio.sleep(self.backoff * (2 ** (attempt - 1)))
            record.attempts = attempt + 1
            try:
                result = self._sender(request)
                response = await result if inspect.isawaitable(result) else result
            except Exception as exc:  # any sender failure counts as a connection error
                record.error = f"{type(exc).__name__}: {exc}"
                record.response = None
                continue
            record.response = response
            record.error = None
            if response.status_code < 500:
                break
        return record

    @property
    def pending(self) -> int:
        return self._pending

    @property
    def sender(self) -> WebhookSender:
        return self._sender

    @sender.setter
    def sender(self, sender: WebhookSender | None) -> None:
        """Replace the sender; None restores real HTTP delivery."""
        if sender is None:
            if self._default_sender is None:
                self._default_sender = HttpxSender()
            sender = self._default_sender
        self._sender = sender

    def snapshot(self) -> list[DeliveryRecord]:
        with self._lock:
            return list(self.deliveries)

    def forget(self) -> None:
        with self._lock:
            self.deliveries.clear()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until every queued webhook has finished (or ``timeout`` passes)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    async def drain(self, timeout: float = 5.0) -> bool:
        """Async version of :meth:`wait_idle`."""
        return await asyncio.to_thread(self.wait_idle, timeout)
