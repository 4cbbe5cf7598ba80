from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sms_short_code_sms_fallback_method import SmsShortCodeSmsFallbackMethod
from ..models.sms_short_code_sms_method import SmsShortCodeSmsMethod
from ..types import UNSET, Unset
from twilio_messaging._datetime import parse_timestamp
from typing import cast
import datetime






T = TypeVar("T", bound="SmsShortCode")



@_attrs_define
class SmsShortCode:
    """ A short code owned by the account and the webhooks that handle SMS it receives.

     """

    account_sid: None | str | Unset = UNSET
    """ SID of the account that owns the short code. """
    api_version: None | str | Unset = UNSET
    """ Version of the TwiML API that handles SMS arriving at this short code. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ Creation time of the short code resource (RFC 2822, GMT). """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ Time of the last change to the short code (RFC 2822, GMT). """
    friendly_name: None | str | Unset = UNSET
    """ Label for the short code; unless set, it is the short code itself. """
    short_code: None | str | Unset = UNSET
    """ The short code number, as a string of digits. """
    sid: None | str | Unset = UNSET
    """ Unique identifier of the short code (SC prefix). """
    sms_fallback_method: SmsShortCodeSmsFallbackMethod | Unset = UNSET
    """ Whether sms_fallback_url is requested with GET or POST. """
    sms_fallback_url: None | str | Unset = UNSET
    """ Backup URL Twilio calls if requesting sms_url or running its TwiML fails. """
    sms_method: SmsShortCodeSmsMethod | Unset = UNSET
    """ Whether sms_url is requested with GET or POST. """
    sms_url: None | str | Unset = UNSET
    """ Webhook URL requested when the short code receives an SMS. """
    uri: None | str | Unset = UNSET
    """ API path of the short code; prefix it with https://api.twilio.com. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

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

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        short_code: None | str | Unset
        if isinstance(self.short_code, Unset):
            short_code = UNSET
        else:
            short_code = self.short_code

        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        sms_fallback_method: str | Unset = UNSET
        if not isinstance(self.sms_fallback_method, Unset):
            sms_fallback_method = self.sms_fallback_method.value


        sms_fallback_url: None | str | Unset
        if isinstance(self.sms_fallback_url, Unset):
            sms_fallback_url = UNSET
        else:
            sms_fallback_url = self.sms_fallback_url

        sms_method: str | Unset = UNSET
        if not isinstance(self.sms_method, Unset):
            sms_method = self.sms_method.value


        sms_url: None | str | Unset
        if isinstance(self.sms_url, Unset):
            sms_url = UNSET
        else:
            sms_url = self.sms_url

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if short_code is not UNSET:
            field_dict["short_code"] = short_code
        if sid is not UNSET:
            field_dict["sid"] = sid
        if sms_fallback_method is not UNSET:
            field_dict["sms_fallback_method"] = sms_fallback_method
        if sms_fallback_url is not UNSET:
            field_dict["sms_fallback_url"] = sms_fallback_url
        if sms_method is not UNSET:
            field_dict["sms_method"] = sms_method
        if sms_url is not UNSET:
            field_dict["sms_url"] = sms_url
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))


        def _parse_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_version = _parse_api_version(d.pop("api_version", UNSET))


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


        def _parse_friendly_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        friendly_name = _parse_friendly_name(d.pop("friendly_name", UNSET))


        def _parse_short_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_code = _parse_short_code(d.pop("short_code", UNSET))


        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))


        _sms_fallback_method = d.pop("sms_fallback_method", UNSET)
        sms_fallback_method: SmsShortCodeSmsFallbackMethod | Unset
        if isinstance(_sms_fallback_method,  Unset):
            sms_fallback_method = UNSET
        else:
            sms_fallback_method = SmsShortCodeSmsFallbackMethod(_sms_fallback_method)




        def _parse_sms_fallback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_fallback_url = _parse_sms_fallback_url(d.pop("sms_fallback_url", UNSET))


        _sms_method = d.pop("sms_method", UNSET)
        sms_method: SmsShortCodeSmsMethod | Unset
        if isinstance(_sms_method,  Unset):
            sms_method = UNSET
        else:
            sms_method = SmsShortCodeSmsMethod(_sms_method)




        def _parse_sms_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_url = _parse_sms_url(d.pop("sms_url", UNSET))


        def _parse_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uri = _parse_uri(d.pop("uri", UNSET))


        sms_short_code = cls(
            account_sid=account_sid,
            api_version=api_version,
            date_created=date_created,
            date_updated=date_updated,
            friendly_name=friendly_name,
            short_code=short_code,
            sid=sid,
            sms_fallback_method=sms_fallback_method,
            sms_fallback_url=sms_fallback_url,
            sms_method=sms_method,
            sms_url=sms_url,
            uri=uri,
        )


        sms_short_code.additional_properties = d
        return sms_short_code

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
