from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.brand_vetting_provider import BrandVettingProvider
from ..types import UNSET, Unset






T = TypeVar("T", bound="CreateBrandVettingRequest")



@_attrs_define
class CreateBrandVettingRequest:
    

    vetting_provider: BrandVettingProvider
    """ Third-party vetting provider: campaign-verify (Campaign Verify tokens for political senders) or aegis
    (secondary vetting by Aegis Mobile). """
    vetting_id: str | Unset = UNSET
    """ Identifier the provider issued for an existing vetting, such as a Campaign Verify token; used when
    importing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        vetting_provider = self.vetting_provider.value

        vetting_id = self.vetting_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "VettingProvider": vetting_provider,
        })
        if vetting_id is not UNSET:
            field_dict["VettingId"] = vetting_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vetting_provider = BrandVettingProvider(d.pop("VettingProvider"))




        vetting_id = d.pop("VettingId", UNSET)

        create_brand_vetting_request = cls(
            vetting_provider=vetting_provider,
            vetting_id=vetting_id,
        )


        create_brand_vetting_request.additional_properties = d
        return create_brand_vetting_request

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
