from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.destination_alpha_sender import DestinationAlphaSender
  from ..models.page_meta import PageMeta





T = TypeVar("T", bound="DestinationAlphaSenderPage")



@_attrs_define
class DestinationAlphaSenderPage:
    """ One page of destination alphanumeric senders plus paging details.

     """

    alpha_senders: list[DestinationAlphaSender] | Unset = UNSET
    """ Destination alphanumeric senders on this page. """
    meta: PageMeta | Unset = UNSET
    """ Paging information of list responses from the versioned APIs (v1, v2); all URLs are absolute. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.destination_alpha_sender import DestinationAlphaSender # noqa: PLC0415
        from ..models.page_meta import PageMeta # noqa: PLC0415
        alpha_senders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alpha_senders, Unset):
            alpha_senders = []
            for alpha_senders_item_data in self.alpha_senders:
                alpha_senders_item = alpha_senders_item_data.to_dict()
                alpha_senders.append(alpha_senders_item)



        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if alpha_senders is not UNSET:
            field_dict["alpha_senders"] = alpha_senders
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.destination_alpha_sender import DestinationAlphaSender # noqa: PLC0415
        from ..models.page_meta import PageMeta # noqa: PLC0415
        d = dict(src_dict)
        _alpha_senders = d.pop("alpha_senders", UNSET)
        alpha_senders: list[DestinationAlphaSender] | Unset = UNSET
        if _alpha_senders is not UNSET:
            alpha_senders = []
            for alpha_senders_item_data in _alpha_senders:
                alpha_senders_item = DestinationAlphaSender.from_dict(alpha_senders_item_data)



                alpha_senders.append(alpha_senders_item)


        _meta = d.pop("meta", UNSET)
        meta: PageMeta | Unset
        if isinstance(_meta,  Unset):
            meta = UNSET
        else:
            meta = PageMeta.from_dict(_meta)




        destination_alpha_sender_page = cls(
            alpha_senders=alpha_senders,
            meta=meta,
        )


        destination_alpha_sender_page.additional_properties = d
        return destination_alpha_sender_page

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
