"""Schema rewrites for openapi-python-client, made on the generator's copy of the spec (:mod:`generator.view`).

- ``date-time-rfc-2822`` becomes ``date-time`` so those fields parse to datetimes (our datetime
  template reads both formats);
- object-level ``allOf``/``anyOf``/``oneOf`` groups that only constrain (e.g. "From or
  MessagingServiceSid is required") are dropped: they describe rules, not types, and the generator
  would otherwise turn the request into a union; Twilio (and Prism, the emulator) still enforce them;
- inline objects under nullable properties (and their array items) become named components
  (``Message.subresource_uris`` -> ``MessageSubresourceUris``), or the generator names them
  ``...Type0`` classes;
- nullability lives on references, not on components, and enums lose their ``null`` member: the
  spec needs both so validators accept null responses (OpenAPI 3.0.3), but the generator would turn
  them into ``XType0`` wrapper classes. Null-safety comes from the ``nullable`` references;
- response models (every object a 2xx response can carry) get every property ``required`` and an
  ``x-response`` mark: Twilio sends every field of a resource, null when empty, so a field is typed
  ``T`` or, where the spec says ``nullable``, ``T | None`` -- never "unset". An object both a request
  and a response use is split: responses get a ``<Name>Response`` copy, requests keep optional fields.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from generator.facts import HTTP_METHODS


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in the document, depth first, leaving example data alone."""
    if isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


_COMBINATORS = ("allOf", "anyOf", "oneOf")
_SCHEMA_REF = "#/components/schemas/"


def _constraint_only(schema: Any) -> bool:
    """True for a subschema that adds rules (required, lengths...) but no type of its own."""
    if not isinstance(schema, dict) or "$ref" in schema or "type" in schema:
        return False
    props = schema.get("properties", {})
    if any("$ref" in p or "type" in p for p in props.values()):
        return False
    return all(_constraint_only(member) for key in _COMBINATORS for member in schema.get(key, []))


def _drop_constraint_groups(view: dict[str, Any]) -> None:
    for node in list(_nodes(view)):
        if "properties" in node:
            for key in _COMBINATORS:
                if key in node and all(_constraint_only(member) for member in node[key]):
                    del node[key]


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def _is_inline_object(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "object" and "$ref" not in schema


def name_nullable_inline_objects(schemas: dict[str, Any]) -> None:
    """Move inline objects found under nullable properties into components of their own."""
    pending = list(schemas)
    while pending:
        owner = pending.pop()
        for prop_name, prop in schemas[owner].get("properties", {}).items():
            if not (isinstance(prop, dict) and prop.get("nullable")):
                continue
            if _is_inline_object(prop):
                target, holder, key = f"{owner}{_camel(prop_name)}", schemas[owner]["properties"], prop_name
            elif prop.get("type") == "array" and _is_inline_object(prop.get("items")):
                target, holder, key = f"{owner}{_camel(prop_name)}Item", prop, "items"
            else:
                continue
            if target in schemas:
                raise ValueError(f"{owner}.{prop_name}: a component named {target} already exists")
            inline = {k: v for k, v in holder[key].items() if k not in ("nullable", "description")}
            schemas[target] = inline
            ref = {"$ref": f"#/components/schemas/{target}"}
            if key == "items":
                holder["items"] = ref
            else:
                holder[key] = {"description": prop.get("description", ""), "nullable": True, "allOf": [ref]}
            pending.append(target)


def simplify_for_the_generator(view: dict[str, Any]) -> None:
    """Per node: no null enum members, no rule-only combinators, RFC 2822 read as date-time."""
    for node in list(_nodes(view)):
        if isinstance(node.get("enum"), list) and None in node["enum"]:
            node["enum"] = [value for value in node["enum"] if value is not None]
        if node.get("format") == "date-time-rfc-2822":
            node["format"] = "date-time"
    _drop_constraint_groups(view)


def _refs(node: Any) -> Iterator[str]:
    """Names of the components a schema node points to directly (not through other components)."""
    for child in _nodes(node):
        ref = child.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
            yield ref[len(_SCHEMA_REF) :]


def _reachable(schemas: dict[str, Any], roots: Iterator[str]) -> set[str]:
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending.extend(_refs(schemas[name]))
    return seen


def _operations(view: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in view["paths"].values():
        yield from (item[method] for method in HTTP_METHODS if method in item)


def _is_object(schema: dict[str, Any]) -> bool:
    return "properties" in schema or schema.get("type") == "object" or "allOf" in schema


def _mark_required(schema: Any) -> None:
    """Every property of this object (and of inline objects inside it) is always sent."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    if "properties" in schema:
        schema["required"] = list(schema["properties"])
        schema["x-response"] = True
    for key, value in schema.items():
        if key in ("properties",):
            for prop in value.values():
                _mark_required(prop)
        elif key in ("items", "additionalProperties"):
            _mark_required(value)
        elif key in _COMBINATORS:
            for member in value:
                _mark_required(member)


def mark_response_models(view: dict[str, Any]) -> None:
    schemas = view["components"]["schemas"]
    success = [
        response.get("content", {})
        for op in _operations(view)
        for code, response in op["responses"].items()
        if code.isdigit()  # every documented status is a success (errors are raised, see above)
    ]
    requests = [[op.get("requestBody", {}), op.get("parameters", [])] for op in _operations(view)]
    in_requests = _reachable(schemas, (name for node in requests for name in _refs(node)))
    in_responses = _reachable(schemas, (name for node in success for name in _refs(node)))
    shared = {name for name in in_requests & in_responses if _is_object(schemas[name])}
    for name in shared:  # responses use a copy, so the request model keeps its optional fields
        schemas[f"{name}Response"] = copy.deepcopy(schemas[name])
    response_models = (in_responses - shared) | {f"{name}Response" for name in shared}
    for root in [*success, *(schemas[name] for name in response_models)]:
        for node in _nodes(root):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref[len(_SCHEMA_REF) :] in shared:
                node["$ref"] = f"{ref}Response"
    for name in response_models:
        if _is_object(schemas[name]):
            _mark_required(schemas[name])
