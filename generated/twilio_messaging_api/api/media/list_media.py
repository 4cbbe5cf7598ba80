"""ListMedia: GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.media_page import MediaPage
from ...types import UNSET, Unset
from typing import cast
import datetime

OPERATION = Operation(
    name="ListMedia",
    method="GET",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json",
    success=(200, ),
    paging="v2010",
    items_key="media_list",
)


def build_request(
    *,
    account_sid: str,
    message_sid: str,
    date_created: datetime.date | Unset = UNSET,
    date_created_before: datetime.date | Unset = UNSET,
    date_created_after: datetime.date | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params: dict[str, Any] = {}
    json_date_created: str | Unset = UNSET
    if not isinstance(date_created, Unset):
        json_date_created = date_created.isoformat()
    params["DateCreated"] = json_date_created
    json_date_created_before: str | Unset = UNSET
    if not isinstance(date_created_before, Unset):
        json_date_created_before = date_created_before.isoformat()
    params["DateCreated<"] = json_date_created_before
    json_date_created_after: str | Unset = UNSET
    if not isinstance(date_created_after, Unset):
        json_date_created_after = date_created_after.isoformat()
    params["DateCreated>"] = json_date_created_after
    params["PageSize"] = page_size
    params["Page"] = page
    params["PageToken"] = page_token
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/2010-04-01/Accounts/{account_sid}/Messages/{message_sid}/Media.json".format(
        account_sid=quote(str(account_sid), safe=""),
        message_sid=quote(str(message_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> MediaPage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = MediaPage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    account_sid: str,
    message_sid: str,
    client: SyncRequester,
    date_created: datetime.date | Unset = UNSET,
    date_created_before: datetime.date | Unset = UNSET,
    date_created_after: datetime.date | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> MediaPage:
    """GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json (host: api).

    List a message's media

    Returns the media files attached to a message, optionally narrowed to a creation day or day range.
    Results are paged.

    Args:
        account_sid (str):
        message_sid (str):
        date_created (datetime.date | Unset):
        date_created_before (datetime.date | Unset):
        date_created_after (datetime.date | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(client.send(build_request(
        account_sid=account_sid,
        message_sid=message_sid,
        date_created=date_created,
        date_created_before=date_created_before,
        date_created_after=date_created_after,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))


async def asyncio(
    *,
    account_sid: str,
    message_sid: str,
    client: AsyncRequester,
    date_created: datetime.date | Unset = UNSET,
    date_created_before: datetime.date | Unset = UNSET,
    date_created_after: datetime.date | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> MediaPage:
    """GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json (host: api).

    List a message's media

    Returns the media files attached to a message, optionally narrowed to a creation day or day range.
    Results are paged.

    Args:
        account_sid (str):
        message_sid (str):
        date_created (datetime.date | Unset):
        date_created_before (datetime.date | Unset):
        date_created_after (datetime.date | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(await client.send(build_request(
        account_sid=account_sid,
        message_sid=message_sid,
        date_created=date_created,
        date_created_before=date_created_before,
        date_created_after=date_created_after,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))
