"""UpdateUsAppToPerson: POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.update_us_app_to_person_request import UpdateUsAppToPersonRequest
from ...models.us_app_to_person import UsAppToPerson
from typing import cast

OPERATION = Operation(
    name="UpdateUsAppToPerson",
    method="POST",
    host="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
    success=(200, ),
)


def build_request(
    *,
    messaging_service_sid: str,
    sid: str,
    body: UpdateUsAppToPersonRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{messaging_service_sid}/Compliance/Usa2p/{sid}".format(
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> UsAppToPerson:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = UsAppToPerson.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    messaging_service_sid: str,
    sid: str,
    client: SyncRequester,
    body: UpdateUsAppToPersonRequest,

) -> UsAppToPerson:
    """POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid} (host: messaging).

    Update an A2P campaign of a service

    Replaces the editable details of a campaign registration; every field of the request body must be
    sent.

    Args:
        messaging_service_sid (str):
        sid (str):
        body (UpdateUsAppToPersonRequest):

    """
    return parse(client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        sid=sid,
        body=body,

    )))


async def asyncio(
    *,
    messaging_service_sid: str,
    sid: str,
    client: AsyncRequester,
    body: UpdateUsAppToPersonRequest,

) -> UsAppToPerson:
    """POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid} (host: messaging).

    Update an A2P campaign of a service

    Replaces the editable details of a campaign registration; every field of the request body must be
    sent.

    Args:
        messaging_service_sid (str):
        sid (str):
        body (UpdateUsAppToPersonRequest):

    """
    return parse(await client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        sid=sid,
        body=body,

    )))
