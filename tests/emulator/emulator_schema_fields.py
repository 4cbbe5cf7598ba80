"""Field names of the spec's response schemas, to check response shapes (read from spec/, never re-typed)."""

from __future__ import annotations

from typing import Any

from generator.bundle import bundle

_SCHEMAS: dict[str, Any] = bundle()["components"]["schemas"]


def fields(schema: str) -> set[str]:
    """The property names of a component schema (``allOf`` parts included)."""
    node = _SCHEMAS[schema]
    names = set(node.get("properties", {}))
    for part in node.get("allOf", ()):
        ref = part.get("$ref", "")
        names |= fields(ref.rsplit("/", 1)[-1]) if ref else set(part.get("properties", {}))
    return names


MESSAGE = fields("Message")
MEDIA = fields("Media")
FEEDBACK = fields("MessageFeedback")
SHORT_CODE_2010 = fields("SmsShortCode")
BRAND = fields("BrandRegistration")
BRAND_OTP = fields("BrandRegistrationOtp")
BRAND_VETTING = fields("BrandVetting")
DEACTIVATION = fields("Deactivation")
DOMAIN_CERT = fields("DomainCertV4")
DOMAIN_CONFIG = fields("DomainConfig")
DOMAIN_CONFIG_SERVICE = fields("DomainConfigMessagingService")
EXTERNAL_CAMPAIGN = fields("ExternalCampaign")
LINK_SERVICE = fields("LinkshorteningMessagingService")
MANAGED_CERT = fields("RequestManagedCert")
SERVICE = fields("Service")
ALPHA_SENDER = fields("AlphaSender")
CHANNEL_SENDER = fields("ChannelSender")
DESTINATION_ALPHA_SENDER = fields("DestinationAlphaSender")
PHONE_NUMBER = fields("ServicePhoneNumber")
SERVICE_SHORT_CODE = fields("ServiceShortCode")
USA2P = fields("UsAppToPerson")
USA2P_USECASE = fields("UsAppToPersonUsecase")
TOLLFREE = fields("TollfreeVerification")
USECASE = fields("Usecase")
CHANNELS_SENDER_V2 = fields("ChannelsSender")
COUNTRY = fields("MessagingCountrySummary")
COUNTRY_INSTANCE = fields("MessagingCountry")
# The legacy totals (last_page_uri, num_pages, total) come only with some 2010 lists (Media).
PAGE_2010 = fields("ApiV2010Page") - {"last_page_uri", "num_pages", "total"}
META = fields("PageMeta")
