"""Status lifecycle: queued -> sending -> sent -> delivered, driven by the injected clock.

Each message carries its remaining plan; a heap orders the next due transition of every
message so a tick costs O(1) when nothing is due. Transitions are applied lazily (before
API reads), on every ``FakeClock.advance`` and by a background tick with a real clock.
"""

from __future__ import annotations

import heapq
import itertools
import time

from ..faults.limits import QUEUE_OVERFLOW
from ..store.records import API_VERSION, Message
from ..store.state import Outcome, State
from .callbacks import CallbackDispatcher, build_request
from .pricing import outbound_price
from .senders import sender_pool

ERROR_MESSAGES = {
    QUEUE_OVERFLOW: "Queue overflow",
    30003: "Unreachable destination handset",
    30004: "Message blocked",
    30005: "Unknown destination handset",
    30006: "Landline or unreachable carrier",
    30007: "Message filtered",
    30008: "Unknown error",
    21704: "The Messaging Service contains no phone numbers",
}


class Lifecycle:
    def __init__(self, state: State, dispatcher: CallbackDispatcher) -> None:
        self._emulator = state
        self._dispatcher = dispatcher
        self._heap: list[tuple[float, int, str, int]] = []
        self._seq = itertools.count()
        self._held: set[str] = set()  # SIDs waiting in a sender's throughput queue

    def clear(self) -> None:
        self._heap.clear()
        self._held.clear()

    def plan_outbound(self, message: Message, start: float, outcome: Outcome) -> None:
        """Plan the transitions of a new outbound message that starts its journey at ``start``."""
        cfg = self._emulator.config
        steps: list[tuple[float, str, int | None]] = []
        if message.status == "scheduled":
            steps.append((start, "queued", None))
        elif message.status == "accepted":
            steps.append((start + cfg.accepted_to_queued, "queued", None))
        slot = self._send_slot(message, start + cfg.sending_after)
        if slot is None:  # the sender's queue is full (limits.py)
            self.set_plan(message, [*steps, (start + cfg.sending_after, "failed", QUEUE_OVERFLOW)])
            return
        start = slot - cfg.sending_after  # later steps keep their spacing after the slot
        steps.append((start + cfg.sending_after, "sending", None))
        if outcome.status == "failed":
            steps.append((start + cfg.sent_after, "failed", outcome.error_code or 30008))
        else:
            steps.append((start + cfg.sent_after, "sent", None))
            if outcome.status == "undelivered":
                steps.append((start + cfg.delivered_after, "undelivered", outcome.error_code or 30003))
            elif outcome.status == "delivered":
                steps.append((start + cfg.delivered_after, "delivered", None))
        self.set_plan(message, steps)

    def _send_slot(self, message: Message, ready: float) -> float | None:
        """When the message may leave its sender's queue (``ready`` unless a throughput is set)."""
        emulator = self._emulator
        if not emulator.limits.throttling:
            return ready
        sender = message.from_
        if sender is None and message.messaging_service_sid:
            pool = sender_pool(emulator, message.messaging_service_sid)
            sender = pool[0] if pool else message.messaging_service_sid
        slot = emulator.limits.send_slot(sender or "", ready, emulator.now())
        if slot is not None and emulator.limits.throttles(sender or ""):
            self._held.add(message.sid)  # date_sent stays empty until it leaves the queue
            message.date_sent = None
        return slot

    def set_plan(self, message: Message, steps: list[tuple[float, str, int | None]]) -> None:
        message.version += 1
        message.plan = steps
        if steps:
            heapq.heappush(self._heap, (steps[0][0], next(self._seq), message.sid, message.version))

    def cancel_plan(self, message: Message) -> None:
        self.set_plan(message, [])

    def tick(self, now: float) -> None:
        """Apply every transition due at ``now`` (caller holds the emulator lock)."""
        heap = self._heap
        if not heap or heap[0][0] > now:
            return
        messages = self._emulator.messages
        while heap and heap[0][0] <= now:
            _, _, sid, version = heapq.heappop(heap)
            message = messages.get(sid)
            if message is None or message.version != version:
                continue
            while message.plan and message.plan[0][0] <= now:
                due, status, error_code = message.plan.pop(0)
                self.transition(message, status, error_code, due)
            if message.plan:
                heapq.heappush(heap, (message.plan[0][0], next(self._seq), sid, version))

    def transition(self, message: Message, status: str, error_code: int | None, when: float) -> None:
        """Move ``message`` to ``status`` and fire its status callback."""
        emulator = self._emulator
        if status == "queued" and message.from_ is None and message.messaging_service_sid:
            pool = sender_pool(emulator, message.messaging_service_sid)
            if pool:
                message.from_ = pool[0]
            else:
                status, error_code = "failed", 21704
        if status == "queued" and message.date_sent is None and message.sid not in self._held:
            message.date_sent = when
        if status not in ("queued", "accepted", "scheduled") and message.sid in self._held:
            self._held.discard(message.sid)
            message.date_sent = when  # left the throughput queue
        if status == "sent" and message.price is None:
            price = outbound_price(message.to)
            if price is not None:
                message.price = f"-{price * message.num_segments:.5f}"
                message.price_unit = "USD"
        message.status = status
        message.date_updated = when
        if error_code is not None:
            message.error_code = error_code
            message.error_message = ERROR_MESSAGES.get(error_code, "Message delivery failed")
            message.plan = []
        self.notify(message)

    def notify(self, message: Message) -> None:
        """POST the status callback for the message's current status, if it has one."""
        if not message.status_callback:
            return
        emulator = self._emulator
        params: list[tuple[str, str]] = [
            ("AccountSid", message.account_sid),
            ("ApiVersion", API_VERSION),
            ("From", message.from_ or ""),
            ("MessageSid", message.sid),
            ("MessageStatus", message.status),
            ("SmsSid", message.sid),
            ("SmsStatus", message.status),
            ("To", message.to),
        ]
        if message.messaging_service_sid:
            params.append(("MessagingServiceSid", message.messaging_service_sid))
        if message.error_code is not None and message.status in ("failed", "undelivered"):
            params.append(("ErrorCode", str(message.error_code)))
        if message.status in ("delivered", "undelivered"):
            params.append(("RawDlrDoneDate", time.strftime("%y%m%d%H%M", time.gmtime(message.date_updated))))
        request = build_request(
            emulator.config.auth_token,
            "status_callback",
            message.status_callback,
            params,
            message.status_callback_method,
        )
        self._dispatcher.submit(request, key=message.sid)
