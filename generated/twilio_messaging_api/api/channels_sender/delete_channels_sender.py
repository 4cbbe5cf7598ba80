"""DeleteChannelsSender: DELETE /v2/Channels/Senders/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset


OPERATION = Operation(
    name="DeleteChannelsSender",
    method="DELETE",
    host="messaging",
    path="/v2/Channels/Senders/{Sid}",
    success=(204, ),
)


def build_request(
    *,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v2/Channels/Senders/{sid}".format(
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> None:
    """Turn a success response into its typed model."""
    return None


def sync(
    *,
    sid: str,
    client: SyncRequester,

) -> None:
    """DELETE /v2/Channels/Senders/{Sid} (host: messaging).

    Delete a channel sender

    Removes the sender from the account.

    Args:
        sid (str):

    """
    return parse(client.send(build_request(
        sid=sid,

    )))


async def asyncio(
    *,
    sid: str,
    client: AsyncRequester,

) -> None:
    """DELETE /v2/Channels/Senders/{Sid} (host: messaging).

    Delete a channel sender

    Removes the sender from the account.

    Args:
        sid (str):

    """
    return parse(await client.send(build_request(
        sid=sid,

    )))
