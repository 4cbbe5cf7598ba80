"""The same emulator through ``AsyncClient``: lifecycle, typed errors, paging, scheduling, webhooks."""

from __future__ import annotations

import asyncio
import datetime

import pytest
from twilio_messaging import AsyncClient, AuthenticationError, BadRequestError, NotFoundError, capture_responses
from twilio_messaging.webhooks import RequestValidator
from twilio_messaging_emulator import EmulatorServer

from .conftest import HANDSET, OUR_NUMBER, Capture


async def test_lifecycle_and_concurrent_creates(aclient: AsyncClient, emulator: EmulatorServer) -> None:
    created = await asyncio.gather(
        *(aclient.messages.create(to=HANDSET, from_=OUR_NUMBER, body=f"hello {n}") for n in range(10))
    )
    assert len({m.sid for m in created}) == 10 and {m.status for m in created} == {"queued"}
    emulator.advance(0.5)
    assert (await aclient.messages(str(created[0].sid)).fetch()).status == "sending"
    emulator.advance(1.5)
    statuses = [m.status async for m in aclient.messages.list(limit=10)]
    assert statuses == ["delivered"] * 10


@pytest.mark.parametrize(("to", "code"), [("+15005550001", 21211), ("+15005550009", 21614)])
async def test_magic_numbers(aclient: AsyncClient, to: str, code: int) -> None:
    with pytest.raises(BadRequestError) as raised:
        await aclient.messages.create(to=to, from_=OUR_NUMBER, body="hi")
    assert (raised.value.status, raised.value.code) == (400, code)
    assert raised.value.more_info == f"https://www.twilio.com/docs/errors/{code}"


async def test_wrong_token(emulator: EmulatorServer) -> None:
    async with AsyncClient(emulator.account_sid, "f" * 32, base_url=emulator.base_url) as wrong:
        with pytest.raises(AuthenticationError) as raised:
            await wrong.messages.create(to=HANDSET, from_=OUR_NUMBER, body="hi")
    assert raised.value.code == 20003


async def test_paging_past_1000(aclient: AsyncClient, emulator: EmulatorServer) -> None:
    for n in range(1050):
        emulator.state.send_message(HANDSET, f"update {n}", from_=OUR_NUMBER)
    with capture_responses() as captured:
        bodies = [m.body async for m in aclient.messages.list(page_size=1000)]
    assert len(bodies) == 1050 and bodies[0] == "update 1049" and bodies[-1] == "update 0"
    assert len(captured.responses) == 2
    pages = [len(page) async for page in aclient.messages.list(limit=1010).pages()]
    assert pages == [1000, 50]  # the pager fetches whole pages; iteration stops at the limit


async def test_schedule_cancel_redact_delete(aclient: AsyncClient, emulator: EmulatorServer) -> None:
    number = emulator.register_number("+14155550126")
    service = await aclient.services.create(friendly_name="Async")
    await aclient.services(str(service.sid)).phone_numbers.create(phone_number_sid=number["sid"])
    scheduled = await aclient.messages.create(
        to=HANDSET,
        messaging_service_sid=str(service.sid),
        body="later",
        schedule_type="fixed",
        send_at=emulator.clock.now() + datetime.timedelta(minutes=20),
    )
    assert scheduled.status == "scheduled"
    canceled = await aclient.messages(str(scheduled.sid)).update(status="canceled")
    assert canceled.status == "canceled"

    redacted = await aclient.messages(str(scheduled.sid)).update(body="")
    assert redacted.body == ""
    await aclient.messages(str(scheduled.sid)).delete()
    with pytest.raises(NotFoundError) as raised:
        await aclient.messages(str(scheduled.sid)).fetch()
    assert raised.value.code == 20404


async def test_status_callbacks(aclient: AsyncClient, emulator: EmulatorServer, capture: Capture) -> None:
    url = "https://app.example.com/status"
    await aclient.messages.create(to=HANDSET, from_=OUR_NUMBER, body="x", status_callback=url)
    emulator.advance(5)
    assert await emulator.state.drain_callbacks()
    validator = RequestValidator(emulator.auth_token)
    requests = capture.of_kind("status_callback")
    assert [r.form()["MessageStatus"] for r in requests] == ["sending", "sent", "delivered"]
    assert all(validator.validate(r.url, r.params, r.headers["X-Twilio-Signature"]) for r in requests)


async def test_pricing(aclient: AsyncClient) -> None:
    country = await aclient.pricing.countries("FR").fetch()
    assert country.country == "France" and country.outbound_sms_prices
    assert [c.iso_country async for c in aclient.pricing.countries.list(limit=2)] == ["AU", "BR"]
