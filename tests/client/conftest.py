"""Shared fixtures for the client-layer tests: credentials, spec example payloads, a scripted fake Twilio.

Every behaviour is tested for ``Client`` and ``AsyncClient``: tests take the ``make_client`` fixture,
which is parametrized over both, and wrap calls in :func:`resolve` (awaits a coroutine, passes a
value through) and :func:`collect` (drains a ``Pager`` or an ``AsyncPager``).
"""

from __future__ import annotations

import base64
import copy
import functools
import inspect
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import twilio_messaging._client as client_module
import yaml
from twilio_messaging import AsyncClient, Client

SPEC_RESOURCES = Path(__file__).resolve().parents[2] / "spec" / "resources"

ACCOUNT_SID = "AC" + "a" * 32
SUBACCOUNT_SID = "AC" + "b" * 32
AUTH_TOKEN = "auth-token-0123456789abcdef0123"  # noqa: S105 - a fake secret the tests hunt for
API_KEY = "SK" + "c" * 32
API_SECRET = "api-secret-fedcba9876543210fedc"  # noqa: S105
MESSAGE_SID = "SM" + "d" * 32
SERVICE_SID = "MG" + "a" * 32
PHONE_NUMBER_SID = "PN" + "a" * 32
REQUEST_ID = "RQ" + "0123456789abcdef" * 2


def basic_auth(username: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{secret}".encode()).decode("ascii")


# --- payloads from spec/resources/*.yaml ---------------------------------------------------------


@functools.cache
def _examples() -> dict[str, dict[str, dict[str, Any]]]:
    """operationId -> status -> example name -> example value, from every curated resource file."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for path in sorted(SPEC_RESOURCES.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in doc.get("paths", {}).values():
            for operation in item.values():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                by_status = found.setdefault(operation["operationId"], {})
                for status, response in operation.get("responses", {}).items():
                    examples = response.get("content", {}).get("application/json", {}).get("examples", {})
                    by_status[str(status)] = {name: ex["value"] for name, ex in examples.items()}
    return found


def example(operation_id: str, name: str | None = None, status: str = "200") -> Any:
    """A fresh copy of a spec example response (the first one unless ``name`` is given)."""
    examples = _examples()[operation_id][status]
    value = examples[name] if name else next(iter(examples.values()))
    return copy.deepcopy(value)


def message(sid: str = MESSAGE_SID, **changes: Any) -> dict[str, Any]:
    """A 2010 Message payload (the spec's create example) with a given sid and changes."""
    body = example("CreateMessage", "create", status="201")
    body["sid"] = sid
    body.update(changes)
    return body


def twilio_error(status: int, code: int, message: str, headers: dict[str, str] | None = None) -> Reply:
    """Twilio's JSON error body with a request id, as the API sends it."""
    more_info = f"https://www.twilio.com/docs/errors/{code}"
    body = {"code": code, "message": message, "more_info": more_info, "status": status}
    return reply(status, json=body, headers={"Twilio-Request-Id": REQUEST_ID, **(headers or {})})


# --- a scripted fake Twilio ----------------------------------------------------------------------

Reply = Callable[[httpx.Request], httpx.Response]


def reply(
    status: int = 200, *, json: Any = None, text: str | None = None, headers: dict[str, str] | None = None
) -> Reply:
    """A step of the script: a fresh response each time (httpx responses are single-use)."""

    def respond(request: httpx.Request) -> httpx.Response:
        all_headers = {"Twilio-Request-Id": REQUEST_ID, **(headers or {})}
        if json is not None:
            return httpx.Response(status, json=json, headers=all_headers)
        return httpx.Response(status, text=text or "", headers=all_headers)

    return respond


class FakeTwilio:
    """A MockTransport handler that records every request and plays a script of outcomes in order.

    A step is a :data:`Reply`, or an httpx exception class (raised with the request). The last step
    repeats once the script runs out, so ``FakeTwilio(reply(500))`` fails forever.
    """

    def __init__(self, *steps: Reply | type[httpx.HTTPError]) -> None:
        self.steps = list(steps) or [reply(200, json={})]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps[min(len(self.requests), len(self.steps)) - 1]
        if isinstance(step, type) and issubclass(step, httpx.HTTPError):
            raise step(f"simulated {step.__name__}", request=request)  # type: ignore[call-arg]
        return step(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    @property
    def count(self) -> int:
        return len(self.requests)


def form(request: httpx.Request) -> list[tuple[str, str]]:
    """A form-encoded request body as (name, value) pairs, in order."""
    return parse_qsl(request.content.decode("ascii"), keep_blank_values=True)


def query(request: httpx.Request) -> list[tuple[str, str]]:
    return list(request.url.params.multi_items())


async def resolve(value: Any) -> Any:
    """Await a coroutine (async client), pass a value through (sync client)."""
    return await value if inspect.isawaitable(value) else value


async def collect(pager: Any) -> list[Any]:
    """Every item of a Pager or an AsyncPager."""
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)


# --- a paged list endpoint ---------------------------------------------------------------------

MESSAGES_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
PHONE_NUMBERS_PATH = f"/v1/Services/{SERVICE_SID}/PhoneNumbers"


def sid(prefix: str, page: int, index: int) -> str:
    return f"{prefix}{page:016x}{index:016x}"


class PagedTwilio:
    """A list endpoint with ``pages`` pages of ``size`` items, in 2010 (next_page_uri) or v1 (meta) style.

    Pages are found by PageToken, as Twilio does; responses are tracked by weak reference so a test
    can check which pages are still alive.
    """

    def __init__(self, style: str, pages: int = 3, size: int = 2) -> None:
        self.style, self.pages, self.size = style, pages, size
        self.requests: list[httpx.Request] = []
        self.responses: list[weakref.ref[httpx.Response]] = []

    def link(self, page: int) -> str | None:
        if page >= self.pages:
            return None
        if self.style == "v2010":
            return f"{MESSAGES_PATH}?PageSize={self.size}&Page={page}&PageToken=PA{page}"
        return f"https://messaging.twilio.com{PHONE_NUMBERS_PATH}?PageSize={self.size}&Page={page}&PageToken=PT{page}"

    def body(self, page: int) -> dict[str, Any]:
        if self.style == "v2010":
            body = example("ListMessage", "readFullPage1")
            body["messages"] = [message(sid("SM", page, i)) for i in range(self.size)]
            body.update(page=page, page_size=self.size, next_page_uri=self.link(page + 1))
            return body
        body = example("ListPhoneNumber", "readFull")
        template = body["phone_numbers"][0]
        body["phone_numbers"] = [{**template, "sid": sid("PN", page, i)} for i in range(self.size)]
        body["meta"].update(page=page, page_size=self.size, next_page_url=self.link(page + 1))
        return body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        token = request.url.params.get("PageToken")
        page = int(token[2:]) if token else 0
        response = httpx.Response(200, json=self.body(page))
        self.responses.append(weakref.ref(response))
        return response

    def expected_sids(self, count: int | None = None) -> list[str]:
        prefix = "SM" if self.style == "v2010" else "PN"
        every = [sid(prefix, p, i) for p in range(self.pages) for i in range(self.size)]
        return every if count is None else every[:count]


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No TWILIO_* variable of the machine running the tests may leak in."""
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET",
                 "TWILIO_REGION", "TWILIO_EDGE"):
        monkeypatch.delenv(name, raising=False)


class _WithSleep:
    """A module as the client sees it, with ``sleep`` replaced (nothing else in the process is touched)."""

    def __init__(self, module: Any, sleep: Callable[[float], Any]) -> None:
        self._module = module
        self.sleep = sleep

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry delays of both clients, recorded instead of slept."""
    delays: list[float] = []

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(client_module, "time", _WithSleep(time, fake_sleep))
    monkeypatch.setattr(client_module, "_async_sleep", fake_async_sleep)
    return delays


MakeClient = Callable[..., Client | AsyncClient]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client_class(mode: str) -> type[Client] | type[AsyncClient]:
    return Client if mode == "sync" else AsyncClient


@pytest.fixture
def make_client(mode: str) -> MakeClient:
    """``make_client(handler, **options)``: a Client or AsyncClient over a MockTransport.

    Credentials default to ACCOUNT_SID/AUTH_TOKEN; pass ``account_sid=None, auth_token=None`` to
    leave them to the environment.
    """

    def make(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Client | AsyncClient:
        options.setdefault("account_sid", ACCOUNT_SID)
        options.setdefault("auth_token", AUTH_TOKEN)
        transport = httpx.MockTransport(handler)
        if mode == "sync":
            return Client(http_client=httpx.Client(transport=transport), **options)
        return AsyncClient(http_client=httpx.AsyncClient(transport=transport), **options)

    return make

