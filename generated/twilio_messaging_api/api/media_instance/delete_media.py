"""DeleteMedia: DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset


OPERATION = Operation(
    name="DeleteMedia",
    method="DELETE",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json",
    success=(204, ),
)


def build_request(
    *,
    account_sid: str,
    message_sid: str,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/2010-04-01/Accounts/{account_sid}/Messages/{message_sid}/Media/{sid}.json".format(
        account_sid=quote(str(account_sid), safe=""),
        message_sid=quote(str(message_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> None:
    """Turn a success response into its typed model."""
    return None


def sync(
    *,
    account_sid: str,
    message_sid: str,
    sid: str,
    client: SyncRequester,

) -> None:
    """DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json (host: api).

    Delete a media item

    Permanently removes one media file from a message; the message record itself stays.

    Args:
        account_sid (str):
        message_sid (str):
        sid (str):

    """
    return parse(client.send(build_request(
        account_sid=account_sid,
        message_sid=message_sid,
        sid=sid,

    )))


async def asyncio(
    *,
    account_sid: str,
    message_sid: str,
    sid: str,
    client: AsyncRequester,

) -> None:
    """DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json (host: api).

    Delete a media item

    Permanently removes one media file from a message; the message record itself stays.

    Args:
        account_sid (str):
        message_sid (str):
        sid (str):

    """
    return parse(await client.send(build_request(
        account_sid=account_sid,
        message_sid=message_sid,
        sid=sid,

    )))
