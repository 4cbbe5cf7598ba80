"""One bulk send's fixed settings, each row made ready to send, and how a create's failure is read.

Row keys: a row is "this text to this recipient from this sender". Its key is the recipient plus a
hash of the rendered message (sender, body, media, status callback), so editing, reordering or
inserting rows between runs never makes an already sent message look new, and the same message
listed twice is sent once. A ``key`` column replaces that with the caller's own stable id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from twilio_messaging.bulk.results import RowResult
from twilio_messaging.bulk.rows import TO_COLUMN, row_problem
from twilio_messaging.bulk.template import Template
from twilio_messaging.errors import ApiError, RateLimitError, TwilioMessagingError

DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 100


@dataclass(frozen=True, slots=True)
class PreparedRow:
    """A valid row, rendered: what is sent and what identifies it in the journal."""

    number: int
    key: str
    to: str
    body: str
    fingerprint: str  # hash of the rendered body: what a lookup matches a listed message's body against


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Job:
    """What every row shares: the sender, the template and the other create arguments."""

    template: Template
    from_: str | None = None
    messaging_service_sid: str | None = None
    media_url: tuple[str, ...] = ()
    status_callback: str | None = None
    key: str | None = None  # a column holding the caller's own row key
    concurrency: int = DEFAULT_CONCURRENCY
    rate: float | None = None

    @classmethod
    def create(
        cls,
        body: str,
        *,
        from_: str | None,
        messaging_service_sid: str | None,
        media_url: Sequence[str] | None,
        status_callback: str | None,
        key: str | None,
        concurrency: int,
        rate: float | None,
    ) -> Job:
        """Check every argument before anything is read or sent (TypeError/ValueError naming it)."""
        if from_ is None and messaging_service_sid is None:
            raise ValueError("give a sender: from_ or messaging_service_sid")
        for name, value in (("from_", from_), ("messaging_service_sid", messaging_service_sid), ("key", key)):
            if value is not None and (not isinstance(value, str) or not value):
                raise TypeError(f"{name} must be a non-empty str")
        if status_callback is not None and not isinstance(status_callback, str):
            raise TypeError("status_callback must be str")
        if media_url is not None and (isinstance(media_url, str) or not all(isinstance(u, str) for u in media_url)):
            raise TypeError("media_url must be a list of str")
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= MAX_CONCURRENCY:
            raise ValueError(f"concurrency must be an int from 1 to {MAX_CONCURRENCY}, not {concurrency!r}")
        if rate is not None and (isinstance(rate, bool) or not isinstance(rate, int | float) or not rate > 0):
            raise ValueError(f"rate must be a positive number of messages per second, not {rate!r}")
        return cls(
            Template(body),
            from_,
            messaging_service_sid,
            tuple(media_url or ()),
            status_callback,
            key,
            concurrency,
            rate,
        )

    @property
    def sender(self) -> str:
        """The sender as the journal records it: the From address, else the Messaging Service SID."""
        return self.from_ or self.messaging_service_sid or ""

    def prepare(self, number: int, row: Mapping[str, Any]) -> PreparedRow | RowResult:
        """The row ready to send, or a failed result saying why it cannot be (nothing is sent for it)."""
        if not isinstance(row, Mapping):
            return RowResult(number, "", "", "failed", error_message=f"a row must be a mapping, not {type(row)}")
        to = row.get(TO_COLUMN)
        problem = row_problem(row, self.template, self.key)
        if problem:
            return RowResult(number, "", str(to or ""), "failed", error_message=problem)
        assert isinstance(to, str)  # row_problem checked it
        body = self.template.render(row)
        content = _digest(self.sender, body, *self.media_url, self.status_callback or "")
        key = f"{self.key}={row[self.key]}" if self.key else f"{to}#{content[:20]}"
        return PreparedRow(number, key, to, body, _digest(body))

    def create_arguments(self, row: PreparedRow) -> dict[str, Any]:
        """Keyword arguments of ``messages.create`` for one row."""
        args: dict[str, Any] = {"to": row.to}
        if row.body:
            args["body"] = row.body
        if self.from_ is not None:
            args["from_"] = self.from_
        if self.messaging_service_sid is not None:
            args["messaging_service_sid"] = self.messaging_service_sid
        if self.media_url:
            args["media_url"] = list(self.media_url)
        if self.status_callback is not None:
            args["status_callback"] = self.status_callback
        return args


Verdict = Literal["failed", "rate_limited", "in_doubt"]


def judge(error: TwilioMessagingError) -> Verdict:
    """What a create's error means for the row.

    A 429 was not processed: the row waits for the shared backoff and goes again. Any other 4xx
    is Twilio refusing this message: a per-row failure, the run goes on. A 5xx, a lost connection,
    a timeout or an unreadable success may have created the message: in doubt, never resent blindly.
    """
    if isinstance(error, RateLimitError):
        return "rate_limited"
    if isinstance(error, ApiError) and 400 <= error.status < 500:
        return "failed"
    return "in_doubt"
