"""UpdateDomainCertV4: POST /v1/LinkShortening/Domains/{DomainSid}/Certificate"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.domain_cert_v4 import DomainCertV4
from ...models.update_domain_cert_v4_request import UpdateDomainCertV4Request
from typing import cast

OPERATION = Operation(
    name="UpdateDomainCertV4",
    method="POST",
    host="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/Certificate",
    success=(200, 201, ),
)


def build_request(
    *,
    domain_sid: str,
    body: UpdateDomainCertV4Request,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/LinkShortening/Domains/{domain_sid}/Certificate".format(
        domain_sid=quote(str(domain_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> DomainCertV4:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = DomainCertV4.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = DomainCertV4.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    domain_sid: str,
    client: SyncRequester,
    body: UpdateDomainCertV4Request,

) -> DomainCertV4:
    """POST /v1/LinkShortening/Domains/{DomainSid}/Certificate (host: messaging).

    Upload a domain certificate

    Adds or replaces the TLS certificate and private key for a domain. A new certificate is validated
    before use; follow its progress in cert_in_validation.

    Args:
        domain_sid (str):
        body (UpdateDomainCertV4Request):

    """
    return parse(client.send(build_request(
        domain_sid=domain_sid,
        body=body,

    )))


async def asyncio(
    *,
    domain_sid: str,
    client: AsyncRequester,
    body: UpdateDomainCertV4Request,

) -> DomainCertV4:
    """POST /v1/LinkShortening/Domains/{DomainSid}/Certificate (host: messaging).

    Upload a domain certificate

    Adds or replaces the TLS certificate and private key for a domain. A new certificate is validated
    before use; follow its progress in cert_in_validation.

    Args:
        domain_sid (str):
        body (UpdateDomainCertV4Request):

    """
    return parse(await client.send(build_request(
        domain_sid=domain_sid,
        body=body,

    )))
