from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.service_fallback_method import ServiceFallbackMethod
from ..models.service_inbound_method import ServiceInboundMethod
from ..models.service_scan_message_content import ServiceScanMessageContent
from ..types import UNSET, Unset
from twilio_messaging._datetime import parse_timestamp
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.service_links_type_0 import ServiceLinksType0





T = TypeVar("T", bound="Service")



@_attrs_define
class Service:
    """ A Messaging Service: a pool of senders with shared settings for outbound and inbound messaging.

     """

    sid: None | str | Unset = UNSET
    """ Unique SID of the Messaging Service (starts with MG). """
    account_sid: None | str | Unset = UNSET
    """ SID of the account that owns the resource (starts with AC). """
    friendly_name: None | str | Unset = UNSET
    """ Human-readable name of the service. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ When the resource was created, in ISO 8601 format (UTC). """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ When the resource was last changed, in ISO 8601 format (UTC). """
    inbound_request_url: None | str | Unset = UNSET
    """ Webhook URL for messages received by the service's senders; null while inbound messages are not forwarded.
    """
    inbound_method: ServiceInboundMethod | Unset = UNSET
    """ Whether inbound_request_url is called with GET or POST. """
    fallback_url: None | str | Unset = UNSET
    """ URL requested when the inbound webhook fails; null if none is set. """
    fallback_method: ServiceFallbackMethod | Unset = UNSET
    """ Whether fallback_url is called with GET or POST. """
    status_callback: None | str | Unset = UNSET
    """ URL that receives delivery status updates for messages sent through the service. """
    sticky_sender: bool | None | Unset = UNSET
    """ Whether Sticky Sender is on, so a recipient keeps the same sender. """
    mms_converter: bool | None | Unset = UNSET
    """ Whether MMS to recipients that cannot receive MMS is sent as SMS with a media link. """
    smart_encoding: bool | None | Unset = UNSET
    """ Whether Unicode look-alike characters are swapped for GSM-7 ones before sending. """
    scan_message_content: ServiceScanMessageContent | Unset = UNSET
    """ Content scanning setting of a Messaging Service: inherit follows the account's setting, enable turns
    scanning on, disable turns it off. """
    fallback_to_long_code: bool | None | Unset = UNSET
    """ Obsolete flag from the former short-code-to-long-code fallback feature. """
    area_code_geomatch: bool | None | Unset = UNSET
    """ Whether the service prefers senders whose area code matches the recipient's. """
    synchronous_validation: bool | None | Unset = UNSET
    """ Reserved by Twilio. """
    validity_period: int | Unset = 0
    """ Seconds a queued message stays valid before it is dropped unsent. """
    url: None | str | Unset = UNSET
    """ Full URL at which this resource can be fetched. """
    links: None | ServiceLinksType0 | Unset = UNSET
    """ URLs of the service's sub-resources (phone_numbers, short_codes, alpha_senders, messages and so on), keyed
    by name. """
    usecase: None | str | Unset = UNSET
    """ Declared use of the service: notifications, marketing, verification, discussion, poll or undeclared. """
    us_app_to_person_registered: bool | None | Unset = UNSET
    """ True once the service has a registered US A2P 10DLC campaign. """
    use_inbound_webhook_on_number: bool | None | Unset = UNSET
    """ Whether inbound messages go to each phone number's own webhook rather than to the service's URLs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.service_links_type_0 import ServiceLinksType0 # noqa: PLC0415
        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        elif isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        inbound_request_url: None | str | Unset
        if isinstance(self.inbound_request_url, Unset):
            inbound_request_url = UNSET
        else:
            inbound_request_url = self.inbound_request_url

        inbound_method: str | Unset = UNSET
        if not isinstance(self.inbound_method, Unset):
            inbound_method = self.inbound_method.value


        fallback_url: None | str | Unset
        if isinstance(self.fallback_url, Unset):
            fallback_url = UNSET
        else:
            fallback_url = self.fallback_url

        fallback_method: str | Unset = UNSET
        if not isinstance(self.fallback_method, Unset):
            fallback_method = self.fallback_method.value


        status_callback: None | str | Unset
        if isinstance(self.status_callback, Unset):
            status_callback = UNSET
        else:
            status_callback = self.status_callback

        sticky_sender: bool | None | Unset
        if isinstance(self.sticky_sender, Unset):
            sticky_sender = UNSET
        else:
            sticky_sender = self.sticky_sender

        mms_converter: bool | None | Unset
        if isinstance(self.mms_converter, Unset):
            mms_converter = UNSET
        else:
            mms_converter = self.mms_converter

        smart_encoding: bool | None | Unset
        if isinstance(self.smart_encoding, Unset):
            smart_encoding = UNSET
        else:
            smart_encoding = self.smart_encoding

        scan_message_content: str | Unset = UNSET
        if not isinstance(self.scan_message_content, Unset):
            scan_message_content = self.scan_message_content.value


        fallback_to_long_code: bool | None | Unset
        if isinstance(self.fallback_to_long_code, Unset):
            fallback_to_long_code = UNSET
        else:
            fallback_to_long_code = self.fallback_to_long_code

        area_code_geomatch: bool | None | Unset
        if isinstance(self.area_code_geomatch, Unset):
            area_code_geomatch = UNSET
        else:
            area_code_geomatch = self.area_code_geomatch

        synchronous_validation: bool | None | Unset
        if isinstance(self.synchronous_validation, Unset):
            synchronous_validation = UNSET
        else:
            synchronous_validation = self.synchronous_validation

        validity_period = self.validity_period

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, ServiceLinksType0):
            links = self.links.to_dict()
        else:
            links = self.links

        usecase: None | str | Unset
        if isinstance(self.usecase, Unset):
            usecase = UNSET
        else:
            usecase = self.usecase

        us_app_to_person_registered: bool | None | Unset
        if isinstance(self.us_app_to_person_registered, Unset):
            us_app_to_person_registered = UNSET
        else:
            us_app_to_person_registered = self.us_app_to_person_registered

        use_inbound_webhook_on_number: bool | None | Unset
        if isinstance(self.use_inbound_webhook_on_number, Unset):
            use_inbound_webhook_on_number = UNSET
        else:
            use_inbound_webhook_on_number = self.use_inbound_webhook_on_number


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if sid is not UNSET:
            field_dict["sid"] = sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if inbound_request_url is not UNSET:
            field_dict["inbound_request_url"] = inbound_request_url
        if inbound_method is not UNSET:
            field_dict["inbound_method"] = inbound_method
        if fallback_url is not UNSET:
            field_dict["fallback_url"] = fallback_url
        if fallback_method is not UNSET:
            field_dict["fallback_method"] = fallback_method
        if status_callback is not UNSET:
            field_dict["status_callback"] = status_callback
        if sticky_sender is not UNSET:
            field_dict["sticky_sender"] = sticky_sender
        if mms_converter is not UNSET:
            field_dict["mms_converter"] = mms_converter
        if smart_encoding is not UNSET:
            field_dict["smart_encoding"] = smart_encoding
        if scan_message_content is not UNSET:
            field_dict["scan_message_content"] = scan_message_content
        if fallback_to_long_code is not UNSET:
            field_dict["fallback_to_long_code"] = fallback_to_long_code
        if area_code_geomatch is not UNSET:
            field_dict["area_code_geomatch"] = area_code_geomatch
        if synchronous_validation is not UNSET:
            field_dict["synchronous_validation"] = synchronous_validation
        if validity_period is not UNSET:
            field_dict["validity_period"] = validity_period
        if url is not UNSET:
            field_dict["url"] = url
        if links is not UNSET:
            field_dict["links"] = links
        if usecase is not UNSET:
            field_dict["usecase"] = usecase
        if us_app_to_person_registered is not UNSET:
            field_dict["us_app_to_person_registered"] = us_app_to_person_registered
        if use_inbound_webhook_on_number is not UNSET:
            field_dict["use_inbound_webhook_on_number"] = use_inbound_webhook_on_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_links_type_0 import ServiceLinksType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))


        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))


        def _parse_friendly_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        friendly_name = _parse_friendly_name(d.pop("friendly_name", UNSET))


        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = parse_timestamp(data)



                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))


        def _parse_date_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_updated_type_0 = parse_timestamp(data)



                return date_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_updated = _parse_date_updated(d.pop("date_updated", UNSET))


        def _parse_inbound_request_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound_request_url = _parse_inbound_request_url(d.pop("inbound_request_url", UNSET))


        _inbound_method = d.pop("inbound_method", UNSET)
        inbound_method: ServiceInboundMethod | Unset
        if isinstance(_inbound_method,  Unset):
            inbound_method = UNSET
        else:
            inbound_method = ServiceInboundMethod(_inbound_method)




        def _parse_fallback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_url = _parse_fallback_url(d.pop("fallback_url", UNSET))


        _fallback_method = d.pop("fallback_method", UNSET)
        fallback_method: ServiceFallbackMethod | Unset
        if isinstance(_fallback_method,  Unset):
            fallback_method = UNSET
        else:
            fallback_method = ServiceFallbackMethod(_fallback_method)




        def _parse_status_callback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_callback = _parse_status_callback(d.pop("status_callback", UNSET))


        def _parse_sticky_sender(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sticky_sender = _parse_sticky_sender(d.pop("sticky_sender", UNSET))


        def _parse_mms_converter(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mms_converter = _parse_mms_converter(d.pop("mms_converter", UNSET))


        def _parse_smart_encoding(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        smart_encoding = _parse_smart_encoding(d.pop("smart_encoding", UNSET))


        _scan_message_content = d.pop("scan_message_content", UNSET)
        scan_message_content: ServiceScanMessageContent | Unset
        if isinstance(_scan_message_content,  Unset):
            scan_message_content = UNSET
        else:
            scan_message_content = ServiceScanMessageContent(_scan_message_content)




        def _parse_fallback_to_long_code(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        fallback_to_long_code = _parse_fallback_to_long_code(d.pop("fallback_to_long_code", UNSET))


        def _parse_area_code_geomatch(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        area_code_geomatch = _parse_area_code_geomatch(d.pop("area_code_geomatch", UNSET))


        def _parse_synchronous_validation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        synchronous_validation = _parse_synchronous_validation(d.pop("synchronous_validation", UNSET))


        validity_period = d.pop("validity_period", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        def _parse_links(data: object) -> None | ServiceLinksType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = ServiceLinksType0.from_dict(data)



                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceLinksType0 | Unset, data)

        links = _parse_links(d.pop("links", UNSET))


        def _parse_usecase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usecase = _parse_usecase(d.pop("usecase", UNSET))


        def _parse_us_app_to_person_registered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        us_app_to_person_registered = _parse_us_app_to_person_registered(d.pop("us_app_to_person_registered", UNSET))


        def _parse_use_inbound_webhook_on_number(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_inbound_webhook_on_number = _parse_use_inbound_webhook_on_number(d.pop("use_inbound_webhook_on_number", UNSET))


        service = cls(
            sid=sid,
            account_sid=account_sid,
            friendly_name=friendly_name,
            date_created=date_created,
            date_updated=date_updated,
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
            synchronous_validation=synchronous_validation,
            validity_period=validity_period,
            url=url,
            links=links,
            usecase=usecase,
            us_app_to_person_registered=us_app_to_person_registered,
            use_inbound_webhook_on_number=use_inbound_webhook_on_number,
        )


        service.additional_properties = d
        return service

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
