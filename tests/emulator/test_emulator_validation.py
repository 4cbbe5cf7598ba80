"""Malformed values get a 400 before anything is stored (found by schemathesis, tests/emulator_sdk)."""

from __future__ import annotations

import httpx
import pytest
from emulator_helpers import assert_twilio_error, send


@pytest.mark.parametrize(
    ("field", "value"),
    [("InboundRequestUrl", "M"), ("FallbackUrl", ""), ("StatusCallback", "https://exa mple.com")],
)
async def test_service_urls_must_be_http_urls(client: httpx.AsyncClient, field: str, value: str) -> None:
    assert_twilio_error(await client.post("/v1/Services", data={"FriendlyName": "s", field: value}), 400, 20001)


async def test_a_rejected_update_changes_nothing(client: httpx.AsyncClient) -> None:
    service = (await client.post("/v1/Services", data={"FriendlyName": "before"})).json()
    path = f"/v1/Services/{service['sid']}"
    response = await client.post(path, data={"FriendlyName": "after", "InboundRequestUrl": "not a url"})
    assert_twilio_error(response, 400, 20001)
    assert (await client.get(path)).json()["friendly_name"] == "before"


async def test_sid_fields_are_checked(client: httpx.AsyncClient) -> None:
    brand = {"CustomerProfileBundleSid": "BU" + "1" * 32, "A2PProfileBundleSid": "nope"}
    assert_twilio_error(await client.post("/v1/a2p/BrandRegistrations", data=brand), 400, 20001)
    brand["A2PProfileBundleSid"], brand["BrandType"] = "BU" + "2" * 32, "LOW_VOLUME_STANDARD"
    assert_twilio_error(await client.post("/v1/a2p/BrandRegistrations", data=brand), 400, 20001)


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/v1/Tollfree/Verifications", {"Status": "SOMETHING"}),
        ("/v1/Tollfree/Verifications", {"TollfreePhoneNumberSid": "PN123"}),
        ("/v1/Services", {"PageSize": ""}),
        ("/v1/Services", {"Page": ""}),
        ("/v1/Services", {"PageSize": "\n9"}),  # int() would take it
        ("/v1/Services", {"PageSize": "1_0"}),
        ("/v2/Channels/Senders", {}),
        ("/v1/Deactivations", {"Date": ""}),
    ],
)
async def test_list_filters_are_checked(client: httpx.AsyncClient, path: str, query: dict[str, str]) -> None:
    assert_twilio_error(await client.get(path, params=query), 400, 20001)


async def test_a_single_valued_parameter_given_twice(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/Services", content="FriendlyName=a&FriendlyName=b", headers=_FORM)
    assert_twilio_error(response, 400, 20001)


async def test_an_empty_item_in_a_required_list(client: httpx.AsyncClient) -> None:
    service = (await client.post("/v1/Services", data={"FriendlyName": "s"})).json()
    campaign = {
        "BrandRegistrationSid": "BN" + "1" * 32,
        "Description": "d",
        "MessageFlow": "f",
        "MessageSamples": ["", "sample"],
        "UsAppToPersonUsecase": "MIXED",
        "HasEmbeddedLinks": "false",
        "HasEmbeddedPhone": "false",
    }
    response = await client.post(f"/v1/Services/{service['sid']}/Compliance/Usa2p", data=campaign)
    assert_twilio_error(response, 400, 20001)


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({"StatusCallback": "callback"}, 21609),
        ({"ContentSid": "HX123"}, 20001),
        ({"ScheduleType": ""}, 20001),
        ({"RiskCheck": "maybe"}, 20001),
        ({"ValidityPeriod": "soon"}, 20001),
        ({"SendAt": "2024-13-01T00:00:00Z"}, 35114),  # checked even without ScheduleType
        ({"MessagingServiceSid": "MG123"}, 21705),
        ({"To": "+14155550100\n"}, 21211),  # a trailing newline is not part of a number
        ({"StatusCallback": "https://example.com/cb\n"}, 21609),
        ({"MaxPrice": "nan"}, 20001),
    ],
)
async def test_message_parameters_are_checked(
    client: httpx.AsyncClient, messages_path: str, form: dict[str, str], code: int
) -> None:
    assert_twilio_error(await send(client, messages_path, **form), 400, code)


async def test_at_most_ten_media_files(client: httpx.AsyncClient, messages_path: str) -> None:
    media = [f"https://example.com/{n}.png" for n in range(11)]
    assert_twilio_error(await send(client, messages_path, MediaUrl=media), 400, 21623)


async def test_feedback_outcome_cannot_be_empty(client: httpx.AsyncClient, messages_path: str) -> None:
    message = (await send(client, messages_path)).json()
    response = await client.post(f"{message['uri'][:-5]}/Feedback.json", data={"Outcome": ""})
    assert_twilio_error(response, 400, 20001)


async def test_channel_sender_sections_are_typed(client: httpx.AsyncClient) -> None:
    created = (await client.post("/v2/Channels/Senders", json={"sender_id": "whatsapp:+14155550123"})).json()
    path = f"/v2/Channels/Senders/{created['sid']}"
    assert_twilio_error(await client.post(path, json={"webhook": {"fallback_url": []}}), 400, 20001)
    assert_twilio_error(await client.post(path, json={"webhook": {"callback_method": "GET"}}), 400, 20001)
    profile = {"emails": [{"email": "a@example.com", "label": "Support", "extra": 1}], "unknown": "dropped"}
    updated = (await client.post(path, json={"profile": profile})).json()
    assert updated["profile"]["emails"] == [{"email": "a@example.com", "label": "Support"}]
    assert "unknown" not in updated["profile"]
    assert_twilio_error(await client.post("/v2/Channels/Senders", json={"sender_id": 5}), 400, 20001)


_FORM = {"Content-Type": "application/x-www-form-urlencoded"}
