"""DeleteAlphaSender: DELETE /v1/Services/{ServiceSid}/AlphaSenders/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset


OPERATION = Operation(
    name="DeleteAlphaSender",
    method="DELETE",
    host="messaging",
    path="/v1/Services/{ServiceSid}/AlphaSenders/{Sid}",
    success=(204, ),
)


def build_request(
    *,
    service_sid: str,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{service_sid}/AlphaSenders/{sid}".format(
        service_sid=quote(str(service_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> None:
    """Turn a success response into its typed model."""
    return None


def sync(
    *,
    service_sid: str,
    sid: str,
    client: SyncRequester,

) -> None:
    """DELETE /v1/Services/{ServiceSid}/AlphaSenders/{Sid} (host: messaging).

    Remove an alphanumeric sender from a service

    Detaches an alphanumeric sender ID from a Messaging Service.

    Args:
        service_sid (str):
        sid (str):

    """
    return parse(client.send(build_request(
        service_sid=service_sid,
        sid=sid,

    )))


async def asyncio(
    *,
    service_sid: str,
    sid: str,
    client: AsyncRequester,

) -> None:
    """DELETE /v1/Services/{ServiceSid}/AlphaSenders/{Sid} (host: messaging).

    Remove an alphanumeric sender from a service

    Detaches an alphanumeric sender ID from a Messaging Service.

    Args:
        service_sid (str):
        sid (str):

    """
    return parse(await client.send(build_request(
        service_sid=service_sid,
        sid=sid,

    )))
