"""CreateTollfreeVerification: POST /v1/Tollfree/Verifications"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.create_tollfree_verification_request import CreateTollfreeVerificationRequest
from ...models.tollfree_verification import TollfreeVerification
from typing import cast

OPERATION = Operation(
    name="CreateTollfreeVerification",
    method="POST",
    host="messaging",
    path="/v1/Tollfree/Verifications",
    success=(201, ),
)


def build_request(
    *,
    body: CreateTollfreeVerificationRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/Tollfree/Verifications"
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> TollfreeVerification:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = TollfreeVerification.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    body: CreateTollfreeVerificationRequest,

) -> TollfreeVerification:
    """POST /v1/Tollfree/Verifications (host: messaging).

    Submit a toll-free verification

    Submits a toll-free number for review with details of the business, its messaging use case and how
    recipients opt in. The new request starts in PENDING_REVIEW.

    Args:
        body (CreateTollfreeVerificationRequest):

    """
    return parse(client.send(build_request(
        body=body,

    )))


async def asyncio(
    *,
    client: AsyncRequester,
    body: CreateTollfreeVerificationRequest,

) -> TollfreeVerification:
    """POST /v1/Tollfree/Verifications (host: messaging).

    Submit a toll-free verification

    Submits a toll-free number for review with details of the business, its messaging use case and how
    recipients opt in. The new request starts in PENDING_REVIEW.

    Args:
        body (CreateTollfreeVerificationRequest):

    """
    return parse(await client.send(build_request(
        body=body,

    )))
