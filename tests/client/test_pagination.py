"""Paging over both list envelopes: links followed, limits and page sizes, the page API, flat memory."""

from __future__ import annotations

import gc
import weakref
from urllib.parse import urlsplit

import httpx
import pytest
from twilio_messaging_api.models.message import Message
from twilio_messaging_api.models.service_phone_number import ServicePhoneNumber

from .conftest import MESSAGES_PATH, SERVICE_SID, PagedTwilio, collect, example, query, resolve


def path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


async def test_2010_list_follows_next_page_uri_over_three_pages(make_client):
    twilio = PagedTwilio("v2010")
    client = make_client(twilio)

    messages = await collect(client.messages.list(page_size=2))

    assert [m.sid for m in messages] == twilio.expected_sids()
    assert all(isinstance(m, Message) for m in messages)
    assert len(twilio.requests) == 3
    first, second, third = twilio.requests
    assert dict(query(first)) == {"PageSize": "2"}
    assert first.url.raw_path.decode() == f"{MESSAGES_PATH}?PageSize=2"
    assert second.url.raw_path.decode() == twilio.link(1)
    assert third.url.raw_path.decode() == twilio.link(2)
    assert {r.url.host for r in twilio.requests} == {"api.twilio.com"}


async def test_v1_list_follows_meta_next_page_url_retargeted_to_base_url(make_client):
    twilio = PagedTwilio("v1", pages=4)
    client = make_client(twilio, base_url="http://127.0.0.1:4010")

    numbers = await collect(client.services(SERVICE_SID).phone_numbers.list(page_size=2))

    assert [n.sid for n in numbers] == twilio.expected_sids()
    assert all(isinstance(n, ServicePhoneNumber) for n in numbers)
    assert len(twilio.requests) == 4
    # The absolute https://messaging.twilio.com links are followed on the configured origin.
    assert {(r.url.scheme, r.url.host, r.url.port) for r in twilio.requests} == {("http", "127.0.0.1", 4010)}
    for page, request in enumerate(twilio.requests[1:], start=1):
        assert request.url.raw_path.decode() == path_and_query(twilio.link(page))


async def test_v1_next_page_url_follows_region_and_edge(make_client):
    twilio = PagedTwilio("v1")
    client = make_client(twilio, region="ie1", edge="dublin")

    await collect(client.services(SERVICE_SID).phone_numbers.list(page_size=2))

    assert [r.url.host for r in twilio.requests] == ["messaging.dublin.ie1.twilio.com"] * 3


@pytest.mark.parametrize("style", ["v2010", "v1"])
async def test_limit_stops_in_the_middle_of_a_page(make_client, style):
    twilio = PagedTwilio(style, pages=3, size=2)
    client = make_client(twilio)
    resource = client.messages if style == "v2010" else client.services(SERVICE_SID).phone_numbers

    items = await collect(resource.list(limit=3, page_size=2))

    assert [item.sid for item in items] == twilio.expected_sids(3)
    assert len(twilio.requests) == 2  # the third page is never asked for


async def test_limit_at_a_page_boundary_fetches_no_further_page(make_client):
    twilio = PagedTwilio("v2010", pages=3, size=2)
    client = make_client(twilio)

    items = await collect(client.messages.list(limit=2, page_size=2))

    assert len(items) == 2
    assert len(twilio.requests) == 1


async def test_limit_zero_sends_nothing(make_client):
    twilio = PagedTwilio("v2010")
    client = make_client(twilio)

    assert await collect(client.messages.list(limit=0)) == []
    assert twilio.requests == []


@pytest.mark.parametrize(
    ("limit", "page_size", "sent"),
    [(7, None, "7"), (1000, None, "1000"), (5000, None, "1000"), (None, 20, "20"), (3, 20, "20"), (None, None, None)],
    ids=["limit", "limit-1000", "limit-over-1000", "page-size", "both", "neither"],
)
async def test_page_size_sent_as_pagesize(make_client, limit, page_size, sent):
    twilio = PagedTwilio("v2010", pages=1, size=1)
    client = make_client(twilio)

    await collect(client.messages.list(limit=limit, page_size=page_size))

    assert dict(query(twilio.requests[0])).get("PageSize") == sent


@pytest.mark.parametrize("page_size", [1001, 5000, 0, -1])
async def test_page_size_out_of_range_raises_value_error_before_sending(make_client, page_size):
    twilio = PagedTwilio("v2010")
    client = make_client(twilio)

    with pytest.raises(ValueError, match="page_size"):
        await collect(client.messages.list(page_size=page_size))
    with pytest.raises(ValueError, match="page_size"):
        await collect(client.services(SERVICE_SID).phone_numbers.list(page_size=page_size))
    with pytest.raises(ValueError, match="page_size"):
        await resolve(client.messages.page(page_size=page_size))

    assert twilio.requests == []


async def test_page_api_walks_pages_one_request_each(make_client, mode):
    twilio = PagedTwilio("v2010", pages=3, size=2)
    client = make_client(twilio)

    first = await resolve(client.messages.page(page_size=2))
    assert len(twilio.requests) == 1
    assert [m.sid for m in first] == twilio.expected_sids(2)
    assert len(first) == 2 and first.has_next_page()
    assert first.envelope["page"] == 0 and "messages" not in first.envelope
    assert first.status_code == 200 and first.headers is not None

    second = await resolve(first.next_page())
    third = await resolve(second.next_page())

    assert len(twilio.requests) == 3
    assert [m.sid for m in second.items + third.items] == twilio.expected_sids()[2:]
    assert second.has_next_page() and not third.has_next_page()
    assert await resolve(third.next_page()) is None  # after the last page: None, no request, no StopIteration
    assert len(twilio.requests) == 3


async def test_v1_page_api_walks_pages(make_client):
    twilio = PagedTwilio("v1", pages=2, size=3)
    client = make_client(twilio, base_url="http://127.0.0.1:4010")

    first = await resolve(client.services(SERVICE_SID).phone_numbers.page(page_size=3))
    second = await resolve(first.next_page())

    assert first.has_next_page() and not second.has_next_page()
    assert [n.sid for n in [*first, *second]] == twilio.expected_sids()
    assert twilio.requests[1].url.host == "127.0.0.1"


async def test_page_token_and_page_number_are_sent(make_client):
    twilio = PagedTwilio("v2010")
    client = make_client(twilio)

    page = await resolve(client.messages.page(page_size=2, page_token="PA1", page_number=1))

    assert dict(query(twilio.requests[0])) == {"PageSize": "2", "Page": "1", "PageToken": "PA1"}
    assert [m.sid for m in page] == twilio.expected_sids()[2:4]


async def test_empty_list_is_one_request_and_no_items(make_client):
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=example("ListMessagingCountry", "readEmpty"))

    requests: list[httpx.Request] = []
    client = make_client(handler)

    assert await collect(client.pricing.countries.list()) == []
    assert len(requests) == 1 and requests[0].url.host == "pricing.twilio.com"


@pytest.mark.parametrize("style", ["v2010", "v1"])
async def test_pager_keeps_only_the_current_page(make_client, mode, style):
    twilio = PagedTwilio(style, pages=4, size=3)
    client = make_client(twilio)
    resource = client.messages if style == "v2010" else client.services(SERVICE_SID).phone_numbers
    pager = resource.list(page_size=3)

    # Read to the first item of the third page, keeping only weak references to the items read before.
    refs = []
    if mode == "sync":
        iterator = iter(pager)
        for _ in range(6):
            refs.append(weakref.ref(next(iterator)))
        current = next(iterator)
    else:
        iterator = aiter(pager)
        for _ in range(6):
            refs.append(weakref.ref(await anext(iterator)))
        current = await anext(iterator)
    refs.append(weakref.ref(current))
    gc.collect()

    assert len(twilio.responses) == 3
    # No response outlives its page's parsing: pages keep status and headers, not the body.
    assert [ref() for ref in twilio.responses] == [None, None, None]
    # Items already walked past are released (a walk makes each model as it yields it, and keeps none);
    # the one still held is alive, so the check is meaningful.
    assert [ref() is None for ref in refs] == [True] * 6 + [False]


