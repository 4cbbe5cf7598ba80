from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.usecase_usecases_type_0_item import UsecaseUsecasesType0Item





T = TypeVar("T", bound="Usecase")



@_attrs_define
class Usecase:
    """ Use cases that a Messaging Service can declare.

     """

    usecases: list[UsecaseUsecasesType0Item] | None | Unset = UNSET
    """ One entry per use case, giving its code (usecase), a description and its purpose. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.usecase_usecases_type_0_item import UsecaseUsecasesType0Item # noqa: PLC0415
        usecases: list[dict[str, Any]] | None | Unset
        if isinstance(self.usecases, Unset):
            usecases = UNSET
        elif isinstance(self.usecases, list):
            usecases = []
            for usecases_type_0_item_data in self.usecases:
                usecases_type_0_item = usecases_type_0_item_data.to_dict()
                usecases.append(usecases_type_0_item)


        else:
            usecases = self.usecases


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if usecases is not UNSET:
            field_dict["usecases"] = usecases

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usecase_usecases_type_0_item import UsecaseUsecasesType0Item # noqa: PLC0415
        d = dict(src_dict)
        def _parse_usecases(data: object) -> list[UsecaseUsecasesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                usecases_type_0 = []
                _usecases_type_0 = data
                for usecases_type_0_item_data in (_usecases_type_0):
                    usecases_type_0_item = UsecaseUsecasesType0Item.from_dict(usecases_type_0_item_data)



                    usecases_type_0.append(usecases_type_0_item)

                return usecases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsecaseUsecasesType0Item] | None | Unset, data)

        usecases = _parse_usecases(d.pop("usecases", UNSET))


        usecase = cls(
            usecases=usecases,
        )


        usecase.additional_properties = d
        return usecase

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
