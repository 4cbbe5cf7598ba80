"""FetchDestinationAlphaSender: GET /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.destination_alpha_sender import DestinationAlphaSender
from typing import cast

OPERATION = Operation(
    name="FetchDestinationAlphaSender",
    method="GET",
    host="messaging",
    path="/v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}",
    success=(200, ),
)


def build_request(
    *,
    service_sid: str,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{service_sid}/DestinationAlphaSenders/{sid}".format(
        service_sid=quote(str(service_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> DestinationAlphaSender:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = DestinationAlphaSender.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    service_sid: str,
    sid: str,
    client: SyncRequester,

) -> DestinationAlphaSender:
    """GET /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid} (host: messaging).

    Fetch a destination alphanumeric sender in a service

    Returns one country-specific or default alphanumeric sender ID of a Messaging Service.

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

) -> DestinationAlphaSender:
    """GET /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid} (host: messaging).

    Fetch a destination alphanumeric sender in a service

    Returns one country-specific or default alphanumeric sender ID of a Messaging Service.

    Args:
        service_sid (str):
        sid (str):

    """
    return parse(await client.send(build_request(
        service_sid=service_sid,
        sid=sid,

    )))
