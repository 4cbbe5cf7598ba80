from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.us_app_to_person_usecase_us_app_to_person_usecases_type_0_item import UsAppToPersonUsecaseUsAppToPersonUsecasesType0Item





T = TypeVar("T", bound="UsAppToPersonUsecase")



@_attrs_define
class UsAppToPersonUsecase:
    """ A2P campaign use cases available to a brand on a Messaging Service.

     """

    us_app_to_person_usecases: list[UsAppToPersonUsecaseUsAppToPersonUsecasesType0Item] | None | Unset = UNSET
    """ One entry per use case, giving its code, display name, description and post_approval_required, which tells
    whether campaigns of that kind need further approval after registration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.us_app_to_person_usecase_us_app_to_person_usecases_type_0_item import UsAppToPersonUsecaseUsAppToPersonUsecasesType0Item # noqa: PLC0415
        us_app_to_person_usecases: list[dict[str, Any]] | None | Unset
        if isinstance(self.us_app_to_person_usecases, Unset):
            us_app_to_person_usecases = UNSET
        elif isinstance(self.us_app_to_person_usecases, list):
            us_app_to_person_usecases = []
            for us_app_to_person_usecases_type_0_item_data in self.us_app_to_person_usecases:
                us_app_to_person_usecases_type_0_item = us_app_to_person_usecases_type_0_item_data.to_dict()
                us_app_to_person_usecases.append(us_app_to_person_usecases_type_0_item)


        else:
            us_app_to_person_usecases = self.us_app_to_person_usecases


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if us_app_to_person_usecases is not UNSET:
            field_dict["us_app_to_person_usecases"] = us_app_to_person_usecases

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.us_app_to_person_usecase_us_app_to_person_usecases_type_0_item import UsAppToPersonUsecaseUsAppToPersonUsecasesType0Item # noqa: PLC0415
        d = dict(src_dict)
        def _parse_us_app_to_person_usecases(data: object) -> list[UsAppToPersonUsecaseUsAppToPersonUsecasesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                us_app_to_person_usecases_type_0 = []
                _us_app_to_person_usecases_type_0 = data
                for us_app_to_person_usecases_type_0_item_data in (_us_app_to_person_usecases_type_0):
                    us_app_to_person_usecases_type_0_item = UsAppToPersonUsecaseUsAppToPersonUsecasesType0Item.from_dict(us_app_to_person_usecases_type_0_item_data)



                    us_app_to_person_usecases_type_0.append(us_app_to_person_usecases_type_0_item)

                return us_app_to_person_usecases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsAppToPersonUsecaseUsAppToPersonUsecasesType0Item] | None | Unset, data)

        us_app_to_person_usecases = _parse_us_app_to_person_usecases(d.pop("us_app_to_person_usecases", UNSET))


        us_app_to_person_usecase = cls(
            us_app_to_person_usecases=us_app_to_person_usecases,
        )


        us_app_to_person_usecase.additional_properties = d
        return us_app_to_person_usecase

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
