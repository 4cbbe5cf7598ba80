"""Every operation of the spec, classified (list, create, fetch, update, delete, set) with its schemas."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .schema import Resolver, Schema

PAGING = frozenset({"PageSize", "Page", "PageToken"})
_METHODS = ("get", "post", "delete")


def normalise(name: str) -> str:
    """``A2PProfileBundleSid`` or ``a2p_profile_bundle_sid`` -> ``a2pprofilebundlesid``: where names meet."""
    return name.replace("_", "").lower()


def snake(name: str) -> str:
    """``BrandVettingSid`` -> ``brand_vetting_sid`` (the field a path parameter fills)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def bare(path: str) -> str:
    """The path without its ``.json`` suffix (2010 paths pair up like the others without it)."""
    return path.removesuffix(".json")


@dataclass(frozen=True)
class Parameter:
    name: str
    schema: Schema
    required: bool


@dataclass
class Operation:
    id: str
    method: str  # GET | POST | DELETE
    path: str  # as in the spec, e.g. /v1/Services/{Sid}
    kind: str = ""  # list | create | fetch | update | delete | set
    resource: str = ""  # key of its Resource
    body: Schema | None = None  # request body (an object)
    json_body: bool = False
    path_params: dict[str, Schema] = field(default_factory=dict)
    query: dict[str, Parameter] = field(default_factory=dict)
    statuses: tuple[int, ...] = ()  # its 2xx codes, as declared
    response: Schema | None = None
    example: Any = None  # the first example of its success response

    def status(self, created: bool = True) -> int:
        """201 for a first create when declared, 200 for a repeated one when declared, else the first 2xx."""
        wanted = 201 if created else 200
        if wanted in self.statuses:
            return wanted
        return self.statuses[0] if self.statuses else 200


def _success(raw: dict[str, Any]) -> tuple[tuple[int, ...], dict[str, Any] | None]:
    codes = sorted(int(code) for code in raw.get("responses", {}) if code.startswith("2"))
    for code in codes:
        content = raw["responses"][str(code)].get("content", {}).get("application/json")
        if content is not None:
            return tuple(codes), content
    return tuple(codes), None


def _example(content: dict[str, Any] | None) -> Any:
    if content is None:
        return None
    if "example" in content:
        return content["example"]
    for example in content.get("examples", {}).values():
        return example.get("value")
    return None


def read_operations(document: dict[str, Any], resolver: Resolver) -> list[Operation]:
    """Every operation of ``document`` in spec order, with resolved schemas (not yet classified)."""
    operations: list[Operation] = []
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in _METHODS:
            raw = item.get(method)
            if not isinstance(raw, dict):
                continue
            operation = Operation(raw.get("operationId", f"{method} {path}"), method.upper(), path)
            for parameter in [*shared, *raw.get("parameters", [])]:
                parameter = resolver.deref(parameter)
                schema = resolver.schema(parameter.get("schema"))
                if parameter["in"] == "path":
                    operation.path_params[parameter["name"]] = schema
                elif parameter["in"] == "query":
                    required = bool(parameter.get("required"))
                    operation.query[parameter["name"]] = Parameter(parameter["name"], schema, required)
            content = raw.get("requestBody", {}).get("content", {})
            for media_type, body in content.items():
                operation.body = resolver.schema(body.get("schema"))
                operation.json_body = media_type == "application/json"
                break
            operation.statuses, success = _success(raw)
            if success is not None:
                operation.response = resolver.schema(success.get("schema"))
                operation.example = _example(success)
            operations.append(operation)
    return operations
