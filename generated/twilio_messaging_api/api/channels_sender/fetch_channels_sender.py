"""FetchChannelsSender: GET /v2/Channels/Senders/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.channels_sender import ChannelsSender
from typing import cast

OPERATION = Operation(
    name="FetchChannelsSender",
    method="GET",
    host="messaging",
    path="/v2/Channels/Senders/{Sid}",
    success=(200, ),
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


def parse(response: httpx.Response) -> ChannelsSender:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = ChannelsSender.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    sid: str,
    client: SyncRequester,

) -> ChannelsSender:
    """GET /v2/Channels/Senders/{Sid} (host: messaging).

    Fetch a channel sender

    Returns one sender with its configuration, webhooks, profile and status, plus the reasons when it is
    offline.

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

) -> ChannelsSender:
    """GET /v2/Channels/Senders/{Sid} (host: messaging).

    Fetch a channel sender

    Returns one sender with its configuration, webhooks, profile and status, plus the reasons when it is
    offline.

    Args:
        sid (str):

    """
    return parse(await client.send(build_request(
        sid=sid,

    )))
