from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.brand_registration import BrandRegistration
  from ..models.page_meta import PageMeta





T = TypeVar("T", bound="BrandRegistrationsPage")



@_attrs_define
class BrandRegistrationsPage:
    """ One page of brand registrations together with paging details.

     """

    data: list[BrandRegistration] | Unset = UNSET
    """ Brand registrations on this page. """
    meta: PageMeta | Unset = UNSET
    """ Paging information of list responses from the versioned APIs (v1, v2); all URLs are absolute. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.brand_registration import BrandRegistration # noqa: PLC0415
        from ..models.page_meta import PageMeta # noqa: PLC0415
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)



        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brand_registration import BrandRegistration # noqa: PLC0415
        from ..models.page_meta import PageMeta # noqa: PLC0415
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[BrandRegistration] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = BrandRegistration.from_dict(data_item_data)



                data.append(data_item)


        _meta = d.pop("meta", UNSET)
        meta: PageMeta | Unset
        if isinstance(_meta,  Unset):
            meta = UNSET
        else:
            meta = PageMeta.from_dict(_meta)




        brand_registrations_page = cls(
            data=data,
            meta=meta,
        )


        brand_registrations_page.additional_properties = d
        return brand_registrations_page

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
