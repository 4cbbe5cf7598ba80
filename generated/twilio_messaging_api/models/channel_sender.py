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






T = TypeVar("T", bound="ChannelSender")



@_attrs_define
class ChannelSender:
    """ A sender on a non-SMS channel, such as WhatsApp, Messenger or RCS, attached to a Messaging Service.

     """

    account_sid: None | str | Unset = UNSET
    """ SID of the account that owns the resource (starts with AC). """
    messaging_service_sid: None | str | Unset = UNSET
    """ SID of the Messaging Service the resource belongs to (starts with MG). """
    sid: None | str | Unset = UNSET
    """ SID of the channel sender (starts with XE). """
    sender: None | str | Unset = UNSET
    """ Sender address including its channel prefix, for example whatsapp:+15005550006 or rcs:<agent id>. """
    sender_type: None | str | Unset = UNSET
    """ Channel of the sender, such as WhatsApp, Messenger or RCS. """
    country_code: None | str | Unset = UNSET
    """ Two-letter ISO 3166-1 country code linked to the sender. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ When the resource was created, in ISO 8601 format (UTC). """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ When the resource was last changed, in ISO 8601 format (UTC). """
    url: None | str | Unset = UNSET
    """ Full URL at which this resource can be fetched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        messaging_service_sid: None | str | Unset
        if isinstance(self.messaging_service_sid, Unset):
            messaging_service_sid = UNSET
        else:
            messaging_service_sid = self.messaging_service_sid

        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        sender_type: None | str | Unset
        if isinstance(self.sender_type, Unset):
            sender_type = UNSET
        else:
            sender_type = self.sender_type

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

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


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if messaging_service_sid is not UNSET:
            field_dict["messaging_service_sid"] = messaging_service_sid
        if sid is not UNSET:
            field_dict["sid"] = sid
        if sender is not UNSET:
            field_dict["sender"] = sender
        if sender_type is not UNSET:
            field_dict["sender_type"] = sender_type
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if url is not UNSET:
            field_dict["url"] = url

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


        def _parse_messaging_service_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messaging_service_sid = _parse_messaging_service_sid(d.pop("messaging_service_sid", UNSET))


        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))


        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))


        def _parse_sender_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_type = _parse_sender_type(d.pop("sender_type", UNSET))


        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))


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


        channel_sender = cls(
            account_sid=account_sid,
            messaging_service_sid=messaging_service_sid,
            sid=sid,
            sender=sender,
            sender_type=sender_type,
            country_code=country_code,
            date_created=date_created,
            date_updated=date_updated,
            url=url,
        )


        channel_sender.additional_properties = d
        return channel_sender

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
