"""CreateUsAppToPerson: POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.create_us_app_to_person_request import CreateUsAppToPersonRequest
from ...models.us_app_to_person import UsAppToPerson
from typing import cast

OPERATION = Operation(
    name="CreateUsAppToPerson",
    method="POST",
    host="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p",
    success=(201, ),
)


def build_request(
    *,
    messaging_service_sid: str,
    body: CreateUsAppToPersonRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{messaging_service_sid}/Compliance/Usa2p".format(
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> UsAppToPerson:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = UsAppToPerson.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    messaging_service_sid: str,
    client: SyncRequester,
    body: CreateUsAppToPersonRequest,

) -> UsAppToPerson:
    """POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p (host: messaging).

    Register an A2P campaign for a service

    Submits a US A2P 10DLC campaign for a Messaging Service under a registered brand. The campaign is
    reviewed after creation; watch campaign_status for the outcome.

    Args:
        messaging_service_sid (str):
        body (CreateUsAppToPersonRequest):

    """
    return parse(client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        body=body,

    )))


async def asyncio(
    *,
    messaging_service_sid: str,
    client: AsyncRequester,
    body: CreateUsAppToPersonRequest,

) -> UsAppToPerson:
    """POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p (host: messaging).

    Register an A2P campaign for a service

    Submits a US A2P 10DLC campaign for a Messaging Service under a registered brand. The campaign is
    reviewed after creation; watch campaign_status for the outcome.

    Args:
        messaging_service_sid (str):
        body (CreateUsAppToPersonRequest):

    """
    return parse(await client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        body=body,

    )))
