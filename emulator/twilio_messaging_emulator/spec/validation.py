"""Request values checked against the spec's schemas: types, enums, patterns, formats, lengths, ranges.

A bad value is a 400 with Twilio's code 20001 naming the parameter; nothing is stored. Form values
arrive as text and come out typed (``true`` -> True); JSON values are checked as they are, and
objects keep only the members the spec knows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..core.errors import TwilioError, invalid_parameter, missing_parameter, unknown_resource
from ..core.params import Params, parse_int
from ..core.validation import is_http_url
from .schema import Schema

JSON_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")  # no "nan", " 1" or "1_0"
_URL_FORMATS = frozenset({"uri"})


def check_text(name: str, schema: Schema, raw: str) -> Any:
    """One form or query value as its schema types it (None for an empty boolean/number)."""
    kind = schema.type
    if kind == "boolean":
        if raw == "":
            return None
        if raw.lower() not in ("true", "false"):
            raise invalid_parameter(name, raw)
        return raw.lower() == "true"
    if kind in ("integer", "number"):
        if raw == "":
            return None
        try:
            value: float = parse_int(raw) if kind == "integer" else float(raw)
        except ValueError:
            raise invalid_parameter(name, raw) from None
        if kind == "number" and not JSON_NUMBER.fullmatch(raw):
            raise invalid_parameter(name, raw)
        _check_range(name, schema, value, raw)
        return value
    _check_string(name, schema, raw)
    return raw


def _check_range(name: str, schema: Schema, value: float, raw: str) -> None:
    if (schema.minimum is not None and value < schema.minimum) or (
        schema.maximum is not None and value > schema.maximum
    ):
        raise invalid_parameter(name, raw)


def _check_string(name: str, schema: Schema, value: str) -> None:
    if schema.enum is not None and value not in schema.enum:
        raise invalid_parameter(name, value)
    if schema.pattern is not None and not schema.pattern.search(value):
        raise invalid_parameter(name, value)
    if schema.format in _URL_FORMATS and not is_http_url(value):
        raise TwilioError(
            400, 20001, f"Invalid value {value!r} for parameter {name}: an absolute http(s) URL is required"
        )
    if (schema.min_length is not None and len(value) < schema.min_length) or (
        schema.max_length is not None and len(value) > schema.max_length
    ):
        raise invalid_parameter(name, value)


def check_form(body: Schema | None, params: Params, codes: Mapping[str, int] | None = None) -> dict[str, Any]:
    """The body's known parameters, typed and checked (unknown ones are ignored, as on Twilio).

    ``codes`` gives a parameter Twilio's own error code for a bad value (20001 otherwise).
    """
    if body is None:
        return {}
    try:
        return _check_form(body, params)
    except TwilioError as error:
        code = (codes or {}).get(getattr(error, "parameter", ""))
        if code is None:
            raise
        raise TwilioError(error.status, code, error.message) from None


def _check_form(body: Schema, params: Params) -> dict[str, Any]:
    for name in body.required:
        given = params.get_list(name)
        if not given or "" in given:
            raise missing_parameter(name)
    values: dict[str, Any] = {}
    for name, schema in body.properties.items():
        if name not in params:
            continue
        if schema.type == "array":
            item = schema.items or Schema("string")
            values[name] = [check_text(name, item, raw) for raw in params.get_list(name)]
        else:
            typed = check_text(name, schema, params.get(name) or "")
            if typed is not None:
                values[name] = typed
    check_variants(body, values)
    return values


def check_json_body(body: Schema | None, data: dict[str, Any]) -> dict[str, Any]:
    if body is None:
        return {}
    for name in body.required:
        if data.get(name) in (None, ""):
            raise missing_parameter(name)
    unknown = sorted(set(data) - set(body.properties)) if body.closed else []
    if unknown:
        raise invalid_parameter(unknown[0], "an unknown parameter")
    check_variants(body, data)
    return {
        name: check_json(name, body.properties[name], value) for name, value in data.items() if name in body.properties
    }


def check_stored(fields: Mapping[str, Schema], targets: Mapping[str, str], values: Mapping[str, Any]) -> None:
    """A value is also checked against the field that will return it (``targets``: parameter -> field),
    so nothing is stored that the API promises never to return (a URL field holds a URL)."""
    for name, value in values.items():
        target = targets.get(name)
        schema = fields.get(target) if target else None
        if schema is not None and schema.type == "string" and isinstance(value, str):
            _check_string(name, schema, value)


def check_json(where: str, schema: Schema, value: Any) -> Any:
    """A JSON value of the right type (objects keep the members the spec knows, each checked)."""
    if value is None:
        if not schema.nullable:
            raise invalid_parameter(where, "null")
        return None
    kind = schema.type
    if kind == "object" or (not kind and schema.properties):
        if not isinstance(value, dict):
            raise invalid_parameter(where, repr(value))
        if not schema.properties:
            return value
        return {
            k: check_json(f"{where}.{k}", schema.properties[k], v) for k, v in value.items() if k in schema.properties
        }
    if kind == "array":
        if not isinstance(value, list):
            raise invalid_parameter(where, repr(value))
        item = schema.items or Schema()
        return [check_json(where, item, v) for v in value]
    if kind == "string":
        if not isinstance(value, str):
            raise invalid_parameter(where, repr(value))
        _check_string(where, schema, value)
    elif kind == "boolean" and not isinstance(value, bool):
        raise invalid_parameter(where, repr(value))
    elif kind in ("integer", "number"):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (kind == "integer" and isinstance(value, float))
        ):
            raise invalid_parameter(where, repr(value))
        _check_range(where, schema, value, repr(value))
    return value


def check_variants(body: Schema, values: Mapping[str, Any]) -> None:
    """A body with rule-only ``anyOf`` variants must meet one of them (each: its enums, its required fields)."""
    if not body.any_of:
        return
    for variant in body.any_of:
        enums_hold = all(
            name not in values or sub.enum is None or values[name] in sub.enum
            for name, sub in variant.properties.items()
        )
        if enums_hold and all(values.get(name) not in (None, "") for name in variant.required):
            return
    wanted = " or ".join("+".join(v.required) for v in body.any_of if v.required)
    raise TwilioError(400, 20001, f"Missing required parameters for this request: {wanted}")


def check_query(query: dict[str, Any], params: Params, skip: frozenset[str]) -> dict[str, Any]:
    """Typed list filters (paging parameters are read elsewhere)."""
    values: dict[str, Any] = {}
    for name, parameter in query.items():
        if name in skip:
            continue
        if parameter.schema.type == "array":
            item = parameter.schema.items or Schema("string")
            listed = [check_text(name, item, raw) for raw in params.get_list(name)]
            if parameter.required and not listed:
                raise missing_parameter(name)
            if listed:
                values[name] = listed
            continue
        raw = params.get(name)
        if raw is None or (raw == "" and parameter.required):
            if parameter.required:
                raise missing_parameter(name)
            continue
        typed = check_text(name, parameter.schema, raw)
        if typed is not None:
            values[name] = typed
    return values


def check_path(path_params: dict[str, Schema], values: dict[str, str]) -> None:
    """A path SID that does not match its pattern names nothing: 404, like Twilio."""
    for name, schema in path_params.items():
        value = values.get(name, "")
        if schema.pattern is not None and not schema.pattern.search(value):
            raise unknown_resource()
