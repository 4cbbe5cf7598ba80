"""ListChannelsSender: GET /v2/Channels/Senders"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.channels_sender_page import ChannelsSenderPage
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="ListChannelsSender",
    method="GET",
    host="messaging",
    path="/v2/Channels/Senders",
    success=(200, ),
    paging="meta",
    items_key="senders",
)


def build_request(
    *,
    channel: str,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params: dict[str, Any] = {}
    params["Channel"] = channel
    params["PageSize"] = page_size
    params["Page"] = page
    params["PageToken"] = page_token
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/v2/Channels/Senders"
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> ChannelsSenderPage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = ChannelsSenderPage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    channel: str,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ChannelsSenderPage:
    """GET /v2/Channels/Senders (host: messaging).

    List channel senders

    Returns the account's senders on one channel, one page at a time; the channel filter is required.

    Args:
        channel (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(client.send(build_request(
        channel=channel,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))


async def asyncio(
    *,
    client: AsyncRequester,
    channel: str,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ChannelsSenderPage:
    """GET /v2/Channels/Senders (host: messaging).

    List channel senders

    Returns the account's senders on one channel, one page at a time; the channel filter is required.

    Args:
        channel (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(await client.send(build_request(
        channel=channel,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))
