"""CreateChannelSender: POST /v1/Services/{MessagingServiceSid}/ChannelSenders"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.channel_sender import ChannelSender
from ...models.create_channel_sender_request import CreateChannelSenderRequest
from typing import cast

OPERATION = Operation(
    name="CreateChannelSender",
    method="POST",
    host="messaging",
    path="/v1/Services/{MessagingServiceSid}/ChannelSenders",
    success=(201, ),
)


def build_request(
    *,
    messaging_service_sid: str,
    body: CreateChannelSenderRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{messaging_service_sid}/ChannelSenders".format(
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> ChannelSender:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = ChannelSender.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    messaging_service_sid: str,
    client: SyncRequester,
    body: CreateChannelSenderRequest,

) -> ChannelSender:
    """POST /v1/Services/{MessagingServiceSid}/ChannelSenders (host: messaging).

    Add a channel sender to a service

    Attaches an existing channel sender, given by its XE SID, to a Messaging Service.

    Args:
        messaging_service_sid (str):
        body (CreateChannelSenderRequest):

    """
    return parse(client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        body=body,

    )))


async def asyncio(
    *,
    messaging_service_sid: str,
    client: AsyncRequester,
    body: CreateChannelSenderRequest,

) -> ChannelSender:
    """POST /v1/Services/{MessagingServiceSid}/ChannelSenders (host: messaging).

    Add a channel sender to a service

    Attaches an existing channel sender, given by its XE SID, to a Messaging Service.

    Args:
        messaging_service_sid (str):
        body (CreateChannelSenderRequest):

    """
    return parse(await client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        body=body,

    )))
