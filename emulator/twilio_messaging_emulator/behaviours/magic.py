"""Sender and recipient rules, and Twilio's magic test numbers that fail on purpose at create time."""

from __future__ import annotations

import re

from ..core.errors import bad_request
from ..store.state import State
from .senders import owns_sender

E164 = re.compile(r"^\+[1-9][0-9]{1,14}\Z")
SHORT_CODE = re.compile(r"^[0-9]{3,8}\Z")
ALPHA_SENDER = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}\Z")
CHANNEL_ADDRESS = re.compile(r"^(whatsapp|messenger|rcs|mms|sms):\S+\Z")

# Twilio test-credential magic numbers: synchronous outcomes at create time.
MAGIC_TO = {
    "+15005550001": (21211, "The 'To' number +15005550001 is not a valid phone number."),
    "+15005550002": (21612, "The 'To' phone number +15005550002 is not currently reachable via SMS."),
    "+15005550003": (
        21408,
        "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: +15005550003.",
    ),
    "+15005550004": (21610, "Attempt to send to unsubscribed recipient"),
    "+15005550009": (21614, "'To' number +15005550009 is not a valid mobile number"),
}
MAGIC_FROM = {
    "+15005550001": (
        21212,
        "The 'From' number +15005550001 is not a valid phone number, shortcode, or alphanumeric sender ID.",
    ),
    "+15005550007": (
        21606,
        "The 'From' phone number provided (+15005550007) is not a valid message-capable Twilio phone number "
        "for this destination/account.",
    ),
    "+15005550008": (21611, "This 'From' number has exceeded the maximum number of queued messages."),
}


def check_to(to: str) -> None:
    magic = MAGIC_TO.get(to)
    if magic:
        raise bad_request(*magic)
    if not (E164.match(to) or CHANNEL_ADDRESS.match(to)):
        raise bad_request(21211, f"The 'To' number {to} is not a valid phone number.")


def check_from(state: State, from_: str) -> None:
    magic = MAGIC_FROM.get(from_)
    if magic:
        raise bad_request(*magic)
    if not (E164.match(from_) or SHORT_CODE.match(from_) or ALPHA_SENDER.match(from_) or CHANNEL_ADDRESS.match(from_)):
        raise bad_request(
            21212, f"The 'From' number {from_} is not a valid phone number, shortcode, or alphanumeric sender ID."
        )
    if state.config.strict_from and not owns_sender(state, from_):
        raise bad_request(
            21606,
            f"The 'From' phone number provided ({from_}) is not a valid message-capable Twilio phone number "
            "for this destination/account.",
        )
