"""FetchBrandVetting: GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.brand_vetting import BrandVetting
from typing import cast

OPERATION = Operation(
    name="FetchBrandVetting",
    method="GET",
    host="messaging",
    path="/v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}",
    success=(200, ),
)


def build_request(
    *,
    brand_sid: str,
    brand_vetting_sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/a2p/BrandRegistrations/{brand_sid}/Vettings/{brand_vetting_sid}".format(
        brand_sid=quote(str(brand_sid), safe=""),
        brand_vetting_sid=quote(str(brand_vetting_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> BrandVetting:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = BrandVetting.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    brand_sid: str,
    brand_vetting_sid: str,
    client: SyncRequester,

) -> BrandVetting:
    """GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid} (host: messaging).

    Fetch a brand vetting

    Returns a single vetting record of a brand with its provider, class and status.

    Args:
        brand_sid (str):
        brand_vetting_sid (str):

    """
    return parse(client.send(build_request(
        brand_sid=brand_sid,
        brand_vetting_sid=brand_vetting_sid,

    )))


async def asyncio(
    *,
    brand_sid: str,
    brand_vetting_sid: str,
    client: AsyncRequester,

) -> BrandVetting:
    """GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid} (host: messaging).

    Fetch a brand vetting

    Returns a single vetting record of a brand with its provider, class and status.

    Args:
        brand_sid (str):
        brand_vetting_sid (str):

    """
    return parse(await client.send(build_request(
        brand_sid=brand_sid,
        brand_vetting_sid=brand_vetting_sid,

    )))
