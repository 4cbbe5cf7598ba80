"""Twilio error bodies: ``{"code", "message", "more_info", "status"}``."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote


class TwilioError(Exception):
    """An API failure rendered as Twilio's JSON error body."""

    def __init__(self, status: int, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.parameter = ""  # the request parameter at fault, when there is one

    def body(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "more_info": f"https://www.twilio.com/docs/errors/{self.code}",
            "status": self.status,
        }


def bad_request(code: int, message: str) -> TwilioError:
    return TwilioError(400, code, message)


def not_found(path: str) -> TwilioError:
    """Twilio's 20404; the path is percent-encoded, so what a client sent is never echoed raw."""
    return TwilioError(404, 20404, f"The requested resource {quote(path, safe='/')} was not found")


def unknown_resource() -> TwilioError:
    """20404 for a path whose SID does not match its pattern: what was sent is not repeated back."""
    return TwilioError(404, 20404, "The requested resource was not found")


def unauthorized() -> TwilioError:
    return TwilioError(401, 20003, "Authenticate", {"WWW-Authenticate": 'Basic realm="Twilio API"'})


def method_not_allowed(method: str) -> TwilioError:
    return TwilioError(405, 20004, f"Method {method} not allowed")


def missing_parameter(name: str) -> TwilioError:
    return bad_request(20001, f"Missing required parameter {name} in the post body")


def invalid_parameter(name: str, value: str) -> TwilioError:
    error = bad_request(20001, f"Invalid value {value!r} for parameter {name}")
    error.parameter = name
    return error
