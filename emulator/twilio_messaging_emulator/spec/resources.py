"""Resources as the spec describes them: paths paired into collections and instances, fields, SID prefixes.

A path ``C/{X}`` whose parent ``C`` is also a path is the instance of collection ``C``: POST on ``C``
creates, GET lists; GET/POST/DELETE on ``C/{X}`` fetch, update, delete. A path with parameters and no
such pair is a singleton (``.../Domains/{DomainSid}/Config``): POST sets it, GET fetches it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .operations import Operation, bare, read_operations, snake
from .schema import Resolver, Schema


@dataclass
class Resource:
    key: str  # the collection path (or the singleton's path), as in the spec
    collection_path: str | None
    instance_path: str | None
    singleton: bool
    fields: dict[str, Schema] = field(default_factory=dict)  # response properties, in spec order
    identity: str | None = None  # the field holding the record's SID
    id_param: str | None = None  # the path parameter naming an instance
    prefix: str = ""  # SID prefix of ``identity``
    list_key: str = ""  # the array property of list pages
    envelope: str = "v1"  # "v1" (meta object) or "2010"
    links: dict[str, str] = field(default_factory=dict)  # link name -> suffix of the record's url
    operations: dict[str, Operation] = field(default_factory=dict)  # by kind
    example: Any = None  # the spec's example of one record

    @property
    def read_only(self) -> bool:
        """Nothing creates it through the API (``.../ValidateDns``): it exists as soon as it is read."""
        return self.singleton and not {"set", "create"} & set(self.operations)

    def scope_params(self, path_params: dict[str, str]) -> tuple[str, ...]:
        """The path parameters (other than the instance SID and the account) that place a record."""
        return tuple(v for k, v in path_params.items() if k not in (self.id_param, "AccountSid"))


@dataclass
class Model:
    document: dict[str, Any]
    operations: list[Operation]
    resources: dict[str, Resource]

    def by_id(self, operation_id: str) -> Operation:
        return next(op for op in self.operations if op.id == operation_id)


def _classify(operations: list[Operation]) -> dict[str, Resource]:
    paths = {bare(op.path): op.path for op in operations}
    parents = {bare(p).rsplit("/", 1)[0] for p in paths.values() if bare(p).endswith("}")}
    resources: dict[str, Resource] = {}
    for operation in operations:
        path = bare(operation.path)
        head, _, last = path.rpartition("/")
        if last.startswith("{") and head in paths:  # the instance of collection ``head``
            resource = resources.setdefault(paths[head], Resource(paths[head], paths[head], None, False))
            resource.instance_path, resource.id_param = operation.path, last[1:-1]
            kind = {"GET": "fetch", "POST": "update", "DELETE": "delete"}[operation.method]
        elif path in parents or not set(operation.path_params) - {"AccountSid"}:
            resource = resources.setdefault(operation.path, Resource(operation.path, operation.path, None, False))
            kind = {"GET": "list", "POST": "create", "DELETE": "delete"}[operation.method]
        else:
            resource = resources.setdefault(operation.path, Resource(operation.path, None, operation.path, True))
            kind = {"GET": "fetch", "POST": "set", "DELETE": "delete"}[operation.method]
        operation.kind, operation.resource = kind, resource.key
        resource.operations[kind] = operation
    return resources


def _record_schema(resource: Resource) -> tuple[Schema | None, Any]:
    """The schema (and an example) of one record: from an instance answer, else a list page's items."""
    for kind in ("fetch", "create", "set", "update"):
        operation = resource.operations.get(kind)
        if operation is not None and operation.response is not None and operation.response.properties:
            return operation.response, operation.example
    listing = resource.operations.get("list")
    if listing is not None and listing.response is not None:
        for name, prop in listing.response.properties.items():
            if prop.type == "array" and prop.items is not None:
                resource.list_key = name
                example = (listing.example or {}).get(name) or [None]
                return prop.items, example[0]
    return None, None


def _identity(resource: Resource, path_fields: set[str]) -> str | None:
    if resource.id_param is not None and snake(resource.id_param) in resource.fields:
        return snake(resource.id_param)
    candidates = [
        name
        for name, prop in resource.fields.items()
        if (name == "sid" or name.endswith("_sid")) and prop.sid_prefix and name != "account_sid"
    ]
    free = [name for name in candidates if name not in path_fields]
    if "sid" in free:
        return "sid"
    return free[0] if free else None


def _links(example: Any) -> dict[str, str]:
    """Link suffixes from the spec's example: ``links.phone_numbers`` = ``url`` + ``/PhoneNumbers``."""
    if not isinstance(example, dict) or not isinstance(example.get("links"), dict):
        return {}
    url = str(example.get("url") or "")
    return {
        name: link[len(url) :]
        for name, link in example["links"].items()
        if isinstance(link, str) and url and link.startswith(url)
    }


def build_model(document: dict[str, Any]) -> Model:
    resolver = Resolver(document)
    operations = read_operations(document, resolver)
    resources = _classify(operations)
    for resource in resources.values():
        record, example = _record_schema(resource)
        if record is not None:
            resource.fields = dict(record.properties)
        listing = resource.operations.get("list")
        if listing is not None and listing.response is not None:
            props = listing.response.properties
            resource.list_key = next((n for n, p in props.items() if p.type == "array"), resource.list_key)
            resource.envelope = "v1" if "meta" in props else "2010"
        params = {name for op in resource.operations.values() for name in op.path_params}
        resource.identity = _identity(resource, {snake(p) for p in params})
        if resource.identity is not None:
            resource.prefix = resource.fields[resource.identity].sid_prefix or ""
        resource.links = _links(example)
        resource.example = example
    return Model(document, operations, resources)
