"""Resource definitions: Messaging Services and their senders, 2010 ShortCodes (v2 senders: catalog_channels)."""

from __future__ import annotations

from typing import Any

from .catalog_channels import CHANNELS_SENDERS
from .errors import bad_request, not_found
from .messages import ALPHA_SENDER
from .pricing import country_of
from .resources import (
    ACCOUNT,
    BOOL,
    CREATED,
    HTTP_URL,
    INT,
    LINKS,
    SID,
    STR,
    UPDATED,
    URL,
    HookContext,
    Hooks,
    ResourceDef,
    enum,
    parent,
)

SENDER_TABLES = (
    "service_phone_numbers",
    "service_short_codes",
    "alpha_senders",
    "destination_alpha_senders",
    "channel_senders",
    "usa2p",
)


def _service_deleted(ctx: HookContext, record: dict[str, Any]) -> None:
    scope = (record["sid"],)
    for name in SENDER_TABLES:
        table = ctx.emulator.tables[name]
        for key in [k for k, r in table.records.items() if r["_scope"] == scope]:
            del table.records[key]


def _already_in_service(ctx: HookContext, table: str, sid: str) -> None:
    for record in ctx.emulator.tables[table].records.values():
        if record["sid"] == sid:
            raise bad_request(21710, "Phone Number or Short Code is already in the Messaging Service.")


def _attach_phone_number(ctx: HookContext, record: dict[str, Any]) -> None:
    pn_sid = ctx.params.get("PhoneNumberSid") or ""
    number = ctx.emulator.incoming_numbers.get(pn_sid)
    if number is None:
        raise not_found(f"/2010-04-01/Accounts/{ctx.emulator.config.account_sid}/IncomingPhoneNumbers/{pn_sid}.json")
    _already_in_service(ctx, "service_phone_numbers", pn_sid)
    record.update(
        sid=pn_sid,
        phone_number=number.phone_number,
        country_code=country_of(number.phone_number) or "US",
        capabilities=list(number.capabilities),
    )


def _attach_short_code(ctx: HookContext, record: dict[str, Any]) -> None:
    sc_sid = ctx.params.get("ShortCodeSid") or ""
    short_code = ctx.emulator.tables["short_codes"].by_sid(sc_sid)
    if short_code is None:
        raise not_found(f"/2010-04-01/Accounts/{ctx.emulator.config.account_sid}/SMS/ShortCodes/{sc_sid}.json")
    _already_in_service(ctx, "service_short_codes", sc_sid)
    record.update(sid=sc_sid, short_code=short_code["short_code"], country_code="US", capabilities=["SMS"])


def _check_alpha(ctx: HookContext, record: dict[str, Any]) -> None:
    value = record.get("alpha_sender") or ""
    if not ALPHA_SENDER.match(value):
        raise bad_request(21212, f"The alphanumeric sender ID {value!r} is invalid: 1-11 letters, digits or spaces.")


def _attach_channel_sender(ctx: HookContext, record: dict[str, Any]) -> None:
    sender_sid = ctx.params.get("Sid") or ""
    sender = ctx.emulator.tables["channels_senders"].by_sid(sender_sid)
    if sender is None:
        raise not_found(f"/v2/Channels/Senders/{sender_sid}")
    address = str(sender["sender_id"] or "")
    channel = address.split(":", 1)[0].lower()
    kind = {"whatsapp": "WhatsApp", "messenger": "Messenger", "rcs": "RCS"}.get(channel, channel.capitalize())
    record.update(sid=sender_sid, sender=address, sender_type=kind, country_code=country_of(address) or "US")


_SERVICE_WRITABLE = {
    "friendly_name": STR,
    "inbound_request_url": HTTP_URL,
    "inbound_method": enum("GET", "POST"),
    "fallback_url": HTTP_URL,
    "fallback_method": enum("GET", "POST"),
    "status_callback": HTTP_URL,
    "sticky_sender": BOOL,
    "mms_converter": BOOL,
    "smart_encoding": BOOL,
    "scan_message_content": enum("inherit", "enable", "disable"),
    "fallback_to_long_code": BOOL,
    "area_code_geomatch": BOOL,
    "validity_period": INT,
    "synchronous_validation": BOOL,
    "usecase": STR,
    "use_inbound_webhook_on_number": BOOL,
}

SERVICES = ResourceDef(
    name="services",
    list_path="/v1/Services",
    instance_path="/v1/Services/{Sid}",
    key="services",
    prefix="MG",
    fields={
        "sid": SID,
        "account_sid": ACCOUNT,
        "friendly_name": None,
        "date_created": CREATED,
        "date_updated": UPDATED,
        "inbound_request_url": None,
        "inbound_method": "POST",
        "fallback_url": None,
        "fallback_method": "POST",
        "status_callback": None,
        "sticky_sender": True,
        "mms_converter": True,
        "smart_encoding": True,
        "scan_message_content": "inherit",
        "fallback_to_long_code": True,
        "area_code_geomatch": True,
        "synchronous_validation": True,
        "validity_period": 14400,
        "url": URL,
        "links": LINKS,
        "usecase": "undeclared",
        "us_app_to_person_registered": False,
        "use_inbound_webhook_on_number": False,
        "sending_windows": [],
    },
    writable=_SERVICE_WRITABLE,
    required=("FriendlyName",),
    links={
        "phone_numbers": "/PhoneNumbers",
        "short_codes": "/ShortCodes",
        "alpha_senders": "/AlphaSenders",
        "messages": "/Messages",
        "us_app_to_person": "/Compliance/Usa2p",
        "us_app_to_person_usecases": "/Compliance/Usa2p/Usecases",
        "channel_senders": "/ChannelSenders",
        "destination_alpha_senders": "/DestinationAlphaSenders",
    },
    hooks=Hooks(after_delete=_service_deleted),
)

_SENDER_BASE = {
    "sid": SID,
    "account_sid": ACCOUNT,
    "service_sid": parent("ServiceSid"),
    "date_created": CREATED,
    "date_updated": UPDATED,
}
_SENDER_OPS = frozenset({"create", "list", "fetch", "delete"})

SERVICE_PHONE_NUMBERS = ResourceDef(
    name="service_phone_numbers",
    list_path="/v1/Services/{ServiceSid}/PhoneNumbers",
    instance_path="/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
    key="phone_numbers",
    prefix="PN",
    fields={**_SENDER_BASE, "phone_number": None, "country_code": None, "capabilities": [], "url": URL},
    required=("PhoneNumberSid",),
    ops=_SENDER_OPS,
    parents=(("ServiceSid", "services"),),
    hooks=Hooks(before_create=_attach_phone_number),
)

SERVICE_SHORT_CODES = ResourceDef(
    name="service_short_codes",
    list_path="/v1/Services/{ServiceSid}/ShortCodes",
    instance_path="/v1/Services/{ServiceSid}/ShortCodes/{Sid}",
    key="short_codes",
    prefix="SC",
    fields={**_SENDER_BASE, "short_code": None, "country_code": None, "capabilities": [], "url": URL},
    required=("ShortCodeSid",),
    ops=_SENDER_OPS,
    parents=(("ServiceSid", "services"),),
    hooks=Hooks(before_create=_attach_short_code),
)

ALPHA_SENDERS = ResourceDef(
    name="alpha_senders",
    list_path="/v1/Services/{ServiceSid}/AlphaSenders",
    instance_path="/v1/Services/{ServiceSid}/AlphaSenders/{Sid}",
    key="alpha_senders",
    prefix="AI",
    fields={**_SENDER_BASE, "alpha_sender": None, "capabilities": ["SMS"], "url": URL},
    writable={"alpha_sender": STR},
    required=("AlphaSender",),
    ops=_SENDER_OPS,
    parents=(("ServiceSid", "services"),),
    hooks=Hooks(before_create=_check_alpha),
)

DESTINATION_ALPHA_SENDERS = ResourceDef(
    name="destination_alpha_senders",
    list_path="/v1/Services/{ServiceSid}/DestinationAlphaSenders",
    instance_path="/v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}",
    key="alpha_senders",
    prefix="AI",
    fields={**_SENDER_BASE, "alpha_sender": None, "capabilities": ["SMS"], "url": URL, "iso_country_code": None},
    writable={"alpha_sender": STR, "iso_country_code": STR},
    required=("AlphaSender",),
    ops=_SENDER_OPS,
    parents=(("ServiceSid", "services"),),
    filters={"IsoCountryCode": "iso_country_code"},
    hooks=Hooks(before_create=_check_alpha),
)

CHANNEL_SENDERS = ResourceDef(
    name="channel_senders",
    list_path="/v1/Services/{MessagingServiceSid}/ChannelSenders",
    instance_path="/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}",
    key="senders",
    prefix="XE",
    fields={
        "account_sid": ACCOUNT,
        "messaging_service_sid": parent("MessagingServiceSid"),
        "sid": SID,
        "sender": None,
        "sender_type": None,
        "country_code": None,
        "date_created": CREATED,
        "date_updated": UPDATED,
        "url": URL,
    },
    required=("Sid",),
    ops=_SENDER_OPS,
    parents=(("MessagingServiceSid", "services"),),
    hooks=Hooks(before_create=_attach_channel_sender),
)

SHORT_CODES_2010 = ResourceDef(
    name="short_codes",
    style="2010",
    list_path="/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json",
    instance_path="/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json",
    key="short_codes",
    prefix="SC",
    fields={
        "account_sid": ACCOUNT,
        "api_version": "2010-04-01",
        "date_created": CREATED,
        "date_updated": UPDATED,
        "friendly_name": None,
        "short_code": None,
        "sid": SID,
        "sms_fallback_method": "POST",
        "sms_fallback_url": None,
        "sms_method": "POST",
        "sms_url": None,
        "uri": URL,
    },
    writable={
        "friendly_name": STR,
        "api_version": STR,
        "sms_url": HTTP_URL,
        "sms_method": enum("GET", "POST"),
        "sms_fallback_url": HTTP_URL,
        "sms_fallback_method": enum("GET", "POST"),
    },
    ops=frozenset({"list", "fetch", "update"}),
    filters={"FriendlyName": "friendly_name", "ShortCode": "short_code"},
)

RESOURCES = (
    SERVICES,
    SERVICE_PHONE_NUMBERS,
    SERVICE_SHORT_CODES,
    ALPHA_SENDERS,
    DESTINATION_ALPHA_SENDERS,
    CHANNEL_SENDERS,
    CHANNELS_SENDERS,
    SHORT_CODES_2010,
)
