from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channels_sender_status import ChannelsSenderStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.channels_sender_configuration_type_0 import ChannelsSenderConfigurationType0
  from ..models.channels_sender_offline_reason_type_0 import ChannelsSenderOfflineReasonType0
  from ..models.channels_sender_profile_response_type_0 import ChannelsSenderProfileResponseType0
  from ..models.channels_sender_properties_type_0 import ChannelsSenderPropertiesType0
  from ..models.channels_sender_webhook_type_0 import ChannelsSenderWebhookType0





T = TypeVar("T", bound="ChannelsSender")



@_attrs_define
class ChannelsSender:
    """ A messaging channel sender, such as a WhatsApp number, with its settings and state.

     """

    sid: None | str | Unset = UNSET
    """ Unique identifier of the sender, starting with XE. """
    status: ChannelsSenderStatus | Unset = UNSET
    """ Lifecycle state of a sender: CREATING (being set up), PENDING_VERIFICATION (waiting for a verification
    code), VERIFYING (code being checked), ONLINE (ready to send), ONLINE:UPDATING (online while a change is
    applied), OFFLINE (cannot send, see offline_reasons) or STUBBED (placeholder not yet active). """
    sender_id: None | str | Unset = UNSET
    """ Sender address prefixed with its channel, e.g. whatsapp:+15551234567 (number in E.164 format). """
    configuration: ChannelsSenderConfigurationType0 | None | Unset = UNSET
    """ Channel-specific settings of a sender, such as its WhatsApp Business Account and verification details. """
    webhook: ChannelsSenderWebhookType0 | None | Unset = UNSET
    """ Webhook settings of a sender: where incoming messages and status updates are delivered. """
    profile: ChannelsSenderProfileResponseType0 | None | Unset = UNSET
    """ Business profile of a sender as returned by the API. """
    properties: ChannelsSenderPropertiesType0 | None | Unset = UNSET
    """ Read-only values the channel reports about a sender. """
    offline_reasons: list[ChannelsSenderOfflineReasonType0 | None] | None | Unset = UNSET
    """ Reasons a sender is offline; null when it is not. """
    url: None | str | Unset = UNSET
    """ Full URL of this sender. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.channels_sender_configuration_type_0 import ChannelsSenderConfigurationType0 # noqa: PLC0415
        from ..models.channels_sender_offline_reason_type_0 import ChannelsSenderOfflineReasonType0 # noqa: PLC0415
        from ..models.channels_sender_profile_response_type_0 import ChannelsSenderProfileResponseType0 # noqa: PLC0415
        from ..models.channels_sender_properties_type_0 import ChannelsSenderPropertiesType0 # noqa: PLC0415
        from ..models.channels_sender_webhook_type_0 import ChannelsSenderWebhookType0 # noqa: PLC0415
        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        sender_id: None | str | Unset
        if isinstance(self.sender_id, Unset):
            sender_id = UNSET
        else:
            sender_id = self.sender_id

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
        elif isinstance(self.profile, ChannelsSenderProfileResponseType0):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, ChannelsSenderPropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        offline_reasons: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.offline_reasons, Unset):
            offline_reasons = UNSET
        elif isinstance(self.offline_reasons, list):
            offline_reasons = []
            for componentsschemas_channels_sender_offline_reasons_type_0_item_data in self.offline_reasons:
                componentsschemas_channels_sender_offline_reasons_type_0_item: dict[str, Any] | None
                if isinstance(componentsschemas_channels_sender_offline_reasons_type_0_item_data, ChannelsSenderOfflineReasonType0):
                    componentsschemas_channels_sender_offline_reasons_type_0_item = componentsschemas_channels_sender_offline_reasons_type_0_item_data.to_dict()
                else:
                    componentsschemas_channels_sender_offline_reasons_type_0_item = componentsschemas_channels_sender_offline_reasons_type_0_item_data
                offline_reasons.append(componentsschemas_channels_sender_offline_reasons_type_0_item)


        else:
            offline_reasons = self.offline_reasons

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if sid is not UNSET:
            field_dict["sid"] = sid
        if status is not UNSET:
            field_dict["status"] = status
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if profile is not UNSET:
            field_dict["profile"] = profile
        if properties is not UNSET:
            field_dict["properties"] = properties
        if offline_reasons is not UNSET:
            field_dict["offline_reasons"] = offline_reasons
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channels_sender_configuration_type_0 import ChannelsSenderConfigurationType0 # noqa: PLC0415
        from ..models.channels_sender_offline_reason_type_0 import ChannelsSenderOfflineReasonType0 # noqa: PLC0415
        from ..models.channels_sender_profile_response_type_0 import ChannelsSenderProfileResponseType0 # noqa: PLC0415
        from ..models.channels_sender_properties_type_0 import ChannelsSenderPropertiesType0 # noqa: PLC0415
        from ..models.channels_sender_webhook_type_0 import ChannelsSenderWebhookType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))


        _status = d.pop("status", UNSET)
        status: ChannelsSenderStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = ChannelsSenderStatus(_status)




        def _parse_sender_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_id = _parse_sender_id(d.pop("sender_id", UNSET))


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


        def _parse_profile(data: object) -> ChannelsSenderProfileResponseType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_channels_sender_profile_response_type_0 = ChannelsSenderProfileResponseType0.from_dict(data)



                return componentsschemas_channels_sender_profile_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelsSenderProfileResponseType0 | None | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))


        def _parse_properties(data: object) -> ChannelsSenderPropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_channels_sender_properties_type_0 = ChannelsSenderPropertiesType0.from_dict(data)



                return componentsschemas_channels_sender_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelsSenderPropertiesType0 | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))


        def _parse_offline_reasons(data: object) -> list[ChannelsSenderOfflineReasonType0 | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_channels_sender_offline_reasons_type_0 = []
                _componentsschemas_channels_sender_offline_reasons_type_0 = data
                for componentsschemas_channels_sender_offline_reasons_type_0_item_data in (_componentsschemas_channels_sender_offline_reasons_type_0):
                    def _parse_componentsschemas_channels_sender_offline_reasons_type_0_item(data: object) -> ChannelsSenderOfflineReasonType0 | None:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_channels_sender_offline_reason_type_0 = ChannelsSenderOfflineReasonType0.from_dict(data)



                            return componentsschemas_channels_sender_offline_reason_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(ChannelsSenderOfflineReasonType0 | None, data)

                    componentsschemas_channels_sender_offline_reasons_type_0_item = _parse_componentsschemas_channels_sender_offline_reasons_type_0_item(componentsschemas_channels_sender_offline_reasons_type_0_item_data)

                    componentsschemas_channels_sender_offline_reasons_type_0.append(componentsschemas_channels_sender_offline_reasons_type_0_item)

                return componentsschemas_channels_sender_offline_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChannelsSenderOfflineReasonType0 | None] | None | Unset, data)

        offline_reasons = _parse_offline_reasons(d.pop("offline_reasons", UNSET))


        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        channels_sender = cls(
            sid=sid,
            status=status,
            sender_id=sender_id,
            configuration=configuration,
            webhook=webhook,
            profile=profile,
            properties=properties,
            offline_reasons=offline_reasons,
            url=url,
        )


        channels_sender.additional_properties = d
        return channels_sender

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
