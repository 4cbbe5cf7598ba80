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
  from ..models.us_app_to_person import UsAppToPerson





T = TypeVar("T", bound="UsAppToPersonPage")



@_attrs_define
class UsAppToPersonPage:
    """ One page of A2P campaign registrations plus paging details.

     """

    compliance: list[UsAppToPerson] | Unset = UNSET
    """ Campaign registrations on this page. """
    meta: PageMeta | Unset = UNSET
    """ Paging information of list responses from the versioned APIs (v1, v2); all URLs are absolute. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.page_meta import PageMeta # noqa: PLC0415
        from ..models.us_app_to_person import UsAppToPerson # noqa: PLC0415
        compliance: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.compliance, Unset):
            compliance = []
            for compliance_item_data in self.compliance:
                compliance_item = compliance_item_data.to_dict()
                compliance.append(compliance_item)



        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if compliance is not UNSET:
            field_dict["compliance"] = compliance
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta import PageMeta # noqa: PLC0415
        from ..models.us_app_to_person import UsAppToPerson # noqa: PLC0415
        d = dict(src_dict)
        _compliance = d.pop("compliance", UNSET)
        compliance: list[UsAppToPerson] | Unset = UNSET
        if _compliance is not UNSET:
            compliance = []
            for compliance_item_data in _compliance:
                compliance_item = UsAppToPerson.from_dict(compliance_item_data)



                compliance.append(compliance_item)


        _meta = d.pop("meta", UNSET)
        meta: PageMeta | Unset
        if isinstance(_meta,  Unset):
            meta = UNSET
        else:
            meta = PageMeta.from_dict(_meta)




        us_app_to_person_page = cls(
            compliance=compliance,
            meta=meta,
        )


        us_app_to_person_page.additional_properties = d
        return us_app_to_person_page

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
