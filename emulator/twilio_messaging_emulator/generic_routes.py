"""HTTP handlers for every ``ResourceDef``: list, create, fetch, update, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .errors import not_found
from .paging import envelope_2010, envelope_v1, paginate, parse_page_request
from .resources import HookContext, Table, check_query, require_parents, scope_of
from .routing import Handler, api_route
from .wire import Params, base_url, empty_response, json_response, query_params, read_form, read_json

if TYPE_CHECKING:
    from .emulator import Emulator

_PAGING = frozenset({"PageSize", "Page", "PageToken"})


async def _context(emulator: Emulator, table: Table, request: Request, with_body: bool) -> HookContext:
    params = Params(())
    body: dict[str, object] = {}
    if with_body:
        if table.definition.body == "json":
            body = await read_json(request)
        else:
            params = await read_form(request)
    return HookContext(emulator, dict(request.path_params), params, body, emulator.now(), request.scope["path"])


def generic_routes(emulator: Emulator, table: Table) -> list[Route]:
    d = table.definition
    hooks = d.hooks

    def locate(ctx: HookContext) -> tuple[str, tuple[str, ...]]:
        require_parents(ctx, d)
        scope = scope_of(d, ctx.path_params)
        key = "/".join(scope) if d.singleton else ctx.path_params[d.sid_param]
        return key, scope

    def render(record: dict[str, object], request: Request) -> dict[str, object]:
        return table.render(record, base_url(request))

    async def create(request: Request) -> Response:
        ctx = await _context(emulator, table, request, True)
        with emulator.lock:
            require_parents(ctx, d)
            scope = scope_of(d, ctx.path_params)
            existing = table.records.get("/".join(scope)) if d.singleton else None
            if existing is not None:
                table.check_required(ctx, d.required)
                table.apply(ctx, existing, None)
                table.touch(existing, ctx.now)
                return json_response(render(existing, request), d.update_status)
            record = table.build(ctx, scope)
            if hooks.before_create:
                hooks.before_create(ctx, record)
            table.insert(record, ctx.path_params)
            if hooks.after_create:
                hooks.after_create(ctx, record)
            return json_response(render(record, request), d.create_status)

    async def list_records(request: Request) -> Response:
        query = query_params(request)
        page_request = parse_page_request(query)
        check_query(d, query)
        ctx = HookContext(emulator, dict(request.path_params), query, {}, emulator.now(), request.scope["path"])
        with emulator.lock:
            require_parents(ctx, d)
            items = table.scoped(scope_of(d, ctx.path_params))
            for param, fld in d.filters.items():
                wanted = query.get(param)
                if wanted:
                    items = [r for r in items if str(r.get(fld)) == wanted]
            if hooks.list_filter:
                items = [r for r in items if hooks.list_filter(r, query)]
            page = paginate(items, page_request, table.key_for)
            if hooks.on_read:
                for record in page.items:
                    hooks.on_read(ctx, record)
            rendered = [render(r, request) for r in page.items]
        filters = [(k, v) for k, v in query.pairs() if k not in _PAGING]
        path = request.scope["path"]
        if d.style == "2010":
            return json_response(envelope_2010(path, filters, d.key, rendered, page))
        return json_response(envelope_v1(base_url(request), path, filters, d.key, rendered, page))

    async def fetch(request: Request) -> Response:
        ctx = await _context(emulator, table, request, False)
        with emulator.lock:
            key, scope = locate(ctx)
            record = table.get(key, scope)
            if record is None:
                raise not_found(ctx.path)
            if hooks.on_read:
                hooks.on_read(ctx, record)
            return json_response(render(record, request))

    async def update(request: Request) -> Response:
        ctx = await _context(emulator, table, request, True)
        with emulator.lock:
            key, scope = locate(ctx)
            record = table.get(key, scope)
            if record is None:
                raise not_found(ctx.path)
            table.check_required(ctx, d.update_required)
            table.apply(ctx, record, d.update_writable)
            if hooks.before_update:
                hooks.before_update(ctx, record)
            table.touch(record, ctx.now)
            return json_response(render(record, request), d.update_status)

    async def delete(request: Request) -> Response:
        ctx = await _context(emulator, table, request, False)
        with emulator.lock:
            key, scope = locate(ctx)
            record = table.get(key, scope)
            if record is None:
                raise not_found(ctx.path)
            del table.records[key]
            if hooks.after_delete:
                hooks.after_delete(ctx, record)
        return empty_response()

    by_op: dict[str, tuple[str, Handler]] = {
        "list": ("GET", list_records),
        "create": ("POST", create),
        "fetch": ("GET", fetch),
        "update": ("POST", update),
        "delete": ("DELETE", delete),
    }

    def handlers_for(*ops: str) -> dict[str, Handler]:
        return dict(by_op[op] for op in ops if op in d.ops)

    if d.singleton:  # one resource at one path: fetch, create (set) and delete there
        return [api_route(emulator, d.instance_path or "", handlers_for("fetch", "create", "delete"))]
    routes: list[Route] = []
    for path, ops in ((d.list_path, ("list", "create")), (d.instance_path, ("fetch", "update", "delete"))):
        handlers = handlers_for(*ops)
        if path and handlers:
            routes.append(api_route(emulator, path, handlers))
    return routes
