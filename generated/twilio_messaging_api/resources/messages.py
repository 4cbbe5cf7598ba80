





"""The Messages resources: sync and async classes, one per place in the resource tree."""

import datetime
from typing import Any

from twilio_messaging._arguments import check, check_list, enum_value
from twilio_messaging._operation import AsyncRequester, SyncRequester
from twilio_messaging.pagination import AsyncPage, AsyncPager, Page, Pager, page_size_for

from ..types import UNSET, Unset
from ..api.feedback import create_message_feedback
from ..api.media import list_media
from ..api.media_instance import delete_media
from ..api.media_instance import fetch_media
from ..api.message import create_message
from ..api.message import delete_message
from ..api.message import fetch_message
from ..api.message import list_message
from ..api.message import update_message
from ..models.message_page import MessagePage
from ..models.create_message_request import CreateMessageRequest
from ..models.message import Message
from ..models.message_address_retention import MessageAddressRetention
from ..models.message_content_retention import MessageContentRetention
from ..models.message_traffic_type import MessageTrafficType
from ..models.message_risk_check import MessageRiskCheck
from ..models.message_schedule_type import MessageScheduleType
from ..models.update_message_request import UpdateMessageRequest
from ..models.message_update_status import MessageUpdateStatus
from ..models.media_page import MediaPage
from ..models.media import Media
from ..models.create_message_feedback_request import CreateMessageFeedbackRequest
from ..models.message_feedback import MessageFeedback
from ..models.message_feedback_outcome import MessageFeedbackOutcome
from ..models.create_message_feedback_request import CreateMessageFeedbackRequest
from ..models.create_message_request import CreateMessageRequest
from ..models.media import Media
from ..models.message import Message
from ..models.update_message_request import UpdateMessageRequest



class Messages:
    """The Messages resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "MessagesInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return MessagesInstance(self._client, (*self._path, sid))

    def create(
        self,
        *,
        to: str,
        status_callback: str | Unset = UNSET,
        application_sid: str | Unset = UNSET,
        max_price: float | Unset = UNSET,
        provide_feedback: bool | Unset = UNSET,
        attempt: int | Unset = UNSET,
        validity_period: int | Unset = UNSET,
        force_delivery: bool | Unset = UNSET,
        content_retention: MessageContentRetention | str | Unset = UNSET,
        address_retention: MessageAddressRetention | str | Unset = UNSET,
        smart_encoded: bool | Unset = UNSET,
        persistent_action: list[str] | Unset = UNSET,
        traffic_type: MessageTrafficType | str | Unset = UNSET,
        shorten_urls: bool | Unset = UNSET,
        schedule_type: MessageScheduleType | str | Unset = UNSET,
        send_at: datetime.datetime | Unset = UNSET,
        send_as_mms: bool | Unset = UNSET,
        content_variables: str | Unset = UNSET,
        risk_check: MessageRiskCheck | str | Unset = UNSET,
        from_: str | Unset = UNSET,
        messaging_service_sid: str | Unset = UNSET,
        body: str | Unset = UNSET,
        media_url: list[str] | Unset = UNSET,
        content_sid: str | Unset = UNSET,

    ) -> Message:
        """Send a message.
        Creates an outbound message to To and queues it for delivery. Give a sender with From,
        MessagingServiceSid or both, and content with Body, MediaUrl or ContentSid.

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json`` on the api host.

        Args:
            to: Who receives the message: a phone number in E.164 form, or a channel-prefixed address
                like whatsapp:+15551234567.
            status_callback: URL that receives a request each time the message status changes; it takes precedence
                over the Messaging Service's callback. Underscores are not allowed in its host name.
            application_sid: SID of a TwiML application (AP prefix) whose message status callback URL should receive
                status updates; ignored when StatusCallback is also set.
            max_price: Obsolete; accepted but without effect since 2024-06-03.
            provide_feedback: Set to true if you plan to report the outcome through the Feedback subresource; defaults
                to false.
            attempt: Count of send attempts made so far for this message, this request included, across all
                providers.
            validity_period: Seconds the message may wait in Twilio's outbound queue before it is dropped unsent; 1
                to 36000, default 36000.
            force_delivery: Reserved for Twilio use.
            content_retention: What happens to message content after processing: retain keeps it, discard removes it.
            address_retention: What happens to the sender and recipient addresses after processing: retain keeps them,
                obfuscate masks them.
            smart_encoded: If true, Unicode characters that have a look-alike in GSM-7 are swapped for it, which
                can keep the body in fewer, cheaper segments.
            persistent_action: Channel-specific actions beyond plain text, for example a location pin on WhatsApp;
                repeat the field for several.
            traffic_type: Traffic classification of a message; free is the only defined value.
            shorten_urls: If true, links in Body are replaced with short links on the Messaging Service's link-
                shortening domain; needs MessagingServiceSid. Defaults to false.
            schedule_type: How a message is scheduled: fixed sends it at the time given in SendAt.
            send_at: When a scheduled message should go out, as an ISO 8601 date-time; used with ScheduleType
                fixed.
            send_as_mms: If true, the message is delivered as one MMS even when it carries no media, which suits
                long texts.
            content_variables: JSON object, sent as a string, that maps Content Template placeholders to values; used
                with ContentSid. Unset placeholders keep the template's defaults.
            risk_check: Fraud risk screening before sending: enable applies it (the default), disable skips it.
            from_: Sender: a Twilio phone number in E.164, a short code, an alphanumeric sender ID or a
                channel address owned by the account. May be left out when MessagingServiceSid is given.
            messaging_service_sid: SID of the Messaging Service (MG prefix) to send through; without From, Twilio picks a
                sender from the service's pool.
            body: Text of the message, at most 1600 characters; long SMS texts are split into separately
                billed segments.
            media_url: Publicly reachable URL of a file to attach; repeat for up to 10 files. Common image
                types may be up to 5 MB, other types much less.
            content_sid: SID of the Content Template (HX prefix) that supplies the message content.

        """
        check("to", to, str)
        check("status_callback", status_callback, str)
        check("application_sid", application_sid, str)
        check("max_price", max_price, int, float)
        check("provide_feedback", provide_feedback, bool)
        check("attempt", attempt, int)
        check("validity_period", validity_period, int)
        check("force_delivery", force_delivery, bool)
        content_retention_value = enum_value("content_retention", content_retention, MessageContentRetention)
        address_retention_value = enum_value("address_retention", address_retention, MessageAddressRetention)
        check("smart_encoded", smart_encoded, bool)
        check_list("persistent_action", persistent_action, str)
        traffic_type_value = enum_value("traffic_type", traffic_type, MessageTrafficType)
        check("shorten_urls", shorten_urls, bool)
        schedule_type_value = enum_value("schedule_type", schedule_type, MessageScheduleType)
        check("send_at", send_at, datetime.datetime)
        check("send_as_mms", send_as_mms, bool)
        check("content_variables", content_variables, str)
        risk_check_value = enum_value("risk_check", risk_check, MessageRiskCheck)
        check("from_", from_, str)
        check("messaging_service_sid", messaging_service_sid, str)
        check("body", body, str)
        check_list("media_url", media_url, str)
        check("content_sid", content_sid, str)

        request = create_message.build_request(
            account_sid=self._client.account_sid,
            body=CreateMessageRequest(
                to=to,
                status_callback=status_callback,
                application_sid=application_sid,
                max_price=max_price,
                provide_feedback=provide_feedback,
                attempt=attempt,
                validity_period=validity_period,
                force_delivery=force_delivery,
                content_retention=content_retention_value,
                address_retention=address_retention_value,
                smart_encoded=smart_encoded,
                persistent_action=persistent_action,
                traffic_type=traffic_type_value,
                shorten_urls=shorten_urls,
                schedule_type=schedule_type_value,
                send_at=send_at,
                send_as_mms=send_as_mms,
                content_variables=content_variables,
                risk_check=risk_check_value,
                from_=from_,
                messaging_service_sid=messaging_service_sid,
                body=body,
                media_url=media_url,
                content_sid=content_sid,
            ),
        )
        return create_message.parse(self._client.send(request))

    def list(
        self,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        date_sent: datetime.date | Unset = UNSET,
        date_sent_before: datetime.date | Unset = UNSET,
        date_sent_after: datetime.date | Unset = UNSET,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> Pager[Message]:
        """List messages.
        Returns the account's messages, optionally filtered by recipient, sender and sent date. Results
        are paged; follow next_page_uri to read on.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json`` on the api host.

        Args:
            to: 
            from_: 
            date_sent: 
            date_sent_before: 
            date_sent_after: 
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        check("to", to, str)
        check("from_", from_, str)
        check("date_sent", date_sent, datetime.date)
        check("date_sent_before", date_sent_before, datetime.date)
        check("date_sent_after", date_sent_after, datetime.date)

        request = list_message.build_request(
            account_sid=self._client.account_sid,
            to=to,
            from_=from_,
            date_sent=date_sent,
            date_sent_before=date_sent_before,
            date_sent_after=date_sent_after,
            page_size=page_size_for(limit, page_size),
        )
        return Pager(self._client, request, Message.from_dict, limit=limit)

    def page(
        self,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        date_sent: datetime.date | Unset = UNSET,
        date_sent_before: datetime.date | Unset = UNSET,
        date_sent_after: datetime.date | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> Page[Message]:
        """List messages.
        Returns the account's messages, optionally filtered by recipient, sender and sent date. Results
        are paged; follow next_page_uri to read on.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json`` on the api host.

        Args:
            to: 
            from_: 
            date_sent: 
            date_sent_before: 
            date_sent_after: 
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        check("to", to, str)
        check("from_", from_, str)
        check("date_sent", date_sent, datetime.date)
        check("date_sent_before", date_sent_before, datetime.date)
        check("date_sent_after", date_sent_after, datetime.date)

        request = list_message.build_request(
            account_sid=self._client.account_sid,
            to=to,
            from_=from_,
            date_sent=date_sent,
            date_sent_before=date_sent_before,
            date_sent_after=date_sent_after,
            page_size=page_size,
            page=page_number,
            page_token=page_token,
        )
        return Page.fetch(self._client, request, Message.from_dict)



class MessagesInstance:
    """One Messages resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def feedback(self) -> "MessagesFeedback":
        return MessagesFeedback(self._client, self._path)

    @property
    def media(self) -> "MessagesMedia":
        return MessagesMedia(self._client, self._path)

    def delete(
        self,

    ) -> None:
        """Delete a message.
        Permanently removes a message record from the account. A message that is still being sent cannot
        be deleted.

        ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`` on the api host.
        """
        
        request = delete_message.build_request(
            account_sid=self._client.account_sid,
            sid=self._path[0],
        )
        self._client.send(request)

    def fetch(
        self,

    ) -> Message:
        """Fetch a message.
        Returns one message, including its current status, price and error details.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`` on the api host.
        """
        
        request = fetch_message.build_request(
            account_sid=self._client.account_sid,
            sid=self._path[0],
        )
        return fetch_message.parse(self._client.send(request))

    def update(
        self,
        *,
        body: str | Unset = UNSET,
        status: MessageUpdateStatus | str | Unset = UNSET,

    ) -> Message:
        """Update a message.
        Sending Body as an empty string redacts the stored text of the message; sending Status canceled
        cancels a message that is still scheduled.

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`` on the api host.

        Args:
            body: Replacement text for the message; send an empty string to redact the stored body.
            status: Status a message can be set to by an update: canceled cancels a scheduled message.

        """
        check("body", body, str)
        status_value = enum_value("status", status, MessageUpdateStatus)

        request = update_message.build_request(
            account_sid=self._client.account_sid,
            sid=self._path[0],
            body=UpdateMessageRequest(
                body=body,
                status=status_value,
            ),
        )
        return update_message.parse(self._client.send(request))



class MessagesMedia:
    """The MessagesMedia resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "MessagesMediaInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return MessagesMediaInstance(self._client, (*self._path, sid))

    def list(
        self,
        *,
        date_created: datetime.date | Unset = UNSET,
        date_created_before: datetime.date | Unset = UNSET,
        date_created_after: datetime.date | Unset = UNSET,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> Pager[Media]:
        """List a message's media.
        Returns the media files attached to a message, optionally narrowed to a creation day or day
        range. Results are paged.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json`` on the api host.

        Args:
            date_created: 
            date_created_before: 
            date_created_after: 
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        check("date_created", date_created, datetime.date)
        check("date_created_before", date_created_before, datetime.date)
        check("date_created_after", date_created_after, datetime.date)

        request = list_media.build_request(
            account_sid=self._client.account_sid,
            message_sid=self._path[0],
            date_created=date_created,
            date_created_before=date_created_before,
            date_created_after=date_created_after,
            page_size=page_size_for(limit, page_size),
        )
        return Pager(self._client, request, Media.from_dict, limit=limit)

    def page(
        self,
        *,
        date_created: datetime.date | Unset = UNSET,
        date_created_before: datetime.date | Unset = UNSET,
        date_created_after: datetime.date | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> Page[Media]:
        """List a message's media.
        Returns the media files attached to a message, optionally narrowed to a creation day or day
        range. Results are paged.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json`` on the api host.

        Args:
            date_created: 
            date_created_before: 
            date_created_after: 
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        check("date_created", date_created, datetime.date)
        check("date_created_before", date_created_before, datetime.date)
        check("date_created_after", date_created_after, datetime.date)

        request = list_media.build_request(
            account_sid=self._client.account_sid,
            message_sid=self._path[0],
            date_created=date_created,
            date_created_before=date_created_before,
            date_created_after=date_created_after,
            page_size=page_size,
            page=page_number,
            page_token=page_token,
        )
        return Page.fetch(self._client, request, Media.from_dict)



class MessagesMediaInstance:
    """One MessagesMedia resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def delete(
        self,

    ) -> None:
        """Delete a media item.
        Permanently removes one media file from a message; the message record itself stays.

        ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json`` on the api host.
        """
        
        request = delete_media.build_request(
            account_sid=self._client.account_sid,
            message_sid=self._path[0],
            sid=self._path[1],
        )
        self._client.send(request)

    def fetch(
        self,

    ) -> Media:
        """Fetch a media item.
        Returns the metadata of one media file attached to a message. The file content itself is served
        at the same URI without the .json suffix.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json`` on the api host.
        """
        
        request = fetch_media.build_request(
            account_sid=self._client.account_sid,
            message_sid=self._path[0],
            sid=self._path[1],
        )
        return fetch_media.parse(self._client.send(request))



class MessagesFeedback:
    """The MessagesFeedback resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def create(
        self,
        *,
        outcome: MessageFeedbackOutcome | str | Unset = UNSET,

    ) -> MessageFeedback:
        """Report message feedback.
        Records whether the recipient performed the tracked action, which helps Twilio gauge delivery.
        Only messages sent with ProvideFeedback set to true accept feedback.

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json`` on the api host.

        Args:
            outcome: Reported result of a message: confirmed means the recipient performed the tracked
                action, unconfirmed means that has not been confirmed.

        """
        outcome_value = enum_value("outcome", outcome, MessageFeedbackOutcome)

        request = create_message_feedback.build_request(
            account_sid=self._client.account_sid,
            message_sid=self._path[0],
            body=CreateMessageFeedbackRequest(
                outcome=outcome_value,
            ),
        )
        return create_message_feedback.parse(self._client.send(request))



class AsyncMessages:
    """The Messages resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "AsyncMessagesInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return AsyncMessagesInstance(self._client, (*self._path, sid))

    async def create(
        self,
        *,
        to: str,
        status_callback: str | Unset = UNSET,
        application_sid: str | Unset = UNSET,
        max_price: float | Unset = UNSET,
        provide_feedback: bool | Unset = UNSET,
        attempt: int | Unset = UNSET,
        validity_period: int | Unset = UNSET,
        force_delivery: bool | Unset = UNSET,
        content_retention: MessageContentRetention | str | Unset = UNSET,
        address_retention: MessageAddressRetention | str | Unset = UNSET,
        smart_encoded: bool | Unset = UNSET,
        persistent_action: list[str] | Unset = UNSET,
        traffic_type: MessageTrafficType | str | Unset = UNSET,
        shorten_urls: bool | Unset = UNSET,
        schedule_type: MessageScheduleType | str | Unset = UNSET,
        send_at: datetime.datetime | Unset = UNSET,
        send_as_mms: bool | Unset = UNSET,
        content_variables: str | Unset = UNSET,
        risk_check: MessageRiskCheck | str | Unset = UNSET,
        from_: str | Unset = UNSET,
        messaging_service_sid: str | Unset = UNSET,
        body: str | Unset = UNSET,
        media_url: list[str] | Unset = UNSET,
        content_sid: str | Unset = UNSET,

    ) -> Message:
        """Send a message.
        Creates an outbound message to To and queues it for delivery. Give a sender with From,
        MessagingServiceSid or both, and content with Body, MediaUrl or ContentSid.

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json`` on the api host.

        Args:
            to: Who receives the message: a phone number in E.164 form, or a channel-prefixed address
                like whatsapp:+15551234567.
            status_callback: URL that receives a request each time the message status changes; it takes precedence
                over the Messaging Service's callback. Underscores are not allowed in its host name.
            application_sid: SID of a TwiML application (AP prefix) whose message status callback URL should receive
                status updates; ignored when StatusCallback is also set.
            max_price: Obsolete; accepted but without effect since 2024-06-03.
            provide_feedback: Set to true if you plan to report the outcome through the Feedback subresource; defaults
                to false.
            attempt: Count of send attempts made so far for this message, this request included, across all
                providers.
            validity_period: Seconds the message may wait in Twilio's outbound queue before it is dropped unsent; 1
                to 36000, default 36000.
            force_delivery: Reserved for Twilio use.
            content_retention: What happens to message content after processing: retain keeps it, discard removes it.
            address_retention: What happens to the sender and recipient addresses after processing: retain keeps them,
                obfuscate masks them.
            smart_encoded: If true, Unicode characters that have a look-alike in GSM-7 are swapped for it, which
                can keep the body in fewer, cheaper segments.
            persistent_action: Channel-specific actions beyond plain text, for example a location pin on WhatsApp;
                repeat the field for several.
            traffic_type: Traffic classification of a message; free is the only defined value.
            shorten_urls: If true, links in Body are replaced with short links on the Messaging Service's link-
                shortening domain; needs MessagingServiceSid. Defaults to false.
            schedule_type: How a message is scheduled: fixed sends it at the time given in SendAt.
            send_at: When a scheduled message should go out, as an ISO 8601 date-time; used with ScheduleType
                fixed.
            send_as_mms: If true, the message is delivered as one MMS even when it carries no media, which suits
                long texts.
            content_variables: JSON object, sent as a string, that maps Content Template placeholders to values; used
                with ContentSid. Unset placeholders keep the template's defaults.
            risk_check: Fraud risk screening before sending: enable applies it (the default), disable skips it.
            from_: Sender: a Twilio phone number in E.164, a short code, an alphanumeric sender ID or a
                channel address owned by the account. May be left out when MessagingServiceSid is given.
            messaging_service_sid: SID of the Messaging Service (MG prefix) to send through; without From, Twilio picks a
                sender from the service's pool.
            body: Text of the message, at most 1600 characters; long SMS texts are split into separately
                billed segments.
            media_url: Publicly reachable URL of a file to attach; repeat for up to 10 files. Common image
                types may be up to 5 MB, other types much less.
            content_sid: SID of the Content Template (HX prefix) that supplies the message content.

        """
        check("to", to, str)
        check("status_callback", status_callback, str)
        check("application_sid", application_sid, str)
        check("max_price", max_price, int, float)
        check("provide_feedback", provide_feedback, bool)
        check("attempt", attempt, int)
        check("validity_period", validity_period, int)
        check("force_delivery", force_delivery, bool)
        content_retention_value = enum_value("content_retention", content_retention, MessageContentRetention)
        address_retention_value = enum_value("address_retention", address_retention, MessageAddressRetention)
        check("smart_encoded", smart_encoded, bool)
        check_list("persistent_action", persistent_action, str)
        traffic_type_value = enum_value("traffic_type", traffic_type, MessageTrafficType)
        check("shorten_urls", shorten_urls, bool)
        schedule_type_value = enum_value("schedule_type", schedule_type, MessageScheduleType)
        check("send_at", send_at, datetime.datetime)
        check("send_as_mms", send_as_mms, bool)
        check("content_variables", content_variables, str)
        risk_check_value = enum_value("risk_check", risk_check, MessageRiskCheck)
        check("from_", from_, str)
        check("messaging_service_sid", messaging_service_sid, str)
        check("body", body, str)
        check_list("media_url", media_url, str)
        check("content_sid", content_sid, str)

        request = create_message.build_request(
            account_sid=self._client.account_sid,
            body=CreateMessageRequest(
                to=to,
                status_callback=status_callback,
                application_sid=application_sid,
                max_price=max_price,
                provide_feedback=provide_feedback,
                attempt=attempt,
                validity_period=validity_period,
                force_delivery=force_delivery,
                content_retention=content_retention_value,
                address_retention=address_retention_value,
                smart_encoded=smart_encoded,
                persistent_action=persistent_action,
                traffic_type=traffic_type_value,
                shorten_urls=shorten_urls,
                schedule_type=schedule_type_value,
                send_at=send_at,
                send_as_mms=send_as_mms,
                content_variables=content_variables,
                risk_check=risk_check_value,
                from_=from_,
                messaging_service_sid=messaging_service_sid,
                body=body,
                media_url=media_url,
                content_sid=content_sid,
            ),
        )
        return create_message.parse(await self._client.send(request))

    def list(
        self,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        date_sent: datetime.date | Unset = UNSET,
        date_sent_before: datetime.date | Unset = UNSET,
        date_sent_after: datetime.date | Unset = UNSET,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[Message]:
        """List messages.
        Returns the account's messages, optionally filtered by recipient, sender and sent date. Results
        are paged; follow next_page_uri to read on.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json`` on the api host.

        Args:
            to: 
            from_: 
            date_sent: 
            date_sent_before: 
            date_sent_after: 
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        check("to", to, str)
        check("from_", from_, str)
        check("date_sent", date_sent, datetime.date)
        check("date_sent_before", date_sent_before, datetime.date)
        check("date_sent_after", date_sent_after, datetime.date)

        request = list_message.build_request(
            account_sid=self._client.account_sid,
            to=to,
            from_=from_,
            date_sent=date_sent,
            date_sent_before=date_sent_before,
            date_sent_after=date_sent_after,
            page_size=page_size_for(limit, page_size),
        )
        return AsyncPager(self._client, request, Message.from_dict, limit=limit)

    async def page(
        self,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        date_sent: datetime.date | Unset = UNSET,
        date_sent_before: datetime.date | Unset = UNSET,
        date_sent_after: datetime.date | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> AsyncPage[Message]:
        """List messages.
        Returns the account's messages, optionally filtered by recipient, sender and sent date. Results
        are paged; follow next_page_uri to read on.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages.json`` on the api host.

        Args:
            to: 
            from_: 
            date_sent: 
            date_sent_before: 
            date_sent_after: 
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        check("to", to, str)
        check("from_", from_, str)
        check("date_sent", date_sent, datetime.date)
        check("date_sent_before", date_sent_before, datetime.date)
        check("date_sent_after", date_sent_after, datetime.date)

        request = list_message.build_request(
            account_sid=self._client.account_sid,
            to=to,
            from_=from_,
            date_sent=date_sent,
            date_sent_before=date_sent_before,
            date_sent_after=date_sent_after,
            page_size=page_size,
            page=page_number,
            page_token=page_token,
        )
        return await AsyncPage.fetch(self._client, request, Message.from_dict)



class AsyncMessagesInstance:
    """One Messages resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def feedback(self) -> "AsyncMessagesFeedback":
        return AsyncMessagesFeedback(self._client, self._path)

    @property
    def media(self) -> "AsyncMessagesMedia":
        return AsyncMessagesMedia(self._client, self._path)

    async def delete(
        self,

    ) -> None:
        """Delete a message.
        Permanently removes a message record from the account. A message that is still being sent cannot
        be deleted.

        ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`` on the api host.
        """
        
        request = delete_message.build_request(
            account_sid=self._client.account_sid,
            sid=self._path[0],
        )
        await self._client.send(request)

    async def fetch(
        self,

    ) -> Message:
        """Fetch a message.
        Returns one message, including its current status, price and error details.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`` on the api host.
        """
        
        request = fetch_message.build_request(
            account_sid=self._client.account_sid,
            sid=self._path[0],
        )
        return fetch_message.parse(await self._client.send(request))

    async def update(
        self,
        *,
        body: str | Unset = UNSET,
        status: MessageUpdateStatus | str | Unset = UNSET,

    ) -> Message:
        """Update a message.
        Sending Body as an empty string redacts the stored text of the message; sending Status canceled
        cancels a message that is still scheduled.

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`` on the api host.

        Args:
            body: Replacement text for the message; send an empty string to redact the stored body.
            status: Status a message can be set to by an update: canceled cancels a scheduled message.

        """
        check("body", body, str)
        status_value = enum_value("status", status, MessageUpdateStatus)

        request = update_message.build_request(
            account_sid=self._client.account_sid,
            sid=self._path[0],
            body=UpdateMessageRequest(
                body=body,
                status=status_value,
            ),
        )
        return update_message.parse(await self._client.send(request))



class AsyncMessagesMedia:
    """The MessagesMedia resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "AsyncMessagesMediaInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return AsyncMessagesMediaInstance(self._client, (*self._path, sid))

    def list(
        self,
        *,
        date_created: datetime.date | Unset = UNSET,
        date_created_before: datetime.date | Unset = UNSET,
        date_created_after: datetime.date | Unset = UNSET,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[Media]:
        """List a message's media.
        Returns the media files attached to a message, optionally narrowed to a creation day or day
        range. Results are paged.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json`` on the api host.

        Args:
            date_created: 
            date_created_before: 
            date_created_after: 
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        check("date_created", date_created, datetime.date)
        check("date_created_before", date_created_before, datetime.date)
        check("date_created_after", date_created_after, datetime.date)

        request = list_media.build_request(
            account_sid=self._client.account_sid,
            message_sid=self._path[0],
            date_created=date_created,
            date_created_before=date_created_before,
            date_created_after=date_created_after,
            page_size=page_size_for(limit, page_size),
        )
        return AsyncPager(self._client, request, Media.from_dict, limit=limit)

    async def page(
        self,
        *,
        date_created: datetime.date | Unset = UNSET,
        date_created_before: datetime.date | Unset = UNSET,
        date_created_after: datetime.date | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> AsyncPage[Media]:
        """List a message's media.
        Returns the media files attached to a message, optionally narrowed to a creation day or day
        range. Results are paged.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json`` on the api host.

        Args:
            date_created: 
            date_created_before: 
            date_created_after: 
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        check("date_created", date_created, datetime.date)
        check("date_created_before", date_created_before, datetime.date)
        check("date_created_after", date_created_after, datetime.date)

        request = list_media.build_request(
            account_sid=self._client.account_sid,
            message_sid=self._path[0],
            date_created=date_created,
            date_created_before=date_created_before,
            date_created_after=date_created_after,
            page_size=page_size,
            page=page_number,
            page_token=page_token,
        )
        return await AsyncPage.fetch(self._client, request, Media.from_dict)



class AsyncMessagesMediaInstance:
    """One MessagesMedia resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def delete(
        self,

    ) -> None:
        """Delete a media item.
        Permanently removes one media file from a message; the message record itself stays.

        ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json`` on the api host.
        """
        
        request = delete_media.build_request(
            account_sid=self._client.account_sid,
            message_sid=self._path[0],
            sid=self._path[1],
        )
        await self._client.send(request)

    async def fetch(
        self,

    ) -> Media:
        """Fetch a media item.
        Returns the metadata of one media file attached to a message. The file content itself is served
        at the same URI without the .json suffix.

        ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json`` on the api host.
        """
        
        request = fetch_media.build_request(
            account_sid=self._client.account_sid,
            message_sid=self._path[0],
            sid=self._path[1],
        )
        return fetch_media.parse(await self._client.send(request))



class AsyncMessagesFeedback:
    """The MessagesFeedback resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def create(
        self,
        *,
        outcome: MessageFeedbackOutcome | str | Unset = UNSET,

    ) -> MessageFeedback:
        """Report message feedback.
        Records whether the recipient performed the tracked action, which helps Twilio gauge delivery.
        Only messages sent with ProvideFeedback set to true accept feedback.

        ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json`` on the api host.

        Args:
            outcome: Reported result of a message: confirmed means the recipient performed the tracked
                action, unconfirmed means that has not been confirmed.

        """
        outcome_value = enum_value("outcome", outcome, MessageFeedbackOutcome)

        request = create_message_feedback.build_request(
            account_sid=self._client.account_sid,
            message_sid=self._path[0],
            body=CreateMessageFeedbackRequest(
                outcome=outcome_value,
            ),
        )
        return create_message_feedback.parse(await self._client.send(request))

