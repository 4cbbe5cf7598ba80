from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ChannelsSenderProfileType0")



@_attrs_define
class ChannelsSenderProfileType0:
    """ Business profile details to set on a sender when creating or updating it.

     """

    name: None | str | Unset = UNSET
    """ Business name displayed on the sender's profile. """
    about: None | str | Unset = UNSET
    """ Short about text shown on the sender's profile. """
    address: None | str | Unset = UNSET
    """ Business address shown on the profile. """
    emails: Any | Unset = UNSET
    """ Contact email addresses for the profile, each given with an email and a label. """
    logo_url: None | str | Unset = UNSET
    """ URL of the logo image shown on the profile. """
    vertical: None | str | Unset = UNSET
    """ Industry of the business, such as Automotive, Education, Restaurant or Other. """
    websites: Any | Unset = UNSET
    """ Websites for the profile, each given with a website URL and a label. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        about: None | str | Unset
        if isinstance(self.about, Unset):
            about = UNSET
        else:
            about = self.about

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        emails = self.emails

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        vertical: None | str | Unset
        if isinstance(self.vertical, Unset):
            vertical = UNSET
        else:
            vertical = self.vertical

        websites = self.websites


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if about is not UNSET:
            field_dict["about"] = about
        if address is not UNSET:
            field_dict["address"] = address
        if emails is not UNSET:
            field_dict["emails"] = emails
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if websites is not UNSET:
            field_dict["websites"] = websites

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_about(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        about = _parse_about(d.pop("about", UNSET))


        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        emails = d.pop("emails", UNSET)

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))


        def _parse_vertical(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vertical = _parse_vertical(d.pop("vertical", UNSET))


        websites = d.pop("websites", UNSET)

        channels_sender_profile_type_0 = cls(
            name=name,
            about=about,
            address=address,
            emails=emails,
            logo_url=logo_url,
            vertical=vertical,
            websites=websites,
        )


        channels_sender_profile_type_0.additional_properties = d
        return channels_sender_profile_type_0

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
