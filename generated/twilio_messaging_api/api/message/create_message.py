"""CreateMessage: POST /2010-04-01/Accounts/{AccountSid}/Messages.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.create_message_request import CreateMessageRequest
from ...models.message import Message
from typing import cast

OPERATION = Operation(
    name="CreateMessage",
    method="POST",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages.json",
    success=(201, ),
)


def build_request(
    *,
    account_sid: str,
    body: CreateMessageRequest,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/2010-04-01/Accounts/{account_sid}/Messages.json".format(
        account_sid=quote(str(account_sid), safe=""),
    )
    return ApiRequest(OPERATION, path, params=params, data=body.to_dict())


def parse(response: httpx.Response) -> Message:
    """Turn a success response into its typed model."""
    if response.status_code == 201:
        response_201 = Message.from_dict(response.json())



        return response_201

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    account_sid: str,
    client: SyncRequester,
    body: CreateMessageRequest,

) -> Message:
    """POST /2010-04-01/Accounts/{AccountSid}/Messages.json (host: api).

    Send a message

    Creates an outbound message to To and queues it for delivery. Give a sender with From,
    MessagingServiceSid or both, and content with Body, MediaUrl or ContentSid.

    Args:
        account_sid (str):
        body (CreateMessageRequest):

    """
    return parse(client.send(build_request(
        account_sid=account_sid,
        body=body,

    )))


async def asyncio(
    *,
    account_sid: str,
    client: AsyncRequester,
    body: CreateMessageRequest,

) -> Message:
    """POST /2010-04-01/Accounts/{AccountSid}/Messages.json (host: api).

    Send a message

    Creates an outbound message to To and queues it for delivery. Give a sender with From,
    MessagingServiceSid or both, and content with Body, MediaUrl or ContentSid.

    Args:
        account_sid (str):
        body (CreateMessageRequest):

    """
    return parse(await client.send(build_request(
        account_sid=account_sid,
        body=body,

    )))
