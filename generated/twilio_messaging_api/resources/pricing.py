





"""The Pricing resources: sync and async classes, one per place in the resource tree."""

import datetime
from typing import Any

from twilio_messaging._arguments import check, check_list, enum_value
from twilio_messaging._operation import AsyncRequester, SyncRequester
from twilio_messaging.pagination import AsyncPage, AsyncPager, Page, Pager, page_size_for

from ..types import UNSET, Unset
from ..api.pricing_v1_country import fetch_messaging_country
from ..api.pricing_v1_country import list_messaging_country
from ..models.messaging_country_page import MessagingCountryPage
from ..models.messaging_country import MessagingCountry
from ..models.messaging_country_summary import MessagingCountrySummary



class Pricing:
    """The Pricing resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def countries(self) -> "PricingCountries":
        return PricingCountries(self._client, self._path)



class PricingCountries:
    """The PricingCountries resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, iso_country: str) -> "PricingCountriesInstance":
        """Address one resource by its iso_country."""
        check("iso_country", iso_country, str)
        return PricingCountriesInstance(self._client, (*self._path, iso_country))

    def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> Pager[MessagingCountrySummary]:
        """List messaging price countries.
        Returns the countries that have messaging prices; fetch one country to see its prices. Results
        are paged.

        ``GET /v1/Messaging/Countries`` on the pricing host.

        Args:
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        
        request = list_messaging_country.build_request(
            page_size=page_size_for(limit, page_size),
        )
        return Pager(self._client, request, MessagingCountrySummary.from_dict, limit=limit)

    def page(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> Page[MessagingCountrySummary]:
        """List messaging price countries.
        Returns the countries that have messaging prices; fetch one country to see its prices. Results
        are paged.

        ``GET /v1/Messaging/Countries`` on the pricing host.

        Args:
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        
        request = list_messaging_country.build_request(
            page_size=page_size,
            page=page_number,
            page_token=page_token,
        )
        return Page.fetch(self._client, request, MessagingCountrySummary.from_dict)



class PricingCountriesInstance:
    """One PricingCountries resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def fetch(
        self,

    ) -> MessagingCountry:
        """Fetch messaging prices for a country.
        Returns what it costs to send SMS in a country, per carrier network, and to receive SMS there,
        per number type, in the currency given by price_unit.

        ``GET /v1/Messaging/Countries/{IsoCountry}`` on the pricing host.
        """
        
        request = fetch_messaging_country.build_request(
            iso_country=self._path[0],
        )
        return fetch_messaging_country.parse(self._client.send(request))



class AsyncPricing:
    """The Pricing resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def countries(self) -> "AsyncPricingCountries":
        return AsyncPricingCountries(self._client, self._path)



class AsyncPricingCountries:
    """The PricingCountries resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, iso_country: str) -> "AsyncPricingCountriesInstance":
        """Address one resource by its iso_country."""
        check("iso_country", iso_country, str)
        return AsyncPricingCountriesInstance(self._client, (*self._path, iso_country))

    def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[MessagingCountrySummary]:
        """List messaging price countries.
        Returns the countries that have messaging prices; fetch one country to see its prices. Results
        are paged.

        ``GET /v1/Messaging/Countries`` on the pricing host.

        Args:
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        
        request = list_messaging_country.build_request(
            page_size=page_size_for(limit, page_size),
        )
        return AsyncPager(self._client, request, MessagingCountrySummary.from_dict, limit=limit)

    async def page(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> AsyncPage[MessagingCountrySummary]:
        """List messaging price countries.
        Returns the countries that have messaging prices; fetch one country to see its prices. Results
        are paged.

        ``GET /v1/Messaging/Countries`` on the pricing host.

        Args:
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        
        request = list_messaging_country.build_request(
            page_size=page_size,
            page=page_number,
            page_token=page_token,
        )
        return await AsyncPage.fetch(self._client, request, MessagingCountrySummary.from_dict)



class AsyncPricingCountriesInstance:
    """One PricingCountries resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def fetch(
        self,

    ) -> MessagingCountry:
        """Fetch messaging prices for a country.
        Returns what it costs to send SMS in a country, per carrier network, and to receive SMS there,
        per number type, in the currency given by price_unit.

        ``GET /v1/Messaging/Countries/{IsoCountry}`` on the pricing host.
        """
        
        request = fetch_messaging_country.build_request(
            iso_country=self._path[0],
        )
        return fetch_messaging_country.parse(await self._client.send(request))

