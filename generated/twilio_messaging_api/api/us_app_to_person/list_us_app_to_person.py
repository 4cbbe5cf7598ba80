"""ListUsAppToPerson: GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.us_app_to_person_page import UsAppToPersonPage
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="ListUsAppToPerson",
    method="GET",
    host="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p",
    success=(200, ),
    paging="meta",
    items_key="compliance",
)


def build_request(
    *,
    messaging_service_sid: str,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params: dict[str, Any] = {}
    params["PageSize"] = page_size
    params["Page"] = page
    params["PageToken"] = page_token
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/v1/Services/{messaging_service_sid}/Compliance/Usa2p".format(
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> UsAppToPersonPage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = UsAppToPersonPage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    messaging_service_sid: str,
    client: SyncRequester,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> UsAppToPersonPage:
    """GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p (host: messaging).

    List A2P campaigns of a service

    Returns the US A2P 10DLC campaigns registered for a Messaging Service, one page at a time; a service
    normally holds at most one.

    Args:
        messaging_service_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))


async def asyncio(
    *,
    messaging_service_sid: str,
    client: AsyncRequester,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> UsAppToPersonPage:
    """GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p (host: messaging).

    List A2P campaigns of a service

    Returns the US A2P 10DLC campaigns registered for a Messaging Service, one page at a time; a service
    normally holds at most one.

    Args:
        messaging_service_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(await client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))
