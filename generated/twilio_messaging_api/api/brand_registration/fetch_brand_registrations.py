"""FetchBrandRegistrations: GET /v1/a2p/BrandRegistrations/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.brand_registration import BrandRegistration
from typing import cast

OPERATION = Operation(
    name="FetchBrandRegistrations",
    method="GET",
    host="messaging",
    path="/v1/a2p/BrandRegistrations/{Sid}",
    success=(200, ),
)


def build_request(
    *,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/a2p/BrandRegistrations/{sid}".format(
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> BrandRegistration:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = BrandRegistration.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    sid: str,
    client: SyncRequester,

) -> BrandRegistration:
    """GET /v1/a2p/BrandRegistrations/{Sid} (host: messaging).

    Fetch a brand registration

    Returns one brand registration with its registration status, identity status, score and any errors
    found during review.

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

) -> BrandRegistration:
    """GET /v1/a2p/BrandRegistrations/{Sid} (host: messaging).

    Fetch a brand registration

    Returns one brand registration with its registration status, identity status, score and any errors
    found during review.

    Args:
        sid (str):

    """
    return parse(await client.send(build_request(
        sid=sid,

    )))
