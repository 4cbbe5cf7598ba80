"""httpx <-> openapi-core: validate what the SDK sends and what a server answers against the spec.

openapi-core 0.23 has adapters for requests, aiohttp, Django... but not httpx; these two small classes
satisfy its ``Request`` and ``Response`` protocols. ``SpecServer`` is an ``httpx.MockTransport`` handler
that checks every request, answers with a documented example and checks that answer too.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from .spec_support import SpecOperation, spec_copy


@functools.cache
def openapi() -> OpenAPI:
    return OpenAPI.from_dict(spec_copy())


class OpenAPIRequest:
    """An httpx.Request as openapi-core's Request protocol."""

    def __init__(self, request: httpx.Request, host_url: str | None = None) -> None:
        self._request = request
        self._host_url = host_url
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.url.params.multi_items()),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        if self._host_url:
            return self._host_url
        return f"{self._request.url.scheme}://{self._request.url.netloc.decode('ascii')}"

    @property
    def path(self) -> str:
        return self._request.url.path

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self._request.content or None

    @property
    def content_type(self) -> str:
        return self._request.headers.get("content-type", "")


class OpenAPIResponse:
    """An httpx.Response as openapi-core's Response protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def content_type(self) -> str:
        return self._response.headers.get("content-type", "")

    @property
    def headers(self) -> Headers:
        return Headers(list(self._response.headers.items()))

    @property
    def data(self) -> bytes | None:
        return self._response.content or None


def _schema_errors(exc: BaseException) -> list[str]:
    """The JSON Schema errors buried in an openapi-core exception chain, one line each with their location."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        for error in getattr(current, "schema_errors", None) or []:
            for leaf in _leaves(error):
                where = "/".join(map(str, leaf.absolute_path)) or "(root)"
                lines.append(f"  at {where}: {leaf.message[:300]}")
        current = current.__cause__ or current.__context__
    return lines


def _leaves(error: Any) -> list[Any]:
    return [leaf for sub in error.context for leaf in _leaves(sub)] if error.context else [error]


def _check(what: str, validate: Any, *args: Any) -> None:
    try:
        validate(*args)
    except Exception as exc:  # openapi-core's exceptions are many; report them all the same way
        details = "\n".join(_schema_errors(exc)) or f"  {type(exc).__name__}: {str(exc)[:500]}"
        raise AssertionError(f"{what} does not match the spec:\n{details}") from None


def validate_request(request: httpx.Request, host_url: str | None = None) -> None:
    """Raise AssertionError listing the violations; ``host_url`` stands in for a local server's origin."""
    _check(f"request {request.method} {request.url}", openapi().validate_request, OpenAPIRequest(request, host_url))


def validate_response(request: httpx.Request, response: httpx.Response, host_url: str | None = None) -> None:
    _check(
        f"response {response.status_code} to {request.method} {request.url.path}",
        openapi().validate_response,
        OpenAPIRequest(request, host_url),
        OpenAPIResponse(response),
    )


@dataclass
class SpecServer:
    """A MockTransport handler: expect ``op``, validate the request, answer ``status``/``body``, validate that."""

    op: SpecOperation
    status: int
    body: Any = None
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert request.method == self.op.method, f"{self.op.operation_id}: sent {request.method}"
        assert self.op.path_regex().match(request.url.path), f"{self.op.operation_id}: sent to {request.url.path}"
        origin = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        assert origin == self.op.server, f"{self.op.operation_id}: sent to {origin}, the spec says {self.op.server}"
        validate_request(request)
        if self.body is None:
            response = httpx.Response(self.status, request=request)
        else:
            response = httpx.Response(
                self.status,
                content=json.dumps(self.body).encode("utf-8"),
                headers={"Content-Type": "application/json", "Twilio-Request-Id": "RQ" + "0" * 32},
                request=request,
            )
        validate_response(request, response)
        return response

    @property
    def last(self) -> httpx.Request:
        assert self.requests, f"{self.op.operation_id}: nothing was sent"
        return self.requests[-1]
