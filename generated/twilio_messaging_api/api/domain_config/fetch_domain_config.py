"""FetchDomainConfig: GET /v1/LinkShortening/Domains/{DomainSid}/Config"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.domain_config import DomainConfig
from typing import cast

OPERATION = Operation(
    name="FetchDomainConfig",
    method="GET",
    host="messaging",
    path="/v1/LinkShortening/Domains/{DomainSid}/Config",
    success=(200, ),
)


def build_request(
    *,
    domain_sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/LinkShortening/Domains/{domain_sid}/Config".format(
        domain_sid=quote(str(domain_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> DomainConfig:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = DomainConfig.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    domain_sid: str,
    client: SyncRequester,

) -> DomainConfig:
    """GET /v1/LinkShortening/Domains/{DomainSid}/Config (host: messaging).

    Fetch a domain config

    Returns the link shortening settings of a domain.

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

) -> DomainConfig:
    """GET /v1/LinkShortening/Domains/{DomainSid}/Config (host: messaging).

    Fetch a domain config

    Returns the link shortening settings of a domain.

    Args:
        domain_sid (str):

    """
    return parse(await client.send(build_request(
        domain_sid=domain_sid,

    )))
