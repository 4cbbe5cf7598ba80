"""Messaging Services and their senders, and messaging prices, through the SDK."""

from __future__ import annotations

from decimal import Decimal

import pytest
from twilio_messaging import BadRequestError, Client, NotFoundError
from twilio_messaging_emulator import EmulatorServer

from .conftest import HANDSET, Capture


def test_a_service_with_a_phone_number_sender(client: Client, emulator: EmulatorServer, capture: Capture) -> None:
    number = emulator.register_number("+14155550123", friendly_name="Support line")
    service = client.services.create(
        friendly_name="Support", status_callback="https://app.example.com/status", sticky_sender=False
    )
    assert str(service.sid).startswith("MG") and service.friendly_name == "Support"
    assert (service.sticky_sender, service.status_callback) == (False, "https://app.example.com/status")
    senders = client.services(str(service.sid)).phone_numbers

    added = senders.create(phone_number_sid=number["sid"])
    assert (added.sid, added.phone_number, added.service_sid) == (number["sid"], "+14155550123", service.sid)
    assert added.country_code == "US" and added.capabilities
    assert [s.phone_number for s in senders.list()] == ["+14155550123"]
    assert senders(number["sid"]).fetch().sid == number["sid"]
    with pytest.raises(BadRequestError) as twice:
        senders.create(phone_number_sid=number["sid"])
    assert twice.value.code == 21710

    sent = client.messages.create(to=HANDSET, messaging_service_sid=str(service.sid), body="from the pool")
    emulator.advance(1)
    assert client.messages(str(sent.sid)).fetch().from_ == "+14155550123"
    assert emulator.wait_for_callbacks()
    assert {r.url for r in capture.requests} == {"https://app.example.com/status"}  # the service's callback

    senders(number["sid"]).delete()
    assert list(senders.list()) == []
    with pytest.raises(NotFoundError):
        senders(number["sid"]).fetch()
    with pytest.raises(BadRequestError) as empty:
        client.messages.create(to=HANDSET, messaging_service_sid=str(service.sid), body="nobody to send it")
    assert empty.value.code == 21704


def test_an_unknown_phone_number_cannot_be_added(client: Client) -> None:
    service = client.services.create(friendly_name="Empty")
    with pytest.raises(NotFoundError):
        client.services(str(service.sid)).phone_numbers.create(phone_number_sid="PN" + "0" * 32)


def test_other_senders(client: Client, emulator: EmulatorServer) -> None:
    service = client.services(str(client.services.create(friendly_name="Brand").sid))
    emulator.state.register_short_code("894546")
    (short_code,) = client.sms.short_codes.list()
    assert service.short_codes.create(short_code_sid=str(short_code.sid)).short_code == "894546"
    alpha = service.alpha_senders.create(alpha_sender="OwlShop")
    assert [a.alpha_sender for a in service.alpha_senders.list()] == ["OwlShop"]
    with pytest.raises(BadRequestError):
        service.alpha_senders.create(alpha_sender="Not_Valid_Because_Too_Long")
    sender = client.channels.senders.create(sender_id="whatsapp:+14155550125")
    assert service.channel_senders.create(sid=str(sender.sid)).sender == "whatsapp:+14155550125"
    assert [s.sid for s in client.channels.senders.list(channel="whatsapp")] == [sender.sid]
    service.alpha_senders(str(alpha.sid)).delete()
    assert list(service.alpha_senders.list()) == []


def test_update_and_delete_a_service(client: Client) -> None:
    service = client.services(str(client.services.create(friendly_name="Old name").sid))
    updated = service.update(friendly_name="New name", inbound_request_url="https://app.example.com/sms")
    assert (updated.friendly_name, updated.inbound_request_url) == ("New name", "https://app.example.com/sms")
    assert service.fetch().friendly_name == "New name"
    with pytest.raises(BadRequestError):
        service.update(inbound_request_url="not a url")  # nothing changes on a bad value
    assert service.fetch().inbound_request_url == "https://app.example.com/sms"
    service.delete()
    with pytest.raises(NotFoundError) as raised:
        service.fetch()
    assert raised.value.code == 20404


def test_us_prices_are_parsed(client: Client) -> None:
    us = client.pricing.countries("US").fetch()
    assert (us.country, us.iso_country, us.price_unit) == ("United States", "US", "USD")
    assert str(us.url).endswith("/v1/Messaging/Countries/US")
    outbound = us.outbound_sms_prices
    assert isinstance(outbound, list) and {p.carrier for p in outbound} >= {"AT&T Wireless", "Verizon Wireless"}
    att = next(p for p in outbound if p.carrier == "AT&T Wireless")
    assert (att.mcc, att.mnc) == ("310", "410")
    assert isinstance(att.prices, list)
    local = next(p for p in att.prices if p.number_type == "local")
    assert Decimal(str(local.base_price)) == Decimal(str(local.current_price)) == Decimal("0.0083")
    inbound = us.inbound_sms_prices
    assert isinstance(inbound, list)
    assert {p.number_type for p in inbound} == {"local", "toll free", "shortcode"}
    assert all(Decimal(str(p.current_price)) > 0 for p in inbound)


def test_price_countries_list_and_unknown_country(client: Client) -> None:
    countries = list(client.pricing.countries.list(page_size=3))
    assert len(countries) == 8 and "US" in {c.iso_country for c in countries}
    assert [c.country for c in countries] == sorted(str(c.country) for c in countries)
    with pytest.raises(NotFoundError):
        client.pricing.countries("ZZ").fetch()


def test_the_price_of_a_sent_message_follows_the_destination(client: Client, emulator: EmulatorServer) -> None:
    uk = client.messages.create(to="+447700900123", from_="+15005550006", body="x" * 200)  # two segments
    emulator.advance(1)
    sent = client.messages(str(uk.sid)).fetch()
    gb = client.pricing.countries("GB").fetch()
    per_segment = Decimal(str(gb.outbound_sms_prices[0].prices[0].current_price))  # type: ignore[index]
    assert sent.num_segments == 2
    assert Decimal(str(sent.price)) == -per_segment * 2
