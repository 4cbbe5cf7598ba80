"""Endpoint plumbing: authentication, account check and Twilio error rendering."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..core.errors import TwilioError, method_not_allowed
from .wire import error_response

if TYPE_CHECKING:
    from ..emulator import Emulator

Handler = Callable[[Request], Awaitable[Response]]


def guarded(emulator: Emulator, handler: Handler) -> Handler:
    """Wrap ``handler``: basic auth, ``{AccountSid}`` check, TwilioError -> JSON error body."""
    auth = emulator.auth

    async def endpoint(request: Request) -> Response:
        try:
            auth.check(request.headers.get("authorization"))
            account_sid = request.path_params.get("AccountSid")
            if account_sid is not None:
                auth.check_account(account_sid, request.scope["path"])
            return await handler(request)
        except TwilioError as error:
            return error_response(error)

    return endpoint


def api_route(emulator: Emulator, path: str, handlers: Mapping[str, Handler]) -> Route:
    """One path, several methods, each handler guarded."""
    wrapped = {method: guarded(emulator, handler) for method, handler in handlers.items()}

    async def dispatch(request: Request) -> Response:
        handler = wrapped.get("GET" if request.method == "HEAD" else request.method)
        if handler is None:
            return error_response(method_not_allowed(request.method))
        return await handler(request)

    return Route(path, dispatch, methods=list(wrapped))
