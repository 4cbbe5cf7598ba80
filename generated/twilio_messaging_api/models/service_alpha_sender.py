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






T = TypeVar("T", bound="ServiceAlphaSender")



@_attrs_define
class ServiceAlphaSender:
    """ An alphanumeric sender ID attached to a Messaging Service.

     """

    sid: None | str | Unset = UNSET
    """ SID of the alphanumeric sender (starts with AI). """
    account_sid: None | str | Unset = UNSET
    """ SID of the account that owns the resource (starts with AC). """
    service_sid: None | str | Unset = UNSET
    """ SID of the Messaging Service the sender belongs to (starts with MG). """
    date_created: datetime.datetime | None | Unset = UNSET
    """ When the resource was created, in ISO 8601 format (UTC). """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ When the resource was last changed, in ISO 8601 format (UTC). """
    alpha_sender: None | str | Unset = UNSET
    """ The sender ID text shown to recipients. """
    capabilities: list[str] | None | Unset = UNSET
    """ What the sender can be used for; SMS for alphanumeric senders. """
    url: None | str | Unset = UNSET
    """ Full URL at which this resource can be fetched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
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

        service_sid: None | str | Unset
        if isinstance(self.service_sid, Unset):
            service_sid = UNSET
        else:
            service_sid = self.service_sid

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

        alpha_sender: None | str | Unset
        if isinstance(self.alpha_sender, Unset):
            alpha_sender = UNSET
        else:
            alpha_sender = self.alpha_sender

        capabilities: list[str] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, list):
            capabilities = self.capabilities


        else:
            capabilities = self.capabilities

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
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if service_sid is not UNSET:
            field_dict["service_sid"] = service_sid
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if alpha_sender is not UNSET:
            field_dict["alpha_sender"] = alpha_sender
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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


        def _parse_service_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_sid = _parse_service_sid(d.pop("service_sid", UNSET))


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


        def _parse_alpha_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alpha_sender = _parse_alpha_sender(d.pop("alpha_sender", UNSET))


        def _parse_capabilities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                capabilities_type_0 = cast(list[str], data)

                return capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        capabilities = _parse_capabilities(d.pop("capabilities", UNSET))


        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        service_alpha_sender = cls(
            sid=sid,
            account_sid=account_sid,
            service_sid=service_sid,
            date_created=date_created,
            date_updated=date_updated,
            alpha_sender=alpha_sender,
            capabilities=capabilities,
            url=url,
        )


        service_alpha_sender.additional_properties = d
        return service_alpha_sender

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
