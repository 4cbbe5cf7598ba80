"""UpdateRequestManagedCert: POST /v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.request_managed_cert import RequestManagedCert
from typing import cast

OPERATION = Operation(
    name="UpdateRequestManagedCert",
    method="POST",
    host="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert",
    success=(200, 201, ),
)


def build_request(
    *,
    domain_sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/LinkShortening/Domains/{domain_sid}/RequestManagedCert".format(
        domain_sid=quote(str(domain_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> RequestManagedCert:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = RequestManagedCert.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = RequestManagedCert.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    domain_sid: str,
    client: SyncRequester,

) -> RequestManagedCert:
    """POST /v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert (host: messaging).

    Request a managed certificate

    Asks Twilio to issue and maintain a TLS certificate for the domain, instead of you uploading one.
    Issuance is not immediate; the requesting flag stays true until it is done.

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

) -> RequestManagedCert:
    """POST /v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert (host: messaging).

    Request a managed certificate

    Asks Twilio to issue and maintain a TLS certificate for the domain, instead of you uploading one.
    Issuance is not immediate; the requesting flag stays true until it is done.

    Args:
        domain_sid (str):

    """
    return parse(await client.send(build_request(
        domain_sid=domain_sid,

    )))
