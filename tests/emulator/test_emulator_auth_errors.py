"""Authentication, account scoping and Twilio error bodies."""

from __future__ import annotations

import httpx
import pytest
from emulator_helpers import assert_twilio_error
from twilio_messaging_emulator import EmulatorConfig


@pytest.mark.parametrize(
    "authorization",
    [None, "Basic !!!", "Bearer abc", "Basic " + "QUMwMDA6bm9wZQ=="],
    ids=["missing", "not-base64", "not-basic", "wrong-credentials"],
)
async def test_bad_credentials_get_401_20003(
    app: object, config: EmulatorConfig, messages_path: str, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://e.test") as anonymous:  # type: ignore[arg-type]
        response = await anonymous.get(messages_path, headers=headers)
    assert_twilio_error(response, 401, 20003)
    assert response.headers["www-authenticate"].startswith("Basic")


async def test_wrong_token_is_rejected_everywhere(client: httpx.AsyncClient, config: EmulatorConfig) -> None:
    for path in ("/v1/Services", "/v2/Channels/Senders", "/v1/Messaging/Countries", "/no/such/path"):
        response = await client.get(path, auth=(config.account_sid, "bad-token"))
        assert_twilio_error(response, 401, 20003)


async def test_api_key_credentials_are_accepted(client: httpx.AsyncClient, messages_path: str) -> None:
    response = await client.get(messages_path, auth=("SK" + "1" * 32, "key-secret"))
    assert response.status_code == 200
    response = await client.get(messages_path, auth=("SK" + "1" * 32, "other"))
    assert_twilio_error(response, 401, 20003)


async def test_other_account_in_path_is_not_found(client: httpx.AsyncClient) -> None:
    response = await client.get(f"/2010-04-01/Accounts/AC{'b' * 32}/Messages.json")
    body = assert_twilio_error(response, 404, 20404)
    assert "was not found" in str(body["message"])


async def test_unknown_resource_is_404_20404(client: httpx.AsyncClient, config: EmulatorConfig) -> None:
    assert_twilio_error(await client.get("/v1/Nothing/Here"), 404, 20404)
    missing = f"/2010-04-01/Accounts/{config.account_sid}/Messages/SM{'0' * 32}.json"
    body = assert_twilio_error(await client.get(missing), 404, 20404)
    assert missing in str(body["message"])
    assert_twilio_error(await client.get("/v1/Services/MG" + "0" * 32), 404, 20404)


async def test_unsupported_method_is_405(client: httpx.AsyncClient, messages_path: str) -> None:
    assert_twilio_error(await client.delete(messages_path), 405, 20004)


async def test_every_response_has_a_request_id(client: httpx.AsyncClient, messages_path: str) -> None:
    ok = await client.get(messages_path)
    failed = await client.get(messages_path, auth=("x", "y"))
    for response in (ok, failed):
        assert response.headers["twilio-request-id"].startswith("RQ")
        assert len(response.headers["twilio-request-id"]) == 34


async def test_page_size_above_1000_is_a_400(client: httpx.AsyncClient, messages_path: str) -> None:
    assert_twilio_error(await client.get(messages_path, params={"PageSize": 1001}), 400, 20001)
    assert_twilio_error(await client.get("/v1/Services", params={"PageSize": 0}), 400, 20001)
    assert (await client.get(messages_path, params={"PageSize": 1000})).status_code == 200


async def test_missing_required_v1_parameter(client: httpx.AsyncClient) -> None:
    body = assert_twilio_error(await client.post("/v1/Services", data={}), 400, 20001)
    assert "FriendlyName" in str(body["message"])


async def test_invalid_enum_and_boolean_values(client: httpx.AsyncClient) -> None:
    assert_twilio_error(
        await client.post("/v1/Services", data={"FriendlyName": "x", "InboundMethod": "PUT"}), 400, 20001
    )
    assert_twilio_error(
        await client.post("/v1/Services", data={"FriendlyName": "x", "StickySender": "yes"}), 400, 20001
    )
