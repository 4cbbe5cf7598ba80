"""CreateBrandRegistrations: POST /v1/a2p/BrandRegistrations"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.brand_registration import BrandRegistration
from ...models.create_brand_registrations_request import CreateBrandRegistrationsRequest
from typing import cast

OPERATION = Operation(
    name="CreateBrandRegistrations",
    method="POST",
    host="messaging",
    path="/v1/a2p/BrandRegistrations",
    success=(201, ),
)


def build_request(
    *,
    body: CreateBrandRegistrationsRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/a2p/BrandRegistrations"
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> BrandRegistration:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = BrandRegistration.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    body: CreateBrandRegistrationsRequest,

) -> BrandRegistration:
    """POST /v1/a2p/BrandRegistrations (host: messaging).

    Register a brand

    Submits a business for A2P 10DLC brand registration, built from a Trust Hub customer profile bundle
    and an A2P messaging profile bundle. Registration is asynchronous: check the status until it becomes
    APPROVED or FAILED.

    Args:
        body (CreateBrandRegistrationsRequest):

    """
    return parse(client.send(build_request(
        body=body,

    )))


async def asyncio(
    *,
    client: AsyncRequester,
    body: CreateBrandRegistrationsRequest,

) -> BrandRegistration:
    """POST /v1/a2p/BrandRegistrations (host: messaging).

    Register a brand

    Submits a business for A2P 10DLC brand registration, built from a Trust Hub customer profile bundle
    and an A2P messaging profile bundle. Registration is asynchronous: check the status until it becomes
    APPROVED or FAILED.

    Args:
        body (CreateBrandRegistrationsRequest):

    """
    return parse(await client.send(build_request(
        body=body,

    )))
