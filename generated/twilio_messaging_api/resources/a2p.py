





"""The A2p resources: sync and async classes, one per place in the resource tree."""

import datetime
from typing import Any

from twilio_messaging._arguments import check, check_list, enum_value
from twilio_messaging._operation import AsyncRequester, SyncRequester
from twilio_messaging.pagination import AsyncPage, AsyncPager, Page, Pager, page_size_for

from ..types import UNSET, Unset
from ..api.brand_registration import create_brand_registrations
from ..api.brand_registration import fetch_brand_registrations
from ..api.brand_registration import list_brand_registrations
from ..api.brand_registration import update_brand_registrations
from ..api.brand_registration_otp import create_brand_registration_otp
from ..api.brand_vetting import create_brand_vetting
from ..api.brand_vetting import fetch_brand_vetting
from ..api.brand_vetting import list_brand_vetting
from ..models.brand_registrations_page import BrandRegistrationsPage
from ..models.brand_registration import BrandRegistration
from ..models.create_brand_registrations_request import CreateBrandRegistrationsRequest
from ..models.brand_registration_otp import BrandRegistrationOtp
from ..models.brand_vetting_page import BrandVettingPage
from ..models.brand_vetting_provider import BrandVettingProvider
from ..models.brand_vetting import BrandVetting
from ..models.create_brand_vetting_request import CreateBrandVettingRequest
from ..models.brand_vetting_provider import BrandVettingProvider
from ..models.brand_registration import BrandRegistration
from ..models.brand_vetting import BrandVetting
from ..models.create_brand_registrations_request import CreateBrandRegistrationsRequest
from ..models.create_brand_vetting_request import CreateBrandVettingRequest



class A2p:
    """The A2p resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def brand_registrations(self) -> "A2pBrandRegistrations":
        return A2pBrandRegistrations(self._client, self._path)



class A2pBrandRegistrations:
    """The A2pBrandRegistrations resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "A2pBrandRegistrationsInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return A2pBrandRegistrationsInstance(self._client, (*self._path, sid))

    def create(
        self,
        *,
        customer_profile_bundle_sid: str,
        a2p_profile_bundle_sid: str,
        brand_type: str | Unset = UNSET,
        mock: bool | Unset = UNSET,
        skip_automatic_sec_vet: bool | Unset = UNSET,

    ) -> BrandRegistration:
        """Register a brand.
        Submits a business for A2P 10DLC brand registration, built from a Trust Hub customer profile
        bundle and an A2P messaging profile bundle. Registration is asynchronous: check the status until
        it becomes APPROVED or FAILED.

        ``POST /v1/a2p/BrandRegistrations`` on the messaging host.

        Args:
            customer_profile_bundle_sid: SID of the Trust Hub customer profile bundle (starts with BU) that describes the
                business.
            a2p_profile_bundle_sid: SID of the A2P messaging profile bundle (starts with BU) that holds the brand's
                registration details.
            brand_type: Kind of brand to register: STANDARD for most businesses, or SOLE_PROPRIETOR for
                individuals without a tax ID who send small volumes.
            mock: If true, creates a mock brand for testing rather than a real registration; defaults to
                false.
            skip_automatic_sec_vet: If true, turns off the secondary vetting that would otherwise run automatically for this
                brand.

        """
        check("customer_profile_bundle_sid", customer_profile_bundle_sid, str)
        check("a2p_profile_bundle_sid", a2p_profile_bundle_sid, str)
        check("brand_type", brand_type, str)
        check("mock", mock, bool)
        check("skip_automatic_sec_vet", skip_automatic_sec_vet, bool)

        request = create_brand_registrations.build_request(
            body=CreateBrandRegistrationsRequest(
                customer_profile_bundle_sid=customer_profile_bundle_sid,
                a2p_profile_bundle_sid=a2p_profile_bundle_sid,
                brand_type=brand_type,
                mock=mock,
                skip_automatic_sec_vet=skip_automatic_sec_vet,
            ),
        )
        return create_brand_registrations.parse(self._client.send(request))

    def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> Pager[BrandRegistration]:
        """List brand registrations.
        Returns the account's brand registrations one page at a time.

        ``GET /v1/a2p/BrandRegistrations`` on the messaging host.

        Args:
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        
        request = list_brand_registrations.build_request(
            page_size=page_size_for(limit, page_size),
        )
        return Pager(self._client, request, BrandRegistration.from_dict, limit=limit)

    def page(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> Page[BrandRegistration]:
        """List brand registrations.
        Returns the account's brand registrations one page at a time.

        ``GET /v1/a2p/BrandRegistrations`` on the messaging host.

        Args:
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        
        request = list_brand_registrations.build_request(
            page_size=page_size,
            page=page_number,
            page_token=page_token,
        )
        return Page.fetch(self._client, request, BrandRegistration.from_dict)



class A2pBrandRegistrationsInstance:
    """One A2pBrandRegistrations resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def sms_otp(self) -> "A2pBrandRegistrationsSmsOtp":
        return A2pBrandRegistrationsSmsOtp(self._client, self._path)

    @property
    def vettings(self) -> "A2pBrandRegistrationsVettings":
        return A2pBrandRegistrationsVettings(self._client, self._path)

    def fetch(
        self,

    ) -> BrandRegistration:
        """Fetch a brand registration.
        Returns one brand registration with its registration status, identity status, score and any
        errors found during review.

        ``GET /v1/a2p/BrandRegistrations/{Sid}`` on the messaging host.
        """
        
        request = fetch_brand_registrations.build_request(
            sid=self._path[0],
        )
        return fetch_brand_registrations.parse(self._client.send(request))

    def update(
        self,

    ) -> BrandRegistration:
        """Resubmit a brand registration.
        Retries registration of a brand, typically one in FAILED status whose profile bundles have since
        been corrected. No request body is needed; the 202 response means the retry was accepted and
        runs asynchronously.

        ``POST /v1/a2p/BrandRegistrations/{Sid}`` on the messaging host.
        """
        
        request = update_brand_registrations.build_request(
            sid=self._path[0],
        )
        return update_brand_registrations.parse(self._client.send(request))



class A2pBrandRegistrationsSmsOtp:
    """The A2pBrandRegistrationsSmsOtp resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def create(
        self,

    ) -> BrandRegistrationOtp:
        """Resend a brand verification OTP.
        Sends a fresh one-time passcode to the mobile number on file for a Sole Proprietor brand, for
        example after the earlier code expired. Only brands of type SOLE_PROPRIETOR use this step.

        ``POST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp`` on the messaging host.
        """
        
        request = create_brand_registration_otp.build_request(
            brand_registration_sid=self._path[0],
        )
        return create_brand_registration_otp.parse(self._client.send(request))



class A2pBrandRegistrationsVettings:
    """The A2pBrandRegistrationsVettings resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "A2pBrandRegistrationsVettingsInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return A2pBrandRegistrationsVettingsInstance(self._client, (*self._path, sid))

    def create(
        self,
        *,
        vetting_provider: BrandVettingProvider | str,
        vetting_id: str | Unset = UNSET,

    ) -> BrandVetting:
        """Create a brand vetting.
        Attaches external vetting to a brand, either by importing an existing result (such as a Campaign
        Verify token for political messaging) or by requesting a new one. The vetting may finish later,
        so check vetting_status.

        ``POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings`` on the messaging host.

        Args:
            vetting_provider: Third-party vetting provider: campaign-verify (Campaign Verify tokens for political
                senders) or aegis (secondary vetting by Aegis Mobile).
            vetting_id: Identifier the provider issued for an existing vetting, such as a Campaign Verify token;
                used when importing.

        """
        vetting_provider_value = enum_value("vetting_provider", vetting_provider, BrandVettingProvider)
        check("vetting_id", vetting_id, str)

        request = create_brand_vetting.build_request(
            brand_sid=self._path[0],
            body=CreateBrandVettingRequest(
                vetting_provider=vetting_provider_value,
                vetting_id=vetting_id,
            ),
        )
        return create_brand_vetting.parse(self._client.send(request))

    def list(
        self,
        *,
        vetting_provider: BrandVettingProvider | str | Unset = UNSET,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> Pager[BrandVetting]:
        """List brand vettings.
        Returns the vetting records of a brand, optionally limited to one vetting provider.

        ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings`` on the messaging host.

        Args:
            vetting_provider: Third-party vetting provider: campaign-verify (Campaign Verify tokens for political
                senders) or aegis (secondary vetting by Aegis Mobile).
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        vetting_provider_value = enum_value("vetting_provider", vetting_provider, BrandVettingProvider)

        request = list_brand_vetting.build_request(
            brand_sid=self._path[0],
            vetting_provider=vetting_provider_value,
        )
        return Pager(self._client, request, BrandVetting.from_dict, limit=limit)

    def page(
        self,
        *,
        vetting_provider: BrandVettingProvider | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> Page[BrandVetting]:
        """List brand vettings.
        Returns the vetting records of a brand, optionally limited to one vetting provider.

        ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings`` on the messaging host.

        Args:
            vetting_provider: Third-party vetting provider: campaign-verify (Campaign Verify tokens for political
                senders) or aegis (secondary vetting by Aegis Mobile).
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        vetting_provider_value = enum_value("vetting_provider", vetting_provider, BrandVettingProvider)

        request = list_brand_vetting.build_request(
            brand_sid=self._path[0],
            vetting_provider=vetting_provider_value,
        )
        return Page.fetch(self._client, request, BrandVetting.from_dict)



class A2pBrandRegistrationsVettingsInstance:
    """One A2pBrandRegistrationsVettings resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def fetch(
        self,

    ) -> BrandVetting:
        """Fetch a brand vetting.
        Returns a single vetting record of a brand with its provider, class and status.

        ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}`` on the messaging host.
        """
        
        request = fetch_brand_vetting.build_request(
            brand_sid=self._path[0],
            brand_vetting_sid=self._path[1],
        )
        return fetch_brand_vetting.parse(self._client.send(request))



class AsyncA2p:
    """The A2p resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def brand_registrations(self) -> "AsyncA2pBrandRegistrations":
        return AsyncA2pBrandRegistrations(self._client, self._path)



class AsyncA2pBrandRegistrations:
    """The A2pBrandRegistrations resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "AsyncA2pBrandRegistrationsInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return AsyncA2pBrandRegistrationsInstance(self._client, (*self._path, sid))

    async def create(
        self,
        *,
        customer_profile_bundle_sid: str,
        a2p_profile_bundle_sid: str,
        brand_type: str | Unset = UNSET,
        mock: bool | Unset = UNSET,
        skip_automatic_sec_vet: bool | Unset = UNSET,

    ) -> BrandRegistration:
        """Register a brand.
        Submits a business for A2P 10DLC brand registration, built from a Trust Hub customer profile
        bundle and an A2P messaging profile bundle. Registration is asynchronous: check the status until
        it becomes APPROVED or FAILED.

        ``POST /v1/a2p/BrandRegistrations`` on the messaging host.

        Args:
            customer_profile_bundle_sid: SID of the Trust Hub customer profile bundle (starts with BU) that describes the
                business.
            a2p_profile_bundle_sid: SID of the A2P messaging profile bundle (starts with BU) that holds the brand's
                registration details.
            brand_type: Kind of brand to register: STANDARD for most businesses, or SOLE_PROPRIETOR for
                individuals without a tax ID who send small volumes.
            mock: If true, creates a mock brand for testing rather than a real registration; defaults to
                false.
            skip_automatic_sec_vet: If true, turns off the secondary vetting that would otherwise run automatically for this
                brand.

        """
        check("customer_profile_bundle_sid", customer_profile_bundle_sid, str)
        check("a2p_profile_bundle_sid", a2p_profile_bundle_sid, str)
        check("brand_type", brand_type, str)
        check("mock", mock, bool)
        check("skip_automatic_sec_vet", skip_automatic_sec_vet, bool)

        request = create_brand_registrations.build_request(
            body=CreateBrandRegistrationsRequest(
                customer_profile_bundle_sid=customer_profile_bundle_sid,
                a2p_profile_bundle_sid=a2p_profile_bundle_sid,
                brand_type=brand_type,
                mock=mock,
                skip_automatic_sec_vet=skip_automatic_sec_vet,
            ),
        )
        return create_brand_registrations.parse(await self._client.send(request))

    def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[BrandRegistration]:
        """List brand registrations.
        Returns the account's brand registrations one page at a time.

        ``GET /v1/a2p/BrandRegistrations`` on the messaging host.

        Args:
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        
        request = list_brand_registrations.build_request(
            page_size=page_size_for(limit, page_size),
        )
        return AsyncPager(self._client, request, BrandRegistration.from_dict, limit=limit)

    async def page(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> AsyncPage[BrandRegistration]:
        """List brand registrations.
        Returns the account's brand registrations one page at a time.

        ``GET /v1/a2p/BrandRegistrations`` on the messaging host.

        Args:
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        
        request = list_brand_registrations.build_request(
            page_size=page_size,
            page=page_number,
            page_token=page_token,
        )
        return await AsyncPage.fetch(self._client, request, BrandRegistration.from_dict)



class AsyncA2pBrandRegistrationsInstance:
    """One A2pBrandRegistrations resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def sms_otp(self) -> "AsyncA2pBrandRegistrationsSmsOtp":
        return AsyncA2pBrandRegistrationsSmsOtp(self._client, self._path)

    @property
    def vettings(self) -> "AsyncA2pBrandRegistrationsVettings":
        return AsyncA2pBrandRegistrationsVettings(self._client, self._path)

    async def fetch(
        self,

    ) -> BrandRegistration:
        """Fetch a brand registration.
        Returns one brand registration with its registration status, identity status, score and any
        errors found during review.

        ``GET /v1/a2p/BrandRegistrations/{Sid}`` on the messaging host.
        """
        
        request = fetch_brand_registrations.build_request(
            sid=self._path[0],
        )
        return fetch_brand_registrations.parse(await self._client.send(request))

    async def update(
        self,

    ) -> BrandRegistration:
        """Resubmit a brand registration.
        Retries registration of a brand, typically one in FAILED status whose profile bundles have since
        been corrected. No request body is needed; the 202 response means the retry was accepted and
        runs asynchronously.

        ``POST /v1/a2p/BrandRegistrations/{Sid}`` on the messaging host.
        """
        
        request = update_brand_registrations.build_request(
            sid=self._path[0],
        )
        return update_brand_registrations.parse(await self._client.send(request))



class AsyncA2pBrandRegistrationsSmsOtp:
    """The A2pBrandRegistrationsSmsOtp resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def create(
        self,

    ) -> BrandRegistrationOtp:
        """Resend a brand verification OTP.
        Sends a fresh one-time passcode to the mobile number on file for a Sole Proprietor brand, for
        example after the earlier code expired. Only brands of type SOLE_PROPRIETOR use this step.

        ``POST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp`` on the messaging host.
        """
        
        request = create_brand_registration_otp.build_request(
            brand_registration_sid=self._path[0],
        )
        return create_brand_registration_otp.parse(await self._client.send(request))



class AsyncA2pBrandRegistrationsVettings:
    """The A2pBrandRegistrationsVettings resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "AsyncA2pBrandRegistrationsVettingsInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return AsyncA2pBrandRegistrationsVettingsInstance(self._client, (*self._path, sid))

    async def create(
        self,
        *,
        vetting_provider: BrandVettingProvider | str,
        vetting_id: str | Unset = UNSET,

    ) -> BrandVetting:
        """Create a brand vetting.
        Attaches external vetting to a brand, either by importing an existing result (such as a Campaign
        Verify token for political messaging) or by requesting a new one. The vetting may finish later,
        so check vetting_status.

        ``POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings`` on the messaging host.

        Args:
            vetting_provider: Third-party vetting provider: campaign-verify (Campaign Verify tokens for political
                senders) or aegis (secondary vetting by Aegis Mobile).
            vetting_id: Identifier the provider issued for an existing vetting, such as a Campaign Verify token;
                used when importing.

        """
        vetting_provider_value = enum_value("vetting_provider", vetting_provider, BrandVettingProvider)
        check("vetting_id", vetting_id, str)

        request = create_brand_vetting.build_request(
            brand_sid=self._path[0],
            body=CreateBrandVettingRequest(
                vetting_provider=vetting_provider_value,
                vetting_id=vetting_id,
            ),
        )
        return create_brand_vetting.parse(await self._client.send(request))

    def list(
        self,
        *,
        vetting_provider: BrandVettingProvider | str | Unset = UNSET,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[BrandVetting]:
        """List brand vettings.
        Returns the vetting records of a brand, optionally limited to one vetting provider.

        ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings`` on the messaging host.

        Args:
            vetting_provider: Third-party vetting provider: campaign-verify (Campaign Verify tokens for political
                senders) or aegis (secondary vetting by Aegis Mobile).
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        vetting_provider_value = enum_value("vetting_provider", vetting_provider, BrandVettingProvider)

        request = list_brand_vetting.build_request(
            brand_sid=self._path[0],
            vetting_provider=vetting_provider_value,
        )
        return AsyncPager(self._client, request, BrandVetting.from_dict, limit=limit)

    async def page(
        self,
        *,
        vetting_provider: BrandVettingProvider | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> AsyncPage[BrandVetting]:
        """List brand vettings.
        Returns the vetting records of a brand, optionally limited to one vetting provider.

        ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings`` on the messaging host.

        Args:
            vetting_provider: Third-party vetting provider: campaign-verify (Campaign Verify tokens for political
                senders) or aegis (secondary vetting by Aegis Mobile).
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        vetting_provider_value = enum_value("vetting_provider", vetting_provider, BrandVettingProvider)

        request = list_brand_vetting.build_request(
            brand_sid=self._path[0],
            vetting_provider=vetting_provider_value,
        )
        return await AsyncPage.fetch(self._client, request, BrandVetting.from_dict)



class AsyncA2pBrandRegistrationsVettingsInstance:
    """One A2pBrandRegistrationsVettings resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def fetch(
        self,

    ) -> BrandVetting:
        """Fetch a brand vetting.
        Returns a single vetting record of a brand with its provider, class and status.

        ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}`` on the messaging host.
        """
        
        request = fetch_brand_vetting.build_request(
            brand_sid=self._path[0],
            brand_vetting_sid=self._path[1],
        )
        return fetch_brand_vetting.parse(await self._client.send(request))

