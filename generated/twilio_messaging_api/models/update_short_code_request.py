from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.update_short_code_request_sms_fallback_method import UpdateShortCodeRequestSmsFallbackMethod
from ..models.update_short_code_request_sms_method import UpdateShortCodeRequestSmsMethod
from ..types import UNSET, Unset






T = TypeVar("T", bound="UpdateShortCodeRequest")



@_attrs_define
class UpdateShortCodeRequest:
    

    friendly_name: str | Unset = UNSET
    """ Your own label for the short code, up to 64 characters. """
    api_version: str | Unset = UNSET
    """ Which TwiML API version handles incoming SMS: 2010-04-01 or 2008-08-01. """
    sms_url: str | Unset = UNSET
    """ Webhook URL Twilio requests when the short code receives an SMS. """
    sms_method: UpdateShortCodeRequestSmsMethod | Unset = UNSET
    """ Whether SmsUrl is requested with GET or POST. """
    sms_fallback_url: str | Unset = UNSET
    """ Backup URL Twilio calls if requesting SmsUrl or running its TwiML fails. """
    sms_fallback_method: UpdateShortCodeRequestSmsFallbackMethod | Unset = UNSET
    """ Whether SmsFallbackUrl is requested with GET or POST. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        api_version = self.api_version

        sms_url = self.sms_url

        sms_method: str | Unset = UNSET
        if not isinstance(self.sms_method, Unset):
            sms_method = self.sms_method.value


        sms_fallback_url = self.sms_fallback_url

        sms_fallback_method: str | Unset = UNSET
        if not isinstance(self.sms_fallback_method, Unset):
            sms_fallback_method = self.sms_fallback_method.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if friendly_name is not UNSET:
            field_dict["FriendlyName"] = friendly_name
        if api_version is not UNSET:
            field_dict["ApiVersion"] = api_version
        if sms_url is not UNSET:
            field_dict["SmsUrl"] = sms_url
        if sms_method is not UNSET:
            field_dict["SmsMethod"] = sms_method
        if sms_fallback_url is not UNSET:
            field_dict["SmsFallbackUrl"] = sms_fallback_url
        if sms_fallback_method is not UNSET:
            field_dict["SmsFallbackMethod"] = sms_fallback_method

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        friendly_name = d.pop("FriendlyName", UNSET)

        api_version = d.pop("ApiVersion", UNSET)

        sms_url = d.pop("SmsUrl", UNSET)

        _sms_method = d.pop("SmsMethod", UNSET)
        sms_method: UpdateShortCodeRequestSmsMethod | Unset
        if isinstance(_sms_method,  Unset):
            sms_method = UNSET
        else:
            sms_method = UpdateShortCodeRequestSmsMethod(_sms_method)




        sms_fallback_url = d.pop("SmsFallbackUrl", UNSET)

        _sms_fallback_method = d.pop("SmsFallbackMethod", UNSET)
        sms_fallback_method: UpdateShortCodeRequestSmsFallbackMethod | Unset
        if isinstance(_sms_fallback_method,  Unset):
            sms_fallback_method = UNSET
        else:
            sms_fallback_method = UpdateShortCodeRequestSmsFallbackMethod(_sms_fallback_method)




        update_short_code_request = cls(
            friendly_name=friendly_name,
            api_version=api_version,
            sms_url=sms_url,
            sms_method=sms_method,
            sms_fallback_url=sms_fallback_url,
            sms_fallback_method=sms_fallback_method,
        )


        update_short_code_request.additional_properties = d
        return update_short_code_request

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
