"""The Message, Media and Feedback records, create-time validation and rendering."""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .dates import parse_send_at, rfc2822
from .errors import TwilioError, bad_request
from .resource_paths import SERVICES
from .segments import count_segments, smart_encode
from .sids import is_sid, new_sid
from .validation import check_scalars, check_sid, check_url, is_http_url
from .wire import Params

if TYPE_CHECKING:
    from .emulator import Emulator

API_VERSION = "2010-04-01"

E164 = re.compile(r"^\+[1-9][0-9]{1,14}\Z")
SHORT_CODE = re.compile(r"^[0-9]{3,8}\Z")
ALPHA_SENDER = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}\Z")
CHANNEL_ADDRESS = re.compile(r"^(whatsapp|messenger|rcs|mms|sms):\S+\Z")

# Twilio test-credential magic numbers: synchronous outcomes at create time.
MAGIC_TO = {
    "+15005550001": (21211, "The 'To' number +15005550001 is not a valid phone number."),
    "+15005550002": (21612, "The 'To' phone number +15005550002 is not currently reachable via SMS."),
    "+15005550003": (
        21408,
        "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: +15005550003.",
    ),
    "+15005550004": (21610, "Attempt to send to unsubscribed recipient"),
    "+15005550009": (21614, "'To' number +15005550009 is not a valid mobile number"),
}
MAGIC_FROM = {
    "+15005550001": (
        21212,
        "The 'From' number +15005550001 is not a valid phone number, shortcode, or alphanumeric sender ID.",
    ),
    "+15005550007": (
        21606,
        "The 'From' phone number provided (+15005550007) is not a valid message-capable Twilio phone number "
        "for this destination/account.",
    ),
    "+15005550008": (21611, "This 'From' number has exceeded the maximum number of queued messages."),
}

# Create parameters checked for their kind (the rest are free text, SIDs or URLs, checked on their own).
_CREATE_ENUMS = {
    "ContentRetention": ("retain", "discard"),
    "AddressRetention": ("retain", "obfuscate"),
    "TrafficType": ("free",),
    "RiskCheck": ("enable", "disable"),
    "ScheduleType": ("fixed",),
}
_CREATE_BOOLEANS = ("ProvideFeedback", "ForceDelivery", "SmartEncoded", "ShortenUrls", "SendAsMms")

FINAL_STATUSES = frozenset({"delivered", "undelivered", "failed", "received", "canceled", "read"})
MAX_MEDIA = 10
# Twilio's scheduling window: 15 minutes to 35 days ahead (error 35114 outside it).
SCHEDULE_MIN_SECONDS = 900
SCHEDULE_MAX_SECONDS = 35 * 24 * 3600


@dataclass(slots=True)
class Media:
    sid: str
    account_sid: str
    parent_sid: str
    url: str
    content_type: str
    date_created: float
    date_updated: float


@dataclass(slots=True)
class Feedback:
    account_sid: str
    message_sid: str
    outcome: str
    date_created: float
    date_updated: float


@dataclass(slots=True)
class Message:
    sid: str
    account_sid: str
    to: str
    from_: str | None
    body: str
    status: str
    direction: str
    messaging_service_sid: str | None
    num_segments: int
    date_created: float
    date_updated: float
    date_sent: float | None
    status_callback: str | None = None
    status_callback_method: str = "POST"
    provide_feedback: bool = False
    media: list[str] = field(default_factory=list)
    price: str | None = None
    price_unit: str | None = None
    error_code: int | None = None
    error_message: str | None = None
    tags: dict[str, str] | None = None
    send_at: float | None = None
    # Lifecycle plan: (due time, status, error code) still to happen, and a version that
    # invalidates stale heap entries when the plan changes (cancel, delete).
    plan: list[tuple[float, str, int | None]] = field(default_factory=list)
    version: int = 0

    @property
    def uri(self) -> str:
        return f"/2010-04-01/Accounts/{self.account_sid}/Messages/{self.sid}.json"


def render_message(message: Message, has_feedback: bool = False) -> dict[str, Any]:
    base = f"/2010-04-01/Accounts/{message.account_sid}/Messages/{message.sid}"
    subresources = {"media": base + "/Media.json"}
    if message.provide_feedback or has_feedback:
        subresources["feedback"] = base + "/Feedback.json"
    return {
        "account_sid": message.account_sid,
        "api_version": API_VERSION,
        "body": message.body,
        "date_created": rfc2822(message.date_created),
        "date_sent": rfc2822(message.date_sent),
        "date_updated": rfc2822(message.date_updated),
        "direction": message.direction,
        "error_code": message.error_code,
        "error_message": message.error_message,
        "from": message.from_,
        "messaging_service_sid": message.messaging_service_sid,
        "num_media": str(len(message.media)),
        "num_segments": str(message.num_segments),
        "price": message.price,
        "price_unit": message.price_unit,
        "sid": message.sid,
        "status": message.status,
        "subresource_uris": subresources,
        "tags": message.tags,
        "to": message.to,
        "uri": base + ".json",
    }


def render_media(media: Media) -> dict[str, Any]:
    return {
        "account_sid": media.account_sid,
        "content_type": media.content_type,
        "date_created": rfc2822(media.date_created),
        "date_updated": rfc2822(media.date_updated),
        "parent_sid": media.parent_sid,
        "sid": media.sid,
        "uri": f"/2010-04-01/Accounts/{media.account_sid}/Messages/{media.parent_sid}/Media/{media.sid}.json",
    }


def render_feedback(feedback: Feedback) -> dict[str, Any]:
    return {
        "account_sid": feedback.account_sid,
        "date_created": rfc2822(feedback.date_created),
        "date_updated": rfc2822(feedback.date_updated),
        "message_sid": feedback.message_sid,
        "outcome": feedback.outcome,
        "uri": f"/2010-04-01/Accounts/{feedback.account_sid}/Messages/{feedback.message_sid}/Feedback.json",
    }


def guess_content_type(url: str) -> str:
    path = url.split("?", 1)[0]
    guessed, _ = mimetypes.guess_type(path)
    return guessed or "application/octet-stream"


def make_media(account_sid: str, parent_sid: str, urls: list[str], now: float) -> list[Media]:
    return [Media(new_sid("ME"), account_sid, parent_sid, url, guess_content_type(url), now, now) for url in urls]


def check_to(to: str) -> None:
    magic = MAGIC_TO.get(to)
    if magic:
        raise bad_request(*magic)
    if not (E164.match(to) or CHANNEL_ADDRESS.match(to)):
        raise bad_request(21211, f"The 'To' number {to} is not a valid phone number.")


def check_from(emulator: Emulator, from_: str) -> None:
    magic = MAGIC_FROM.get(from_)
    if magic:
        raise bad_request(*magic)
    if not (E164.match(from_) or SHORT_CODE.match(from_) or ALPHA_SENDER.match(from_) or CHANNEL_ADDRESS.match(from_)):
        raise bad_request(
            21212, f"The 'From' number {from_} is not a valid phone number, shortcode, or alphanumeric sender ID."
        )
    if emulator.config.strict_from and not emulator.owns_sender(from_):
        raise bad_request(
            21606,
            f"The 'From' phone number provided ({from_}) is not a valid message-capable Twilio phone number "
            "for this destination/account.",
        )


@dataclass(frozen=True)
class NewMessage:
    """A validated create request, ready to be stored."""

    to: str
    from_: str | None
    body: str
    media_urls: list[str]
    service: dict[str, Any] | None
    status_callback: str | None
    provide_feedback: bool
    send_at: float | None
    send_as_mms: bool


def validate_create(emulator: Emulator, params: Params, now: float) -> NewMessage:
    """Apply Twilio's create-time checks in Twilio's order; raise TwilioError on the first failure."""
    to = params.get("To") or ""
    from_ = params.get("From") or None
    service_sid = params.get("MessagingServiceSid") or None
    if from_ and is_sid(from_, "MG"):
        service_sid, from_ = service_sid or from_, None
    body = params.get("Body")
    media_urls = [u for u in params.get_list("MediaUrl") if u]
    content_sid = params.get("ContentSid") or None
    check_scalars(params, enums=_CREATE_ENUMS, booleans=_CREATE_BOOLEANS, integers=("Attempt", "ValidityPeriod"))
    check_scalars(params, numbers=("MaxPrice",))
    for name, prefix in (("ContentSid", "HX"), ("ApplicationSid", "AP")):
        value = params.get(name)
        if value is not None:
            check_sid(name, value, prefix)
    raw_service = params.get("MessagingServiceSid")
    if raw_service is not None and not is_sid(raw_service, "MG"):
        raise bad_request(21705, f"The Messaging Service Sid {raw_service} is invalid.")
    if not to:
        raise bad_request(21604, "A 'To' phone number is required.")
    if not from_ and not service_sid:
        raise bad_request(21603, "A 'From' phone number is required.")
    if not body and not media_urls and not content_sid:
        raise bad_request(21602, "Message body is required.")
    if from_:
        check_from(emulator, from_)
    check_to(to)
    if from_ == to:
        raise bad_request(21266, f"'To' and 'From' number cannot be the same: {to}")
    service = None
    if service_sid:
        service = emulator.tables[SERVICES].by_sid(service_sid)
        if service is None:
            raise bad_request(21705, f"The Messaging Service Sid {service_sid} is invalid.")
        if not from_ and not emulator.sender_pool(service_sid):
            raise bad_request(21704, "The Messaging Service contains no phone numbers")
    body = body or ""
    smart = params.get_bool("SmartEncoded")
    if smart or (smart is None and service is not None and service.get("smart_encoding")):
        body = smart_encode(body)
    if len(body) > 1600:
        raise bad_request(21617, "The concatenated message body exceeds the 1600 character limit.")
    if len(media_urls) > MAX_MEDIA:
        raise bad_request(21623, f"Too many media files: at most {MAX_MEDIA} may be attached to a message")
    for url in media_urls:
        if not is_http_url(url):
            raise bad_request(21620, f"Media urls: {url} are invalid. Please use only valid http and https urls")
    send_at = _schedule(params, service_sid, now)
    callback = params.get("StatusCallback")
    if callback is not None:
        check_url("StatusCallback", callback, 21609)
    callback = callback or (service.get("status_callback") if service else None)
    return NewMessage(
        to=to,
        from_=from_,
        body=body,
        media_urls=media_urls,
        service=service,
        status_callback=callback or None,
        provide_feedback=bool(params.get_bool("ProvideFeedback")),
        send_at=send_at,
        send_as_mms=bool(params.get_bool("SendAsMms")),
    )


def _schedule(params: Params, service_sid: str | None, now: float) -> float | None:
    """The send time of a scheduled message, or None when it goes out now.

    Scheduling is a Messaging Service feature: with only a ``From``, Twilio drops ScheduleType
    and SendAt and sends the message immediately (its Message Scheduling documentation).
    """
    raw = params.get("SendAt")
    try:
        send_at = None if raw is None else parse_send_at(raw)
    except (ValueError, OverflowError):
        raise bad_request(35114, f"Scheduling does not support this timestamp: {raw}") from None
    if params.get("ScheduleType") is None or not service_sid:  # its value was checked with the other enums
        return None
    if send_at is None:
        raise bad_request(35111, "SendAt timestamp is missing")
    ahead = send_at - now
    if ahead < SCHEDULE_MIN_SECONDS or ahead > SCHEDULE_MAX_SECONDS:
        raise bad_request(
            35114,
            f"SendAt time must be between {SCHEDULE_MIN_SECONDS} seconds and 35 days "
            f"({SCHEDULE_MAX_SECONDS} seconds) in the future, inclusive.",
        )
    return send_at


def build_message(emulator: Emulator, new: NewMessage, now: float) -> Message:
    is_mms = bool(new.media_urls) or new.send_as_mms
    sid = new_sid("MM" if is_mms else "SM")
    service_sid = new.service["sid"] if new.service else None
    if new.send_at is not None:
        status, date_sent = "scheduled", None
    elif new.from_ is None:
        status, date_sent = "accepted", now
    else:
        status, date_sent = "queued", now
    message = Message(
        sid=sid,
        account_sid=emulator.config.account_sid,
        to=new.to,
        from_=new.from_,
        body=new.body,
        status=status,
        direction="outbound-api",
        messaging_service_sid=service_sid,
        num_segments=1 if is_mms else count_segments(new.body),
        date_created=now,
        date_updated=now,
        date_sent=date_sent,
        status_callback=new.status_callback,
        provide_feedback=new.provide_feedback,
        send_at=new.send_at,
    )
    if new.media_urls:
        media = make_media(message.account_sid, sid, new.media_urls, now)
        emulator.store_media(media)
        message.media = [m.sid for m in media]
    return message


def is_complete(message: Message) -> bool:
    """Whether Twilio is done with the message (it may then be deleted)."""
    return message.status in FINAL_STATUSES or (message.status == "sent" and not message.plan)


def redact_or_cancel(message: Message, params: Params) -> str:
    """Validate an update request; return "redact" or "cancel"."""
    body = params.get("Body")
    status = params.get("Status")
    if body is not None and status is not None:
        raise bad_request(30400, "Cannot cancel a message and redact its body in the same request.")
    if status is not None:
        if status != "canceled":
            raise bad_request(30400, f"Invalid Status {status!r}: only 'canceled' is supported.")
        if message.status != "scheduled":
            raise TwilioError(400, 30409, "This message cannot be canceled")
        return "cancel"
    if body is None:
        raise bad_request(30400, "Either Body or Status must be provided.")
    if body != "":
        raise bad_request(30400, "Message body redaction requires an empty Body parameter.")
    return "redact"
