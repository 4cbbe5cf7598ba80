"""End-to-end flows replayed from cassettes (tests/cassettes/test_recorded_flows/).

The cassettes were built by make_cassettes.py from the spec's documented examples (no Twilio account was
available); with ``--record-mode=rewrite`` and real credentials the same tests record live traffic instead
(README.md). Assertions are relational (the fetched message is the created one...) so they hold for both.
Every exchange is also validated against the spec with openapi-core.
"""

from __future__ import annotations

import datetime
import os

import httpx
import pytest
from twilio_messaging import AsyncClient, Client
from twilio_messaging_api.models.message_status import MessageStatus

from . import make_cassettes as flows
from .openapi_httpx import validate_request, validate_response
from .spec_support import ACCOUNT_SID, AUTH_TOKEN

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


class Exchanges:
    """Every request and response of a client, each validated against the spec."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def on_request(self, request: httpx.Request) -> None:
        self.requests.append(request)

    async def on_request_async(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def on_response(self, response: httpx.Response) -> None:
        response.read()
        validate_request(response.request)
        validate_response(response.request, response)

    async def on_response_async(self, response: httpx.Response) -> None:
        await response.aread()
        validate_request(response.request)
        validate_response(response.request, response)


def credentials(recording: bool) -> tuple[str, str]:
    """The live credentials when recording; the placeholders (which the cassettes name) when replaying."""
    if recording:
        return os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"]
    return ACCOUNT_SID, AUTH_TOKEN


def make_client(recording: bool, exchanges: Exchanges) -> Client:
    http = httpx.Client(event_hooks={"request": [exchanges.on_request], "response": [exchanges.on_response]})
    return Client(*credentials(recording), http_client=http)


def test_message_lifecycle(recording: bool, vcr: object) -> None:
    """Send with media -> fetch -> list with a filter over two pages -> redact -> delete."""
    exchanges = Exchanges()
    client = make_client(recording, exchanges)

    sent = client.messages.create(**flows.SEND)
    assert sent.sid and sent.sid.startswith(("SM", "MM"))
    assert sent.to == flows.SEND["to"]
    assert sent.num_media == 1
    assert isinstance(sent.date_created, datetime.datetime) and sent.date_created.tzinfo is not None
    assert isinstance(sent.status, MessageStatus)

    fetched = client.messages(sent.sid).fetch()
    assert fetched.sid == sent.sid
    assert fetched.account_sid == client.account_sid

    pager = client.messages.list(**flows.LIST_FILTER)
    pages = list(pager.pages())
    assert len(pages) == 2
    assert pages[0].has_next_page() and not pages[1].has_next_page()
    assert all(len(page.items) <= flows.LIST_FILTER["page_size"] for page in pages)
    second = exchanges.requests[3]
    assert second.url.params.get_list("DateSent>") == ["2008-01-02"]
    assert second.url.params.get("PageToken")
    assert second.url.host == "api.twilio.com"

    redacted = client.messages(sent.sid).update(body="")
    assert redacted.sid == sent.sid
    assert redacted.body == ""
    assert exchanges.requests[4].content == b"Body="

    assert client.messages(sent.sid).delete() is None
    assert [r.method for r in exchanges.requests] == ["POST", "GET", "GET", "GET", "POST", "DELETE"]
    assert vcr.all_played  # type: ignore[attr-defined]


@pytest.mark.default_cassette("test_message_lifecycle")
async def test_message_lifecycle_async(recording: bool, vcr: object) -> None:
    """The same flow (and cassette) through AsyncClient."""
    exchanges = Exchanges()
    http = httpx.AsyncClient(
        event_hooks={"request": [exchanges.on_request_async], "response": [exchanges.on_response_async]}
    )
    async with AsyncClient(*credentials(recording), http_client=http) as client:
        sent = await client.messages.create(**flows.SEND)
        fetched = await client.messages(sent.sid).fetch()
        assert fetched.sid == sent.sid
        items = [m async for m in client.messages.list(**flows.LIST_FILTER)]
        assert len(items) >= 1
        redacted = await client.messages(sent.sid).update(body="")
        assert redacted.body == ""
        assert await client.messages(sent.sid).delete() is None
    await http.aclose()
    assert len(exchanges.requests) == 6
    assert vcr.all_played  # type: ignore[attr-defined]


def test_messaging_service_with_phone_number_sender(recording: bool, vcr: object) -> None:
    """Create a Messaging Service -> add a phone number sender -> list senders -> remove it -> delete the service."""
    client = make_client(recording, Exchanges())
    service = client.services.create(friendly_name=flows.SERVICE_FRIENDLY_NAME)
    assert service.sid and service.sid.startswith("MG")
    assert service.friendly_name == flows.SERVICE_FRIENDLY_NAME

    sender = client.services(service.sid).phone_numbers.create(phone_number_sid=flows.PHONE_NUMBER_SID)
    assert sender.sid == flows.PHONE_NUMBER_SID
    assert sender.service_sid == service.sid

    senders = list(client.services(service.sid).phone_numbers.list())
    assert sender.sid in [s.sid for s in senders]
    assert all(s.service_sid == service.sid for s in senders)

    assert client.services(service.sid).phone_numbers(sender.sid).delete() is None
    assert client.services(service.sid).delete() is None
    assert vcr.all_played  # type: ignore[attr-defined]


def test_pricing_lookup(recording: bool, vcr: object) -> None:
    """Outbound and inbound SMS prices of one country, and the list of countries."""
    client = make_client(recording, Exchanges())
    country = client.pricing.countries(flows.PRICING_COUNTRY).fetch()
    assert country.iso_country == flows.PRICING_COUNTRY
    assert country.price_unit
    assert country.outbound_sms_prices and country.outbound_sms_prices[0].prices
    price = country.outbound_sms_prices[0].prices[0]
    assert price.number_type and price.current_price is not None

    countries = list(client.pricing.countries.list())
    assert flows.PRICING_COUNTRY in [c.iso_country for c in countries]
    assert vcr.all_played  # type: ignore[attr-defined]
