"""Request parsing and JSON responses shared by every endpoint."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response

from ..core.errors import TwilioError
from ..core.params import Params


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
