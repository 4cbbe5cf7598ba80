"""UpdateSmsShortCode: POST /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.sms_short_code import SmsShortCode
from ...models.update_short_code_request import UpdateShortCodeRequest
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="UpdateSmsShortCode",
    method="POST",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json",
    success=(200, ),
)


def build_request(
    *,
    account_sid: str,
    sid: str,
    body: UpdateShortCodeRequest | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/2010-04-01/Accounts/{account_sid}/SMS/ShortCodes/{sid}.json".format(
        account_sid=quote(str(account_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    payload: Any = None if isinstance(body, Unset) else body.to_dict()
    return ApiRequest(OPERATION, path, params=params, data=payload)


def parse(response: httpx.Response) -> SmsShortCode:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = SmsShortCode.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    account_sid: str,
    sid: str,
    client: SyncRequester,
    body: UpdateShortCodeRequest | Unset = UNSET,

) -> SmsShortCode:
    """POST /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json (host: api).

    Update a short code

    Changes the label, TwiML API version or webhook settings of a short code; fields left out keep their
    current values.

    Args:
        account_sid (str):
        sid (str):
        body (UpdateShortCodeRequest | Unset):

    """
    return parse(client.send(build_request(
        account_sid=account_sid,
        sid=sid,
        body=body,

    )))


async def asyncio(
    *,
    account_sid: str,
    sid: str,
    client: AsyncRequester,
    body: UpdateShortCodeRequest | Unset = UNSET,

) -> SmsShortCode:
    """POST /2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json (host: api).

    Update a short code

    Changes the label, TwiML API version or webhook settings of a short code; fields left out keep their
    current values.

    Args:
        account_sid (str):
        sid (str):
        body (UpdateShortCodeRequest | Unset):

    """
    return parse(await client.send(build_request(
        account_sid=account_sid,
        sid=sid,
        body=body,

    )))
