"""Twilio's magic test numbers and other failures arrive as typed SDK errors."""

from __future__ import annotations

import pytest
from twilio_messaging import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
    TwilioMessagingError,
    capture_responses,
)
from twilio_messaging_emulator import EmulatorServer

from .conftest import HANDSET, OUR_NUMBER

MAGIC_TO = [
    ("+15005550001", 21211),  # invalid number
    ("+15005550002", 21612),  # not reachable by SMS
    ("+15005550003", 21408),  # no permission for the region
    ("+15005550004", 21610),  # unsubscribed (blocked) recipient
    ("+15005550009", 21614),  # not a mobile number
]
MAGIC_FROM = [
    ("+15005550001", 21212),  # invalid From
    ("+15005550007", 21606),  # not owned by the account
    ("+15005550008", 21611),  # queue full
]


def _assert_typed(error: ApiError, code: int, method: str = "POST") -> None:
    assert isinstance(error, BadRequestError) and isinstance(error, TwilioMessagingError)
    assert (error.status, error.code, error.method) == (400, code, method)
    assert error.more_info == f"https://www.twilio.com/docs/errors/{code}"
    assert isinstance(error.message, str) and error.message
    assert error.request_id and error.request_id.startswith("RQ")
    assert error.url.endswith("/Messages.json")
    assert f"Twilio error {code}" in str(error)


@pytest.mark.parametrize(("to", "code"), MAGIC_TO, ids=[str(c) for _, c in MAGIC_TO])
def test_magic_to_numbers(client: Client, to: str, code: int) -> None:
    with pytest.raises(BadRequestError) as raised:
        client.messages.create(to=to, from_=OUR_NUMBER, body="hi")
    _assert_typed(raised.value, code)
    assert to in raised.value.message or code == 21610
    assert list(client.messages.list()) == []  # nothing was created


@pytest.mark.parametrize(("from_", "code"), MAGIC_FROM, ids=[str(c) for _, c in MAGIC_FROM])
def test_magic_from_numbers(client: Client, from_: str, code: int) -> None:
    with pytest.raises(BadRequestError) as raised:
        client.messages.create(to=HANDSET, from_=from_, body="hi")
    _assert_typed(raised.value, code)


def test_the_error_body_is_kept(client: Client) -> None:
    with capture_responses() as captured, pytest.raises(BadRequestError) as raised:
        client.messages.create(to="+15005550001", from_=OUR_NUMBER, body="hi")
    assert captured.last.status_code == 400
    assert raised.value.request_id == captured.request_id
    assert raised.value.body == {
        "code": 21211,
        "message": raised.value.message,
        "more_info": "https://www.twilio.com/docs/errors/21211",
        "status": 400,
    }


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({"to": HANDSET, "body": "no sender"}, 21603),
        ({"to": HANDSET, "from_": OUR_NUMBER}, 21602),
        ({"to": HANDSET, "from_": OUR_NUMBER, "body": "x" * 1601}, 21617),
        ({"to": OUR_NUMBER, "from_": OUR_NUMBER, "body": "to myself"}, 21266),
        ({"to": HANDSET, "from_": OUR_NUMBER, "media_url": ["ftp://example.com/a.png"]}, 21620),
        ({"to": HANDSET, "from_": OUR_NUMBER, "body": "x", "status_callback": "not a url"}, 21609),
        ({"to": HANDSET, "messaging_service_sid": "MG" + "0" * 32, "body": "x"}, 21705),
    ],
    ids=["no-sender", "no-content", "too-long", "same-number", "bad-media-url", "bad-callback", "unknown-service"],
)
def test_create_validation(client: Client, arguments: dict[str, object], code: int) -> None:
    with pytest.raises(BadRequestError) as raised:
        client.messages.create(**arguments)  # type: ignore[arg-type]
    assert raised.value.code == code


def test_wrong_credentials_are_an_authentication_error(emulator: EmulatorServer) -> None:
    with Client(emulator.account_sid, "0" * 32, base_url=emulator.base_url) as wrong:
        with pytest.raises(AuthenticationError) as raised:
            wrong.messages.create(to=HANDSET, from_=OUR_NUMBER, body="hi")
        error = raised.value
        assert (error.status, error.code) == (401, 20003)
        assert error.more_info == "https://www.twilio.com/docs/errors/20003"
        assert "0" * 32 not in str(error) and "0" * 32 not in repr(error)  # the token never leaks
        with pytest.raises(AuthenticationError):
            list(wrong.services.list())  # the messaging host
        with pytest.raises(AuthenticationError):
            wrong.pricing.countries("US").fetch()  # the pricing host


def test_another_accounts_sid_is_rejected(emulator: EmulatorServer) -> None:
    stranger = Client("AC" + "1" * 32, emulator.auth_token, base_url=emulator.base_url)
    with stranger, pytest.raises(AuthenticationError):
        stranger.messages.create(to=HANDSET, from_=OUR_NUMBER, body="hi")


def test_a_subaccount_path_the_credentials_do_not_own_is_not_found(client: Client) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.for_account("AC" + "2" * 32).messages.create(to=HANDSET, from_=OUR_NUMBER, body="hi")
    assert raised.value.code == 20404


def test_arguments_are_checked_before_sending(client: Client) -> None:
    with capture_responses() as captured:
        with pytest.raises(TypeError, match="to must be str"):
            client.messages.create(to=15558675310, from_=OUR_NUMBER, body="hi")  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            client.messages.list(page_size=1001)
    assert captured.responses == []
