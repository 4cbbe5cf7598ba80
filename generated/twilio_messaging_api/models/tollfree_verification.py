from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tollfree_verification_opt_in_type import TollfreeVerificationOptInType
from ..models.tollfree_verification_status import TollfreeVerificationStatus
from ..types import UNSET, Unset
from twilio_messaging._datetime import parse_timestamp
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.tollfree_verification_rejection_reasons_type_0_item import TollfreeVerificationRejectionReasonsType0Item
  from ..models.tollfree_verification_resource_links_type_0 import TollfreeVerificationResourceLinksType0





T = TypeVar("T", bound="TollfreeVerification")



@_attrs_define
class TollfreeVerification:
    """ A request to verify the business and messaging use case behind a toll-free number, with its review outcome.

     """

    sid: None | str | Unset = UNSET
    """ Unique identifier of the verification, starting with HH. """
    account_sid: None | str | Unset = UNSET
    """ SID of the account that owns the verification. """
    customer_profile_sid: None | str | Unset = UNSET
    """ SID of the Trust Hub customer profile bundle linked to the verification. """
    trust_product_sid: None | str | Unset = UNSET
    """ SID of the toll-free trust product bundle tied to the verification. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ When the verification was created, as an ISO 8601 timestamp in UTC. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ When the verification was last changed, as an ISO 8601 timestamp in UTC. """
    regulated_item_sid: None | str | Unset = UNSET
    """ SID of the channel endpoint assignment (starts with RA) that links the trust product to the phone number.
    """
    business_name: None | str | Unset = UNSET
    """ Legal name of the company or organisation sending from the number. """
    business_street_address: None | str | Unset = UNSET
    """ First line of the business's street address. """
    business_street_address2: None | str | Unset = UNSET
    """ Second line of the street address, such as a suite number. """
    business_city: None | str | Unset = UNSET
    """ City of the business address. """
    business_state_province_region: None | str | Unset = UNSET
    """ State, province or region of the business address. """
    business_postal_code: None | str | Unset = UNSET
    """ Postal or ZIP code of the business address. """
    business_country: None | str | Unset = UNSET
    """ Country of the business address, e.g. US. """
    business_website: None | str | Unset = UNSET
    """ Public website of the company. """
    business_contact_first_name: None | str | Unset = UNSET
    """ First name of the business's contact person. """
    business_contact_last_name: None | str | Unset = UNSET
    """ Last name of the business's contact person. """
    business_contact_email: None | str | Unset = UNSET
    """ Email address of the business's contact person. """
    business_contact_phone: None | str | Unset = UNSET
    """ Phone number of the business's contact person, in E.164 format. """
    notification_email: None | str | Unset = UNSET
    """ Email address that is told the outcome of the review. """
    use_case_categories: list[str] | None | Unset = UNSET
    """ Messaging use cases declared for the number, such as MARKETING. """
    use_case_summary: None | str | Unset = UNSET
    """ Plain-language explanation of how the number is used. """
    production_message_sample: None | str | Unset = UNSET
    """ Sample of a message the number sends. """
    opt_in_image_urls: list[str] | None | Unset = UNSET
    """ URLs of images that show how recipients opt in. """
    opt_in_type: TollfreeVerificationOptInType | Unset = UNSET
    """ How recipients consent to messages: VERBAL (spoken), WEB_FORM (online form), PAPER_FORM (signed paper form),
    VIA_TEXT (texting a keyword), MOBILE_QR_CODE (scanning a QR code), IMPORT (consent collected elsewhere and
    imported) or IMPORT_PLEASE_REPLACE (placeholder on imported records, to be replaced with the real method). """
    message_volume: None | str | Unset = UNSET
    """ Estimated monthly message volume, as submitted. """
    additional_information: None | str | Unset = UNSET
    """ Extra context supplied for the reviewers. """
    tollfree_phone_number_sid: None | str | Unset = UNSET
    """ SID of the toll-free phone number being verified. """
    status: TollfreeVerificationStatus | Unset = UNSET
    """ Review state of a toll-free verification: PENDING_REVIEW (submitted, not yet picked up), IN_REVIEW (being
    reviewed), TWILIO_APPROVED (approved) or TWILIO_REJECTED (turned down, see the rejection fields). """
    url: None | str | Unset = UNSET
    """ Full URL of this verification. """
    rejection_reason: None | str | Unset = UNSET
    """ Why the verification was rejected; null unless it was. """
    error_code: int | None | Unset = UNSET
    """ Error code that explains a rejection; null unless rejected. """
    edit_expiration: datetime.datetime | None | Unset = UNSET
    """ Deadline for editing a rejected verification, as an ISO 8601 timestamp. """
    edit_allowed: bool | None | Unset = UNSET
    """ Whether a rejected verification may still be edited and resubmitted; this depends on the rejection reason.
    """
    rejection_reasons: list[TollfreeVerificationRejectionReasonsType0Item] | None | Unset = UNSET
    """ Every reason the verification was rejected, each with its error code. """
    resource_links: None | TollfreeVerificationResourceLinksType0 | Unset = UNSET
    """ URLs of related Trust Hub resources, such as the customer profile and trust product. """
    external_reference_id: None | str | Unset = UNSET
    """ Your own reference ID, returned exactly as you supplied it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.tollfree_verification_rejection_reasons_type_0_item import TollfreeVerificationRejectionReasonsType0Item # noqa: PLC0415
        from ..models.tollfree_verification_resource_links_type_0 import TollfreeVerificationResourceLinksType0 # noqa: PLC0415
        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        customer_profile_sid: None | str | Unset
        if isinstance(self.customer_profile_sid, Unset):
            customer_profile_sid = UNSET
        else:
            customer_profile_sid = self.customer_profile_sid

        trust_product_sid: None | str | Unset
        if isinstance(self.trust_product_sid, Unset):
            trust_product_sid = UNSET
        else:
            trust_product_sid = self.trust_product_sid

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        elif isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        regulated_item_sid: None | str | Unset
        if isinstance(self.regulated_item_sid, Unset):
            regulated_item_sid = UNSET
        else:
            regulated_item_sid = self.regulated_item_sid

        business_name: None | str | Unset
        if isinstance(self.business_name, Unset):
            business_name = UNSET
        else:
            business_name = self.business_name

        business_street_address: None | str | Unset
        if isinstance(self.business_street_address, Unset):
            business_street_address = UNSET
        else:
            business_street_address = self.business_street_address

        business_street_address2: None | str | Unset
        if isinstance(self.business_street_address2, Unset):
            business_street_address2 = UNSET
        else:
            business_street_address2 = self.business_street_address2

        business_city: None | str | Unset
        if isinstance(self.business_city, Unset):
            business_city = UNSET
        else:
            business_city = self.business_city

        business_state_province_region: None | str | Unset
        if isinstance(self.business_state_province_region, Unset):
            business_state_province_region = UNSET
        else:
            business_state_province_region = self.business_state_province_region

        business_postal_code: None | str | Unset
        if isinstance(self.business_postal_code, Unset):
            business_postal_code = UNSET
        else:
            business_postal_code = self.business_postal_code

        business_country: None | str | Unset
        if isinstance(self.business_country, Unset):
            business_country = UNSET
        else:
            business_country = self.business_country

        business_website: None | str | Unset
        if isinstance(self.business_website, Unset):
            business_website = UNSET
        else:
            business_website = self.business_website

        business_contact_first_name: None | str | Unset
        if isinstance(self.business_contact_first_name, Unset):
            business_contact_first_name = UNSET
        else:
            business_contact_first_name = self.business_contact_first_name

        business_contact_last_name: None | str | Unset
        if isinstance(self.business_contact_last_name, Unset):
            business_contact_last_name = UNSET
        else:
            business_contact_last_name = self.business_contact_last_name

        business_contact_email: None | str | Unset
        if isinstance(self.business_contact_email, Unset):
            business_contact_email = UNSET
        else:
            business_contact_email = self.business_contact_email

        business_contact_phone: None | str | Unset
        if isinstance(self.business_contact_phone, Unset):
            business_contact_phone = UNSET
        else:
            business_contact_phone = self.business_contact_phone

        notification_email: None | str | Unset
        if isinstance(self.notification_email, Unset):
            notification_email = UNSET
        else:
            notification_email = self.notification_email

        use_case_categories: list[str] | None | Unset
        if isinstance(self.use_case_categories, Unset):
            use_case_categories = UNSET
        elif isinstance(self.use_case_categories, list):
            use_case_categories = self.use_case_categories


        else:
            use_case_categories = self.use_case_categories

        use_case_summary: None | str | Unset
        if isinstance(self.use_case_summary, Unset):
            use_case_summary = UNSET
        else:
            use_case_summary = self.use_case_summary

        production_message_sample: None | str | Unset
        if isinstance(self.production_message_sample, Unset):
            production_message_sample = UNSET
        else:
            production_message_sample = self.production_message_sample

        opt_in_image_urls: list[str] | None | Unset
        if isinstance(self.opt_in_image_urls, Unset):
            opt_in_image_urls = UNSET
        elif isinstance(self.opt_in_image_urls, list):
            opt_in_image_urls = self.opt_in_image_urls


        else:
            opt_in_image_urls = self.opt_in_image_urls

        opt_in_type: str | Unset = UNSET
        if not isinstance(self.opt_in_type, Unset):
            opt_in_type = self.opt_in_type.value


        message_volume: None | str | Unset
        if isinstance(self.message_volume, Unset):
            message_volume = UNSET
        else:
            message_volume = self.message_volume

        additional_information: None | str | Unset
        if isinstance(self.additional_information, Unset):
            additional_information = UNSET
        else:
            additional_information = self.additional_information

        tollfree_phone_number_sid: None | str | Unset
        if isinstance(self.tollfree_phone_number_sid, Unset):
            tollfree_phone_number_sid = UNSET
        else:
            tollfree_phone_number_sid = self.tollfree_phone_number_sid

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        error_code: int | None | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        edit_expiration: None | str | Unset
        if isinstance(self.edit_expiration, Unset):
            edit_expiration = UNSET
        elif isinstance(self.edit_expiration, datetime.datetime):
            edit_expiration = self.edit_expiration.isoformat()
        else:
            edit_expiration = self.edit_expiration

        edit_allowed: bool | None | Unset
        if isinstance(self.edit_allowed, Unset):
            edit_allowed = UNSET
        else:
            edit_allowed = self.edit_allowed

        rejection_reasons: list[dict[str, Any]] | None | Unset
        if isinstance(self.rejection_reasons, Unset):
            rejection_reasons = UNSET
        elif isinstance(self.rejection_reasons, list):
            rejection_reasons = []
            for rejection_reasons_type_0_item_data in self.rejection_reasons:
                rejection_reasons_type_0_item = rejection_reasons_type_0_item_data.to_dict()
                rejection_reasons.append(rejection_reasons_type_0_item)


        else:
            rejection_reasons = self.rejection_reasons

        resource_links: dict[str, Any] | None | Unset
        if isinstance(self.resource_links, Unset):
            resource_links = UNSET
        elif isinstance(self.resource_links, TollfreeVerificationResourceLinksType0):
            resource_links = self.resource_links.to_dict()
        else:
            resource_links = self.resource_links

        external_reference_id: None | str | Unset
        if isinstance(self.external_reference_id, Unset):
            external_reference_id = UNSET
        else:
            external_reference_id = self.external_reference_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if sid is not UNSET:
            field_dict["sid"] = sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if customer_profile_sid is not UNSET:
            field_dict["customer_profile_sid"] = customer_profile_sid
        if trust_product_sid is not UNSET:
            field_dict["trust_product_sid"] = trust_product_sid
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if regulated_item_sid is not UNSET:
            field_dict["regulated_item_sid"] = regulated_item_sid
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if business_street_address is not UNSET:
            field_dict["business_street_address"] = business_street_address
        if business_street_address2 is not UNSET:
            field_dict["business_street_address2"] = business_street_address2
        if business_city is not UNSET:
            field_dict["business_city"] = business_city
        if business_state_province_region is not UNSET:
            field_dict["business_state_province_region"] = business_state_province_region
        if business_postal_code is not UNSET:
            field_dict["business_postal_code"] = business_postal_code
        if business_country is not UNSET:
            field_dict["business_country"] = business_country
        if business_website is not UNSET:
            field_dict["business_website"] = business_website
        if business_contact_first_name is not UNSET:
            field_dict["business_contact_first_name"] = business_contact_first_name
        if business_contact_last_name is not UNSET:
            field_dict["business_contact_last_name"] = business_contact_last_name
        if business_contact_email is not UNSET:
            field_dict["business_contact_email"] = business_contact_email
        if business_contact_phone is not UNSET:
            field_dict["business_contact_phone"] = business_contact_phone
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email
        if use_case_categories is not UNSET:
            field_dict["use_case_categories"] = use_case_categories
        if use_case_summary is not UNSET:
            field_dict["use_case_summary"] = use_case_summary
        if production_message_sample is not UNSET:
            field_dict["production_message_sample"] = production_message_sample
        if opt_in_image_urls is not UNSET:
            field_dict["opt_in_image_urls"] = opt_in_image_urls
        if opt_in_type is not UNSET:
            field_dict["opt_in_type"] = opt_in_type
        if message_volume is not UNSET:
            field_dict["message_volume"] = message_volume
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if tollfree_phone_number_sid is not UNSET:
            field_dict["tollfree_phone_number_sid"] = tollfree_phone_number_sid
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if edit_expiration is not UNSET:
            field_dict["edit_expiration"] = edit_expiration
        if edit_allowed is not UNSET:
            field_dict["edit_allowed"] = edit_allowed
        if rejection_reasons is not UNSET:
            field_dict["rejection_reasons"] = rejection_reasons
        if resource_links is not UNSET:
            field_dict["resource_links"] = resource_links
        if external_reference_id is not UNSET:
            field_dict["external_reference_id"] = external_reference_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tollfree_verification_rejection_reasons_type_0_item import TollfreeVerificationRejectionReasonsType0Item # noqa: PLC0415
        from ..models.tollfree_verification_resource_links_type_0 import TollfreeVerificationResourceLinksType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))


        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))


        def _parse_customer_profile_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_profile_sid = _parse_customer_profile_sid(d.pop("customer_profile_sid", UNSET))


        def _parse_trust_product_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trust_product_sid = _parse_trust_product_sid(d.pop("trust_product_sid", UNSET))


        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = parse_timestamp(data)



                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))


        def _parse_date_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_updated_type_0 = parse_timestamp(data)



                return date_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_updated = _parse_date_updated(d.pop("date_updated", UNSET))


        def _parse_regulated_item_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regulated_item_sid = _parse_regulated_item_sid(d.pop("regulated_item_sid", UNSET))


        def _parse_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_name = _parse_business_name(d.pop("business_name", UNSET))


        def _parse_business_street_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_street_address = _parse_business_street_address(d.pop("business_street_address", UNSET))


        def _parse_business_street_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_street_address2 = _parse_business_street_address2(d.pop("business_street_address2", UNSET))


        def _parse_business_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_city = _parse_business_city(d.pop("business_city", UNSET))


        def _parse_business_state_province_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_state_province_region = _parse_business_state_province_region(d.pop("business_state_province_region", UNSET))


        def _parse_business_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_postal_code = _parse_business_postal_code(d.pop("business_postal_code", UNSET))


        def _parse_business_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_country = _parse_business_country(d.pop("business_country", UNSET))


        def _parse_business_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_website = _parse_business_website(d.pop("business_website", UNSET))


        def _parse_business_contact_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_contact_first_name = _parse_business_contact_first_name(d.pop("business_contact_first_name", UNSET))


        def _parse_business_contact_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_contact_last_name = _parse_business_contact_last_name(d.pop("business_contact_last_name", UNSET))


        def _parse_business_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_contact_email = _parse_business_contact_email(d.pop("business_contact_email", UNSET))


        def _parse_business_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_contact_phone = _parse_business_contact_phone(d.pop("business_contact_phone", UNSET))


        def _parse_notification_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notification_email = _parse_notification_email(d.pop("notification_email", UNSET))


        def _parse_use_case_categories(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                use_case_categories_type_0 = cast(list[str], data)

                return use_case_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        use_case_categories = _parse_use_case_categories(d.pop("use_case_categories", UNSET))


        def _parse_use_case_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        use_case_summary = _parse_use_case_summary(d.pop("use_case_summary", UNSET))


        def _parse_production_message_sample(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        production_message_sample = _parse_production_message_sample(d.pop("production_message_sample", UNSET))


        def _parse_opt_in_image_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opt_in_image_urls_type_0 = cast(list[str], data)

                return opt_in_image_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        opt_in_image_urls = _parse_opt_in_image_urls(d.pop("opt_in_image_urls", UNSET))


        _opt_in_type = d.pop("opt_in_type", UNSET)
        opt_in_type: TollfreeVerificationOptInType | Unset
        if isinstance(_opt_in_type,  Unset):
            opt_in_type = UNSET
        else:
            opt_in_type = TollfreeVerificationOptInType(_opt_in_type)




        def _parse_message_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_volume = _parse_message_volume(d.pop("message_volume", UNSET))


        def _parse_additional_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_information = _parse_additional_information(d.pop("additional_information", UNSET))


        def _parse_tollfree_phone_number_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tollfree_phone_number_sid = _parse_tollfree_phone_number_sid(d.pop("tollfree_phone_number_sid", UNSET))


        _status = d.pop("status", UNSET)
        status: TollfreeVerificationStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = TollfreeVerificationStatus(_status)




        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        def _parse_rejection_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))


        def _parse_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))


        def _parse_edit_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                edit_expiration_type_0 = parse_timestamp(data)



                return edit_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        edit_expiration = _parse_edit_expiration(d.pop("edit_expiration", UNSET))


        def _parse_edit_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        edit_allowed = _parse_edit_allowed(d.pop("edit_allowed", UNSET))


        def _parse_rejection_reasons(data: object) -> list[TollfreeVerificationRejectionReasonsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rejection_reasons_type_0 = []
                _rejection_reasons_type_0 = data
                for rejection_reasons_type_0_item_data in (_rejection_reasons_type_0):
                    rejection_reasons_type_0_item = TollfreeVerificationRejectionReasonsType0Item.from_dict(rejection_reasons_type_0_item_data)



                    rejection_reasons_type_0.append(rejection_reasons_type_0_item)

                return rejection_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TollfreeVerificationRejectionReasonsType0Item] | None | Unset, data)

        rejection_reasons = _parse_rejection_reasons(d.pop("rejection_reasons", UNSET))


        def _parse_resource_links(data: object) -> None | TollfreeVerificationResourceLinksType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_links_type_0 = TollfreeVerificationResourceLinksType0.from_dict(data)



                return resource_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TollfreeVerificationResourceLinksType0 | Unset, data)

        resource_links = _parse_resource_links(d.pop("resource_links", UNSET))


        def _parse_external_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_reference_id = _parse_external_reference_id(d.pop("external_reference_id", UNSET))


        tollfree_verification = cls(
            sid=sid,
            account_sid=account_sid,
            customer_profile_sid=customer_profile_sid,
            trust_product_sid=trust_product_sid,
            date_created=date_created,
            date_updated=date_updated,
            regulated_item_sid=regulated_item_sid,
            business_name=business_name,
            business_street_address=business_street_address,
            business_street_address2=business_street_address2,
            business_city=business_city,
            business_state_province_region=business_state_province_region,
            business_postal_code=business_postal_code,
            business_country=business_country,
            business_website=business_website,
            business_contact_first_name=business_contact_first_name,
            business_contact_last_name=business_contact_last_name,
            business_contact_email=business_contact_email,
            business_contact_phone=business_contact_phone,
            notification_email=notification_email,
            use_case_categories=use_case_categories,
            use_case_summary=use_case_summary,
            production_message_sample=production_message_sample,
            opt_in_image_urls=opt_in_image_urls,
            opt_in_type=opt_in_type,
            message_volume=message_volume,
            additional_information=additional_information,
            tollfree_phone_number_sid=tollfree_phone_number_sid,
            status=status,
            url=url,
            rejection_reason=rejection_reason,
            error_code=error_code,
            edit_expiration=edit_expiration,
            edit_allowed=edit_allowed,
            rejection_reasons=rejection_reasons,
            resource_links=resource_links,
            external_reference_id=external_reference_id,
        )


        tollfree_verification.additional_properties = d
        return tollfree_verification

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
