from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BrandRegistrationOtp")



@_attrs_define
class BrandRegistrationOtp:
    """ Acknowledgement that a new verification passcode was sent for a Sole Proprietor brand.

     """

    account_sid: None | str | Unset = UNSET
    """ SID of the account that owns the brand. """
    brand_registration_sid: None | str | Unset = UNSET
    """ SID of the Sole Proprietor brand registration the passcode was sent for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        brand_registration_sid: None | str | Unset
        if isinstance(self.brand_registration_sid, Unset):
            brand_registration_sid = UNSET
        else:
            brand_registration_sid = self.brand_registration_sid


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if brand_registration_sid is not UNSET:
            field_dict["brand_registration_sid"] = brand_registration_sid

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))


        def _parse_brand_registration_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_registration_sid = _parse_brand_registration_sid(d.pop("brand_registration_sid", UNSET))


        brand_registration_otp = cls(
            account_sid=account_sid,
            brand_registration_sid=brand_registration_sid,
        )


        brand_registration_otp.additional_properties = d
        return brand_registration_otp

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
