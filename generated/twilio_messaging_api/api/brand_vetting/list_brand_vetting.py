"""ListBrandVetting: GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.brand_vetting_page import BrandVettingPage
from ...models.brand_vetting_provider import BrandVettingProvider
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="ListBrandVetting",
    method="GET",
    host="messaging",
    path="/v1/a2p/BrandRegistrations/{BrandSid}/Vettings",
    success=(200, ),
    paging="meta",
    items_key="data",
)


def build_request(
    *,
    brand_sid: str,
    vetting_provider: BrandVettingProvider | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params: dict[str, Any] = {}
    json_vetting_provider: str | Unset = UNSET
    if not isinstance(vetting_provider, Unset):
        json_vetting_provider = vetting_provider.value

    params["VettingProvider"] = json_vetting_provider
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/v1/a2p/BrandRegistrations/{brand_sid}/Vettings".format(
        brand_sid=quote(str(brand_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> BrandVettingPage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = BrandVettingPage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    brand_sid: str,
    client: SyncRequester,
    vetting_provider: BrandVettingProvider | Unset = UNSET,

) -> BrandVettingPage:
    """GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings (host: messaging).

    List brand vettings

    Returns the vetting records of a brand, optionally limited to one vetting provider.

    Args:
        brand_sid (str):
        vetting_provider (BrandVettingProvider | Unset): Third-party vetting provider: campaign-
            verify (Campaign Verify tokens for political senders) or aegis (secondary vetting by Aegis
            Mobile).

    """
    return parse(client.send(build_request(
        brand_sid=brand_sid,
        vetting_provider=vetting_provider,

    )))


async def asyncio(
    *,
    brand_sid: str,
    client: AsyncRequester,
    vetting_provider: BrandVettingProvider | Unset = UNSET,

) -> BrandVettingPage:
    """GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings (host: messaging).

    List brand vettings

    Returns the vetting records of a brand, optionally limited to one vetting provider.

    Args:
        brand_sid (str):
        vetting_provider (BrandVettingProvider | Unset): Third-party vetting provider: campaign-
            verify (Campaign Verify tokens for political senders) or aegis (secondary vetting by Aegis
            Mobile).

    """
    return parse(await client.send(build_request(
        brand_sid=brand_sid,
        vetting_provider=vetting_provider,

    )))
