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
  from ..models.tollfree_verification import TollfreeVerification





T = TypeVar("T", bound="TollfreeVerificationPage")



@_attrs_define
class TollfreeVerificationPage:
    """ One page of toll-free verifications together with paging details.

     """

    verifications: list[TollfreeVerification] | Unset = UNSET
    """ Verifications on this page. """
    meta: PageMeta | Unset = UNSET
    """ Paging information of list responses from the versioned APIs (v1, v2); all URLs are absolute. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.page_meta import PageMeta # noqa: PLC0415
        from ..models.tollfree_verification import TollfreeVerification # noqa: PLC0415
        verifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.verifications, Unset):
            verifications = []
            for verifications_item_data in self.verifications:
                verifications_item = verifications_item_data.to_dict()
                verifications.append(verifications_item)



        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if verifications is not UNSET:
            field_dict["verifications"] = verifications
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta import PageMeta # noqa: PLC0415
        from ..models.tollfree_verification import TollfreeVerification # noqa: PLC0415
        d = dict(src_dict)
        _verifications = d.pop("verifications", UNSET)
        verifications: list[TollfreeVerification] | Unset = UNSET
        if _verifications is not UNSET:
            verifications = []
            for verifications_item_data in _verifications:
                verifications_item = TollfreeVerification.from_dict(verifications_item_data)



                verifications.append(verifications_item)


        _meta = d.pop("meta", UNSET)
        meta: PageMeta | Unset
        if isinstance(_meta,  Unset):
            meta = UNSET
        else:
            meta = PageMeta.from_dict(_meta)




        tollfree_verification_page = cls(
            verifications=verifications,
            meta=meta,
        )


        tollfree_verification_page.additional_properties = d
        return tollfree_verification_page

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
