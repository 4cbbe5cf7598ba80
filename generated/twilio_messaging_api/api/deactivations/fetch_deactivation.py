"""FetchDeactivation: GET /v1/Deactivations"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.deactivation import Deactivation
from ...types import UNSET, Unset
from typing import cast
import datetime

OPERATION = Operation(
    name="FetchDeactivation",
    method="GET",
    host="messaging",
    path="/v1/Deactivations",
    success=(307, ),
)


def build_request(
    *,
    date: datetime.date | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params: dict[str, Any] = {}
    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["Date"] = json_date
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/v1/Deactivations"
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> Deactivation:
    """Turn a success response into its typed model."""
    if response.status_code == 307:
        response_307 = Deactivation.from_dict(response.json())



        return response_307

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    date: datetime.date | Unset = UNSET,

) -> Deactivation:
    """GET /v1/Deactivations (host: messaging).

    Get the deactivated numbers for a day

    Answers with HTTP 307 and a link to a file listing the US numbers that carriers deactivated on the
    given day. The link is valid for only about two minutes.

    Args:
        date (datetime.date | Unset):

    """
    return parse(client.send(build_request(
        date=date,

    )))


async def asyncio(
    *,
    client: AsyncRequester,
    date: datetime.date | Unset = UNSET,

) -> Deactivation:
    """GET /v1/Deactivations (host: messaging).

    Get the deactivated numbers for a day

    Answers with HTTP 307 and a link to a file listing the US numbers that carriers deactivated on the
    given day. The link is valid for only about two minutes.

    Args:
        date (datetime.date | Unset):

    """
    return parse(await client.send(build_request(
        date=date,

    )))
