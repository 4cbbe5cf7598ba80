"""The SDK's retry rules, observed from the emulator's side through injected faults.

A GET is retried through 429, 503 and a dropped connection; a create is retried after a 429
(Twilio did not process it) and never after a 5xx or a drop (it may have sent the message).
"""

from __future__ import annotations

import pytest
from twilio_messaging import ApiConnectionError, AsyncClient, Client, RateLimitError, ServerError
from twilio_messaging_emulator import EmulatorServer

from .conftest import HANDSET, OUR_NUMBER

MESSAGES = "*/Messages.json"


def outcomes(emulator: EmulatorServer, method: str) -> list[int | str]:
    return [seen.outcome for seen in emulator.seen_requests(method, MESSAGES)]


def send(client: Client) -> str:
    return str(client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="hello").sid)


@pytest.mark.parametrize(
    ("kind", "status", "first"),
    [("status", 429, 429), ("status", 503, 503), ("drop", None, "dropped")],
)
def test_a_list_is_retried_until_it_succeeds(
    emulator: EmulatorServer, client: Client, kind: str, status: int | None, first: int | str
) -> None:
    emulator.state.send_message(HANDSET, "already there", from_=OUR_NUMBER)
    rule = emulator.inject_fault("GET", MESSAGES, kind, status=status, count=2, retry_after=0)
    bodies = [message.body for message in client.messages.list(limit=5)]
    assert bodies == ["already there"]
    assert outcomes(emulator, "GET") == [first, first, 200]  # two retries, observed on the emulator
    assert rule.remaining == 0


def test_a_get_gives_up_after_max_retries_with_the_typed_error(emulator: EmulatorServer, client: Client) -> None:
    emulator.inject_fault("GET", MESSAGES, status=503, count=10, retry_after=0)
    with pytest.raises(ServerError) as raised:
        list(client.messages.list(limit=1))
    assert (raised.value.status, raised.value.code) == (503, 20503)
    assert outcomes(emulator, "GET") == [503, 503, 503]  # the first try and two retries


def test_a_create_answered_429_is_retried_and_sent_once(emulator: EmulatorServer, client: Client) -> None:
    emulator.inject_fault("POST", MESSAGES, status=429, retry_after=0)
    sid = send(client)
    assert outcomes(emulator, "POST") == [429, 201]
    assert list(emulator.state.messages) == [sid]


def test_a_create_rate_limited_too_long_raises_rate_limit_error(emulator: EmulatorServer, client: Client) -> None:
    emulator.inject_fault("POST", MESSAGES, status=429, count=3, retry_after=0)
    with pytest.raises(RateLimitError) as raised:
        send(client)
    assert raised.value.code == 20429
    assert outcomes(emulator, "POST") == [429, 429, 429]
    assert emulator.state.messages == {}


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize("processed", [False, True])
def test_a_create_answered_5xx_is_not_resent(
    emulator: EmulatorServer, client: Client, status: int, processed: bool
) -> None:
    emulator.inject_fault("POST", MESSAGES, status=status, processed=processed, retry_after=0)
    with pytest.raises(ServerError) as raised:
        send(client)
    assert raised.value.status == status
    assert outcomes(emulator, "POST") == [status]  # one attempt only
    assert len(emulator.state.messages) == (1 if processed else 0)  # never two


@pytest.mark.parametrize("processed", [False, True])
def test_a_dropped_create_is_not_resent(emulator: EmulatorServer, client: Client, processed: bool) -> None:
    emulator.inject_fault("POST", MESSAGES, "drop", processed=processed)
    with pytest.raises(ApiConnectionError, match="RemoteProtocolError"):
        send(client)
    assert outcomes(emulator, "POST") == ["dropped"]
    assert len(emulator.state.messages) == (1 if processed else 0)


def test_a_slow_answer_within_the_timeout_succeeds(emulator: EmulatorServer, client: Client) -> None:
    emulator.inject_fault("POST", MESSAGES, "delay", delay=0.2)
    send(client)
    assert outcomes(emulator, "POST") == [201]


async def test_async_client_follows_the_same_rules(emulator: EmulatorServer, aclient: AsyncClient) -> None:
    emulator.inject_fault("GET", MESSAGES, "drop")
    emulator.inject_fault("GET", MESSAGES, status=429, retry_after=0)
    assert [m async for m in aclient.messages.list(limit=1)] == []
    assert outcomes(emulator, "GET") == ["dropped", 429, 200]

    emulator.inject_fault("POST", MESSAGES, status=429, retry_after=0)
    emulator.inject_fault("POST", MESSAGES, "drop", processed=True)
    with pytest.raises(ApiConnectionError):
        await aclient.messages.create(to=HANDSET, from_=OUR_NUMBER, body="hello")
    assert outcomes(emulator, "POST") == [429, "dropped"]  # retried after the 429, not after the drop
    assert len(emulator.state.messages) == 1
