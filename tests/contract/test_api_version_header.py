"""X-Twilio-Api-Version (US A2P campaigns): a typed argument that reaches the wire as a header, and only when given."""

from __future__ import annotations

import httpx
from twilio_messaging import Client
from twilio_messaging_api.models import UsAppToPerson

from .spec_support import operation

SERVICE = "MG" + "a" * 32
CAMPAIGN = "QE" + "b" * 32


def _example(name: str) -> dict[str, object]:
    return next(e.value for e in operation("FetchUsAppToPerson").examples if e.name == name)


def _client(seen: list[httpx.Request], payload: dict[str, object]) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=payload)

    transport = httpx.MockTransport(handler)
    return Client("AC" + "0" * 32, "token", http_client=httpx.Client(transport=transport))


def test_header_sent_when_given_and_both_campaign_versions_read() -> None:
    payload = _example("fetchWithExtendedFields")
    seen: list[httpx.Request] = []
    campaign = _client(seen, payload).services(SERVICE).compliance.usa2p(CAMPAIGN).fetch(x_twilio_api_version="v2")
    assert seen[-1].headers["X-Twilio-Api-Version"] == "v2"
    assert isinstance(campaign, UsAppToPerson)
    assert campaign.privacy_policy_url == payload["privacy_policy_url"]
    assert campaign.terms_and_conditions_url == payload["terms_and_conditions_url"]


def test_header_absent_when_not_given() -> None:
    payload = _example("fetch")
    seen: list[httpx.Request] = []
    campaign = _client(seen, payload).services(SERVICE).compliance.usa2p(CAMPAIGN).fetch()
    assert "X-Twilio-Api-Version" not in seen[-1].headers
    assert not campaign.privacy_policy_url  # version 1 campaigns do not carry it (UNSET)
