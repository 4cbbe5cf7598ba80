"""Shared fixtures for the webhook tests.

The reference signer below is written straight from Twilio's description of the
algorithm, with hmac/hashlib, so a regression in ``compute_signature`` shows up as a
mismatch instead of being reproduced by the test itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib.util
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

import pytest

from .samples import INBOUND_SMS, STATUS_UNDELIVERED

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

Pairs = Iterable[tuple[str, str]]


def reference_signature(token: str, url: str, pairs: Pairs = ()) -> str:
    data = url + "".join(name + value for name, value in sorted(set(pairs)))
    mac = hmac.new(token.encode("utf-8"), data.encode("utf-8"), hashlib.sha1)
    return base64.b64encode(mac.digest()).decode("ascii")


def signed_form_request(token: str, url: str, pairs: Pairs) -> tuple[dict[str, str], bytes]:
    """Headers and body of a form webhook as Twilio would send it."""
    pairs = list(pairs)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": reference_signature(token, url, pairs),
    }
    return headers, urlencode(pairs).encode("ascii")


def signed_json_request(token: str, url: str, body: bytes) -> tuple[str, dict[str, str]]:
    """The URL (with bodySHA256 added) and headers of a JSON webhook."""
    separator = "&" if "?" in url else "?"
    signed_url = f"{url}{separator}bodySHA256={hashlib.sha256(body).hexdigest()}"
    headers = {"Content-Type": "application/json", "X-Twilio-Signature": reference_signature(token, signed_url)}
    return signed_url, headers


@pytest.fixture
def sign() -> Callable[..., str]:
    return reference_signature


@pytest.fixture
def signed_form() -> Callable[[str, str, Pairs], tuple[dict[str, str], bytes]]:
    return signed_form_request


@pytest.fixture
def signed_json() -> Callable[[str, str, bytes], tuple[str, dict[str, str]]]:
    return signed_json_request


@pytest.fixture
def message_status_enum() -> Any:
    """The generated MessageStatus enum; tests that need it skip (visibly) until it exists."""
    module = pytest.importorskip("twilio_messaging_api.models.message_status")
    return module.MessageStatus


@pytest.fixture
def load_example() -> Callable[[str], ModuleType]:
    """Import a module from examples/ by path (examples/ is not a package)."""

    def load(name: str) -> ModuleType:
        module_name = f"_example_{name}"
        if module_name in sys.modules:
            return sys.modules[module_name]
        spec = importlib.util.spec_from_file_location(module_name, EXAMPLES / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
        return module

    return load


@pytest.fixture
def inbound_sms() -> list[tuple[str, str]]:
    return list(INBOUND_SMS)


@pytest.fixture
def status_undelivered() -> list[tuple[str, str]]:
    return list(STATUS_UNDELIVERED)
