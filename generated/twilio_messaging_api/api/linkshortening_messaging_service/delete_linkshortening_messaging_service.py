"""DeleteLinkshorteningMessagingService: DELETE /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset


OPERATION = Operation(
    name="DeleteLinkshorteningMessagingService",
    method="DELETE",
    host="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}",
    success=(204, ),
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


def parse(response: httpx.Response) -> None:
    """Turn a success response into its typed model."""
    return None


def sync(
    *,
    domain_sid: str,
    messaging_service_sid: str,
    client: SyncRequester,

) -> None:
    """DELETE /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid} (host: messaging).

    Unlink a domain from a Messaging Service

    Removes the association, so the service's messages no longer use this domain for shortened links.

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

) -> None:
    """DELETE /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid} (host: messaging).

    Unlink a domain from a Messaging Service

    Removes the association, so the service's messages no longer use this domain for shortened links.

    Args:
        domain_sid (str):
        messaging_service_sid (str):

    """
    return parse(await client.send(build_request(
        domain_sid=domain_sid,
        messaging_service_sid=messaging_service_sid,

    )))
