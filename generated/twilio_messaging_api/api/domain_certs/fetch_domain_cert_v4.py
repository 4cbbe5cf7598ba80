"""FetchDomainCertV4: GET /v1/LinkShortening/Domains/{DomainSid}/Certificate"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.domain_cert_v4 import DomainCertV4
from typing import cast

OPERATION = Operation(
    name="FetchDomainCertV4",
    method="GET",
    host="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/Certificate",
    success=(200, ),
)


def build_request(
    *,
    domain_sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/LinkShortening/Domains/{domain_sid}/Certificate".format(
        domain_sid=quote(str(domain_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> DomainCertV4:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = DomainCertV4.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    domain_sid: str,
    client: SyncRequester,

) -> DomainCertV4:
    """GET /v1/LinkShortening/Domains/{DomainSid}/Certificate (host: messaging).

    Fetch a domain certificate

    Returns the certificate set for a domain, including when it expires and any newer certificate still
    being validated.

    Args:
        domain_sid (str):

    """
    return parse(client.send(build_request(
        domain_sid=domain_sid,

    )))


async def asyncio(
    *,
    domain_sid: str,
    client: AsyncRequester,

) -> DomainCertV4:
    """GET /v1/LinkShortening/Domains/{DomainSid}/Certificate (host: messaging).

    Fetch a domain certificate

    Returns the certificate set for a domain, including when it expires and any newer certificate still
    being validated.

    Args:
        domain_sid (str):

    """
    return parse(await client.send(build_request(
        domain_sid=domain_sid,

    )))
