"""Every failure a network can produce mid-response ends in a typed SDK error, within the call's budget.

Real sockets (tests/client/fault_server.py), both clients over their default transports (httpx's
pool for Client, aiohttp's for AsyncClient), real sleeps. For each fault: the error class, how
many requests reached the server (a create never twice), and the time the call took.
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from twilio_messaging import (
    ApiConnectionError,
    ApiTimeoutError,
    AsyncClient,
    Client,
    MalformedResponseError,
    RateLimitError,
    TwilioMessagingError,
)
from twilio_messaging.errors import UnexpectedResponseError

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGE_SID
from .fault_server import REQUEST_ID, fault_server

BUDGET = 3.0  # seconds for the whole call
TIMEOUT = httpx.Timeout(BUDGET, read=0.3)  # each read gives up after 0.3 s
MAX_RETRIES = 1


@pytest.fixture
def sleeps() -> None:
    """Real waits here (overrides the recording fixture): a bad Retry-After must not break time.sleep."""


def make(mode: str, base_url: str) -> Client | AsyncClient:
    cls = Client if mode == "sync" else AsyncClient
    return cls(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, timeout=TIMEOUT, max_retries=MAX_RETRIES)


async def call(client: Client | AsyncClient, operation: str) -> Any:
    """Run one call to its end, then close the client (both sync and async)."""
    try:
        if operation == "create":
            result = client.messages.create(to="+15558675310", from_="+15005550006", body="Your code is 123456")
        else:
            result = client.messages(MESSAGE_SID).fetch()
        return await result if isinstance(client, AsyncClient) else result
    finally:
        if isinstance(client, AsyncClient):
            await client.aclose()
        else:
            client.close()


async def run(mode: str, behaviour: str, operation: str) -> tuple[TwilioMessagingError, list[str], float]:
    with fault_server(behaviour) as server:
        client = make(mode, server.base_url)
        started = time.monotonic()
        with pytest.raises(TwilioMessagingError) as caught:
            await call(client, operation)
        elapsed = time.monotonic() - started
        return caught.value, server.methods, elapsed


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize("behaviour", ["truncated", "reset", "stall"])
async def test_a_body_cut_short_is_a_typed_error_and_a_create_is_sent_once(mode, behaviour):
    error, methods, elapsed = await run(mode, behaviour, "create")

    assert type(error) is (ApiTimeoutError if behaviour == "stall" else ApiConnectionError)
    assert methods == ["POST"]  # the message may have been sent: never resent
    assert error.may_have_been_processed
    assert "may have been processed" in str(error)
    assert elapsed < BUDGET


@pytest.mark.parametrize("behaviour", ["truncated", "reset", "stall"])
async def test_a_body_cut_short_on_a_read_is_retried_within_max_retries(mode, behaviour):
    error, methods, elapsed = await run(mode, behaviour, "fetch")

    assert isinstance(error, ApiConnectionError)
    assert isinstance(error, ApiTimeoutError) == (behaviour == "stall")
    assert methods == ["GET"] * (MAX_RETRIES + 1)
    assert elapsed < BUDGET


@pytest.mark.parametrize("behaviour", ["malformed", "empty", "html"])
@pytest.mark.parametrize("operation", ["create", "fetch"])
async def test_a_success_status_without_the_json_object_is_a_typed_error(mode, behaviour, operation):
    error, methods, elapsed = await run(mode, behaviour, operation)

    assert isinstance(error, MalformedResponseError) and isinstance(error, UnexpectedResponseError)
    assert methods == (["POST"] if operation == "create" else ["GET"])  # answered: nothing to retry
    assert error.status == (201 if operation == "create" else 200)
    assert error.request_id == REQUEST_ID
    assert error.may_have_been_processed == (operation == "create")
    if operation == "create":
        assert "probably processed" in str(error)
    expected_excerpt = {"malformed": '{"sid": "SM', "empty": "", "html": "<html><body><h1>Please sign in"}[behaviour]
    assert error.excerpt.startswith(expected_excerpt) and len(error.excerpt) <= 200
    assert elapsed < BUDGET


@pytest.mark.parametrize("operation", ["create", "fetch"])
async def test_retry_after_nan_falls_back_to_the_backoff(mode, operation):
    error, methods, elapsed = await run(mode, "nan-429", operation)

    assert isinstance(error, RateLimitError)  # not ValueError from time.sleep, not a hang
    assert error.retry_after is None
    assert len(methods) == MAX_RETRIES + 1  # a 429 was not processed: safe to retry even a create
    assert elapsed < BUDGET


@pytest.mark.parametrize("behaviour", ["gzip", "deflate", "chunked"])
@pytest.mark.parametrize("operation", ["create", "fetch"])
async def test_compressed_and_chunked_bodies_are_decoded(mode, behaviour, operation):
    """The default transports read the body whole: encodings are still undone, as httpx would."""
    with fault_server(behaviour) as server:
        message = await call(make(mode, server.base_url), operation)
    assert message.sid == "SM" + "a" * 32 and message.body == "x" * 400
    assert server.methods == ["POST" if operation == "create" else "GET"]
    assert server.request_headers[0]["accept-encoding"] == "gzip, deflate"  # the same on both pools
