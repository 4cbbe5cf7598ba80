"""The emulator-only ``/_emulator`` endpoints."""

from __future__ import annotations

import httpx
from emulator_helpers import TO, Webhooks, assert_twilio_error, send
from twilio_messaging_emulator import FakeClock
from twilio_messaging_emulator.emulator import Emulator


async def test_health_and_numbers(client: httpx.AsyncClient) -> None:
    health = (await client.get("/_emulator/health", auth=None)).json()
    assert health["status"] == "ok" and health["clock"] == "fake"
    created = await client.post(
        "/_emulator/incoming_numbers", json={"phone_number": "+14155550123", "sms_url": "https://app.test/sms"}
    )
    assert created.status_code == 201
    listed = (await client.get("/_emulator/incoming_numbers")).json()["incoming_phone_numbers"]
    assert {n["phone_number"] for n in listed} == {"+15005550006", "+14155550123"}
    assert_twilio_error(await client.post("/_emulator/incoming_numbers", json={}), 400, 20001)


async def test_short_codes_and_outcomes(
    client: httpx.AsyncClient, messages_path: str, clock: FakeClock, config: object
) -> None:
    code = (await client.post("/_emulator/short_codes", data={"ShortCode": "77777"})).json()
    assert code["sid"].startswith("SC") and code["short_code"] == "77777"
    outcome = await client.post("/_emulator/outcomes", data={"To": TO, "Status": "undelivered", "ErrorCode": "30005"})
    assert outcome.status_code == 201
    message = (await send(client, messages_path, From="77777")).json()
    clock.advance(5)
    fetched = (await client.get(message["uri"])).json()
    assert (fetched["status"], fetched["error_code"]) == ("undelivered", 30005)
    assert_twilio_error(await client.post("/_emulator/outcomes", data={"To": TO, "Status": "lost"}), 400, 20001)


async def test_inbound_extra_parameters_keep_their_names(
    client: httpx.AsyncClient, emulator: Emulator, webhooks: Webhooks
) -> None:
    emulator.register_number("+14155550123", sms_url="https://app.test/wa")
    response = await client.post(
        "/_emulator/inbound",
        data={"From": "whatsapp:+447700900555", "To": "+14155550123", "Body": "hi", "ProfileName": "Ada"},
    )
    assert response.status_code == 201
    assert webhooks.of_kind("inbound")[0].form()["ProfileName"] == "Ada"
    missing = await client.post("/_emulator/inbound", data={"From": "+447700900555", "To": "+19999999999"})
    assert_twilio_error(missing, 404, 20404)


async def test_reset_forgets_everything(client: httpx.AsyncClient, messages_path: str, emulator: Emulator) -> None:
    await send(client, messages_path)
    await client.post("/v1/Services", data={"FriendlyName": "x"})
    assert (await client.post("/_emulator/reset")).json() == {"status": "reset"}
    assert (await client.get(messages_path)).json()["messages"] == []
    assert (await client.get("/v1/Services")).json()["services"] == []
    assert emulator.number_by_phone("+15005550006") is not None


async def test_clock_endpoint_refuses_a_real_clock() -> None:
    from twilio_messaging_emulator import EmulatorConfig, create_app

    app = create_app(EmulatorConfig())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://e.test") as client:
        assert_twilio_error(await client.post("/_emulator/clock", json={"advance": 1}), 400, 20001)
        assert (await client.get("/_emulator/clock")).json()["fake"] is False
    app.state.emulator.close()


# Documented in the README's emulator section: tests may write these down.
BUILT_IN_NUMBER_SID = "PN8bbf5b54d8d8e2040f67e27cce7da911"


async def test_built_in_and_registered_sids_are_stable(client: httpx.AsyncClient, emulator: Emulator) -> None:
    def sids() -> dict[str, str]:
        return {n.phone_number: n.sid for n in emulator.incoming_numbers.values()}

    assert sids() == {"+15005550006": BUILT_IN_NUMBER_SID}
    registered = (await client.post("/_emulator/incoming_numbers", json={"phone_number": "+14155550123"})).json()
    code = (await client.post("/_emulator/short_codes", json={"short_code": "77777"})).json()
    assert (await client.post("/_emulator/reset")).status_code == 200
    assert sids() == {"+15005550006": BUILT_IN_NUMBER_SID}
    again = (await client.post("/_emulator/incoming_numbers", json={"phone_number": "+14155550123"})).json()
    assert again["sid"] == registered["sid"]
    assert (await client.post("/_emulator/short_codes", json={"short_code": "77777"})).json()["sid"] == code["sid"]
