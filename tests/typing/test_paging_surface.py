"""Paging without traps, sync and async: None after the last page, no truth value, first() and to_list()."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pytest
from typing_support import FakeTwilio, resolve


async def test_next_page_after_the_last_page_is_none_without_a_request(make_client) -> None:
    twilio = FakeTwilio(total=3)
    client = make_client(twilio)
    page = await resolve(client.messages.page(page_size=2))
    second = await resolve(page.next_page())
    assert second is not None and len(second) == 1 and not second.has_next_page()
    assert await resolve(second.next_page()) is None
    assert len(twilio.requests) == 2


async def test_a_page_loop_inside_a_generator_ends_cleanly(make_client, mode) -> None:
    """StopIteration leaking from next_page() would become RuntimeError inside a generator (PEP 479)."""
    client = make_client(FakeTwilio(total=5))
    if mode == "sync":

        def sids():
            page = client.messages.page(page_size=2)
            while page is not None:
                yield from (m.sid for m in page)
                page = page.next_page()

        found = list(sids())
    else:

        async def sids():
            page = await client.messages.page(page_size=2)
            while page is not None:
                for m in page:
                    yield m.sid
                page = await page.next_page()

        found = [sid async for sid in sids()]
    assert len(found) == 5


async def test_a_pager_has_no_truth_value(make_client, mode) -> None:
    twilio = FakeTwilio(total=0)
    pager = make_client(twilio).messages.list(to="+15558675310", limit=1)
    hint = "first()" if mode == "sync" else "await first()"
    with pytest.raises(TypeError, match=rf"has no truth value.*`{re.escape(hint)} is None`"):
        if not pager:
            pass
    assert twilio.requests == []


async def test_first_asks_for_one_item(make_client) -> None:
    twilio = FakeTwilio(total=5)
    first = await resolve(make_client(twilio).messages.list(to="+15558675310").first())
    assert first is not None and first.sid == f"SM{0:032x}"
    assert len(twilio.requests) == 1
    query = parse_qs(twilio.requests[0].url.query.decode())
    assert query["PageSize"] == ["1"] and query["To"] == ["+15558675310"]


async def test_first_of_an_empty_list_is_none(make_client) -> None:
    assert await resolve(make_client(FakeTwilio(total=0)).messages.list().first()) is None


async def test_first_with_limit_zero_sends_nothing(make_client) -> None:
    twilio = FakeTwilio(total=5)
    assert await resolve(make_client(twilio).messages.list(limit=0).first()) is None
    assert twilio.requests == []


async def test_to_list_walks_every_page_up_to_the_limit(make_client) -> None:
    twilio = FakeTwilio(total=7)
    client = make_client(twilio)
    everything = await resolve(client.messages.list(page_size=3).to_list())
    assert [m.sid for m in everything] == [f"SM{n:032x}" for n in range(7)] and len(twilio.requests) == 3
    assert len(await resolve(client.messages.list(limit=4, page_size=3).to_list())) == 4
