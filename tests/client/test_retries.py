"""Which failures are retried for which methods, how long the client waits, and how to turn it off.

Delays are recorded by the autouse ``sleeps`` fixture instead of slept.
"""

from __future__ import annotations

import datetime
import email.utils

import httpx
import pytest
from twilio_messaging import ApiConnectionError, ApiTimeoutError, BadRequestError, RateLimitError, ServerError
from twilio_messaging._retry import MAX_RETRY_AFTER

from .conftest import MESSAGE_SID, FakeTwilio, form, message, reply, resolve, twilio_error

RATE_LIMITED = twilio_error(429, 20429, "Too Many Requests")
OK = reply(200, json=message())

# Each failure, and what the caller sees once retries run out.
FAILURES = {
    "429": (RATE_LIMITED, RateLimitError),
    "500": (twilio_error(500, 20500, "Internal Server Error"), ServerError),
    "502": (reply(502, text="Bad Gateway"), ServerError),
    "503": (twilio_error(503, 20503, "Service Unavailable"), ServerError),
    "connect-error": (httpx.ConnectError, ApiConnectionError),
    "connect-timeout": (httpx.ConnectTimeout, ApiTimeoutError),
    "read-timeout": (httpx.ReadTimeout, ApiTimeoutError),
    "read-error": (httpx.ReadError, ApiConnectionError),
}
SAFE_FOR_CREATE = ["429", "connect-error", "connect-timeout"]  # the request was not processed / never left
UNSAFE_FOR_CREATE = ["500", "502", "503", "read-timeout", "read-error"]  # the message may have been sent


def fetch(client):
    return client.messages(MESSAGE_SID).fetch()


def delete(client):
    return client.messages(MESSAGE_SID).delete()


def create(client):
    return client.messages.create(to="+15558675310", from_="+15005550006", body="Your code is 123456")


def update(client):
    return client.messages(MESSAGE_SID).update(status="canceled")


SUCCESS = {
    fetch: reply(200, json=message()),
    delete: reply(204),
    create: reply(201, json=message()),
    update: reply(200, json=message(status="canceled")),
}


@pytest.mark.parametrize("call", [fetch, delete], ids=["GET", "DELETE"])
@pytest.mark.parametrize("failure", list(FAILURES))
async def test_reads_and_deletes_retry_every_transient_failure_up_to_max_retries(make_client, sleeps, call, failure):
    step, error_class = FAILURES[failure]
    twilio = FakeTwilio(step)
    client = make_client(twilio)  # default max_retries=2

    with pytest.raises(error_class):
        await resolve(call(client))

    assert twilio.count == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("call", [fetch, delete], ids=["GET", "DELETE"])
@pytest.mark.parametrize("failure", list(FAILURES))
async def test_reads_and_deletes_recover_after_a_transient_failure(make_client, call, failure):
    step, _ = FAILURES[failure]
    twilio = FakeTwilio(step, step, SUCCESS[call])
    client = make_client(twilio)

    await resolve(call(client))

    assert twilio.count == 3
    assert len({r.method for r in twilio.requests}) == 1


@pytest.mark.parametrize("call", [create, update], ids=["create", "update"])
@pytest.mark.parametrize("failure", SAFE_FOR_CREATE)
async def test_posts_retry_only_what_cannot_have_been_processed(make_client, call, failure):
    step, error_class = FAILURES[failure]
    twilio = FakeTwilio(step, SUCCESS[call])
    client = make_client(twilio)

    await resolve(call(client))

    assert twilio.count == 2
    first, second = twilio.requests
    assert first.content == second.content  # the same message, not a changed one


@pytest.mark.parametrize("failure", SAFE_FOR_CREATE)
async def test_create_gives_up_after_max_retries_on_safe_failures(make_client, failure):
    step, error_class = FAILURES[failure]
    twilio = FakeTwilio(step)
    client = make_client(twilio)

    with pytest.raises(error_class):
        await resolve(create(client))

    assert twilio.count == 3


@pytest.mark.parametrize("call", [create, update], ids=["create", "update"])
@pytest.mark.parametrize("failure", UNSAFE_FOR_CREATE)
async def test_posts_are_sent_exactly_once_after_a_5xx_or_lost_response(make_client, sleeps, call, failure):
    step, error_class = FAILURES[failure]
    twilio = FakeTwilio(step, SUCCESS[call])  # a retry would succeed: and text someone twice
    client = make_client(twilio, max_retries=5)

    with pytest.raises(error_class):
        await resolve(call(client))

    assert twilio.count == 1
    assert sleeps == []


async def test_create_body_is_sent_once_after_500(make_client):
    twilio = FakeTwilio(twilio_error(500, 20500, "Internal Server Error"), reply(201, json=message()))
    client = make_client(twilio)

    with pytest.raises(ServerError):
        await resolve(create(client))

    assert [dict(form(r))["Body"] for r in twilio.requests] == ["Your code is 123456"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [("3", 3.0), ("0.5", 0.5), ("0", 0.0), ("86400", MAX_RETRY_AFTER), ("-5", 0.0)],
    ids=["seconds", "fraction", "zero", "capped", "negative"],
)
async def test_retry_after_seconds_is_honoured_and_capped(make_client, sleeps, header, expected):
    twilio = FakeTwilio(twilio_error(429, 20429, "Too Many Requests", {"Retry-After": header}), OK)
    client = make_client(twilio, timeout=120)  # a budget that leaves room for the longest wait

    await resolve(fetch(client))

    assert sleeps == [expected]
    assert MAX_RETRY_AFTER <= 60


async def test_retry_after_http_date_is_honoured(make_client, sleeps):
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=20)
    header = email.utils.format_datetime(when, usegmt=True)
    twilio = FakeTwilio(twilio_error(503, 20503, "Service Unavailable", {"Retry-After": header}), OK)
    client = make_client(twilio)

    await resolve(fetch(client))

    assert len(sleeps) == 1
    assert 17.0 <= sleeps[0] <= 20.0


@pytest.mark.parametrize(
    ("header", "check"),
    [
        ("Wed, 21 Oct 2099 07:28:00 GMT", lambda s: s == MAX_RETRY_AFTER),
        ("Wed, 21 Oct 2015 07:28:00 GMT", lambda s: s == 0.0),
        ("soon", lambda s: 0.375 <= s <= 0.5),  # unreadable: the normal backoff
        ("nan", lambda s: 0.375 <= s <= 0.5),
        ("inf", lambda s: 0.375 <= s <= 0.5),
        ("-inf", lambda s: 0.375 <= s <= 0.5),
        ("1e400", lambda s: 0.375 <= s <= 0.5),  # overflows to inf
        ("1e30", lambda s: s == MAX_RETRY_AFTER),
        ("Wed, 21 Oct 99999 07:28:00 GMT", lambda s: 0.375 <= s <= 0.5),  # a year datetime cannot hold
        ("Wed, 32 Oct 2015 07:28:00 GMT", lambda s: 0.375 <= s <= 0.5),
    ],
    ids=["far-future-capped", "past", "garbage", "nan", "inf", "-inf", "overflow", "huge", "year-99999", "day-32"],
)
async def test_retry_after_dates_are_capped_and_bad_values_ignored(make_client, sleeps, header, check):
    twilio = FakeTwilio(twilio_error(429, 20429, "Too Many Requests", {"Retry-After": header}), OK)
    client = make_client(twilio, timeout=120)

    await resolve(fetch(client))

    assert len(sleeps) == 1 and check(sleeps[0])


async def test_backoff_grows_exponentially_with_bounded_jitter(make_client, sleeps):
    twilio = FakeTwilio(reply(503, text="busy"))
    client = make_client(twilio, max_retries=6)

    with pytest.raises(ServerError):
        await resolve(fetch(client))

    assert twilio.count == 7
    nominal = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]  # doubling from 0.5 s, capped at 8 s
    assert len(sleeps) == len(nominal)
    for delay, base in zip(sleeps, nominal, strict=True):
        assert 0.75 * base <= delay <= base


async def test_with_options_max_retries_zero_disables_retries(make_client, sleeps):
    twilio = FakeTwilio(RATE_LIMITED)
    client = make_client(twilio)

    with pytest.raises(RateLimitError):
        await resolve(fetch(client.with_options(max_retries=0)))
    assert twilio.count == 1 and sleeps == []

    with pytest.raises(RateLimitError):
        await resolve(fetch(client))  # the original client still retries
    assert twilio.count == 1 + 3


@pytest.mark.parametrize(("max_retries", "attempts"), [(0, 1), (1, 2), (5, 6)])
async def test_per_client_max_retries(make_client, max_retries, attempts):
    twilio = FakeTwilio(httpx.ConnectError)
    client = make_client(twilio, max_retries=max_retries)

    with pytest.raises(ApiConnectionError):
        await resolve(fetch(client))

    assert twilio.count == attempts


async def test_with_options_can_raise_retries_above_the_client_setting(make_client):
    twilio = FakeTwilio(RATE_LIMITED)
    client = make_client(twilio, max_retries=0)

    with pytest.raises(RateLimitError):
        await resolve(fetch(client.with_options(max_retries=3)))

    assert twilio.count == 4


@pytest.mark.parametrize("bad", [-1, True, 1.5, "2"])
def test_invalid_max_retries_is_refused(make_client, bad):
    with pytest.raises(ValueError, match="max_retries"):
        make_client(FakeTwilio(), max_retries=bad)
    with pytest.raises(ValueError, match="max_retries"):
        make_client(FakeTwilio()).with_options(max_retries=bad)


async def test_a_4xx_other_than_429_is_never_retried(make_client):
    twilio = FakeTwilio(twilio_error(400, 21211, "Invalid 'To' Phone Number"))
    client = make_client(twilio, max_retries=5)

    with pytest.raises(BadRequestError):
        await resolve(fetch(client))

    assert twilio.count == 1


def test_retry_after_http_date_without_zone_is_read_as_gmt() -> None:
    import email.utils
    import time

    from twilio_messaging._retry import parse_retry_after

    in_ten = email.utils.formatdate(time.time() + 10, usegmt=True).replace(" GMT", " -0000")
    delay = parse_retry_after(in_ten)
    assert delay is not None and 8 <= delay <= 11


@pytest.mark.parametrize("header", ["60", "nan"])
async def test_no_wait_outlives_the_calls_time_budget(make_client, sleeps, header):
    twilio = FakeTwilio(twilio_error(429, 20429, "Too Many Requests", {"Retry-After": header}), OK)
    client = make_client(twilio, timeout=1.0)

    if header == "60":  # a 60 s wait cannot fit in a 1 s call: the 429 is raised at once, with what it asked
        with pytest.raises(RateLimitError) as caught:
            await resolve(fetch(client))
        assert sleeps == [] and twilio.count == 1
        assert caught.value.retry_after == 60.0
    else:  # unreadable: the normal backoff, which fits
        await resolve(fetch(client))
        assert len(sleeps) == 1 and sleeps[0] <= 0.5


async def test_retries_get_only_the_time_left(make_client, sleeps):
    twilio = FakeTwilio(twilio_error(503, 20503, "Service Unavailable"), OK)
    client = make_client(twilio, timeout=httpx.Timeout(10.0, connect=5.0))

    await resolve(fetch(client))

    first, second = (request.extensions["timeout"] for request in twilio.requests)
    assert first == {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}
    assert second["connect"] == 5.0  # within what is left: unchanged
    assert all(9.0 < second[phase] <= 10.0 for phase in ("read", "write", "pool"))
