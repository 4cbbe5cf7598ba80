"""How behaviour code joins the spec-driven handlers: hooks by operationId, seen through a HookContext."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core.params import Params


@dataclass
class HookContext:
    state: Any  # the emulator's state (behaviours know its type; the spec layer does not need to)
    path_params: dict[str, str]
    values: dict[str, Any]  # the request's checked values by wire name (body, or list filters)
    now: float
    path: str
    params: Params = field(default_factory=lambda: Params(()))


Hook = Callable[[HookContext, dict[str, Any]], None]


@dataclass(frozen=True)
class Hooks:
    """Behaviour beyond storing what was sent. ``before`` runs on a built or changed record before it is
    kept (raise a TwilioError to refuse it), ``after`` once it is stored or deleted, ``on_read`` before
    it is shown, ``keep`` filters list results."""

    before: Hook | None = None
    after: Hook | None = None
    on_read: Hook | None = None
    keep: Callable[[dict[str, Any], HookContext], bool] | None = None
