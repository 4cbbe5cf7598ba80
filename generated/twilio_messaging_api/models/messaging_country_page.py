from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.messaging_country_summary import MessagingCountrySummary
  from ..models.page_meta import PageMeta





T = TypeVar("T", bound="MessagingCountryPage")



@_attrs_define
class MessagingCountryPage:
    """ One page of countries that have messaging prices.

     """

    countries: list[MessagingCountrySummary] | Unset = UNSET
    """ Countries on this page. """
    meta: PageMeta | Unset = UNSET
    """ Paging information of list responses from the versioned APIs (v1, v2); all URLs are absolute. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.messaging_country_summary import MessagingCountrySummary # noqa: PLC0415
        from ..models.page_meta import PageMeta # noqa: PLC0415
        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)



        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if countries is not UNSET:
            field_dict["countries"] = countries
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.messaging_country_summary import MessagingCountrySummary # noqa: PLC0415
        from ..models.page_meta import PageMeta # noqa: PLC0415
        d = dict(src_dict)
        _countries = d.pop("countries", UNSET)
        countries: list[MessagingCountrySummary] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = MessagingCountrySummary.from_dict(countries_item_data)



                countries.append(countries_item)


        _meta = d.pop("meta", UNSET)
        meta: PageMeta | Unset
        if isinstance(_meta,  Unset):
            meta = UNSET
        else:
            meta = PageMeta.from_dict(_meta)




        messaging_country_page = cls(
            countries=countries,
            meta=meta,
        )


        messaging_country_page.additional_properties = d
        return messaging_country_page

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
