"""FetchMessagingCountry: GET /v1/Messaging/Countries/{IsoCountry}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.messaging_country import MessagingCountry
from typing import cast

OPERATION = Operation(
    name="FetchMessagingCountry",
    method="GET",
    host="pricing",
    path="/v1/Messaging/Countries/{IsoCountry}",
    success=(200, ),
)


def build_request(
    *,
    iso_country: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Messaging/Countries/{iso_country}".format(
        iso_country=quote(str(iso_country), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> MessagingCountry:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = MessagingCountry.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    iso_country: str,
    client: SyncRequester,

) -> MessagingCountry:
    """GET /v1/Messaging/Countries/{IsoCountry} (host: pricing).

    Fetch messaging prices for a country

    Returns what it costs to send SMS in a country, per carrier network, and to receive SMS there, per
    number type, in the currency given by price_unit.

    Args:
        iso_country (str):

    """
    return parse(client.send(build_request(
        iso_country=iso_country,

    )))


async def asyncio(
    *,
    iso_country: str,
    client: AsyncRequester,

) -> MessagingCountry:
    """GET /v1/Messaging/Countries/{IsoCountry} (host: pricing).

    Fetch messaging prices for a country

    Returns what it costs to send SMS in a country, per carrier network, and to receive SMS there, per
    number type, in the currency given by price_unit.

    Args:
        iso_country (str):

    """
    return parse(await client.send(build_request(
        iso_country=iso_country,

    )))
