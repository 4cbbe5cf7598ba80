"""A scripted fake Twilio for the runtime checks (fixtures in conftest.py run each test with both clients)."""

from __future__ import annotations

import inspect
from typing import Any
from urllib.parse import parse_qs

import httpx

ACCOUNT_SID = "AC" + "a" * 32
MESSAGE_SID = "SM" + "b" * 32
SERVICE_SID = "MG" + "c" * 32


def message_json(n: int) -> dict[str, Any]:
    return {
        "sid": f"SM{n:032x}",
        "account_sid": ACCOUNT_SID,
        "to": "+15558675310",
        "from": "+15017122661",
        "body": f"message {n}",
        "status": "delivered",
        "direction": "outbound-api",
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_sent": None,
        "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/SM{n:032x}.json",
        "num_segments": "1",
        "num_media": "0",
        "api_version": "2010-04-01",
        "subresource_uris": {},
    }


class FakeTwilio:
    """Serves ``total`` messages in pages of ``PageSize`` (2010 envelope) and records every request."""

    def __init__(self, total: int = 5) -> None:
        self.total = total
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "POST":  # create answers 201, update 200
            return httpx.Response(201 if request.url.path.endswith("/Messages.json") else 200, json=message_json(0))
        query = parse_qs(request.url.query.decode())
        size = int(query.get("PageSize", ["50"])[0])
        page = int(query.get("Page", ["0"])[0])
        items = [message_json(n) for n in range(page * size, min(self.total, (page + 1) * size))]
        more = (page + 1) * size < self.total
        next_uri = f"{request.url.path}?PageSize={size}&Page={page + 1}&PageToken=PA{page + 1}" if more else None
        return httpx.Response(200, json={"messages": items, "next_page_uri": next_uri, "page": page})


async def resolve(value: Any) -> Any:
    """Await a coroutine (async client), pass a value through (sync client)."""
    return await value if inspect.isawaitable(value) else value
