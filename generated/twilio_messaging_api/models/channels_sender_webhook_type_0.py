from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channels_sender_webhook_type_0_callback_method import ChannelsSenderWebhookType0CallbackMethod
from ..models.channels_sender_webhook_type_0_fallback_method import ChannelsSenderWebhookType0FallbackMethod
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ChannelsSenderWebhookType0")



@_attrs_define
class ChannelsSenderWebhookType0:
    """ Webhook settings of a sender: where incoming messages and status updates are delivered.

     """

    callback_url: None | str | Unset = UNSET
    """ URL that receives incoming messages for the sender. """
    callback_method: ChannelsSenderWebhookType0CallbackMethod | Unset = UNSET
    """ HTTP method used to call callback_url: POST or PUT. """
    fallback_url: None | str | Unset = UNSET
    """ URL called when a request to callback_url fails. """
    fallback_method: ChannelsSenderWebhookType0FallbackMethod | Unset = UNSET
    """ HTTP method used to call fallback_url: POST or PUT. """
    status_callback_url: None | str | Unset = UNSET
    """ URL that receives status updates. """
    status_callback_method: None | str | Unset = UNSET
    """ HTTP method used to call status_callback_url. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        callback_method: str | Unset = UNSET
        if not isinstance(self.callback_method, Unset):
            callback_method = self.callback_method.value


        fallback_url: None | str | Unset
        if isinstance(self.fallback_url, Unset):
            fallback_url = UNSET
        else:
            fallback_url = self.fallback_url

        fallback_method: str | Unset = UNSET
        if not isinstance(self.fallback_method, Unset):
            fallback_method = self.fallback_method.value


        status_callback_url: None | str | Unset
        if isinstance(self.status_callback_url, Unset):
            status_callback_url = UNSET
        else:
            status_callback_url = self.status_callback_url

        status_callback_method: None | str | Unset
        if isinstance(self.status_callback_method, Unset):
            status_callback_method = UNSET
        else:
            status_callback_method = self.status_callback_method


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_method is not UNSET:
            field_dict["callback_method"] = callback_method
        if fallback_url is not UNSET:
            field_dict["fallback_url"] = fallback_url
        if fallback_method is not UNSET:
            field_dict["fallback_method"] = fallback_method
        if status_callback_url is not UNSET:
            field_dict["status_callback_url"] = status_callback_url
        if status_callback_method is not UNSET:
            field_dict["status_callback_method"] = status_callback_method

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))


        _callback_method = d.pop("callback_method", UNSET)
        callback_method: ChannelsSenderWebhookType0CallbackMethod | Unset
        if isinstance(_callback_method,  Unset):
            callback_method = UNSET
        else:
            callback_method = ChannelsSenderWebhookType0CallbackMethod(_callback_method)




        def _parse_fallback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_url = _parse_fallback_url(d.pop("fallback_url", UNSET))


        _fallback_method = d.pop("fallback_method", UNSET)
        fallback_method: ChannelsSenderWebhookType0FallbackMethod | Unset
        if isinstance(_fallback_method,  Unset):
            fallback_method = UNSET
        else:
            fallback_method = ChannelsSenderWebhookType0FallbackMethod(_fallback_method)




        def _parse_status_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_callback_url = _parse_status_callback_url(d.pop("status_callback_url", UNSET))


        def _parse_status_callback_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_callback_method = _parse_status_callback_method(d.pop("status_callback_method", UNSET))


        channels_sender_webhook_type_0 = cls(
            callback_url=callback_url,
            callback_method=callback_method,
            fallback_url=fallback_url,
            fallback_method=fallback_method,
            status_callback_url=status_callback_url,
            status_callback_method=status_callback_method,
        )


        channels_sender_webhook_type_0.additional_properties = d
        return channels_sender_webhook_type_0

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
