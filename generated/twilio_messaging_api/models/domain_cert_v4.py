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
  from ..models.domain_cert_v4_cert_in_validation_type_0 import DomainCertV4CertInValidationType0





T = TypeVar("T", bound="DomainCertV4")



@_attrs_define
class DomainCertV4:
    """ TLS certificate details of a link shortening domain.

     """

    domain_sid: None | str | Unset = UNSET
    """ SID of the domain the certificate belongs to. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ When the certificate record was last changed, as an ISO 8601 timestamp in UTC. """
    date_expires: datetime.datetime | None | Unset = UNSET
    """ When the active certificate expires, as an ISO 8601 timestamp; replace it before then to keep shortened
    links working. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ When the domain was added to Twilio, as an ISO 8601 timestamp in UTC. """
    domain_name: None | str | Unset = UNSET
    """ The domain, written as a URL such as https://links.example.com. """
    certificate_sid: None | str | Unset = UNSET
    """ Unique identifier of the certificate, starting with CW. """
    url: None | str | Unset = UNSET
    """ Full URL of this certificate resource. """
    cert_in_validation: DomainCertV4CertInValidationType0 | None | Unset = UNSET
    """ Status and expiry of a newly uploaded certificate still being validated; null when none is pending. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.domain_cert_v4_cert_in_validation_type_0 import DomainCertV4CertInValidationType0 # noqa: PLC0415
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

        date_expires: None | str | Unset
        if isinstance(self.date_expires, Unset):
            date_expires = UNSET
        elif isinstance(self.date_expires, datetime.datetime):
            date_expires = self.date_expires.isoformat()
        else:
            date_expires = self.date_expires

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

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

        cert_in_validation: dict[str, Any] | None | Unset
        if isinstance(self.cert_in_validation, Unset):
            cert_in_validation = UNSET
        elif isinstance(self.cert_in_validation, DomainCertV4CertInValidationType0):
            cert_in_validation = self.cert_in_validation.to_dict()
        else:
            cert_in_validation = self.cert_in_validation


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if domain_sid is not UNSET:
            field_dict["domain_sid"] = domain_sid
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if date_expires is not UNSET:
            field_dict["date_expires"] = date_expires
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if certificate_sid is not UNSET:
            field_dict["certificate_sid"] = certificate_sid
        if url is not UNSET:
            field_dict["url"] = url
        if cert_in_validation is not UNSET:
            field_dict["cert_in_validation"] = cert_in_validation

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_cert_v4_cert_in_validation_type_0 import DomainCertV4CertInValidationType0 # noqa: PLC0415
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


        def _parse_cert_in_validation(data: object) -> DomainCertV4CertInValidationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cert_in_validation_type_0 = DomainCertV4CertInValidationType0.from_dict(data)



                return cert_in_validation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainCertV4CertInValidationType0 | None | Unset, data)

        cert_in_validation = _parse_cert_in_validation(d.pop("cert_in_validation", UNSET))


        domain_cert_v4 = cls(
            domain_sid=domain_sid,
            date_updated=date_updated,
            date_expires=date_expires,
            date_created=date_created,
            domain_name=domain_name,
            certificate_sid=certificate_sid,
            url=url,
            cert_in_validation=cert_in_validation,
        )


        domain_cert_v4.additional_properties = d
        return domain_cert_v4

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
