"""Assertions shared by the contract tests: typed results against example JSON, arguments against the wire."""

from __future__ import annotations

import datetime
import decimal
import enum
import inspect
import json
from typing import Any
from urllib.parse import parse_qsl

import attrs
import httpx
from twilio_messaging_api.types import Unset

from .resource_support import Call
from .spec_support import Field, normalized, object_properties, parse_wire_timestamp, resolve

TIMESTAMP_FORMATS = ("date-time", "date-time-rfc-2822")


def is_model(value: Any) -> bool:
    """A generated model (attrs-based or lazy): it converts from and to wire dicts and keeps unknown fields."""
    return all(hasattr(value, name) for name in ("from_dict", "to_dict", "additional_properties"))


def model_fields(cls: type) -> list[str]:
    """The Python names of a model's declared fields (attrs fields, or the lazy models' properties)."""
    if attrs.has(cls):
        return [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
    return [
        name
        for name, member in inspect.getmembers(cls, lambda m: isinstance(m, property))
        if name not in ("additional_properties", "additional_keys") and not name.startswith("_")
    ]


def assert_matches(expected: Any, actual: Any, schema: Any, where: str) -> None:
    """The typed value carries the example's value: datetimes aware and equal, enums by value, models by field."""
    schema = resolve(schema) if schema is not None else {}
    assert not isinstance(actual, Unset), f"{where}: present in the payload but UNSET on the model"
    if expected is None:
        assert actual is None, f"{where}: null on the wire, {actual!r} on the model"
        return
    fmt = schema.get("format")
    if fmt in TIMESTAMP_FORMATS and isinstance(expected, str):
        assert isinstance(actual, datetime.datetime), f"{where}: timestamp {expected!r} left as {type(actual).__name__}"
        assert actual.tzinfo is not None, f"{where}: naive datetime {actual!r}"
        assert actual == parse_wire_timestamp(expected), f"{where}: {actual!r} != {expected!r}"
        return
    if fmt == "integer-string" and isinstance(expected, str):
        assert isinstance(actual, int), f"{where}: count {expected!r} left as {type(actual).__name__}"
        assert actual == int(expected), f"{where}: {actual!r} != {expected!r}"
        return
    if fmt == "decimal" and isinstance(expected, str):
        assert isinstance(actual, decimal.Decimal), f"{where}: decimal {expected!r} left as {type(actual).__name__}"
        assert actual == decimal.Decimal(expected), f"{where}: {actual!r} != {expected!r}"
        return
    if fmt == "date" and isinstance(expected, str):
        assert isinstance(actual, datetime.date), f"{where}: date {expected!r} left as {type(actual).__name__}"
        assert actual == datetime.date.fromisoformat(expected), f"{where}: {actual!r} != {expected!r}"
        return
    if isinstance(actual, enum.Enum):
        assert actual.value == expected, f"{where}: enum {actual!r} != {expected!r}"
        return
    if is_model(actual):
        assert isinstance(expected, dict), f"{where}: model {type(actual).__name__} for non-object {expected!r}"
        assert_model(expected, actual, schema, where)
        return
    if isinstance(actual, list):
        assert isinstance(expected, list) and len(expected) == len(actual), f"{where}: {actual!r} != {expected!r}"
        for index, (exp, act) in enumerate(zip(expected, actual, strict=True)):
            assert_matches(exp, act, schema.get("items"), f"{where}[{index}]")
        return
    assert isinstance(actual, bool) == isinstance(expected, bool), f"{where}: {actual!r} != {expected!r} (bool)"
    assert actual == expected, f"{where}: model has {actual!r}, payload {expected!r}"


def assert_model(expected: dict[str, Any], model: Any, schema: Any, where: str) -> None:
    """Every top-level field of ``expected`` is on the model: declared ones as attributes, others as extras."""
    props, _ = object_properties(schema) if schema else ({}, set())
    fields = {normalized(name): name for name in model_fields(type(model))}
    extras = getattr(model, "additional_properties", {})
    for key, value in expected.items():
        if key in props:
            attr = fields.get(normalized(key))
            assert attr is not None, f"{where}.{key}: declared in the spec, no attribute on {type(model).__name__}"
            assert_matches(value, getattr(model, attr), props[key], f"{where}.{key}")
        else:
            assert key in extras, f"{where}.{key}: undeclared field neither an attribute nor in additional_properties"
            assert extras[key] == value, f"{where}.{key}: additional_properties has {extras[key]!r}, payload {value!r}"


def _encoded(f: Field, value: Any) -> list[str]:
    """How Twilio expects one form/query input: lowercase booleans, one pair per list item."""
    if isinstance(value, list):
        return [item for v in value for item in _encoded(f, v)]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, dict):
        return [json.dumps(value, separators=(",", ":"))]
    return [str(value)]


def wire_pairs(request: httpx.Request, location: str) -> list[tuple[str, str]]:
    if location == "query":
        return list(request.url.params.multi_items())
    content_type = request.headers.get("content-type", "")
    if not request.content:
        return []
    assert content_type.startswith("application/x-www-form-urlencoded"), f"form body sent as {content_type!r}"
    return parse_qsl(request.content.decode("ascii"), keep_blank_values=True, strict_parsing=True)


def assert_wire(call: Call, request: httpx.Request, json_body: bool) -> None:
    """Every argument reached the wire under its wire name, encoded as Twilio expects, and nothing else did."""
    for wire, (f, value) in call.sent.items():
        if f.location == "header":
            assert request.headers.get(wire) == str(value), f"header {wire}: sent {request.headers.get(wire)!r}"
    for location in ("query", "body"):
        expected = {wire: (f, v) for wire, (f, v) in call.sent.items() if f.location == location}
        if location == "body" and json_body:
            body = json.loads(request.content) if request.content else {}
            assert request.headers["content-type"].startswith("application/json")
            assert sorted(body) == sorted(expected), f"JSON body keys {sorted(body)} != {sorted(expected)}"
            for wire, (_f, value) in expected.items():
                assert body[wire] == value, f"JSON {wire}: sent {body[wire]!r}, expected {value!r}"
            continue
        pairs = wire_pairs(request, location)
        names = sorted({k for k, _ in pairs})
        assert names == sorted(expected), f"{location} names on the wire {names} != arguments given {sorted(expected)}"
        for wire, (f, value) in expected.items():
            got = [v for k, v in pairs if k == wire]
            want = _encoded(f, value)
            if f.kind == "date-time":
                got_times = [parse_wire_timestamp(v) for v in got]
                assert got_times == [parse_wire_timestamp(v) for v in want], f"{wire}: sent {got}, expected {want}"
            else:
                assert got == want, f"{location} {wire}: sent {got}, expected {want}"
