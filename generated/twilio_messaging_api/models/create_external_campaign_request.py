from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="CreateExternalCampaignRequest")



@_attrs_define
class CreateExternalCampaignRequest:
    

    campaign_id: str
    """ Identifier issued by The Campaign Registry (TCR) for the campaign, which must already be registered. """
    messaging_service_sid: str
    """ SID of the Messaging Service to link the campaign to (starts with MG). """
    cnp_migration: bool | Unset = UNSET
    """ Set to true when the campaign is moving to Twilio from another connectivity partner (CNP migration); start
    that migration in the CSP portal first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        messaging_service_sid = self.messaging_service_sid

        cnp_migration = self.cnp_migration


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "CampaignId": campaign_id,
            "MessagingServiceSid": messaging_service_sid,
        })
        if cnp_migration is not UNSET:
            field_dict["CnpMigration"] = cnp_migration

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("CampaignId")

        messaging_service_sid = d.pop("MessagingServiceSid")

        cnp_migration = d.pop("CnpMigration", UNSET)

        create_external_campaign_request = cls(
            campaign_id=campaign_id,
            messaging_service_sid=messaging_service_sid,
            cnp_migration=cnp_migration,
        )


        create_external_campaign_request.additional_properties = d
        return create_external_campaign_request

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
