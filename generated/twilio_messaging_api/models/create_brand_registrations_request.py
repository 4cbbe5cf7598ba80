from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="CreateBrandRegistrationsRequest")



@_attrs_define
class CreateBrandRegistrationsRequest:
    

    customer_profile_bundle_sid: str
    """ SID of the Trust Hub customer profile bundle (starts with BU) that describes the business. """
    a2p_profile_bundle_sid: str
    """ SID of the A2P messaging profile bundle (starts with BU) that holds the brand's registration details. """
    brand_type: str | Unset = UNSET
    """ Kind of brand to register: STANDARD for most businesses, or SOLE_PROPRIETOR for individuals without a tax ID
    who send small volumes. """
    mock: bool | Unset = UNSET
    """ If true, creates a mock brand for testing rather than a real registration; defaults to false. """
    skip_automatic_sec_vet: bool | Unset = UNSET
    """ If true, turns off the secondary vetting that would otherwise run automatically for this brand. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        customer_profile_bundle_sid = self.customer_profile_bundle_sid

        a2p_profile_bundle_sid = self.a2p_profile_bundle_sid

        brand_type = self.brand_type

        mock = self.mock

        skip_automatic_sec_vet = self.skip_automatic_sec_vet


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "CustomerProfileBundleSid": customer_profile_bundle_sid,
            "A2PProfileBundleSid": a2p_profile_bundle_sid,
        })
        if brand_type is not UNSET:
            field_dict["BrandType"] = brand_type
        if mock is not UNSET:
            field_dict["Mock"] = mock
        if skip_automatic_sec_vet is not UNSET:
            field_dict["SkipAutomaticSecVet"] = skip_automatic_sec_vet

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_profile_bundle_sid = d.pop("CustomerProfileBundleSid")

        a2p_profile_bundle_sid = d.pop("A2PProfileBundleSid")

        brand_type = d.pop("BrandType", UNSET)

        mock = d.pop("Mock", UNSET)

        skip_automatic_sec_vet = d.pop("SkipAutomaticSecVet", UNSET)

        create_brand_registrations_request = cls(
            customer_profile_bundle_sid=customer_profile_bundle_sid,
            a2p_profile_bundle_sid=a2p_profile_bundle_sid,
            brand_type=brand_type,
            mock=mock,
            skip_automatic_sec_vet=skip_automatic_sec_vet,
        )


        create_brand_registrations_request.additional_properties = d
        return create_brand_registrations_request

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
