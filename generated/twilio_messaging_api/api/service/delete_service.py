"""DeleteService: DELETE /v1/Services/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset


OPERATION = Operation(
    name="DeleteService",
    method="DELETE",
    host="messaging",
    path="/v1/Services/{Sid}",
    success=(204, ),
)


def build_request(
    *,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{sid}".format(
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> None:
    """Turn a success response into its typed model."""
    return None


def sync(
    *,
    sid: str,
    client: SyncRequester,

) -> None:
    """DELETE /v1/Services/{Sid} (host: messaging).

    Delete a Messaging Service

    Deletes a Messaging Service for good. Its phone numbers and other senders are detached but stay in
    the account.

    Args:
        sid (str):

    """
    return parse(client.send(build_request(
        sid=sid,

    )))


async def asyncio(
    *,
    sid: str,
    client: AsyncRequester,

) -> None:
    """DELETE /v1/Services/{Sid} (host: messaging).

    Delete a Messaging Service

    Deletes a Messaging Service for good. Its phone numbers and other senders are detached but stay in
    the account.

    Args:
        sid (str):

    """
    return parse(await client.send(build_request(
        sid=sid,

    )))
