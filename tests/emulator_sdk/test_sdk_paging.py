"""Paging through the SDK: 2010 lists beyond 1,000 messages, limits, and a v1 list (services)."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from twilio_messaging import Client, capture_responses
from twilio_messaging_emulator import EmulatorServer

from .conftest import HANDSET, OUR_NUMBER

TOTAL = 1050


@pytest.fixture
def many(emulator: EmulatorServer) -> list[str]:
    """1,050 messages (created through the emulator's Python API, which validates like the API)."""
    sids = [emulator.state.send_message(HANDSET, f"update {n}", from_=OUR_NUMBER)["sid"] for n in range(TOTAL)]
    return sids[::-1]  # lists are newest first


def _page_sizes(captured: Sequence[httpx.Response]) -> list[str]:
    return [parse_qs(urlsplit(str(r.request.url)).query)["PageSize"][0] for r in captured]


def test_list_walks_past_1000_with_page_size_1000(client: Client, many: list[str]) -> None:
    with capture_responses() as captured:
        sids = [m.sid for m in client.messages.list(page_size=1000)]
    assert sids == many
    assert len(captured.responses) == 2 and _page_sizes(captured.responses) == ["1000", "1000"]
    first, second = (r.json() for r in captured.responses)
    assert (len(first["messages"]), len(second["messages"])) == (1000, 50)
    assert (first["page"], second["page"], second["start"], second["end"]) == (0, 1, 1000, 1049)
    assert first["next_page_uri"].startswith("/2010-04-01/") and "PageToken=PA" in first["next_page_uri"]
    assert second["next_page_uri"] is None


def test_pages_of_the_default_size(client: Client, many: list[str]) -> None:
    pages = list(client.messages.list().pages())
    assert [len(p) for p in pages] == [50] * 21
    assert [m.sid for p in pages for m in p] == many
    assert pages[0].envelope["page_size"] == 50 and not pages[-1].has_next_page()


@pytest.mark.parametrize(
    ("limit", "requests", "page_size"),
    [(5, 1, "5"), (1000, 1, "1000"), (1010, 2, "1000"), (TOTAL, 2, "1000"), (5000, 2, "1000")],
)
def test_limit_sets_the_page_size_and_stops_early(
    client: Client, many: list[str], limit: int, requests: int, page_size: str
) -> None:
    with capture_responses() as captured:
        sids = [m.sid for m in client.messages.list(limit=limit)]
    assert sids == many[:limit]
    assert len(captured.responses) == requests and set(_page_sizes(captured.responses)) == {page_size}


def test_an_explicit_page_size_wins_over_the_limit(client: Client, many: list[str]) -> None:
    with capture_responses() as captured:
        sids = [m.sid for m in client.messages.list(limit=120, page_size=50)]
    assert sids == many[:120] and len(captured.responses) == 3


def test_limit_zero_sends_nothing(client: Client, many: list[str]) -> None:
    with capture_responses() as captured:
        assert list(client.messages.list(limit=0)) == []
    assert captured.responses == []


def test_page_by_page_survives_new_messages(client: Client, emulator: EmulatorServer, many: list[str]) -> None:
    page = client.messages.page(page_size=400)
    seen = [m.sid for m in page]
    for n in range(3):  # newer messages arrive while we read: the PageToken keeps our place
        emulator.state.send_message(HANDSET, f"late {n}", from_=OUR_NUMBER)
    while (following := page.next_page()) is not None:
        page = following
        seen.extend(m.sid for m in page)
    assert seen == many
    assert page.next_page() is None


def test_filters_stay_on_every_page(client: Client, emulator: EmulatorServer, many: list[str]) -> None:
    for n in range(30):
        emulator.state.send_message("+14155550199", f"other {n}", from_=OUR_NUMBER)
    with capture_responses() as captured:
        found = list(client.messages.list(to="+14155550199", page_size=7))
    assert len(found) == 30 and {m.to for m in found} == {"+14155550199"}
    assert all("To=%2B14155550199" in str(r.request.url) for r in captured.responses)
    assert len(captured.responses) == 5


def test_a_v1_list_beyond_one_page(client: Client, emulator: EmulatorServer) -> None:
    created = [str(client.services.create(friendly_name=f"service {n:02}").sid) for n in range(55)]
    with capture_responses() as captured:
        listed = [str(s.sid) for s in client.services.list()]
    assert listed == created  # v1 lists are oldest first
    assert len(captured.responses) == 2
    meta = captured.responses[0].json()["meta"]
    assert (meta["key"], meta["page"], meta["page_size"]) == ("services", 0, 50)
    assert meta["next_page_url"].startswith(f"{emulator.base_url}/v1/Services?")
    assert "PageToken=" in meta["next_page_url"]
    assert captured.responses[1].json()["meta"]["next_page_url"] is None

    pages = list(client.services.list(page_size=20).pages())
    assert [len(p) for p in pages] == [20, 20, 15]
    assert [str(s.sid) for s in client.services.list(limit=21)] == created[:21]
