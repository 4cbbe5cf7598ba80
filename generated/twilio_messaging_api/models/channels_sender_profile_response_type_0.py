from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.channels_sender_profile_email import ChannelsSenderProfileEmail
  from ..models.channels_sender_profile_website import ChannelsSenderProfileWebsite





T = TypeVar("T", bound="ChannelsSenderProfileResponseType0")



@_attrs_define
class ChannelsSenderProfileResponseType0:
    """ Business profile of a sender as returned by the API.

     """

    name: None | str | Unset = UNSET
    """ Business name displayed on the sender's profile. """
    about: None | str | Unset = UNSET
    """ Short about text shown on the sender's profile. """
    address: None | str | Unset = UNSET
    """ Business address shown on the profile. """
    emails: list[ChannelsSenderProfileEmail] | None | Unset = UNSET
    """ Contact email addresses on the profile. """
    logo_url: None | str | Unset = UNSET
    """ URL of the logo image shown on the profile. """
    vertical: None | str | Unset = UNSET
    """ Industry of the business, such as Automotive, Education, Restaurant or Other. """
    websites: list[ChannelsSenderProfileWebsite] | None | Unset = UNSET
    """ Websites listed on the profile. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.channels_sender_profile_email import ChannelsSenderProfileEmail # noqa: PLC0415
        from ..models.channels_sender_profile_website import ChannelsSenderProfileWebsite # noqa: PLC0415
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

        emails: list[dict[str, Any]] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = []
            for emails_type_0_item_data in self.emails:
                emails_type_0_item = emails_type_0_item_data.to_dict()
                emails.append(emails_type_0_item)


        else:
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

        websites: list[dict[str, Any]] | None | Unset
        if isinstance(self.websites, Unset):
            websites = UNSET
        elif isinstance(self.websites, list):
            websites = []
            for websites_type_0_item_data in self.websites:
                websites_type_0_item = websites_type_0_item_data.to_dict()
                websites.append(websites_type_0_item)


        else:
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
        from ..models.channels_sender_profile_email import ChannelsSenderProfileEmail # noqa: PLC0415
        from ..models.channels_sender_profile_website import ChannelsSenderProfileWebsite # noqa: PLC0415
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


        def _parse_emails(data: object) -> list[ChannelsSenderProfileEmail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                emails_type_0 = []
                _emails_type_0 = data
                for emails_type_0_item_data in (_emails_type_0):
                    emails_type_0_item = ChannelsSenderProfileEmail.from_dict(emails_type_0_item_data)



                    emails_type_0.append(emails_type_0_item)

                return emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChannelsSenderProfileEmail] | None | Unset, data)

        emails = _parse_emails(d.pop("emails", UNSET))


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


        def _parse_websites(data: object) -> list[ChannelsSenderProfileWebsite] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                websites_type_0 = []
                _websites_type_0 = data
                for websites_type_0_item_data in (_websites_type_0):
                    websites_type_0_item = ChannelsSenderProfileWebsite.from_dict(websites_type_0_item_data)



                    websites_type_0.append(websites_type_0_item)

                return websites_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChannelsSenderProfileWebsite] | None | Unset, data)

        websites = _parse_websites(d.pop("websites", UNSET))


        channels_sender_profile_response_type_0 = cls(
            name=name,
            about=about,
            address=address,
            emails=emails,
            logo_url=logo_url,
            vertical=vertical,
            websites=websites,
        )


        channels_sender_profile_response_type_0.additional_properties = d
        return channels_sender_profile_response_type_0

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
