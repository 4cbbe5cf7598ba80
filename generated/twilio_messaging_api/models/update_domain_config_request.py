from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="UpdateDomainConfigRequest")



@_attrs_define
class UpdateDomainConfigRequest:
    

    fallback_url: str | Unset = UNSET
    """ Where visitors are redirected when a request to the domain matches no live shortened link, for example an
    expired one. """
    callback_url: str | Unset = UNSET
    """ Webhook URL that receives an event each time a recipient clicks a shortened link. """
    continue_on_failure: bool | Unset = UNSET
    """ Whether a message should still be sent, with its original links, if link shortening fails. """
    disable_https: bool | Unset = UNSET
    """ If true, shortened links are written without the https:// prefix; defaults to false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        fallback_url = self.fallback_url

        callback_url = self.callback_url

        continue_on_failure = self.continue_on_failure

        disable_https = self.disable_https


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if fallback_url is not UNSET:
            field_dict["FallbackUrl"] = fallback_url
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if continue_on_failure is not UNSET:
            field_dict["ContinueOnFailure"] = continue_on_failure
        if disable_https is not UNSET:
            field_dict["DisableHttps"] = disable_https

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fallback_url = d.pop("FallbackUrl", UNSET)

        callback_url = d.pop("CallbackUrl", UNSET)

        continue_on_failure = d.pop("ContinueOnFailure", UNSET)

        disable_https = d.pop("DisableHttps", UNSET)

        update_domain_config_request = cls(
            fallback_url=fallback_url,
            callback_url=callback_url,
            continue_on_failure=continue_on_failure,
            disable_https=disable_https,
        )


        update_domain_config_request.additional_properties = d
        return update_domain_config_request

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
