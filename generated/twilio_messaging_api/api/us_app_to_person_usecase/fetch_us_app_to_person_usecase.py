"""FetchUsAppToPersonUsecase: GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.us_app_to_person_usecase import UsAppToPersonUsecase
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="FetchUsAppToPersonUsecase",
    method="GET",
    host="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases",
    success=(200, ),
)


def build_request(
    *,
    messaging_service_sid: str,
    brand_registration_sid: str | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params: dict[str, Any] = {}
    params["BrandRegistrationSid"] = brand_registration_sid
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/v1/Services/{messaging_service_sid}/Compliance/Usa2p/Usecases".format(
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> UsAppToPersonUsecase:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = UsAppToPersonUsecase.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    messaging_service_sid: str,
    client: SyncRequester,
    brand_registration_sid: str | Unset = UNSET,

) -> UsAppToPersonUsecase:
    """GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases (host: messaging).

    List A2P campaign use cases for a service

    Returns the campaign use cases a brand may register for a Messaging Service. An empty list means the
    brand cannot register campaigns in its current state.

    Args:
        messaging_service_sid (str):
        brand_registration_sid (str | Unset):

    """
    return parse(client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        brand_registration_sid=brand_registration_sid,

    )))


async def asyncio(
    *,
    messaging_service_sid: str,
    client: AsyncRequester,
    brand_registration_sid: str | Unset = UNSET,

) -> UsAppToPersonUsecase:
    """GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases (host: messaging).

    List A2P campaign use cases for a service

    Returns the campaign use cases a brand may register for a Messaging Service. An empty list means the
    brand cannot register campaigns in its current state.

    Args:
        messaging_service_sid (str):
        brand_registration_sid (str | Unset):

    """
    return parse(await client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        brand_registration_sid=brand_registration_sid,

    )))
