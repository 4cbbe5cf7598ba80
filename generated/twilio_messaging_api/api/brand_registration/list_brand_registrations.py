"""ListBrandRegistrations: GET /v1/a2p/BrandRegistrations"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.brand_registrations_page import BrandRegistrationsPage
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="ListBrandRegistrations",
    method="GET",
    host="messaging",
    path="/v1/a2p/BrandRegistrations",
    success=(200, ),
    paging="meta",
    items_key="data",
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

    path = "/v1/a2p/BrandRegistrations"
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> BrandRegistrationsPage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = BrandRegistrationsPage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> BrandRegistrationsPage:
    """GET /v1/a2p/BrandRegistrations (host: messaging).

    List brand registrations

    Returns the account's brand registrations one page at a time.

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

) -> BrandRegistrationsPage:
    """GET /v1/a2p/BrandRegistrations (host: messaging).

    List brand registrations

    Returns the account's brand registrations one page at a time.

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
