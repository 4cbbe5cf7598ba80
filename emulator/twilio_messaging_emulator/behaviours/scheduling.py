"""Message scheduling: a Messaging Service feature, 15 minutes to 35 days ahead."""

from __future__ import annotations

from ..core.dates import parse_send_at
from ..core.errors import bad_request
from ..core.params import Params

# Twilio's scheduling window: 15 minutes to 35 days ahead (error 35114 outside it).
SCHEDULE_MIN_SECONDS = 900
SCHEDULE_MAX_SECONDS = 35 * 24 * 3600


def send_time(params: Params, service_sid: str | None, now: float) -> float | None:
    """The send time of a scheduled message, or None when it goes out now.

    Scheduling is a Messaging Service feature: with only a ``From``, Twilio drops ScheduleType
    and SendAt and sends the message immediately (its Message Scheduling documentation).
    """
    raw = params.get("SendAt")
    try:
        send_at = None if raw is None else parse_send_at(raw)
    except (ValueError, OverflowError):
        raise bad_request(35114, f"Scheduling does not support this timestamp: {raw}") from None
    if params.get("ScheduleType") is None or not service_sid:  # its value was checked with the other enums
        return None
    if send_at is None:
        raise bad_request(35111, "SendAt timestamp is missing")
    ahead = send_at - now
    if ahead < SCHEDULE_MIN_SECONDS or ahead > SCHEDULE_MAX_SECONDS:
        raise bad_request(
            35114,
            f"SendAt time must be between {SCHEDULE_MIN_SECONDS} seconds and 35 days "
            f"({SCHEDULE_MAX_SECONDS} seconds) in the future, inclusive.",
        )
    return send_at
