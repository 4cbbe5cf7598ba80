"""Who may send: owned numbers, short codes and domains, and the sender pools of Messaging Services."""

from __future__ import annotations

from typing import Any

from ..core.sids import stable_sid
from ..store.state import IncomingNumber, State
from . import resource_paths as paths


def register_number(
    state: State,
    phone_number: str,
    sms_url: str | None = None,
    sms_method: str = "POST",
    friendly_name: str | None = None,
    sms_fallback_url: str | None = None,
) -> dict[str, Any]:
    """Own ``phone_number`` (or update its webhook if already owned); its SID is stable."""
    with state.lock:
        number = number_by_phone(state, phone_number)
        if number is None:
            number = IncomingNumber(stable_sid("PN", phone_number), phone_number)
            state.incoming_numbers[number.sid] = number
        number.sms_url = sms_url
        number.sms_method = (sms_method or "POST").upper()
        number.sms_fallback_url = sms_fallback_url
        number.friendly_name = friendly_name
        return number.as_dict()


def register_short_code(
    state: State, short_code: str, friendly_name: str | None = None, sms_url: str | None = None
) -> dict[str, Any]:
    """Own a short code (listed by the 2010 SMS ShortCodes resource); its SID is stable."""
    table = state.tables[paths.SHORT_CODES]
    with state.lock:
        record = short_code_record(state, short_code)
        if record is None:
            path_params = {"AccountSid": state.config.account_sid}
            record = table.build(state.config.account_sid, path_params, state.now())
            record.update(
                sid=stable_sid("SC", short_code),
                short_code=short_code,
                friendly_name=friendly_name or short_code,
                sms_url=sms_url,
            )
            table.insert(record, path_params)
        return table.render(record, "")


def register_domain(state: State, domain_name: str) -> dict[str, Any]:
    """Own a link-shortening domain (on Twilio it is added in the Console, not through the API).

    Twilio writes a domain as a URL (``https://links.example.com``); a bare host name gets ``https://``.
    """
    if "://" not in domain_name:
        domain_name = "https://" + domain_name
    sid = stable_sid("DN", domain_name)
    with state.lock:
        state.domains[sid] = domain_name
    return {"sid": sid, "domain_name": domain_name}


def number_by_phone(state: State, phone_number: str) -> IncomingNumber | None:
    for number in state.incoming_numbers.values():
        if number.phone_number == phone_number:
            return number
    return None


def short_code_record(state: State, short_code: str) -> dict[str, Any] | None:
    for record in state.tables[paths.SHORT_CODES].records.values():
        if record["short_code"] == short_code:
            return record
    return None


def sender_pool(state: State, service_sid: str) -> list[str]:
    """Senders of a Messaging Service, in the order Twilio would pick them."""
    scope = (service_sid,)
    tables = state.tables
    pool = [r["phone_number"] for r in tables[paths.SERVICE_PHONE_NUMBERS].scoped(scope)]
    pool += [r["short_code"] for r in tables[paths.SERVICE_SHORT_CODES].scoped(scope)]
    pool += [r["alpha_sender"] for r in tables[paths.ALPHA_SENDERS].scoped(scope)]
    pool += [r["sender"] for r in tables[paths.CHANNEL_SENDERS].scoped(scope)]
    return pool


def service_for_sender(state: State, sender: str) -> dict[str, Any] | None:
    for name, fld in ((paths.SERVICE_PHONE_NUMBERS, "phone_number"), (paths.SERVICE_SHORT_CODES, "short_code")):
        for record in state.tables[name].records.values():
            if record[fld] == sender:
                return state.tables[paths.SERVICES].by_sid(record["service_sid"])
    return None


def owns_sender(state: State, sender: str) -> bool:
    if number_by_phone(state, sender) or short_code_record(state, sender):
        return True
    return any(sender in sender_pool(state, sid) for sid in state.tables[paths.SERVICES].records)
