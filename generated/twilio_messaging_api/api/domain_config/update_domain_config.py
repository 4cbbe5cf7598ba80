"""UpdateDomainConfig: POST /v1/LinkShortening/Domains/{DomainSid}/Config"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.domain_config import DomainConfig
from ...models.update_domain_config_request import UpdateDomainConfigRequest
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="UpdateDomainConfig",
    method="POST",
    host="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/Config",
    success=(200, 201, ),
)


def build_request(
    *,
    domain_sid: str,
    body: UpdateDomainConfigRequest | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/LinkShortening/Domains/{domain_sid}/Config".format(
        domain_sid=quote(str(domain_sid), safe=""),
    )
    payload: Any = None if isinstance(body, Unset) else body.to_dict()
    return ApiRequest(OPERATION, path, params=params, data=payload)


def parse(response: httpx.Response) -> DomainConfig:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = DomainConfig.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = DomainConfig.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    domain_sid: str,
    client: SyncRequester,
    body: UpdateDomainConfigRequest | Unset = UNSET,

) -> DomainConfig:
    """POST /v1/LinkShortening/Domains/{DomainSid}/Config (host: messaging).

    Update a domain config

    Sets the fallback URL, click callback URL, and failure and HTTPS preferences used when links are
    shortened on this domain.

    Args:
        domain_sid (str):
        body (UpdateDomainConfigRequest | Unset):

    """
    return parse(client.send(build_request(
        domain_sid=domain_sid,
        body=body,

    )))


async def asyncio(
    *,
    domain_sid: str,
    client: AsyncRequester,
    body: UpdateDomainConfigRequest | Unset = UNSET,

) -> DomainConfig:
    """POST /v1/LinkShortening/Domains/{DomainSid}/Config (host: messaging).

    Update a domain config

    Sets the fallback URL, click callback URL, and failure and HTTPS preferences used when links are
    shortened on this domain.

    Args:
        domain_sid (str):
        body (UpdateDomainConfigRequest | Unset):

    """
    return parse(await client.send(build_request(
        domain_sid=domain_sid,
        body=body,

    )))
