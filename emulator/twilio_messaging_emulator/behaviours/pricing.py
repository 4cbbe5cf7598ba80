"""Messaging prices per country (pricing.twilio.com /v1/Messaging/Countries) and price lookup."""

from __future__ import annotations

from typing import Any

# iso -> (country name, calling code, outbound [(carrier, mcc, mnc, price)], number types, inbound price)
COUNTRIES: dict[str, tuple[str, str, list[tuple[str, str, str, str]], tuple[str, ...], str]] = {
    "AU": (
        "Australia",
        "61",
        [("Telstra", "505", "01", "0.0515"), ("Optus", "505", "02", "0.0515"), ("Vodafone", "505", "03", "0.0515")],
        ("mobile",),
        "0.0075",
    ),
    "BR": (
        "Brazil",
        "55",
        [("Vivo", "724", "06", "0.0514"), ("Claro", "724", "05", "0.0514"), ("TIM", "724", "02", "0.0514")],
        ("mobile",),
        "0.0075",
    ),
    "CA": (
        "Canada",
        "1",
        [("Rogers", "302", "720", "0.0083"), ("Bell", "302", "610", "0.0083"), ("Telus", "302", "220", "0.0083")],
        ("local", "toll free", "shortcode"),
        "0.0083",
    ),
    "DE": (
        "Germany",
        "49",
        [("Telekom", "262", "01", "0.0929"), ("Vodafone", "262", "02", "0.0929"), ("O2", "262", "03", "0.0929")],
        ("mobile",),
        "0.0075",
    ),
    "FR": (
        "France",
        "33",
        [("Orange", "208", "01", "0.0798"), ("SFR", "208", "10", "0.0798"), ("Bouygues", "208", "20", "0.0798")],
        ("mobile",),
        "0.0075",
    ),
    "GB": (
        "United Kingdom",
        "44",
        [
            ("EE", "234", "30", "0.0463"),
            ("O2", "234", "10", "0.0463"),
            ("Vodafone", "234", "15", "0.0463"),
            ("Three", "234", "20", "0.0463"),
        ],
        ("mobile",),
        "0.0075",
    ),
    "IN": (
        "India",
        "91",
        [("Airtel", "404", "10", "0.0832"), ("Jio", "405", "857", "0.0832"), ("Vi", "404", "20", "0.0832")],
        ("mobile",),
        "0.0075",
    ),
    "US": (
        "United States",
        "1",
        [
            ("AT&T Wireless", "310", "410", "0.0083"),
            ("T-Mobile", "310", "260", "0.0083"),
            ("Verizon Wireless", "311", "480", "0.0083"),
        ],
        ("local", "toll free", "shortcode"),
        "0.0083",
    ),
}

# North American area codes in Canada (everything else under +1 is priced as the US).
_CANADIAN_AREA_CODES_TEXT = (
    "204 226 236 249 250 263 289 306 343 354 365 367 368 382 387 403 416 418 428 431 437 438 450 460 468 474 "
    "506 514 519 548 579 581 584 587 600 604 613 639 647 672 683 705 709 742 753 778 780 782 807 819 825 867 "
    "873 879 902 905 "
)
_CANADIAN_AREA_CODES = frozenset(_CANADIAN_AREA_CODES_TEXT.split())


def country_of(number: str) -> str | None:
    """ISO code for an E.164 number (or channel address), as far as the dataset knows."""
    if ":" in number:
        number = number.split(":", 1)[1]
    if not number.startswith("+"):
        return None
    digits = number[1:]
    if digits.startswith("1"):
        return "CA" if digits[1:4] in _CANADIAN_AREA_CODES else "US"
    for iso, (_, code, _, _, _) in COUNTRIES.items():
        if code != "1" and digits.startswith(code):
            return iso
    return None


def outbound_price(number: str) -> float | None:
    iso = country_of(number)
    if iso is None:
        return None
    return float(COUNTRIES[iso][2][0][3])


def country_summary(iso: str, base: str) -> dict[str, Any]:
    return {"country": COUNTRIES[iso][0], "iso_country": iso, "url": f"{base}/v1/Messaging/Countries/{iso}"}


def country_instance(iso: str, base: str) -> dict[str, Any]:
    name, _, carriers, number_types, inbound = COUNTRIES[iso]
    return {
        "country": name,
        "inbound_sms_prices": [
            {"base_price": inbound, "current_price": inbound, "number_type": kind} for kind in number_types
        ],
        "iso_country": iso,
        "outbound_sms_prices": [
            {
                "carrier": carrier,
                "mcc": mcc,
                "mnc": mnc,
                "prices": [{"base_price": price, "current_price": price, "number_type": kind} for kind in number_types],
            }
            for carrier, mcc, mnc, price in carriers
        ],
        "price_unit": "USD",
        "url": f"{base}/v1/Messaging/Countries/{iso}",
    }
