"""Reading typed values out of webhook form fields, remembering which ones were used."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from .errors import WebhookPayloadError

FormInput = Mapping[str, str | Sequence[str]]


class FormReader:
    """Typed access to form fields; whatever is never read ends up in :meth:`leftovers`.

    A repeated field yields its first value, as Twilio sends a scalar field once.
    Empty optional fields read as ``None``: Twilio sends ``FromCity=`` and the like
    when it does not know the value, and ``None`` says that better than ``""``.
    """

    def __init__(self, params: FormInput) -> None:
        self._values: dict[str, tuple[str, ...]] = {}
        self.pairs: list[tuple[str, str]] = []
        for name, value in params.items():
            # A str is itself a Sequence[str]: test it first or "abc" becomes "a", "b", "c".
            values = (value,) if isinstance(value, str) else tuple(value)
            if values:
                self._values[name] = values
                self.pairs.extend((name, item) for item in values)
        self._used: set[str] = set()

    def text(self, name: str) -> str | None:
        self._used.add(name)
        values = self._values.get(name)
        return values[0] if values and values[0] else None

    def required(self, name: str, *fallbacks: str) -> str:
        """The first non-empty value among ``name`` and its older aliases.

        The aliases count as read even when ``name`` wins: they repeat the same value.
        """
        values = [self.text(candidate) for candidate in (name, *fallbacks)]
        for value in values:
            if value is not None:
                return value
        raise WebhookPayloadError(name, "is required but missing or empty")

    def integer(self, name: str, *, minimum: int | None = None) -> int | None:
        raw = self.text(name)
        if raw is None:
            return None
        try:
            value = int(raw.strip())
        except ValueError:
            raise WebhookPayloadError(name, "expected an integer") from None
        if minimum is not None and value < minimum:
            raise WebhookPayloadError(name, f"expected an integer of at least {minimum}")
        return value

    def number(self, name: str, *, limit: float) -> float | None:
        """A finite float within [-limit, limit] (coordinates)."""
        raw = self.text(name)
        if raw is None:
            return None
        try:
            value = float(raw.strip())
        except ValueError:
            raise WebhookPayloadError(name, "expected a decimal number") from None
        if not math.isfinite(value) or abs(value) > limit:
            raise WebhookPayloadError(name, f"expected a number between -{limit:g} and {limit:g}")
        return value

    def boolean(self, name: str) -> bool | None:
        raw = self.text(name)
        if raw is None:
            return None
        lowered = raw.strip().lower()
        if lowered not in ("true", "false"):
            raise WebhookPayloadError(name, "expected 'true' or 'false'")
        return lowered == "true"

    def json_object(self, name: str) -> Mapping[str, Any] | None:
        raw = self.text(name)
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            raise WebhookPayloadError(name, "expected a JSON object, got text that is not JSON") from None
        if not isinstance(value, dict):
            raise WebhookPayloadError(name, "expected a JSON object")
        return value

    def dlr_date(self, name: str) -> datetime | None:
        """Carrier delivery-receipt time: ``YYMMDDhhmm`` (seconds tolerated), in UTC."""
        raw = self.text(name)
        if raw is None:
            return None
        digits = raw.strip()
        if len(digits) not in (10, 12) or not digits.isascii() or not digits.isdigit():
            raise WebhookPayloadError(name, "expected a UTC time as YYMMDDhhmm")
        year, month, day, hour, minute, second = (int(digits[i : i + 2] or 0) for i in range(0, 12, 2))
        try:
            return datetime(2000 + year, month, day, hour, minute, second, tzinfo=UTC)
        except ValueError:
            raise WebhookPayloadError(name, "expected a UTC time as YYMMDDhhmm") from None

    def leftovers(self) -> Mapping[str, str]:
        """Fields never read, first value each (all values stay in :attr:`pairs`)."""
        return {name: values[0] for name, values in self._values.items() if name not in self._used}
