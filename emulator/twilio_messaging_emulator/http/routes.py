"""Starlette routes for every path of the spec, fixed segments before parameters (``/Services/Usecases``
before ``/Services/{Sid}``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from starlette.routing import Route

from .handlers import Engine, Handler, generic_handler
from .routing import api_route

Custom = Callable[[], Handler]


def _order(path: str) -> tuple[bool, tuple[int, ...]]:
    """Fixed segments before parameters; the 2010 API (Messages: the busiest paths) first, since no
    2010 path can match a v1/v2 one."""
    segments = path.split("/")
    return segments[1] != "2010-04-01", tuple(1 if segment.startswith("{") else 0 for segment in segments)


def spec_routes(engine: Engine, custom: Mapping[str, Handler], guard: Callable[..., Route] = api_route) -> list[Route]:
    """One route per spec path; each method served by its custom handler (by operationId) or the generic one."""
    by_path: dict[str, dict[str, Handler]] = {}
    for operation in engine.model.operations:
        handler = custom.get(operation.id) or generic_handler(engine, operation)
        by_path.setdefault(operation.path, {})[operation.method] = handler
    return [guard(engine.state, path, by_path[path]) for path in sorted(by_path, key=_order)]
