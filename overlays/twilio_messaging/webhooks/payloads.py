"""Typed views of the two messaging webhooks: an incoming message and a status callback.

Both are built from the decoded form fields with ``from_form``. Fields this module does
not know stay available in ``extra`` (and every pair as received in ``raw``), so a field
Twilio adds tomorrow is never lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from ._form import FormInput, FormReader
from .errors import WebhookPayloadError

if TYPE_CHECKING:
    from twilio_messaging_api.models.message_status import MessageStatus

# Mappings are plain dicts, typed read-only: unlike MappingProxyType they pickle, so
# payloads can go through task queues. Being unhashable, they stay out of __hash__.


def _extra_field() -> Any:
    return attrs.field(factory=dict, hash=False)


def _raw_field() -> Any:
    # The same content as the typed fields plus extra, in wire order: it would only
    # clutter repr, and two payloads differing only in field order are equal.
    return attrs.field(default=(), repr=False, eq=False)


class Media(NamedTuple):
    """One attachment of an incoming MMS or WhatsApp message."""

    url: str
    content_type: str


@attrs.frozen(kw_only=True)
class InboundMessage:
    """A message sent to one of your numbers (SMS, MMS, WhatsApp, other channels)."""

    message_sid: str
    account_sid: str
    from_: str
    to: str
    body: str = ""
    num_media: int = 0
    media: tuple[Media, ...] = ()
    num_segments: int | None = None
    messaging_service_sid: str | None = None
    api_version: str | None = None
    from_city: str | None = None
    from_state: str | None = None
    from_zip: str | None = None
    from_country: str | None = None
    to_city: str | None = None
    to_state: str | None = None
    to_zip: str | None = None
    to_country: str | None = None
    # WhatsApp and other channels.
    profile_name: str | None = None
    wa_id: str | None = None
    forwarded: bool | None = None
    frequently_forwarded: bool | None = None
    button_text: str | None = None
    button_payload: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    address: str | None = None
    label: str | None = None
    referral_body: str | None = None
    referral_headline: str | None = None
    referral_source_id: str | None = None
    referral_source_type: str | None = None
    referral_source_url: str | None = None
    referral_media_id: str | None = None
    referral_media_content_type: str | None = None
    referral_media_url: str | None = None
    referral_num_media: int | None = None
    referral_ctwa_clid: str | None = None
    original_replied_message_sender: str | None = None
    original_replied_message_sid: str | None = None
    message_type: str | None = None
    channel_metadata: Mapping[str, Any] | None = attrs.field(default=None, hash=False)
    extra: Mapping[str, str] = _extra_field()
    raw: tuple[tuple[str, str], ...] = _raw_field()

    @classmethod
    def from_form(cls, params: FormInput) -> InboundMessage:
        """Build from decoded form fields; raises :class:`WebhookPayloadError` if malformed."""
        form = FormReader(params)
        num_media = form.integer("NumMedia", minimum=0) or 0
        media = tuple(
            Media(form.required(f"MediaUrl{i}"), form.required(f"MediaContentType{i}")) for i in range(num_media)
        )
        t = form.text
        return cls(
            message_sid=form.required("MessageSid", "SmsMessageSid", "SmsSid"),
            account_sid=form.required("AccountSid"),
            from_=form.required("From"),
            to=form.required("To"),
            body=t("Body") or "",
            num_media=num_media,
            media=media,
            num_segments=form.integer("NumSegments", minimum=0),
            messaging_service_sid=t("MessagingServiceSid"),
            api_version=t("ApiVersion"),
            from_city=t("FromCity"),
            from_state=t("FromState"),
            from_zip=t("FromZip"),
            from_country=t("FromCountry"),
            to_city=t("ToCity"),
            to_state=t("ToState"),
            to_zip=t("ToZip"),
            to_country=t("ToCountry"),
            profile_name=t("ProfileName"),
            wa_id=t("WaId"),
            forwarded=form.boolean("Forwarded"),
            frequently_forwarded=form.boolean("FrequentlyForwarded"),
            button_text=t("ButtonText"),
            button_payload=t("ButtonPayload"),
            latitude=form.number("Latitude", limit=90),
            longitude=form.number("Longitude", limit=180),
            address=t("Address"),
            label=t("Label"),
            referral_body=t("ReferralBody"),
            referral_headline=t("ReferralHeadline"),
            referral_source_id=t("ReferralSourceId"),
            referral_source_type=t("ReferralSourceType"),
            referral_source_url=t("ReferralSourceUrl"),
            referral_media_id=t("ReferralMediaId"),
            referral_media_content_type=t("ReferralMediaContentType"),
            referral_media_url=t("ReferralMediaUrl"),
            referral_num_media=form.integer("ReferralNumMedia", minimum=0),
            referral_ctwa_clid=t("ReferralCtwaClid"),
            original_replied_message_sender=t("OriginalRepliedMessageSender"),
            original_replied_message_sid=t("OriginalRepliedMessageSid"),
            message_type=t("MessageType"),
            channel_metadata=form.json_object("ChannelMetadata"),
            extra=form.leftovers(),
            raw=tuple(form.pairs),
        )


@attrs.frozen(kw_only=True)
class StatusCallback:
    """A change in the delivery status of a message you sent."""

    message_sid: str
    message_status: MessageStatus
    account_sid: str
    to: str
    from_: str | None = None
    sms_status: str | None = None
    messaging_service_sid: str | None = None
    api_version: str | None = None
    error_code: int | None = None
    error_message: str | None = None
    raw_dlr_done_date: datetime | None = None
    channel_install_sid: str | None = None
    channel_status_message: str | None = None
    channel_prefix: str | None = None
    event_type: str | None = None
    extra: Mapping[str, str] = _extra_field()
    raw: tuple[tuple[str, str], ...] = _raw_field()

    @classmethod
    def from_form(cls, params: FormInput) -> StatusCallback:
        """Build from decoded form fields; raises :class:`WebhookPayloadError` if malformed."""
        form = FormReader(params)
        t = form.text
        return cls(
            message_sid=form.required("MessageSid", "SmsSid"),
            message_status=_message_status(form.required("MessageStatus")),
            account_sid=form.required("AccountSid"),
            to=form.required("To"),
            from_=t("From"),
            sms_status=t("SmsStatus"),
            messaging_service_sid=t("MessagingServiceSid"),
            api_version=t("ApiVersion"),
            error_code=form.integer("ErrorCode"),
            error_message=t("ErrorMessage"),
            raw_dlr_done_date=form.dlr_date("RawDlrDoneDate"),
            channel_install_sid=t("ChannelInstallSid"),
            channel_status_message=t("ChannelStatusMessage"),
            channel_prefix=t("ChannelPrefix"),
            event_type=t("EventType"),
            extra=form.leftovers(),
            raw=tuple(form.pairs),
        )


def _message_status(value: str) -> MessageStatus:
    # Imported here, not at module level: the generated models package is large and
    # receiving webhooks should not pay for importing it until a status arrives.
    from twilio_messaging_api.models.message_status import MessageStatus

    try:
        return MessageStatus(value)
    except ValueError:  # only if the enum stops keeping unknown values
        raise WebhookPayloadError("MessageStatus", "is not a known message status") from None
