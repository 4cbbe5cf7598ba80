from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ApiV2010Page")



@_attrs_define
class ApiV2010Page:
    """ Paging fields of list responses from the 2010-04-01 API; all URIs are relative to https://api.twilio.com.

     """

    end: int | Unset = UNSET
    """ Zero-based index of the last item on this page. """
    first_page_uri: str | Unset = UNSET
    """ URI of the first page of the list. """
    next_page_uri: None | str | Unset = UNSET
    """ URI of the next page; null on the last page. """
    page: int | Unset = UNSET
    """ Zero-based number of this page. """
    page_size: int | Unset = UNSET
    """ Maximum number of items per page. """
    previous_page_uri: None | str | Unset = UNSET
    """ URI of the previous page; null on the first page. """
    start: int | Unset = UNSET
    """ Zero-based index of the first item on this page. """
    uri: str | Unset = UNSET
    """ URI of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        end = self.end

        first_page_uri = self.first_page_uri

        next_page_uri: None | str | Unset
        if isinstance(self.next_page_uri, Unset):
            next_page_uri = UNSET
        else:
            next_page_uri = self.next_page_uri

        page = self.page

        page_size = self.page_size

        previous_page_uri: None | str | Unset
        if isinstance(self.previous_page_uri, Unset):
            previous_page_uri = UNSET
        else:
            previous_page_uri = self.previous_page_uri

        start = self.start

        uri = self.uri


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if end is not UNSET:
            field_dict["end"] = end
        if first_page_uri is not UNSET:
            field_dict["first_page_uri"] = first_page_uri
        if next_page_uri is not UNSET:
            field_dict["next_page_uri"] = next_page_uri
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if previous_page_uri is not UNSET:
            field_dict["previous_page_uri"] = previous_page_uri
        if start is not UNSET:
            field_dict["start"] = start
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = d.pop("end", UNSET)

        first_page_uri = d.pop("first_page_uri", UNSET)

        def _parse_next_page_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_uri = _parse_next_page_uri(d.pop("next_page_uri", UNSET))


        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        def _parse_previous_page_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_page_uri = _parse_previous_page_uri(d.pop("previous_page_uri", UNSET))


        start = d.pop("start", UNSET)

        uri = d.pop("uri", UNSET)

        api_v2010_page = cls(
            end=end,
            first_page_uri=first_page_uri,
            next_page_uri=next_page_uri,
            page=page,
            page_size=page_size,
            previous_page_uri=previous_page_uri,
            start=start,
            uri=uri,
        )


        api_v2010_page.additional_properties = d
        return api_v2010_page

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
