from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from twilio_messaging._datetime import parse_timestamp
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.us_app_to_person_errors_type_0_item import UsAppToPersonErrorsType0Item
  from ..models.us_app_to_person_rate_limits_type_0 import UsAppToPersonRateLimitsType0





T = TypeVar("T", bound="UsAppToPerson")



@_attrs_define
class UsAppToPerson:
    """ A US A2P 10DLC campaign registered for a Messaging Service, with its review state.

     """

    sid: None | str | Unset = UNSET
    """ SID of the campaign registration (starts with QE). """
    account_sid: None | str | Unset = UNSET
    """ SID of the account that owns the resource (starts with AC). """
    brand_registration_sid: None | str | Unset = UNSET
    """ SID of the brand the campaign is registered under (starts with BN). """
    messaging_service_sid: None | str | Unset = UNSET
    """ SID of the Messaging Service the resource belongs to (starts with MG). """
    message_samples: list[str] | None | Unset = UNSET
    """ Example messages submitted for review. """
    us_app_to_person_usecase: None | str | Unset = UNSET
    """ Use case code of the campaign, such as MARKETING or 2FA. """
    has_embedded_links: bool | None | Unset = UNSET
    """ True if the campaign's messages include URLs. """
    has_embedded_phone: bool | None | Unset = UNSET
    """ True if the campaign's messages include phone numbers. """
    subscriber_opt_in: bool | None | Unset = UNSET
    """ Whether recipients have opted in to the campaign's messages. """
    age_gated: bool | None | Unset = UNSET
    """ Whether the campaign carries age-restricted content behind an age check. """
    direct_lending: bool | None | Unset = UNSET
    """ Whether the campaign is about direct lending or loan arrangements. """
    campaign_status: None | str | Unset = UNSET
    """ Review state of the campaign, such as PENDING, IN_PROGRESS, VERIFIED or FAILED. """
    campaign_id: None | str | Unset = UNSET
    """ Campaign ID assigned by The Campaign Registry (TCR). """
    is_externally_registered: bool | None | Unset = UNSET
    """ Whether the campaign was registered outside Twilio and linked afterwards. """
    rate_limits: None | Unset | UsAppToPersonRateLimitsType0 = UNSET
    """ Throughput limits and classes set by each carrier, keyed by carrier (for example att, tmobile). """
    message_flow: None | str | Unset = UNSET
    """ How recipients opt in to the messages, as submitted. """
    opt_in_message: None | str | Unset = UNSET
    """ Reply sent to users who subscribe by keyword. """
    opt_out_message: None | str | Unset = UNSET
    """ Reply sent to users who unsubscribe. """
    help_message: None | str | Unset = UNSET
    """ Reply sent to users who ask for help. """
    opt_in_keywords: list[str] | None | Unset = UNSET
    """ Keywords users text to subscribe. """
    opt_out_keywords: list[str] | None | Unset = UNSET
    """ Keywords users text to unsubscribe. """
    help_keywords: list[str] | None | Unset = UNSET
    """ Keywords users text to get help. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ When the resource was created, in ISO 8601 format (UTC). """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ When the resource was last changed, in ISO 8601 format (UTC). """
    url: None | str | Unset = UNSET
    """ Full URL at which this resource can be fetched. """
    mock: bool | None | Unset = UNSET
    """ Whether this is a test campaign made automatically for a mock brand; only for testing. """
    errors: list[UsAppToPersonErrorsType0Item] | None | Unset = UNSET
    """ Why the registration failed, if it did: each entry gives an error code, the fields concerned, a help URL and
    an explanation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.us_app_to_person_errors_type_0_item import UsAppToPersonErrorsType0Item # noqa: PLC0415
        from ..models.us_app_to_person_rate_limits_type_0 import UsAppToPersonRateLimitsType0 # noqa: PLC0415
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

        brand_registration_sid: None | str | Unset
        if isinstance(self.brand_registration_sid, Unset):
            brand_registration_sid = UNSET
        else:
            brand_registration_sid = self.brand_registration_sid

        messaging_service_sid: None | str | Unset
        if isinstance(self.messaging_service_sid, Unset):
            messaging_service_sid = UNSET
        else:
            messaging_service_sid = self.messaging_service_sid

        message_samples: list[str] | None | Unset
        if isinstance(self.message_samples, Unset):
            message_samples = UNSET
        elif isinstance(self.message_samples, list):
            message_samples = self.message_samples


        else:
            message_samples = self.message_samples

        us_app_to_person_usecase: None | str | Unset
        if isinstance(self.us_app_to_person_usecase, Unset):
            us_app_to_person_usecase = UNSET
        else:
            us_app_to_person_usecase = self.us_app_to_person_usecase

        has_embedded_links: bool | None | Unset
        if isinstance(self.has_embedded_links, Unset):
            has_embedded_links = UNSET
        else:
            has_embedded_links = self.has_embedded_links

        has_embedded_phone: bool | None | Unset
        if isinstance(self.has_embedded_phone, Unset):
            has_embedded_phone = UNSET
        else:
            has_embedded_phone = self.has_embedded_phone

        subscriber_opt_in: bool | None | Unset
        if isinstance(self.subscriber_opt_in, Unset):
            subscriber_opt_in = UNSET
        else:
            subscriber_opt_in = self.subscriber_opt_in

        age_gated: bool | None | Unset
        if isinstance(self.age_gated, Unset):
            age_gated = UNSET
        else:
            age_gated = self.age_gated

        direct_lending: bool | None | Unset
        if isinstance(self.direct_lending, Unset):
            direct_lending = UNSET
        else:
            direct_lending = self.direct_lending

        campaign_status: None | str | Unset
        if isinstance(self.campaign_status, Unset):
            campaign_status = UNSET
        else:
            campaign_status = self.campaign_status

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        is_externally_registered: bool | None | Unset
        if isinstance(self.is_externally_registered, Unset):
            is_externally_registered = UNSET
        else:
            is_externally_registered = self.is_externally_registered

        rate_limits: dict[str, Any] | None | Unset
        if isinstance(self.rate_limits, Unset):
            rate_limits = UNSET
        elif isinstance(self.rate_limits, UsAppToPersonRateLimitsType0):
            rate_limits = self.rate_limits.to_dict()
        else:
            rate_limits = self.rate_limits

        message_flow: None | str | Unset
        if isinstance(self.message_flow, Unset):
            message_flow = UNSET
        else:
            message_flow = self.message_flow

        opt_in_message: None | str | Unset
        if isinstance(self.opt_in_message, Unset):
            opt_in_message = UNSET
        else:
            opt_in_message = self.opt_in_message

        opt_out_message: None | str | Unset
        if isinstance(self.opt_out_message, Unset):
            opt_out_message = UNSET
        else:
            opt_out_message = self.opt_out_message

        help_message: None | str | Unset
        if isinstance(self.help_message, Unset):
            help_message = UNSET
        else:
            help_message = self.help_message

        opt_in_keywords: list[str] | None | Unset
        if isinstance(self.opt_in_keywords, Unset):
            opt_in_keywords = UNSET
        elif isinstance(self.opt_in_keywords, list):
            opt_in_keywords = self.opt_in_keywords


        else:
            opt_in_keywords = self.opt_in_keywords

        opt_out_keywords: list[str] | None | Unset
        if isinstance(self.opt_out_keywords, Unset):
            opt_out_keywords = UNSET
        elif isinstance(self.opt_out_keywords, list):
            opt_out_keywords = self.opt_out_keywords


        else:
            opt_out_keywords = self.opt_out_keywords

        help_keywords: list[str] | None | Unset
        if isinstance(self.help_keywords, Unset):
            help_keywords = UNSET
        elif isinstance(self.help_keywords, list):
            help_keywords = self.help_keywords


        else:
            help_keywords = self.help_keywords

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

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        mock: bool | None | Unset
        if isinstance(self.mock, Unset):
            mock = UNSET
        else:
            mock = self.mock

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)


        else:
            errors = self.errors


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if sid is not UNSET:
            field_dict["sid"] = sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if brand_registration_sid is not UNSET:
            field_dict["brand_registration_sid"] = brand_registration_sid
        if messaging_service_sid is not UNSET:
            field_dict["messaging_service_sid"] = messaging_service_sid
        if message_samples is not UNSET:
            field_dict["message_samples"] = message_samples
        if us_app_to_person_usecase is not UNSET:
            field_dict["us_app_to_person_usecase"] = us_app_to_person_usecase
        if has_embedded_links is not UNSET:
            field_dict["has_embedded_links"] = has_embedded_links
        if has_embedded_phone is not UNSET:
            field_dict["has_embedded_phone"] = has_embedded_phone
        if subscriber_opt_in is not UNSET:
            field_dict["subscriber_opt_in"] = subscriber_opt_in
        if age_gated is not UNSET:
            field_dict["age_gated"] = age_gated
        if direct_lending is not UNSET:
            field_dict["direct_lending"] = direct_lending
        if campaign_status is not UNSET:
            field_dict["campaign_status"] = campaign_status
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if is_externally_registered is not UNSET:
            field_dict["is_externally_registered"] = is_externally_registered
        if rate_limits is not UNSET:
            field_dict["rate_limits"] = rate_limits
        if message_flow is not UNSET:
            field_dict["message_flow"] = message_flow
        if opt_in_message is not UNSET:
            field_dict["opt_in_message"] = opt_in_message
        if opt_out_message is not UNSET:
            field_dict["opt_out_message"] = opt_out_message
        if help_message is not UNSET:
            field_dict["help_message"] = help_message
        if opt_in_keywords is not UNSET:
            field_dict["opt_in_keywords"] = opt_in_keywords
        if opt_out_keywords is not UNSET:
            field_dict["opt_out_keywords"] = opt_out_keywords
        if help_keywords is not UNSET:
            field_dict["help_keywords"] = help_keywords
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if url is not UNSET:
            field_dict["url"] = url
        if mock is not UNSET:
            field_dict["mock"] = mock
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.us_app_to_person_errors_type_0_item import UsAppToPersonErrorsType0Item # noqa: PLC0415
        from ..models.us_app_to_person_rate_limits_type_0 import UsAppToPersonRateLimitsType0 # noqa: PLC0415
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


        def _parse_brand_registration_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_registration_sid = _parse_brand_registration_sid(d.pop("brand_registration_sid", UNSET))


        def _parse_messaging_service_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messaging_service_sid = _parse_messaging_service_sid(d.pop("messaging_service_sid", UNSET))


        def _parse_message_samples(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_samples_type_0 = cast(list[str], data)

                return message_samples_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        message_samples = _parse_message_samples(d.pop("message_samples", UNSET))


        def _parse_us_app_to_person_usecase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        us_app_to_person_usecase = _parse_us_app_to_person_usecase(d.pop("us_app_to_person_usecase", UNSET))


        def _parse_has_embedded_links(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_embedded_links = _parse_has_embedded_links(d.pop("has_embedded_links", UNSET))


        def _parse_has_embedded_phone(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_embedded_phone = _parse_has_embedded_phone(d.pop("has_embedded_phone", UNSET))


        def _parse_subscriber_opt_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        subscriber_opt_in = _parse_subscriber_opt_in(d.pop("subscriber_opt_in", UNSET))


        def _parse_age_gated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        age_gated = _parse_age_gated(d.pop("age_gated", UNSET))


        def _parse_direct_lending(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        direct_lending = _parse_direct_lending(d.pop("direct_lending", UNSET))


        def _parse_campaign_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_status = _parse_campaign_status(d.pop("campaign_status", UNSET))


        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))


        def _parse_is_externally_registered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_externally_registered = _parse_is_externally_registered(d.pop("is_externally_registered", UNSET))


        def _parse_rate_limits(data: object) -> None | Unset | UsAppToPersonRateLimitsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rate_limits_type_0 = UsAppToPersonRateLimitsType0.from_dict(data)



                return rate_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsAppToPersonRateLimitsType0, data)

        rate_limits = _parse_rate_limits(d.pop("rate_limits", UNSET))


        def _parse_message_flow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_flow = _parse_message_flow(d.pop("message_flow", UNSET))


        def _parse_opt_in_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_in_message = _parse_opt_in_message(d.pop("opt_in_message", UNSET))


        def _parse_opt_out_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_out_message = _parse_opt_out_message(d.pop("opt_out_message", UNSET))


        def _parse_help_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        help_message = _parse_help_message(d.pop("help_message", UNSET))


        def _parse_opt_in_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opt_in_keywords_type_0 = cast(list[str], data)

                return opt_in_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        opt_in_keywords = _parse_opt_in_keywords(d.pop("opt_in_keywords", UNSET))


        def _parse_opt_out_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opt_out_keywords_type_0 = cast(list[str], data)

                return opt_out_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        opt_out_keywords = _parse_opt_out_keywords(d.pop("opt_out_keywords", UNSET))


        def _parse_help_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                help_keywords_type_0 = cast(list[str], data)

                return help_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        help_keywords = _parse_help_keywords(d.pop("help_keywords", UNSET))


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


        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        def _parse_mock(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mock = _parse_mock(d.pop("mock", UNSET))


        def _parse_errors(data: object) -> list[UsAppToPersonErrorsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in (_errors_type_0):
                    errors_type_0_item = UsAppToPersonErrorsType0Item.from_dict(errors_type_0_item_data)



                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsAppToPersonErrorsType0Item] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))


        us_app_to_person = cls(
            sid=sid,
            account_sid=account_sid,
            brand_registration_sid=brand_registration_sid,
            messaging_service_sid=messaging_service_sid,
            message_samples=message_samples,
            us_app_to_person_usecase=us_app_to_person_usecase,
            has_embedded_links=has_embedded_links,
            has_embedded_phone=has_embedded_phone,
            subscriber_opt_in=subscriber_opt_in,
            age_gated=age_gated,
            direct_lending=direct_lending,
            campaign_status=campaign_status,
            campaign_id=campaign_id,
            is_externally_registered=is_externally_registered,
            rate_limits=rate_limits,
            message_flow=message_flow,
            opt_in_message=opt_in_message,
            opt_out_message=opt_out_message,
            help_message=help_message,
            opt_in_keywords=opt_in_keywords,
            opt_out_keywords=opt_out_keywords,
            help_keywords=help_keywords,
            date_created=date_created,
            date_updated=date_updated,
            url=url,
            mock=mock,
            errors=errors,
        )


        us_app_to_person.additional_properties = d
        return us_app_to_person

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
