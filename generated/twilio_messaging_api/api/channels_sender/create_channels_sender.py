"""CreateChannelsSender: POST /v2/Channels/Senders"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.channels_sender import ChannelsSender
from ...models.channels_sender_create_request import ChannelsSenderCreateRequest
from typing import cast

OPERATION = Operation(
    name="CreateChannelsSender",
    method="POST",
    host="messaging",
    path="/v2/Channels/Senders",
    success=(202, ),
)


def build_request(
    *,
    body: ChannelsSenderCreateRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v2/Channels/Senders"
    return ApiRequest(OPERATION, path, params=params, json=body.to_dict())


def parse(response: httpx.Response) -> ChannelsSender:
    """Turn a success response into its typed model."""
    if response.status_code == 202:
        response_202 = ChannelsSender.from_dict(response.json())



        return response_202

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    body: ChannelsSenderCreateRequest,

) -> ChannelsSender:
    """POST /v2/Channels/Senders (host: messaging).

    Register a channel sender

    Starts onboarding a sender, such as a WhatsApp number under a WhatsApp Business Account. Setup is
    asynchronous: the sender begins in CREATING and may need a verification code before it goes ONLINE.

    Args:
        body (ChannelsSenderCreateRequest): Request body for registering a new sender; only
            sender_id is required.

    """
    return parse(client.send(build_request(
        body=body,

    )))


async def asyncio(
    *,
    client: AsyncRequester,
    body: ChannelsSenderCreateRequest,

) -> ChannelsSender:
    """POST /v2/Channels/Senders (host: messaging).

    Register a channel sender

    Starts onboarding a sender, such as a WhatsApp number under a WhatsApp Business Account. Setup is
    asynchronous: the sender begins in CREATING and may need a verification code before it goes ONLINE.

    Args:
        body (ChannelsSenderCreateRequest): Request body for registering a new sender; only
            sender_id is required.

    """
    return parse(await client.send(build_request(
        body=body,

    )))
