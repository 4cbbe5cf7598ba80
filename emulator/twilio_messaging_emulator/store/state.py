"""``State``: everything the emulator remembers, with no behaviour of its own."""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.clock import Clock, SystemClock, timestamp
from ..core.config import EmulatorConfig
from ..faults.limits import Limits
from ..faults.middleware import RequestLog
from ..faults.rules import FaultRules
from ..spec.document import load_document
from ..spec.records import Table
from ..spec.resources import Model, build_model
from .records import Feedback, Media, Message


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


@dataclass(frozen=True)
class Outcome:
    """How delivery to a destination ends: ``delivered``, ``sent``, ``undelivered`` or ``failed``."""

    status: str = "delivered"
    error_code: int | None = None


@functools.lru_cache(maxsize=8)
def _cached_model(source: str | None) -> Model:
    return build_model(load_document(source))


def spec_model(source: str | Path | None) -> Model:
    """The model of the bundled spec (or of the spec at ``source``), built once per process."""
    return _cached_model(None if source is None else str(source))


class State:
    """Stored records: messages and their media and feedback, owned numbers and domains, and one
    :class:`Table` per spec resource (services, senders, campaigns...)."""

    def __init__(
        self,
        config: EmulatorConfig | None,
        clock: Clock | None,
        initial: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.config = config or EmulatorConfig()
        self.clock: Clock = clock or SystemClock()
        self.lock = threading.RLock()
        self.messages: dict[str, Message] = {}
        self.media: dict[str, Media] = {}
        self.feedback: dict[str, Feedback] = {}
        self.incoming_numbers: dict[str, IncomingNumber] = {}
        self.outcomes: dict[str, Outcome] = {}
        self.domains: dict[str, str] = {}  # link-shortening domain SID -> domain name
        # Fault injection and load limits (faults/), applied by faults/middleware.py and the lifecycle.
        self.faults = FaultRules()
        self.limits = Limits()
        self.request_log = RequestLog()
        self.model: Model = spec_model(self.config.spec)
        self.tables: dict[str, Table] = {
            key: Table(resource, (initial or {}).get(key)) for key, resource in self.model.resources.items()
        }

    def now(self) -> float:
        return timestamp(self.clock)

    def clear(self) -> None:
        """Forget every record (the caller holds the lock)."""
        self.messages.clear()
        self.media.clear()
        self.feedback.clear()
        self.incoming_numbers.clear()
        self.outcomes.clear()
        self.domains.clear()
        for table in self.tables.values():
            table.records.clear()
