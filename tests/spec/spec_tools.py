"""Shared helpers for the spec tests: load the bundle, walk operations and schemas, resolve refs.

The walkers are structure-aware on purpose. A naive "recurse into every dict" walk confuses property
names with keywords (ChannelsSender has a property called ``properties``) and treats example payloads
as spec, so every walker here knows which keys hold names, which hold schemas and which hold data.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]

# `generator` is a top-level directory of the checkout, not an installed package; pytest's default
# import mode only puts this test directory on sys.path, so make the checkout importable.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from generator.bundle import bundle  # noqa: E402

Json = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keys of a Schema Object whose value is one subschema / a list of subschemas / a map of name -> subschema.
SCHEMA_SINGLE = ("items", "not", "additionalProperties")
SCHEMA_LISTS = ("allOf", "oneOf", "anyOf")


@functools.cache
def load_bundle() -> Json:
    """The merged spec exactly as the generator sees it (cached: treat it as read-only)."""
    doc: Json = bundle()
    return doc


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    path_item: Json
    op: Json
    doc: Json = field(repr=False, compare=False)

    @property
    def key(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def label(self) -> str:
        """What a failing test is named after: operationId plus method and path."""
        return f"{self.op.get('operationId', '<no operationId>')} {self.key}"

    def parameters(self) -> list[Json]:
        """Path-level parameters overridden by operation-level ones (same in + name), as OpenAPI says."""
        merged: dict[tuple[str, str], Json] = {}
        for raw in [*self.path_item.get("parameters", []), *self.op.get("parameters", [])]:
            param = deref(self.doc, raw)
            merged[(param.get("in", ""), param.get("name", ""))] = param
        return list(merged.values())

    def request_body(self) -> Json:
        """The request body object ({} when there is none), through a ``$ref`` if need be."""
        body: Json = deref(self.doc, self.op.get("requestBody", {}))
        return body

    def responses(self) -> dict[str, Json]:
        return {status: deref(self.doc, response) for status, response in self.op.get("responses", {}).items()}


def iter_operations(doc: Json) -> Iterator[Operation]:
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(method, path, item, item[method], doc)


def resolve_pointer(doc: Json, ref: str) -> Any:
    """Resolve a local JSON pointer (``#/a/b``); raise KeyError naming the ref if it does not resolve."""
    if not ref.startswith("#/"):
        raise KeyError(f"{ref}: not a local reference")
    node: Any = doc
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(f"{ref}: no {part!r}")
    return node


def deref(doc: Json, node: Any) -> Any:
    """Follow a chain of ``$ref`` until a non-reference node (siblings of ``$ref`` are ignored, as in 3.0)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"reference cycle through {ref}")
        seen.add(ref)
        node = resolve_pointer(doc, ref)
    return node


def ref_chain(doc: Json, node: Any) -> list[Json]:
    """The node and every node its ``$ref`` chain passes through (to look for notes such as x-curated)."""
    chain: list[Json] = []
    seen: set[str] = set()
    while isinstance(node, Mapping):
        chain.append(dict(node))
        ref = node.get("$ref")
        if ref is None or ref in seen:
            break
        seen.add(ref)
        node = resolve_pointer(doc, ref)
    return chain


# --- Schema locations -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SchemaSite:
    """A schema found in the document: where it is, and its role (so rules can tell a property apart)."""

    where: str
    schema: Json
    is_property: bool = False
    parent: Json | None = None


def _media_schemas(content: Mapping[str, Any], where: str) -> Iterator[tuple[str, Json]]:
    for media_type, media in content.items():
        if isinstance(media, Mapping) and isinstance(media.get("schema"), Mapping):
            yield f"{where} {media_type}", media["schema"]


def root_schemas(doc: Json) -> Iterator[tuple[str, Json]]:
    """Every place a schema tree starts: components, parameters, request and response bodies, headers."""
    components = doc.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        yield f"components/schemas/{name}", schema
    for name, param in components.get("parameters", {}).items():
        if "schema" in param:
            yield f"components/parameters/{name}", param["schema"]
    for name, body in components.get("requestBodies", {}).items():
        yield from _media_schemas(body.get("content", {}), f"components/requestBodies/{name}")
    for name, response in components.get("responses", {}).items():
        yield from _media_schemas(response.get("content", {}), f"components/responses/{name}")
    for operation in iter_operations(doc):
        for param in operation.parameters():
            if isinstance(param.get("schema"), Mapping):
                yield f"{operation.label} parameter {param.get('in')}:{param.get('name')}", param["schema"]
        body = operation.request_body()
        yield from _media_schemas(body.get("content", {}), f"{operation.label} requestBody")
        for status, response in operation.responses().items():
            yield from _media_schemas(response.get("content", {}), f"{operation.label} response {status}")
            for header, spec in response.get("headers", {}).items():
                if isinstance(spec.get("schema"), Mapping):
                    yield f"{operation.label} response {status} header {header}", spec["schema"]


def walk_schema(schema: Json, where: str) -> Iterator[SchemaSite]:
    """Every schema node inside one schema tree, without following ``$ref`` (targets are walked on their own)."""
    stack: list[SchemaSite] = [SchemaSite(where, schema)]
    while stack:
        site = stack.pop()
        yield site
        node = site.schema
        if "$ref" in node:
            continue
        for name, sub in node.get("properties", {}).items():
            if isinstance(sub, dict):
                stack.append(SchemaSite(f"{site.where}.{name}", sub, is_property=True, parent=node))
        for key in SCHEMA_SINGLE:
            sub = node.get(key)
            if isinstance(sub, dict):
                suffix = "[]" if key == "items" else f"/{key}"
                stack.append(SchemaSite(f"{site.where}{suffix}", sub, parent=node))
        for key in SCHEMA_LISTS:
            for index, sub in enumerate(node.get(key, [])):
                stack.append(SchemaSite(f"{site.where}/{key}/{index}", sub, parent=node))


def all_schema_sites(doc: Json) -> Iterator[SchemaSite]:
    for where, schema in root_schemas(doc):
        yield from walk_schema(schema, where)


# --- Generic spec walk (for $ref checks) ------------------------------------------------------------

# Keys whose value maps user-chosen names to spec objects; the names must never be read as keywords.
_NAME_MAPS = frozenset(
    {
        "paths",
        "properties",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "content",
        "encoding",
        "variables",
        "examples",
    }
)
# Keys whose value is data (an example payload), never spec.
_DATA_KEYS = frozenset({"example", "value", "default", "enum", "const"})


def iter_refs(node: Any, where: str = "#", in_name_map: bool = False) -> Iterator[tuple[str, Json]]:
    """Yield ``(location, node)`` for every spec object that carries a ``$ref``.

    ``parameters`` is a list in operations and a name map in components; both are handled because a
    list is always walked item by item.
    """
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from iter_refs(item, f"{where}/{index}")
        return
    if not isinstance(node, Mapping):
        return
    if not in_name_map and isinstance(node.get("$ref"), str):
        yield where, dict(node)
    for key, value in node.items():
        child = f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}"
        if in_name_map:
            yield from iter_refs(value, child)
        elif key in _DATA_KEYS or str(key).startswith("x-"):
            continue
        else:
            yield from iter_refs(value, child, in_name_map=key in _NAME_MAPS and isinstance(value, Mapping))
