"""Request checks the emulator derives from any spec: rule-only anyOf variants, closed bodies, repeated
query filters, never-null JSON values (checked on a small spec of our own, independent of spec/)."""

from __future__ import annotations

from typing import Any

import pytest
from twilio_messaging_emulator.core.errors import TwilioError
from twilio_messaging_emulator.core.params import Params
from twilio_messaging_emulator.spec.operations import Parameter
from twilio_messaging_emulator.spec.schema import Resolver
from twilio_messaging_emulator.spec.validation import check_json_body, check_query

BODY: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["channel"],
    "properties": {
        "channel": {"type": "string", "enum": ["WHATSAPP", "APPLE"]},
        "messageId": {"type": "string"},
        "from": {"type": "string"},
        "to": {"type": "string"},
        "note": {"type": "string", "nullable": True},
    },
    "anyOf": [
        {"properties": {"channel": {"enum": ["WHATSAPP"]}}, "required": ["messageId"]},
        {"properties": {"channel": {"enum": ["APPLE"]}}, "required": ["from", "to"]},
    ],
}


def _rejects(data: dict[str, Any]) -> None:
    with pytest.raises(TwilioError) as raised:
        check_json_body(Resolver({}).schema(BODY), data)
    assert (raised.value.status, raised.value.code) == (400, 20001)


def test_one_variant_of_a_rule_only_any_of_must_hold() -> None:
    schema = Resolver({}).schema(BODY)
    assert check_json_body(schema, {"channel": "WHATSAPP", "messageId": "SM1"}) == {
        "channel": "WHATSAPP",
        "messageId": "SM1",
    }
    assert check_json_body(schema, {"channel": "APPLE", "from": "a", "to": "b", "note": None})["note"] is None
    _rejects({"channel": "APPLE", "messageId": "SM1"})
    _rejects({"channel": "WHATSAPP", "from": "a", "to": "b"})


def test_a_closed_body_refuses_unknown_members_and_nulls_where_never_null() -> None:
    _rejects({"channel": "WHATSAPP", "messageId": "SM1", "extra": 1})
    _rejects({"channel": "WHATSAPP", "messageId": "SM1", "to": None})


def test_a_repeated_query_filter_is_a_list() -> None:
    array = Resolver({}).schema({"type": "array", "items": {"type": "string", "pattern": "^BU"}})
    query = {"TrustProductSid": Parameter("TrustProductSid", array, False)}
    params = Params([("TrustProductSid", "BU1"), ("TrustProductSid", "BU2")])
    assert check_query(query, params, frozenset()) == {"TrustProductSid": ["BU1", "BU2"]}
    with pytest.raises(TwilioError):
        check_query(query, Params([("TrustProductSid", "XX")]), frozenset())
