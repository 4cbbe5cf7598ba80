"""CreateLinkshorteningMessagingService: POST /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.linkshortening_messaging_service import LinkshorteningMessagingService
from typing import cast

OPERATION = Operation(
    name="CreateLinkshorteningMessagingService",
    method="POST",
    host="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}",
    success=(201, ),
)


def build_request(
    *,
    domain_sid: str,
    messaging_service_sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/LinkShortening/Domains/{domain_sid}/MessagingServices/{messaging_service_sid}".format(
        domain_sid=quote(str(domain_sid), safe=""),
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> LinkshorteningMessagingService:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = LinkshorteningMessagingService.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    domain_sid: str,
    messaging_service_sid: str,
    client: SyncRequester,

) -> LinkshorteningMessagingService:
    """POST /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid} (host: messaging).

    Link a domain to a Messaging Service

    Associates a Messaging Service with a domain, so that with link shortening enabled the links in the
    service's messages are shortened onto that domain.

    Args:
        domain_sid (str):
        messaging_service_sid (str):

    """
    return parse(client.send(build_request(
        domain_sid=domain_sid,
        messaging_service_sid=messaging_service_sid,

    )))


async def asyncio(
    *,
    domain_sid: str,
    messaging_service_sid: str,
    client: AsyncRequester,

) -> LinkshorteningMessagingService:
    """POST /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid} (host: messaging).

    Link a domain to a Messaging Service

    Associates a Messaging Service with a domain, so that with link shortening enabled the links in the
    service's messages are shortened onto that domain.

    Args:
        domain_sid (str):
        messaging_service_sid (str):

    """
    return parse(await client.send(build_request(
        domain_sid=domain_sid,
        messaging_service_sid=messaging_service_sid,

    )))
