# pyright: strict
"""Fifteen everyday tasks, written as a user would: must pass mypy --strict and pyright strict, no casts.

Only type-checked (tests/typing/test_checkers.py); it never runs, so it needs no credentials.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from twilio_messaging import BadRequestError, Client
from twilio_messaging.types import (
    Media,
    Message,
    MessageFeedback,
    MessageStatus,
    MessagingCountry,
    Page,
    Pager,
    ServicePhoneNumber,
)

SERVICE_SID = "MG" + "0" * 32
OUR_NUMBER = "+15017122661"


def send_sms(client: Client, to: str) -> str:
    message = client.messages.create(to=to, from_=OUR_NUMBER, body="Hello from Python")
    return message.sid  # 1. send an SMS: the SID is a str, never None


def send_mms(client: Client, to: str) -> int:
    message = client.messages.create(to=to, from_=OUR_NUMBER, media_url=["https://demo.twilio.com/owl.png"])
    return message.num_media  # 2. MMS


def send_whatsapp(client: Client, to: str) -> MessageStatus:
    message = client.messages.create(to=f"whatsapp:{to}", from_=f"whatsapp:{OUR_NUMBER}", body="Hi on WhatsApp")
    return message.status  # 3. WhatsApp


def send_through_service(client: Client, to: str) -> str | None:
    message = client.messages.create(to=to, messaging_service_sid=SERVICE_SID, body="From the pool")
    return message.messaging_service_sid  # 4. through a Messaging Service (nullable: None for direct sends)


def schedule_then_cancel(client: Client, to: str) -> bool:
    send_at = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=2)
    scheduled = client.messages.create(
        to=to, messaging_service_sid=SERVICE_SID, body="Later", schedule_type="fixed", send_at=send_at
    )
    canceled = client.messages(scheduled.sid).update(status="canceled")  # 5. schedule and cancel
    return canceled.status is MessageStatus.CANCELED


def todays_messages(client: Client) -> list[Message]:
    today = datetime.datetime.now(datetime.UTC).date()
    pager: Pager[Message] = client.messages.list(date_sent=today, limit=100)
    return pager.to_list()  # 6. list today's messages


def page_through(client: Client) -> int:
    page: Page[Message] | None = client.messages.page(page_size=50)
    count = 0
    while page is not None:  # 7. page by page: next_page() is None after the last one
        count += len(page)
        page = page.next_page()
    return count


def fetch(client: Client, sid: str) -> str:
    message = client.messages(sid).fetch()  # 8. fetch
    created = message.date_created.isoformat()
    body = message.body.upper() if message.body is not None else ""
    price: Decimal = message.price if message.price is not None else Decimal(0)
    return f"{created} {body} {price} {message.from_ or 'a service sender'}"


def redact(client: Client, sid: str) -> bool:
    redacted = client.messages(sid).update(body="")  # 9. redact
    return redacted.body == ""


def delete(client: Client, sid: str) -> None:
    client.messages(sid).delete()  # 10. delete


def media_of(client: Client, sid: str) -> list[str]:
    items: list[Media] = client.messages(sid).media.list().to_list()  # 11. media
    first = client.messages(sid).media(items[0].sid).fetch() if items else None
    return [item.content_type for item in items] + ([first.uri] if first else [])


def confirm_delivery(client: Client, sid: str) -> datetime.datetime:
    feedback: MessageFeedback = client.messages(sid).feedback.create(outcome="confirmed")  # 12. feedback
    return feedback.date_created


def cheapest_us_price(client: Client) -> Decimal | None:
    country: MessagingCountry = client.pricing.countries("US").fetch()  # 13. US prices
    prices = [price.current_price for carrier in country.outbound_sms_prices for price in carrier.prices]
    return min(prices, default=None)


def add_number_to_service(client: Client, phone_number_sid: str) -> str:
    number: ServicePhoneNumber = client.services(SERVICE_SID).phone_numbers.create(phone_number_sid=phone_number_sid)
    return number.phone_number  # 14. add a number to a service


def send_or_explain(client: Client, to: str) -> str:
    try:
        return client.messages.create(to=to, from_=OUR_NUMBER, body="Hi").sid
    except BadRequestError as error:  # 15. handle 21211 (invalid To)
        if error.code == 21211:
            return f"not a valid number: {to} ({error.more_info})"
        raise


def first_message_to(client: Client, to: str) -> Message | None:
    return client.messages.list(to=to).first()  # bonus: is there any? (a Pager has no truth value)


async def async_variant(to: str) -> str:
    from twilio_messaging import AsyncClient

    async with AsyncClient() as client:
        message = await client.messages.create(to=to, from_=OUR_NUMBER, body="async")
        page = await client.messages.page(page_size=10)
        following = await page.next_page()
        newest = await client.messages.list(limit=1).first()
        return message.sid + str(len(following or [])) + (newest.sid if newest else "")
