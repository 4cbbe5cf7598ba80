"""UpdateService: POST /v1/Services/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.service import Service
from ...models.update_service_request import UpdateServiceRequest
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="UpdateService",
    method="POST",
    host="messaging",
    path="/v1/Services/{Sid}",
    success=(200, ),
)


def build_request(
    *,
    sid: str,
    body: UpdateServiceRequest | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{sid}".format(
        sid=quote(str(sid), safe=""),
    )
    payload: Any = None if isinstance(body, Unset) else body.to_dict()
    return ApiRequest(OPERATION, path, params=params, data=payload)


def parse(response: httpx.Response) -> Service:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = Service.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    sid: str,
    client: SyncRequester,
    body: UpdateServiceRequest | Unset = UNSET,

) -> Service:
    """POST /v1/Services/{Sid} (host: messaging).

    Update a Messaging Service

    Changes settings of a Messaging Service; fields left out of the request keep their values.

    Args:
        sid (str):
        body (UpdateServiceRequest | Unset):

    """
    return parse(client.send(build_request(
        sid=sid,
        body=body,

    )))


async def asyncio(
    *,
    sid: str,
    client: AsyncRequester,
    body: UpdateServiceRequest | Unset = UNSET,

) -> Service:
    """POST /v1/Services/{Sid} (host: messaging).

    Update a Messaging Service

    Changes settings of a Messaging Service; fields left out of the request keep their values.

    Args:
        sid (str):
        body (UpdateServiceRequest | Unset):

    """
    return parse(await client.send(build_request(
        sid=sid,
        body=body,

    )))
