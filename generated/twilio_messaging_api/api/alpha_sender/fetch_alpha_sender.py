"""FetchAlphaSender: GET /v1/Services/{ServiceSid}/AlphaSenders/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.service_alpha_sender import ServiceAlphaSender
from typing import cast

OPERATION = Operation(
    name="FetchAlphaSender",
    method="GET",
    host="messaging",
    path="/v1/Services/{ServiceSid}/AlphaSenders/{Sid}",
    success=(200, ),
)


def build_request(
    *,
    service_sid: str,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{service_sid}/AlphaSenders/{sid}".format(
        service_sid=quote(str(service_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> ServiceAlphaSender:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = ServiceAlphaSender.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    service_sid: str,
    sid: str,
    client: SyncRequester,

) -> ServiceAlphaSender:
    """GET /v1/Services/{ServiceSid}/AlphaSenders/{Sid} (host: messaging).

    Fetch an alphanumeric sender in a service

    Returns one alphanumeric sender ID attached to a Messaging Service.

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

) -> ServiceAlphaSender:
    """GET /v1/Services/{ServiceSid}/AlphaSenders/{Sid} (host: messaging).

    Fetch an alphanumeric sender in a service

    Returns one alphanumeric sender ID attached to a Messaging Service.

    Args:
        service_sid (str):
        sid (str):

    """
    return parse(await client.send(build_request(
        service_sid=service_sid,
        sid=sid,

    )))
