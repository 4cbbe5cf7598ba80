"""DeleteMessage: DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset


OPERATION = Operation(
    name="DeleteMessage",
    method="DELETE",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
    success=(204, ),
)


def build_request(
    *,
    account_sid: str,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/2010-04-01/Accounts/{account_sid}/Messages/{sid}.json".format(
        account_sid=quote(str(account_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> None:
    """Turn a success response into its typed model."""
    return None


def sync(
    *,
    account_sid: str,
    sid: str,
    client: SyncRequester,

) -> None:
    """DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json (host: api).

    Delete a message

    Permanently removes a message record from the account. A message that is still being sent cannot be
    deleted.

    Args:
        account_sid (str):
        sid (str):

    """
    return parse(client.send(build_request(
        account_sid=account_sid,
        sid=sid,

    )))


async def asyncio(
    *,
    account_sid: str,
    sid: str,
    client: AsyncRequester,

) -> None:
    """DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json (host: api).

    Delete a message

    Permanently removes a message record from the account. A message that is still being sent cannot be
    deleted.

    Args:
        account_sid (str):
        sid (str):

    """
    return parse(await client.send(build_request(
        account_sid=account_sid,
        sid=sid,

    )))
