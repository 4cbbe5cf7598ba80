from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.message_update_status import MessageUpdateStatus
from ..types import UNSET, Unset






T = TypeVar("T", bound="UpdateMessageRequest")



@_attrs_define
class UpdateMessageRequest:
    

    body: str | Unset = UNSET
    """ Replacement text for the message; send an empty string to redact the stored body. """
    status: MessageUpdateStatus | Unset = UNSET
    """ Status a message can be set to by an update: canceled cancels a scheduled message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        body = self.body

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if body is not UNSET:
            field_dict["Body"] = body
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("Body", UNSET)

        _status = d.pop("Status", UNSET)
        status: MessageUpdateStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = MessageUpdateStatus(_status)




        update_message_request = cls(
            body=body,
            status=status,
        )


        update_message_request.additional_properties = d
        return update_message_request

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
