"""Timestamp parsing for both of Twilio's formats, to timezone-aware datetimes.

The 2010 API sends RFC 2822 (``Thu, 30 Jul 2015 20:12:31 +0000``); v1 and v2 send ISO 8601
(``2015-07-30T20:12:31Z``). Listing thousands of messages reads three timestamps each, so the
usual RFC 2822 shape is rewritten by slicing into ISO 8601 for the C parser, with the date part
looked up in a small cache (a page of messages spans few days); anything else takes the slow,
general path of the standard library.
"""

from __future__ import annotations

import datetime as _dt
from email.utils import parsedate_to_datetime

_MONTHS = {
    "Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06",
    "Jul": "07", "Aug": "08", "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12",
}  # fmt: skip
_DAY_PREFIXES: dict[str, str] = {}  # "24 Aug 2023" -> "2023-08-24T"
_DAY_CACHE_LIMIT = 4096
_fromisoformat = _dt.datetime.fromisoformat


def _day_prefix(day: str) -> str | None:
    """ISO date prefix for "DD Mon YYYY", or None when it is not that shape."""
    month = _MONTHS.get(day[3:6])
    if month is None or not (day[:2] + day[7:]).isdigit():
        return None
    prefix = f"{day[7:]}-{month}-{day[:2]}T"
    if len(_DAY_PREFIXES) < _DAY_CACHE_LIMIT:
        _DAY_PREFIXES[day] = prefix
    return prefix


def parse_timestamp(value: str) -> _dt.datetime:
    """Parse an RFC 2822 or ISO 8601 timestamp to an aware datetime (UTC when no zone is given)."""
    if len(value) == 31 and value[26:] == "+0000":  # Twilio's usual shape, in UTC: the hot path
        prefix = _DAY_PREFIXES.get(value[5:16])
        if prefix is not None:
            try:
                return _fromisoformat(prefix + value[17:25] + "+00:00")
            except ValueError:
                pass  # not the shape it looked like: the general path decides
    return _parse_rfc2822_shape(value) or _parse_general(value)


def _parse_rfc2822_shape(value: str) -> _dt.datetime | None:
    """``Thu, 30 Jul 2015 20:12:31 -0130`` and the like, any offset; None when not that shape."""
    if len(value) != 31 or value[3] != ",":
        return None
    prefix = _DAY_PREFIXES.get(value[5:16]) or _day_prefix(value[5:16])
    if prefix is None:
        return None
    try:
        return _fromisoformat(prefix + value[17:25] + value[26:29] + ":" + value[29:31])
    except ValueError:
        return None


def _parse_general(value: str) -> _dt.datetime:
    if value[:4].isdigit():  # ISO 8601
        parsed = _fromisoformat(value)
    else:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not an RFC 2822 or ISO 8601 timestamp: {value!r}") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_dt.UTC)
