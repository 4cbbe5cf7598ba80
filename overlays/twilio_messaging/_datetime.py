"""Timestamp parsing for both of Twilio's formats, to timezone-aware datetimes.

The 2010 API sends RFC 2822 (``Thu, 30 Jul 2015 20:12:31 +0000``); v1 and v2 send ISO 8601
(``2015-07-30T20:12:31Z``). Listing thousands of messages parses three timestamps each, so the
common RFC 2822 shape is read by slicing, and repeated values come from a small cache.
"""

from __future__ import annotations

import datetime as _dt
from email.utils import parsedate_to_datetime

_MONTHS = {
    "Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06",
    "Jul": "07", "Aug": "08", "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12",
}  # fmt: skip
_UTC = _dt.UTC
_CACHE: dict[str, _dt.datetime] = {}
_DAY_PREFIXES: dict[str, str] = {}  # "24 Aug 2023" -> "2023-08-24T"
_CACHE_LIMIT = 4096


def _parse_rfc2822_fast(value: str) -> _dt.datetime | None:
    """``Thu, 30 Jul 2015 20:12:31 +0000`` rewritten as ISO 8601 for the C parser; None if not that shape."""
    if len(value) != 31 or value[3] != ",":
        return None
    day = value[5:16]
    prefix = _DAY_PREFIXES.get(day)
    if prefix is None:
        month = _MONTHS.get(value[8:11])
        if month is None or not (value[5:7] + value[12:16]).isdigit():
            return None
        prefix = f"{value[12:16]}-{month}-{value[5:7]}T"
        if len(_DAY_PREFIXES) < _CACHE_LIMIT:
            _DAY_PREFIXES[day] = prefix
    try:
        return _dt.datetime.fromisoformat(prefix + value[17:25] + value[26:29] + ":" + value[29:31])
    except ValueError:
        return None


def _parse_uncached(value: str) -> _dt.datetime:
    parsed = _parse_rfc2822_fast(value)
    if parsed is not None:
        return parsed
    if value[:4].isdigit():  # ISO 8601
        parsed = _dt.datetime.fromisoformat(value)
    else:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not an RFC 2822 or ISO 8601 timestamp: {value!r}") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)


def parse_timestamp(value: str) -> _dt.datetime:
    """Parse an RFC 2822 or ISO 8601 timestamp to an aware datetime (UTC when no zone is given)."""
    cached = _CACHE.get(value)
    if cached is not None:
        return cached
    parsed = _parse_uncached(value)
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[value] = parsed
    return parsed
