"""SMS segment counting: GSM-7 (160 / 153 per part) or UCS-2 (70 / 67 per part)."""

from __future__ import annotations

# GSM 03.38 basic character set (the escape character itself is excluded).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension table: each costs an escape plus the character (two septets).
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

# Look-alike characters replaced when smart encoding is on.
SMART_REPLACEMENTS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u00ab": '"',
    "\u00bb": '"',
    "\u02c6": "^",
    "\u02dc": "~",
}


def smart_encode(text: str) -> str:
    """Replace Unicode look-alikes with GSM-7 characters (Twilio's Smart Encoding)."""
    if text.isascii():
        return text
    return "".join(SMART_REPLACEMENTS.get(ch, ch) for ch in text)


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def _pack(costs: list[int], single: int, per_part: int) -> int:
    total = sum(costs)
    if total <= single:
        return 1
    parts = 1
    used = 0
    for cost in costs:
        # A character (escape pair or surrogate pair) is never split across parts.
        if used + cost > per_part:
            parts += 1
            used = 0
        used += cost
    return parts


def count_segments(text: str) -> int:
    """Number of SMS parts ``text`` needs (at least 1, even when empty)."""
    if not text:
        return 1
    if is_gsm7(text):
        costs = [2 if ch in GSM7_EXTENSION else 1 for ch in text]
        return _pack(costs, 160, 153)
    costs = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    return _pack(costs, 70, 67)


def encoding_of(text: str) -> str:
    return "GSM-7" if is_gsm7(text) else "UCS-2"
