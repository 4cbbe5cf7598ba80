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






T = TypeVar("T", bound="RequestManagedCert")



@_attrs_define
class RequestManagedCert:
    """ State of a domain's Twilio-managed TLS certificate.

     """

    domain_sid: None | str | Unset = UNSET
    """ SID of the domain the certificate is for. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ When the certificate record was last changed, as an ISO 8601 timestamp in UTC. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ When the domain was added to Twilio, as an ISO 8601 timestamp in UTC. """
    date_expires: datetime.datetime | None | Unset = UNSET
    """ When the domain's current certificate expires, as an ISO 8601 timestamp. """
    domain_name: None | str | Unset = UNSET
    """ The domain, written as a URL such as https://links.example.com. """
    certificate_sid: None | str | Unset = UNSET
    """ Unique identifier of the certificate, starting with CW. """
    url: None | str | Unset = UNSET
    """ Full URL of this resource. """
    managed: bool | None | Unset = UNSET
    """ Whether Twilio manages the domain's certificate. """
    requesting: bool | None | Unset = UNSET
    """ Whether a managed certificate is still waiting to be issued by Twilio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        domain_sid: None | str | Unset
        if isinstance(self.domain_sid, Unset):
            domain_sid = UNSET
        else:
            domain_sid = self.domain_sid

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        elif isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_expires: None | str | Unset
        if isinstance(self.date_expires, Unset):
            date_expires = UNSET
        elif isinstance(self.date_expires, datetime.datetime):
            date_expires = self.date_expires.isoformat()
        else:
            date_expires = self.date_expires

        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        certificate_sid: None | str | Unset
        if isinstance(self.certificate_sid, Unset):
            certificate_sid = UNSET
        else:
            certificate_sid = self.certificate_sid

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        managed: bool | None | Unset
        if isinstance(self.managed, Unset):
            managed = UNSET
        else:
            managed = self.managed

        requesting: bool | None | Unset
        if isinstance(self.requesting, Unset):
            requesting = UNSET
        else:
            requesting = self.requesting


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if domain_sid is not UNSET:
            field_dict["domain_sid"] = domain_sid
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_expires is not UNSET:
            field_dict["date_expires"] = date_expires
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if certificate_sid is not UNSET:
            field_dict["certificate_sid"] = certificate_sid
        if url is not UNSET:
            field_dict["url"] = url
        if managed is not UNSET:
            field_dict["managed"] = managed
        if requesting is not UNSET:
            field_dict["requesting"] = requesting

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_domain_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_sid = _parse_domain_sid(d.pop("domain_sid", UNSET))


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


        def _parse_date_expires(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_expires_type_0 = parse_timestamp(data)



                return date_expires_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_expires = _parse_date_expires(d.pop("date_expires", UNSET))


        def _parse_domain_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_name = _parse_domain_name(d.pop("domain_name", UNSET))


        def _parse_certificate_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_sid = _parse_certificate_sid(d.pop("certificate_sid", UNSET))


        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        def _parse_managed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        managed = _parse_managed(d.pop("managed", UNSET))


        def _parse_requesting(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        requesting = _parse_requesting(d.pop("requesting", UNSET))


        request_managed_cert = cls(
            domain_sid=domain_sid,
            date_updated=date_updated,
            date_created=date_created,
            date_expires=date_expires,
            domain_name=domain_name,
            certificate_sid=certificate_sid,
            url=url,
            managed=managed,
            requesting=requesting,
        )


        request_managed_cert.additional_properties = d
        return request_managed_cert

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
