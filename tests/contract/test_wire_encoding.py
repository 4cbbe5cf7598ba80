"""Explicit wire-format assertions that openapi-core does not make (it casts ``True`` and ``"True"`` alike).

Twilio reads booleans only as lowercase ``true``/``false``, lists only as repeated keys, and operator
filters only under their literal names (``DateSent<``). Every request here is also validated against
the spec by the mock, and its raw bytes are checked.
"""

from __future__ import annotations

import base64
import copy
import datetime
import json
from collections.abc import Callable
from urllib.parse import parse_qsl

import httpx
import pytest
from twilio_messaging import AsyncClient, Client

from .openapi_httpx import SpecServer, validate_request, validate_response
from .spec_support import ACCOUNT_SID, AUTH_TOKEN, SpecOperation, operation

MESSAGE_SID = "SM" + "1" * 32


def _first_example(op: SpecOperation) -> SpecServer:
    example = op.examples[0]
    return SpecServer(op, example.status, example.value)


def _client(server: Callable[[httpx.Request], httpx.Response]) -> Client:
    return Client(
        ACCOUNT_SID, AUTH_TOKEN, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(server))
    )


def _form(request: httpx.Request) -> list[tuple[str, str]]:
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    return parse_qsl(request.content.decode("ascii"), keep_blank_values=True, strict_parsing=True)


def test_booleans_are_lowercase_in_form_bodies() -> None:
    server = _first_example(operation("CreateMessage"))
    _client(server).messages.create(
        to="+15005550006",
        from_="+15005550006",
        body="hi",
        send_as_mms=True,
        smart_encoded=False,
        provide_feedback=False,
        shorten_urls=True,
        force_delivery=False,
    )
    form = dict(_form(server.last))
    assert form["SendAsMms"] == "true"
    assert form["ShortenUrls"] == "true"
    assert form["SmartEncoded"] == "false"
    assert form["ProvideFeedback"] == "false"
    assert form["ForceDelivery"] == "false"
    raw = server.last.content
    assert b"True" not in raw and b"False" not in raw and b"=1" not in raw


def test_booleans_are_lowercase_in_queries() -> None:
    op = operation("ListTollfreeVerification")
    for value, wire in ((False, "false"), (True, "true")):
        server = _first_example(op)
        next(iter(_client(server).tollfree.verifications.list(include_sub_accounts=value).pages()))
        assert server.last.url.params.get_list("IncludeSubAccounts") == [wire]
        assert f"IncludeSubAccounts={wire}".encode() in server.last.url.query


def test_lists_are_repeated_keys_in_order() -> None:
    server = _first_example(operation("CreateMessage"))
    urls = ["https://example.com/a.png", "https://example.com/b.png", "https://example.com/c.png"]
    _client(server).messages.create(to="+15005550006", from_="+15005550006", media_url=urls, persistent_action=["x"])
    form = _form(server.last)
    assert [v for k, v in form if k == "MediaUrl"] == urls
    assert [v for k, v in form if k == "PersistentAction"] == ["x"]
    raw = server.last.content.decode("ascii")
    assert raw.count("MediaUrl=") == 3
    assert "MediaUrl%5B" not in raw and "%2C" not in raw  # no MediaUrl[]=..., no comma-joined values


def test_lists_are_repeated_keys_for_tollfree_verification() -> None:
    op = operation("CreateTollfreeVerification")
    server = _first_example(op)
    _client(server).tollfree.verifications.create(
        business_name="Owl, Inc.",
        business_website="https://example.com",
        notification_email="ops@example.com",
        use_case_categories=["TWO_FACTOR_AUTHENTICATION", "ACCOUNT_NOTIFICATIONS"],
        use_case_summary="2FA codes",
        production_message_sample="Your code is 123456",
        message_volume="10",
        opt_in_image_urls=["https://example.com/1.png", "https://example.com/2.png"],
        opt_in_type="VERBAL",
        tollfree_phone_number_sid="PN" + "0" * 32,
        business_street_address="1 Main St",
    )
    form = _form(server.last)
    assert [v for k, v in form if k == "UseCaseCategories"] == ["TWO_FACTOR_AUTHENTICATION", "ACCOUNT_NOTIFICATIONS"]
    assert [v for k, v in form if k == "OptInImageUrls"] == ["https://example.com/1.png", "https://example.com/2.png"]


def test_operator_filters_go_out_under_wire_names() -> None:
    server = _first_example(operation("ListMessage"))
    pager = _client(server).messages.list(
        date_sent=datetime.date(2024, 1, 2),
        date_sent_before=datetime.date(2024, 1, 31),
        date_sent_after=datetime.date(2024, 1, 1),
    )
    next(iter(pager.pages()))
    params = server.last.url.params
    assert params.get_list("DateSent") == ["2024-01-02"]
    assert params.get_list("DateSent<") == ["2024-01-31"]
    assert params.get_list("DateSent>") == ["2024-01-01"]
    assert not [k for k in params if "before" in k.lower() or "after" in k.lower()]
    raw = server.last.url.query
    assert b"DateSent%3C=2024-01-31" in raw and b"DateSent%3E=2024-01-01" in raw


async def test_operator_filters_on_media_async() -> None:
    server = _first_example(operation("ListMedia"))
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    client = AsyncClient(ACCOUNT_SID, AUTH_TOKEN, max_retries=0, http_client=http)
    pages = (
        client.messages(MESSAGE_SID)
        .media.list(date_created_before=datetime.date(2024, 2, 1), date_created_after=datetime.date(2024, 1, 1))
        .pages()
    )
    await anext(pages)
    await pages.aclose()
    await http.aclose()
    params = server.last.url.params
    assert params.get_list("DateCreated<") == ["2024-02-01"]
    assert params.get_list("DateCreated>") == ["2024-01-01"]
    assert "DateCreated" not in params


def test_empty_body_is_sent_to_redact() -> None:
    server = _first_example(operation("UpdateMessage"))
    _client(server).messages(MESSAGE_SID).update(body="")
    assert server.last.content == b"Body="


def test_unicode_body_is_utf8_percent_encoded() -> None:
    server = _first_example(operation("CreateMessage"))
    _client(server).messages.create(to="+15005550006", from_="+15005550006", body="Hello! 👍 & more")
    assert b"Body=Hello%21+%F0%9F%91%8D+%26+more" in server.last.content
    assert dict(_form(server.last))["Body"] == "Hello! 👍 & more"


def test_basic_auth_and_host_per_operation() -> None:
    server = _first_example(operation("FetchMessagingCountry"))
    _client(server).pricing.countries("US").fetch()
    expected = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    assert server.last.headers["authorization"] == f"Basic {expected}"
    assert server.last.url.host == "pricing.twilio.com"


def test_json_body_for_v2_senders() -> None:
    server = _first_example(operation("CreateChannelsSender"))
    _client(server).channels.senders.create(sender_id="whatsapp:+15005550006")
    assert server.last.headers["content-type"] == "application/json"
    assert json.loads(server.last.content) == {"sender_id": "whatsapp:+15005550006"}


def test_page_parameters_and_limit() -> None:
    op = operation("ListMessage")
    server = _first_example(op)
    client = _client(server)
    client.messages.page(page_size=20, page_token="PA" + "0" * 32, page_number=2)
    assert dict(server.last.url.params) == {"PageSize": "20", "PageToken": "PA" + "0" * 32, "Page": "2"}
    next(iter(client.messages.list(limit=5).pages()))
    assert server.last.url.params.get_list("PageSize") == ["5"]
    next(iter(client.messages.list(limit=5000).pages()))
    assert server.last.url.params.get_list("PageSize") == ["1000"]


class _Pages:
    """A mock answering a list operation with a first page (documented example) and a last page derived from it."""

    def __init__(self, op: SpecOperation, first: dict, last: dict) -> None:
        self.op, self.bodies, self.requests = op, [first, last], []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        validate_request(request)
        response = httpx.Response(200, json=self.bodies[len(self.requests) - 1], request=request)
        validate_response(request, response)
        return response


def test_v2010_paging_follows_next_page_uri_on_the_same_host() -> None:
    op = operation("ListMessage")
    first = next(e.value for e in op.examples if e.value.get("next_page_uri"))
    last = copy.deepcopy(first)
    last.update(page=1, next_page_uri=None, previous_page_uri=first["uri"], uri=first["next_page_uri"])
    pages = _Pages(op, first, last)
    items = list(_client(pages).messages.list(to="+123456789", page_size=2))
    assert len(items) == len(first["messages"]) + len(last["messages"])
    second = pages.requests[1]
    assert second.url.host == "api.twilio.com"
    assert second.url.raw_path.decode() == first["next_page_uri"]
    assert second.url.params.get_list("DateSent>") == ["2008-01-02"]
    assert second.url.params.get_list("PageToken") == ["PAMMc26223853f8c46b4ab7dfaa6abba0a26"]


def test_v1_paging_follows_next_page_url_path_and_query() -> None:
    op = operation("ListService")
    first = copy.deepcopy(op.examples[0].value)
    first["meta"]["next_page_url"] = "https://messaging.twilio.com/v1/Services?PageSize=50&Page=1&PageToken=PTabc"
    last = copy.deepcopy(op.examples[0].value)
    pages = _Pages(op, first, last)
    assert len(list(_client(pages).services.list())) == len(first["services"]) + len(last["services"])
    assert str(pages.requests[1].url) == "https://messaging.twilio.com/v1/Services?PageSize=50&Page=1&PageToken=PTabc"


@pytest.mark.parametrize("value", ["+15005550006", "whatsapp:+15005550006"])
def test_plus_sign_is_percent_encoded(value: str) -> None:
    server = _first_example(operation("CreateMessage"))
    _client(server).messages.create(to=value, from_="+15005550006", body="x")
    assert dict(_form(server.last))["To"] == value
    assert b"To=%2B" in server.last.content or b"To=whatsapp%3A%2B" in server.last.content
