"""DeleteUsAppToPerson: DELETE /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset


OPERATION = Operation(
    name="DeleteUsAppToPerson",
    method="DELETE",
    host="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
    success=(204, ),
)


def build_request(
    *,
    messaging_service_sid: str,
    sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Services/{messaging_service_sid}/Compliance/Usa2p/{sid}".format(
        messaging_service_sid=quote(str(messaging_service_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> None:
    """Turn a success response into its typed model."""
    return None


def sync(
    *,
    messaging_service_sid: str,
    sid: str,
    client: SyncRequester,

) -> None:
    """DELETE /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid} (host: messaging).

    Delete an A2P campaign of a service

    Removes a campaign registration from a Messaging Service.

    Args:
        messaging_service_sid (str):
        sid (str):

    """
    return parse(client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        sid=sid,

    )))


async def asyncio(
    *,
    messaging_service_sid: str,
    sid: str,
    client: AsyncRequester,

) -> None:
    """DELETE /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid} (host: messaging).

    Delete an A2P campaign of a service

    Removes a campaign registration from a Messaging Service.

    Args:
        messaging_service_sid (str):
        sid (str):

    """
    return parse(await client.send(build_request(
        messaging_service_sid=messaging_service_sid,
        sid=sid,

    )))
