"""ListSmsShortCode: GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.sms_short_code_page import SmsShortCodePage
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="ListSmsShortCode",
    method="GET",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json",
    success=(200, ),
    paging="v2010",
    items_key="short_codes",
)


def build_request(
    *,
    account_sid: str,
    friendly_name: str | Unset = UNSET,
    short_code: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params: dict[str, Any] = {}
    params["FriendlyName"] = friendly_name
    params["ShortCode"] = short_code
    params["PageSize"] = page_size
    params["Page"] = page
    params["PageToken"] = page_token
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/2010-04-01/Accounts/{account_sid}/SMS/ShortCodes.json".format(
        account_sid=quote(str(account_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> SmsShortCodePage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = SmsShortCodePage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    account_sid: str,
    client: SyncRequester,
    friendly_name: str | Unset = UNSET,
    short_code: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> SmsShortCodePage:
    """GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json (host: api).

    List short codes

    Returns the account's short codes, optionally filtered by label or by number pattern. Results are
    paged.

    Args:
        account_sid (str):
        friendly_name (str | Unset):
        short_code (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(client.send(build_request(
        account_sid=account_sid,
        friendly_name=friendly_name,
        short_code=short_code,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))


async def asyncio(
    *,
    account_sid: str,
    client: AsyncRequester,
    friendly_name: str | Unset = UNSET,
    short_code: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> SmsShortCodePage:
    """GET /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json (host: api).

    List short codes

    Returns the account's short codes, optionally filtered by label or by number pattern. Results are
    paged.

    Args:
        account_sid (str):
        friendly_name (str | Unset):
        short_code (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(await client.send(build_request(
        account_sid=account_sid,
        friendly_name=friendly_name,
        short_code=short_code,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))
