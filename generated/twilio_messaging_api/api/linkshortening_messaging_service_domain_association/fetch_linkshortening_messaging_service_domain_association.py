"""FetchLinkshorteningMessagingServiceDomainAssociation: GET /v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.linkshortening_messaging_service_domain_association import LinkshorteningMessagingServiceDomainAssociation
from typing import cast

OPERATION = Operation(
    name="FetchLinkshorteningMessagingServiceDomainAssociation",
    method="GET",
    host="messaging",
    path="/v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain",
    success=(200, ),
)


def build_request(
    *,
    messaging_service_sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/LinkShortening/MessagingServices/{messaging_service_sid}/Domain".format(
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> LinkshorteningMessagingServiceDomainAssociation:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = LinkshorteningMessagingServiceDomainAssociation.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    messaging_service_sid: str,
    client: SyncRequester,

) -> LinkshorteningMessagingServiceDomainAssociation:
    """GET /v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain (host: messaging).

    Fetch a Messaging Service's domain

    Returns which domain the given Messaging Service uses for shortened links.

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

) -> LinkshorteningMessagingServiceDomainAssociation:
    """GET /v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain (host: messaging).

    Fetch a Messaging Service's domain

    Returns which domain the given Messaging Service uses for shortened links.

    Args:
        messaging_service_sid (str):

    """
    return parse(await client.send(build_request(
        messaging_service_sid=messaging_service_sid,

    )))
