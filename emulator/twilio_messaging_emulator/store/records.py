"""The stored message records: Message, Media and Feedback (2010-04-01 resources kept by hand)."""

from __future__ import annotations

from dataclasses import dataclass, field

API_VERSION = "2010-04-01"
FINAL_STATUSES = frozenset({"delivered", "undelivered", "failed", "received", "canceled", "read"})


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
