"""Messaging Services, their senders, and the 2010 SMS ShortCodes resource."""

from __future__ import annotations

import re

import httpx
from emulator_helpers import assert_twilio_error
from emulator_schema_fields import (
    ALPHA_SENDER,
    CHANNEL_SENDER,
    DESTINATION_ALPHA_SENDER,
    PHONE_NUMBER,
    SERVICE,
    SERVICE_SHORT_CODE,
    SHORT_CODE_2010,
)
from twilio_messaging_emulator import EmulatorConfig
from twilio_messaging_emulator.emulator import Emulator

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
RFC2822 = re.compile(r"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$")


async def test_service_crud(client: httpx.AsyncClient, config: EmulatorConfig) -> None:
    created = await client.post(
        "/v1/Services",
        data={
            "FriendlyName": "Alerts",
            "StickySender": "false",
            "ValidityPeriod": "600",
            "ScanMessageContent": "enable",
        },
    )
    assert created.status_code == 201
    service = created.json()
    assert set(service) >= SERVICE
    assert re.fullmatch(r"MG[0-9a-f]{32}", service["sid"]) and service["account_sid"] == config.account_sid
    assert (service["sticky_sender"], service["validity_period"], service["scan_message_content"]) == (
        False,
        600,
        "enable",
    )
    assert ISO.match(service["date_created"]) and service["date_created"] == "2024-05-01T12:00:00Z"
    assert service["url"] == f"https://emulator.test/v1/Services/{service['sid']}"
    assert service["links"]["phone_numbers"] == service["url"] + "/PhoneNumbers"
    assert len(service["links"]) == 8

    updated = await client.post(service["url"], data={"FriendlyName": "Renamed", "InboundRequestUrl": "https://x.test"})
    assert updated.status_code == 200
    assert (updated.json()["friendly_name"], updated.json()["sticky_sender"]) == ("Renamed", False)
    assert (await client.get(service["url"])).json()["inbound_request_url"] == "https://x.test"
    listed = (await client.get("/v1/Services")).json()
    assert [s["sid"] for s in listed["services"]] == [service["sid"]]
    assert (await client.delete(service["url"])).status_code == 204
    assert_twilio_error(await client.get(service["url"]), 404, 20404)
    assert_twilio_error(await client.delete(service["url"]), 404, 20404)


async def test_phone_numbers_and_short_codes_in_a_service(client: httpx.AsyncClient, emulator: Emulator) -> None:
    service = (await client.post("/v1/Services", data={"FriendlyName": "pool"})).json()
    number = emulator.register_number("+14155550123")
    base = f"/v1/Services/{service['sid']}"
    added = await client.post(base + "/PhoneNumbers", data={"PhoneNumberSid": number["sid"]})
    assert added.status_code == 201
    phone = added.json()
    assert set(phone) == PHONE_NUMBER
    assert (phone["sid"], phone["phone_number"], phone["country_code"]) == (number["sid"], "+14155550123", "US")
    assert (phone["service_sid"], phone["capabilities"]) == (service["sid"], ["SMS", "MMS", "Voice"])
    assert_twilio_error(await client.post(base + "/PhoneNumbers", data={"PhoneNumberSid": number["sid"]}), 400, 21710)
    assert_twilio_error(await client.post(base + "/PhoneNumbers", data={"PhoneNumberSid": "PN" + "0" * 32}), 404, 20404)
    assert_twilio_error(await client.post(base + "/PhoneNumbers", data={}), 400, 20001)

    short_code = emulator.register_short_code("88888")
    sc = (await client.post(base + "/ShortCodes", data={"ShortCodeSid": short_code["sid"]})).json()
    assert set(sc) == SERVICE_SHORT_CODE and sc["short_code"] == "88888" and sc["capabilities"] == ["SMS"]

    assert emulator.sender_pool(service["sid"]) == ["+14155550123", "88888"]
    listed = (await client.get(base + "/PhoneNumbers")).json()
    assert listed["meta"]["key"] == "phone_numbers" and len(listed["phone_numbers"]) == 1
    assert (await client.get(phone["url"])).json() == phone
    assert (await client.delete(phone["url"])).status_code == 204
    assert (await client.get(base + "/PhoneNumbers")).json()["phone_numbers"] == []


async def test_alpha_and_destination_alpha_senders(client: httpx.AsyncClient) -> None:
    service = (await client.post("/v1/Services", data={"FriendlyName": "alpha"})).json()
    base = f"/v1/Services/{service['sid']}"
    alpha = await client.post(base + "/AlphaSenders", data={"AlphaSender": "Acme"})
    assert alpha.status_code == 201 and set(alpha.json()) == ALPHA_SENDER
    assert alpha.json()["sid"].startswith("AI") and alpha.json()["capabilities"] == ["SMS"]
    assert_twilio_error(
        await client.post(base + "/AlphaSenders", data={"AlphaSender": "Way too long sender"}), 400, 21212
    )
    fr = (
        await client.post(base + "/DestinationAlphaSenders", data={"AlphaSender": "AcmeFR", "IsoCountryCode": "FR"})
    ).json()
    await client.post(base + "/DestinationAlphaSenders", data={"AlphaSender": "AcmeDE", "IsoCountryCode": "DE"})
    assert set(fr) == DESTINATION_ALPHA_SENDER
    filtered = (await client.get(base + "/DestinationAlphaSenders", params={"IsoCountryCode": "FR"})).json()
    assert [a["alpha_sender"] for a in filtered["alpha_senders"]] == ["AcmeFR"]
    assert "IsoCountryCode=FR" in filtered["meta"]["url"]


async def test_channel_senders_link_v2_senders(client: httpx.AsyncClient) -> None:
    service = (await client.post("/v1/Services", data={"FriendlyName": "wa"})).json()
    sender = (await client.post("/v2/Channels/Senders", json={"sender_id": "whatsapp:+14155550123"})).json()
    base = f"/v1/Services/{service['sid']}/ChannelSenders"
    created = await client.post(base, data={"Sid": sender["sid"]})
    assert created.status_code == 201
    body = created.json()
    assert set(body) == CHANNEL_SENDER
    assert (body["sid"], body["sender"], body["sender_type"]) == (sender["sid"], "whatsapp:+14155550123", "WhatsApp")
    assert (await client.get(base)).json()["senders"] == [body]
    assert_twilio_error(await client.post(base, data={"Sid": "XE" + "0" * 32}), 404, 20404)


async def test_deleting_a_service_removes_its_senders(client: httpx.AsyncClient, emulator: Emulator) -> None:
    service = (await client.post("/v1/Services", data={"FriendlyName": "gone"})).json()
    number = emulator.register_number("+14155550123")
    await client.post(f"/v1/Services/{service['sid']}/PhoneNumbers", data={"PhoneNumberSid": number["sid"]})
    await client.delete(f"/v1/Services/{service['sid']}")
    assert emulator.tables["/v1/Services/{ServiceSid}/PhoneNumbers"].records == {}
    assert_twilio_error(await client.get(f"/v1/Services/{service['sid']}/PhoneNumbers"), 404, 20404)


async def test_2010_short_codes_list_fetch_update(
    client: httpx.AsyncClient, emulator: Emulator, config: EmulatorConfig
) -> None:
    emulator.register_short_code("99990", friendly_name="API_CLUSTER_TEST_SHORT_CODE")
    emulator.register_short_code("88888")
    base = f"/2010-04-01/Accounts/{config.account_sid}/SMS/ShortCodes"
    listed = (await client.get(base + ".json")).json()
    assert listed["start"] == 0 and listed["next_page_uri"] is None
    codes = listed["short_codes"]
    assert [c["short_code"] for c in codes] == ["99990", "88888"]
    code = codes[0]
    assert set(code) == SHORT_CODE_2010 and code["sid"].startswith("SC")
    assert RFC2822.match(code["date_created"]) and code["uri"] == f"{base}/{code['sid']}.json"
    filtered = (await client.get(base + ".json", params={"ShortCode": "88888"})).json()
    assert [c["short_code"] for c in filtered["short_codes"]] == ["88888"]
    assert "ShortCode=88888" in filtered["uri"]
    updated = await client.post(code["uri"], data={"SmsUrl": "https://app.test/sc", "SmsMethod": "GET"})
    assert updated.status_code == 200
    assert (updated.json()["sms_url"], updated.json()["sms_method"]) == ("https://app.test/sc", "GET")
    assert (await client.get(code["uri"])).json()["sms_url"] == "https://app.test/sc"
    assert_twilio_error(await client.post(code["uri"], data={"SmsMethod": "PATCH"}), 400, 20001)
    assert_twilio_error(await client.get(f"{base}/SC{'0' * 32}.json"), 404, 20404)
