from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.message_address_retention import MessageAddressRetention
from ..models.message_content_retention import MessageContentRetention
from ..models.message_risk_check import MessageRiskCheck
from ..models.message_schedule_type import MessageScheduleType
from ..models.message_traffic_type import MessageTrafficType
from ..types import UNSET, Unset
from twilio_messaging._datetime import parse_timestamp
from typing import cast
import datetime






T = TypeVar("T", bound="CreateMessageRequest")



@_attrs_define
class CreateMessageRequest:
    

    to: str
    """ Who receives the message: a phone number in E.164 form, or a channel-prefixed address like
    whatsapp:+15551234567. """
    status_callback: str | Unset = UNSET
    """ URL that receives a request each time the message status changes; it takes precedence over the Messaging
    Service's callback. Underscores are not allowed in its host name. """
    application_sid: str | Unset = UNSET
    """ SID of a TwiML application (AP prefix) whose message status callback URL should receive status updates;
    ignored when StatusCallback is also set. """
    max_price: float | Unset = UNSET
    """ Obsolete; accepted but without effect since 2024-06-03. """
    provide_feedback: bool | Unset = UNSET
    """ Set to true if you plan to report the outcome through the Feedback subresource; defaults to false. """
    attempt: int | Unset = UNSET
    """ Count of send attempts made so far for this message, this request included, across all providers. """
    validity_period: int | Unset = UNSET
    """ Seconds the message may wait in Twilio's outbound queue before it is dropped unsent; 1 to 36000, default
    36000. """
    force_delivery: bool | Unset = UNSET
    """ Reserved for Twilio use. """
    content_retention: MessageContentRetention | Unset = UNSET
    """ What happens to message content after processing: retain keeps it, discard removes it. """
    address_retention: MessageAddressRetention | Unset = UNSET
    """ What happens to the sender and recipient addresses after processing: retain keeps them, obfuscate masks
    them. """
    smart_encoded: bool | Unset = UNSET
    """ If true, Unicode characters that have a look-alike in GSM-7 are swapped for it, which can keep the body in
    fewer, cheaper segments. """
    persistent_action: list[str] | Unset = UNSET
    """ Channel-specific actions beyond plain text, for example a location pin on WhatsApp; repeat the field for
    several. """
    traffic_type: MessageTrafficType | Unset = UNSET
    """ Traffic classification of a message; free is the only defined value. """
    shorten_urls: bool | Unset = UNSET
    """ If true, links in Body are replaced with short links on the Messaging Service's link-shortening domain;
    needs MessagingServiceSid. Defaults to false. """
    schedule_type: MessageScheduleType | Unset = UNSET
    """ How a message is scheduled: fixed sends it at the time given in SendAt. """
    send_at: datetime.datetime | Unset = UNSET
    """ When a scheduled message should go out, as an ISO 8601 date-time; used with ScheduleType fixed. """
    send_as_mms: bool | Unset = UNSET
    """ If true, the message is delivered as one MMS even when it carries no media, which suits long texts. """
    content_variables: str | Unset = UNSET
    """ JSON object, sent as a string, that maps Content Template placeholders to values; used with ContentSid.
    Unset placeholders keep the template's defaults. """
    risk_check: MessageRiskCheck | Unset = UNSET
    """ Fraud risk screening before sending: enable applies it (the default), disable skips it. """
    from_: str | Unset = UNSET
    """ Sender: a Twilio phone number in E.164, a short code, an alphanumeric sender ID or a channel address owned
    by the account. May be left out when MessagingServiceSid is given. """
    messaging_service_sid: str | Unset = UNSET
    """ SID of the Messaging Service (MG prefix) to send through; without From, Twilio picks a sender from the
    service's pool. """
    body: str | Unset = UNSET
    """ Text of the message, at most 1600 characters; long SMS texts are split into separately billed segments. """
    media_url: list[str] | Unset = UNSET
    """ Publicly reachable URL of a file to attach; repeat for up to 10 files. Common image types may be up to 5 MB,
    other types much less. """
    content_sid: str | Unset = UNSET
    """ SID of the Content Template (HX prefix) that supplies the message content. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        to = self.to

        status_callback = self.status_callback

        application_sid = self.application_sid

        max_price = self.max_price

        provide_feedback = self.provide_feedback

        attempt = self.attempt

        validity_period = self.validity_period

        force_delivery = self.force_delivery

        content_retention: str | Unset = UNSET
        if not isinstance(self.content_retention, Unset):
            content_retention = self.content_retention.value


        address_retention: str | Unset = UNSET
        if not isinstance(self.address_retention, Unset):
            address_retention = self.address_retention.value


        smart_encoded = self.smart_encoded

        persistent_action: list[str] | Unset = UNSET
        if not isinstance(self.persistent_action, Unset):
            persistent_action = self.persistent_action



        traffic_type: str | Unset = UNSET
        if not isinstance(self.traffic_type, Unset):
            traffic_type = self.traffic_type.value


        shorten_urls = self.shorten_urls

        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type.value


        send_at: str | Unset = UNSET
        if not isinstance(self.send_at, Unset):
            send_at = self.send_at.isoformat()

        send_as_mms = self.send_as_mms

        content_variables = self.content_variables

        risk_check: str | Unset = UNSET
        if not isinstance(self.risk_check, Unset):
            risk_check = self.risk_check.value


        from_ = self.from_

        messaging_service_sid = self.messaging_service_sid

        body = self.body

        media_url: list[str] | Unset = UNSET
        if not isinstance(self.media_url, Unset):
            media_url = self.media_url



        content_sid = self.content_sid


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "To": to,
        })
        if status_callback is not UNSET:
            field_dict["StatusCallback"] = status_callback
        if application_sid is not UNSET:
            field_dict["ApplicationSid"] = application_sid
        if max_price is not UNSET:
            field_dict["MaxPrice"] = max_price
        if provide_feedback is not UNSET:
            field_dict["ProvideFeedback"] = provide_feedback
        if attempt is not UNSET:
            field_dict["Attempt"] = attempt
        if validity_period is not UNSET:
            field_dict["ValidityPeriod"] = validity_period
        if force_delivery is not UNSET:
            field_dict["ForceDelivery"] = force_delivery
        if content_retention is not UNSET:
            field_dict["ContentRetention"] = content_retention
        if address_retention is not UNSET:
            field_dict["AddressRetention"] = address_retention
        if smart_encoded is not UNSET:
            field_dict["SmartEncoded"] = smart_encoded
        if persistent_action is not UNSET:
            field_dict["PersistentAction"] = persistent_action
        if traffic_type is not UNSET:
            field_dict["TrafficType"] = traffic_type
        if shorten_urls is not UNSET:
            field_dict["ShortenUrls"] = shorten_urls
        if schedule_type is not UNSET:
            field_dict["ScheduleType"] = schedule_type
        if send_at is not UNSET:
            field_dict["SendAt"] = send_at
        if send_as_mms is not UNSET:
            field_dict["SendAsMms"] = send_as_mms
        if content_variables is not UNSET:
            field_dict["ContentVariables"] = content_variables
        if risk_check is not UNSET:
            field_dict["RiskCheck"] = risk_check
        if from_ is not UNSET:
            field_dict["From"] = from_
        if messaging_service_sid is not UNSET:
            field_dict["MessagingServiceSid"] = messaging_service_sid
        if body is not UNSET:
            field_dict["Body"] = body
        if media_url is not UNSET:
            field_dict["MediaUrl"] = media_url
        if content_sid is not UNSET:
            field_dict["ContentSid"] = content_sid

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("To")

        status_callback = d.pop("StatusCallback", UNSET)

        application_sid = d.pop("ApplicationSid", UNSET)

        max_price = d.pop("MaxPrice", UNSET)

        provide_feedback = d.pop("ProvideFeedback", UNSET)

        attempt = d.pop("Attempt", UNSET)

        validity_period = d.pop("ValidityPeriod", UNSET)

        force_delivery = d.pop("ForceDelivery", UNSET)

        _content_retention = d.pop("ContentRetention", UNSET)
        content_retention: MessageContentRetention | Unset
        if isinstance(_content_retention,  Unset):
            content_retention = UNSET
        else:
            content_retention = MessageContentRetention(_content_retention)




        _address_retention = d.pop("AddressRetention", UNSET)
        address_retention: MessageAddressRetention | Unset
        if isinstance(_address_retention,  Unset):
            address_retention = UNSET
        else:
            address_retention = MessageAddressRetention(_address_retention)




        smart_encoded = d.pop("SmartEncoded", UNSET)

        persistent_action = cast(list[str], d.pop("PersistentAction", UNSET))


        _traffic_type = d.pop("TrafficType", UNSET)
        traffic_type: MessageTrafficType | Unset
        if isinstance(_traffic_type,  Unset):
            traffic_type = UNSET
        else:
            traffic_type = MessageTrafficType(_traffic_type)




        shorten_urls = d.pop("ShortenUrls", UNSET)

        _schedule_type = d.pop("ScheduleType", UNSET)
        schedule_type: MessageScheduleType | Unset
        if isinstance(_schedule_type,  Unset):
            schedule_type = UNSET
        else:
            schedule_type = MessageScheduleType(_schedule_type)




        _send_at = d.pop("SendAt", UNSET)
        send_at: datetime.datetime | Unset
        if isinstance(_send_at,  Unset):
            send_at = UNSET
        else:
            send_at = parse_timestamp(_send_at)




        send_as_mms = d.pop("SendAsMms", UNSET)

        content_variables = d.pop("ContentVariables", UNSET)

        _risk_check = d.pop("RiskCheck", UNSET)
        risk_check: MessageRiskCheck | Unset
        if isinstance(_risk_check,  Unset):
            risk_check = UNSET
        else:
            risk_check = MessageRiskCheck(_risk_check)




        from_ = d.pop("From", UNSET)

        messaging_service_sid = d.pop("MessagingServiceSid", UNSET)

        body = d.pop("Body", UNSET)

        media_url = cast(list[str], d.pop("MediaUrl", UNSET))


        content_sid = d.pop("ContentSid", UNSET)

        create_message_request = cls(
            to=to,
            status_callback=status_callback,
            application_sid=application_sid,
            max_price=max_price,
            provide_feedback=provide_feedback,
            attempt=attempt,
            validity_period=validity_period,
            force_delivery=force_delivery,
            content_retention=content_retention,
            address_retention=address_retention,
            smart_encoded=smart_encoded,
            persistent_action=persistent_action,
            traffic_type=traffic_type,
            shorten_urls=shorten_urls,
            schedule_type=schedule_type,
            send_at=send_at,
            send_as_mms=send_as_mms,
            content_variables=content_variables,
            risk_check=risk_check,
            from_=from_,
            messaging_service_sid=messaging_service_sid,
            body=body,
            media_url=media_url,
            content_sid=content_sid,
        )


        create_message_request.additional_properties = d
        return create_message_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
