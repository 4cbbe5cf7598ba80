"""FetchUsecase: GET /v1/Services/Usecases"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.usecase import Usecase
from typing import cast

OPERATION = Operation(
    name="FetchUsecase",
    method="GET",
    host="messaging",
    path="/v1/Services/Usecases",
    success=(200, ),
)


def build_request(
    
) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/Usecases"
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> Usecase:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = Usecase.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,

) -> Usecase:
    """GET /v1/Services/Usecases (host: messaging).

    List Messaging Service use cases

    Returns the use cases, such as notifications or marketing, that a Messaging Service can declare in
    its Usecase setting.

    """
    return parse(client.send(build_request(
        
    )))


async def asyncio(
    *,
    client: AsyncRequester,

) -> Usecase:
    """GET /v1/Services/Usecases (host: messaging).

    List Messaging Service use cases

    Returns the use cases, such as notifications or marketing, that a Messaging Service can declare in
    its Usecase setting.

    """
    return parse(await client.send(build_request(
        
    )))
