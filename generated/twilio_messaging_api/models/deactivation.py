from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Deactivation")



@_attrs_define
class Deactivation:
    """ Pointer to the file of US numbers deactivated on one day.

     """

    redirect_to: None | str | Unset = UNSET
    """ Short-lived, pre-authorized URL of the file listing the deactivated numbers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        redirect_to: None | str | Unset
        if isinstance(self.redirect_to, Unset):
            redirect_to = UNSET
        else:
            redirect_to = self.redirect_to


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_redirect_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_to = _parse_redirect_to(d.pop("redirect_to", UNSET))


        deactivation = cls(
            redirect_to=redirect_to,
        )


        deactivation.additional_properties = d
        return deactivation

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
