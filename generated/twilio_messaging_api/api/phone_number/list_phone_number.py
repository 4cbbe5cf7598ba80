"""ListPhoneNumber: GET /v1/Services/{ServiceSid}/PhoneNumbers"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.phone_number_page import PhoneNumberPage
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="ListPhoneNumber",
    method="GET",
    host="messaging",
    path="/v1/Services/{ServiceSid}/PhoneNumbers",
    success=(200, ),
    paging="meta",
    items_key="phone_numbers",
)


def build_request(
    *,
    service_sid: str,
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

    path = "/v1/Services/{service_sid}/PhoneNumbers".format(
        service_sid=quote(str(service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> PhoneNumberPage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = PhoneNumberPage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    service_sid: str,
    client: SyncRequester,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> PhoneNumberPage:
    """GET /v1/Services/{ServiceSid}/PhoneNumbers (host: messaging).

    List phone numbers in a service

    Returns the phone numbers in a Messaging Service's sender pool, one page at a time.

    Args:
        service_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(client.send(build_request(
        service_sid=service_sid,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))


async def asyncio(
    *,
    service_sid: str,
    client: AsyncRequester,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> PhoneNumberPage:
    """GET /v1/Services/{ServiceSid}/PhoneNumbers (host: messaging).

    List phone numbers in a service

    Returns the phone numbers in a Messaging Service's sender pool, one page at a time.

    Args:
        service_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(await client.send(build_request(
        service_sid=service_sid,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))
