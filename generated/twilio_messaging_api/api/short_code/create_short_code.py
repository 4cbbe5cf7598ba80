"""CreateShortCode: POST /v1/Services/{ServiceSid}/ShortCodes"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.create_short_code_request import CreateShortCodeRequest
from ...models.service_short_code import ServiceShortCode
from typing import cast

OPERATION = Operation(
    name="CreateShortCode",
    method="POST",
    host="messaging",
    path="/v1/Services/{ServiceSid}/ShortCodes",
    success=(200, 201, ),
)


def build_request(
    *,
    service_sid: str,
    body: CreateShortCodeRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{service_sid}/ShortCodes".format(
        service_sid=quote(str(service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> ServiceShortCode:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = ServiceShortCode.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = ServiceShortCode.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    service_sid: str,
    client: SyncRequester,
    body: CreateShortCodeRequest,

) -> ServiceShortCode:
    """POST /v1/Services/{ServiceSid}/ShortCodes (host: messaging).

    Add a short code to a service

    Puts a short code the account already owns, given by its SC SID, into a Messaging Service's sender
    pool; success is answered with 201 or 200.

    Args:
        service_sid (str):
        body (CreateShortCodeRequest):

    """
    return parse(client.send(build_request(
        service_sid=service_sid,
        body=body,

    )))


async def asyncio(
    *,
    service_sid: str,
    client: AsyncRequester,
    body: CreateShortCodeRequest,

) -> ServiceShortCode:
    """POST /v1/Services/{ServiceSid}/ShortCodes (host: messaging).

    Add a short code to a service

    Puts a short code the account already owns, given by its SC SID, into a Messaging Service's sender
    pool; success is answered with 201 or 200.

    Args:
        service_sid (str):
        body (CreateShortCodeRequest):

    """
    return parse(await client.send(build_request(
        service_sid=service_sid,
        body=body,

    )))
