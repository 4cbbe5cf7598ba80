"""Status lifecycle on the fake clock, scheduling and cancelling, delivery outcomes."""

from __future__ import annotations

from datetime import timedelta

import httpx
from emulator_helpers import START, TO, Webhooks, assert_twilio_error, send
from twilio_messaging_emulator import FakeClock
from twilio_messaging_emulator.emulator import Emulator


async def status_of(client: httpx.AsyncClient, uri: str) -> str:
    status: str = (await client.get(uri)).json()["status"]
    return status


async def test_queued_sending_sent_delivered(client: httpx.AsyncClient, messages_path: str, clock: FakeClock) -> None:
    message = (await send(client, messages_path)).json()
    uri = message["uri"]
    assert message["status"] == "queued"
    clock.advance(0.4)
    assert await status_of(client, uri) == "queued"
    clock.advance(0.1)
    assert await status_of(client, uri) == "sending"
    clock.advance(0.5)
    sent = (await client.get(uri)).json()
    assert sent["status"] == "sent"
    assert sent["price"] == "-0.00830" and sent["price_unit"] == "USD"
    clock.advance(1)
    delivered = (await client.get(uri)).json()
    assert delivered["status"] == "delivered"
    assert delivered["date_updated"] == "Wed, 01 May 2024 12:00:02 +0000"


async def test_price_scales_with_segments_and_country(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock
) -> None:
    message = (await send(client, messages_path, To="+447700900123", Body="x" * 200)).json()
    clock.advance(1)
    fetched = (await client.get(message["uri"])).json()
    assert fetched["num_segments"] == "2" and fetched["price"] == "-0.09260"


async def test_a_big_jump_applies_every_step_in_order(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock, emulator: Emulator, webhooks: Webhooks
) -> None:
    message = (await send(client, messages_path, StatusCallback="https://app.test/status")).json()
    clock.advance(3600)
    assert await status_of(client, message["uri"]) == "delivered"
    await emulator.drain_callbacks()
    assert webhooks.statuses(message["sid"]) == ["sending", "sent", "delivered"]


async def test_outcomes_undelivered_and_failed(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock, emulator: Emulator
) -> None:
    emulator.set_delivery_outcome("+14155550111", "undelivered", 30003)
    emulator.set_delivery_outcome("+14155550112", "failed")
    emulator.set_delivery_outcome("+14155550113", "sent")
    undelivered = (await send(client, messages_path, To="+14155550111")).json()
    failed = (await send(client, messages_path, To="+14155550112")).json()
    no_receipt = (await send(client, messages_path, To="+14155550113")).json()
    clock.advance(10)
    body = (await client.get(undelivered["uri"])).json()
    assert (body["status"], body["error_code"], body["error_message"]) == (
        "undelivered",
        30003,
        "Unreachable destination handset",
    )
    body = (await client.get(failed["uri"])).json()
    assert (body["status"], body["error_code"]) == ("failed", 30008)
    assert await status_of(client, no_receipt["uri"]) == "sent"
    assert (await client.delete(no_receipt["uri"])).status_code == 204


async def create_service(client: httpx.AsyncClient, emulator: Emulator, **form: str) -> dict[str, str]:
    service: dict[str, str] = (await client.post("/v1/Services", data={"FriendlyName": "svc", **form})).json()
    number = emulator.register_number("+14155550123")
    added = await client.post(f"/v1/Services/{service['sid']}/PhoneNumbers", data={"PhoneNumberSid": number["sid"]})
    assert added.status_code == 201
    return service


async def test_service_without_from_is_accepted_then_picks_a_sender(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock, emulator: Emulator
) -> None:
    service = await create_service(client, emulator)
    message = (await send(client, messages_path, From=None, MessagingServiceSid=service["sid"])).json()
    assert (message["status"], message["from"]) == ("accepted", None)
    clock.advance(0.3)
    queued = (await client.get(message["uri"])).json()
    assert (queued["status"], queued["from"]) == ("queued", "+14155550123")


async def test_service_without_senders_is_rejected(client: httpx.AsyncClient, messages_path: str) -> None:
    service = (await client.post("/v1/Services", data={"FriendlyName": "empty"})).json()
    response = await send(client, messages_path, From=None, MessagingServiceSid=service["sid"])
    assert_twilio_error(response, 400, 21704)


async def test_scheduled_message_is_sent_at_send_at(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock, emulator: Emulator, webhooks: Webhooks
) -> None:
    service = await create_service(client, emulator, StatusCallback="https://app.test/service-status")
    send_at = (START + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    form = {"From": None, "MessagingServiceSid": service["sid"], "ScheduleType": "fixed", "SendAt": send_at}
    message = (await send(client, messages_path, **form)).json()
    assert (message["status"], message["date_sent"], message["from"]) == ("scheduled", None, None)
    clock.advance(3599)
    assert await status_of(client, message["uri"]) == "scheduled"
    clock.advance(1)
    queued = (await client.get(message["uri"])).json()
    assert queued["status"] == "queued" and queued["from"] == "+14155550123"
    assert queued["date_sent"] == "Wed, 01 May 2024 13:00:00 +0000"
    clock.advance(5)
    assert await status_of(client, message["uri"]) == "delivered"
    await emulator.drain_callbacks()
    assert webhooks.statuses(message["sid"]) == ["queued", "sending", "sent", "delivered"]
    assert {r.url for r in webhooks.requests} == {"https://app.test/service-status"}


async def test_cancel_a_scheduled_message(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock, emulator: Emulator, webhooks: Webhooks
) -> None:
    service = await create_service(client, emulator)
    send_at = (START + timedelta(minutes=30)).isoformat()
    form = {"MessagingServiceSid": service["sid"], "ScheduleType": "fixed", "SendAt": send_at}
    message = (await send(client, messages_path, StatusCallback="https://app.test/s", **form)).json()
    canceled = await client.post(message["uri"], data={"Status": "canceled"})
    assert canceled.status_code == 200 and canceled.json()["status"] == "canceled"
    clock.advance(7200)
    assert await status_of(client, message["uri"]) == "canceled"
    assert_twilio_error(await client.post(message["uri"], data={"Status": "canceled"}), 400, 30409)
    assert_twilio_error(await client.post(message["uri"], data={"Status": "sent"}), 400, 30400)
    await emulator.drain_callbacks()
    assert webhooks.statuses(message["sid"]) == ["canceled"]


async def test_scheduling_errors(client: httpx.AsyncClient, messages_path: str, emulator: Emulator) -> None:
    service = await create_service(client, emulator)
    mg = {"MessagingServiceSid": service["sid"], "ScheduleType": "fixed"}
    assert_twilio_error(await send(client, messages_path, **mg), 400, 35111)
    ten_minutes = (START + timedelta(minutes=10)).isoformat()  # Twilio wants 15 minutes to 35 days ahead
    body = assert_twilio_error(await send(client, messages_path, SendAt=ten_minutes, **mg), 400, 35114)
    assert "900 seconds" in body["message"]
    assert (
        await send(client, messages_path, SendAt=(START + timedelta(minutes=15)).isoformat(), **mg)
    ).status_code == 201
    too_far = (START + timedelta(days=36)).isoformat()
    assert_twilio_error(await send(client, messages_path, SendAt=too_far, **mg), 400, 35114)
    assert_twilio_error(await send(client, messages_path, SendAt="soon", **mg), 400, 35114)


async def test_clock_endpoint_advances_time(client: httpx.AsyncClient, messages_path: str) -> None:
    message = (await send(client, messages_path, To=TO)).json()
    response = await client.post("/_emulator/clock", json={"advance": 2.5})
    assert response.status_code == 200 and response.json()["fake"] is True
    assert await status_of(client, message["uri"]) == "delivered"
    assert (await client.get("/_emulator/clock")).json()["now"].startswith("2024-05-01T12:00:02.5")
    assert (await client.post("/_emulator/clock", json={"advance": -1})).status_code == 400


async def test_real_clock_background_tick_fires_callbacks_without_reads(messages_path: str) -> None:
    import asyncio

    from emulator_helpers import asgi_client
    from twilio_messaging_emulator import EmulatorConfig, create_app

    config = EmulatorConfig(
        accepted_to_queued=0.01, sending_after=0.02, sent_after=0.03, delivered_after=0.04, tick_interval=0.01
    )
    webhooks = Webhooks()
    app = create_app(config, sender=webhooks)
    try:
        async with asgi_client(app, config) as client:
            message = (await send(client, messages_path, StatusCallback="https://app.test/s")).json()
            for _ in range(200):
                if webhooks.statuses() == ["sending", "sent", "delivered"]:
                    break
                await asyncio.sleep(0.01)
            assert webhooks.statuses(message["sid"]) == ["sending", "sent", "delivered"]
    finally:
        app.state.emulator.close()


async def test_scheduling_without_a_service_sends_now(client: httpx.AsyncClient, messages_path: str) -> None:
    # Twilio drops ScheduleType and SendAt when there is no Messaging Service and sends the message at once.
    later = (START + timedelta(hours=1)).isoformat()
    response = await send(client, messages_path, ScheduleType="fixed", SendAt=later)
    assert response.status_code == 201, response.text
    message = response.json()
    assert message["status"] == "queued"
    assert message["date_sent"] == "Wed, 01 May 2024 12:00:00 +0000"
