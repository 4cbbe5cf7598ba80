from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ChannelsSenderPropertiesType0")



@_attrs_define
class ChannelsSenderPropertiesType0:
    """ Read-only values the channel reports about a sender.

     """

    quality_rating: None | str | Unset = UNSET
    """ Quality rating the channel gives the sender, e.g. HIGH. """
    messaging_limit: None | str | Unset = UNSET
    """ How many customers the sender may message in a period, e.g. 10K Customers/24hr. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        quality_rating: None | str | Unset
        if isinstance(self.quality_rating, Unset):
            quality_rating = UNSET
        else:
            quality_rating = self.quality_rating

        messaging_limit: None | str | Unset
        if isinstance(self.messaging_limit, Unset):
            messaging_limit = UNSET
        else:
            messaging_limit = self.messaging_limit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if quality_rating is not UNSET:
            field_dict["quality_rating"] = quality_rating
        if messaging_limit is not UNSET:
            field_dict["messaging_limit"] = messaging_limit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_quality_rating(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quality_rating = _parse_quality_rating(d.pop("quality_rating", UNSET))


        def _parse_messaging_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messaging_limit = _parse_messaging_limit(d.pop("messaging_limit", UNSET))


        channels_sender_properties_type_0 = cls(
            quality_rating=quality_rating,
            messaging_limit=messaging_limit,
        )


        channels_sender_properties_type_0.additional_properties = d
        return channels_sender_properties_type_0

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
