"""Outbound messages: create-time validation in Twilio's order, building, rendering, redaction and cancelation."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from typing import Any

from ..core.dates import rfc2822
from ..core.errors import TwilioError, bad_request
from ..core.params import Params
from ..core.sids import is_sid, new_sid
from ..core.validation import check_url, is_http_url
from ..spec.schema import Schema
from ..spec.validation import check_form
from ..store.records import API_VERSION, FINAL_STATUSES, Feedback, Media, Message
from ..store.state import State
from .magic import check_from, check_to
from .resource_paths import SERVICES
from .scheduling import send_time
from .segments import count_segments, smart_encode
from .senders import sender_pool

# Create parameters checked for their kind (the rest are free text, SIDs or URLs, checked on their own).
# Parameters Twilio answers with codes of their own are checked by hand below, in Twilio's order;
# every other one as the spec types it (enums, booleans, integers, numbers, SID patterns).
HAND_CHECKED = frozenset({"To", "From", "MessagingServiceSid", "Body", "MediaUrl", "SendAt", "StatusCallback"})

MAX_MEDIA = 10


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


_SPEC_CHECKED: dict[int, Schema] = {}  # by id of the spec model (one per spec file per process)


def _spec_checked(state: State) -> Schema:
    """CreateMessage's body as the spec states it, less what is checked by hand."""
    schema = _SPEC_CHECKED.get(id(state.model))
    if schema is None:
        body = state.model.by_id("CreateMessage").body or Schema("object")
        properties = {n: s for n, s in body.properties.items() if n not in HAND_CHECKED}
        schema = _SPEC_CHECKED[id(state.model)] = Schema("object", properties=properties)
    return schema


def validate_create(state: State, params: Params, now: float) -> NewMessage:
    """Apply Twilio's create-time checks in Twilio's order; raise TwilioError on the first failure."""
    to = params.get("To") or ""
    from_ = params.get("From") or None
    service_sid = params.get("MessagingServiceSid") or None
    if from_ and is_sid(from_, "MG"):
        service_sid, from_ = service_sid or from_, None
    body = params.get("Body")
    media_urls = [u for u in params.get_list("MediaUrl") if u]
    content_sid = params.get("ContentSid") or None
    check_form(_spec_checked(state), params)
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
        check_from(state, from_)
    check_to(to)
    if from_ == to:
        raise bad_request(21266, f"'To' and 'From' number cannot be the same: {to}")
    service = None
    if service_sid:
        service = state.tables[SERVICES].by_sid(service_sid)
        if service is None:
            raise bad_request(21705, f"The Messaging Service Sid {service_sid} is invalid.")
        if not from_ and not sender_pool(state, service_sid):
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
    send_at = send_time(params, service_sid, now)
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


def build_message(state: State, new: NewMessage, now: float) -> Message:
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
        account_sid=state.config.account_sid,
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
        state.media.update((m.sid, m) for m in media)
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
