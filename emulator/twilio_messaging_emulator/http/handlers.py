"""Generic HTTP handlers for every spec operation: list, create, fetch, update, delete, set.

Routes come from the spec's paths; an operation whose behaviour a spec cannot state (sending a
message, prices, use-case catalogues) gets a hand-written handler by operationId instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..core.errors import not_found
from ..core.params import Params
from ..spec.hooks import HookContext, Hooks
from ..spec.operations import PAGING, Operation
from ..spec.paging import envelope_2010, envelope_v1, paginate, parse_page_request
from ..spec.records import Table
from ..spec.resources import Model
from ..spec.validation import check_form, check_json_body, check_path, check_query, check_stored
from .wire import base_url, empty_response, json_response, query_params, read_form, read_json

Handler = Callable[[Request], Awaitable[Response]]
Exists = Callable[[str], bool]


@dataclass
class Engine:
    """What the generic handlers need from the emulator: its tables, lock, clock and account."""

    model: Model
    tables: dict[str, Table]
    state: Any
    lock: Any
    now: Callable[[], float]
    account_sid: Callable[[], str]
    owners: Mapping[str, Exists]  # SID prefix -> whether such a SID exists outside the API (DN domains)
    hooks: Mapping[str, Hooks]
    codes: Mapping[str, Mapping[str, int]]  # operationId -> parameter -> Twilio's code for a bad value

    def parents(self, operation: Operation) -> list[tuple[str, Exists]]:
        """(path parameter, existence check) for each parameter naming another resource."""
        resource = self.model.resources[operation.resource]
        checks: list[tuple[str, Exists]] = []
        segments = operation.path.removesuffix(".json").split("/")
        for index, segment in enumerate(segments):
            param = segment[1:-1] if segment.startswith("{") else None
            if param is None or param in ("AccountSid", resource.id_param):
                continue
            prefix = _shape("/".join(segments[: index + 1]))
            owner = next(
                (
                    t
                    for t in self.tables.values()
                    if t.resource.instance_path
                    and not t.resource.singleton
                    and _shape(t.resource.instance_path) == prefix
                ),
                None,
            )
            if owner is None:
                sid_prefix = operation.path_params[param].sid_prefix or ""
                external = self.owners.get(sid_prefix)
                if external is not None:
                    checks.append((param, external))
                    continue
                same = [t for t in self.tables.values() if t.resource.prefix == sid_prefix and not t.resource.singleton]
                owner = same[0] if len(same) == 1 else None
            if owner is not None:
                checks.append((param, _exists_in(owner)))
        return checks


def _exists_in(table: Table) -> Exists:
    def exists(sid: str) -> bool:
        return table.by_sid(sid) is not None

    return exists


def _shape(path: str) -> str:
    """A path with its parameter names erased, so ``{ServiceSid}`` and ``{Sid}`` line up."""
    return "/".join("{}" if s.startswith("{") else s for s in path.removesuffix(".json").split("/"))


def generic_handler(engine: Engine, operation: Operation) -> Handler:
    resource = engine.model.resources[operation.resource]
    table = engine.tables[resource.key]
    hooks = engine.hooks.get(operation.id, Hooks())
    parents = engine.parents(operation)

    async def context(request: Request) -> HookContext:
        path_params = dict(request.path_params)
        check_path(operation.path_params, path_params)
        for param, exists in parents:
            if not exists(path_params[param]):
                raise not_found(request.scope["path"])
        values: dict[str, Any] = {}
        params = Params(())
        if operation.kind in ("create", "update", "set"):
            if operation.json_body:
                values = check_json_body(operation.body, await read_json(request))
            else:
                params = await read_form(request)
                values = check_form(operation.body, params, engine.codes.get(operation.id))
            check_stored(resource.fields, {name: table.field_for(name) or "" for name in values}, values)
        elif operation.kind == "list":
            params = query_params(request)
            values = check_query(operation.query, params, PAGING)
        return HookContext(engine.state, path_params, values, engine.now(), request.scope["path"], params)

    def show(record: dict[str, Any], request: Request, ctx: HookContext, status: int = 200) -> Response:
        if hooks.on_read:
            hooks.on_read(ctx, record)
        return json_response(table.render(record, base_url(request)), status)

    def locate(ctx: HookContext) -> dict[str, Any]:
        scope = resource.scope_params(ctx.path_params)
        key = "/".join(scope) if resource.singleton else ctx.path_params[resource.id_param or "Sid"]
        record = table.get(key, scope)
        if record is None and resource.read_only:  # computed by Twilio, never created: exists once read
            record = table.build(engine.account_sid(), ctx.path_params, ctx.now)
            table.insert(record, ctx.path_params)
        if record is None:
            raise not_found(ctx.path)
        return record

    async def create(request: Request) -> Response:
        ctx = await context(request)
        with engine.lock:
            record = table.build(engine.account_sid(), ctx.path_params, ctx.now)
            table.apply(record, ctx.values)
            if hooks.before:
                hooks.before(ctx, record)
            table.insert(record, ctx.path_params)
            if hooks.after:
                hooks.after(ctx, record)
            return show(record, request, ctx, operation.status(created=True))

    async def set_singleton(request: Request) -> Response:
        ctx = await context(request)
        with engine.lock:
            existing = table.get("/".join(resource.scope_params(ctx.path_params)))
            if existing is None:
                return await _created(ctx, request)
            changed = dict(existing)
            table.apply(changed, ctx.values)
            if hooks.before:
                hooks.before(ctx, changed)
            existing.update(changed)
            table.touch(existing, ctx.now)
            return show(existing, request, ctx, operation.status(created=False))

    async def _created(ctx: HookContext, request: Request) -> Response:
        record = table.build(engine.account_sid(), ctx.path_params, ctx.now)
        table.apply(record, ctx.values)
        if hooks.before:
            hooks.before(ctx, record)
        table.insert(record, ctx.path_params)
        if hooks.after:
            hooks.after(ctx, record)
        return show(record, request, ctx, operation.status(created=True))

    async def fetch(request: Request) -> Response:
        ctx = await context(request)
        with engine.lock:
            return show(locate(ctx), request, ctx)

    async def update(request: Request) -> Response:
        ctx = await context(request)
        with engine.lock:
            record = locate(ctx)
            changed = dict(record)  # a refused update changes nothing
            table.apply(changed, ctx.values)
            if hooks.before:
                hooks.before(ctx, changed)
            record.update(changed)
            table.touch(record, ctx.now)
            return show(record, request, ctx, operation.status(created=False))

    async def delete(request: Request) -> Response:
        ctx = await context(request)
        with engine.lock:
            record = locate(ctx)
            del table.records[record["_key"]]
            if hooks.after:
                hooks.after(ctx, record)
        return empty_response()

    async def list_records(request: Request) -> Response:
        query = query_params(request)
        page_request = parse_page_request(query)
        ctx = await context(request)
        with engine.lock:
            items = table.scoped(resource.scope_params(ctx.path_params))
            for name, wanted in ctx.values.items():
                field = table.field_for(name)
                if field is not None:
                    items = [r for r in items if _same(r.get(field), wanted)]
            if hooks.keep:
                items = [r for r in items if hooks.keep(r, ctx)]
            page = paginate(items, page_request, lambda r: str(r["_key"]))
            if hooks.on_read:
                for record in page.items:
                    hooks.on_read(ctx, record)
            base = base_url(request)
            rendered = [table.render(r, base) for r in page.items]
        filters = [(k, v) for k, v in query.pairs() if k not in PAGING]
        path = request.scope["path"]
        if resource.envelope == "2010":
            return json_response(envelope_2010(path, filters, resource.list_key, rendered, page))
        return json_response(envelope_v1(base, path, filters, resource.list_key, rendered, page))

    return {
        "create": create,
        "set": set_singleton,
        "fetch": fetch,
        "update": update,
        "delete": delete,
        "list": list_records,
    }[operation.kind]


def _same(stored: Any, wanted: Any) -> bool:
    """A list filter matches a field; a repeated one (``TrustProductSid=a&TrustProductSid=b``) matches any value."""
    if isinstance(wanted, list):
        return any(_same(stored, one) for one in wanted)
    return stored == wanted or str(stored) == str(wanted)
