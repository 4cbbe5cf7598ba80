"""Compare our curated spec with Twilio's own description (the reference: the source of facts).

Operations are matched by HTTP method + path, never by operationId (ours renames some). For each
reference operation we check that ours carries every parameter (``in`` + ``name``), every request body
field (content type + property path) and every response field (status + content type + property path,
through refs, ``allOf``, list items and nested objects), and that each one's ``type`` agrees unless ours
documents the deviation with an ``x-curated`` note on the schema/parameter or on its parent.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spec_tools import REPO_ROOT, Json, Operation, deref, iter_operations, load_bundle, ref_chain

REFERENCE_ENV = "TWILIO_OAI_REFERENCE"
# In CI /work/shared sits beside the checkout, i.e. at ../shared relative to the repo root.
DEFAULT_REFERENCE_DIR = REPO_ROOT / ".." / "shared" / "reference" / "twilio-oai"
CURATED = "x-curated"


def reference_dir() -> Path:
    return Path(os.environ.get(REFERENCE_ENV) or DEFAULT_REFERENCE_DIR).resolve()


def reference_missing_message() -> str | None:
    """Why the reference cannot be read, or None when it can."""
    directory = reference_dir()
    if not directory.is_dir() or not any(directory.glob("*.json")):
        return (
            f"Twilio reference OpenAPI files not found in {directory}. The comparison with the reference "
            f"cannot run: put twilio-oai/*.json at {DEFAULT_REFERENCE_DIR} (../shared beside the checkout) "
            f"or point ${REFERENCE_ENV} at the directory holding them."
        )
    return None


@dataclass(frozen=True)
class RefOperation:
    """One reference operation, with the document it lives in (its refs resolve there)."""

    doc: Json
    operation: Operation
    host: str

    @property
    def key(self) -> str:
        return self.operation.key

    @property
    def label(self) -> str:
        return self.operation.label


def _servers_url(*levels: Mapping[str, Any]) -> str | None:
    for level in levels:
        servers = level.get("servers")
        if servers:
            return str(servers[0]["url"]).rstrip("/")
    return None


def load_reference() -> list[RefOperation]:
    operations: list[RefOperation] = []
    for file in sorted(reference_dir().glob("*.json")):
        doc = json.loads(file.read_text(encoding="utf-8"))
        for op in iter_operations(doc):
            host = _servers_url(op.op, op.path_item, doc) or ""
            operations.append(RefOperation(doc, op, host))
    return operations


def our_operations() -> dict[str, Operation]:
    return {op.key: op for op in iter_operations(load_bundle())}


# --- Field extraction -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldInfo:
    type: str | None
    curated: bool  # an x-curated note on the field's schema chain or on its parent object


def schema_type(doc: Json, schema: Any) -> str | None:
    """The effective ``type`` of a schema: through refs and, for ``allOf`` wrappers, from the members."""
    node = deref(doc, schema)
    if not isinstance(node, Mapping):
        return None
    if "type" in node:
        return str(node["type"])
    for member in node.get("allOf", []):
        member_type = schema_type(doc, member)
        if member_type is not None:
            return member_type
    return None


def _has_note(doc: Json, schema: Any) -> bool:
    """x-curated anywhere on the schema's ref chain, or on an allOf member's chain."""
    for node in ref_chain(doc, schema):
        if CURATED in node:
            return True
        if any(_has_note(doc, member) for member in node.get("allOf", [])):
            return True
    return False


def _object_properties(doc: Json, schema: Any) -> dict[str, Any]:
    """Properties of an object schema, merged across refs and allOf members."""
    node = deref(doc, schema)
    if not isinstance(node, Mapping):
        return {}
    merged: dict[str, Any] = {}
    for member in node.get("allOf", []):
        merged.update(_object_properties(doc, member))
    merged.update(node.get("properties", {}))
    return merged


def _array_items(doc: Json, schema: Any) -> Any:
    node = deref(doc, schema)
    if isinstance(node, Mapping):
        if "items" in node:
            return node["items"]
        for member in node.get("allOf", []):
            items = _array_items(doc, member)
            if items is not None:
                return items
    return None


def schema_fields(doc: Json, schema: Any, prefix: str = "", depth: int = 0) -> dict[str, FieldInfo]:
    """Every property path under a schema: ``messages[].sid``, ``meta.page``, ``profile.emails[].label``."""
    fields: dict[str, FieldInfo] = {}
    if depth > 12:  # a guard against recursive schemas; our deepest real nesting is 4
        return fields
    parent_curated = _has_note(doc, schema)
    for name, sub in _object_properties(doc, schema).items():
        path = f"{prefix}{name}"
        fields[path] = FieldInfo(schema_type(doc, sub), parent_curated or _has_note(doc, sub))
        fields.update(_nested_fields(doc, sub, path, depth))
    return fields


def _nested_fields(doc: Json, schema: Any, path: str, depth: int) -> dict[str, FieldInfo]:
    items = _array_items(doc, schema)
    if items is not None:
        return schema_fields(doc, items, f"{path}[].", depth + 1)
    return schema_fields(doc, schema, f"{path}.", depth + 1)


# --- Comparison -------------------------------------------------------------------------------------


CATEGORIES = ("operations", "parameters", "request fields", "response fields")


@dataclass
class Tally:
    """Counts across the comparison (for the summary) and the problems found."""

    checked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    present: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    type_deviations_documented: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for category in CATEGORIES:
            self.checked[category] += other.checked[category]
            self.present[category] += other.present[category]
        self.type_deviations_documented += other.type_deviations_documented
        self.problems.extend(other.problems)

    def summary(self) -> str:
        parts = [f"{self.present[c]}/{self.checked[c]} {c}" for c in CATEGORIES]
        return (
            ", ".join(parts)
            + f"; {self.type_deviations_documented} documented type deviations (x-curated)"
            + f"; {len(self.problems)} problems"
        )


def _compare_type(tally: Tally, what: str, ref_type: str | None, ours: FieldInfo) -> None:
    if ref_type is None or ref_type == ours.type:
        return
    if ours.curated:
        tally.type_deviations_documented += 1
    else:
        tally.problems.append(
            f"{what}: type {ours.type!r}, reference says {ref_type!r} (no x-curated note explains it)"
        )


def _compare_fields(
    tally: Tally, category: str, what: str, ref_fields: dict[str, FieldInfo], our_fields: dict[str, FieldInfo]
) -> None:
    for path, ref_info in ref_fields.items():
        tally.checked[category] += 1
        ours = our_fields.get(path)
        if ours is None:
            tally.problems.append(f"{what}: missing field {path!r}")
            continue
        tally.present[category] += 1
        _compare_type(tally, f"{what} field {path!r}", ref_info.type, ours)


def _content_schemas(holder: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    for media_type, media in holder.get("content", {}).items():
        yield media_type, media.get("schema", {})


def compare_operation(ref: RefOperation, ours_by_key: dict[str, Operation], our_doc: Json) -> Tally:
    tally = Tally()
    tally.checked["operations"] += 1
    ours = ours_by_key.get(ref.key)
    ref_op = ref.operation
    if ours is None:
        tally.problems.append(f"missing operation {ref.key} (reference operationId {ref_op.op.get('operationId')})")
        # Count what is missing with it, so the summary's denominators do not depend on what we have.
        tally.checked["parameters"] += len(ref_op.parameters())
        for _, schema in _content_schemas(ref_op.request_body()):
            tally.checked["request fields"] += len(schema_fields(ref.doc, schema))
        for response in ref_op.responses().values():
            for _, schema in _content_schemas(response):
                tally.checked["response fields"] += len(schema_fields(ref.doc, schema))
        return tally
    tally.present["operations"] += 1

    our_params = {(p.get("in"), p.get("name")): p for p in ours.parameters()}
    for param in ref_op.parameters():
        tally.checked["parameters"] += 1
        where, name = param.get("in"), param.get("name")
        mine = our_params.get((where, name))
        if mine is None:
            tally.problems.append(f"missing parameter {where}:{name}")
            continue
        tally.present["parameters"] += 1
        info = FieldInfo(
            schema_type(our_doc, mine.get("schema", {})),
            CURATED in mine or _has_note(our_doc, mine.get("schema", {})),
        )
        _compare_type(tally, f"parameter {where}:{name}", schema_type(ref.doc, param.get("schema", {})), info)

    our_body = ours.request_body().get("content", {})
    for media_type, schema in _content_schemas(ref_op.request_body()):
        ref_fields = schema_fields(ref.doc, schema)
        if media_type not in our_body:
            tally.checked["request fields"] += len(ref_fields)
            tally.problems.append(f"requestBody: missing content type {media_type}")
            continue
        our_fields = schema_fields(our_doc, our_body[media_type].get("schema", {}))
        _compare_fields(tally, "request fields", f"requestBody {media_type}", ref_fields, our_fields)

    # The reference documents success responses only (2xx, and 307 for Deactivations); check them all.
    our_responses = ours.responses()
    for status, response in ref_op.responses().items():
        for media_type, schema in _content_schemas(response):
            ref_fields = schema_fields(ref.doc, schema)
            mine = our_responses.get(status, {}).get("content", {}).get(media_type)
            if mine is None:
                tally.checked["response fields"] += len(ref_fields)
                tally.problems.append(f"response {status}: missing (content type {media_type})")
                continue
            our_fields = schema_fields(our_doc, mine.get("schema", {}))
            _compare_fields(tally, "response fields", f"response {status} {media_type}", ref_fields, our_fields)
    return tally


def compare_all() -> Tally:
    our_doc = load_bundle()
    ours_by_key = our_operations()
    total = Tally()
    for ref in load_reference():
        total.add(compare_operation(ref, ours_by_key, our_doc))
    return total
