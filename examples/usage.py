"""The README's usage examples, as functions a test runs against the emulator."""

from __future__ import annotations

import asyncio
import datetime

from twilio_messaging import AsyncClient, Client, NotFoundError, RateLimitError
from twilio_messaging.types import Message, Page


def send_message(client: Client) -> str:
    message = client.messages.create(
        to="+15558675310",
        from_="+15005550006",
        body="Your order has shipped 📦",
        media_url=["https://example.com/receipt.png"],
    )
    print(message.sid, message.status, message.date_created)  # date_created: an aware datetime
    return message.sid


def list_with_a_filter(client: Client) -> list[str]:
    today = datetime.datetime.now(datetime.UTC).date()
    bodies: list[str] = []
    for message in client.messages.list(to="+15558675310", date_sent_after=today, limit=20):
        if message.body is not None:  # body may be null (never "None" or "UNSET")
            bodies.append(message.body)
    return bodies


def walk_pages(client: Client) -> int:
    page: Page[Message] | None = client.messages.page(page_size=50)  # one request per page
    pages = 0
    while page is not None:
        pages += 1
        page = page.next_page()  # None after the last page
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
    return [message.sid async for message in client.messages.list(limit=3)]
