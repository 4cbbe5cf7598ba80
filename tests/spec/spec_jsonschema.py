"""Turn OpenAPI 3.0 Schema Objects into JSON Schema (2020-12) so jsonschema can check examples.

OpenAPI 3.0 differs from JSON Schema where it matters for examples:
- ``nullable: true`` allows null; JSON Schema needs ``"null"`` in ``type`` (and in ``enum``).
- ``$ref`` ignores its siblings in 3.0 (a sibling ``nullable`` does nothing), while 2020-12 applies them;
  we follow 3.0, because that is what the generator and validators do with our spec.
- Boolean ``exclusiveMinimum``/``exclusiveMaximum`` are draft-4 style.
- ``#/components/schemas/X`` references become ``#/$defs/X`` in one self-contained document.

Formats: only the ones whose meaning we know are checked (RFC 3339 ``date-time``, RFC 2822
``date-time-rfc-2822``, ISO ``date``, absolute ``uri``); custom ones (``phone-number``, ``currency``,
``decimal``...) are left alone, exactly as a client generator leaves them as plain strings.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]

Json = dict[str, Any]

_COMPONENT_PREFIX = "#/components/schemas/"
# Keywords with no JSON Schema meaning (or annotations only) that we drop while converting.
_DROPPED = frozenset({"nullable", "example", "discriminator", "xml", "externalDocs", "deprecated"})


def convert(schema: Any) -> Any:
    """Convert one OpenAPI 3.0 schema (recursively) to JSON Schema 2020-12."""
    if not isinstance(schema, Mapping):
        return schema
    if "$ref" in schema:
        ref = schema["$ref"]
        if ref.startswith(_COMPONENT_PREFIX):
            ref = "#/$defs/" + ref[len(_COMPONENT_PREFIX) :]
        return {"$ref": ref}
    out: Json = {}
    for key, value in schema.items():
        if key in _DROPPED or key.startswith("x-"):
            continue
        if key == "properties":
            out[key] = {name: convert(sub) for name, sub in value.items()}
        elif key in ("items", "not", "additionalProperties"):
            out[key] = convert(value)
        elif key in ("allOf", "oneOf", "anyOf"):
            out[key] = [convert(sub) for sub in value]
        elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
            bound = "minimum" if key == "exclusiveMinimum" else "maximum"
            if value and bound in schema:
                out[key] = schema[bound]
        elif key in ("minimum", "maximum") and schema.get(f"exclusive{key.capitalize()}") is True:
            continue  # carried by the exclusive* keyword above
        else:
            out[key] = value
    if schema.get("nullable") is True:
        if "type" in out:
            out["type"] = [out["type"], "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        else:
            # No type to widen (allOf / oneOf / untyped): null is an alternative to the whole schema.
            out = {"anyOf": [{"type": "null"}, out]}
    return out


def convert_components(doc: Json) -> Json:
    """All component schemas converted, ready to be the ``$defs`` of every schema we validate with."""
    return {name: convert(schema) for name, schema in doc.get("components", {}).get("schemas", {}).items()}


# --- Formats ----------------------------------------------------------------------------------------

FORMATS = FormatChecker(formats=())

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
# Day-of-week is optional in RFC 2822; the zone must be numeric or an obsolete name such as GMT.
_RFC2822 = re.compile(
    r"^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d{2}:\d{2}(:\d{2})? ([+-]\d{4}|UT|GMT|[ECMP][SD]T)$"
)


def _is_rfc3339(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        return False
    dt.datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))  # raises on 2015-02-30 and such
    return True


def _is_rfc2822(value: object) -> bool:
    if not isinstance(value, str):
        return True
    # parsedate_to_datetime alone is lenient (it accepts "2015-07-30" style garbage in odd ways),
    # so the shape is checked first and the calendar second.
    if not _RFC2822.match(value):
        return False
    email.utils.parsedate_to_datetime(value)
    return True


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None and bool(dt.date.fromisoformat(value))


def _is_absolute_uri(value: object) -> bool:
    # JSON Schema's "uri" is an absolute URI; a relative path such as "/2010-04-01/..." is a uri-reference.
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and (parts.scheme not in ("http", "https") or bool(parts.netloc))


# Registered by call rather than as decorators: jsonschema's ``checks`` is untyped.
FORMATS.checks("date-time", raises=ValueError)(_is_rfc3339)
FORMATS.checks("date-time-rfc-2822", raises=(ValueError, TypeError))(_is_rfc2822)
FORMATS.checks("date", raises=ValueError)(_is_date)
FORMATS.checks("uri")(_is_absolute_uri)


def validator_for(schema: Any, defs: Json) -> Draft202012Validator:
    """A validator for one OpenAPI schema, with every component available under ``#/$defs``."""
    converted = convert(schema)
    document: Json = {"$defs": defs}
    if isinstance(converted, Mapping):
        document.update(converted)
    return Draft202012Validator(document, format_checker=FORMATS)


def validation_errors(instance: Any, schema: Any, defs: Json) -> list[str]:
    """Readable errors, each prefixed with the JSON path of the offending value."""
    errors = sorted(validator_for(schema, defs).iter_errors(instance), key=lambda e: list(e.absolute_path))
    return [f"{e.json_path}: {e.message}" for e in errors]
