from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.outbound_price_for_number_type import OutboundPriceForNumberType





T = TypeVar("T", bound="OutboundSmsPrice")



@_attrs_define
class OutboundSmsPrice:
    """ Prices for sending SMS to subscribers of one carrier network.

     """

    carrier: str | Unset = UNSET
    """ Name of the carrier. """
    mcc: str | Unset = UNSET
    """ Mobile country code of the network. """
    mnc: str | Unset = UNSET
    """ Mobile network code of the network. """
    prices: list[OutboundPriceForNumberType] | Unset = UNSET
    """ Prices per type of sending number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.outbound_price_for_number_type import OutboundPriceForNumberType # noqa: PLC0415
        carrier = self.carrier

        mcc = self.mcc

        mnc = self.mnc

        prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = []
            for prices_item_data in self.prices:
                prices_item = prices_item_data.to_dict()
                prices.append(prices_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if prices is not UNSET:
            field_dict["prices"] = prices

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outbound_price_for_number_type import OutboundPriceForNumberType # noqa: PLC0415
        d = dict(src_dict)
        carrier = d.pop("carrier", UNSET)

        mcc = d.pop("mcc", UNSET)

        mnc = d.pop("mnc", UNSET)

        _prices = d.pop("prices", UNSET)
        prices: list[OutboundPriceForNumberType] | Unset = UNSET
        if _prices is not UNSET:
            prices = []
            for prices_item_data in _prices:
                prices_item = OutboundPriceForNumberType.from_dict(prices_item_data)



                prices.append(prices_item)


        outbound_sms_price = cls(
            carrier=carrier,
            mcc=mcc,
            mnc=mnc,
            prices=prices,
        )


        outbound_sms_price.additional_properties = d
        return outbound_sms_price

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
