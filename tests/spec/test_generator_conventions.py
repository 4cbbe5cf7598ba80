"""Conventions openapi-python-client 0.29.1 needs from the spec (design.md section 2).

Each rule exists because breaking it was seen to produce a wrong or crashing client:
- duplicate operationIds collide into one module;
- a sibling of ``$ref`` (``nullable``, ``description``...) is silently ignored;
- a request property's ``default`` is always sent, even when the caller did not set it;
- a request body is optional unless ``requestBody.required: true``, even with required fields;
- Prism needs ``encoding: {style: form, explode: true}`` to accept repeated keys (``MediaUrl=a&MediaUrl=b``);
- an inline object under a nullable array or property generates a model whose ``from_dict`` raises
  ``ModuleNotFoundError``: such objects must be named components.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from spec_tools import Json, Operation, SchemaSite, all_schema_sites, deref, iter_operations, iter_refs, load_bundle

FORM = "application/x-www-form-urlencoded"

OPERATIONS = list(iter_operations(load_bundle()))
WITH_BODY = [op for op in OPERATIONS if op.request_body().get("content")]
FORM_BODIES = [op for op in WITH_BODY if FORM in op.request_body()["content"]]


def test_operation_ids_unique() -> None:
    counts = Counter(op.op.get("operationId") for op in OPERATIONS)
    without = [op.key for op in OPERATIONS if not op.op.get("operationId")]
    duplicates = {op_id: n for op_id, n in counts.items() if op_id and n > 1}
    assert not without, f"operations without an operationId: {without}"
    assert not duplicates, f"duplicate operationIds: {duplicates}"


def test_no_ref_has_siblings() -> None:
    offenders = [
        f"{where}: $ref {node['$ref']} with {sorted(set(node) - {'$ref'})}"
        for where, node in iter_refs(load_bundle())
        if set(node) - {"$ref"}
    ]
    assert not offenders, "write `allOf: [{$ref}]` (plus nullable etc.) instead:\n  " + "\n  ".join(offenders)


def _request_sites(operation: Operation) -> Iterator[tuple[str, str, Json]]:
    """(media type, dotted path, schema) for every schema in a request body, following refs, no cycles."""
    doc = operation.doc

    def walk(schema: Any, path: str, seen: frozenset[str]) -> Iterator[tuple[str, Json]]:
        if not isinstance(schema, Mapping):
            return
        ref = schema.get("$ref")
        if ref in seen:
            return
        node = deref(doc, schema)
        seen = seen | {ref} if ref else seen
        yield path, node
        for name, sub in node.get("properties", {}).items():
            yield from walk(sub, f"{path}.{name}" if path else name, seen)
        if isinstance(node.get("items"), Mapping):
            yield from walk(node["items"], f"{path}[]", seen)
        for key in ("allOf", "oneOf", "anyOf"):
            for sub in node.get(key, []):
                yield from walk(sub, path, seen)

    for media_type, media in operation.request_body().get("content", {}).items():
        for path, node in walk(media.get("schema", {}), "", frozenset()):
            yield media_type, path, node


@pytest.mark.parametrize("operation", WITH_BODY, ids=lambda op: op.label)
def test_request_properties_have_no_default(operation: Operation) -> None:
    with_default = [
        f"{media_type} {path} (default {node['default']!r})"
        for media_type, path, node in _request_sites(operation)
        if path and "default" in node
    ]
    assert not with_default, f"{operation.label}: request properties with a default: {with_default}"


@pytest.mark.parametrize("operation", WITH_BODY, ids=lambda op: op.label)
def test_body_with_required_fields_is_required(operation: Operation) -> None:
    body = operation.request_body()
    required_fields = {
        media_type: deref(operation.doc, media.get("schema", {})).get("required", [])
        for media_type, media in body["content"].items()
    }
    if any(required_fields.values()):
        assert body.get("required") is True, (
            f"{operation.label}: body has required fields {required_fields} but not requestBody.required: true"
        )


@pytest.mark.parametrize("operation", FORM_BODIES, ids=lambda op: op.label)
def test_form_arrays_declare_exploded_encoding(operation: Operation) -> None:
    media = operation.request_body()["content"][FORM]
    schema = deref(operation.doc, media.get("schema", {}))
    encoding = media.get("encoding", {})
    wrong = []
    for name, prop in schema.get("properties", {}).items():
        if deref(operation.doc, prop).get("type") != "array":
            continue
        declared = encoding.get(name, {})
        if declared.get("style") != "form" or declared.get("explode") is not True:
            wrong.append(f"{name} (encoding {declared or 'missing'})")
    assert not wrong, f"{operation.label}: array fields need encoding {{style: form, explode: true}}: {wrong}"


def _is_inline_object(schema: Any) -> bool:
    return isinstance(schema, Mapping) and "$ref" not in schema and bool(schema.get("properties"))


def _inline_object_offence(site: SchemaSite) -> str | None:
    node = site.schema
    if "$ref" in node:
        return None
    nullable = node.get("nullable") is True
    if nullable and node.get("type") == "array" and _is_inline_object(node.get("items")):
        return f"{site.where}[]: inline object in a nullable array"
    if nullable and site.is_property and _is_inline_object(node):
        return f"{site.where}: inline object as a nullable property"
    return None


def test_no_inline_objects_under_nullable() -> None:
    offences = sorted({o for site in all_schema_sites(load_bundle()) if (o := _inline_object_offence(site))})
    assert not offences, "move these objects to named components:\n  " + "\n  ".join(offences)
