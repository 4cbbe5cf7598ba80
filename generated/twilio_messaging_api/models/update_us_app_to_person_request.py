from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="UpdateUsAppToPersonRequest")



@_attrs_define
class UpdateUsAppToPersonRequest:
    

    has_embedded_links: bool
    """ Set to true if the campaign's messages will include URLs. """
    has_embedded_phone: bool
    """ Set to true if the campaign's messages will include phone numbers. """
    message_samples: list[str]
    """ Two to five example messages of 20 to 1024 characters each, sent as repeated fields. """
    message_flow: str
    """ How recipients opt in to the messages, naming every opt-in method; 40 to 2048 characters. """
    description: str
    """ What the campaign is for, 40 to 4096 characters. """
    age_gated: bool
    """ Whether the campaign carries age-restricted content behind an age check. """
    direct_lending: bool
    """ Whether the campaign is about direct lending or loan arrangements. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        has_embedded_links = self.has_embedded_links

        has_embedded_phone = self.has_embedded_phone

        message_samples = self.message_samples



        message_flow = self.message_flow

        description = self.description

        age_gated = self.age_gated

        direct_lending = self.direct_lending


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "HasEmbeddedLinks": has_embedded_links,
            "HasEmbeddedPhone": has_embedded_phone,
            "MessageSamples": message_samples,
            "MessageFlow": message_flow,
            "Description": description,
            "AgeGated": age_gated,
            "DirectLending": direct_lending,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_embedded_links = d.pop("HasEmbeddedLinks")

        has_embedded_phone = d.pop("HasEmbeddedPhone")

        message_samples = cast(list[str], d.pop("MessageSamples"))


        message_flow = d.pop("MessageFlow")

        description = d.pop("Description")

        age_gated = d.pop("AgeGated")

        direct_lending = d.pop("DirectLending")

        update_us_app_to_person_request = cls(
            has_embedded_links=has_embedded_links,
            has_embedded_phone=has_embedded_phone,
            message_samples=message_samples,
            message_flow=message_flow,
            description=description,
            age_gated=age_gated,
            direct_lending=direct_lending,
        )


        update_us_app_to_person_request.additional_properties = d
        return update_us_app_to_person_request

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
