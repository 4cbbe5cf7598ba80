"""Typed errors for every status, for page fetches too, and for transport failures (never raw httpx)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from twilio_messaging import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TwilioMessagingError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)

from .conftest import (
    ACCOUNT_SID,
    MESSAGE_SID,
    REQUEST_ID,
    FakeTwilio,
    PagedTwilio,
    collect,
    example,
    message,
    reply,
    resolve,
    twilio_error,
)

FETCH_URL = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{MESSAGE_SID}.json"
CREATE_URL = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"

STATUSES = [
    (400, 21211, "The 'To' number +15005550001 is not a valid phone number.", BadRequestError),
    (401, 20003, "Authenticate", AuthenticationError),
    (403, 20403, "Forbidden", PermissionDeniedError),
    (404, 20404, f"The requested resource /2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{MESSAGE_SID}.json was not found",
     NotFoundError),
    (409, 20409, "Conflict", ConflictError),
    (422, 20422, "Invalid parameter", UnprocessableEntityError),
    (429, 20429, "Too Many Requests", RateLimitError),
    (500, 20500, "Internal Server Error", ServerError),
    (503, 20503, "Service Unavailable", ServerError),
]


@pytest.mark.parametrize(("status", "code", "text", "error_class"), STATUSES, ids=[str(s[0]) for s in STATUSES])
async def test_every_status_gives_its_typed_error_with_all_details(make_client, status, code, text, error_class):
    twilio = FakeTwilio(twilio_error(status, code, text))
    client = make_client(twilio, max_retries=0)

    with pytest.raises(error_class) as caught:
        await resolve(client.messages(MESSAGE_SID).fetch())

    error = caught.value
    assert isinstance(error, ApiError) and isinstance(error, TwilioMessagingError)
    assert error.status == status
    assert error.code == code
    assert error.message == text
    assert error.more_info == f"https://www.twilio.com/docs/errors/{code}"
    assert error.request_id == REQUEST_ID
    assert error.method == "GET"
    assert error.url == FETCH_URL
    assert error.body["code"] == code
    assert str(code) in str(error) and text in str(error) and str(status) in str(error)


async def test_create_error_names_the_post(make_client):
    twilio = FakeTwilio(twilio_error(400, 21211, "The 'To' number +15005550001 is not a valid phone number."))
    client = make_client(twilio)

    with pytest.raises(BadRequestError) as caught:
        await resolve(client.messages.create(to="+15005550001", from_="+15005550006", body="hi"))

    assert (caught.value.method, caught.value.url, caught.value.code) == ("POST", CREATE_URL, 21211)
    assert twilio.count == 1


@pytest.mark.parametrize(
    ("status", "body", "content_type", "error_class"),
    [
        (502, "<html><body>Bad Gateway</body></html>", "text/html", ServerError),
        (404, "Not Found", "text/plain", NotFoundError),
        (400, "", "text/plain", BadRequestError),
        (401, '["not", "an", "object"]', "application/json", AuthenticationError),
        (418, "{truncated json", "application/json", ApiError),
    ],
    ids=["html-502", "text-404", "empty-400", "json-list-401", "broken-json-418"],
)
async def test_a_non_json_error_body_still_gives_a_typed_error(make_client, status, body, content_type, error_class):
    twilio = FakeTwilio(reply(status, text=body, headers={"Content-Type": content_type}))
    client = make_client(twilio, max_retries=0)

    with pytest.raises(error_class) as caught:
        await resolve(client.messages(MESSAGE_SID).fetch())

    error = caught.value
    assert type(error) is error_class
    assert error.status == status
    assert error.code is None and error.more_info is None
    assert error.message  # the reason phrase stands in for Twilio's message
    assert error.request_id == REQUEST_ID
    assert (error.method, error.url) == ("GET", FETCH_URL)


async def test_next_page_raises_the_same_typed_errors(make_client):
    pages = PagedTwilio("v2010", pages=3, size=2)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("PageToken") == "PA1":
            return twilio_error(404, 20404, "The requested resource was not found")(request)
        return pages(request)

    client = make_client(handler)
    first = await resolve(client.messages.page(page_size=2))

    with pytest.raises(NotFoundError) as caught:
        await resolve(first.next_page())

    assert caught.value.code == 20404 and caught.value.request_id == REQUEST_ID
    assert "PageToken=PA1" in caught.value.url


async def test_pager_iteration_raises_the_same_typed_errors(make_client):
    pages = PagedTwilio("v1", pages=3, size=2)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.params.get("PageToken") == "PT2":
            return twilio_error(503, 20503, "Service Unavailable")(request)
        return pages(request)

    client = make_client(handler, max_retries=1)
    items = []
    with pytest.raises(ServerError) as caught:
        async for item in _aiterate(client.services("MG" + "a" * 32).phone_numbers.list(page_size=2)):
            items.append(item)

    assert len(items) == 4  # the first two pages were delivered before the failure
    assert caught.value.status == 503 and caught.value.code == 20503
    assert [r.url.params.get("PageToken") for r in seen] == [None, "PT1", "PT2", "PT2"]  # the page fetch was retried


async def _aiterate(pager):
    if hasattr(pager, "__aiter__"):
        async for item in pager:
            yield item
    else:
        for item in pager:
            yield item


TRANSPORT_FAILURES = [
    (httpx.ConnectError, ApiConnectionError),
    (httpx.ReadError, ApiConnectionError),
    (httpx.WriteError, ApiConnectionError),
    (httpx.RemoteProtocolError, ApiConnectionError),
    (httpx.ConnectTimeout, ApiTimeoutError),
    (httpx.ReadTimeout, ApiTimeoutError),
    (httpx.WriteTimeout, ApiTimeoutError),
    (httpx.PoolTimeout, ApiTimeoutError),
]


@pytest.mark.parametrize(("failure", "error_class"), TRANSPORT_FAILURES,
                         ids=[f.__name__ for f, _ in TRANSPORT_FAILURES])
async def test_transport_failures_become_our_errors(make_client, failure, error_class):
    twilio = FakeTwilio(failure)
    client = make_client(twilio, max_retries=0)

    with pytest.raises(TwilioMessagingError) as caught:
        await resolve(client.messages(MESSAGE_SID).fetch())

    error = caught.value
    assert type(error) is error_class
    assert not isinstance(error, httpx.HTTPError)
    assert (error.method, error.url) == ("GET", FETCH_URL)
    assert failure.__name__ in str(error)
    assert error.__suppress_context__  # the httpx exception is not chained into tracebacks as the cause
    if error_class is ApiConnectionError:
        assert not isinstance(error, ApiTimeoutError)


async def test_a_corrupt_response_body_is_not_a_raw_httpx_error(make_client):
    twilio = FakeTwilio(reply(200, text="not gzip at all", headers={"Content-Encoding": "gzip"}))
    client = make_client(twilio, max_retries=0)

    with pytest.raises(ApiConnectionError) as caught:
        await resolve(client.messages(MESSAGE_SID).fetch())

    assert not isinstance(caught.value, httpx.HTTPError)
    assert "DecodingError" in str(caught.value)


async def test_an_undocumented_success_status_is_unexpected_not_a_twilio_error(make_client):
    # CreateMessage documents 201 only; a 200 must not be reported as "Twilio error" (the message was accepted).
    twilio = FakeTwilio(reply(200, json=message()))
    client = make_client(twilio)

    with pytest.raises(UnexpectedResponseError) as caught:
        await resolve(client.messages.create(to="+15005550006", body="hi"))

    assert not isinstance(caught.value, ApiError)
    assert (caught.value.operation, caught.value.status) == ("CreateMessage", 200)
    assert twilio.count == 1


async def test_a_list_page_retried_after_429_delivers_its_items(make_client):
    body = {**example("ListMessage", "readFullPage1"), "next_page_uri": None}
    twilio = FakeTwilio(twilio_error(429, 20429, "Too Many Requests"), reply(200, json=body))
    client = make_client(twilio)

    messages = await collect(client.messages.list())

    assert [m.sid for m in messages] == [m["sid"] for m in body["messages"]]
    assert twilio.count == 2


class _BodyFailsToConnect(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that raises a connect-type error after the headers arrived (a caller's odd transport)."""

    def __iter__(self) -> Iterator[bytes]:
        raise httpx.ConnectError("the body's connection failed")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        raise httpx.ConnectError("the body's connection failed")
        yield b""  # an async generator


async def test_a_connect_error_while_reading_an_answered_create_is_never_taken_for_unsent(make_client):
    """Headers arrived, so the request left: whatever the body raises, a create is not resent."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(201, stream=_BodyFailsToConnect())

    client = make_client(handler, max_retries=2)
    with pytest.raises(ApiConnectionError) as caught:
        await resolve(client.messages.create(to="+15558675310", from_="+15005550006", body="once"))

    assert len(calls) == 1  # a connect error before sending would have been retried
    assert caught.value.may_have_been_processed
    assert "ConnectError while reading the body" in str(caught.value)
