"""ListTollfreeVerification: GET /v1/Tollfree/Verifications"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.tollfree_verification_page import TollfreeVerificationPage
from ...models.tollfree_verification_status import TollfreeVerificationStatus
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="ListTollfreeVerification",
    method="GET",
    host="messaging",
    path="/v1/Tollfree/Verifications",
    success=(200, ),
    paging="meta",
    items_key="verifications",
)


def build_request(
    *,
    tollfree_phone_number_sid: str | Unset = UNSET,
    status: TollfreeVerificationStatus | Unset = UNSET,
    external_reference_id: str | Unset = UNSET,
    include_sub_accounts: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params: dict[str, Any] = {}
    params["TollfreePhoneNumberSid"] = tollfree_phone_number_sid
    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["Status"] = json_status
    params["ExternalReferenceId"] = external_reference_id
    params["IncludeSubAccounts"] = include_sub_accounts
    params["PageSize"] = page_size
    params["Page"] = page
    params["PageToken"] = page_token
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/v1/Tollfree/Verifications"
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> TollfreeVerificationPage:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = TollfreeVerificationPage.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    client: SyncRequester,
    tollfree_phone_number_sid: str | Unset = UNSET,
    status: TollfreeVerificationStatus | Unset = UNSET,
    external_reference_id: str | Unset = UNSET,
    include_sub_accounts: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> TollfreeVerificationPage:
    """GET /v1/Tollfree/Verifications (host: messaging).

    List toll-free verifications

    Returns verification requests one page at a time, optionally filtered by phone number, status or
    your external reference ID.

    Args:
        tollfree_phone_number_sid (str | Unset):
        status (TollfreeVerificationStatus | Unset): Review state of a toll-free verification:
            PENDING_REVIEW (submitted, not yet picked up), IN_REVIEW (being reviewed), TWILIO_APPROVED
            (approved) or TWILIO_REJECTED (turned down, see the rejection fields).
        external_reference_id (str | Unset):
        include_sub_accounts (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(client.send(build_request(
        tollfree_phone_number_sid=tollfree_phone_number_sid,
        status=status,
        external_reference_id=external_reference_id,
        include_sub_accounts=include_sub_accounts,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))


async def asyncio(
    *,
    client: AsyncRequester,
    tollfree_phone_number_sid: str | Unset = UNSET,
    status: TollfreeVerificationStatus | Unset = UNSET,
    external_reference_id: str | Unset = UNSET,
    include_sub_accounts: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,

) -> TollfreeVerificationPage:
    """GET /v1/Tollfree/Verifications (host: messaging).

    List toll-free verifications

    Returns verification requests one page at a time, optionally filtered by phone number, status or
    your external reference ID.

    Args:
        tollfree_phone_number_sid (str | Unset):
        status (TollfreeVerificationStatus | Unset): Review state of a toll-free verification:
            PENDING_REVIEW (submitted, not yet picked up), IN_REVIEW (being reviewed), TWILIO_APPROVED
            (approved) or TWILIO_REJECTED (turned down, see the rejection fields).
        external_reference_id (str | Unset):
        include_sub_accounts (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    """
    return parse(await client.send(build_request(
        tollfree_phone_number_sid=tollfree_phone_number_sid,
        status=status,
        external_reference_id=external_reference_id,
        include_sub_accounts=include_sub_accounts,
        page_size=page_size,
        page=page,
        page_token=page_token,

    )))
