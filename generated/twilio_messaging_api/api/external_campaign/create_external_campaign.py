"""CreateExternalCampaign: POST /v1/Services/PreregisteredUsa2p"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.create_external_campaign_request import CreateExternalCampaignRequest
from ...models.external_campaign import ExternalCampaign
from typing import cast

OPERATION = Operation(
    name="CreateExternalCampaign",
    method="POST",
    host="messaging",
    path="/v1/Services/PreregisteredUsa2p",
    success=(201, ),
)


def build_request(
    *,
    body: CreateExternalCampaignRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/PreregisteredUsa2p"
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> ExternalCampaign:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = ExternalCampaign.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    body: CreateExternalCampaignRequest,

) -> ExternalCampaign:
    """POST /v1/Services/PreregisteredUsa2p (host: messaging).

    Link an externally registered campaign to a service

    Associates a campaign already registered with The Campaign Registry, given by its campaign ID, with
    a Messaging Service.

    Args:
        body (CreateExternalCampaignRequest):

    """
    return parse(client.send(build_request(
        body=body,

    )))


async def asyncio(
    *,
    client: AsyncRequester,
    body: CreateExternalCampaignRequest,

) -> ExternalCampaign:
    """POST /v1/Services/PreregisteredUsa2p (host: messaging).

    Link an externally registered campaign to a service

    Associates a campaign already registered with The Campaign Registry, given by its campaign ID, with
    a Messaging Service.

    Args:
        body (CreateExternalCampaignRequest):

    """
    return parse(await client.send(build_request(
        body=body,

    )))
