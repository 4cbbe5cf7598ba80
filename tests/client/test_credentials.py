"""Credentials from arguments or the environment, basic auth, the account in the path, subaccounts."""

from __future__ import annotations

import pytest
from twilio_messaging import ConfigurationError, TwilioMessagingError

from .conftest import (
    ACCOUNT_SID,
    API_KEY,
    API_SECRET,
    AUTH_TOKEN,
    MESSAGE_SID,
    SUBACCOUNT_SID,
    FakeTwilio,
    basic_auth,
    message,
    reply,
    resolve,
)

MESSAGE_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{MESSAGE_SID}.json"


def fetch_twilio() -> FakeTwilio:
    return FakeTwilio(reply(200, json=message()))


async def test_auth_token_arguments_give_basic_auth_and_fill_the_path(make_client):
    twilio = fetch_twilio()
    client = make_client(twilio, account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN)

    await resolve(client.messages(MESSAGE_SID).fetch())

    assert twilio.last.headers["Authorization"] == basic_auth(ACCOUNT_SID, AUTH_TOKEN)
    assert twilio.last.url.path == MESSAGE_PATH
    assert client.account_sid == ACCOUNT_SID


async def test_api_key_arguments_authenticate_as_the_key_and_act_for_the_account(make_client):
    twilio = fetch_twilio()
    client = make_client(twilio, account_sid=ACCOUNT_SID, auth_token=None, api_key=API_KEY, api_secret=API_SECRET)

    await resolve(client.messages(MESSAGE_SID).fetch())

    assert twilio.last.headers["Authorization"] == basic_auth(API_KEY, API_SECRET)
    assert twilio.last.url.path == MESSAGE_PATH


async def test_auth_token_from_environment(make_client, monkeypatch):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    twilio = fetch_twilio()
    client = make_client(twilio, account_sid=None, auth_token=None)

    await resolve(client.messages(MESSAGE_SID).fetch())

    assert twilio.last.headers["Authorization"] == basic_auth(ACCOUNT_SID, AUTH_TOKEN)
    assert twilio.last.url.path == MESSAGE_PATH


async def test_api_key_from_environment(make_client, monkeypatch):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_API_KEY", API_KEY)
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    twilio = fetch_twilio()
    client = make_client(twilio, account_sid=None, auth_token=None)

    await resolve(client.messages(MESSAGE_SID).fetch())

    assert twilio.last.headers["Authorization"] == basic_auth(API_KEY, API_SECRET)
    assert twilio.last.url.path == MESSAGE_PATH


async def test_arguments_win_over_environment(make_client, monkeypatch):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", SUBACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "token-from-environment")
    twilio = fetch_twilio()
    client = make_client(twilio, account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN)

    await resolve(client.messages(MESSAGE_SID).fetch())

    assert twilio.last.headers["Authorization"] == basic_auth(ACCOUNT_SID, AUTH_TOKEN)
    assert twilio.last.url.path == MESSAGE_PATH


async def test_auth_token_argument_wins_over_api_key_in_environment(make_client, monkeypatch):
    # An explicit auth token must not be silently replaced by an API key left in the environment.
    monkeypatch.setenv("TWILIO_API_KEY", API_KEY)
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    twilio = fetch_twilio()
    client = make_client(twilio, account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN)

    await resolve(client.messages(MESSAGE_SID).fetch())

    assert twilio.last.headers["Authorization"] == basic_auth(ACCOUNT_SID, AUTH_TOKEN)


@pytest.mark.parametrize(
    ("arguments", "environment", "named"),
    [
        ({}, {}, ["account_sid", "TWILIO_ACCOUNT_SID"]),
        ({"account_sid": ACCOUNT_SID}, {}, ["auth_token", "TWILIO_AUTH_TOKEN"]),
        ({}, {"TWILIO_AUTH_TOKEN": AUTH_TOKEN}, ["account_sid", "TWILIO_ACCOUNT_SID"]),
        ({"account_sid": ACCOUNT_SID, "api_key": API_KEY}, {}, ["api_secret"]),
        ({"account_sid": ACCOUNT_SID}, {"TWILIO_API_SECRET": API_SECRET}, ["api_key"]),
    ],
    ids=["nothing", "no-token", "no-account-sid", "key-without-secret", "secret-without-key"],
)
def test_missing_credentials_raise_configuration_error_naming_them(client_class, monkeypatch, arguments, environment,
                                                                    named):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(ConfigurationError) as caught:
        client_class(**arguments)

    for word in named:
        assert word in str(caught.value)
    assert isinstance(caught.value, TwilioMessagingError)


@pytest.mark.parametrize("bad_sid", [API_KEY, "ACshort", "not-an-account-sid"])
def test_an_account_sid_that_is_not_one_is_refused(client_class, bad_sid):
    with pytest.raises(ConfigurationError, match="account_sid"):
        client_class(bad_sid, AUTH_TOKEN)


async def test_for_account_acts_for_a_subaccount_with_the_same_credentials(make_client):
    twilio = FakeTwilio(reply(200, json=message(account_sid=SUBACCOUNT_SID)))
    parent = make_client(twilio)
    sub = parent.for_account(SUBACCOUNT_SID)

    fetched = await resolve(sub.messages(MESSAGE_SID).fetch())
    await resolve(parent.messages(MESSAGE_SID).fetch())

    sub_request, parent_request = twilio.requests
    assert sub_request.url.path == f"/2010-04-01/Accounts/{SUBACCOUNT_SID}/Messages/{MESSAGE_SID}.json"
    assert sub_request.headers["Authorization"] == basic_auth(ACCOUNT_SID, AUTH_TOKEN)
    assert parent_request.url.path == MESSAGE_PATH  # the parent client is unchanged
    assert sub.account_sid == SUBACCOUNT_SID and parent.account_sid == ACCOUNT_SID
    assert fetched.account_sid == SUBACCOUNT_SID
    assert type(sub) is type(parent)


async def test_for_account_with_api_key_keeps_the_key(make_client):
    twilio = FakeTwilio(reply(201, json=message(account_sid=SUBACCOUNT_SID)))
    client = make_client(twilio, auth_token=None, api_key=API_KEY, api_secret=API_SECRET).for_account(SUBACCOUNT_SID)

    await resolve(client.messages.create(to="+15005550006", body="hi"))

    assert twilio.last.url.path == f"/2010-04-01/Accounts/{SUBACCOUNT_SID}/Messages.json"
    assert twilio.last.headers["Authorization"] == basic_auth(API_KEY, API_SECRET)


@pytest.mark.parametrize("bad_sid", ["MG" + "a" * 32, "ACabc", 42])
def test_for_account_refuses_what_is_not_an_account_sid(make_client, bad_sid):
    client = make_client(FakeTwilio())
    with pytest.raises(ValueError, match="account_sid"):
        client.for_account(bad_sid)

