"""FetchTollfreeVerification: GET /v1/Tollfree/Verifications/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.tollfree_verification import TollfreeVerification
from typing import cast

OPERATION = Operation(
    name="FetchTollfreeVerification",
    method="GET",
    host="messaging",
    path="/v1/Tollfree/Verifications/{Sid}",
    success=(200, ),
)


def build_request(
    *,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Tollfree/Verifications/{sid}".format(
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> TollfreeVerification:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = TollfreeVerification.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    sid: str,
    client: SyncRequester,

) -> TollfreeVerification:
    """GET /v1/Tollfree/Verifications/{Sid} (host: messaging).

    Fetch a toll-free verification

    Returns one verification with the details submitted and its current review status.

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

) -> TollfreeVerification:
    """GET /v1/Tollfree/Verifications/{Sid} (host: messaging).

    Fetch a toll-free verification

    Returns one verification with the details submitted and its current review status.

    Args:
        sid (str):

    """
    return parse(await client.send(build_request(
        sid=sid,

    )))
