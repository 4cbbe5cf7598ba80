"""The facts of an OpenAPI description, free of prose: what the snapshot keeps and what drift compares.

One reader for both sides: Twilio's official files (``generator/upstream.py`` turns them into the
snapshot under ``spec/upstream/``) and our curated spec (the bundle of ``spec/``). For every operation
it keeps the host, method, path and operationId; for every parameter its location, wire name,
required-ness and constraints; for request and response bodies a schema tree with ``$ref`` and
``allOf`` resolved, keeping only type, format, enum, pattern, nullability, required names,
properties, items and ``oneOf``/``anyOf`` variants; and example payloads as data. Descriptions and
summaries are dropped. With ``notes=True`` (our spec) each node also carries its ``x-curated`` notes,
so drift can tell a deliberate difference from an unexplained one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

Json = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
CONSTRAINTS = ("type", "format", "enum", "pattern", "nullable")
VARIANTS = ("oneOf", "anyOf")
NOTE = "x-curated"
_MAX_DEPTH = 12  # a guard against recursive schemas; the deepest real nesting is 5


def resolve(doc: Json, node: Any) -> Any:
    """Follow a chain of local ``$ref`` (``#/a/b``) to the node it names."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = str(node["$ref"])
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"cannot resolve {ref}")
        seen.add(ref)
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _notes(doc: Json, node: Any) -> list[str]:
    """x-curated notes on a node and every node its ``$ref`` chain passes through."""
    found: list[str] = []
    seen: set[str] = set()
    while isinstance(node, Mapping):
        if NOTE in node:
            found.append(str(node[NOTE]))
        ref = node.get("$ref")
        if ref is None or ref in seen:
            break
        seen.add(str(ref))
        node = resolve(doc, {"$ref": ref})
    return found


def schema_facts(doc: Json, schema: Any, notes: bool = False, depth: int = 0) -> Json:
    """A schema as a facts-only tree: refs and ``allOf`` resolved, prose dropped."""
    facts: Json = {}
    if depth > _MAX_DEPTH:
        return facts
    node = resolve(doc, schema)
    if not isinstance(node, Mapping):
        return facts
    for member in node.get("allOf", []):  # members first: the node's own keywords win
        _merge(facts, schema_facts(doc, member, notes, depth + 1))
    for key in CONSTRAINTS:
        if key in node:
            facts[key] = list(node[key]) if key == "enum" else node[key]
    if node.get("required"):
        facts["required"] = sorted(set(facts.get("required", [])) | set(node["required"]))
    properties = {name: schema_facts(doc, sub, notes, depth + 1) for name, sub in node.get("properties", {}).items()}
    if properties:
        facts["properties"] = {**facts.get("properties", {}), **properties}
    if isinstance(node.get("items"), Mapping):
        facts["items"] = schema_facts(doc, node["items"], notes, depth + 1)
    for key in VARIANTS:
        if node.get(key) and not _rules_only(doc, node[key]):
            facts[key] = [schema_facts(doc, member, notes, depth + 1) for member in node[key]]
    if notes:
        found = _notes(doc, schema) + [n for m in node.get("allOf", []) for n in _notes(doc, m)]
        if found:
            facts["notes"] = sorted(set(facts.get("notes", [])) | set(found))
    return facts


def _rules_only(doc: Json, members: list[Any]) -> bool:
    """True for a combinator that only adds rules (``anyOf: [{required: [From]}, ...]``), not shapes."""
    for member in members:
        node = resolve(doc, member)
        if not isinstance(node, Mapping) or "$ref" in member or "type" in node or any(k in node for k in VARIANTS):
            return False
        if any(isinstance(sub, Mapping) and "type" in sub for sub in node.get("properties", {}).values()):
            return False
    return True


def _merge(target: Json, source: Json) -> None:
    for key, value in source.items():
        if key == "properties":
            target.setdefault("properties", {}).update(value)
        elif key in ("required", "notes"):
            target[key] = sorted(set(target.get(key, [])) | set(value))
        else:
            target[key] = value


def _examples(media: Mapping[str, Any]) -> Json:
    """Example payloads of a media type, by name (their summaries and descriptions are prose)."""
    found: Json = {}
    if "example" in media:
        found["example"] = media["example"]
    for name, example in media.get("examples", {}).items():
        if isinstance(example, Mapping) and "value" in example:
            found[name] = example["value"]
    return found


def _content(doc: Json, holder: Mapping[str, Any], notes: bool) -> Json:
    content: Json = {}
    for media_type, media in holder.get("content", {}).items():
        entry: Json = {"schema": schema_facts(doc, media.get("schema", {}), notes)}
        examples = _examples(media)
        if examples:
            entry["examples"] = examples
        content[media_type] = entry
    return content


def _parameter_facts(doc: Json, raw: Any, notes: bool) -> Json:
    param = resolve(doc, raw)
    facts: Json = {"in": param.get("in"), "name": param.get("name"), "required": bool(param.get("required"))}
    schema = schema_facts(doc, param.get("schema", {}), notes)
    facts.update({key: schema[key] for key in CONSTRAINTS if key in schema})
    if "items" in schema:
        facts["items"] = {key: schema["items"][key] for key in CONSTRAINTS if key in schema["items"]}
    if notes:
        found = sorted(set(_notes(doc, raw) + _notes(doc, param) + schema.get("notes", [])))
        if found:
            facts["notes"] = found
    return facts


def _host(*levels: Mapping[str, Any]) -> str:
    for level in levels:
        servers = level.get("servers")
        if servers:
            return str(servers[0]["url"]).rstrip("/")
    return ""


def operation_facts(doc: Json, notes: bool = False) -> dict[str, Json]:
    """Every operation of a document, keyed ``METHOD /path``, as facts."""
    operations: dict[str, Json] = {}
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            params = {}
            for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
                facts = _parameter_facts(doc, raw, notes)
                params[f"{facts['in']}:{facts['name']}"] = facts
            entry: Json = {
                "host": _host(op, item, doc),
                "method": method.upper(),
                "path": path,
                "operationId": op.get("operationId"),
                "parameters": params,
                "responses": {
                    str(status): {"content": _content(doc, resolve(doc, response), notes)}
                    for status, response in op.get("responses", {}).items()
                },
            }
            if "requestBody" in op:
                body = resolve(doc, op["requestBody"])
                entry["requestBody"] = {"required": bool(body.get("required")), "content": _content(doc, body, notes)}
                if notes and _notes(doc, op["requestBody"]):
                    entry["requestBody"]["notes"] = _notes(doc, op["requestBody"])
            if notes and _notes(doc, op):
                entry["notes"] = _notes(doc, op)
            operations[f"{method.upper()} {path}"] = entry
    return operations


# --- Flattening: a schema tree as field paths (``meta.page``, ``messages[].sid``) ---------------------


def iter_fields(tree: Json, prefix: str = "") -> Iterator[tuple[str, Json, Json]]:
    """``(path, field facts, parent facts)`` for every property under a facts tree.

    The fields of every ``oneOf``/``anyOf`` variant count, each variant on its own: a field two
    variants share is yielded twice (once per variant), so a version the spec leaves out shows.
    """
    for key in VARIANTS:
        for variant in tree.get(key, []):
            yield from iter_fields(variant, prefix)
    required = set(tree.get("required", []))
    for name, sub in tree.get("properties", {}).items():
        path = f"{prefix}{name}"
        yield path, {**sub, "required": name in required}, tree
        if "items" in sub:
            yield from iter_fields(sub["items"], f"{path}[].")
        else:
            yield from iter_fields(sub, f"{path}.")


def field_map(tree: Json) -> dict[str, tuple[Json, Json]]:
    """Field path -> (facts, parent facts); where variants share a path, the first one wins."""
    fields: dict[str, tuple[Json, Json]] = {}
    for path, facts, parent in iter_fields(tree):
        fields.setdefault(path, (facts, parent))
    return fields
