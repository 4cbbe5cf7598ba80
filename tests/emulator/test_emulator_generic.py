"""The generically emulated v1/v2 resources: compliance, toll-free, link shortening, Channels Senders."""

from __future__ import annotations

import httpx
import pytest
from emulator_helpers import assert_twilio_error
from emulator_schema_fields import (
    BRAND,
    BRAND_OTP,
    BRAND_VETTING,
    CHANNELS_SENDER_V2,
    DEACTIVATION,
    DOMAIN_CERT,
    DOMAIN_CONFIG,
    DOMAIN_CONFIG_SERVICE,
    EXTERNAL_CAMPAIGN,
    LINK_SERVICE,
    MANAGED_CERT,
    TOLLFREE,
    USA2P,
    USA2P_USECASE,
    USECASE,
    fields,
)
from twilio_messaging_emulator import EmulatorConfig, FakeClock
from twilio_messaging_emulator.core.sids import stable_sid

BU = "BU" + "a" * 32
DOMAIN_NAME = "https://links.owl.example"

TOLLFREE_FORM = {
    "BusinessName": "Owl, Inc.",
    "BusinessWebsite": "https://owl.example",
    "NotificationEmail": "ops@owl.example",
    "UseCaseCategories": ["TWO_FACTOR_AUTHENTICATION", "MARKETING"],
    "UseCaseSummary": "Codes and offers",
    "ProductionMessageSample": "Your code is 1234",
    "OptInImageUrls": ["https://owl.example/optin.png"],
    "OptInType": "VERBAL",
    "MessageVolume": "1,000",
    "TollfreePhoneNumberSid": "PN" + "b" * 32,
    "ExternalReferenceId": "ref-1",
}


async def test_brand_registrations_vettings_and_otp(client: httpx.AsyncClient) -> None:
    created = await client.post(
        "/v1/a2p/BrandRegistrations", data={"CustomerProfileBundleSid": BU, "A2PProfileBundleSid": BU, "Mock": "true"}
    )
    assert created.status_code == 201
    brand = created.json()
    assert set(brand) == BRAND and brand["sid"].startswith("BN")
    assert (brand["status"], brand["brand_type"], brand["mock"]) == ("PENDING", "STANDARD", True)
    assert brand["links"]["brand_vettings"] == brand["url"] + "/Vettings"
    listed = (await client.get("/v1/a2p/BrandRegistrations")).json()
    assert listed["meta"]["key"] == "data" and listed["data"] == [brand]
    resubmitted = await client.post(brand["url"])
    assert resubmitted.status_code == 202
    assert_twilio_error(await client.post("/v1/a2p/BrandRegistrations", data={"A2PProfileBundleSid": BU}), 400, 20001)

    vettings = brand["url"] + "/Vettings"
    vetting = await client.post(vettings, data={"VettingProvider": "campaign-verify", "VettingId": "cv|1.0|x"})
    assert vetting.status_code == 201
    body = vetting.json()
    assert (
        set(body) == BRAND_VETTING and body["brand_vetting_sid"].startswith("VT") and body["brand_sid"] == brand["sid"]
    )
    assert (await client.get(body["url"])).json() == body
    assert (await client.get(vettings, params={"VettingProvider": "aegis"})).json()["data"] == []
    assert_twilio_error(await client.post(vettings, data={"VettingProvider": "nobody"}), 400, 20001)

    otp = await client.post(brand["url"] + "/SmsOtp")
    assert otp.status_code == 201 and set(otp.json()) == BRAND_OTP
    assert otp.json()["brand_registration_sid"] == brand["sid"]
    assert_twilio_error(await client.post("/v1/a2p/BrandRegistrations/BN" + "0" * 32 + "/SmsOtp"), 404, 20404)


async def test_us_app_to_person_campaigns(client: httpx.AsyncClient) -> None:
    service = (await client.post("/v1/Services", data={"FriendlyName": "10dlc"})).json()
    base = f"/v1/Services/{service['sid']}/Compliance/Usa2p"
    form = {
        "BrandRegistrationSid": "BN" + "c" * 32,
        "Description": "Marketing to opted-in customers",
        "MessageFlow": "Customers opt in on the website",
        "MessageSamples": ["Sale today", "Last chance"],
        "UsAppToPersonUsecase": "MARKETING",
        "HasEmbeddedLinks": "true",
        "HasEmbeddedPhone": "false",
        "OptInKeywords": ["START"],
    }
    created = await client.post(base, data=form)
    assert created.status_code == 201
    campaign = created.json()
    assert set(campaign) == USA2P and campaign["sid"].startswith("QE")
    assert campaign["message_samples"] == ["Sale today", "Last chance"] and campaign["has_embedded_links"] is True
    assert campaign["opt_in_keywords"] == ["START"] and campaign["campaign_status"] == "PENDING"
    assert (await client.get(service["url"])).json()["us_app_to_person_registered"] is True
    assert (await client.get(base)).json()["compliance"] == [campaign]

    update = {
        k: form[k] for k in ("HasEmbeddedLinks", "HasEmbeddedPhone", "MessageSamples", "MessageFlow", "Description")
    }
    assert_twilio_error(await client.post(campaign["url"], data=update), 400, 20001)  # AgeGated, DirectLending missing
    updated = await client.post(
        campaign["url"], data={**update, "Description": "New", "AgeGated": "true", "DirectLending": "false"}
    )
    assert updated.status_code == 200 and (updated.json()["description"], updated.json()["age_gated"]) == ("New", True)

    usecases = (await client.get(base + "/Usecases", params={"BrandRegistrationSid": "BN" + "c" * 32})).json()
    assert set(usecases) == USA2P_USECASE
    assert {"code", "name", "description", "post_approval_required"} <= set(usecases["us_app_to_person_usecases"][0])
    assert (await client.delete(campaign["url"])).status_code == 204
    assert (await client.get(service["url"])).json()["us_app_to_person_registered"] is False


async def test_preregistered_campaign_and_service_usecases(client: httpx.AsyncClient) -> None:
    service = (await client.post("/v1/Services", data={"FriendlyName": "ext"})).json()
    created = await client.post(
        "/v1/Services/PreregisteredUsa2p", data={"CampaignId": "CABC123", "MessagingServiceSid": service["sid"]}
    )
    assert created.status_code == 201 and set(created.json()) == EXTERNAL_CAMPAIGN
    assert created.json()["sid"].startswith("QE") and created.json()["campaign_id"] == "CABC123"
    missing = await client.post(
        "/v1/Services/PreregisteredUsa2p", data={"CampaignId": "C1", "MessagingServiceSid": "MG" + "0" * 32}
    )
    assert_twilio_error(missing, 404, 20404)
    usecases = (await client.get("/v1/Services/Usecases")).json()
    assert set(usecases) == USECASE
    assert {u["usecase"] for u in usecases["usecases"]} >= {"notifications", "marketing"}


async def test_tollfree_verifications(client: httpx.AsyncClient) -> None:
    created = await client.post("/v1/Tollfree/Verifications", data=TOLLFREE_FORM)
    assert created.status_code == 201
    verification = created.json()
    assert set(verification) == TOLLFREE and verification["sid"].startswith("HH")
    assert verification["status"] == "PENDING_REVIEW"
    assert verification["use_case_categories"] == ["TWO_FACTOR_AUTHENTICATION", "MARKETING"]
    assert verification["resource_links"] == {} and verification["edit_expiration"] is None
    other = {**TOLLFREE_FORM, "TollfreePhoneNumberSid": "PN" + "e" * 32, "ExternalReferenceId": "ref-2"}
    await client.post("/v1/Tollfree/Verifications", data=other)
    by_number = await client.get("/v1/Tollfree/Verifications", params={"TollfreePhoneNumberSid": "PN" + "b" * 32})
    assert [v["sid"] for v in by_number.json()["verifications"]] == [verification["sid"]]
    by_ref = await client.get(
        "/v1/Tollfree/Verifications", params={"ExternalReferenceId": "ref-2", "Status": "PENDING_REVIEW"}
    )
    assert len(by_ref.json()["verifications"]) == 1
    updated = await client.post(verification["url"], data={"BusinessName": "Owl LLC", "EditReason": "typo"})
    assert updated.status_code == 202 and updated.json()["business_name"] == "Owl LLC"
    assert (await client.delete(verification["url"])).status_code == 204
    assert_twilio_error(await client.get(verification["url"]), 404, 20404)
    incomplete = {k: v for k, v in TOLLFREE_FORM.items() if k != "OptInType"}
    assert_twilio_error(await client.post("/v1/Tollfree/Verifications", data=incomplete), 400, 20001)


async def _register_domain(client: httpx.AsyncClient) -> str:
    registered = await client.post("/_emulator/domains", json={"domain_name": DOMAIN_NAME})
    assert registered.status_code == 201
    sid: str = registered.json()["sid"]
    assert sid == stable_sid("DN", DOMAIN_NAME)
    return sid


@pytest.mark.parametrize("suffix", ["/Config", "/Certificate", "/RequestManagedCert"])
@pytest.mark.parametrize("domain_sid", ["DN" + "d" * 32, "not-a-domain-sid", "DN%2F..%2Fx<y>"])
async def test_link_shortening_needs_a_domain_that_exists(
    client: httpx.AsyncClient, suffix: str, domain_sid: str
) -> None:
    # Twilio answers 404 for a domain SID that does not exist or does not match its pattern; nothing is echoed.
    response = await client.post(f"/v1/LinkShortening/Domains/{domain_sid}{suffix}", data={"TlsCert": "x"})
    body = assert_twilio_error(response, 404, 20404)
    assert "<" not in response.text and "not-a-domain-sid" not in response.text
    assert "url" not in body


async def test_link_shortening(client: httpx.AsyncClient, clock: FakeClock) -> None:
    DOMAIN = await _register_domain(client)
    domain = f"/v1/LinkShortening/Domains/{DOMAIN}"
    assert_twilio_error(await client.get(domain + "/Config"), 404, 20404)
    config = await client.post(domain + "/Config", data={"CallbackUrl": "https://cb.test", "ContinueOnFailure": "true"})
    assert config.status_code == 201 and set(config.json()) == DOMAIN_CONFIG
    assert config.json()["config_sid"].startswith("ZK") and config.json()["continue_on_failure"] is True
    clock.advance(60)
    again = await client.post(domain + "/Config", data={"FallbackUrl": "https://fb.test"})
    assert again.status_code == 200
    assert (again.json()["config_sid"], again.json()["callback_url"]) == (
        config.json()["config_sid"],
        "https://cb.test",
    )
    assert again.json()["date_updated"] == "2024-05-01T12:01:00Z"

    cert = await client.post(domain + "/Certificate", data={"TlsCert": "-----BEGIN CERTIFICATE-----"})
    assert (
        cert.status_code == 201 and set(cert.json()) == DOMAIN_CERT and cert.json()["certificate_sid"].startswith("CW")
    )
    assert cert.json()["domain_name"] == DOMAIN_NAME
    assert (await client.get(domain + "/Certificate")).json() == cert.json()
    assert_twilio_error(await client.post(domain + "/Certificate", data={}), 400, 20001)
    assert (await client.delete(domain + "/Certificate")).status_code == 204
    assert_twilio_error(await client.get(domain + "/Certificate"), 404, 20404)
    managed = await client.post(domain + "/RequestManagedCert")
    assert managed.status_code == 201 and set(managed.json()) == MANAGED_CERT and managed.json()["managed"] is True
    assert (await client.post(domain + "/RequestManagedCert")).status_code == 200

    service = (await client.post("/v1/Services", data={"FriendlyName": "links"})).json()
    association = await client.post(f"{domain}/MessagingServices/{service['sid']}")
    assert association.status_code == 201 and set(association.json()) == LINK_SERVICE
    by_service = await client.get(f"/v1/LinkShortening/MessagingServices/{service['sid']}/Domain")
    assert by_service.json()["domain_sid"] == DOMAIN and set(by_service.json()) == LINK_SERVICE
    service_config = (await client.get(f"/v1/LinkShortening/MessagingService/{service['sid']}/DomainConfig")).json()
    assert set(service_config) == DOMAIN_CONFIG_SERVICE and service_config["messaging_service_sid"] == service["sid"]
    assert (await client.delete(f"{domain}/MessagingServices/{service['sid']}")).status_code == 204
    assert_twilio_error(await client.get(f"/v1/LinkShortening/MessagingServices/{service['sid']}/Domain"), 404, 20404)


async def test_v2_channels_senders_take_json(client: httpx.AsyncClient, clock: FakeClock) -> None:
    payload = {
        "sender_id": "whatsapp:+14155550123",
        "configuration": {"waba_id": "1234567"},
        "profile": {"name": "Owl", "emails": [{"email": "hi@owl.example", "label": "Email"}]},
        "webhook": {"callback_url": "https://cb.test", "callback_method": "POST"},
    }
    created = await client.post("/v2/Channels/Senders", json=payload)
    assert created.status_code == 202
    sender = created.json()
    assert set(sender) == CHANNELS_SENDER_V2 and sender["sid"].startswith("XE") and sender["status"] == "CREATING"
    # Every member the spec lists is there; the ones not sent are empty.
    assert sender["configuration"]["waba_id"] == "1234567"
    assert {k: v for k, v in sender["configuration"].items() if k != "waba_id"} == dict.fromkeys(
        fields("ChannelsSenderConfigurationResponse") - {"waba_id"}
    )
    assert sender["profile"]["emails"] == [{"email": "hi@owl.example", "label": "Email"}]
    clock.advance(1)
    fetched = (await client.get(sender["url"])).json()
    assert fetched["status"] == "ONLINE" and fetched["properties"]["quality_rating"] == "HIGH"
    updated = await client.post(sender["url"], json={"profile": {"about": "We text"}, "sender_id": "ignored"})
    assert updated.status_code == 202
    assert (updated.json()["profile"]["about"], updated.json()["profile"]["name"]) == ("We text", "Owl")
    assert updated.json()["sender_id"] == "whatsapp:+14155550123"
    await client.post("/v2/Channels/Senders", json={"sender_id": "messenger:104794531907950"})
    only_whatsapp = (await client.get("/v2/Channels/Senders", params={"Channel": "whatsapp"})).json()
    assert [s["sid"] for s in only_whatsapp["senders"]] == [sender["sid"]]
    assert only_whatsapp["meta"]["key"] == "senders" and "Channel=whatsapp" in only_whatsapp["meta"]["url"]
    assert (await client.delete(sender["url"])).status_code == 204
    assert_twilio_error(await client.get(sender["url"]), 404, 20404)
    assert_twilio_error(await client.post("/v2/Channels/Senders", json={"profile": {}}), 400, 20001)


async def test_deactivations_redirect(client: httpx.AsyncClient, config: EmulatorConfig) -> None:
    response = await client.get("/v1/Deactivations", params={"Date": "2024-04-30"})
    assert response.status_code == 307
    assert set(response.json()) == DEACTIVATION
    target = response.json()["redirect_to"]
    assert response.headers["location"] == target == "https://emulator.test/_emulator/deactivations/2024-04-30"
    report = await client.get(target)
    assert report.status_code == 200 and report.headers["content-type"].startswith("text/plain")
    assert_twilio_error(await client.get("/v1/Deactivations", params={"Date": "April"}), 400, 20001)
