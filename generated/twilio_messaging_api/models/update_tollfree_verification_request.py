from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tollfree_verification_opt_in_type import TollfreeVerificationOptInType
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="UpdateTollfreeVerificationRequest")



@_attrs_define
class UpdateTollfreeVerificationRequest:
    

    business_name: str | Unset = UNSET
    """ Legal name of the company or organisation that will send from the toll-free number. """
    business_website: str | Unset = UNSET
    """ Public website of the company, given as a URL. """
    notification_email: str | Unset = UNSET
    """ Email address that is told the outcome of the review. """
    use_case_categories: list[str] | Unset = UNSET
    """ Messaging use cases that apply to the number, such as TWO_FACTOR_AUTHENTICATION or MARKETING; repeat the
    parameter once per category. """
    use_case_summary: str | Unset = UNSET
    """ Plain-language explanation of what the number sends, to whom and why. """
    production_message_sample: str | Unset = UNSET
    """ A sample of a message the number will actually send. """
    opt_in_image_urls: list[str] | Unset = UNSET
    """ Publicly reachable URLs of images that show how recipients opt in; repeat the parameter for several images.
    """
    opt_in_type: TollfreeVerificationOptInType | Unset = UNSET
    """ How recipients consent to messages: VERBAL (spoken), WEB_FORM (online form), PAPER_FORM (signed paper form),
    VIA_TEXT (texting a keyword), MOBILE_QR_CODE (scanning a QR code), IMPORT (consent collected elsewhere and
    imported) or IMPORT_PLEASE_REPLACE (placeholder on imported records, to be replaced with the real method). """
    message_volume: str | Unset = UNSET
    """ Estimated number of messages per month, given as a string such as 10, 1,000 or 100,000. """
    business_street_address: str | Unset = UNSET
    """ First line of the business's street address. """
    business_street_address_2: str | Unset = UNSET
    """ Second line of the street address, such as a suite or unit number. """
    business_city: str | Unset = UNSET
    """ City of the business address. """
    business_state_province_region: str | Unset = UNSET
    """ State, province or region of the business address. """
    business_postal_code: str | Unset = UNSET
    """ Postal or ZIP code of the business address. """
    business_country: str | Unset = UNSET
    """ Country of the business address, as a two-letter code such as US. """
    additional_information: str | Unset = UNSET
    """ Any other context that helps reviewers, such as where to find the privacy policy. """
    business_contact_first_name: str | Unset = UNSET
    """ First name of the business's contact person. """
    business_contact_last_name: str | Unset = UNSET
    """ Last name of the business's contact person. """
    business_contact_email: str | Unset = UNSET
    """ Email address of the business's contact person. """
    business_contact_phone: str | Unset = UNSET
    """ Phone number of the business's contact person, in E.164 format. """
    edit_reason: str | Unset = UNSET
    """ Short note on what was changed and why, e.g. that a website that was down is now reachable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        business_name = self.business_name

        business_website = self.business_website

        notification_email = self.notification_email

        use_case_categories: list[str] | Unset = UNSET
        if not isinstance(self.use_case_categories, Unset):
            use_case_categories = self.use_case_categories



        use_case_summary = self.use_case_summary

        production_message_sample = self.production_message_sample

        opt_in_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.opt_in_image_urls, Unset):
            opt_in_image_urls = self.opt_in_image_urls



        opt_in_type: str | Unset = UNSET
        if not isinstance(self.opt_in_type, Unset):
            opt_in_type = self.opt_in_type.value


        message_volume = self.message_volume

        business_street_address = self.business_street_address

        business_street_address_2 = self.business_street_address_2

        business_city = self.business_city

        business_state_province_region = self.business_state_province_region

        business_postal_code = self.business_postal_code

        business_country = self.business_country

        additional_information = self.additional_information

        business_contact_first_name = self.business_contact_first_name

        business_contact_last_name = self.business_contact_last_name

        business_contact_email = self.business_contact_email

        business_contact_phone = self.business_contact_phone

        edit_reason = self.edit_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if business_name is not UNSET:
            field_dict["BusinessName"] = business_name
        if business_website is not UNSET:
            field_dict["BusinessWebsite"] = business_website
        if notification_email is not UNSET:
            field_dict["NotificationEmail"] = notification_email
        if use_case_categories is not UNSET:
            field_dict["UseCaseCategories"] = use_case_categories
        if use_case_summary is not UNSET:
            field_dict["UseCaseSummary"] = use_case_summary
        if production_message_sample is not UNSET:
            field_dict["ProductionMessageSample"] = production_message_sample
        if opt_in_image_urls is not UNSET:
            field_dict["OptInImageUrls"] = opt_in_image_urls
        if opt_in_type is not UNSET:
            field_dict["OptInType"] = opt_in_type
        if message_volume is not UNSET:
            field_dict["MessageVolume"] = message_volume
        if business_street_address is not UNSET:
            field_dict["BusinessStreetAddress"] = business_street_address
        if business_street_address_2 is not UNSET:
            field_dict["BusinessStreetAddress2"] = business_street_address_2
        if business_city is not UNSET:
            field_dict["BusinessCity"] = business_city
        if business_state_province_region is not UNSET:
            field_dict["BusinessStateProvinceRegion"] = business_state_province_region
        if business_postal_code is not UNSET:
            field_dict["BusinessPostalCode"] = business_postal_code
        if business_country is not UNSET:
            field_dict["BusinessCountry"] = business_country
        if additional_information is not UNSET:
            field_dict["AdditionalInformation"] = additional_information
        if business_contact_first_name is not UNSET:
            field_dict["BusinessContactFirstName"] = business_contact_first_name
        if business_contact_last_name is not UNSET:
            field_dict["BusinessContactLastName"] = business_contact_last_name
        if business_contact_email is not UNSET:
            field_dict["BusinessContactEmail"] = business_contact_email
        if business_contact_phone is not UNSET:
            field_dict["BusinessContactPhone"] = business_contact_phone
        if edit_reason is not UNSET:
            field_dict["EditReason"] = edit_reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_name = d.pop("BusinessName", UNSET)

        business_website = d.pop("BusinessWebsite", UNSET)

        notification_email = d.pop("NotificationEmail", UNSET)

        use_case_categories = cast(list[str], d.pop("UseCaseCategories", UNSET))


        use_case_summary = d.pop("UseCaseSummary", UNSET)

        production_message_sample = d.pop("ProductionMessageSample", UNSET)

        opt_in_image_urls = cast(list[str], d.pop("OptInImageUrls", UNSET))


        _opt_in_type = d.pop("OptInType", UNSET)
        opt_in_type: TollfreeVerificationOptInType | Unset
        if isinstance(_opt_in_type,  Unset):
            opt_in_type = UNSET
        else:
            opt_in_type = TollfreeVerificationOptInType(_opt_in_type)




        message_volume = d.pop("MessageVolume", UNSET)

        business_street_address = d.pop("BusinessStreetAddress", UNSET)

        business_street_address_2 = d.pop("BusinessStreetAddress2", UNSET)

        business_city = d.pop("BusinessCity", UNSET)

        business_state_province_region = d.pop("BusinessStateProvinceRegion", UNSET)

        business_postal_code = d.pop("BusinessPostalCode", UNSET)

        business_country = d.pop("BusinessCountry", UNSET)

        additional_information = d.pop("AdditionalInformation", UNSET)

        business_contact_first_name = d.pop("BusinessContactFirstName", UNSET)

        business_contact_last_name = d.pop("BusinessContactLastName", UNSET)

        business_contact_email = d.pop("BusinessContactEmail", UNSET)

        business_contact_phone = d.pop("BusinessContactPhone", UNSET)

        edit_reason = d.pop("EditReason", UNSET)

        update_tollfree_verification_request = cls(
            business_name=business_name,
            business_website=business_website,
            notification_email=notification_email,
            use_case_categories=use_case_categories,
            use_case_summary=use_case_summary,
            production_message_sample=production_message_sample,
            opt_in_image_urls=opt_in_image_urls,
            opt_in_type=opt_in_type,
            message_volume=message_volume,
            business_street_address=business_street_address,
            business_street_address_2=business_street_address_2,
            business_city=business_city,
            business_state_province_region=business_state_province_region,
            business_postal_code=business_postal_code,
            business_country=business_country,
            additional_information=additional_information,
            business_contact_first_name=business_contact_first_name,
            business_contact_last_name=business_contact_last_name,
            business_contact_email=business_contact_email,
            business_contact_phone=business_contact_phone,
            edit_reason=edit_reason,
        )


        update_tollfree_verification_request.additional_properties = d
        return update_tollfree_verification_request

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
