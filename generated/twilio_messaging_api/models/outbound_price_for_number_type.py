from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="OutboundPriceForNumberType")



@_attrs_define
class OutboundPriceForNumberType:
    """ Price of sending one SMS from a given type of Twilio number.

     """

    base_price: str | Unset = UNSET
    """ List price per message, as a decimal string. """
    current_price: str | Unset = UNSET
    """ Price per message that applies to your account after any discounts, as a decimal string. """
    number_type: str | Unset = UNSET
    """ Kind of sending number the price applies to, such as mobile, local or short code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        base_price = self.base_price

        current_price = self.current_price

        number_type = self.number_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if base_price is not UNSET:
            field_dict["base_price"] = base_price
        if current_price is not UNSET:
            field_dict["current_price"] = current_price
        if number_type is not UNSET:
            field_dict["number_type"] = number_type

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_price = d.pop("base_price", UNSET)

        current_price = d.pop("current_price", UNSET)

        number_type = d.pop("number_type", UNSET)

        outbound_price_for_number_type = cls(
            base_price=base_price,
            current_price=current_price,
            number_type=number_type,
        )


        outbound_price_for_number_type.additional_properties = d
        return outbound_price_for_number_type

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
