"""A compact, resolved view of one OpenAPI schema node (``$ref`` and ``allOf`` merged)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

MISSING: Any = object()  # "the spec states no default / example"


@dataclass(frozen=True)
class Schema:
    type: str = ""  # string | boolean | integer | number | array | object | "" (anything)
    nullable: bool = False
    enum: tuple[Any, ...] | None = None
    pattern: re.Pattern[str] | None = None
    format: str = ""
    default: Any = MISSING
    example: Any = MISSING
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    items: Schema | None = None
    properties: dict[str, Schema] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    closed: bool = False  # additionalProperties: false
    any_of: tuple[Schema, ...] = ()  # rule-only variants: one must hold (a required set, an enum per field)

    @property
    def sid_prefix(self) -> str | None:
        """``MG`` for a pattern like ``^MG[0-9a-fA-F]{32}$`` (a SID), else None."""
        if self.pattern is None:
            return None
        found = re.match(r"\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$", self.pattern.pattern)
        return found.group(1) if found else None


class Resolver:
    """Turns raw schema nodes of one document into :class:`Schema` objects (memoised by ``$ref``)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._document = document
        self._refs: dict[str, Schema] = {}

    def deref(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self._document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def schema(self, node: dict[str, Any] | None) -> Schema:
        if not node:
            return Schema()
        ref = node.get("$ref")
        if ref is not None and len(node) == 1:
            cached = self._refs.get(ref)
            if cached is None:
                self._refs[ref] = Schema()  # a recursive reference resolves to "anything"
                cached = self._refs[ref] = self.schema(self.deref(node))
            return cached
        merged = self._flatten(node)
        return self._build(merged)

    def _flatten(self, node: dict[str, Any]) -> dict[str, Any]:
        """One node with ``$ref`` followed and ``allOf`` parts merged (siblings win)."""
        node = dict(node)
        if "$ref" in node:
            node = {**self._flatten(self.deref({"$ref": node.pop("$ref")})), **node}
        merged: dict[str, Any] = {}
        for part in node.pop("allOf", ()):
            flat = self._flatten(part)
            properties = {**merged.get("properties", {}), **flat.get("properties", {})}
            required = [*merged.get("required", ()), *flat.get("required", ())]
            merged.update(flat)
            merged["properties"], merged["required"] = properties, required
        if "properties" in node and "properties" in merged:
            node["properties"] = {**merged["properties"], **node["properties"]}
        return {**merged, **node}

    def _build(self, node: dict[str, Any]) -> Schema:
        kind = node.get("type", "object" if "properties" in node else "")
        enum = node.get("enum")
        pattern = node.get("pattern")
        return Schema(
            type=kind,
            nullable=bool(node.get("nullable", False)),
            enum=tuple(v for v in enum if v is not None) if enum else None,
            pattern=re.compile(pattern) if pattern else None,
            format=node.get("format", ""),
            default=node.get("default", MISSING),
            example=node.get("example", MISSING),
            min_length=node.get("minLength"),
            max_length=node.get("maxLength"),
            minimum=node.get("minimum"),
            maximum=node.get("maximum"),
            items=self.schema(node["items"]) if "items" in node else None,
            properties={name: self.schema(sub) for name, sub in node.get("properties", {}).items()},
            required=tuple(node.get("required", ())),
            closed=node.get("additionalProperties") is False,
            any_of=tuple(self.schema(variant) for variant in node.get("anyOf", ())),
        )
