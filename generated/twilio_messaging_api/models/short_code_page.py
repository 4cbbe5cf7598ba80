from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.page_meta import PageMeta
  from ..models.service_short_code import ServiceShortCode





T = TypeVar("T", bound="ShortCodePage")



@_attrs_define
class ShortCodePage:
    """ One page of a service's short codes plus paging details.

     """

    short_codes: list[ServiceShortCode] | Unset = UNSET
    """ Short codes on this page. """
    meta: PageMeta | Unset = UNSET
    """ Paging information of list responses from the versioned APIs (v1, v2); all URLs are absolute. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.page_meta import PageMeta # noqa: PLC0415
        from ..models.service_short_code import ServiceShortCode # noqa: PLC0415
        short_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.short_codes, Unset):
            short_codes = []
            for short_codes_item_data in self.short_codes:
                short_codes_item = short_codes_item_data.to_dict()
                short_codes.append(short_codes_item)



        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if short_codes is not UNSET:
            field_dict["short_codes"] = short_codes
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta import PageMeta # noqa: PLC0415
        from ..models.service_short_code import ServiceShortCode # noqa: PLC0415
        d = dict(src_dict)
        _short_codes = d.pop("short_codes", UNSET)
        short_codes: list[ServiceShortCode] | Unset = UNSET
        if _short_codes is not UNSET:
            short_codes = []
            for short_codes_item_data in _short_codes:
                short_codes_item = ServiceShortCode.from_dict(short_codes_item_data)



                short_codes.append(short_codes_item)


        _meta = d.pop("meta", UNSET)
        meta: PageMeta | Unset
        if isinstance(_meta,  Unset):
            meta = UNSET
        else:
            meta = PageMeta.from_dict(_meta)




        short_code_page = cls(
            short_codes=short_codes,
            meta=meta,
        )


        short_code_page.additional_properties = d
        return short_code_page

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
