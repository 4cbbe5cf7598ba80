from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channels_sender_configuration_type_0_verification_method import ChannelsSenderConfigurationType0VerificationMethod
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ChannelsSenderConfigurationType0")



@_attrs_define
class ChannelsSenderConfigurationType0:
    """ Channel-specific settings of a sender, such as its WhatsApp Business Account and verification details.

     """

    waba_id: None | str | Unset = UNSET
    """ WhatsApp Business Account (WABA) ID that the sender is registered under. """
    verification_method: ChannelsSenderConfigurationType0VerificationMethod | Unset = ChannelsSenderConfigurationType0VerificationMethod.SMS
    """ How the number receives its verification code: sms (the default) or voice. """
    verification_code: None | str | Unset = UNSET
    """ Code received by the number; send it in an update to finish verification. """
    voice_application_sid: None | str | Unset = UNSET
    """ Twilio voice application SID (starts with AP) linked to the sender. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        waba_id: None | str | Unset
        if isinstance(self.waba_id, Unset):
            waba_id = UNSET
        else:
            waba_id = self.waba_id

        verification_method: str | Unset = UNSET
        if not isinstance(self.verification_method, Unset):
            verification_method = self.verification_method.value


        verification_code: None | str | Unset
        if isinstance(self.verification_code, Unset):
            verification_code = UNSET
        else:
            verification_code = self.verification_code

        voice_application_sid: None | str | Unset
        if isinstance(self.voice_application_sid, Unset):
            voice_application_sid = UNSET
        else:
            voice_application_sid = self.voice_application_sid


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if waba_id is not UNSET:
            field_dict["waba_id"] = waba_id
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method
        if verification_code is not UNSET:
            field_dict["verification_code"] = verification_code
        if voice_application_sid is not UNSET:
            field_dict["voice_application_sid"] = voice_application_sid

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_waba_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        waba_id = _parse_waba_id(d.pop("waba_id", UNSET))


        _verification_method = d.pop("verification_method", UNSET)
        verification_method: ChannelsSenderConfigurationType0VerificationMethod | Unset
        if isinstance(_verification_method,  Unset):
            verification_method = UNSET
        else:
            verification_method = ChannelsSenderConfigurationType0VerificationMethod(_verification_method)




        def _parse_verification_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification_code = _parse_verification_code(d.pop("verification_code", UNSET))


        def _parse_voice_application_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_application_sid = _parse_voice_application_sid(d.pop("voice_application_sid", UNSET))


        channels_sender_configuration_type_0 = cls(
            waba_id=waba_id,
            verification_method=verification_method,
            verification_code=verification_code,
            voice_application_sid=voice_application_sid,
        )


        channels_sender_configuration_type_0.additional_properties = d
        return channels_sender_configuration_type_0

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
