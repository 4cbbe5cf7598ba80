"""UpdateMessage: POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.message import Message
from ...models.update_message_request import UpdateMessageRequest
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="UpdateMessage",
    method="POST",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
    success=(200, ),
)


def build_request(
    *,
    account_sid: str,
    sid: str,
    body: UpdateMessageRequest | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/2010-04-01/Accounts/{account_sid}/Messages/{sid}.json".format(
        account_sid=quote(str(account_sid), safe=""),
        sid=quote(str(sid), safe=""),
    )
    payload: Any = None if isinstance(body, Unset) else body.to_dict()
    return ApiRequest(OPERATION, path, params=params, data=payload)


def parse(response: httpx.Response) -> Message:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    account_sid: str,
    sid: str,
    client: SyncRequester,
    body: UpdateMessageRequest | Unset = UNSET,

) -> Message:
    """POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json (host: api).

    Update a message

    Sending Body as an empty string redacts the stored text of the message; sending Status canceled
    cancels a message that is still scheduled.

    Args:
        account_sid (str):
        sid (str):
        body (UpdateMessageRequest | Unset):

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
    body: UpdateMessageRequest | Unset = UNSET,

) -> Message:
    """POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json (host: api).

    Update a message

    Sending Body as an empty string redacts the stored text of the message; sending Status canceled
    cancels a message that is still scheduled.

    Args:
        account_sid (str):
        sid (str):
        body (UpdateMessageRequest | Unset):

    """
    return parse(await client.send(build_request(
        account_sid=account_sid,
        sid=sid,
        body=body,

    )))
