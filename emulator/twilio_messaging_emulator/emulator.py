"""The emulator's state and its Python API (what tests and the control endpoints drive)."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import resource_paths as paths
from .auth import Authenticator
from .callbacks import CallbackDispatcher, DeliveryRecord, WebhookSender
from .clock import Clock, FakeClock, SystemClock, timestamp
from .config import MAGIC_VALID_FROM, EmulatorConfig
from .errors import bad_request, not_found
from .inbound import InboundResult, deliver
from .lifecycle import Lifecycle, Outcome
from .messages import Feedback, Media, Message, NewMessage, build_message, render_message, validate_create
from .pricing import country_of
from .resource_behaviour import INITIAL
from .sids import stable_sid
from .spec.document import load_document
from .spec.records import Table
from .spec.resources import Model, build_model
from .wire import Params


@dataclass
class IncomingNumber:
    """A phone number the emulated account owns, with its messaging webhook."""

    sid: str
    phone_number: str
    sms_url: str | None = None
    sms_method: str = "POST"
    sms_fallback_url: str | None = None
    friendly_name: str | None = None
    capabilities: list[str] = field(default_factory=lambda: ["SMS", "MMS", "Voice"])

    def as_dict(self) -> dict[str, Any]:
        return {
            "sid": self.sid,
            "phone_number": self.phone_number,
            "friendly_name": self.friendly_name or self.phone_number,
            "sms_url": self.sms_url,
            "sms_method": self.sms_method,
            "sms_fallback_url": self.sms_fallback_url,
            "capabilities": list(self.capabilities),
        }


@functools.lru_cache(maxsize=8)
def _cached_model(source: str | None) -> Model:
    return build_model(load_document(source))


def spec_model(source: str | Path | None) -> Model:
    """The model of the bundled spec (or of the spec at ``source``), built once per process."""
    return _cached_model(None if source is None else str(source))


class Emulator:
    """All emulated state plus helpers to drive it from Python."""

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        *,
        clock: Clock | None = None,
        sender: WebhookSender | None = None,
    ) -> None:
        self.config = config or EmulatorConfig()
        self.clock: Clock = clock or SystemClock()
        self.lock = threading.RLock()
        self.auth = Authenticator(self.config)
        self.dispatcher = CallbackDispatcher(
            sender,
            retries=self.config.callback_retries,
            backoff=self.config.callback_backoff,
            timeout=self.config.callback_timeout,
        )
        self.lifecycle = Lifecycle(self)
        self.messages: dict[str, Message] = {}
        self.media: dict[str, Media] = {}
        self.feedback: dict[str, Feedback] = {}
        self.incoming_numbers: dict[str, IncomingNumber] = {}
        self.outcomes: dict[str, Outcome] = {}
        self.domains: dict[str, str] = {}  # link-shortening domain SID -> domain name
        self.model: Model = spec_model(self.config.spec)
        self.tables: dict[str, Table] = {
            key: Table(resource, INITIAL.get(key)) for key, resource in self.model.resources.items()
        }
        self._fake = isinstance(self.clock, FakeClock)
        if isinstance(self.clock, FakeClock):
            self.clock.subscribe(self.tick)
        self._seed()

    # -- time ----------------------------------------------------------------
    def now(self) -> float:
        return timestamp(self.clock)

    def tick(self) -> None:
        """Apply every status transition that is due."""
        with self.lock:
            self.lifecycle.tick(self.now())

    def advance(self, seconds: float) -> None:
        """Move a fake clock forward (statuses and callbacks follow)."""
        if not isinstance(self.clock, FakeClock):
            raise RuntimeError("the emulator is running on the real clock")
        self.clock.advance(seconds)

    def _ensure_ticker(self) -> None:
        if not self._fake:
            self.dispatcher.start_ticker(self.tick, self.config.tick_interval)

    # -- seeding and reset ---------------------------------------------------
    def _seed(self) -> None:
        self.register_number(MAGIC_VALID_FROM, friendly_name="Test credentials number")
        for seed in self.config.incoming_numbers:
            self.register_number(seed.phone_number, seed.sms_url, seed.sms_method, seed.friendly_name)
        for code in self.config.short_codes:
            self.register_short_code(code)
        for domain in self.config.link_domains:
            self.register_domain(domain)

    def reset(self) -> None:
        """Forget everything (messages, services, numbers...) and re-seed from the config."""
        with self.lock:
            self.messages.clear()
            self.media.clear()
            self.feedback.clear()
            self.incoming_numbers.clear()
            self.outcomes.clear()
            self.domains.clear()
            self.lifecycle.clear()
            for table in self.tables.values():
                table.records.clear()
            self.dispatcher.forget()
            self._seed()

    def close(self) -> None:
        if isinstance(self.clock, FakeClock):
            self.clock.unsubscribe(self.tick)
        self.dispatcher.close()

    # -- numbers and senders ---------------------------------------------------
    def register_number(
        self,
        phone_number: str,
        sms_url: str | None = None,
        sms_method: str = "POST",
        friendly_name: str | None = None,
        sms_fallback_url: str | None = None,
    ) -> dict[str, Any]:
        """Own ``phone_number`` (or update its webhook if already owned)."""
        with self.lock:
            number = self.number_by_phone(phone_number)
            if number is None:
                number = IncomingNumber(stable_sid("PN", phone_number), phone_number)
                self.incoming_numbers[number.sid] = number
            number.sms_url = sms_url
            number.sms_method = (sms_method or "POST").upper()
            number.sms_fallback_url = sms_fallback_url
            number.friendly_name = friendly_name
            return number.as_dict()

    def register_short_code(
        self, short_code: str, friendly_name: str | None = None, sms_url: str | None = None
    ) -> dict[str, Any]:
        """Own a short code (listed by the 2010 SMS ShortCodes resource)."""
        table = self.tables[paths.SHORT_CODES]
        with self.lock:
            for record in table.records.values():
                if record["short_code"] == short_code:
                    return table.render(record, "")
            path_params = {"AccountSid": self.config.account_sid}
            record = table.build(self.config.account_sid, path_params, self.now())
            record.update(
                sid=stable_sid("SC", short_code),
                short_code=short_code,
                friendly_name=friendly_name or short_code,
                sms_url=sms_url,
            )
            table.insert(record, path_params)
            return table.render(record, "")

    def register_domain(self, domain_name: str) -> dict[str, Any]:
        """Own a link-shortening domain (on Twilio it is added in the Console, not through the API).

        Twilio writes a domain as a URL (``https://links.example.com``); a bare host name gets ``https://``.
        """
        if "://" not in domain_name:
            domain_name = "https://" + domain_name
        sid = stable_sid("DN", domain_name)
        with self.lock:
            self.domains[sid] = domain_name
        return {"sid": sid, "domain_name": domain_name}

    def number_by_phone(self, phone_number: str) -> IncomingNumber | None:
        for number in self.incoming_numbers.values():
            if number.phone_number == phone_number:
                return number
        return None

    def short_code_record(self, short_code: str) -> dict[str, Any] | None:
        for record in self.tables[paths.SHORT_CODES].records.values():
            if record["short_code"] == short_code:
                return record
        return None

    def sender_pool(self, service_sid: str) -> list[str]:
        """Senders of a Messaging Service, in the order Twilio would pick them."""
        scope = (service_sid,)
        pool = [r["phone_number"] for r in self.tables[paths.SERVICE_PHONE_NUMBERS].scoped(scope)]
        pool += [r["short_code"] for r in self.tables[paths.SERVICE_SHORT_CODES].scoped(scope)]
        pool += [r["alpha_sender"] for r in self.tables[paths.ALPHA_SENDERS].scoped(scope)]
        pool += [r["sender"] for r in self.tables[paths.CHANNEL_SENDERS].scoped(scope)]
        return pool

    def service_for_sender(self, sender: str) -> dict[str, Any] | None:
        for name, fld in ((paths.SERVICE_PHONE_NUMBERS, "phone_number"), (paths.SERVICE_SHORT_CODES, "short_code")):
            for record in self.tables[name].records.values():
                if record[fld] == sender:
                    return self.tables[paths.SERVICES].by_sid(record["service_sid"])
        return None

    def owns_sender(self, sender: str) -> bool:
        if self.number_by_phone(sender) or self.short_code_record(sender):
            return True
        return any(sender in self.sender_pool(sid) for sid in self.tables[paths.SERVICES].records)

    # -- messages --------------------------------------------------------------
    def create_message(self, params: Params) -> Message:
        """Validate and store an outbound message (the CreateMessage operation)."""
        with self.lock:
            now = self.now()
            self.lifecycle.tick(now)
            new = validate_create(self, params, now)
            message = build_message(self, new, now)
            self.messages[message.sid] = message
            outcome = self.outcomes.get(message.to, Outcome())
            self.lifecycle.plan_outbound(message, message.send_at or now, outcome)
        self._ensure_ticker()
        return message

    def create_reply(
        self, to: str, from_: str, body: str, media_urls: Sequence[str], service_sid: str | None, callback: str | None
    ) -> Message:
        """An outbound reply produced by TwiML (no API validation, like Twilio)."""
        service = self.tables[paths.SERVICES].by_sid(service_sid) if service_sid else None
        new = NewMessage(to, from_, body, list(media_urls), service, callback, False, None, False)
        with self.lock:
            now = self.now()
            message = build_message(self, new, now)
            message.direction = "outbound-reply"
            self.messages[message.sid] = message
            self.lifecycle.plan_outbound(message, now, self.outcomes.get(to, Outcome()))
        self._ensure_ticker()
        return message

    def store_media(self, media: Sequence[Media]) -> None:
        for item in media:
            self.media[item.sid] = item

    def remove_message(self, message: Message) -> None:
        self.lifecycle.cancel_plan(message)
        for media_sid in message.media:
            self.media.pop(media_sid, None)
        self.feedback.pop(message.sid, None)
        self.messages.pop(message.sid, None)

    def send_message(
        self,
        to: str,
        body: str | None = None,
        *,
        from_: str | None = None,
        messaging_service_sid: str | None = None,
        media_urls: Sequence[str] = (),
        status_callback: str | None = None,
        **extra: str,
    ) -> dict[str, Any]:
        """Create an outbound message from Python, exactly as the API would."""
        data: dict[str, Any] = {
            "To": to,
            "Body": body,
            "From": from_,
            "MessagingServiceSid": messaging_service_sid,
            "MediaUrl": list(media_urls),
            "StatusCallback": status_callback,
            **extra,
        }
        return render_message(self.create_message(Params.from_mapping(data)))

    def get_message(self, sid: str) -> dict[str, Any]:
        self.tick()
        with self.lock:
            message = self.messages.get(sid)
            if message is None:
                raise not_found(sid)
            return render_message(message, sid in self.feedback)

    def set_delivery_outcome(self, to: str, status: str = "delivered", error_code: int | None = None) -> None:
        """Decide how later messages to ``to`` end: delivered, sent, undelivered or failed."""
        if status not in ("delivered", "sent", "undelivered", "failed"):
            raise bad_request(20001, f"Unsupported outcome {status!r}")
        with self.lock:
            self.outcomes[to] = Outcome(status, error_code)

    # -- inbound -----------------------------------------------------------------
    def deliver_inbound(
        self,
        from_: str,
        to: str,
        body: str = "",
        media_urls: Sequence[str] = (),
        extra: Mapping[str, str] | None = None,
        timeout: float = 10.0,
    ) -> InboundResult:
        """Simulate a handset texting ``to``; returns an :class:`InboundResult`.

        Blocks until the webhook answered and any TwiML replies were created. From async
        code use :meth:`adeliver_inbound` instead.
        """
        return self.dispatcher.run(deliver(self, from_, to, body, media_urls, extra or {})).result(timeout)

    async def adeliver_inbound(
        self,
        from_: str,
        to: str,
        body: str = "",
        media_urls: Sequence[str] = (),
        extra: Mapping[str, str] | None = None,
    ) -> InboundResult:
        return await asyncio.wrap_future(self.dispatcher.run(deliver(self, from_, to, body, media_urls, extra or {})))

    # -- callbacks -----------------------------------------------------------------
    @property
    def callbacks(self) -> list[DeliveryRecord]:
        """Every webhook delivery so far (status callbacks and inbound webhooks)."""
        return self.dispatcher.snapshot()

    def wait_for_callbacks(self, timeout: float = 5.0) -> bool:
        return self.dispatcher.wait_idle(timeout)

    async def drain_callbacks(self, timeout: float = 5.0) -> bool:
        return await self.dispatcher.drain(timeout)

    def country_of(self, number: str) -> str | None:
        return country_of(number)
