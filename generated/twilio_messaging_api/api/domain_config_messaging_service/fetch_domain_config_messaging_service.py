"""FetchDomainConfigMessagingService: GET /v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.domain_config_messaging_service import DomainConfigMessagingService
from typing import cast

OPERATION = Operation(
    name="FetchDomainConfigMessagingService",
    method="GET",
    host="messaging",
    path="/v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig",
    success=(200, ),
)


def build_request(
    *,
    messaging_service_sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/LinkShortening/MessagingService/{messaging_service_sid}/DomainConfig".format(
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> DomainConfigMessagingService:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = DomainConfigMessagingService.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    messaging_service_sid: str,
    client: SyncRequester,

) -> DomainConfigMessagingService:
    """GET /v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig (host: messaging).

    Fetch a Messaging Service's domain config

    Returns the link shortening settings of the domain used by the given Messaging Service.

    Args:
        messaging_service_sid (str):

    """
    return parse(client.send(build_request(
        messaging_service_sid=messaging_service_sid,

    )))


async def asyncio(
    *,
    messaging_service_sid: str,
    client: AsyncRequester,

) -> DomainConfigMessagingService:
    """GET /v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig (host: messaging).

    Fetch a Messaging Service's domain config

    Returns the link shortening settings of the domain used by the given Messaging Service.

    Args:
        messaging_service_sid (str):

    """
    return parse(await client.send(build_request(
        messaging_service_sid=messaging_service_sid,

    )))
