"""FetchService: GET /v1/Services/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.service import Service
from typing import cast

OPERATION = Operation(
    name="FetchService",
    method="GET",
    host="messaging",
    path="/v1/Services/{Sid}",
    success=(200, ),
)


def build_request(
    *,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{sid}".format(
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> Service:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = Service.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    sid: str,
    client: SyncRequester,

) -> Service:
    """GET /v1/Services/{Sid} (host: messaging).

    Fetch a Messaging Service

    Returns one Messaging Service with its current settings.

    Args:
        sid (str):

    """
    return parse(client.send(build_request(
        sid=sid,

    )))


async def asyncio(
    *,
    sid: str,
    client: AsyncRequester,

) -> Service:
    """GET /v1/Services/{Sid} (host: messaging).

    Fetch a Messaging Service

    Returns one Messaging Service with its current settings.

    Args:
        sid (str):

    """
    return parse(await client.send(build_request(
        sid=sid,

    )))
