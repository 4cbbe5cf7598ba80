"""FetchMedia: GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.media import Media
from typing import cast

OPERATION = Operation(
    name="FetchMedia",
    method="GET",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json",
    success=(200, ),
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


def parse(response: httpx.Response) -> Media:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = Media.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    account_sid: str,
    message_sid: str,
    sid: str,
    client: SyncRequester,

) -> Media:
    """GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json (host: api).

    Fetch a media item

    Returns the metadata of one media file attached to a message. The file content itself is served at
    the same URI without the .json suffix.

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

) -> Media:
    """GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json (host: api).

    Fetch a media item

    Returns the metadata of one media file attached to a message. The file content itself is served at
    the same URI without the .json suffix.

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
