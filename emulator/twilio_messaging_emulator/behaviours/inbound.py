"""Inbound simulation: a handset texts an owned number; the app's webhook may reply with TwiML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import TwilioError
from ..core.sids import new_sid
from ..store.records import API_VERSION, Message
from ..store.state import State
from .callbacks import CallbackDispatcher, DeliveryRecord, build_request
from .messages import make_media, render_message
from .pricing import country_of
from .segments import count_segments
from .senders import number_by_phone, service_for_sender, short_code_record

# Creates an outbound reply: (to, from_, body, media_urls, service_sid, status_callback) -> the stored message.
ReplyMaker = Callable[[str, str, str, Sequence[str], str | None, str | None], Message]


@dataclass(frozen=True)
class TwimlReply:
    body: str
    media_urls: list[str]
    to: str | None = None
    from_: str | None = None
    status_callback: str | None = None


@dataclass
class InboundResult:
    """What :meth:`Emulator.deliver_inbound` did."""

    message: dict[str, Any]
    webhook: DeliveryRecord | None = None
    replies: list[dict[str, Any]] = field(default_factory=list)
    twiml_error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        webhook = None
        if self.webhook is not None:
            response = self.webhook.response
            webhook = {
                "url": self.webhook.request.url,
                "method": self.webhook.request.method,
                "attempts": self.webhook.attempts,
                "status_code": response.status_code if response else None,
                "error": self.webhook.error,
            }
        return {"message": self.message, "webhook": webhook, "replies": self.replies, "twiml_error": self.twiml_error}


def parse_twiml(text: str) -> list[TwimlReply]:
    """The ``<Message>`` verbs of a TwiML document (ValueError when it is not TwiML)."""
    text = text.strip()
    if not text:
        return []
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise ValueError(f"TwiML parse failure: {exc}") from None
    if root.tag != "Response":
        raise ValueError(f"TwiML root element must be <Response>, not <{root.tag}>")
    replies: list[TwimlReply] = []
    for verb in root.iter("Message"):
        body_el = verb.find("Body")
        body = "".join(body_el.itertext()) if body_el is not None else (verb.text or "").strip()
        media = [(m.text or "").strip() for m in verb.findall("Media") if (m.text or "").strip()]
        replies.append(
            TwimlReply(
                body=body,
                media_urls=media,
                to=verb.get("to"),
                from_=verb.get("from"),
                status_callback=verb.get("statusCallback") or verb.get("action"),
            )
        )
    return replies


def _webhook_target(emulator: State, to: str) -> tuple[str | None, str, str | None, str | None]:
    """(url, method, fallback url, messaging service sid) for messages arriving at ``to``."""
    service = service_for_sender(emulator, to)
    service_sid = service["sid"] if service else None
    number = number_by_phone(emulator, to)
    short_code = short_code_record(emulator, to)
    if number is None and short_code is None:
        raise TwilioError(404, 20404, f"No incoming phone number or short code {to} is registered in the emulator")
    if service and service.get("inbound_request_url") and not service.get("use_inbound_webhook_on_number"):
        return service["inbound_request_url"], service["inbound_method"] or "POST", service["fallback_url"], service_sid
    if number is not None:
        return number.sms_url, number.sms_method, number.sms_fallback_url, service_sid
    assert short_code is not None
    return short_code["sms_url"], short_code["sms_method"] or "POST", short_code["sms_fallback_url"], service_sid


def _inbound_params(message: Message, media_urls: Sequence[str], media_types: Sequence[str]) -> list[tuple[str, str]]:
    params = [
        ("ToCountry", country_of(message.to) or ""),
        ("ToState", ""),
        ("SmsMessageSid", message.sid),
        ("NumMedia", str(len(media_urls))),
        ("ToCity", ""),
        ("FromZip", ""),
        ("SmsSid", message.sid),
        ("FromState", ""),
        ("SmsStatus", "received"),
        ("FromCity", ""),
        ("Body", message.body),
        ("FromCountry", country_of(message.from_ or "") or ""),
        ("To", message.to),
        ("ToZip", ""),
        ("NumSegments", str(message.num_segments)),
        ("MessageSid", message.sid),
        ("AccountSid", message.account_sid),
        ("From", message.from_ or ""),
        ("ApiVersion", API_VERSION),
    ]
    if message.messaging_service_sid:
        params.append(("MessagingServiceSid", message.messaging_service_sid))
    for index, (url, content_type) in enumerate(zip(media_urls, media_types, strict=True)):
        params.append((f"MediaContentType{index}", content_type))
        params.append((f"MediaUrl{index}", url))
    return params


async def deliver(
    emulator: State,
    dispatcher: CallbackDispatcher,
    create_reply: ReplyMaker,
    from_: str,
    to: str,
    body: str,
    media_urls: Sequence[str],
    extra: Mapping[str, str],
) -> InboundResult:
    """Store the inbound message, call the webhook, turn TwiML ``<Message>`` verbs into replies."""
    with emulator.lock:
        url, method, fallback, service_sid = _webhook_target(emulator, to)
        now = emulator.now()
        sid = new_sid("MM" if media_urls else "SM")
        message = Message(
            sid=sid,
            account_sid=emulator.config.account_sid,
            to=to,
            from_=from_,
            body=body,
            status="received",
            direction="inbound",
            messaging_service_sid=service_sid,
            num_segments=count_segments(body),
            date_created=now,
            date_updated=now,
            date_sent=now,
        )
        media = make_media(message.account_sid, sid, list(media_urls), now)
        emulator.media.update((m.sid, m) for m in media)
        message.media = [m.sid for m in media]
        emulator.messages[sid] = message
        rendered = render_message(message)
    result = InboundResult(rendered)
    if not url:
        return result
    params = _inbound_params(message, list(media_urls), [m.content_type for m in media])
    params.extend(extra.items())
    token = emulator.config.auth_token
    record = await dispatcher.deliver(build_request(token, "inbound", url, params, method))
    if not record.delivered and fallback:
        record = await dispatcher.deliver(build_request(token, "inbound", fallback, params, method))
    result.webhook = record
    response = record.response
    if response is None or response.status_code >= 300:
        return result
    try:
        replies = parse_twiml(response.text)
    except ValueError as exc:
        result.twiml_error = str(exc)
        return result
    for reply in replies:
        created = create_reply(
            reply.to or from_, reply.from_ or to, reply.body, reply.media_urls, service_sid, reply.status_callback
        )
        result.replies.append(render_message(created))
    return result
