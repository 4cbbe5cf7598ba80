"""How users drive faults and limits: the ``/_emulator`` endpoints and the Python handle.

HTTP (JSON bodies):

* ``POST /_emulator/faults`` a rule (``method``, ``path``, ``kind``, ``count``, ``status``,
  ``code``, ``retry_after``, ``delay``, ``processed``) → 201 with the rule and its ``id``;
  ``GET`` → ``{"faults": [...]}`` with each rule's ``remaining``; ``DELETE`` clears them.
* ``POST /_emulator/limits`` (``max_concurrent_requests``, ``retry_after``,
  ``sender_throughput``, ``sender_throughput_by_sender``, ``queue_max_wait``; keys left out
  keep their value, ``null`` lifts a limit) → 200 with every setting; ``GET`` shows them.
* ``GET /_emulator/requests`` → ``{"requests": [...]}``: the API requests seen and how each
  ended (``?method=GET&path=*/Messages.json`` to filter); ``DELETE`` forgets them.

Python: :class:`FaultControls` gives ``inject_fault``, ``clear_faults``, ``set_limits`` and
``seen_requests`` to whatever holds an emulator (the server and the pytest handle).
"""

from __future__ import annotations

from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..core.errors import TwilioError, bad_request
from ..faults.limits import LimitError, Limits, LimitSettings
from ..faults.middleware import RequestLog, SeenRequest
from ..faults.rules import FaultError, FaultRule, FaultRules, build_rule
from ..http.wire import error_response, json_response, read_json


class HasFaults(Protocol):
    """What fault control needs from an emulator."""

    faults: FaultRules
    limits: Limits
    request_log: RequestLog


def fault_control_routes(emulator: HasFaults) -> list[Route]:
    async def faults(request: Request) -> Response:
        if request.method == "POST":
            rule = emulator.faults.add(build_rule(await read_json(request)))
            return json_response(rule.as_dict(), 201)
        if request.method == "DELETE":
            emulator.faults.clear()
        return json_response({"faults": emulator.faults.list()})

    async def limits(request: Request) -> Response:
        if request.method == "POST":
            emulator.limits.update(await read_json(request))
        return json_response(emulator.limits.settings.as_dict())

    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            emulator.request_log.clear()
        query = request.query_params
        seen = emulator.request_log.list(query.get("method"), query.get("path"))
        return json_response({"requests": [entry.as_dict() for entry in seen]})

    return [
        Route("/_emulator/faults", _answering_errors(faults), methods=["GET", "POST", "DELETE"]),
        Route("/_emulator/limits", _answering_errors(limits), methods=["GET", "POST"]),
        Route("/_emulator/requests", _answering_errors(requests), methods=["GET", "DELETE"]),
    ]


def _answering_errors(endpoint: Any) -> Any:
    async def guarded(request: Request) -> Response:
        try:
            response: Response = await endpoint(request)
            return response
        except (FaultError, LimitError) as error:
            return error_response(bad_request(20001, str(error)))
        except TwilioError as error:
            return error_response(error)

    return guarded


class FaultControls:
    """Fault and limit methods for a handle with an ``emulator`` attribute (mixed into the server)."""

    emulator: HasFaults  # an Emulator (subclasses narrow it)

    def inject_fault(
        self,
        method: str = "*",
        path: str = "*",
        kind: str = "status",
        *,
        status: int | None = None,
        count: int = 1,
        code: int | None = None,
        retry_after: float | None = None,
        delay: float | None = None,
        processed: bool = False,
    ) -> FaultRule:
        """Make the next ``count`` requests matching ``method`` and the ``path`` glob fail.

        ``kind="status"`` answers ``status`` (default 429) with Twilio's error JSON, ``"drop"``
        closes the connection without a response, ``"delay"`` waits ``delay`` seconds first.
        The returned rule's ``remaining`` counts down as requests use it.
        """
        data: dict[str, Any] = {"method": method, "path": path, "kind": kind, "count": count}
        data.update(status=status, code=code, retry_after=retry_after, processed=processed)
        if delay is not None:
            data["delay"] = delay
        rule = build_rule({k: v for k, v in data.items() if v is not None})
        added: FaultRule = self.emulator.faults.add(rule)
        return added

    def clear_faults(self) -> None:
        self.emulator.faults.clear()

    def set_limits(self, **settings: Any) -> LimitSettings:
        """Set load limits: ``max_concurrent_requests``, ``retry_after``, ``sender_throughput``,
        ``sender_throughput_by_sender``, ``queue_max_wait`` (None lifts a limit). Others keep their value."""
        result: LimitSettings = self.emulator.limits.update(settings)
        return result

    def seen_requests(self, method: str | None = None, path: str | None = None) -> list[SeenRequest]:
        """API requests the emulator saw since the last reset, with how each ended."""
        result: list[SeenRequest] = self.emulator.request_log.list(method, path)
        return result
