"""FetchMessage: GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.message import Message
from typing import cast

OPERATION = Operation(
    name="FetchMessage",
    method="GET",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
    success=(200, ),
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


def parse(response: httpx.Response) -> Message:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    account_sid: str,
    sid: str,
    client: SyncRequester,

) -> Message:
    """GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json (host: api).

    Fetch a message

    Returns one message, including its current status, price and error details.

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

) -> Message:
    """GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json (host: api).

    Fetch a message

    Returns one message, including its current status, price and error details.

    Args:
        account_sid (str):
        sid (str):

    """
    return parse(await client.send(build_request(
        account_sid=account_sid,
        sid=sid,

    )))
