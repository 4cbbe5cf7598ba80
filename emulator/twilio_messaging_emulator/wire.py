"""Request parsing and JSON responses shared by every endpoint."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response

from .errors import TwilioError, invalid_parameter


class Params:
    """Form or query parameters: repeated keys kept, lookups by exact wire name."""

    __slots__ = ("_multi",)

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        multi: dict[str, list[str]] = {}
        for key, value in pairs:
            multi.setdefault(key, []).append(value)
        self._multi = multi

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Params:
        pairs: list[tuple[str, str]] = []
        for key, value in data.items():
            if isinstance(value, list | tuple):
                pairs.extend((key, _as_text(v)) for v in value)
            elif value is not None:
                pairs.append((key, _as_text(value)))
        return cls(pairs)

    def get(self, name: str, default: str | None = None) -> str | None:
        """The value of a single-valued parameter; given more than once, it is a 400."""
        values = self._multi.get(name)
        if not values:
            return default
        if len(values) > 1:
            raise TwilioError(400, 20001, f"Parameter {name} may be given only once")
        return values[0]

    def get_list(self, name: str) -> list[str]:
        return list(self._multi.get(name, ()))

    def __contains__(self, name: object) -> bool:
        return name in self._multi

    def names(self) -> list[str]:
        return list(self._multi)

    def pairs(self) -> list[tuple[str, str]]:
        return [(k, v) for k, values in self._multi.items() for v in values]

    def get_bool(self, name: str) -> bool | None:
        raw = self.get(name)
        if raw is None or raw == "":
            return None
        lowered = raw.lower()
        if lowered == "true":
            return True
        if lowered == "false":
            return False
        raise invalid_parameter(name, raw)

    def get_int(self, name: str) -> int | None:
        raw = self.get(name)
        if raw is None or raw == "":
            return None
        try:
            return parse_int(raw)
        except ValueError:
            raise invalid_parameter(name, raw) from None


_INTEGER = re.compile(r"-?[0-9]+")


def parse_int(raw: str) -> int:
    """A decimal integer as written on the wire: ``int()`` would also take `` 9``, ``+9``, ``9_0`` or ``٩``."""
    if not _INTEGER.fullmatch(raw):
        raise ValueError(f"not an integer: {raw!r}")
    return int(raw)


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


async def read_form(request: Request) -> Params:
    body = await request.body()
    if not body:
        return Params(())
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/json"):
        try:
            data = json.loads(body)
        except ValueError:
            raise TwilioError(400, 20001, "Request body is not valid JSON") from None
        if not isinstance(data, dict):
            raise TwilioError(400, 20001, "Request body must be a JSON object")
        return Params.from_mapping(data)
    return Params(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


async def read_json(request: Request) -> dict[str, Any]:
    body = await request.body()
    if not body:
        return {}
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("application/json"):
        # Be lenient: a form body is turned into a flat object.
        return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    try:
        data = json.loads(body)
    except ValueError:
        raise TwilioError(400, 20001, "Request body is not valid JSON") from None
    if not isinstance(data, dict):
        raise TwilioError(400, 20001, "Request body must be a JSON object")
    return data


def query_params(request: Request) -> Params:
    raw = request.scope.get("query_string", b"")
    if not raw:
        return Params(())
    return Params(parse_qsl(raw.decode("latin-1"), keep_blank_values=True))


def base_url(request: Request) -> str:
    """Scheme and host the client used, e.g. ``http://127.0.0.1:4010``."""
    host = request.headers.get("host")
    scheme = request.scope.get("scheme", "http")
    if host:
        return f"{scheme}://{host}"
    server = request.scope.get("server")
    if server:
        return f"{scheme}://{server[0]}:{server[1]}"
    return f"{scheme}://localhost"


def request_id() -> str:
    return "RQ" + os.urandom(16).hex()


def json_response(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(", ", ": ")).encode("utf-8")
    all_headers = {"Twilio-Request-Id": request_id()}
    if headers:
        all_headers.update(headers)
    return Response(body, status_code=status, media_type="application/json", headers=all_headers)


def error_response(error: TwilioError) -> Response:
    return json_response(error.body(), error.status, error.headers)


def empty_response(status: int = 204) -> Response:
    return Response(b"", status_code=status, headers={"Twilio-Request-Id": request_id()})
