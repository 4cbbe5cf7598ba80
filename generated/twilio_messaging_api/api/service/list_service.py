"""ListService: GET /v1/Services"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.service_page import ServicePage
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="ListService",
    method="GET",
    host="messaging",
    path="/v1/Services",
    success=(200, ),
    paging="meta",
    items_key="services",
)


def build_request(
    *,
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

    path = "/v1/Services"
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> ServicePage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = ServicePage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ServicePage:
    """GET /v1/Services (host: messaging).

    List Messaging Services

    Returns the account's Messaging Services one page at a time; follow meta.next_page_url for the rest.

    Args:
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(client.send(build_request(
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))


async def asyncio(
    *,
    client: AsyncRequester,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ServicePage:
    """GET /v1/Services (host: messaging).

    List Messaging Services

    Returns the account's Messaging Services one page at a time; follow meta.next_page_url for the rest.

    Args:
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(await client.send(build_request(
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))
