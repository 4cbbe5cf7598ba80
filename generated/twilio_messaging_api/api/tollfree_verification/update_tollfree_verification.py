"""UpdateTollfreeVerification: POST /v1/Tollfree/Verifications/{Sid}"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.tollfree_verification import TollfreeVerification
from ...models.update_tollfree_verification_request import UpdateTollfreeVerificationRequest
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="UpdateTollfreeVerification",
    method="POST",
    host="messaging",
    path="/v1/Tollfree/Verifications/{Sid}",
    success=(202, ),
)


def build_request(
    *,
    sid: str,
    body: UpdateTollfreeVerificationRequest | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Tollfree/Verifications/{sid}".format(
        sid=quote(str(sid), safe=""),
    )
    payload: Any = None if isinstance(body, Unset) else body.to_dict()
    return ApiRequest(OPERATION, path, params=params, data=payload)


def parse(response: httpx.Response) -> TollfreeVerification:
    """Turn a success response into its typed model."""
    if response.status_code == 202:
        response_202 = TollfreeVerification.from_dict(response.json())



        return response_202

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    sid: str,
    client: SyncRequester,
    body: UpdateTollfreeVerificationRequest | Unset = UNSET,

) -> TollfreeVerification:
    """POST /v1/Tollfree/Verifications/{Sid} (host: messaging).

    Edit a toll-free verification

    Changes the submitted details of a verification, mainly to correct and resubmit one that was
    rejected. A rejected verification can be edited only while edit_allowed is true and edit_expiration
    has not passed.

    Args:
        sid (str):
        body (UpdateTollfreeVerificationRequest | Unset):

    """
    return parse(client.send(build_request(
        sid=sid,
        body=body,

    )))


async def asyncio(
    *,
    sid: str,
    client: AsyncRequester,
    body: UpdateTollfreeVerificationRequest | Unset = UNSET,

) -> TollfreeVerification:
    """POST /v1/Tollfree/Verifications/{Sid} (host: messaging).

    Edit a toll-free verification

    Changes the submitted details of a verification, mainly to correct and resubmit one that was
    rejected. A rejected verification can be edited only while edit_allowed is true and edit_expiration
    has not passed.

    Args:
        sid (str):
        body (UpdateTollfreeVerificationRequest | Unset):

    """
    return parse(await client.send(build_request(
        sid=sid,
        body=body,

    )))
