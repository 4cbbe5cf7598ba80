"""The operations Twilio added in its 2026-04 description sit where README and CHANGELOG say users find them."""

from __future__ import annotations

import pytest

from .resource_support import primary_binding

PLACES = {
    "FetchDomainDnsValidation": "client.link_shortening.domains(...).validate_dns.fetch()",
    "FetchDomainCertificateV2": "client.link_shortening.domains(...).certificate_v2.fetch()",
    "FetchDomainCertV4": "client.link_shortening.domains(...).certificate.fetch()",
    "CreateTypingIndicator": "client.indicators.typing.create()",
    "CreateV3TypingIndicator": "client.indicators.typing_v3.create()",
    "FetchUsAppToPerson": "client.services(...).compliance.usa2p(...).fetch()",
}


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(("operation_id", "place"), sorted(PLACES.items()))
def test_operation_is_where_the_docs_say(flavour: str, operation_id: str, place: str) -> None:
    assert primary_binding(flavour, operation_id).describe() == place
