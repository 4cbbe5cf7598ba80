"""``Emulator``: the state plus its behaviours, and the Python API tests and the control endpoints drive."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from .behaviours import senders
from .behaviours.callbacks import CallbackDispatcher, DeliveryRecord, WebhookSender
from .behaviours.inbound import InboundResult, deliver
from .behaviours.lifecycle import Lifecycle
from .behaviours.messages import NewMessage, build_message, render_message, validate_create
from .behaviours.pricing import country_of
from .behaviours.resource_paths import SERVICES
from .behaviours.resources import INITIAL
from .core.auth import Authenticator
from .core.clock import Clock, FakeClock
from .core.config import MAGIC_VALID_FROM, EmulatorConfig
from .core.errors import bad_request, not_found
from .core.params import Params
from .store.records import Message
from .store.state import IncomingNumber, Outcome, State


class Emulator(State):
    """All emulated state plus helpers to drive it from Python."""

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        *,
        clock: Clock | None = None,
        sender: WebhookSender | None = None,
    ) -> None:
        super().__init__(config, clock, INITIAL)
        self.auth = Authenticator(self.config)
        self.dispatcher = CallbackDispatcher(
            sender,
            retries=self.config.callback_retries,
            backoff=self.config.callback_backoff,
            timeout=self.config.callback_timeout,
        )
        self.lifecycle = Lifecycle(self, self.dispatcher)
        self._fake = isinstance(self.clock, FakeClock)
        if isinstance(self.clock, FakeClock):
            self.clock.subscribe(self.tick)
        self._seed()

    # -- time ----------------------------------------------------------------
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
            self.clear()
            self.lifecycle.clear()
            self.dispatcher.forget()
            self.faults.clear()
            self.limits.reset()
            self.request_log.clear()
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
        return senders.register_number(self, phone_number, sms_url, sms_method, friendly_name, sms_fallback_url)

    def register_short_code(
        self, short_code: str, friendly_name: str | None = None, sms_url: str | None = None
    ) -> dict[str, Any]:
        """Own a short code (listed by the 2010 SMS ShortCodes resource)."""
        return senders.register_short_code(self, short_code, friendly_name, sms_url)

    def register_domain(self, domain_name: str) -> dict[str, Any]:
        """Own a link-shortening domain (Twilio adds them in its Console, not through the API)."""
        return senders.register_domain(self, domain_name)

    def number_by_phone(self, phone_number: str) -> IncomingNumber | None:
        return senders.number_by_phone(self, phone_number)

    def sender_pool(self, service_sid: str) -> list[str]:
        return senders.sender_pool(self, service_sid)

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
        service = self.tables[SERVICES].by_sid(service_sid) if service_sid else None
        new = NewMessage(to, from_, body, list(media_urls), service, callback, False, None, False)
        with self.lock:
            now = self.now()
            message = build_message(self, new, now)
            message.direction = "outbound-reply"
            self.messages[message.sid] = message
            self.lifecycle.plan_outbound(message, now, self.outcomes.get(to, Outcome()))
        self._ensure_ticker()
        return message

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
        return self.dispatcher.run(self._inbound(from_, to, body, media_urls, extra)).result(timeout)

    async def adeliver_inbound(
        self,
        from_: str,
        to: str,
        body: str = "",
        media_urls: Sequence[str] = (),
        extra: Mapping[str, str] | None = None,
    ) -> InboundResult:
        return await asyncio.wrap_future(self.dispatcher.run(self._inbound(from_, to, body, media_urls, extra)))

    async def _inbound(
        self, from_: str, to: str, body: str, media_urls: Sequence[str], extra: Mapping[str, str] | None
    ) -> InboundResult:
        return await deliver(self, self.dispatcher, self.create_reply, from_, to, body, media_urls, extra or {})

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
