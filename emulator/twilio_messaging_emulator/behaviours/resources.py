"""What the spec cannot state about the API resources: Twilio's initial values and the behaviour hooks.

Initial values are what Twilio puts in a field nobody wrote (a new service is sticky, a campaign
starts PENDING). Hooks (by operationId) attach existing numbers to services, cascade deletes, move
a channel sender online, register campaigns on their service.
"""

from __future__ import annotations

import os
from typing import Any

from ..core.errors import bad_request, invalid_parameter, not_found
from ..core.sids import is_sid
from ..spec.hooks import HookContext, Hooks
from . import resource_paths as paths
from .pricing import country_of

INITIAL: dict[str, dict[str, Any]] = {
    paths.SERVICES: {
        "inbound_method": "POST",
        "fallback_method": "POST",
        "sticky_sender": True,
        "mms_converter": True,
        "smart_encoding": True,
        "scan_message_content": "inherit",
        "fallback_to_long_code": True,
        "area_code_geomatch": True,
        "synchronous_validation": True,
        "validity_period": 14400,
        "usecase": "undeclared",
        "us_app_to_person_registered": False,
        "use_inbound_webhook_on_number": False,
    },
    paths.ALPHA_SENDERS: {"capabilities": ["SMS"]},
    paths.DESTINATION_ALPHA_SENDERS: {"capabilities": ["SMS"]},
    paths.SHORT_CODES: {"api_version": "2010-04-01", "sms_method": "POST", "sms_fallback_method": "POST"},
    paths.USA2P: {
        "campaign_status": "PENDING",
        "rate_limits": {"att": {"mps": 600, "msg_class": "A"}, "tmobile": {"brand_tier": "TOP"}},
    },
    "/v1/a2p/BrandRegistrations": {"brand_type": "STANDARD", "status": "PENDING", "identity_status": "UNVERIFIED"},
    "/v1/a2p/BrandRegistrations/{BrandSid}/Vettings": {"vetting_status": "IN_PROGRESS"},
    "/v1/Tollfree/Verifications": {"status": "PENDING_REVIEW"},
    paths.CHANNELS_SENDERS: {"status": "CREATING"},
    paths.DOMAIN_CONFIGS: {"continue_on_failure": False, "disable_https": False},
    "/v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert": {"managed": True, "requesting": True},
    "/v1/LinkShortening/Domains/{DomainSid}/ValidateDns": {"is_valid": True, "reason": ""},
}


def _table(ctx: HookContext, path: str) -> Any:
    return ctx.state.tables[path]


def _service_deleted(ctx: HookContext, record: dict[str, Any]) -> None:
    scope = (record["sid"],)
    for path in paths.SERVICE_CHILDREN:
        table = _table(ctx, path)
        for key in [k for k, r in table.records.items() if r["_scope"] == scope]:
            del table.records[key]


def _already_in_service(ctx: HookContext, path: str, sid: str) -> None:
    if _table(ctx, path).by_sid(sid) is not None:
        raise bad_request(21710, "Phone Number or Short Code is already in the Messaging Service.")


def _attach_phone_number(ctx: HookContext, record: dict[str, Any]) -> None:
    pn_sid = str(ctx.values.get("PhoneNumberSid") or "")
    number = ctx.state.incoming_numbers.get(pn_sid)
    if number is None:
        raise not_found(f"/2010-04-01/Accounts/{ctx.state.config.account_sid}/IncomingPhoneNumbers/{pn_sid}.json")
    _already_in_service(ctx, paths.SERVICE_PHONE_NUMBERS, pn_sid)
    record.update(
        sid=pn_sid,
        phone_number=number.phone_number,
        country_code=country_of(number.phone_number) or "US",
        capabilities=list(number.capabilities),
    )


def _attach_short_code(ctx: HookContext, record: dict[str, Any]) -> None:
    sc_sid = str(ctx.values.get("ShortCodeSid") or "")
    short_code = _table(ctx, paths.SHORT_CODES).by_sid(sc_sid)
    if short_code is None:
        raise not_found(f"/2010-04-01/Accounts/{ctx.state.config.account_sid}/SMS/ShortCodes/{sc_sid}.json")
    _already_in_service(ctx, paths.SERVICE_SHORT_CODES, sc_sid)
    record.update(sid=sc_sid, short_code=short_code["short_code"], country_code="US", capabilities=["SMS"])


def _attach_channel_sender(ctx: HookContext, record: dict[str, Any]) -> None:
    sender_sid = str(ctx.values.get("Sid") or "")
    sender = _table(ctx, paths.CHANNELS_SENDERS).by_sid(sender_sid)
    if sender is None:
        raise not_found(f"/v2/Channels/Senders/{sender_sid}")
    address = str(sender["sender_id"] or "")
    channel = address.split(":", 1)[0].lower()
    kind = {"whatsapp": "WhatsApp", "messenger": "Messenger", "rcs": "RCS"}.get(channel, channel.capitalize())
    record.update(sid=sender_sid, sender=address, sender_type=kind, country_code=country_of(address) or "US")


def _campaign_created(ctx: HookContext, record: dict[str, Any]) -> None:
    record["campaign_id"] = "C" + os.urandom(3).hex().upper()
    service = _table(ctx, paths.SERVICES).by_sid(ctx.path_params["MessagingServiceSid"])
    if service is not None:
        service["us_app_to_person_registered"] = True
        service["usecase"] = str(record.get("us_app_to_person_usecase") or service["usecase"]).lower()


def _campaign_deleted(ctx: HookContext, record: dict[str, Any]) -> None:
    service = _table(ctx, paths.SERVICES).by_sid(ctx.path_params["MessagingServiceSid"])
    if service is not None:
        service["us_app_to_person_registered"] = False


def _external_campaign(ctx: HookContext, record: dict[str, Any]) -> None:
    service_sid = str(record.get("messaging_service_sid") or "")
    service = _table(ctx, paths.SERVICES).by_sid(service_sid)
    if service is None:
        raise not_found(f"/v1/Services/{service_sid}")
    service["us_app_to_person_registered"] = True


def _certificate_requested(ctx: HookContext, record: dict[str, Any]) -> None:
    record["cert_in_validation"] = {"date_expires": None, "status": "pending"}
    _domain_name(ctx, record)


def _domain_name(ctx: HookContext, record: dict[str, Any]) -> None:
    record["domain_name"] = ctx.state.domains[ctx.path_params["DomainSid"]]


def _channels_sender_create(ctx: HookContext, record: dict[str, Any]) -> None:
    sender_id = record.get("sender_id")
    if not isinstance(sender_id, str) or ":" not in sender_id:
        raise invalid_parameter("sender_id", str(sender_id))


def _channels_sender_read(ctx: HookContext, record: dict[str, Any]) -> None:
    if record["status"] in ("CREATING", "VERIFYING") and ctx.now - record["_created"] >= 1.0:
        record["status"] = "ONLINE"
        record["properties"] = {"quality_rating": "HIGH", "messaging_limit": "1K Customers/24hr"}


def _channels_sender_update(ctx: HookContext, record: dict[str, Any]) -> None:
    config = record.get("configuration") or {}
    if record["status"] == "CREATING" and config.get("verification_code"):
        record["status"] = "VERIFYING"


def _channel_filter(record: dict[str, Any], ctx: HookContext) -> bool:
    channel = str(ctx.values.get("Channel") or "")
    return not channel or str(record.get("sender_id") or "").lower().startswith(channel.lower() + ":")


def _brand_sid(ctx: HookContext, record: dict[str, Any]) -> None:
    brand = str(record.get("brand_registration_sid") or "")
    if not is_sid(brand, "BN"):
        raise invalid_parameter("BrandRegistrationSid", brand)


def _campaign_before(ctx: HookContext, record: dict[str, Any]) -> None:
    _brand_sid(ctx, record)
    _campaign_created(ctx, record)


_SENDER_READ = Hooks(on_read=_channels_sender_read)

HOOKS: dict[str, Hooks] = {
    "DeleteService": Hooks(after=_service_deleted),
    "CreatePhoneNumber": Hooks(before=_attach_phone_number),
    "CreateShortCode": Hooks(before=_attach_short_code),
    "CreateChannelSender": Hooks(before=_attach_channel_sender),
    "CreateUsAppToPerson": Hooks(before=_campaign_before),
    "DeleteUsAppToPerson": Hooks(after=_campaign_deleted),
    "CreateExternalCampaign": Hooks(before=_external_campaign),
    "UpdateDomainCertV4": Hooks(before=_certificate_requested),
    "UpdateRequestManagedCert": Hooks(before=_domain_name),
    "FetchDomainCertificateV2": Hooks(on_read=_domain_name),
    "CreateChannelsSender": Hooks(before=_channels_sender_create),
    "UpdateChannelsSender": Hooks(before=_channels_sender_update, on_read=_channels_sender_read),
    "FetchChannelsSender": _SENDER_READ,
    "ListChannelsSender": Hooks(on_read=_channels_sender_read, keep=_channel_filter),
}

# Twilio's code for a bad value where it is not the generic 20001 (the spec states the rule itself).
PARAMETER_CODES: dict[str, dict[str, int]] = {
    "CreateAlphaSender": {"AlphaSender": 21212},
    "CreateDestinationAlphaSender": {"AlphaSender": 21212},
}
