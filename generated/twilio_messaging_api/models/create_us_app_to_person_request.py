from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CreateUsAppToPersonRequest")



@_attrs_define
class CreateUsAppToPersonRequest:
    

    brand_registration_sid: str
    """ SID of the registered A2P brand the campaign belongs to (starts with BN). """
    description: str
    """ What the campaign is for, 40 to 4096 characters. """
    message_flow: str
    """ How recipients opt in to the messages, naming every opt-in method; 40 to 2048 characters. """
    message_samples: list[str]
    """ Two to five example messages of 20 to 1024 characters each, sent as repeated fields. """
    us_app_to_person_usecase: str
    """ Use case code of the campaign, such as 2FA, MARKETING or MIXED (see the service's Usecases list).
    SOLE_PROPRIETOR is only for sole-proprietor brands, one campaign per brand. """
    has_embedded_links: bool
    """ Set to true if the campaign's messages will include URLs. """
    has_embedded_phone: bool
    """ Set to true if the campaign's messages will include phone numbers. """
    opt_in_message: str | Unset = UNSET
    """ Reply sent to users who subscribe by keyword; needed when OptInKeywords are given. """
    opt_out_message: str | Unset = UNSET
    """ Reply confirming an unsubscribe and that no more messages will follow; needed when you handle opt-out
    keywords yourself. """
    help_message: str | Unset = UNSET
    """ Reply to a help request, such as the brand name and a support contact; needed when you handle help keywords
    yourself. """
    opt_in_keywords: list[str] | Unset = UNSET
    """ Keywords users text to subscribe; alphanumeric, 255 characters at most. Needed when keyword opt-in is
    offered. """
    opt_out_keywords: list[str] | Unset = UNSET
    """ Keywords users text to unsubscribe; alphanumeric, 255 characters at most. Needed unless Twilio's default or
    advanced opt-out handling is used. """
    help_keywords: list[str] | Unset = UNSET
    """ Keywords users text to get help; alphanumeric, 255 characters at most. Needed unless Twilio's default or
    advanced opt-out handling is used. """
    subscriber_opt_in: bool | Unset = UNSET
    """ Whether recipients have opted in to the campaign's messages. """
    age_gated: bool | Unset = UNSET
    """ Whether the campaign carries age-restricted content behind an age check. """
    direct_lending: bool | Unset = UNSET
    """ Whether the campaign is about direct lending or loan arrangements. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        brand_registration_sid = self.brand_registration_sid

        description = self.description

        message_flow = self.message_flow

        message_samples = self.message_samples



        us_app_to_person_usecase = self.us_app_to_person_usecase

        has_embedded_links = self.has_embedded_links

        has_embedded_phone = self.has_embedded_phone

        opt_in_message = self.opt_in_message

        opt_out_message = self.opt_out_message

        help_message = self.help_message

        opt_in_keywords: list[str] | Unset = UNSET
        if not isinstance(self.opt_in_keywords, Unset):
            opt_in_keywords = self.opt_in_keywords



        opt_out_keywords: list[str] | Unset = UNSET
        if not isinstance(self.opt_out_keywords, Unset):
            opt_out_keywords = self.opt_out_keywords



        help_keywords: list[str] | Unset = UNSET
        if not isinstance(self.help_keywords, Unset):
            help_keywords = self.help_keywords



        subscriber_opt_in = self.subscriber_opt_in

        age_gated = self.age_gated

        direct_lending = self.direct_lending


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "BrandRegistrationSid": brand_registration_sid,
            "Description": description,
            "MessageFlow": message_flow,
            "MessageSamples": message_samples,
            "UsAppToPersonUsecase": us_app_to_person_usecase,
            "HasEmbeddedLinks": has_embedded_links,
            "HasEmbeddedPhone": has_embedded_phone,
        })
        if opt_in_message is not UNSET:
            field_dict["OptInMessage"] = opt_in_message
        if opt_out_message is not UNSET:
            field_dict["OptOutMessage"] = opt_out_message
        if help_message is not UNSET:
            field_dict["HelpMessage"] = help_message
        if opt_in_keywords is not UNSET:
            field_dict["OptInKeywords"] = opt_in_keywords
        if opt_out_keywords is not UNSET:
            field_dict["OptOutKeywords"] = opt_out_keywords
        if help_keywords is not UNSET:
            field_dict["HelpKeywords"] = help_keywords
        if subscriber_opt_in is not UNSET:
            field_dict["SubscriberOptIn"] = subscriber_opt_in
        if age_gated is not UNSET:
            field_dict["AgeGated"] = age_gated
        if direct_lending is not UNSET:
            field_dict["DirectLending"] = direct_lending

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_registration_sid = d.pop("BrandRegistrationSid")

        description = d.pop("Description")

        message_flow = d.pop("MessageFlow")

        message_samples = cast(list[str], d.pop("MessageSamples"))


        us_app_to_person_usecase = d.pop("UsAppToPersonUsecase")

        has_embedded_links = d.pop("HasEmbeddedLinks")

        has_embedded_phone = d.pop("HasEmbeddedPhone")

        opt_in_message = d.pop("OptInMessage", UNSET)

        opt_out_message = d.pop("OptOutMessage", UNSET)

        help_message = d.pop("HelpMessage", UNSET)

        opt_in_keywords = cast(list[str], d.pop("OptInKeywords", UNSET))


        opt_out_keywords = cast(list[str], d.pop("OptOutKeywords", UNSET))


        help_keywords = cast(list[str], d.pop("HelpKeywords", UNSET))


        subscriber_opt_in = d.pop("SubscriberOptIn", UNSET)

        age_gated = d.pop("AgeGated", UNSET)

        direct_lending = d.pop("DirectLending", UNSET)

        create_us_app_to_person_request = cls(
            brand_registration_sid=brand_registration_sid,
            description=description,
            message_flow=message_flow,
            message_samples=message_samples,
            us_app_to_person_usecase=us_app_to_person_usecase,
            has_embedded_links=has_embedded_links,
            has_embedded_phone=has_embedded_phone,
            opt_in_message=opt_in_message,
            opt_out_message=opt_out_message,
            help_message=help_message,
            opt_in_keywords=opt_in_keywords,
            opt_out_keywords=opt_out_keywords,
            help_keywords=help_keywords,
            subscriber_opt_in=subscriber_opt_in,
            age_gated=age_gated,
            direct_lending=direct_lending,
        )


        create_us_app_to_person_request.additional_properties = d
        return create_us_app_to_person_request

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
