"""``create_app``: one Starlette app serving api, messaging and pricing paths on one origin."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from .behaviours.callbacks import WebhookSender
from .control.faults import fault_control_routes
from .control.routes import control_routes
from .core.clock import Clock
from .core.config import EmulatorConfig
from .core.errors import TwilioError, method_not_allowed, not_found
from .emulator import Emulator
from .faults.middleware import FaultMiddleware
from .http.api import api_routes
from .http.wire import error_response


def build_routes(emulator: Emulator) -> list[BaseRoute]:
    """Every spec path (generic or hand-written handlers), then the ``/_emulator`` control API."""
    return [*api_routes(emulator), *control_routes(emulator), *fault_control_routes(emulator)]


def create_app(
    config: EmulatorConfig | None = None,
    *,
    clock: Clock | None = None,
    sender: WebhookSender | None = None,
    emulator: Emulator | None = None,
) -> Starlette:
    """A fresh emulator app. ``app.state.emulator`` is the :class:`Emulator` behind it.

    ``sender`` replaces real HTTP for status callbacks and inbound webhooks (tests capture
    with it); pass ``emulator`` to serve an existing instance instead.
    """
    if emulator is None:
        emulator = Emulator(config, clock=clock, sender=sender)
    instance = emulator

    async def not_found_handler(request: Request, exc: Exception) -> Response:
        try:
            instance.auth.check(request.headers.get("authorization"))
        except TwilioError as error:
            return error_response(error)
        if isinstance(exc, HTTPException) and exc.status_code == 405:
            return error_response(method_not_allowed(request.method))
        return error_response(not_found(request.scope["path"]))

    async def server_error_handler(request: Request, exc: Exception) -> Response:
        return error_response(TwilioError(500, 20500, f"Internal emulator error: {type(exc).__name__}: {exc}"))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        instance.close()

    app = Starlette(
        routes=build_routes(instance),
        exception_handlers={404: not_found_handler, 405: not_found_handler, 500: server_error_handler},
        lifespan=lifespan,
        # Inside Starlette's error middleware, so it sees uvicorn's own ``receive`` (needed to drop a connection).
        middleware=[
            Middleware(FaultMiddleware, faults=instance.faults, limits=instance.limits, log=instance.request_log)
        ],
    )
    app.state.emulator = instance
    return app
