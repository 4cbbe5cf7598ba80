"""CreatePhoneNumber: POST /v1/Services/{ServiceSid}/PhoneNumbers"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.create_phone_number_request import CreatePhoneNumberRequest
from ...models.service_phone_number import ServicePhoneNumber
from typing import cast

OPERATION = Operation(
    name="CreatePhoneNumber",
    method="POST",
    host="messaging",
    path="/v1/Services/{ServiceSid}/PhoneNumbers",
    success=(200, 201, ),
)


def build_request(
    *,
    service_sid: str,
    body: CreatePhoneNumberRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{service_sid}/PhoneNumbers".format(
        service_sid=quote(str(service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> ServicePhoneNumber:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = ServicePhoneNumber.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = ServicePhoneNumber.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    service_sid: str,
    client: SyncRequester,
    body: CreatePhoneNumberRequest,

) -> ServicePhoneNumber:
    """POST /v1/Services/{ServiceSid}/PhoneNumbers (host: messaging).

    Add a phone number to a service

    Puts a phone number the account already owns, given by its PN SID, into a Messaging Service's sender
    pool. A number can be in only one service at a time; success is answered with 201 or 200.

    Args:
        service_sid (str):
        body (CreatePhoneNumberRequest):

    """
    return parse(client.send(build_request(
        service_sid=service_sid,
        body=body,

    )))


async def asyncio(
    *,
    service_sid: str,
    client: AsyncRequester,
    body: CreatePhoneNumberRequest,

) -> ServicePhoneNumber:
    """POST /v1/Services/{ServiceSid}/PhoneNumbers (host: messaging).

    Add a phone number to a service

    Puts a phone number the account already owns, given by its PN SID, into a Messaging Service's sender
    pool. A number can be in only one service at a time; success is answered with 201 or 200.

    Args:
        service_sid (str):
        body (CreatePhoneNumberRequest):

    """
    return parse(await client.send(build_request(
        service_sid=service_sid,
        body=body,

    )))
