"""Field names of the reference schemas (facts from Twilio's OpenAPI), to check response shapes."""

from __future__ import annotations

MESSAGE = {
    "body", "num_segments", "direction", "from", "to", "date_updated", "price", "error_message", "uri",
    "account_sid", "num_media", "status", "messaging_service_sid", "sid", "date_sent", "date_created",
    "error_code", "price_unit", "api_version", "subresource_uris",
}  # fmt: skip
MEDIA = {"account_sid", "content_type", "date_created", "date_updated", "parent_sid", "sid", "uri"}
FEEDBACK = {"account_sid", "message_sid", "outcome", "date_created", "date_updated", "uri"}
SHORT_CODE_2010 = {
    "account_sid", "api_version", "date_created", "date_updated", "friendly_name", "short_code", "sid",
    "sms_fallback_method", "sms_fallback_url", "sms_method", "sms_url", "uri",
}  # fmt: skip
BRAND = {
    "sid", "account_sid", "customer_profile_bundle_sid", "a2p_profile_bundle_sid", "date_created", "date_updated",
    "brand_type", "status", "tcr_id", "failure_reason", "errors", "url", "brand_score", "brand_feedback",
    "identity_status", "russell_3000", "government_entity", "tax_exempt_status", "skip_automatic_sec_vet", "mock",
    "links",
}  # fmt: skip
BRAND_OTP = {"account_sid", "brand_registration_sid"}
BRAND_VETTING = {
    "account_sid", "brand_sid", "brand_vetting_sid", "date_updated", "date_created", "vetting_id", "vetting_class",
    "vetting_status", "vetting_provider", "url",
}  # fmt: skip
DEACTIVATION = {"redirect_to"}
DOMAIN_CERT = {
    "domain_sid", "date_updated", "date_expires", "date_created", "domain_name", "certificate_sid", "url",
    "cert_in_validation",
}  # fmt: skip
DOMAIN_CONFIG = {
    "domain_sid", "config_sid", "fallback_url", "callback_url", "continue_on_failure", "date_created",
    "date_updated", "url", "disable_https",
}  # fmt: skip
DOMAIN_CONFIG_SERVICE = {
    "domain_sid", "config_sid", "messaging_service_sid", "fallback_url", "callback_url", "continue_on_failure",
    "date_created", "date_updated", "url",
}  # fmt: skip
EXTERNAL_CAMPAIGN = {"sid", "account_sid", "campaign_id", "messaging_service_sid", "date_created"}
LINK_SERVICE = {"domain_sid", "messaging_service_sid", "url"}
MANAGED_CERT = {
    "domain_sid", "date_updated", "date_created", "date_expires", "domain_name", "certificate_sid", "url",
    "managed", "requesting",
}  # fmt: skip
SERVICE = {
    "sid", "account_sid", "friendly_name", "date_created", "date_updated", "inbound_request_url", "inbound_method",
    "fallback_url", "fallback_method", "status_callback", "sticky_sender", "mms_converter", "smart_encoding",
    "scan_message_content", "fallback_to_long_code", "area_code_geomatch", "synchronous_validation",
    "validity_period", "url", "links", "usecase", "us_app_to_person_registered", "use_inbound_webhook_on_number",
}  # fmt: skip
ALPHA_SENDER = {
    "sid", "account_sid", "service_sid", "date_created", "date_updated", "alpha_sender", "capabilities", "url",
}  # fmt: skip
CHANNEL_SENDER = {
    "account_sid", "messaging_service_sid", "sid", "sender", "sender_type", "country_code", "date_created",
    "date_updated", "url",
}  # fmt: skip
DESTINATION_ALPHA_SENDER = ALPHA_SENDER | {"iso_country_code"}
PHONE_NUMBER = {
    "sid", "account_sid", "service_sid", "date_created", "date_updated", "phone_number", "country_code",
    "capabilities", "url",
}  # fmt: skip
SERVICE_SHORT_CODE = {
    "sid", "account_sid", "service_sid", "date_created", "date_updated", "short_code", "country_code",
    "capabilities", "url",
}  # fmt: skip
USA2P = {
    "sid", "account_sid", "brand_registration_sid", "messaging_service_sid", "description", "message_samples",
    "us_app_to_person_usecase", "has_embedded_links", "has_embedded_phone", "subscriber_opt_in", "age_gated",
    "direct_lending", "campaign_status", "campaign_id", "is_externally_registered", "rate_limits", "message_flow",
    "opt_in_message", "opt_out_message", "help_message", "opt_in_keywords", "opt_out_keywords", "help_keywords",
    "date_created", "date_updated", "url", "mock", "errors",
}  # fmt: skip
USA2P_USECASE = {"us_app_to_person_usecases"}
TOLLFREE = {
    "sid", "account_sid", "customer_profile_sid", "trust_product_sid", "date_created", "date_updated",
    "regulated_item_sid", "business_name", "business_street_address", "business_street_address2", "business_city",
    "business_state_province_region", "business_postal_code", "business_country", "business_website",
    "business_contact_first_name", "business_contact_last_name", "business_contact_email", "business_contact_phone",
    "notification_email", "use_case_categories", "use_case_summary", "production_message_sample",
    "opt_in_image_urls", "opt_in_type", "message_volume", "additional_information", "tollfree_phone_number_sid",
    "status", "url", "rejection_reason", "error_code", "edit_expiration", "edit_allowed", "rejection_reasons",
    "resource_links", "external_reference_id",
}  # fmt: skip
USECASE = {"usecases"}
CHANNELS_SENDER_V2 = {
    "sid", "status", "sender_id", "configuration", "webhook", "profile", "properties", "offline_reasons", "url",
}  # fmt: skip
COUNTRY = {"country", "iso_country", "url"}
COUNTRY_INSTANCE = {"country", "iso_country", "outbound_sms_prices", "inbound_sms_prices", "price_unit", "url"}

PAGE_2010 = {"end", "first_page_uri", "next_page_uri", "page", "page_size", "previous_page_uri", "start", "uri"}
META = {"page", "page_size", "first_page_url", "previous_page_url", "next_page_url", "url", "key"}
