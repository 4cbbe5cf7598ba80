"""CreateMessageFeedback: POST /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester
from twilio_messaging.errors import UnexpectedResponseError

from ...types import UNSET, Unset

from ...models.create_message_feedback_request import CreateMessageFeedbackRequest
from ...models.message_feedback import MessageFeedback
from ...types import UNSET, Unset
from typing import cast

OPERATION = Operation(
    name="CreateMessageFeedback",
    method="POST",
    host="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json",
    success=(200, ),
)


def build_request(
    *,
    account_sid: str,
    message_sid: str,
    body: CreateMessageFeedbackRequest | Unset = UNSET,

) -> ApiRequest:
    """Build the request without sending it."""
    params = None

    path = "/2010-04-01/Accounts/{account_sid}/Messages/{message_sid}/Feedback.json".format(
        account_sid=quote(str(account_sid), safe=""),
        message_sid=quote(str(message_sid), safe=""),
    )
    payload: Any = None if isinstance(body, Unset) else body.to_dict()
    return ApiRequest(OPERATION, path, params=params, data=payload)


def parse(response: httpx.Response) -> MessageFeedback:
    """Turn a success response into its typed model."""
    if response.status_code == 200:
        response_200 = MessageFeedback.from_dict(response.json())



        return response_200

    raise UnexpectedResponseError(OPERATION.name, response.status_code)


def sync(
    *,
    account_sid: str,
    message_sid: str,
    client: SyncRequester,
    body: CreateMessageFeedbackRequest | Unset = UNSET,

) -> MessageFeedback:
    """POST /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json (host: api).

    Report message feedback

    Records whether the recipient performed the tracked action, which helps Twilio gauge delivery. Only
    messages sent with ProvideFeedback set to true accept feedback.

    Args:
        account_sid (str):
        message_sid (str):
        body (CreateMessageFeedbackRequest | Unset):

    """
    return parse(client.send(build_request(
        account_sid=account_sid,
        message_sid=message_sid,
        body=body,

    )))


async def asyncio(
    *,
    account_sid: str,
    message_sid: str,
    client: AsyncRequester,
    body: CreateMessageFeedbackRequest | Unset = UNSET,

) -> MessageFeedback:
    """POST /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json (host: api).

    Report message feedback

    Records whether the recipient performed the tracked action, which helps Twilio gauge delivery. Only
    messages sent with ProvideFeedback set to true accept feedback.

    Args:
        account_sid (str):
        message_sid (str):
        body (CreateMessageFeedbackRequest | Unset):

    """
    return parse(await client.send(build_request(
        account_sid=account_sid,
        message_sid=message_sid,
        body=body,

    )))
