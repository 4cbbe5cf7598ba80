"""Date formats on the wire: RFC 2822 for 2010 resources, ISO 8601 ``Z`` for v1/v2."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_rfc_cache: dict[int, str] = {}
_iso_cache: dict[int, str] = {}


def rfc2822(ts: float | None) -> str | None:
    """``Thu, 30 Jul 2015 20:12:31 +0000`` (None stays None)."""
    if ts is None:
        return None
    second = int(ts)
    cached = _rfc_cache.get(second)
    if cached is None:
        t = time.gmtime(second)
        cached = (
            f"{_DAYS[t.tm_wday]}, {t.tm_mday:02d} {_MONTHS[t.tm_mon - 1]} {t.tm_year} "
            f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} +0000"
        )
        if len(_rfc_cache) > 4096:
            _rfc_cache.clear()
        _rfc_cache[second] = cached
    return cached


def iso8601(ts: float | None) -> str | None:
    """``2015-07-30T20:12:31Z`` (None stays None)."""
    if ts is None:
        return None
    second = int(ts)
    cached = _iso_cache.get(second)
    if cached is None:
        t = time.gmtime(second)
        cached = f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}T{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d}Z"
        if len(_iso_cache) > 4096:
            _iso_cache.clear()
        _iso_cache[second] = cached
    return cached


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_US_FORMAT = re.compile(r"^(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2}):(\d{2})(?: ([A-Z]{3}))?$")
_US_ZONES = {"UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}


def parse_filter_date(value: str) -> tuple[float, bool]:
    """Parse a list filter value; return (epoch seconds, whether it named a whole day).

    Accepts ``YYYY-MM-DD``, ISO 8601 date-times, ``YYYY-MM-DD HH:MM:SS[.fff]``, RFC 2822 and
    ``MM/DD/YYYY HH:MM:SS TZ``. Raises ValueError for anything else.
    """
    value = value.strip()
    if _DATE_ONLY.match(value):
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC).timestamp(), True
    us = _US_FORMAT.match(value)
    if us:
        month, day, year, hh, mm, ss, zone = us.groups()
        offset = _US_ZONES.get(zone or "UTC", 0)
        local = datetime(int(year), int(month), int(day), int(hh), int(mm), int(ss), tzinfo=UTC)
        return (local - timedelta(hours=offset)).timestamp(), False
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError) as exc:
            raise ValueError(value) from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp(), False


def parse_send_at(value: str) -> float:
    """Parse ``SendAt`` (ISO 8601; a naive value is taken as UTC)."""
    parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()
