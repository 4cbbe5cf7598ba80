"""CreateBrandRegistrationOtp: POST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.brand_registration_otp import BrandRegistrationOtp
from typing import cast

OPERATION = Operation(
    name="CreateBrandRegistrationOtp",
    method="POST",
    host="messaging",
    path="/v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp",
    success=(201, ),
)


def build_request(
    *,
    brand_registration_sid: str,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/v1/a2p/BrandRegistrations/{brand_registration_sid}/SmsOtp".format(
        brand_registration_sid=quote(str(brand_registration_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params)


def parse(response: httpx.Response) -> BrandRegistrationOtp:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = BrandRegistrationOtp.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    brand_registration_sid: str,
    client: SyncRequester,

) -> BrandRegistrationOtp:
    """POST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp (host: messaging).

    Resend a brand verification OTP

    Sends a fresh one-time passcode to the mobile number on file for a Sole Proprietor brand, for
    example after the earlier code expired. Only brands of type SOLE_PROPRIETOR use this step.

    Args:
        brand_registration_sid (str):

    """
    return parse(client.send(build_request(
        brand_registration_sid=brand_registration_sid,

    )))


async def asyncio(
    *,
    brand_registration_sid: str,
    client: AsyncRequester,

) -> BrandRegistrationOtp:
    """POST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp (host: messaging).

    Resend a brand verification OTP

    Sends a fresh one-time passcode to the mobile number on file for a Sole Proprietor brand, for
    example after the earlier code expired. Only brands of type SOLE_PROPRIETOR use this step.

    Args:
        brand_registration_sid (str):

    """
    return parse(await client.send(build_request(
        brand_registration_sid=brand_registration_sid,

    )))
