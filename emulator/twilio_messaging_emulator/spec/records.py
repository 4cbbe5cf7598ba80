"""Records of one spec resource: built from the spec's fields, written from checked requests, rendered back.

Every field the spec lists is stored and returned, in spec order. A field starts as: the record's
new SID (its identity), the account, the path parameter it names, ``now`` for ``date_created`` and
``date_updated``, a behaviour's initial value, the spec's ``default``, or null (an empty value of its
type when the spec says it is never null). Request parameters fill the field of the same name.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ..core.dates import iso8601, rfc2822
from ..core.sids import new_sid
from .operations import Operation, normalise, snake
from .resources import Resource
from .schema import MISSING, Schema

_DATE_FORMATS = frozenset({"date-time", "date-time-rfc-2822"})
_STAMPED = frozenset({"date_created", "date_updated"})


def empty(schema: Schema) -> Any:
    """What a field holds before anything is known: its default; an empty list, object (members
    empty) or false, like Twilio; else null, or an empty value of its type when it is never null."""
    if schema.default is not MISSING:
        return copy.deepcopy(schema.default)
    kind = schema.type
    if kind == "object" or (not kind and schema.properties):
        return {name: empty(sub) for name, sub in schema.properties.items()}
    if kind == "array":
        return []
    if kind == "boolean" and schema.nullable:
        return False
    if schema.nullable:
        return None
    example = schema.example
    if kind == "boolean":
        return example if isinstance(example, bool) else False
    if kind in ("integer", "number"):
        return example if isinstance(example, int | float) and not isinstance(example, bool) else 0
    if schema.enum:
        return example if example in schema.enum else schema.enum[0]
    if schema.pattern is not None:  # an empty string would break the pattern: the spec's example keeps it
        return example if isinstance(example, str) and schema.pattern.search(example) else None
    return None if schema.format in _DATE_FORMATS else ""


def _example_flags(resource: Resource) -> dict[str, Any]:
    """Never-null booleans start as the spec's example shows them (a typing indicator answers ``success: true``)."""
    example = resource.example if isinstance(resource.example, dict) else {}
    return {
        name: example[name]
        for name, schema in resource.fields.items()
        if schema.type == "boolean" and not schema.nullable and isinstance(example.get(name), bool)
    }


class Table:
    """The stored records of one resource (insertion ordered), keyed by SID (or by scope for singletons)."""

    def __init__(self, resource: Resource, initial: Mapping[str, Any] | None = None) -> None:
        self.resource = resource
        self.records: dict[str, dict[str, Any]] = {}
        self._initial = {**_example_flags(resource), **(initial or {})}
        self._dates = {n for n, s in resource.fields.items() if s.format in _DATE_FORMATS}
        self._rfc = {n for n, s in resource.fields.items() if s.format == "date-time-rfc-2822"}
        self._fields_by_wire: dict[str, str] = {normalise(n): n for n in resource.fields}

    # -- reads ---------------------------------------------------------------
    def scoped(self, scope: tuple[str, ...]) -> list[dict[str, Any]]:
        return [r for r in self.records.values() if r["_scope"] == scope]

    def get(self, key: str, scope: tuple[str, ...] | None = None) -> dict[str, Any] | None:
        record = self.records.get(key)
        if record is None or (scope is not None and record["_scope"] != scope):
            return None
        return record

    def by_sid(self, sid: str) -> dict[str, Any] | None:
        return self.records.get(sid)

    def field_for(self, wire_name: str) -> str | None:
        """The field a request parameter writes (``FriendlyName`` and ``friendly_name`` both fill ``friendly_name``)."""
        return self._fields_by_wire.get(normalise(wire_name))

    # -- writes --------------------------------------------------------------
    def build(self, account_sid: str, path_params: Mapping[str, str], now: float) -> dict[str, Any]:
        resource = self.resource
        by_param = {snake(name): value for name, value in path_params.items()}
        record: dict[str, Any] = {}
        for name, schema in resource.fields.items():
            if name == resource.identity:
                record[name] = new_sid(resource.prefix or "ZZ")
            elif name == "account_sid":
                record[name] = account_sid
            elif name in by_param:
                record[name] = by_param[name]
            elif name in _STAMPED:
                record[name] = now
            elif name in self._initial:
                record[name] = copy.deepcopy(self._initial[name])
            else:
                record[name] = empty(schema)
        record["_scope"] = resource.scope_params(dict(path_params))
        record["_created"] = now
        return record

    def apply(self, record: dict[str, Any], values: Mapping[str, Any]) -> None:
        """Write checked request values onto their fields (objects are merged member by member)."""
        for wire_name, value in values.items():
            name = self.field_for(wire_name)
            if name is None:
                continue
            current = record.get(name)
            if isinstance(value, dict) and isinstance(current, dict):
                record[name] = {**current, **value}
            elif isinstance(value, dict):
                base = empty(self.resource.fields[name])
                record[name] = {**base, **value} if isinstance(base, dict) else value
            else:
                record[name] = value

    def insert(self, record: dict[str, Any], path_params: Mapping[str, str]) -> str:
        """Store a built record; returns its key."""
        resource = self.resource
        values = dict(path_params)
        if resource.singleton:
            key = "/".join(record["_scope"])
            template = resource.instance_path or resource.key
        else:
            key = str(record.get(resource.identity or "") or new_sid("ZZ"))
            if resource.id_param:
                values[resource.id_param] = key
            template = resource.instance_path or resource.key
        record["_key"] = key
        record["_path"] = template.format(**values)
        self.records[key] = record
        return key

    def touch(self, record: dict[str, Any], now: float) -> None:
        if "date_updated" in record:
            record["date_updated"] = now

    def render(self, record: dict[str, Any], base: str) -> dict[str, Any]:
        """The record as the spec shapes it: every field in spec order, dates and links written out."""
        out: dict[str, Any] = {}
        path = record["_path"]
        for name in self.resource.fields:
            value = record.get(name)
            if name == "url":
                out[name] = base + path
            elif name == "uri":
                out[name] = path
            elif name == "links" and self.resource.links:
                out[name] = {link: base + path + suffix for link, suffix in self.resource.links.items()}
            elif name in self._dates and isinstance(value, float | int):
                out[name] = rfc2822(value) if name in self._rfc else iso8601(value)
            else:
                out[name] = value
        return out


def writes(operation: Operation) -> frozenset[str]:
    """The wire names an operation's body may carry."""
    return frozenset(operation.body.properties) if operation.body is not None else frozenset()
