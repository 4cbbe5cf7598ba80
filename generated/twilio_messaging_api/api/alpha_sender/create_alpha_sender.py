"""CreateAlphaSender: POST /v1/Services/{ServiceSid}/AlphaSenders"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.create_alpha_sender_request import CreateAlphaSenderRequest
from ...models.service_alpha_sender import ServiceAlphaSender
from typing import cast

OPERATION = Operation(
    name="CreateAlphaSender",
    method="POST",
    host="messaging",
    path="/v1/Services/{ServiceSid}/AlphaSenders",
    success=(201, ),
)


def build_request(
    *,
    service_sid: str,
    body: CreateAlphaSenderRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{service_sid}/AlphaSenders".format(
        service_sid=quote(str(service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> ServiceAlphaSender:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = ServiceAlphaSender.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    service_sid: str,
    client: SyncRequester,
    body: CreateAlphaSenderRequest,

) -> ServiceAlphaSender:
    """POST /v1/Services/{ServiceSid}/AlphaSenders (host: messaging).

    Add an alphanumeric sender to a service

    Attaches an alphanumeric sender ID to a Messaging Service. Such senders can only send, and only to
    countries that accept them.

    Args:
        service_sid (str):
        body (CreateAlphaSenderRequest):

    """
    return parse(client.send(build_request(
        service_sid=service_sid,
        body=body,

    )))


async def asyncio(
    *,
    service_sid: str,
    client: AsyncRequester,
    body: CreateAlphaSenderRequest,

) -> ServiceAlphaSender:
    """POST /v1/Services/{ServiceSid}/AlphaSenders (host: messaging).

    Add an alphanumeric sender to a service

    Attaches an alphanumeric sender ID to a Messaging Service. Such senders can only send, and only to
    countries that accept them.

    Args:
        service_sid (str):
        body (CreateAlphaSenderRequest):

    """
    return parse(await client.send(build_request(
        service_sid=service_sid,
        body=body,

    )))
