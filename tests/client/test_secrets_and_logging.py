"""The auth token and API secret never show up in reprs, errors or logs; one DEBUG record per attempt."""

from __future__ import annotations

import base64
import logging
import re
import traceback

import httpx
import pytest
from twilio_messaging import ApiConnectionError, AuthenticationError, ConfigurationError, TwilioMessagingError

from .conftest import (
    ACCOUNT_SID,
    API_KEY,
    API_SECRET,
    AUTH_TOKEN,
    MESSAGE_SID,
    SUBACCOUNT_SID,
    FakeTwilio,
    message,
    reply,
    resolve,
    twilio_error,
)

CREDENTIALS = {
    "auth-token": {"auth_token": AUTH_TOKEN},
    "api-key": {"auth_token": None, "api_key": API_KEY, "api_secret": API_SECRET},
}
FETCH_URL = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{MESSAGE_SID}.json"


def secret_forms() -> list[str]:
    """Every shape a leaked secret could take: plain, and inside a Basic auth header."""
    forms = [AUTH_TOKEN, API_SECRET]
    for username, secret in ((ACCOUNT_SID, AUTH_TOKEN), (API_KEY, API_SECRET)):
        forms.append(base64.b64encode(f"{username}:{secret}".encode()).decode())
    return forms


def assert_no_secret(text: str) -> None:
    for secret in secret_forms():
        assert secret not in text


def error_text(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), repr(error.args), repr(vars(error)),
                      "".join(traceback.format_exception(error))])


@pytest.mark.parametrize("credentials", list(CREDENTIALS))
def test_client_reprs_hide_the_secret(make_client, credentials):
    client = make_client(FakeTwilio(), **CREDENTIALS[credentials])

    for shown in (client, client.with_options(timeout=3), client.for_account(SUBACCOUNT_SID), client._settings,
                  client._settings.credentials):
        assert_no_secret(repr(shown))
        assert_no_secret(str(shown))
    assert ACCOUNT_SID in repr(client)  # the repr is useful, not empty


@pytest.mark.parametrize("credentials", list(CREDENTIALS))
@pytest.mark.parametrize(
    "step",
    [twilio_error(401, 20003, "Authenticate"), reply(500, text="oops"), httpx.ConnectError, httpx.ReadTimeout],
    ids=["401", "500-text", "connect-error", "read-timeout"],
)
async def test_errors_never_contain_the_secret(make_client, credentials, step):
    client = make_client(FakeTwilio(step), max_retries=0, **CREDENTIALS[credentials])

    with pytest.raises(TwilioMessagingError) as caught:
        await resolve(client.messages(MESSAGE_SID).fetch())

    assert_no_secret(error_text(caught.value))


@pytest.mark.parametrize(
    "arguments",
    [
        {"account_sid": AUTH_TOKEN, "auth_token": ACCOUNT_SID},  # arguments swapped by mistake
        {"account_sid": "AC-not-valid", "auth_token": AUTH_TOKEN},
        {"account_sid": ACCOUNT_SID, "api_key": API_KEY},
        {"account_sid": ACCOUNT_SID, "api_secret": API_SECRET},
        {"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN, "base_url": "http://example.com"},
    ],
    ids=["swapped", "bad-sid", "key-no-secret", "secret-no-key", "plain-http"],
)
def test_configuration_errors_never_echo_the_secret(client_class, arguments):
    with pytest.raises(ConfigurationError) as caught:
        client_class(**arguments)

    assert_no_secret(error_text(caught.value))


@pytest.mark.parametrize("credentials", list(CREDENTIALS))
async def test_debug_logs_of_failing_and_succeeding_calls_never_contain_the_secret(make_client, caplog, credentials):
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    twilio = FakeTwilio(twilio_error(503, 20503, "Service Unavailable"), reply(200, json=message()),
                        twilio_error(401, 20003, "Authenticate"))
    client = make_client(twilio, **CREDENTIALS[credentials])

    await resolve(client.messages(MESSAGE_SID).fetch())  # 503, then 200
    with pytest.raises(AuthenticationError):
        await resolve(client.messages(MESSAGE_SID).fetch())  # 401

    assert len(caplog.records) >= 3
    for record in caplog.records:
        assert_no_secret(record.getMessage())
        assert_no_secret(repr(record.args))
        assert_no_secret(repr(vars(record)))
    assert_no_secret(caplog.text)


async def test_one_debug_record_per_attempt_with_method_url_status_duration_and_attempt(make_client, caplog):
    caplog.set_level(logging.DEBUG, logger="twilio_messaging")
    twilio = FakeTwilio(reply(500, text="oops"), httpx.ConnectError, reply(200, json=message()))
    client = make_client(twilio)

    await resolve(client.messages(MESSAGE_SID).fetch())

    records = [r for r in caplog.records if r.name == "twilio_messaging"]
    assert len(records) == 3 == twilio.count
    outcomes = ["500", "ConnectError", "200"]
    for attempt, (record, outcome) in enumerate(zip(records, outcomes, strict=True), start=1):
        assert record.levelno == logging.DEBUG
        text = record.getMessage()
        assert text.startswith(f"GET {FETCH_URL} ")
        assert re.search(rf"-> {outcome} in \d+\.\d ms \(attempt {attempt}\)$", text), text


async def test_no_records_when_debug_is_off(make_client, caplog):
    caplog.set_level(logging.INFO, logger="twilio_messaging")
    client = make_client(FakeTwilio(reply(200, json=message())))

    await resolve(client.messages(MESSAGE_SID).fetch())

    assert [r for r in caplog.records if r.name == "twilio_messaging"] == []


async def test_log_record_for_a_failed_post_names_the_post(make_client, caplog):
    caplog.set_level(logging.DEBUG, logger="twilio_messaging")
    client = make_client(FakeTwilio(httpx.ReadTimeout))

    with pytest.raises(ApiConnectionError):
        await resolve(client.messages.create(to="+15558675310", body="hi"))

    (record,) = [r for r in caplog.records if r.name == "twilio_messaging"]
    assert record.getMessage().startswith(f"POST https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json")
    assert "ReadTimeout" in record.getMessage() and "(attempt 1)" in record.getMessage()
