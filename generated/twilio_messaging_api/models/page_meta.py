from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PageMeta")



@_attrs_define
class PageMeta:
    """ Paging information of list responses from the versioned APIs (v1, v2); all URLs are absolute.

     """

    first_page_url: str | Unset = UNSET
    """ URL of the first page of the list. """
    key: str | Unset = UNSET
    """ Name of the response property that holds this page's items, such as countries. """
    next_page_url: None | str | Unset = UNSET
    """ URL of the next page; null on the last page. """
    page: int | Unset = UNSET
    """ Zero-based number of this page. """
    page_size: int | Unset = UNSET
    """ Maximum number of items per page. """
    previous_page_url: None | str | Unset = UNSET
    """ URL of the previous page; null on the first page. """
    url: str | Unset = UNSET
    """ URL of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        first_page_url = self.first_page_url

        key = self.key

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        page = self.page

        page_size = self.page_size

        previous_page_url: None | str | Unset
        if isinstance(self.previous_page_url, Unset):
            previous_page_url = UNSET
        else:
            previous_page_url = self.previous_page_url

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if first_page_url is not UNSET:
            field_dict["first_page_url"] = first_page_url
        if key is not UNSET:
            field_dict["key"] = key
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if previous_page_url is not UNSET:
            field_dict["previous_page_url"] = previous_page_url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_page_url = d.pop("first_page_url", UNSET)

        key = d.pop("key", UNSET)

        def _parse_next_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_url = _parse_next_page_url(d.pop("next_page_url", UNSET))


        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        def _parse_previous_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_page_url = _parse_previous_page_url(d.pop("previous_page_url", UNSET))


        url = d.pop("url", UNSET)

        page_meta = cls(
            first_page_url=first_page_url,
            key=key,
            next_page_url=next_page_url,
            page=page,
            page_size=page_size,
            previous_page_url=previous_page_url,
            url=url,
        )


        page_meta.additional_properties = d
        return page_meta

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
