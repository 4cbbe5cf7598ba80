"""Resource definitions: A2P 10DLC (brands, vettings, campaigns) and toll-free verification."""

from __future__ import annotations

import os
from typing import Any

from .errors import invalid_parameter, not_found
from .resources import (
    ACCOUNT,
    BOOL,
    CREATED,
    DATE,
    LINKS,
    LIST,
    SID,
    STR,
    UPDATED,
    URL,
    HookContext,
    Hooks,
    ResourceDef,
    enum,
    parent,
    sid,
)
from .sids import is_sid


def _campaign_created(ctx: HookContext, record: dict[str, Any]) -> None:
    brand = record.get("brand_registration_sid") or ""
    if not is_sid(brand, "BN"):
        raise invalid_parameter("BrandRegistrationSid", brand)
    record["campaign_id"] = "C" + os.urandom(3).hex().upper()
    service = ctx.emulator.tables["services"].by_sid(ctx.path_params["MessagingServiceSid"])
    if service is not None:
        service["us_app_to_person_registered"] = True
        service["usecase"] = str(record.get("us_app_to_person_usecase") or service["usecase"]).lower()


def _campaign_deleted(ctx: HookContext, record: dict[str, Any]) -> None:
    service = ctx.emulator.tables["services"].by_sid(ctx.path_params["MessagingServiceSid"])
    if service is not None:
        service["us_app_to_person_registered"] = False


def _external_campaign(ctx: HookContext, record: dict[str, Any]) -> None:
    service_sid = record.get("messaging_service_sid") or ""
    service = ctx.emulator.tables["services"].by_sid(service_sid)
    if service is None:
        raise not_found(f"/v1/Services/{service_sid}")
    service["us_app_to_person_registered"] = True


USA2P = ResourceDef(
    name="usa2p",
    list_path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p",
    instance_path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
    key="compliance",
    prefix="QE",
    fields={
        "sid": SID,
        "account_sid": ACCOUNT,
        "brand_registration_sid": None,
        "messaging_service_sid": parent("MessagingServiceSid"),
        "description": None,
        "message_samples": [],
        "us_app_to_person_usecase": None,
        "has_embedded_links": False,
        "has_embedded_phone": False,
        "subscriber_opt_in": False,
        "age_gated": False,
        "direct_lending": False,
        "campaign_status": "PENDING",
        "campaign_id": None,
        "is_externally_registered": False,
        "rate_limits": {"att": {"mps": 600, "msg_class": "A"}, "tmobile": {"brand_tier": "TOP"}},
        "message_flow": None,
        "opt_in_message": None,
        "opt_out_message": None,
        "help_message": None,
        "opt_in_keywords": None,
        "opt_out_keywords": None,
        "help_keywords": None,
        "date_created": CREATED,
        "date_updated": UPDATED,
        "url": URL,
        "mock": False,
        "errors": [],
    },
    writable={
        "brand_registration_sid": sid("BN"),
        "description": STR,
        "message_flow": STR,
        "message_samples": LIST,
        "us_app_to_person_usecase": STR,
        "has_embedded_links": BOOL,
        "has_embedded_phone": BOOL,
        "opt_in_message": STR,
        "opt_out_message": STR,
        "help_message": STR,
        "opt_in_keywords": LIST,
        "opt_out_keywords": LIST,
        "help_keywords": LIST,
        "subscriber_opt_in": BOOL,
        "age_gated": BOOL,
        "direct_lending": BOOL,
    },
    required=(
        "BrandRegistrationSid",
        "Description",
        "MessageFlow",
        "MessageSamples",
        "UsAppToPersonUsecase",
        "HasEmbeddedLinks",
        "HasEmbeddedPhone",
    ),
    update_writable=(
        "has_embedded_links",
        "has_embedded_phone",
        "message_samples",
        "message_flow",
        "description",
        "age_gated",
        "direct_lending",
    ),
    update_required=(
        "HasEmbeddedLinks",
        "HasEmbeddedPhone",
        "MessageSamples",
        "MessageFlow",
        "Description",
        "AgeGated",
        "DirectLending",
    ),
    parents=(("MessagingServiceSid", "services"),),
    hooks=Hooks(before_create=_campaign_created, after_delete=_campaign_deleted),
)

EXTERNAL_CAMPAIGNS = ResourceDef(
    name="external_campaigns",
    list_path="/v1/Services/PreregisteredUsa2p",
    prefix="QE",
    fields={
        "sid": SID,
        "account_sid": ACCOUNT,
        "campaign_id": None,
        "messaging_service_sid": None,
        "date_created": CREATED,
    },
    writable={"campaign_id": STR, "messaging_service_sid": sid("MG")},
    required=("CampaignId", "MessagingServiceSid"),
    ops=frozenset({"create"}),
    hooks=Hooks(before_create=_external_campaign),
)

BRAND_REGISTRATIONS = ResourceDef(
    name="brand_registrations",
    list_path="/v1/a2p/BrandRegistrations",
    instance_path="/v1/a2p/BrandRegistrations/{Sid}",
    key="data",
    prefix="BN",
    fields={
        "sid": SID,
        "account_sid": ACCOUNT,
        "customer_profile_bundle_sid": None,
        "a2p_profile_bundle_sid": None,
        "date_created": CREATED,
        "date_updated": UPDATED,
        "brand_type": "STANDARD",
        "status": "PENDING",
        "tcr_id": None,
        "failure_reason": None,
        "errors": [],
        "url": URL,
        "brand_score": None,
        "brand_feedback": None,
        "identity_status": "UNVERIFIED",
        "russell_3000": False,
        "government_entity": False,
        "tax_exempt_status": None,
        "skip_automatic_sec_vet": False,
        "mock": False,
        "links": LINKS,
    },
    writable={
        "customer_profile_bundle_sid": sid("BU"),
        "a2p_profile_bundle_sid": sid("BU"),
        "brand_type": enum("STANDARD", "SOLE_PROPRIETOR"),
        "mock": BOOL,
        "skip_automatic_sec_vet": BOOL,
    },
    required=("CustomerProfileBundleSid", "A2PProfileBundleSid"),
    update_writable=(),
    ops=frozenset({"create", "list", "fetch", "update"}),
    update_status=202,
    links={"brand_vettings": "/Vettings", "brand_registration_otps": "/SmsOtp"},
)

_VETTING_PROVIDERS = enum("campaign-verify", "aegis")

BRAND_VETTINGS = ResourceDef(
    name="brand_vettings",
    list_path="/v1/a2p/BrandRegistrations/{BrandSid}/Vettings",
    instance_path="/v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}",
    key="data",
    prefix="VT",
    sid_field="brand_vetting_sid",
    sid_param="BrandVettingSid",
    fields={
        "account_sid": ACCOUNT,
        "brand_sid": parent("BrandSid"),
        "brand_vetting_sid": SID,
        "date_updated": UPDATED,
        "date_created": CREATED,
        "vetting_id": None,
        "vetting_class": None,
        "vetting_status": "IN_PROGRESS",
        "vetting_provider": None,
        "url": URL,
    },
    writable={"vetting_provider": _VETTING_PROVIDERS, "vetting_id": STR},
    required=("VettingProvider",),
    ops=frozenset({"create", "list", "fetch"}),
    parents=(("BrandSid", "brand_registrations"),),
    filters={"VettingProvider": "vetting_provider"},
    query={"VettingProvider": _VETTING_PROVIDERS},
)

BRAND_OTPS = ResourceDef(
    name="brand_otps",
    list_path="/v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp",
    fields={"account_sid": ACCOUNT, "brand_registration_sid": parent("BrandRegistrationSid")},
    ops=frozenset({"create"}),
    parents=(("BrandRegistrationSid", "brand_registrations"),),
)

_TOLLFREE_TEXT = (
    "business_name",
    "business_street_address",
    "business_street_address2",
    "business_city",
    "business_state_province_region",
    "business_postal_code",
    "business_country",
    "business_website",
    "business_contact_first_name",
    "business_contact_last_name",
    "business_contact_email",
    "business_contact_phone",
    "notification_email",
)

TOLLFREE_VERIFICATIONS = ResourceDef(
    name="tollfree_verifications",
    list_path="/v1/Tollfree/Verifications",
    instance_path="/v1/Tollfree/Verifications/{Sid}",
    key="verifications",
    prefix="HH",
    fields={
        "sid": SID,
        "account_sid": ACCOUNT,
        "customer_profile_sid": None,
        "trust_product_sid": None,
        "date_created": CREATED,
        "date_updated": UPDATED,
        "regulated_item_sid": None,
        **{name: None for name in _TOLLFREE_TEXT},
        "use_case_categories": [],
        "use_case_summary": None,
        "production_message_sample": None,
        "opt_in_image_urls": [],
        "opt_in_type": None,
        "message_volume": None,
        "additional_information": None,
        "tollfree_phone_number_sid": None,
        "status": "PENDING_REVIEW",
        "url": URL,
        "rejection_reason": None,
        "error_code": None,
        "edit_expiration": DATE,
        "edit_allowed": None,
        "rejection_reasons": None,
        "resource_links": {},
        "external_reference_id": None,
    },
    writable={
        **{name: STR for name in _TOLLFREE_TEXT},
        "customer_profile_sid": sid("BU"),
        "use_case_categories": LIST,
        "use_case_summary": STR,
        "production_message_sample": STR,
        "opt_in_image_urls": LIST,
        "opt_in_type": enum(
            "VERBAL", "WEB_FORM", "PAPER_FORM", "VIA_TEXT", "MOBILE_QR_CODE", "IMPORT", "IMPORT_PLEASE_REPLACE"
        ),
        "message_volume": STR,
        "additional_information": STR,
        "tollfree_phone_number_sid": sid("PN"),
        "external_reference_id": STR,
    },
    required=(
        "BusinessName",
        "BusinessWebsite",
        "NotificationEmail",
        "UseCaseCategories",
        "UseCaseSummary",
        "ProductionMessageSample",
        "OptInImageUrls",
        "OptInType",
        "MessageVolume",
        "TollfreePhoneNumberSid",
    ),
    update_writable=(
        *_TOLLFREE_TEXT,
        "use_case_categories",
        "use_case_summary",
        "production_message_sample",
        "opt_in_image_urls",
        "opt_in_type",
        "message_volume",
        "additional_information",
    ),
    update_status=202,
    filters={
        "TollfreePhoneNumberSid": "tollfree_phone_number_sid",
        "Status": "status",
        "ExternalReferenceId": "external_reference_id",
    },
    query={
        "TollfreePhoneNumberSid": sid("PN"),
        "Status": enum("PENDING_REVIEW", "IN_REVIEW", "TWILIO_APPROVED", "TWILIO_REJECTED"),
        "IncludeSubAccounts": BOOL,
    },
)

RESOURCES = (
    USA2P,
    EXTERNAL_CAMPAIGNS,
    BRAND_REGISTRATIONS,
    BRAND_VETTINGS,
    BRAND_OTPS,
    TOLLFREE_VERIFICATIONS,
)
