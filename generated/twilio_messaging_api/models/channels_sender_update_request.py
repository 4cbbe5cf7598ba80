from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.channels_sender_configuration_type_0 import ChannelsSenderConfigurationType0
  from ..models.channels_sender_profile_type_0 import ChannelsSenderProfileType0
  from ..models.channels_sender_webhook_type_0 import ChannelsSenderWebhookType0





T = TypeVar("T", bound="ChannelsSenderUpdateRequest")



@_attrs_define
class ChannelsSenderUpdateRequest:
    """ Request body for changing a sender; every section is optional.

     """

    configuration: ChannelsSenderConfigurationType0 | None | Unset = UNSET
    """ Channel-specific settings of a sender, such as its WhatsApp Business Account and verification details. """
    webhook: ChannelsSenderWebhookType0 | None | Unset = UNSET
    """ Webhook settings of a sender: where incoming messages and status updates are delivered. """
    profile: ChannelsSenderProfileType0 | None | Unset = UNSET
    """ Business profile details to set on a sender when creating or updating it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.channels_sender_configuration_type_0 import ChannelsSenderConfigurationType0 # noqa: PLC0415
        from ..models.channels_sender_profile_type_0 import ChannelsSenderProfileType0 # noqa: PLC0415
        from ..models.channels_sender_webhook_type_0 import ChannelsSenderWebhookType0 # noqa: PLC0415
        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, ChannelsSenderConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        webhook: dict[str, Any] | None | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        elif isinstance(self.webhook, ChannelsSenderWebhookType0):
            webhook = self.webhook.to_dict()
        else:
            webhook = self.webhook

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, ChannelsSenderProfileType0):
            profile = self.profile.to_dict()
        else:
            profile = self.profile


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channels_sender_configuration_type_0 import ChannelsSenderConfigurationType0 # noqa: PLC0415
        from ..models.channels_sender_profile_type_0 import ChannelsSenderProfileType0 # noqa: PLC0415
        from ..models.channels_sender_webhook_type_0 import ChannelsSenderWebhookType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_configuration(data: object) -> ChannelsSenderConfigurationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_channels_sender_configuration_type_0 = ChannelsSenderConfigurationType0.from_dict(data)



                return componentsschemas_channels_sender_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelsSenderConfigurationType0 | None | Unset, data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))


        def _parse_webhook(data: object) -> ChannelsSenderWebhookType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_channels_sender_webhook_type_0 = ChannelsSenderWebhookType0.from_dict(data)



                return componentsschemas_channels_sender_webhook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelsSenderWebhookType0 | None | Unset, data)

        webhook = _parse_webhook(d.pop("webhook", UNSET))


        def _parse_profile(data: object) -> ChannelsSenderProfileType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_channels_sender_profile_type_0 = ChannelsSenderProfileType0.from_dict(data)



                return componentsschemas_channels_sender_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelsSenderProfileType0 | None | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))


        channels_sender_update_request = cls(
            configuration=configuration,
            webhook=webhook,
            profile=profile,
        )


        channels_sender_update_request.additional_properties = d
        return channels_sender_update_request

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
