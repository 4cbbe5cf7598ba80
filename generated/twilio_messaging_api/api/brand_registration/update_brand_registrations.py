"""UpdateBrandRegistrations: POST /v1/a2p/BrandRegistrations/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.brand_registration import BrandRegistration
from typing import cast

OPERATION = Operation(
    name="UpdateBrandRegistrations",
    method="POST",
    host="messaging",
    path="/v1/a2p/BrandRegistrations/{Sid}",
    success=(202, ),
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
    if response.status_code == 202:
        response_202 = BrandRegistration.from_dict(response.json())



        return response_202

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    sid: str,
    client: SyncRequester,

) -> BrandRegistration:
    """POST /v1/a2p/BrandRegistrations/{Sid} (host: messaging).

    Resubmit a brand registration

    Retries registration of a brand, typically one in FAILED status whose profile bundles have since
    been corrected. No request body is needed; the 202 response means the retry was accepted and runs
    asynchronously.

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
    """POST /v1/a2p/BrandRegistrations/{Sid} (host: messaging).

    Resubmit a brand registration

    Retries registration of a brand, typically one in FAILED status whose profile bundles have since
    been corrected. No request body is needed; the 202 response means the retry was accepted and runs
    asynchronously.

    Args:
        sid (str):

    """
    return parse(await client.send(build_request(
        sid=sid,

    )))
