"""The API routes: every path of the spec, served by generic handlers or, by operationId, hand-written ones."""

from __future__ import annotations

from starlette.routing import BaseRoute

from ..behaviours.resources import HOOKS, PARAMETER_CODES
from ..emulator import Emulator
from .extras import extra_handlers
from .handlers import Engine
from .messages import message_handlers
from .pricing import pricing_handlers
from .routes import spec_routes


def api_routes(emulator: Emulator) -> list[BaseRoute]:
    """Routes for the spec's paths, fixed segments first; messages, prices and catalogues are hand-written."""
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
    return list(spec_routes(engine, custom))
