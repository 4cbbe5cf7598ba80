"""The generator's view of the spec, and the per-operation facts our templates need.

spec/ describes the wire truthfully. openapi-python-client needs a few adjustments it cannot
express itself; they are made here, on a copy, so the spec stays the single source of truth:

- operator filters (``DateSent<``, ``DateSent>``) would collide with ``DateSent`` as Python names,
  so they are renamed (``DateSentBefore``) and the wire name is kept in :class:`OperationFacts`;
- error responses are dropped from the view: non-2xx statuses are raised by the client, so
  return types name only the success model;
- tags become short snake-case group names (module names under ``api/``);
- schemas are reshaped for the generator (:mod:`generator.schema_rewrites`).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from generator import schema_rewrites

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


def generator_view(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, OperationFacts]]:
    """Return (the document to feed openapi-python-client, facts keyed by operationId)."""
    view = copy.deepcopy(spec)
    schema_rewrites.name_nullable_inline_objects(view["components"]["schemas"])
    schema_rewrites.simplify_for_the_generator(view)
    schema_rewrites.mark_response_models(view)
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
