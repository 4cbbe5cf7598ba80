"""UpdateChannelsSender: POST /v2/Channels/Senders/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.channels_sender import ChannelsSender
from ...models.channels_sender_update_request import ChannelsSenderUpdateRequest
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="UpdateChannelsSender",
    method="POST",
    host="messaging",
    path="/v2/Channels/Senders/{Sid}",
    success=(202, ),
)


def build_request(
    *,
    sid: str,
    body: ChannelsSenderUpdateRequest | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v2/Channels/Senders/{sid}".format(
        sid=quote(str(sid), safe=""),
    )
    payload: Any = None if isinstance(body, Unset) else body.to_dict()
    return ApiRequest(OPERATION, path, params=params, json=payload)


def parse(response: httpx.Response) -> ChannelsSender:
    """Turn a success response into its typed model."""
    if response.status_code == 202:
        response_202 = ChannelsSender.from_dict(response.json())



        return response_202

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    sid: str,
    client: SyncRequester,
    body: ChannelsSenderUpdateRequest | Unset = UNSET,

) -> ChannelsSender:
    """POST /v2/Channels/Senders/{Sid} (host: messaging).

    Update a channel sender

    Changes a sender's configuration, webhooks or profile. Also used to submit the verification code the
    sender's number received.

    Args:
        sid (str):
        body (ChannelsSenderUpdateRequest | Unset): Request body for changing a sender; every
            section is optional.

    """
    return parse(client.send(build_request(
        sid=sid,
        body=body,

    )))


async def asyncio(
    *,
    sid: str,
    client: AsyncRequester,
    body: ChannelsSenderUpdateRequest | Unset = UNSET,

) -> ChannelsSender:
    """POST /v2/Channels/Senders/{Sid} (host: messaging).

    Update a channel sender

    Changes a sender's configuration, webhooks or profile. Also used to submit the verification code the
    sender's number received.

    Args:
        sid (str):
        body (ChannelsSenderUpdateRequest | Unset): Request body for changing a sender; every
            section is optional.

    """
    return parse(await client.send(build_request(
        sid=sid,
        body=body,

    )))
