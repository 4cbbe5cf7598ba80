"""The generator's view of the spec, and the per-operation facts our templates need.

spec/ describes the wire truthfully. openapi-python-client needs a few adjustments it cannot
express itself; they are made here, on a copy, so the spec stays the single source of truth:

- operator filters (``DateSent<``, ``DateSent>``) would collide with ``DateSent`` as Python names,
  so they are renamed (``DateSentBefore``) and the wire name is kept in :class:`OperationFacts`;
- ``date-time-rfc-2822`` becomes ``date-time`` so those fields parse to datetimes (our datetime
  template reads both formats);
- error responses are dropped from the view: non-2xx statuses are raised by the client, so
  return types name only the success model;
- tags become short snake-case group names (module names under ``api/``);
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
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

HOSTS = {
    "https://api.twilio.com": "api",
    "https://messaging.twilio.com": "messaging",
    "https://pricing.twilio.com": "pricing",
}
OPERATOR_SUFFIXES = {"<": "Before", ">": "After"}
METHODS = ("get", "post", "put", "patch", "delete")
_TAG_PREFIX = re.compile(r"^(Api20100401|MessagingV[0-9]+)")


@dataclass
class OperationFacts:
    """What a template needs about one operation beyond what the generator parses."""

    operation_id: str
    method: str
    path: str
    host: str
    success: list[int]
    wire_names: dict[str, str] = field(default_factory=dict)  # view name -> wire name
    # body field -> (field it needs, why): the spec's x-requires, checked before sending
    requires: dict[str, tuple[str, str]] = field(default_factory=dict)
    paging: str | None = None  # "v2010" or "meta"
    items_key: str | None = None
    item_schema: str | None = None


def snake(name: str) -> str:
    """CamelCase to snake_case, as the generator does for module names."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def _ref_name(schema: dict[str, Any]) -> str | None:
    """The component a schema points to, directly or through a one-element allOf."""
    if len(schema.get("allOf", [])) == 1:
        schema = schema["allOf"][0]
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[1] if isinstance(ref, str) else None


def _paging(spec: dict[str, Any], schema_name: str | None) -> tuple[str | None, str | None, str | None]:
    """Recognise a list envelope: (style, key of the item array, item schema name)."""
    if schema_name is None:
        return None, None, None
    schema = spec["components"]["schemas"][schema_name]
    parts = schema.get("allOf", [schema]) if len(schema.get("allOf", [])) != 1 else [schema]
    style = None
    props: dict[str, Any] = {}
    for part in parts:
        if _ref_name(part) == "ApiV2010Page":
            style = "v2010"
        props.update(part.get("properties", {}))
    if "meta" in props and _ref_name(props["meta"]) == "PageMeta":
        style = "meta"
    if style is None:
        return None, None, None
    arrays = [(k, v) for k, v in props.items() if v.get("type") == "array" and k != "meta"]
    if len(arrays) != 1:
        raise ValueError(f"{schema_name}: a page must hold exactly one item array, found {[k for k, _ in arrays]}")
    key, array = arrays[0]
    return style, key, _ref_name(array["items"])


def _prepare_params(op: dict[str, Any], facts: OperationFacts) -> None:
    for param in op.get("parameters", []):
        # The generator documents a parameter from its schema; the spec describes the parameter itself.
        if param.get("description") and "description" not in param.get("schema", {}):
            param.setdefault("schema", {})["description"] = param["description"]
        wire = param["name"]
        if wire[-1] in OPERATOR_SUFFIXES:
            view_name = wire[:-1] + OPERATOR_SUFFIXES[wire[-1]]
            param["name"] = view_name
            facts.wire_names[view_name] = wire


def _body_requirements(op: dict[str, Any], facts: OperationFacts) -> None:
    """Record ``x-requires`` (a field Twilio silently ignores without another one) of the request body."""
    for content in op.get("requestBody", {}).get("content", {}).values():
        for name, prop in content.get("schema", {}).get("properties", {}).items():
            for other, reason in prop.get("x-requires", {}).items():
                facts.requires[name] = (other, reason)


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


def _name_nullable_inline_objects(schemas: dict[str, Any]) -> None:
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


def _simplify_for_the_generator(view: dict[str, Any]) -> None:
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
        yield from (item[method] for method in METHODS if method in item)


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


def _mark_response_models(view: dict[str, Any]) -> None:
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


def generator_view(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, OperationFacts]]:
    """Return (the document to feed openapi-python-client, facts keyed by operationId)."""
    view = copy.deepcopy(spec)
    _name_nullable_inline_objects(view["components"]["schemas"])
    _simplify_for_the_generator(view)
    _mark_response_models(view)
    for schema in view["components"]["schemas"].values():
        schema.pop("nullable", None)
    facts: dict[str, OperationFacts] = {}
    for path, item in view["paths"].items():
        servers = item.get("servers", [])
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            urls = [s["url"] for s in op.get("servers", servers)]
            if len(urls) != 1 or urls[0] not in HOSTS:
                raise ValueError(f"{op['operationId']}: needs exactly one known server, has {urls}")
            success = sorted(int(code) for code in op["responses"] if code.isdigit())
            success_schema = None
            for code in map(str, success):
                content = op["responses"][code].get("content", {})
                if "application/json" in content:
                    success_schema = _ref_name(content["application/json"]["schema"])
            style, key, item_schema = _paging(view, success_schema)
            op_facts = OperationFacts(
                operation_id=op["operationId"],
                method=method.upper(),
                path=path,
                host=HOSTS[urls[0]],
                success=success,
                paging=style,
                items_key=key,
                item_schema=item_schema,
            )
            _prepare_params(op, op_facts)
            _body_requirements(op, op_facts)
            op["responses"] = {code: resp for code, resp in op["responses"].items() if code.isdigit()}
            op["tags"] = [snake(_TAG_PREFIX.sub("", tag)) for tag in op.get("tags", ["default"])]
            facts[op["operationId"]] = op_facts
    return view, facts
