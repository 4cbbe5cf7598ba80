from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.service_scan_message_content import ServiceScanMessageContent
from ..models.update_service_request_fallback_method import UpdateServiceRequestFallbackMethod
from ..models.update_service_request_inbound_method import UpdateServiceRequestInboundMethod
from ..types import UNSET, Unset






T = TypeVar("T", bound="UpdateServiceRequest")



@_attrs_define
class UpdateServiceRequest:
    

    friendly_name: str | Unset = UNSET
    """ Human-readable name for the service, up to 64 characters. """
    inbound_request_url: str | Unset = UNSET
    """ Webhook URL Twilio requests when a sender in the service receives a message; while it is unset, inbound
    messages are not forwarded. """
    inbound_method: UpdateServiceRequestInboundMethod | Unset = UNSET
    """ Whether InboundRequestUrl is called with GET or POST (POST when left out). """
    fallback_url: str | Unset = UNSET
    """ URL Twilio requests with FallbackMethod when the inbound webhook fails or returns bad TwiML. """
    fallback_method: UpdateServiceRequestFallbackMethod | Unset = UNSET
    """ Whether FallbackUrl is called with GET or POST. """
    status_callback: str | Unset = UNSET
    """ URL that receives delivery status updates for messages sent through the service. """
    sticky_sender: bool | Unset = UNSET
    """ If true, a recipient keeps hearing from the same sender of the pool (Sticky Sender). """
    mms_converter: bool | Unset = UNSET
    """ If true, MMS to recipients that cannot receive MMS goes out as SMS with a link to the media. """
    smart_encoding: bool | Unset = UNSET
    """ If true, Unicode look-alike characters are swapped for GSM-7 ones so messages use fewer segments. """
    scan_message_content: ServiceScanMessageContent | Unset = UNSET
    """ Content scanning setting of a Messaging Service: inherit follows the account's setting, enable turns
    scanning on, disable turns it off. """
    fallback_to_long_code: bool | Unset = UNSET
    """ Obsolete: formerly retried failed short-code messages from a long code. """
    area_code_geomatch: bool | Unset = UNSET
    """ If true, the service prefers a sender whose area code matches the recipient's. """
    validity_period: int | Unset = UNSET
    """ Seconds a queued message stays valid before it is dropped unsent, from 1 to 36000 (36000 when left out). """
    synchronous_validation: bool | Unset = UNSET
    """ Reserved by Twilio. """
    usecase: str | Unset = UNSET
    """ Intended use of the service: notifications, marketing, verification, discussion, poll or undeclared. """
    use_inbound_webhook_on_number: bool | Unset = UNSET
    """ If true, inbound messages go to the webhook set on each phone number instead of InboundRequestUrl and
    FallbackUrl. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        inbound_request_url = self.inbound_request_url

        inbound_method: str | Unset = UNSET
        if not isinstance(self.inbound_method, Unset):
            inbound_method = self.inbound_method.value


        fallback_url = self.fallback_url

        fallback_method: str | Unset = UNSET
        if not isinstance(self.fallback_method, Unset):
            fallback_method = self.fallback_method.value


        status_callback = self.status_callback

        sticky_sender = self.sticky_sender

        mms_converter = self.mms_converter

        smart_encoding = self.smart_encoding

        scan_message_content: str | Unset = UNSET
        if not isinstance(self.scan_message_content, Unset):
            scan_message_content = self.scan_message_content.value


        fallback_to_long_code = self.fallback_to_long_code

        area_code_geomatch = self.area_code_geomatch

        validity_period = self.validity_period

        synchronous_validation = self.synchronous_validation

        usecase = self.usecase

        use_inbound_webhook_on_number = self.use_inbound_webhook_on_number


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if friendly_name is not UNSET:
            field_dict["FriendlyName"] = friendly_name
        if inbound_request_url is not UNSET:
            field_dict["InboundRequestUrl"] = inbound_request_url
        if inbound_method is not UNSET:
            field_dict["InboundMethod"] = inbound_method
        if fallback_url is not UNSET:
            field_dict["FallbackUrl"] = fallback_url
        if fallback_method is not UNSET:
            field_dict["FallbackMethod"] = fallback_method
        if status_callback is not UNSET:
            field_dict["StatusCallback"] = status_callback
        if sticky_sender is not UNSET:
            field_dict["StickySender"] = sticky_sender
        if mms_converter is not UNSET:
            field_dict["MmsConverter"] = mms_converter
        if smart_encoding is not UNSET:
            field_dict["SmartEncoding"] = smart_encoding
        if scan_message_content is not UNSET:
            field_dict["ScanMessageContent"] = scan_message_content
        if fallback_to_long_code is not UNSET:
            field_dict["FallbackToLongCode"] = fallback_to_long_code
        if area_code_geomatch is not UNSET:
            field_dict["AreaCodeGeomatch"] = area_code_geomatch
        if validity_period is not UNSET:
            field_dict["ValidityPeriod"] = validity_period
        if synchronous_validation is not UNSET:
            field_dict["SynchronousValidation"] = synchronous_validation
        if usecase is not UNSET:
            field_dict["Usecase"] = usecase
        if use_inbound_webhook_on_number is not UNSET:
            field_dict["UseInboundWebhookOnNumber"] = use_inbound_webhook_on_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        friendly_name = d.pop("FriendlyName", UNSET)

        inbound_request_url = d.pop("InboundRequestUrl", UNSET)

        _inbound_method = d.pop("InboundMethod", UNSET)
        inbound_method: UpdateServiceRequestInboundMethod | Unset
        if isinstance(_inbound_method,  Unset):
            inbound_method = UNSET
        else:
            inbound_method = UpdateServiceRequestInboundMethod(_inbound_method)




        fallback_url = d.pop("FallbackUrl", UNSET)

        _fallback_method = d.pop("FallbackMethod", UNSET)
        fallback_method: UpdateServiceRequestFallbackMethod | Unset
        if isinstance(_fallback_method,  Unset):
            fallback_method = UNSET
        else:
            fallback_method = UpdateServiceRequestFallbackMethod(_fallback_method)




        status_callback = d.pop("StatusCallback", UNSET)

        sticky_sender = d.pop("StickySender", UNSET)

        mms_converter = d.pop("MmsConverter", UNSET)

        smart_encoding = d.pop("SmartEncoding", UNSET)

        _scan_message_content = d.pop("ScanMessageContent", UNSET)
        scan_message_content: ServiceScanMessageContent | Unset
        if isinstance(_scan_message_content,  Unset):
            scan_message_content = UNSET
        else:
            scan_message_content = ServiceScanMessageContent(_scan_message_content)




        fallback_to_long_code = d.pop("FallbackToLongCode", UNSET)

        area_code_geomatch = d.pop("AreaCodeGeomatch", UNSET)

        validity_period = d.pop("ValidityPeriod", UNSET)

        synchronous_validation = d.pop("SynchronousValidation", UNSET)

        usecase = d.pop("Usecase", UNSET)

        use_inbound_webhook_on_number = d.pop("UseInboundWebhookOnNumber", UNSET)

        update_service_request = cls(
            friendly_name=friendly_name,
            inbound_request_url=inbound_request_url,
            inbound_method=inbound_method,
            fallback_url=fallback_url,
            fallback_method=fallback_method,
            status_callback=status_callback,
            sticky_sender=sticky_sender,
            mms_converter=mms_converter,
            smart_encoding=smart_encoding,
            scan_message_content=scan_message_content,
            fallback_to_long_code=fallback_to_long_code,
            area_code_geomatch=area_code_geomatch,
            validity_period=validity_period,
            synchronous_validation=synchronous_validation,
            usecase=usecase,
            use_inbound_webhook_on_number=use_inbound_webhook_on_number,
        )


        update_service_request.additional_properties = d
        return update_service_request

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
