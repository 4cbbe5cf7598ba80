"""Load limits: the account's concurrent-request cap (429/20429) and per-sender throughput queues."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime

import httpx
from twilio_messaging import Client
from twilio_messaging_emulator import EmulatorServer
from twilio_messaging_emulator.faults.limits import LimitSettings

from .conftest import HANDSET, OUR_NUMBER, messages_path

OTHER_NUMBER = "+15005550010"


async def test_requests_beyond_the_cap_get_429_with_retry_after(emulator: EmulatorServer) -> None:
    limit, extra = 2, 3
    emulator.set_limits(max_concurrent_requests=limit, retry_after=2)
    emulator.inject_fault("GET", "*/Messages.json", "delay", delay=2.0, count=limit)  # keep `limit` in flight
    auth = (emulator.account_sid, emulator.auth_token)
    async with httpx.AsyncClient(base_url=emulator.base_url, auth=auth) as http:
        slow = [asyncio.create_task(http.get(messages_path(emulator))) for _ in range(limit)]
        deadline = time.monotonic() + 5
        while emulator.state.limits.in_flight < limit:
            assert time.monotonic() < deadline, "the slow requests never arrived"
            await asyncio.sleep(0.01)
        rejected = await asyncio.gather(*(http.get(messages_path(emulator)) for _ in range(extra)))
        admitted = await asyncio.gather(*slow)
        after = await http.get(messages_path(emulator))
    assert [r.status_code for r in admitted] == [200] * limit
    for response in rejected:
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "2"
        assert response.json()["code"] == 20429
    assert after.status_code == 200
    assert emulator.state.limits.in_flight == 0
    assert [r.fault for r in emulator.seen_requests()].count("limit") == extra


def test_the_sdk_waits_out_the_concurrency_cap(emulator: EmulatorServer, client: Client) -> None:
    emulator.set_limits(max_concurrent_requests=1, retry_after=2)
    emulator.inject_fault("GET", "*/Messages.json", "delay", delay=1.0)
    auth = (emulator.account_sid, emulator.auth_token)

    async def slow_and_create() -> None:
        async with httpx.AsyncClient(base_url=emulator.base_url, auth=auth) as http:
            slow = asyncio.create_task(http.get(messages_path(emulator)))
            while emulator.state.limits.in_flight < 1:
                await asyncio.sleep(0.005)
            await asyncio.to_thread(client.messages.create, to=HANDSET, from_=OUR_NUMBER, body="hi")
            await slow

    asyncio.run(slow_and_create())
    assert [r.outcome for r in emulator.seen_requests("POST")] == [429, 201]  # one message, sent once
    assert len(emulator.state.messages) == 1


def test_limits_through_the_control_api(emulator: EmulatorServer, http: httpx.Client) -> None:
    assert http.get("/_emulator/limits").json() == LimitSettings().as_dict()  # off by default
    changed = http.post(
        "/_emulator/limits",
        json={"max_concurrent_requests": 5, "sender_throughput": 1, "sender_throughput_by_sender": {OUR_NUMBER: 10}},
    )
    assert changed.status_code == 200
    assert changed.json() | {"retry_after": 1.0, "queue_max_wait": 14400.0} == changed.json()
    assert changed.json()["sender_throughput_by_sender"] == {OUR_NUMBER: 10.0}
    lifted = http.post("/_emulator/limits", json={"max_concurrent_requests": None}).json()
    assert lifted["max_concurrent_requests"] is None and lifted["sender_throughput"] == 1.0  # others kept
    for bad in ({"max_concurrent_requests": 0}, {"sender_throughput": "fast"}, {"speed": 1}, {"retry_after": None}):
        response = http.post("/_emulator/limits", json=bad)
        assert response.status_code == 400 and response.json()["code"] == 20001, bad


def create_burst(client: Client, count: int, from_: str = OUR_NUMBER) -> list[str]:
    return [str(client.messages.create(to=HANDSET, from_=from_, body=f"#{n}").sid) for n in range(count)]


def test_a_sender_releases_its_queue_at_the_set_rate(emulator: EmulatorServer, client: Client) -> None:
    emulator.set_limits(sender_throughput=1)
    sids = create_burst(client, 5)
    other = str(client.messages.create(to=HANDSET, from_=OTHER_NUMBER, body="other sender").sid)
    created = client.messages(sids[0]).fetch().date_created
    assert isinstance(created, datetime)

    emulator.advance(2.0)  # slots at +0.5 s, +1.5 s, +2.5 s ...: two messages have left the queue
    fetched = [client.messages(sid).fetch() for sid in sids]
    assert [m.status for m in fetched[2:]] == ["queued"] * 3
    assert all(m.date_sent is None for m in fetched[2:])  # as on Twilio: no date_sent while queued
    assert all(m.status != "queued" and m.date_sent is not None for m in fetched[:2])
    assert client.messages(other).fetch().status == "delivered"  # each sender has its own queue

    emulator.advance(10.0)
    fetched = [client.messages(sid).fetch() for sid in sids]
    assert [m.status for m in fetched] == ["delivered"] * 5
    assert [m.date_created for m in fetched] == [created] * 5
    # The fake clock starts on a whole second; slot k is at +0.5 + k seconds.
    sent = [m.date_sent for m in fetched]
    assert [(d - created).total_seconds() for d in sent if isinstance(d, datetime)] == [0, 1, 2, 3, 4]
    exact = [emulator.state.messages[sid].date_sent for sid in sids]
    assert [b - a for a, b in zip(exact, exact[1:], strict=False) if a and b] == [1.0] * 4


def test_throughput_per_sender_overrides_the_default(emulator: EmulatorServer, client: Client) -> None:
    emulator.set_limits(sender_throughput_by_sender={OUR_NUMBER: 0.5})
    sids = create_burst(client, 3)
    unlimited = create_burst(client, 3, from_=OTHER_NUMBER)
    emulator.advance(10.0)
    sent = [emulator.state.messages[sid].date_sent for sid in sids]
    assert [b - a for a, b in zip(sent, sent[1:], strict=False) if a and b] == [2.0, 2.0]
    others = {emulator.state.messages[sid].date_sent for sid in unlimited}
    assert len(others) == 1  # no limit for this sender: all at once, as before


def test_a_full_queue_fails_messages_with_30001(emulator: EmulatorServer, client: Client) -> None:
    emulator.set_limits(sender_throughput=1, queue_max_wait=2)
    sids = create_burst(client, 4)  # waits of 0, 1 and 2 s fit; 3 s does not
    emulator.advance(10.0)
    fetched = [client.messages(sid).fetch() for sid in sids]
    assert [m.status for m in fetched] == ["delivered"] * 3 + ["failed"]
    assert (fetched[3].error_code, fetched[3].error_message) == (30001, "Queue overflow")


def test_messaging_service_messages_queue_behind_their_sender(emulator: EmulatorServer, client: Client) -> None:
    service = client.services.create(friendly_name="alerts")
    number = emulator.register_number(OTHER_NUMBER)
    client.services(str(service.sid)).phone_numbers.create(phone_number_sid=number["sid"])
    emulator.set_limits(sender_throughput=1)
    direct = create_burst(client, 1, from_=OTHER_NUMBER)
    pooled = str(client.messages.create(to=HANDSET, messaging_service_sid=str(service.sid), body="pooled").sid)
    emulator.advance(10.0)
    first, second = (emulator.state.messages[sid].date_sent for sid in (*direct, pooled))
    assert first is not None and second is not None and second - first == 1.0


def test_limits_are_off_by_default_and_nothing_changes(emulator: EmulatorServer, client: Client) -> None:
    sids = create_burst(client, 3)
    for sid in sids:
        message = emulator.state.messages[sid]
        assert message.date_sent == message.date_created
    emulator.advance(5.0)
    assert {client.messages(sid).fetch().status for sid in sids} == {"delivered"}


def test_the_queue_works_on_the_real_clock() -> None:
    throughput = 4.0
    with EmulatorServer() as server:  # system clock: the background tick moves statuses on
        server.set_limits(sender_throughput=throughput)
        sids = [server.state.send_message(HANDSET, f"#{n}", from_=OUR_NUMBER)["sid"] for n in range(4)]
        assert [server.state.get_message(sid)["date_sent"] for sid in sids[1:]] == [None] * 3
        deadline = time.monotonic() + 10
        while any(server.state.get_message(sid)["status"] != "delivered" for sid in sids):
            assert time.monotonic() < deadline, "the queue did not drain"
            time.sleep(0.05)
        sent = [server.state.messages[sid].date_sent for sid in sids]
    assert [round(b - a, 6) for a, b in zip(sent, sent[1:], strict=False) if a and b] == [1 / throughput] * 3
