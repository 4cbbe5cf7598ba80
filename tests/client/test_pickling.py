"""Errors cross process boundaries whole: raised in a worker process, caught in the parent with every field."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest
from twilio_messaging import ApiConnectionError, ApiTimeoutError, BadRequestError, Client, ConfigurationError
from twilio_messaging.errors import MalformedResponseError, UnexpectedResponseError

from .conftest import ACCOUNT_SID, AUTH_TOKEN, REQUEST_ID

CREATE_URL = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
INVALID_TO = "The 'To' number +15005550001 is not a valid phone number."


def send_to_an_invalid_number() -> None:
    """Runs in the worker: a real Client over a MockTransport that answers Twilio's 21211."""
    body = {
        "code": 21211,
        "message": INVALID_TO,
        "more_info": "https://www.twilio.com/docs/errors/21211",
        "status": 400,
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json=body, headers={"Twilio-Request-Id": REQUEST_ID})

    client = Client(ACCOUNT_SID, AUTH_TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client.messages.create(to="+15005550001", from_="+15005550006", body="hi")


def raise_error(error: Exception) -> None:
    raise error


@pytest.fixture(scope="module")
def pool():
    """One spawned worker (a fresh interpreter, as a task queue's worker would be) for the whole module."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as executor:
        yield executor


def test_an_api_error_raised_in_a_process_pool_arrives_with_every_field(pool):
    with pytest.raises(BadRequestError) as caught:
        pool.submit(send_to_an_invalid_number).result(timeout=60)

    error = caught.value
    assert (error.status, error.code, error.message) == (400, 21211, INVALID_TO)
    assert error.more_info == "https://www.twilio.com/docs/errors/21211"
    assert error.request_id == REQUEST_ID
    assert (error.method, error.url) == ("POST", CREATE_URL)
    assert error.body["code"] == 21211
    assert error.retry_after is None
    assert "21211" in str(error) and INVALID_TO in str(error)


ERRORS = [
    ApiConnectionError("ReadError: boom", method="GET", url=CREATE_URL, may_have_been_processed=False),
    ApiTimeoutError("ReadTimeout", method="POST", url=CREATE_URL),
    UnexpectedResponseError("CreateMessage", 299),
    MalformedResponseError(
        "CreateMessage",
        201,
        reason="an empty body",
        method="POST",
        url=CREATE_URL,
        request_id=REQUEST_ID,
        excerpt="",
        may_have_been_processed=True,
    ),
    ConfigurationError("no credentials"),
]


@pytest.mark.parametrize("error", ERRORS, ids=[type(e).__name__ for e in ERRORS])
def test_every_other_error_class_round_trips_through_a_worker(pool, error):
    with pytest.raises(type(error)) as caught:
        pool.submit(raise_error, error).result(timeout=60)

    assert type(caught.value) is type(error)
    assert vars(caught.value) == vars(error)
    assert str(caught.value) == str(error)


def test_pickle_keeps_every_attribute_of_an_api_error():
    error = BadRequestError(
        status=400, code=21211, message=INVALID_TO, more_info=None, method="POST", url=CREATE_URL,
        request_id=REQUEST_ID, body={"code": 21211}, retry_after=3.0,
    )  # fmt: skip

    copy = pickle.loads(pickle.dumps(error))

    assert vars(copy) == vars(error) and str(copy) == str(error)
