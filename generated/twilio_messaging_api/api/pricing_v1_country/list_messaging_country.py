"""ListMessagingCountry: GET /v1/Messaging/Countries"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.messaging_country_page import MessagingCountryPage
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="ListMessagingCountry",
    method="GET",
    host="pricing",
    path="/v1/Messaging/Countries",
    success=(200, ),
    paging="meta",
    items_key="countries",
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

    path = "/v1/Messaging/Countries"
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> MessagingCountryPage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = MessagingCountryPage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> MessagingCountryPage:
    """GET /v1/Messaging/Countries (host: pricing).

    List messaging price countries

    Returns the countries that have messaging prices; fetch one country to see its prices. Results are
    paged.

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

) -> MessagingCountryPage:
    """GET /v1/Messaging/Countries (host: pricing).

    List messaging price countries

    Returns the countries that have messaging prices; fetch one country to see its prices. Results are
    paged.

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
