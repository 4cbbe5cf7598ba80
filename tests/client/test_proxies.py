"""Proxies, through a real proxy on loopback: ``proxy=``, HTTP(S)_PROXY / ALL_PROXY / NO_PROXY, loopback direct.

The SDK builds its own transports, so it must apply the environment's proxies itself, as
``httpx.Client()`` would. https requests show up at the proxy as ``CONNECT host:443`` (refused there:
nothing leaves the machine); plain-http ones to the loopback stand-in are forwarded, so a whole call
succeeds through the proxy.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from twilio_messaging import ApiConnectionError, AsyncClient, Client, ConfigurationError

from .conftest import ACCOUNT_SID, AUTH_TOKEN, MESSAGE_SID, message
from .loopback_proxy import proxy_server, twilio_server

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
FETCH_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{MESSAGE_SID}.json"
UNREACHABLE = "https://api.twilio.invalid"  # .invalid never resolves (RFC 6761): a direct attempt fails at once


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(params=["sync", "async"])
def client_class(request: pytest.FixtureRequest) -> type[Client] | type[AsyncClient]:
    return Client if request.param == "sync" else AsyncClient


async def fetch(client: Client | AsyncClient) -> Any:
    try:
        if isinstance(client, AsyncClient):
            return await client.messages(MESSAGE_SID).fetch()
        return client.messages(MESSAGE_SID).fetch()
    finally:
        if isinstance(client, AsyncClient):
            await client.aclose()
        else:
            client.close()


async def test_an_explicit_proxy_carries_the_whole_call(client_class):
    with proxy_server() as proxy, twilio_server(message()) as twilio:
        client = client_class(ACCOUNT_SID, AUTH_TOKEN, base_url=twilio.url, proxy=proxy.url)

        fetched = await fetch(client)

    assert fetched.sid == MESSAGE_SID
    assert proxy.request_lines == [f"GET {twilio.url}{FETCH_PATH}"]  # absolute form: it went through the proxy
    assert twilio.request_lines == [f"GET {FETCH_PATH} HTTP/1.1"]


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
async def test_the_environments_proxy_is_used_for_twilio(client_class, monkeypatch, variable):
    with proxy_server() as proxy:
        monkeypatch.setenv(variable, proxy.url)
        client = client_class(ACCOUNT_SID, AUTH_TOKEN, max_retries=0, timeout=5)

        with pytest.raises(ApiConnectionError):  # the proxy refuses the tunnel: a typed error, not httpx's
            await fetch(client)

    assert proxy.request_lines == ["CONNECT api.twilio.com:443"]


@pytest.mark.parametrize(("no_proxy", "proxied"), [(None, True), ("twilio.invalid", False), ("*", False)])
async def test_no_proxy_sends_matching_hosts_directly(client_class, monkeypatch, no_proxy, proxied):
    with proxy_server() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        if no_proxy:
            monkeypatch.setenv("NO_PROXY", no_proxy)
        client = client_class(ACCOUNT_SID, AUTH_TOKEN, hosts={"api": UNREACHABLE}, max_retries=0, timeout=5)

        with pytest.raises(ApiConnectionError):
            await fetch(client)

    assert proxy.request_lines == (["CONNECT api.twilio.invalid:443"] if proxied else [])


async def test_trust_env_false_ignores_the_environment(client_class, monkeypatch):
    with proxy_server() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        client = client_class(
            ACCOUNT_SID, AUTH_TOKEN, hosts={"api": UNREACHABLE}, max_retries=0, timeout=5, trust_env=False
        )

        with pytest.raises(ApiConnectionError):
            await fetch(client)

    assert proxy.request_lines == []


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY"])
async def test_loopback_is_reached_directly_whatever_the_environment_says(client_class, monkeypatch, variable):
    # A corporate HTTP_PROXY cannot reach the developer's own machine: the local emulator stays reachable.
    with proxy_server() as proxy, twilio_server(message()) as twilio:
        monkeypatch.setenv(variable, proxy.url)
        client = client_class(ACCOUNT_SID, AUTH_TOKEN, base_url=twilio.url)

        fetched = await fetch(client)

    assert fetched.sid == MESSAGE_SID
    assert proxy.request_lines == []
    assert twilio.request_lines == [f"GET {FETCH_PATH} HTTP/1.1"]


async def test_an_explicit_proxy_wins_over_no_proxy(client_class, monkeypatch):
    with proxy_server() as proxy:
        monkeypatch.setenv("NO_PROXY", "*")
        client = client_class(ACCOUNT_SID, AUTH_TOKEN, max_retries=0, timeout=5, proxy=httpx.Proxy(proxy.url))

        with pytest.raises(ApiConnectionError):
            await fetch(client)

    assert proxy.request_lines == ["CONNECT api.twilio.com:443"]


def test_proxy_with_your_own_http_client_is_refused(client_class):
    own = httpx.Client() if client_class is Client else httpx.AsyncClient()

    with pytest.raises(ValueError, match="http_client"):
        client_class(ACCOUNT_SID, AUTH_TOKEN, proxy="http://127.0.0.1:3128", http_client=own)


async def test_a_socks_proxy_without_its_extra_is_a_configuration_error(client_class, monkeypatch):
    try:
        import socksio  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("socksio is installed: SOCKS proxies work")
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:1080")
    client = client_class(ACCOUNT_SID, AUTH_TOKEN, max_retries=0, timeout=5)

    with pytest.raises(ConfigurationError, match="httpx\\[socks\\]"):
        await fetch(client)
