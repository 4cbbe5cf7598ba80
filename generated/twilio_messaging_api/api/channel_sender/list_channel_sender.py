"""ListChannelSender: GET /v1/Services/{MessagingServiceSid}/ChannelSenders"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.channel_sender_page import ChannelSenderPage
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="ListChannelSender",
    method="GET",
    host="messaging",
    path="/v1/Services/{MessagingServiceSid}/ChannelSenders",
    success=(200, ),
    paging="meta",
    items_key="senders",
)


def build_request(
    *,
    messaging_service_sid: str,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params: dict[str, Any] = {}
    params["PageSize"] = page_size
    params["Page"] = page
    params["PageToken"] = page_token
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/v1/Services/{messaging_service_sid}/ChannelSenders".format(
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> ChannelSenderPage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = ChannelSenderPage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    messaging_service_sid: str,
    client: SyncRequester,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ChannelSenderPage:
    """GET /v1/Services/{MessagingServiceSid}/ChannelSenders (host: messaging).

    List channel senders in a service

    Returns the WhatsApp, Messenger, RCS and other channel senders attached to a Messaging Service, one
    page at a time.

    Args:
        messaging_service_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))


async def asyncio(
    *,
    messaging_service_sid: str,
    client: AsyncRequester,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ChannelSenderPage:
    """GET /v1/Services/{MessagingServiceSid}/ChannelSenders (host: messaging).

    List channel senders in a service

    Returns the WhatsApp, Messenger, RCS and other channel senders attached to a Messaging Service, one
    page at a time.

    Args:
        messaging_service_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(await client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))
