"""FetchPhoneNumber: GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.service_phone_number import ServicePhoneNumber
from typing import cast

OPERATION = Operation(
    name="FetchPhoneNumber",
    method="GET",
    host="messaging",
    path="/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
    success=(200, ),
)


def build_request(
    *,
    service_sid: str,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{service_sid}/PhoneNumbers/{sid}".format(
        service_sid=quote(str(service_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> ServicePhoneNumber:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = ServicePhoneNumber.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    service_sid: str,
    sid: str,
    client: SyncRequester,

) -> ServicePhoneNumber:
    """GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid} (host: messaging).

    Fetch a phone number in a service

    Returns one phone number from a Messaging Service's sender pool.

    Args:
        service_sid (str):
        sid (str):

    """
    return parse(client.send(build_request(
        service_sid=service_sid,
        sid=sid,

    )))


async def asyncio(
    *,
    service_sid: str,
    sid: str,
    client: AsyncRequester,

) -> ServicePhoneNumber:
    """GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid} (host: messaging).

    Fetch a phone number in a service

    Returns one phone number from a Messaging Service's sender pool.

    Args:
        service_sid (str):
        sid (str):

    """
    return parse(await client.send(build_request(
        service_sid=service_sid,
        sid=sid,

    )))
