"""Emulator-only endpoints under ``/_emulator``: inbound messages, numbers, clock, outcomes, reset."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..core.clock import FakeClock
from ..core.errors import TwilioError, bad_request, missing_parameter
from ..http.extras import deactivation_report
from ..http.wire import error_response, json_response

if TYPE_CHECKING:
    from ..emulator import Emulator


async def _raw_payload(request: Request) -> dict[str, Any]:
    """JSON or form body as sent; repeated form keys become lists."""
    raw = await request.body()
    data: dict[str, Any] = {}
    if raw and request.headers.get("content-type", "").startswith("application/json"):
        try:
            loaded = json.loads(raw)
        except ValueError:
            raise bad_request(20001, "Request body is not valid JSON") from None
        if not isinstance(loaded, dict):
            raise bad_request(20001, "Request body must be a JSON object")
        data = loaded
    elif raw:
        for key, value in parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True):
            if key in data:
                existing = data[key]
                data[key] = [*existing, value] if isinstance(existing, list) else [existing, value]
            else:
                data[key] = value
    return data


def _normalise(data: dict[str, Any]) -> dict[str, Any]:
    """Keys lowercased without underscores, so ``PhoneNumber`` and ``phone_number`` both work."""
    return {key.replace("_", "").lower(): value for key, value in data.items()}


async def _payload(request: Request) -> dict[str, Any]:
    return _normalise(await _raw_payload(request))


def _text(data: dict[str, Any], key: str, required: bool = False) -> str | None:
    value = data.get(key)
    if isinstance(value, list):
        value = value[-1] if value else None
    if value is None or value == "":
        if required:
            raise missing_parameter(key)
        return None
    return str(value)


def _list(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def control_routes(emulator: Emulator) -> list[Route]:
    def handle(fn: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                result: Response = await fn(request)
                return result
            except TwilioError as error:
                return error_response(error)

        return endpoint

    async def health(request: Request) -> Response:
        return json_response(
            {
                "status": "ok",
                "account_sid": emulator.config.account_sid,
                "clock": "fake" if isinstance(emulator.clock, FakeClock) else "system",
                "now": emulator.clock.now().isoformat(),
            }
        )

    async def inbound(request: Request) -> Response:
        raw = await _raw_payload(request)
        data = _normalise(raw)
        known = {"from", "to", "body", "mediaurl"}
        extra = {k: str(v) for k, v in raw.items() if k.replace("_", "").lower() not in known}
        result = await emulator.adeliver_inbound(
            _text(data, "from", True) or "",
            _text(data, "to", True) or "",
            _text(data, "body") or "",
            _list(data, "mediaurl"),
            extra,
        )
        return json_response(result.as_dict(), 201)

    async def numbers(request: Request) -> Response:
        if request.method == "GET":
            with emulator.lock:
                listed = [n.as_dict() for n in emulator.incoming_numbers.values()]
            return json_response({"incoming_phone_numbers": listed})
        data = await _payload(request)
        number = emulator.register_number(
            _text(data, "phonenumber", True) or "",
            sms_url=_text(data, "smsurl"),
            sms_method=_text(data, "smsmethod") or "POST",
            friendly_name=_text(data, "friendlyname"),
            sms_fallback_url=_text(data, "smsfallbackurl"),
        )
        return json_response(number, 201)

    async def short_codes(request: Request) -> Response:
        data = await _payload(request)
        record = emulator.register_short_code(
            _text(data, "shortcode", True) or "", _text(data, "friendlyname"), _text(data, "smsurl")
        )
        return json_response(record, 201)

    async def domains(request: Request) -> Response:
        if request.method == "GET":
            with emulator.lock:
                listed = [{"sid": sid, "domain_name": name} for sid, name in emulator.domains.items()]
            return json_response({"domains": listed})
        data = await _payload(request)
        return json_response(emulator.register_domain(_text(data, "domainname", True) or ""), 201)

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            data = await _payload(request)
            if not isinstance(emulator.clock, FakeClock):
                raise bad_request(20001, "The emulator runs on the real clock; start it with a fake clock")
            try:
                seconds = float(_text(data, "advance", True) or 0)
            except ValueError:
                raise bad_request(20001, "advance must be a number of seconds") from None
            if seconds < 0:
                raise bad_request(20001, "advance must not be negative")
            emulator.advance(seconds)
        return json_response({"now": emulator.clock.now().isoformat(), "fake": isinstance(emulator.clock, FakeClock)})

    async def outcomes(request: Request) -> Response:
        data = await _payload(request)
        to = _text(data, "to", True) or ""
        status = _text(data, "status") or "delivered"
        code = _text(data, "errorcode")
        emulator.set_delivery_outcome(to, status, int(code) if code else None)
        return json_response({"to": to, "status": status, "error_code": int(code) if code else None}, 201)

    async def reset(request: Request) -> Response:
        emulator.reset()
        return json_response({"status": "reset"})

    async def callbacks(request: Request) -> Response:
        listed = [
            {
                "kind": d.request.kind,
                "method": d.request.method,
                "url": d.request.url,
                "params": d.request.form(),
                "attempts": d.attempts,
                "status_code": d.response.status_code if d.response else None,
                "error": d.error,
            }
            for d in emulator.callbacks
        ]
        return json_response({"callbacks": listed})

    async def deactivations(request: Request) -> Response:
        return deactivation_report(emulator, request.path_params["date"])

    return [
        Route("/_emulator/health", handle(health), methods=["GET"]),
        Route("/_emulator/inbound", handle(inbound), methods=["POST"]),
        Route("/_emulator/incoming_numbers", handle(numbers), methods=["GET", "POST"]),
        Route("/_emulator/short_codes", handle(short_codes), methods=["POST"]),
        Route("/_emulator/domains", handle(domains), methods=["GET", "POST"]),
        Route("/_emulator/clock", handle(clock), methods=["GET", "POST"]),
        Route("/_emulator/outcomes", handle(outcomes), methods=["POST"]),
        Route("/_emulator/reset", handle(reset), methods=["POST"]),
        Route("/_emulator/callbacks", handle(callbacks), methods=["GET"]),
        Route("/_emulator/deactivations/{date}", handle(deactivations), methods=["GET"]),
    ]
