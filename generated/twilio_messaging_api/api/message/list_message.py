"""ListMessage: GET /2010-04-01/Accounts/{AccountSid}/Messages.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.message_page import MessagePage
from ...types import UNSET, Unset
from typing import cast
import datetime

OPERATION = Operation(
    name="ListMessage",
    method="GET",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages.json",
    success=(200, ),
    paging="v2010",
    items_key="messages",
)


def build_request(
    *,
    account_sid: str,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    date_sent: datetime.date | Unset = UNSET,
    date_sent_before: datetime.date | Unset = UNSET,
    date_sent_after: datetime.date | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params: dict[str, Any] = {}
    params["To"] = to
    params["From"] = from_
    json_date_sent: str | Unset = UNSET
    if not isinstance(date_sent, Unset):
        json_date_sent = date_sent.isoformat()
    params["DateSent"] = json_date_sent
    json_date_sent_before: str | Unset = UNSET
    if not isinstance(date_sent_before, Unset):
        json_date_sent_before = date_sent_before.isoformat()
    params["DateSent<"] = json_date_sent_before
    json_date_sent_after: str | Unset = UNSET
    if not isinstance(date_sent_after, Unset):
        json_date_sent_after = date_sent_after.isoformat()
    params["DateSent>"] = json_date_sent_after
    params["PageSize"] = page_size
    params["Page"] = page
    params["PageToken"] = page_token
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/2010-04-01/Accounts/{account_sid}/Messages.json".format(
        account_sid=quote(str(account_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> MessagePage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = MessagePage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    account_sid: str,
    client: SyncRequester,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    date_sent: datetime.date | Unset = UNSET,
    date_sent_before: datetime.date | Unset = UNSET,
    date_sent_after: datetime.date | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> MessagePage:
    """GET /2010-04-01/Accounts/{AccountSid}/Messages.json (host: api).

    List messages

    Returns the account's messages, optionally filtered by recipient, sender and sent date. Results are
    paged; follow next_page_uri to read on.

    Args:
        account_sid (str):
        to (str | Unset):
        from_ (str | Unset):
        date_sent (datetime.date | Unset):
        date_sent_before (datetime.date | Unset):
        date_sent_after (datetime.date | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(client.send(build_request(
        account_sid=account_sid,
        to=to,
        from_=from_,
        date_sent=date_sent,
        date_sent_before=date_sent_before,
        date_sent_after=date_sent_after,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))


async def asyncio(
    *,
    account_sid: str,
    client: AsyncRequester,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    date_sent: datetime.date | Unset = UNSET,
    date_sent_before: datetime.date | Unset = UNSET,
    date_sent_after: datetime.date | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> MessagePage:
    """GET /2010-04-01/Accounts/{AccountSid}/Messages.json (host: api).

    List messages

    Returns the account's messages, optionally filtered by recipient, sender and sent date. Results are
    paged; follow next_page_uri to read on.

    Args:
        account_sid (str):
        to (str | Unset):
        from_ (str | Unset):
        date_sent (datetime.date | Unset):
        date_sent_before (datetime.date | Unset):
        date_sent_after (datetime.date | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(await client.send(build_request(
        account_sid=account_sid,
        to=to,
        from_=from_,
        date_sent=date_sent,
        date_sent_before=date_sent_before,
        date_sent_after=date_sent_after,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))
