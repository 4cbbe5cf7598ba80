"""Timestamp parsing for both of Twilio's formats, to timezone-aware datetimes.

The 2010 API sends RFC 2822 (``Thu, 30 Jul 2015 20:12:31 +0000``); v1 and v2 send ISO 8601
(``2015-07-30T20:12:31Z``). Listing thousands of messages parses three timestamps each, so the
common RFC 2822 shape is read by slicing, and repeated values come from a small cache.
"""

from __future__ import annotations

import datetime as _dt
from email.utils import parsedate_to_datetime

_MONTHS = {
    m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)
}
_UTC = _dt.UTC
_CACHE: dict[str, _dt.datetime] = {}
_CACHE_LIMIT = 4096


def _parse_rfc2822_fast(value: str) -> _dt.datetime | None:
    # "Thu, 30 Jul 2015 20:12:31 +0000": fixed offsets when the day has two digits.
    if len(value) != 31 or value[3] != "," or value[-5] not in "+-":
        return None
    month = _MONTHS.get(value[8:11])
    if month is None:
        return None
    try:
        offset_minutes = int(value[-4:-2]) * 60 + int(value[-2:])
        tz = (
            _UTC
            if offset_minutes == 0
            else _dt.timezone(_dt.timedelta(minutes=offset_minutes if value[-5] == "+" else -offset_minutes))
        )
        return _dt.datetime(
            int(value[12:16]),
            month,
            int(value[5:7]),
            int(value[17:19]),
            int(value[20:22]),
            int(value[23:25]),
            tzinfo=tz,
        )
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
