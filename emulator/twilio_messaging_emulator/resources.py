"""One generic mechanism for the simple CRUD resources, driven by ``ResourceDef`` tables.

A definition names the paths, the SID prefix, the output fields in wire order (with their
defaults), which fields requests may write, and a few optional hooks for behaviour that
goes beyond storing what was sent.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .dates import iso8601, rfc2822
from .errors import invalid_parameter, missing_parameter, not_found, unknown_resource
from .sids import is_sid, new_sid
from .validation import Member, check_object, check_sid, check_url
from .wire import Params

if TYPE_CHECKING:
    from .emulator import Emulator


class Computed:
    """A placeholder in ``ResourceDef.fields`` filled in by the mechanism."""

    def __init__(self, name: str, param: str = "") -> None:
        self.name = name
        self.param = param

    def __repr__(self) -> str:
        return f"Computed({self.name}{', ' + self.param if self.param else ''})"


SID = Computed("sid")
ACCOUNT = Computed("account")
CREATED = Computed("created")
UPDATED = Computed("updated")
DATE = Computed("date")  # another date field, null until set
URL = Computed("url")
LINKS = Computed("links")


def parent(param: str) -> Computed:
    """The value of path parameter ``param`` (e.g. the owning service's SID)."""
    return Computed("parent", param)


@dataclass(frozen=True)
class Field:
    kind: str = "str"  # str | bool | int | list | object | enum | url | sid
    choices: tuple[str, ...] = ()  # enum values; for a sid, its prefix
    shape: tuple[tuple[str, Member], ...] = ()  # for an object: its known members


STR = Field()
BOOL = Field("bool")
INT = Field("int")
LIST = Field("list")
OBJECT = Field("object")
HTTP_URL = Field("url")  # an absolute http(s) URL


def enum(*choices: str) -> Field:
    return Field("enum", choices)


def sid(prefix: str) -> Field:
    """A SID with this two-letter prefix."""
    return Field("sid", (prefix,))


def json_object(**members: Member) -> Field:
    """A JSON object whose known members are checked (unknown ones are dropped)."""
    return Field("object", shape=tuple(members.items()))


@dataclass
class HookContext:
    emulator: Emulator
    path_params: dict[str, str]
    params: Params
    body: dict[str, Any]
    now: float
    path: str


Hook = Callable[[HookContext, dict[str, Any]], None]


@dataclass(frozen=True)
class Hooks:
    before_create: Hook | None = None
    after_create: Hook | None = None
    before_update: Hook | None = None
    after_delete: Hook | None = None
    on_read: Hook | None = None
    list_filter: Callable[[dict[str, Any], Params], bool] | None = None


@dataclass(frozen=True)
class ResourceDef:
    name: str
    fields: Mapping[str, Any]
    list_path: str | None = None
    instance_path: str | None = None
    key: str = ""
    prefix: str = ""
    sid_field: str = "sid"
    sid_param: str = "Sid"
    style: str = "v1"  # "v1" (ISO dates, absolute url) or "2010" (RFC 2822, relative uri)
    body: str = "form"  # "form" or "json"
    writable: Mapping[str, Field] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    update_writable: tuple[str, ...] | None = None
    update_required: tuple[str, ...] = ()
    ops: frozenset[str] = frozenset({"create", "list", "fetch", "update", "delete"})
    create_status: int = 201
    update_status: int = 200
    parents: tuple[tuple[str, str], ...] = ()  # (path parameter, resource name) that must exist
    filters: Mapping[str, str] = field(default_factory=dict)  # query parameter -> field
    query: Mapping[str, Field] = field(default_factory=dict)  # list query parameters that are checked
    query_required: tuple[str, ...] = ()
    links: Mapping[str, str] = field(default_factory=dict)  # link name -> suffix
    singleton: bool = False  # identified by its path parameters; POST creates or updates
    hooks: Hooks = field(default_factory=Hooks)

    def date_fields(self) -> frozenset[str]:
        return frozenset(k for k, v in self.fields.items() if v is CREATED or v is UPDATED or v is DATE)

    def wire_names(self) -> dict[str, str]:
        """Request parameter name -> field: ``FriendlyName`` in form bodies, ``sender_id`` in JSON ones.

        Names must match exactly, as on Twilio: ``friendly_name`` in a form is an unknown parameter.
        """
        if self.body == "json":
            return {name: name for name in self.writable}
        return {form_name(name): name for name in self.writable}


def form_name(field_name: str) -> str:
    """``a2p_profile_bundle_sid`` -> ``A2PProfileBundleSid``: Twilio's PascalCase form names."""
    return "".join(part.upper() if part == "a2p" else part.capitalize() for part in field_name.split("_"))


class Table:
    """The stored records of one resource definition (insertion ordered)."""

    def __init__(self, definition: ResourceDef) -> None:
        self.definition = definition
        self.records: dict[str, dict[str, Any]] = {}
        self._dates = definition.date_fields()
        self._wire = definition.wire_names()

    # -- storage ---------------------------------------------------------
    def key_for(self, record: dict[str, Any]) -> str:
        return str(record["_key"])

    def scoped(self, scope: tuple[str, ...]) -> list[dict[str, Any]]:
        return [r for r in self.records.values() if r["_scope"] == scope]

    def get(self, key: str, scope: tuple[str, ...] | None = None) -> dict[str, Any] | None:
        record = self.records.get(key)
        if record is None or (scope is not None and record["_scope"] != scope):
            return None
        return record

    def by_sid(self, sid: str) -> dict[str, Any] | None:
        return self.records.get(sid)

    # -- writes ------------------------------------------------------------
    def insert(self, record: dict[str, Any], path_params: Mapping[str, str]) -> None:
        """Store a built record under its key and remember its instance path."""
        d = self.definition
        if d.singleton:
            key = "/".join(record["_scope"])
            path = instance_path(d, path_params, None)
        elif d.sid_field in d.fields and record.get(d.sid_field):
            key = str(record[d.sid_field])
            path = instance_path(d, path_params, key)
        else:
            key = new_sid("ZZ")
            path = (d.list_path or "").format(**path_params)
        record["_key"] = key
        record["_path"] = path
        self.records[key] = record

    def touch(self, record: dict[str, Any], now: float) -> None:
        for name, default in self.definition.fields.items():
            if default is UPDATED:
                record[name] = now

    def build(self, ctx: HookContext, scope: tuple[str, ...]) -> dict[str, Any]:
        d = self.definition
        emulator = ctx.emulator
        record: dict[str, Any] = {}
        for name, default in d.fields.items():
            if default is SID:
                record[name] = new_sid(d.prefix)
            elif default is ACCOUNT:
                record[name] = emulator.config.account_sid
            elif default is CREATED or default is UPDATED:
                record[name] = ctx.now
            elif default is DATE:
                record[name] = None
            elif isinstance(default, Computed) and default.name == "parent":
                record[name] = ctx.path_params[default.param]
            elif isinstance(default, Computed):
                record[name] = None  # URL / LINKS are rendered, not stored
            else:
                record[name] = copy.deepcopy(default)
        self.check_required(ctx, d.required)
        self.apply(ctx, record, None)
        record["_scope"] = scope
        record["_created"] = ctx.now
        return record

    def check_required(self, ctx: HookContext, required: tuple[str, ...]) -> None:
        for name in required:
            if self.definition.body == "json":
                if ctx.body.get(name) in (None, ""):
                    raise missing_parameter(name)
            elif not (values := ctx.params.get_list(name)) or "" in values:
                raise missing_parameter(name)

    def apply(self, ctx: HookContext, record: dict[str, Any], allowed: tuple[str, ...] | None) -> None:
        """Copy request values onto ``record`` (only writable fields, coerced to their kinds).

        Every value is checked first: a bad one fails the request and leaves ``record`` untouched.
        """
        d = self.definition
        changes: dict[str, Any] = {}
        if d.body == "json":
            for name, value in ctx.body.items():
                target = self._wire.get(name)
                if target is None or (allowed is not None and target not in allowed):
                    continue
                kind = d.writable[target]
                if kind.kind == "object":
                    if value is None:
                        continue
                    checked = check_object(name, value, dict(kind.shape)) if kind.shape else value
                    if not isinstance(checked, dict):
                        raise invalid_parameter(name, repr(value))
                    changes[target] = {**(record.get(target) or {}), **checked}
                elif kind.kind == "str" and value is not None and not isinstance(value, str):
                    raise invalid_parameter(name, repr(value))
                else:
                    changes[target] = value
            record.update(changes)
            return
        for name in ctx.params.names():
            target = self._wire.get(name)
            if target is None or (allowed is not None and target not in allowed):
                continue
            kind = d.writable[target]
            if kind.kind == "list":
                changes[target] = ctx.params.get_list(name)
            else:
                changes[target] = coerce(kind, name, ctx.params)
        record.update(changes)

    # -- reads -------------------------------------------------------------
    def render(self, record: dict[str, Any], base: str) -> dict[str, Any]:
        d = self.definition
        fmt = rfc2822 if d.style == "2010" else iso8601
        out: dict[str, Any] = {}
        path = record["_path"]
        for name, value in record.items():
            if name[0] == "_":
                continue
            default = d.fields.get(name)
            if default is URL:
                out[name] = path if d.style == "2010" else base + path
            elif default is LINKS:
                out[name] = {link: base + path + suffix for link, suffix in d.links.items()}
            elif name in self._dates:
                out[name] = fmt(value) if isinstance(value, float | int) else value
            else:
                out[name] = value
        return out


def coerce(kind: Field, name: str, params: Params) -> Any:
    """The value of single-valued parameter ``name`` as ``kind`` wants it (400 when malformed)."""
    if kind.kind == "bool":
        return params.get_bool(name)
    if kind.kind == "int":
        return params.get_int(name)
    value = params.get(name) or ""
    if kind.kind == "enum":
        if value not in kind.choices:
            raise invalid_parameter(name, value)
        return value
    if kind.kind == "url":
        return check_url(name, value)
    if kind.kind == "sid":
        return check_sid(name, value, kind.choices[0])
    return params.get(name)


def check_query(definition: ResourceDef, params: Params) -> None:
    """400 for a missing required list filter or a malformed one."""
    for name in definition.query_required:
        if not params.get(name):
            raise missing_parameter(name)
    for name, kind in definition.query.items():
        if name in params:
            coerce(kind, name, params)


def scope_of(definition: ResourceDef, path_params: Mapping[str, str]) -> tuple[str, ...]:
    """The path parameters (other than the instance SID) that place a record."""
    skip = {definition.sid_param, "AccountSid"} if not definition.singleton else {"AccountSid"}
    return tuple(v for k, v in sorted(path_params.items()) if k not in skip)


def instance_path(definition: ResourceDef, path_params: Mapping[str, str], sid: str | None) -> str:
    template = definition.instance_path or definition.list_path or ""
    values = dict(path_params)
    if sid is not None:
        values[definition.sid_param] = sid
    return template.format(**values)


def require_parents(ctx: HookContext, definition: ResourceDef) -> None:
    for param, resource in definition.parents:
        if resource == "domains":  # link-shortening domains are registered through /_emulator, not the API
            if not is_sid(ctx.path_params[param], "DN"):
                raise unknown_resource()
            exists = ctx.path_params[param] in ctx.emulator.domains
        else:
            exists = ctx.emulator.tables[resource].by_sid(ctx.path_params[param]) is not None
        if not exists:
            raise not_found(ctx.path)
