"""Paging beyond 1,000 items in both envelopes, and list filters."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
from emulator_helpers import TO, VALID_FROM, send
from emulator_schema_fields import META, PAGE_2010
from twilio_messaging_emulator import FakeClock
from twilio_messaging_emulator.core.params import Params
from twilio_messaging_emulator.emulator import Emulator


def bulk_messages(emulator: Emulator, count: int, to: str = TO) -> list[str]:
    return [
        emulator.create_message(Params([("To", to), ("From", VALID_FROM), ("Body", f"n{i}")])).sid for i in range(count)
    ]


async def test_2010_paging_follows_next_page_uri_past_1000(
    client: httpx.AsyncClient, emulator: Emulator, messages_path: str
) -> None:
    created = bulk_messages(emulator, 1050)
    seen: list[str] = []
    uri: str | None = f"{messages_path}?PageSize=1000"
    pages = []
    while uri:
        response = await client.get(uri)
        assert response.status_code == 200
        page = response.json()
        assert set(page) >= PAGE_2010 | {"messages"}
        pages.append(page)
        seen += [m["sid"] for m in page["messages"]]
        uri = page["next_page_uri"]
        assert uri is None or uri.startswith("/2010-04-01/")
    assert len(pages) == 2
    assert seen == list(reversed(created))  # newest first, nothing lost or repeated
    first, second = pages
    assert (first["page"], first["page_size"], first["start"], first["end"]) == (0, 1000, 0, 999)
    assert (second["page"], second["start"], second["end"]) == (1, 1000, 1049)
    assert first["previous_page_uri"] is None and second["previous_page_uri"] is not None
    assert "PageToken=PA" in first["next_page_uri"]
    assert first["first_page_uri"].endswith("PageSize=1000&Page=0")
    previous = (await client.get(second["previous_page_uri"])).json()
    assert [m["sid"] for m in previous["messages"]] == [m["sid"] for m in first["messages"]]


async def test_2010_default_page_size_and_page_number(
    client: httpx.AsyncClient, emulator: Emulator, messages_path: str
) -> None:
    created = list(reversed(bulk_messages(emulator, 120)))
    page = (await client.get(messages_path)).json()
    assert page["page_size"] == 50 and len(page["messages"]) == 50
    third = (await client.get(messages_path, params={"Page": 2})).json()
    assert [m["sid"] for m in third["messages"]] == created[100:]
    assert third["next_page_uri"] is None


async def test_page_token_survives_new_messages(
    client: httpx.AsyncClient, emulator: Emulator, messages_path: str
) -> None:
    created = list(reversed(bulk_messages(emulator, 30)))
    first = (await client.get(messages_path, params={"PageSize": 10})).json()
    bulk_messages(emulator, 5)  # newer messages appear at the front meanwhile
    second = (await client.get(first["next_page_uri"])).json()
    assert [m["sid"] for m in second["messages"]] == created[10:20]


async def test_v1_paging_follows_absolute_next_page_url_past_1000(client: httpx.AsyncClient) -> None:
    for index in range(1001):
        assert (await client.post("/v1/Services", data={"FriendlyName": f"svc {index}"})).status_code == 201
    url: str | None = "https://emulator.test/v1/Services?PageSize=1000"
    names: list[str] = []
    metas = []
    while url:
        assert url.startswith("https://emulator.test/v1/Services?")  # absolute, on the request's host
        body = (await client.get(url)).json()
        assert set(body["meta"]) == META and body["meta"]["key"] == "services"
        metas.append(body["meta"])
        names += [s["friendly_name"] for s in body["services"]]
        url = body["meta"]["next_page_url"]
    assert names == [f"svc {i}" for i in range(1001)]
    assert len(metas) == 2
    assert metas[0]["previous_page_url"] is None and metas[1]["previous_page_url"] is not None
    assert metas[1]["page"] == 1 and metas[1]["page_size"] == 1000
    assert parse_qs(urlsplit(metas[0]["first_page_url"]).query) == {"PageSize": ["1000"], "Page": ["0"]}


async def test_filters_to_from_and_date_sent(
    client: httpx.AsyncClient, emulator: Emulator, messages_path: str, clock: FakeClock
) -> None:
    bulk_messages(emulator, 3, to="+14155550101")
    clock.advance(86400)  # next day: 2024-05-02
    bulk_messages(emulator, 2, to="+14155550102")
    emulator.register_number("+14155550111")
    await send(client, messages_path, From="+14155550111", To="+14155550102")

    async def count(**params: str) -> int:
        body = (await client.get(messages_path, params=params)).json()
        return len(body["messages"])

    assert await count() == 6
    assert await count(To="+14155550101") == 3
    assert await count(To="+14155550102") == 3
    assert await count(From="+14155550111") == 1
    assert await count(To="+14155550102", From=VALID_FROM) == 2
    assert await count(DateSent="2024-05-01") == 3
    assert await count(DateSent="2024-05-02") == 3
    assert await count(**{"DateSent<": "2024-05-01"}) == 3
    assert await count(**{"DateSent>": "2024-05-02"}) == 3
    assert await count(**{"DateSent>": "2024-05-01", "DateSent<": "2024-05-02"}) == 6
    assert await count(**{"DateSent<": "2024-04-30"}) == 0
    assert await count(**{"DateSent>": "2024-05-01T12:00:01Z"}) == 3
    assert await count(**{"DateSent>": "Thu, 02 May 2024 00:00:00 +0000"}) == 3
    # Operators also arrive unencoded, e.g. DateSent<=2024-05-01 typed by hand.
    raw = await client.get(messages_path + "?DateSent<=2024-05-01&To=%2B14155550101")
    page = raw.json()
    assert len(page["messages"]) == 3
    assert "DateSent%3C=2024-05-01" in page["uri"] and "To=%2B14155550101" in page["uri"]


async def test_filtered_links_keep_their_filters(
    client: httpx.AsyncClient, emulator: Emulator, messages_path: str
) -> None:
    bulk_messages(emulator, 5, to="+14155550101")
    page = (await client.get(messages_path, params={"To": "+14155550101", "PageSize": 2})).json()
    assert page["next_page_uri"].startswith(messages_path + "?To=%2B14155550101&PageSize=2&Page=1&PageToken=PA")
    second = (await client.get(page["next_page_uri"])).json()
    assert len(second["messages"]) == 2 and all(m["to"] == "+14155550101" for m in second["messages"])


async def test_invalid_date_filter(client: httpx.AsyncClient, messages_path: str) -> None:
    response = await client.get(messages_path, params={"DateSent": "yesterday"})
    assert response.status_code == 400 and response.json()["code"] == 20001
