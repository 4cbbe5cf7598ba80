"""FetchChannelSender: GET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.channel_sender import ChannelSender
from typing import cast

OPERATION = Operation(
    name="FetchChannelSender",
    method="GET",
    host="messaging",
    path="/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}",
    success=(200, ),
)


def build_request(
    *,
    messaging_service_sid: str,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{messaging_service_sid}/ChannelSenders/{sid}".format(
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> ChannelSender:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = ChannelSender.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    messaging_service_sid: str,
    sid: str,
    client: SyncRequester,

) -> ChannelSender:
    """GET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid} (host: messaging).

    Fetch a channel sender in a service

    Returns one channel sender attached to a Messaging Service.

    Args:
        messaging_service_sid (str):
        sid (str):

    """
    return parse(client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        sid=sid,

    )))


async def asyncio(
    *,
    messaging_service_sid: str,
    sid: str,
    client: AsyncRequester,

) -> ChannelSender:
    """GET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid} (host: messaging).

    Fetch a channel sender in a service

    Returns one channel sender attached to a Messaging Service.

    Args:
        messaging_service_sid (str):
        sid (str):

    """
    return parse(await client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        sid=sid,

    )))
