"""The README's usage examples, as functions a test runs against the emulator."""

from __future__ import annotations

import asyncio
import datetime

from twilio_messaging import AsyncClient, Client, NotFoundError, RateLimitError


def send_message(client: Client) -> str:
    message = client.messages.create(
        to="+15558675310",
        from_="+15005550006",
        body="Your order has shipped 📦",
        media_url=["https://example.com/receipt.png"],
    )
    print(message.sid, message.status, message.date_created)  # date_created: an aware datetime
    return str(message.sid)


def list_with_a_filter(client: Client) -> list[str]:
    today = datetime.datetime.now(datetime.UTC).date()
    bodies = []
    for message in client.messages.list(to="+15558675310", date_sent_after=today, limit=20):
        bodies.append(str(message.body))
    return bodies


def walk_pages(client: Client) -> int:
    page = client.messages.page(page_size=50)
    pages = 1
    while page.has_next_page():
        page = page.next_page()
        pages += 1
    return pages


def handle_errors(client: Client) -> str:
    try:
        client.messages("SM00000000000000000000000000000000").fetch()
    except NotFoundError as error:
        # status, Twilio's code and message, the docs link and the request id are all kept
        return f"{error.status} {error.code} {error.message} {error.more_info}"
    except RateLimitError:
        raise  # already retried with backoff; safe to try again later
    return "found"


async def send_async(client: AsyncClient) -> list[str]:
    await asyncio.gather(
        *(client.messages.create(to="+15558675310", from_="+15005550006", body=f"hello {n}") for n in range(3))
    )
    return [str(message.sid) async for message in client.messages.list(limit=3)]
