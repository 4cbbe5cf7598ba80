from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.inbound_sms_price import InboundSmsPrice
  from ..models.outbound_sms_price import OutboundSmsPrice





T = TypeVar("T", bound="MessagingCountry")



@_attrs_define
class MessagingCountry:
    """ Prices for sending and receiving SMS in one country.

     """

    country: None | str | Unset = UNSET
    """ Display name of the country. """
    iso_country: None | str | Unset = UNSET
    """ Two-letter ISO 3166-1 alpha-2 country code. """
    outbound_sms_prices: list[OutboundSmsPrice] | None | Unset = UNSET
    """ Prices for sending SMS, one entry per carrier network (MCC/MNC pair). """
    inbound_sms_prices: list[InboundSmsPrice] | None | Unset = UNSET
    """ Prices for receiving an SMS, one entry per Twilio number type. """
    price_unit: None | str | Unset = UNSET
    """ ISO 4217 currency code in which all prices are given, such as USD. """
    url: None | str | Unset = UNSET
    """ Full URL of this country's pricing record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.inbound_sms_price import InboundSmsPrice # noqa: PLC0415
        from ..models.outbound_sms_price import OutboundSmsPrice # noqa: PLC0415
        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        iso_country: None | str | Unset
        if isinstance(self.iso_country, Unset):
            iso_country = UNSET
        else:
            iso_country = self.iso_country

        outbound_sms_prices: list[dict[str, Any]] | None | Unset
        if isinstance(self.outbound_sms_prices, Unset):
            outbound_sms_prices = UNSET
        elif isinstance(self.outbound_sms_prices, list):
            outbound_sms_prices = []
            for outbound_sms_prices_type_0_item_data in self.outbound_sms_prices:
                outbound_sms_prices_type_0_item = outbound_sms_prices_type_0_item_data.to_dict()
                outbound_sms_prices.append(outbound_sms_prices_type_0_item)


        else:
            outbound_sms_prices = self.outbound_sms_prices

        inbound_sms_prices: list[dict[str, Any]] | None | Unset
        if isinstance(self.inbound_sms_prices, Unset):
            inbound_sms_prices = UNSET
        elif isinstance(self.inbound_sms_prices, list):
            inbound_sms_prices = []
            for inbound_sms_prices_type_0_item_data in self.inbound_sms_prices:
                inbound_sms_prices_type_0_item = inbound_sms_prices_type_0_item_data.to_dict()
                inbound_sms_prices.append(inbound_sms_prices_type_0_item)


        else:
            inbound_sms_prices = self.inbound_sms_prices

        price_unit: None | str | Unset
        if isinstance(self.price_unit, Unset):
            price_unit = UNSET
        else:
            price_unit = self.price_unit

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if country is not UNSET:
            field_dict["country"] = country
        if iso_country is not UNSET:
            field_dict["iso_country"] = iso_country
        if outbound_sms_prices is not UNSET:
            field_dict["outbound_sms_prices"] = outbound_sms_prices
        if inbound_sms_prices is not UNSET:
            field_dict["inbound_sms_prices"] = inbound_sms_prices
        if price_unit is not UNSET:
            field_dict["price_unit"] = price_unit
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_sms_price import InboundSmsPrice # noqa: PLC0415
        from ..models.outbound_sms_price import OutboundSmsPrice # noqa: PLC0415
        d = dict(src_dict)
        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))


        def _parse_iso_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_country = _parse_iso_country(d.pop("iso_country", UNSET))


        def _parse_outbound_sms_prices(data: object) -> list[OutboundSmsPrice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outbound_sms_prices_type_0 = []
                _outbound_sms_prices_type_0 = data
                for outbound_sms_prices_type_0_item_data in (_outbound_sms_prices_type_0):
                    outbound_sms_prices_type_0_item = OutboundSmsPrice.from_dict(outbound_sms_prices_type_0_item_data)



                    outbound_sms_prices_type_0.append(outbound_sms_prices_type_0_item)

                return outbound_sms_prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OutboundSmsPrice] | None | Unset, data)

        outbound_sms_prices = _parse_outbound_sms_prices(d.pop("outbound_sms_prices", UNSET))


        def _parse_inbound_sms_prices(data: object) -> list[InboundSmsPrice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inbound_sms_prices_type_0 = []
                _inbound_sms_prices_type_0 = data
                for inbound_sms_prices_type_0_item_data in (_inbound_sms_prices_type_0):
                    inbound_sms_prices_type_0_item = InboundSmsPrice.from_dict(inbound_sms_prices_type_0_item_data)



                    inbound_sms_prices_type_0.append(inbound_sms_prices_type_0_item)

                return inbound_sms_prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InboundSmsPrice] | None | Unset, data)

        inbound_sms_prices = _parse_inbound_sms_prices(d.pop("inbound_sms_prices", UNSET))


        def _parse_price_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_unit = _parse_price_unit(d.pop("price_unit", UNSET))


        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        messaging_country = cls(
            country=country,
            iso_country=iso_country,
            outbound_sms_prices=outbound_sms_prices,
            inbound_sms_prices=inbound_sms_prices,
            price_unit=price_unit,
            url=url,
        )


        messaging_country.additional_properties = d
        return messaging_country

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
