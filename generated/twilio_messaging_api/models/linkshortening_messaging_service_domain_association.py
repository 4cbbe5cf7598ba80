from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LinkshorteningMessagingServiceDomainAssociation")



@_attrs_define
class LinkshorteningMessagingServiceDomainAssociation:
    """ The domain a Messaging Service uses for shortened links.

     """

    domain_sid: None | str | Unset = UNSET
    """ SID of the domain used by the Messaging Service. """
    messaging_service_sid: None | str | Unset = UNSET
    """ SID of the Messaging Service. """
    url: None | str | Unset = UNSET
    """ Full URL of this resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        domain_sid: None | str | Unset
        if isinstance(self.domain_sid, Unset):
            domain_sid = UNSET
        else:
            domain_sid = self.domain_sid

        messaging_service_sid: None | str | Unset
        if isinstance(self.messaging_service_sid, Unset):
            messaging_service_sid = UNSET
        else:
            messaging_service_sid = self.messaging_service_sid

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if domain_sid is not UNSET:
            field_dict["domain_sid"] = domain_sid
        if messaging_service_sid is not UNSET:
            field_dict["messaging_service_sid"] = messaging_service_sid
        if url is not UNSET:
            field_dict["url"] = url

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


        def _parse_messaging_service_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messaging_service_sid = _parse_messaging_service_sid(d.pop("messaging_service_sid", UNSET))


        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        linkshortening_messaging_service_domain_association = cls(
            domain_sid=domain_sid,
            messaging_service_sid=messaging_service_sid,
            url=url,
        )


        linkshortening_messaging_service_domain_association.additional_properties = d
        return linkshortening_messaging_service_domain_association

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
