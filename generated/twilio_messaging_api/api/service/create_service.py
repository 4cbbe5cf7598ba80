"""CreateService: POST /v1/Services"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.create_service_request import CreateServiceRequest
from ...models.service import Service
from typing import cast

OPERATION = Operation(
    name="CreateService",
    method="POST",
    host="messaging",
    path="/v1/Services",
    success=(201, ),
)


def build_request(
    *,
    body: CreateServiceRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services"
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> Service:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = Service.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    body: CreateServiceRequest,

) -> Service:
    """POST /v1/Services (host: messaging).

    Create a Messaging Service

    Creates a Messaging Service with the given settings; only FriendlyName is required. Senders are
    added afterwards through the service's PhoneNumbers, ShortCodes, AlphaSenders and ChannelSenders
    lists.

    Args:
        body (CreateServiceRequest):

    """
    return parse(client.send(build_request(
        body=body,

    )))


async def asyncio(
    *,
    client: AsyncRequester,
    body: CreateServiceRequest,

) -> Service:
    """POST /v1/Services (host: messaging).

    Create a Messaging Service

    Creates a Messaging Service with the given settings; only FriendlyName is required. Senders are
    added afterwards through the service's PhoneNumbers, ShortCodes, AlphaSenders and ChannelSenders
    lists.

    Args:
        body (CreateServiceRequest):

    """
    return parse(await client.send(build_request(
        body=body,

    )))
