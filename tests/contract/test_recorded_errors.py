"""Twilio's error responses, replayed from cassettes, surface as typed errors carrying Twilio's details.

The bodies are Twilio's error format (``code``, ``message``, ``more_info``, ``status``) as the spec's
TwilioError schema declares it; the request id comes from the ``Twilio-Request-Id`` header. Retries are
checked against the cassette: a replayed cassette refuses a request it does not hold, so a create retried
after a 5xx (which could send a message twice) fails the test.
"""

from __future__ import annotations

import httpx
import pytest
from twilio_messaging import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
    RateLimitError,
    ServerError,
)

from . import make_cassettes as flows
from .test_recorded_flows import Exchanges, credentials

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


def make_client(
    recording: bool, exchanges: Exchanges, *, auth_token: str | None = None, max_retries: int = 2
) -> Client:
    account_sid, token = credentials(recording)
    http = httpx.Client(event_hooks={"request": [exchanges.on_request], "response": [exchanges.on_response]})
    return Client(account_sid, auth_token or token, max_retries=max_retries, http_client=http)


def assert_twilio_error(error: ApiError, status: int, code: int, method: str) -> None:
    assert error.status == status
    assert error.code == code
    assert error.more_info == f"https://www.twilio.com/docs/errors/{code}"
    assert error.message and str(code) in str(error)
    assert error.method == method
    assert error.url.startswith("https://api.twilio.com/2010-04-01/Accounts/")
    assert error.request_id and error.request_id.startswith("RQ")
    assert isinstance(error.body, dict) and error.body["code"] == code


def test_invalid_to_is_bad_request_21211(recording: bool) -> None:
    exchanges = Exchanges()
    with pytest.raises(BadRequestError) as raised:
        make_client(recording, exchanges).messages.create(to=flows.INVALID_TO, from_=flows.VALID_FROM, body="Hello")
    assert_twilio_error(raised.value, 400, 21211, "POST")
    assert flows.INVALID_TO in raised.value.message
    assert len(exchanges.requests) == 1


def test_wrong_credentials_are_authentication_error_20003(recording: bool) -> None:
    exchanges = Exchanges()
    client = make_client(recording, exchanges, auth_token="0" * 32)
    with pytest.raises(AuthenticationError) as raised:
        client.messages(flows.MESSAGE_SID).fetch()
    assert_twilio_error(raised.value, 401, 20003, "GET")
    assert len(exchanges.requests) == 1  # a 401 is final


def test_unknown_message_is_not_found_20404(recording: bool) -> None:
    exchanges = Exchanges()
    with pytest.raises(NotFoundError) as raised:
        make_client(recording, exchanges).messages(flows.UNKNOWN_MESSAGE_SID).fetch()
    assert_twilio_error(raised.value, 404, 20404, "GET")
    assert flows.UNKNOWN_MESSAGE_SID in raised.value.message


def test_too_many_requests_is_rate_limit_error_20429(recording: bool) -> None:
    exchanges = Exchanges()
    client = make_client(recording, exchanges, max_retries=0)
    with pytest.raises(RateLimitError) as raised:
        client.messages.create(to=flows.VALID_FROM, from_=flows.VALID_FROM, body="Hello")
    assert_twilio_error(raised.value, 429, 20429, "POST")


def test_rate_limited_create_is_retried_after_retry_after(recording: bool, vcr: object) -> None:
    """A 429 means "not processed": even a create is retried, after the Retry-After Twilio gives."""
    exchanges = Exchanges()
    message = make_client(recording, exchanges).messages.create(
        to=flows.VALID_FROM, from_=flows.VALID_FROM, body="Hello"
    )
    assert message.sid
    assert len(exchanges.requests) == 2
    assert exchanges.requests[0].content == exchanges.requests[1].content
    assert vcr.all_played  # type: ignore[attr-defined]


def test_server_error_on_create_is_not_retried(recording: bool, vcr: object) -> None:
    """After a 5xx a create may have sent the message: it must not be sent again."""
    exchanges = Exchanges()
    with pytest.raises(ServerError) as raised:
        make_client(recording, exchanges).messages.create(to=flows.VALID_FROM, from_=flows.VALID_FROM, body="Hello")
    assert_twilio_error(raised.value, 500, 20500, "POST")
    assert len(exchanges.requests) == 1
    assert vcr.all_played  # type: ignore[attr-defined]


def test_server_error_on_fetch_is_retried(recording: bool, vcr: object) -> None:
    exchanges = Exchanges()
    message = make_client(recording, exchanges).messages(flows.MESSAGE_SID).fetch()
    assert message.sid == flows.MESSAGE_SID
    assert len(exchanges.requests) == 2
    assert vcr.all_played  # type: ignore[attr-defined]
