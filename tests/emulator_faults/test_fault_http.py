"""Each fault kind as a raw HTTP client sees it, and the control API that sets them."""

from __future__ import annotations

import socket
import time

import httpx
import pytest
from twilio_messaging_emulator import EmulatorServer, create_app
from twilio_messaging_emulator.faults.middleware import ConnectionDropped
from twilio_messaging_emulator.faults.rules import build_rule

from .conftest import HANDSET, OUR_NUMBER, messages_path

SEND = {"To": HANDSET, "From": OUR_NUMBER, "Body": "hello"}


def test_429_with_retry_after_is_twilios_error_body(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("POST", "*/Messages.json", status=429, retry_after=3)
    response = http.post(messages_path(emulator), data=SEND)
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "3"
    assert response.headers["Twilio-Request-Id"].startswith("RQ")
    assert response.json() == {
        "code": 20429,
        "message": "Too Many Requests",
        "more_info": "https://www.twilio.com/docs/errors/20429",
        "status": 429,
    }
    assert emulator.state.messages == {}  # a 429 was not processed
    assert http.post(messages_path(emulator), data=SEND).status_code == 201  # count=1: used up


def test_429_without_retry_after(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("GET", "*", status=429)
    response = http.get(messages_path(emulator))
    assert response.status_code == 429 and "Retry-After" not in response.headers


@pytest.mark.parametrize(("status", "code"), [(500, 20500), (502, 20500), (503, 20503), (504, 20500)])
def test_5xx_answers_the_chosen_status(emulator: EmulatorServer, http: httpx.Client, status: int, code: int) -> None:
    emulator.inject_fault("GET", "*/Messages.json", status=status)
    response = http.get(messages_path(emulator))
    assert response.status_code == status
    assert response.json()["code"] == code and response.json()["status"] == status


def test_a_chosen_code(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("GET", "*", status=503, code=20003)
    assert http.get(messages_path(emulator)).json()["code"] == 20003


def test_drop_closes_the_socket_without_a_response(emulator: EmulatorServer) -> None:
    emulator.inject_fault("GET", "*/Messages.json", "drop")
    with socket.create_connection((emulator.host, emulator.port), timeout=5) as sock:
        request = f"GET {messages_path(emulator)} HTTP/1.1\r\nHost: emulator\r\n\r\n"
        sock.sendall(request.encode())
        assert sock.recv(65536) == b""  # end of stream, not one byte of status line
    assert [r.outcome for r in emulator.seen_requests()] == ["dropped"]


def test_drop_is_a_protocol_error_for_httpx_not_a_500(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("POST", "*/Messages.json", "drop")
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        http.post(messages_path(emulator), data=SEND)
    assert emulator.state.messages == {}  # dropped before the emulator handled it
    assert http.post(messages_path(emulator), data=SEND).status_code == 201  # the next one goes through


def test_processed_drop_creates_the_message_then_loses_the_answer(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("POST", "*/Messages.json", "drop", processed=True)
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(messages_path(emulator), data=SEND)
    assert len(emulator.state.messages) == 1


def test_processed_500_creates_the_message(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("POST", "*/Messages.json", status=500, processed=True)
    assert http.post(messages_path(emulator), data=SEND).status_code == 500
    assert len(emulator.state.messages) == 1


def test_delay_then_the_normal_answer(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("GET", "*/Messages.json", "delay", delay=0.4)
    started = time.monotonic()
    response = http.get(messages_path(emulator))
    assert time.monotonic() - started >= 0.4
    assert response.status_code == 200 and response.json()["messages"] == []


def test_rules_apply_in_order_and_count_per_match(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("GET", "*/Messages.json", status=429, count=2)
    emulator.inject_fault("*", "*/Messages.json", status=503)
    emulator.inject_fault("POST", "*/Messages.json", status=500)
    path = messages_path(emulator)
    assert http.get(path.replace(".json", "/SM0.json")).status_code == 404  # no match: a normal answer
    statuses = [http.get(path + "?PageSize=1").status_code for _ in range(3)]  # the glob sees the path only
    assert statuses == [429, 429, 503]  # two 429s, then the next matching rule
    assert http.post(path, data=SEND).status_code == 500  # the * rule is used up, the POST rule is next
    assert http.get(path).status_code == 200
    remaining = [rule["remaining"] for rule in http.get(emulator.base_url + "/_emulator/faults").json()["faults"]]
    assert remaining == [0, 0, 0]


def test_the_control_api_is_never_faulted(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("*", "*", status=503, count=100)
    assert http.get("/_emulator/health").status_code == 200
    assert http.get("/_emulator/faults").json()["faults"][0]["remaining"] == 100
    emulator.set_limits(max_concurrent_requests=1)
    assert http.get("/_emulator/limits").status_code == 200


def test_faults_through_the_control_api(emulator: EmulatorServer, http: httpx.Client) -> None:
    rule = {"method": "POST", "path": "*/Messages.json", "count": 2, "kind": "status", "status": 429}
    created = http.post("/_emulator/faults", json=rule | {"code": 20429, "retry_after": None})
    assert created.status_code == 201
    assert created.json() | {"id": 0} == {
        "id": 0,
        **rule,
        "remaining": 2,
        "code": 20429,
        "retry_after": None,
        "delay": 0.0,
        "processed": False,
    }
    assert http.post(messages_path(emulator), data=SEND).status_code == 429
    assert http.get("/_emulator/faults").json()["faults"][0]["remaining"] == 1
    assert http.delete("/_emulator/faults").json() == {"faults": []}
    assert http.post(messages_path(emulator), data=SEND).status_code == 201


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"kind": "boom"}, "kind must be one of"),
        ({"kind": "status", "status": 404}, "status must be one of"),
        ({"kind": "status", "count": 0}, "count must be at least 1"),
        ({"kind": "delay", "delay": -1}, "delay must not be negative"),
        ({"kind": "drop", "colour": "red"}, "unknown fault field"),
        ({"method": ""}, "non-empty"),
    ],
)
def test_bad_rules_are_refused_with_a_reason(http: httpx.Client, body: dict[str, object], message: str) -> None:
    response = http.post("/_emulator/faults", json=body)
    assert response.status_code == 400 and message in response.json()["message"]
    assert http.get("/_emulator/faults").json() == {"faults": []}


def test_reset_clears_faults_limits_and_the_request_log(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("*", "*", status=503)
    emulator.set_limits(max_concurrent_requests=1, sender_throughput=1)
    http.get(messages_path(emulator))
    http.post("/_emulator/reset")
    assert http.get("/_emulator/faults").json() == {"faults": []}
    assert http.get("/_emulator/limits").json()["max_concurrent_requests"] is None
    assert http.get("/_emulator/requests").json() == {"requests": []}
    assert http.get(messages_path(emulator)).status_code == 200


def test_the_request_log_filters_by_method_and_path(emulator: EmulatorServer, http: httpx.Client) -> None:
    emulator.inject_fault("POST", "*", status=429)
    http.post(messages_path(emulator), data=SEND)
    http.post(messages_path(emulator), data=SEND)
    http.get(messages_path(emulator))
    seen = http.get("/_emulator/requests", params={"method": "POST", "path": "*/Messages.json"}).json()["requests"]
    assert [(r["outcome"], r["fault"]) for r in seen] == [(429, "status"), (201, None)]
    assert len(emulator.seen_requests()) == 3


async def test_drop_without_uvicorn_raises_connection_dropped() -> None:
    # Under a server whose socket the emulator cannot reach, a drop is an exception, never a response.
    app = create_app()
    app.state.emulator.faults.add(build_rule({"kind": "drop"}))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as client:
        with pytest.raises(ConnectionDropped):
            await client.get("/2010-04-01/Accounts/AC1/Messages.json")
    app.state.emulator.close()
