"""CreateDestinationAlphaSender: POST /v1/Services/{ServiceSid}/DestinationAlphaSenders"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.create_destination_alpha_sender_request import CreateDestinationAlphaSenderRequest
from ...models.destination_alpha_sender import DestinationAlphaSender
from typing import cast

OPERATION = Operation(
    name="CreateDestinationAlphaSender",
    method="POST",
    host="messaging",
    path="/v1/Services/{ServiceSid}/DestinationAlphaSenders",
    success=(201, ),
)


def build_request(
    *,
    service_sid: str,
    body: CreateDestinationAlphaSenderRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{service_sid}/DestinationAlphaSenders".format(
        service_sid=quote(str(service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> DestinationAlphaSender:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = DestinationAlphaSender.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    service_sid: str,
    client: SyncRequester,
    body: CreateDestinationAlphaSenderRequest,

) -> DestinationAlphaSender:
    """POST /v1/Services/{ServiceSid}/DestinationAlphaSenders (host: messaging).

    Add a destination alphanumeric sender to a service

    Attaches an alphanumeric sender ID used for one destination country, or, without IsoCountryCode, a
    default one used for all countries.

    Args:
        service_sid (str):
        body (CreateDestinationAlphaSenderRequest):

    """
    return parse(client.send(build_request(
        service_sid=service_sid,
        body=body,

    )))


async def asyncio(
    *,
    service_sid: str,
    client: AsyncRequester,
    body: CreateDestinationAlphaSenderRequest,

) -> DestinationAlphaSender:
    """POST /v1/Services/{ServiceSid}/DestinationAlphaSenders (host: messaging).

    Add a destination alphanumeric sender to a service

    Attaches an alphanumeric sender ID used for one destination country, or, without IsoCountryCode, a
    default one used for all countries.

    Args:
        service_sid (str):
        body (CreateDestinationAlphaSenderRequest):

    """
    return parse(await client.send(build_request(
        service_sid=service_sid,
        body=body,

    )))
