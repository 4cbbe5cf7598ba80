"""CreateBrandVetting: POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.brand_vetting import BrandVetting
from ...models.create_brand_vetting_request import CreateBrandVettingRequest
from typing import cast

OPERATION = Operation(
    name="CreateBrandVetting",
    method="POST",
    host="messaging",
    path="/v1/a2p/BrandRegistrations/{BrandSid}/Vettings",
    success=(201, 202, ),
)


def build_request(
    *,
    brand_sid: str,
    body: CreateBrandVettingRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/a2p/BrandRegistrations/{brand_sid}/Vettings".format(
        brand_sid=quote(str(brand_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> BrandVetting:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = BrandVetting.from_dict(response.json())



        return response_201

    if response.status_code == 202:
        response_202 = BrandVetting.from_dict(response.json())



        return response_202

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    brand_sid: str,
    client: SyncRequester,
    body: CreateBrandVettingRequest,

) -> BrandVetting:
    """POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings (host: messaging).

    Create a brand vetting

    Attaches external vetting to a brand, either by importing an existing result (such as a Campaign
    Verify token for political messaging) or by requesting a new one. The vetting may finish later, so
    check vetting_status.

    Args:
        brand_sid (str):
        body (CreateBrandVettingRequest):

    """
    return parse(client.send(build_request(
        brand_sid=brand_sid,
        body=body,

    )))


async def asyncio(
    *,
    brand_sid: str,
    client: AsyncRequester,
    body: CreateBrandVettingRequest,

) -> BrandVetting:
    """POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings (host: messaging).

    Create a brand vetting

    Attaches external vetting to a brand, either by importing an existing result (such as a Campaign
    Verify token for political messaging) or by requesting a new one. The vetting may finish later, so
    check vetting_status.

    Args:
        brand_sid (str):
        body (CreateBrandVettingRequest):

    """
    return parse(await client.send(build_request(
        brand_sid=brand_sid,
        body=body,

    )))
