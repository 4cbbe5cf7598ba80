"""Each operation goes to its own host; region, edge, base_url and per-host overrides re-target them."""

from __future__ import annotations

import httpx
import pytest
from twilio_messaging import ConfigurationError

from .conftest import ACCOUNT_SID, AUTH_TOKEN, SERVICE_SID, collect, example, message, resolve


def multi_host_twilio(requests: list[httpx.Request]):
    """Answers each of the three hosts' operations with its spec example, by path."""

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        path = request.url.path
        if path.startswith("/2010-04-01/"):
            return httpx.Response(201, json=message())
        if path.startswith("/v1/Services/"):
            return httpx.Response(200, json=example("ListPhoneNumber"))
        if path == "/v1/Messaging/Countries/US":
            return httpx.Response(200, json=example("FetchMessagingCountry"))
        return httpx.Response(404, json={"code": 20404, "message": "not found", "status": 404})

    return handle


async def call_one_operation_per_host(client) -> None:
    await resolve(client.messages.create(to="+15005550006", from_="+15005550006", body="hi"))
    await collect(client.services(SERVICE_SID).phone_numbers.list())
    country = await resolve(client.pricing.countries("US").fetch())
    assert country.iso_country == "US"


def origins(requests: list[httpx.Request]) -> list[str]:
    return [f"{r.url.scheme}://{r.url.netloc.decode()}" for r in requests]


async def test_each_operation_goes_to_its_own_twilio_host(make_client):
    requests: list[httpx.Request] = []
    client = make_client(multi_host_twilio(requests))

    await call_one_operation_per_host(client)

    assert origins(requests) == ["https://api.twilio.com", "https://messaging.twilio.com", "https://pricing.twilio.com"]
    assert [r.url.path for r in requests] == [
        f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json",
        f"/v1/Services/{SERVICE_SID}/PhoneNumbers",
        "/v1/Messaging/Countries/US",
    ]


REGIONAL = [
    (
        {"region": "ie1", "edge": "dublin"},
        [
            "https://api.dublin.ie1.twilio.com",
            "https://messaging.dublin.ie1.twilio.com",
            "https://pricing.dublin.ie1.twilio.com",
        ],
    ),
    (
        {"edge": "sydney"},
        [
            "https://api.sydney.us1.twilio.com",
            "https://messaging.sydney.us1.twilio.com",
            "https://pricing.sydney.us1.twilio.com",
        ],
    ),
    (
        {"region": "au1"},
        ["https://api.au1.twilio.com", "https://messaging.au1.twilio.com", "https://pricing.au1.twilio.com"],
    ),
]


@pytest.mark.parametrize(("options", "expected"), REGIONAL, ids=["region+edge", "edge-alone", "region-alone"])
async def test_region_and_edge_arguments(make_client, options, expected):
    requests: list[httpx.Request] = []
    client = make_client(multi_host_twilio(requests), **options)

    await call_one_operation_per_host(client)

    assert origins(requests) == expected


@pytest.mark.parametrize(("options", "expected"), REGIONAL, ids=["region+edge", "edge-alone", "region-alone"])
async def test_region_and_edge_from_environment(make_client, monkeypatch, options, expected):
    for name, value in options.items():
        monkeypatch.setenv(f"TWILIO_{name.upper()}", value)
    requests: list[httpx.Request] = []
    client = make_client(multi_host_twilio(requests))

    await call_one_operation_per_host(client)

    assert origins(requests) == expected


async def test_region_and_edge_arguments_win_over_environment(make_client, monkeypatch):
    monkeypatch.setenv("TWILIO_REGION", "au1")
    monkeypatch.setenv("TWILIO_EDGE", "sydney")
    twilio_requests: list[httpx.Request] = []
    client = make_client(multi_host_twilio(twilio_requests), region="ie1", edge="dublin")

    await resolve(client.messages.create(to="+15005550006", body="hi"))

    assert origins(twilio_requests) == ["https://api.dublin.ie1.twilio.com"]


@pytest.mark.parametrize(
    "base_url", ["http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:4010", "http://127.0.0.1:4010/"]
)
async def test_base_url_routes_every_host_to_one_local_origin(make_client, base_url):
    requests: list[httpx.Request] = []
    client = make_client(multi_host_twilio(requests), base_url=base_url, region="ie1", edge="dublin")

    await call_one_operation_per_host(client)

    expected = base_url.rstrip("/")
    assert origins(requests) == [expected] * 3
    assert [r.url.path for r in requests] == [
        f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json",
        f"/v1/Services/{SERVICE_SID}/PhoneNumbers",
        "/v1/Messaging/Countries/US",
    ]


async def test_hosts_override_single_hosts_and_beat_base_url(make_client):
    requests: list[httpx.Request] = []
    client = make_client(
        multi_host_twilio(requests),
        base_url="http://127.0.0.1:4010",
        hosts={"messaging": "http://127.0.0.1:9001", "pricing": "https://pricing.example.test"},
    )

    await call_one_operation_per_host(client)

    assert origins(requests) == ["http://127.0.0.1:4010", "http://127.0.0.1:9001", "https://pricing.example.test"]


async def test_hosts_override_alone_leaves_other_hosts_at_twilio(make_client):
    requests: list[httpx.Request] = []
    client = make_client(multi_host_twilio(requests), hosts={"api": "http://127.0.0.1:9000"})

    await call_one_operation_per_host(client)

    assert origins(requests) == ["http://127.0.0.1:9000", "https://messaging.twilio.com", "https://pricing.twilio.com"]


@pytest.mark.parametrize(
    "options",
    [
        {"base_url": "http://example.com"},
        {"base_url": "http://10.0.0.5:4010"},
        {"base_url": "http://127.0.0.1.nip.io:4010"},
        {"hosts": {"api": "http://api.twilio.com"}},
        {"hosts": {"messaging": "http://192.168.1.20:8080"}},
    ],
    ids=["public-name", "private-ip", "loopback-lookalike", "hosts-api", "hosts-private-ip"],
)
def test_plain_http_to_a_non_loopback_host_is_refused(client_class, options):
    with pytest.raises(ConfigurationError, match="https"):
        client_class(ACCOUNT_SID, AUTH_TOKEN, **options)


@pytest.mark.parametrize(
    ("options", "word"),
    [
        ({"base_url": "ftp://127.0.0.1"}, "http"),
        ({"base_url": "127.0.0.1:4010"}, "http"),
        ({"base_url": "http://127.0.0.1:4010/2010-04-01"}, "path"),
        ({"hosts": {"voice": "https://voice.example.test"}}, "voice"),
    ],
    ids=["scheme", "no-scheme", "path", "unknown-host-key"],
)
def test_malformed_overrides_are_refused(client_class, options, word):
    with pytest.raises(ConfigurationError, match=word):
        client_class(ACCOUNT_SID, AUTH_TOKEN, **options)


def test_https_override_to_any_host_is_accepted(client_class):
    client = client_class(
        ACCOUNT_SID,
        AUTH_TOKEN,
        base_url="https://twilio-mock.internal:8443",
        http_client=(httpx.Client() if client_class.__name__ == "Client" else httpx.AsyncClient()),
    )
    assert client.account_sid == ACCOUNT_SID


def test_a_callers_http_client_keeps_its_default_headers_and_params() -> None:
    import httpx
    from twilio_messaging import Client

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"sid": "SM" + "a" * 32})

    http = httpx.Client(transport=httpx.MockTransport(handler), headers={"X-Proxy-Token": "p"}, params={"tenant": "t1"})
    client = Client("AC" + "0" * 32, "token", http_client=http)
    client.messages("SM" + "a" * 32).fetch()
    assert seen[0].headers["X-Proxy-Token"] == "p"
    assert seen[0].url.params["tenant"] == "t1"
    assert seen[0].headers["Authorization"].startswith("Basic ")
