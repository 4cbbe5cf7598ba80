"""Resource definition: v2 Channels Senders (WhatsApp and other channel senders), JSON bodies."""

from __future__ import annotations

from typing import Any

from .errors import invalid_parameter, missing_parameter
from .resources import SID, STR, URL, HookContext, Hooks, ResourceDef, json_object
from .validation import Member
from .wire import Params


def _channels_sender_create(ctx: HookContext, record: dict[str, Any]) -> None:
    sender_id = record.get("sender_id")
    if not sender_id:
        raise missing_parameter("sender_id")
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


def _channel_filter(record: dict[str, Any], query: Params) -> bool:
    channel = query.get("Channel")
    if not channel:
        return True
    return str(record.get("sender_id") or "").lower().startswith(channel.lower() + ":")


_NULL_CONFIGURATION = {
    "waba_id": None,
    "verification_method": None,
    "verification_code": None,
    "voice_application_sid": None,
}
_NULL_WEBHOOK = {
    "callback_url": None,
    "callback_method": None,
    "fallback_url": None,
    "fallback_method": None,
    "status_callback_url": None,
    "status_callback_method": None,
}
_NULL_PROFILE = {
    "name": None,
    "about": None,
    "address": None,
    "description": None,
    "emails": None,
    "logo_url": None,
    "vertical": None,
    "websites": None,
}

_TEXT = Member()
_POST_OR_PUT = Member("enum", ("POST", "PUT"))

CHANNELS_SENDERS = ResourceDef(
    name="channels_senders",
    list_path="/v2/Channels/Senders",
    instance_path="/v2/Channels/Senders/{Sid}",
    key="senders",
    prefix="XE",
    body="json",
    fields={
        "sid": SID,
        "status": "CREATING",
        "sender_id": None,
        "configuration": _NULL_CONFIGURATION,
        "webhook": _NULL_WEBHOOK,
        "profile": _NULL_PROFILE,
        "properties": {"quality_rating": None, "messaging_limit": None},
        "offline_reasons": None,
        "url": URL,
    },
    writable={
        "sender_id": STR,
        "configuration": json_object(
            waba_id=_TEXT,
            verification_method=Member("enum", ("sms", "voice")),
            verification_code=_TEXT,
            voice_application_sid=_TEXT,
        ),
        "webhook": json_object(
            callback_url=_TEXT,
            callback_method=_POST_OR_PUT,
            fallback_url=_TEXT,
            fallback_method=_POST_OR_PUT,
            status_callback_url=_TEXT,
            status_callback_method=_TEXT,
        ),
        "profile": json_object(
            name=_TEXT,
            about=_TEXT,
            address=_TEXT,
            description=_TEXT,
            emails=Member("objects", item_keys=("email", "label")),
            logo_url=_TEXT,
            vertical=_TEXT,
            websites=Member("objects", item_keys=("website", "label")),
        ),
    },
    update_writable=("configuration", "webhook", "profile"),
    query_required=("Channel",),
    create_status=202,
    update_status=202,
    hooks=Hooks(
        before_create=_channels_sender_create,
        before_update=_channels_sender_update,
        on_read=_channels_sender_read,
        list_filter=_channel_filter,
    ),
)
