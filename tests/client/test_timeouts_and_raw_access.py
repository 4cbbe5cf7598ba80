"""Default and per-call timeouts, raw response access with capture_responses(), the User-Agent."""

from __future__ import annotations

import platform
import re

import httpx
import pytest
import twilio_messaging
from twilio_messaging import BadRequestError, capture_responses
from twilio_messaging_api.models.message import Message

from .conftest import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    MESSAGE_SID,
    REQUEST_ID,
    SERVICE_SID,
    FakeTwilio,
    PagedTwilio,
    basic_auth,
    collect,
    message,
    reply,
    resolve,
    twilio_error,
)

DEFAULT_TIMEOUT = {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


async def test_every_request_has_the_default_timeout(make_client):
    pages = PagedTwilio("v1", pages=2, size=1)
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if len(requests) == 1:
            return twilio_error(429, 20429, "Too Many Requests")(request)  # the retry needs its timeout too
        if request.url.path.startswith("/v1/"):
            return pages(request)
        return httpx.Response(201, json=message())

    client = make_client(handler)
    await collect(client.services(SERVICE_SID).phone_numbers.list(page_size=1))
    await resolve(client.messages.create(to="+15558675310", body="hi"))

    assert len(requests) == 4  # 429, page 1 again, page 2, create
    for request in requests:
        timeout = request.extensions["timeout"]
        # A retry gets what is left of the call's 30 s (a hair less than the full timeout).
        assert timeout == pytest.approx(DEFAULT_TIMEOUT, abs=1.0) and timeout["connect"] == 5.0


async def test_client_timeout_as_seconds_keeps_a_short_connect_timeout(make_client):
    twilio = FakeTwilio(reply(200, json=message()))
    client = make_client(twilio, timeout=10)

    await resolve(client.messages(MESSAGE_SID).fetch())

    assert twilio.last.extensions["timeout"] == {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}


async def test_with_options_timeout_applies_to_that_client_only(make_client):
    twilio = FakeTwilio(reply(200, json=message()))
    client = make_client(twilio)

    await resolve(client.with_options(timeout=httpx.Timeout(2.0)).messages(MESSAGE_SID).fetch())
    await resolve(client.with_options(timeout=60).messages(MESSAGE_SID).fetch())
    await resolve(client.with_options(timeout=1.5).messages(MESSAGE_SID).fetch())
    await resolve(client.messages(MESSAGE_SID).fetch())

    timeouts = [r.extensions["timeout"] for r in twilio.requests]
    assert timeouts == [
        {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0},
        {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0},
        {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5},  # connect never longer than the whole
        DEFAULT_TIMEOUT,
    ]


async def test_with_options_keeps_credentials_hosts_and_account(make_client):
    twilio = FakeTwilio(reply(200, json=message()))
    client = make_client(twilio, base_url="http://127.0.0.1:4010").for_account("AC" + "b" * 32)

    await resolve(client.with_options(timeout=3).messages(MESSAGE_SID).fetch())

    assert twilio.last.url.host == "127.0.0.1"
    assert ("AC" + "b" * 32) in twilio.last.url.path
    assert twilio.last.headers["Authorization"] == basic_auth(ACCOUNT_SID, AUTH_TOKEN)


async def test_capture_responses_gives_raw_access_while_returning_the_model(make_client):
    twilio = FakeTwilio(reply(201, json=message(), headers={"Twilio-Concurrent-Requests": "1"}))
    client = make_client(twilio)

    with capture_responses() as captured:
        sent = await resolve(client.messages.create(to="+15558675310", from_="+15005550006", body="hi"))

    assert isinstance(sent, Message) and sent.sid == MESSAGE_SID
    assert captured.last.status_code == 201
    assert captured.last.headers["Twilio-Concurrent-Requests"] == "1"
    assert captured.request_id == REQUEST_ID
    assert captured.last.json()["sid"] == MESSAGE_SID


async def test_capture_responses_keeps_every_call_in_order_and_only_final_attempts(make_client):
    twilio = FakeTwilio(
        twilio_error(429, 20429, "Too Many Requests"),
        reply(200, json=message(), headers={"Twilio-Request-Id": "RQ1"}),
        reply(204, headers={"Twilio-Request-Id": "RQ2"}),
    )
    client = make_client(twilio)

    await resolve(client.messages(MESSAGE_SID).fetch())  # outside the block: not captured
    with capture_responses() as captured:
        await resolve(client.messages(MESSAGE_SID).delete())

    assert [r.status_code for r in captured.responses] == [204]
    assert captured.request_id == "RQ2"


async def test_capture_responses_records_the_error_response_too(make_client):
    twilio = FakeTwilio(twilio_error(400, 21211, "Invalid 'To' Phone Number"))
    client = make_client(twilio)

    with capture_responses() as captured, pytest.raises(BadRequestError):
        await resolve(client.messages.create(to="+15005550001", body="hi"))

    assert captured.last.status_code == 400
    assert captured.request_id == REQUEST_ID


def test_an_empty_capture_says_so():
    with capture_responses() as captured, pytest.raises(LookupError):
        _ = captured.last


async def test_user_agent_names_package_version_and_python(make_client):
    twilio = FakeTwilio(reply(200, json=message()))
    client = make_client(twilio)

    await resolve(client.messages(MESSAGE_SID).fetch())

    user_agent = twilio.last.headers["User-Agent"]
    assert user_agent.startswith(f"twilio-messaging/{twilio_messaging.__version__} ")
    assert f"python/{platform.python_version()}" in user_agent.split()
    assert re.fullmatch(r"twilio-messaging/\S+ python/\d+\.\d+\.\d+\S* httpx/\S+", user_agent)
