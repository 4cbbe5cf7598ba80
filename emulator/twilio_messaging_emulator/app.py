"""``create_app``: one Starlette app serving api, messaging and pricing paths on one origin."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from .callbacks import WebhookSender
from .clock import Clock
from .config import EmulatorConfig
from .control import control_routes
from .emulator import Emulator
from .errors import TwilioError, method_not_allowed, not_found
from .extras import extra_handlers
from .message_routes import message_handlers
from .pricing import pricing_handlers
from .resource_behaviour import HOOKS, PARAMETER_CODES
from .spec.handlers import Engine
from .spec.routes import spec_routes
from .wire import error_response


def build_routes(emulator: Emulator) -> list[BaseRoute]:
    """Every spec path (generic handlers, or hand-written ones by operationId), then ``/_emulator``."""
    engine = Engine(
        model=emulator.model,
        tables=emulator.tables,
        state=emulator,
        lock=emulator.lock,
        now=emulator.now,
        account_sid=lambda: emulator.config.account_sid,
        owners={"DN": lambda sid: sid in emulator.domains},
        hooks=HOOKS,
        codes=PARAMETER_CODES,
    )
    custom = {**message_handlers(emulator), **pricing_handlers(emulator), **extra_handlers(emulator)}
    routes: list[BaseRoute] = [*spec_routes(engine, custom)]
    routes.extend(control_routes(emulator))
    return routes


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
    )
    app.state.emulator = instance
    return app
