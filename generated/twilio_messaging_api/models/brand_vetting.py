from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.brand_vetting_provider import BrandVettingProvider
from ..types import UNSET, Unset
from twilio_messaging._datetime import parse_timestamp
from typing import cast
import datetime






T = TypeVar("T", bound="BrandVetting")



@_attrs_define
class BrandVetting:
    """ A third-party vetting record attached to a brand registration.

     """

    account_sid: None | str | Unset = UNSET
    """ SID of the account that owns the vetting record. """
    brand_sid: None | str | Unset = UNSET
    """ SID of the brand registration this vetting belongs to. """
    brand_vetting_sid: None | str | Unset = UNSET
    """ Unique identifier of the vetting record, starting with VT. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ When the vetting record was last changed, as an ISO 8601 timestamp in UTC. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ When the vetting record was created, as an ISO 8601 timestamp in UTC. """
    vetting_id: None | str | Unset = UNSET
    """ ID that the outside vetting provider assigned to this vetting. """
    vetting_class: None | str | Unset = UNSET
    """ Category of vetting performed, e.g. POLITICAL (Campaign Verify) or STANDARD (Aegis). """
    vetting_status: None | str | Unset = UNSET
    """ Progress of the vetting, e.g. PENDING, IN_PROGRESS, SUCCESS or FAILED. """
    vetting_provider: BrandVettingProvider | Unset = UNSET
    """ Third-party vetting provider: campaign-verify (Campaign Verify tokens for political senders) or aegis
    (secondary vetting by Aegis Mobile). """
    url: None | str | Unset = UNSET
    """ Full URL of this vetting record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        brand_sid: None | str | Unset
        if isinstance(self.brand_sid, Unset):
            brand_sid = UNSET
        else:
            brand_sid = self.brand_sid

        brand_vetting_sid: None | str | Unset
        if isinstance(self.brand_vetting_sid, Unset):
            brand_vetting_sid = UNSET
        else:
            brand_vetting_sid = self.brand_vetting_sid

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

        vetting_id: None | str | Unset
        if isinstance(self.vetting_id, Unset):
            vetting_id = UNSET
        else:
            vetting_id = self.vetting_id

        vetting_class: None | str | Unset
        if isinstance(self.vetting_class, Unset):
            vetting_class = UNSET
        else:
            vetting_class = self.vetting_class

        vetting_status: None | str | Unset
        if isinstance(self.vetting_status, Unset):
            vetting_status = UNSET
        else:
            vetting_status = self.vetting_status

        vetting_provider: str | Unset = UNSET
        if not isinstance(self.vetting_provider, Unset):
            vetting_provider = self.vetting_provider.value


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
        if brand_sid is not UNSET:
            field_dict["brand_sid"] = brand_sid
        if brand_vetting_sid is not UNSET:
            field_dict["brand_vetting_sid"] = brand_vetting_sid
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if vetting_id is not UNSET:
            field_dict["vetting_id"] = vetting_id
        if vetting_class is not UNSET:
            field_dict["vetting_class"] = vetting_class
        if vetting_status is not UNSET:
            field_dict["vetting_status"] = vetting_status
        if vetting_provider is not UNSET:
            field_dict["vetting_provider"] = vetting_provider
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


        def _parse_brand_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_sid = _parse_brand_sid(d.pop("brand_sid", UNSET))


        def _parse_brand_vetting_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_vetting_sid = _parse_brand_vetting_sid(d.pop("brand_vetting_sid", UNSET))


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


        def _parse_vetting_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vetting_id = _parse_vetting_id(d.pop("vetting_id", UNSET))


        def _parse_vetting_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vetting_class = _parse_vetting_class(d.pop("vetting_class", UNSET))


        def _parse_vetting_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vetting_status = _parse_vetting_status(d.pop("vetting_status", UNSET))


        _vetting_provider = d.pop("vetting_provider", UNSET)
        vetting_provider: BrandVettingProvider | Unset
        if isinstance(_vetting_provider,  Unset):
            vetting_provider = UNSET
        else:
            vetting_provider = BrandVettingProvider(_vetting_provider)




        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        brand_vetting = cls(
            account_sid=account_sid,
            brand_sid=brand_sid,
            brand_vetting_sid=brand_vetting_sid,
            date_updated=date_updated,
            date_created=date_created,
            vetting_id=vetting_id,
            vetting_class=vetting_class,
            vetting_status=vetting_status,
            vetting_provider=vetting_provider,
            url=url,
        )


        brand_vetting.additional_properties = d
        return brand_vetting

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
