"""Paging over Twilio's two list envelopes, sync and async.

2010 lists carry ``next_page_uri`` (a path on the same host); v1/v2 lists carry
``meta.next_page_url`` (an absolute URL). Either way only the path and query are kept and the
next request goes through the same operation, so region, edge and ``base_url`` settings apply
to every page. A pager holds one page at a time: memory stays flat however far it walks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

from twilio_messaging_api.types import UNSET, Unset

from twilio_messaging._arguments import check
from twilio_messaging._operation import REQUEST_ID_HEADER, ApiRequest, ApiResponse, AsyncRequester, SyncRequester

T = TypeVar("T")
MAX_PAGE_SIZE = 1000
ItemParser = Callable[[dict[str, Any]], T]


def page_size_for(limit: int | None, page_size: int | None) -> int | Unset:
    """Twilio's rule: an explicit page size wins; with only a limit, min(limit, 1000); else the server's 50.

    A value of the wrong type raises TypeError, an out-of-range one ValueError, before anything is sent.
    """
    if page_size is not None:
        check("page_size", page_size, int)
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be an int from 1 to {MAX_PAGE_SIZE}, not {page_size!r}")
        return page_size
    if limit is not None:
        check("limit", limit, int)
        if limit < 0:
            raise ValueError(f"limit must be a non-negative int, not {limit!r}")
        return max(1, min(limit, MAX_PAGE_SIZE))
    return UNSET


def _checked_first(request: ApiRequest) -> ApiRequest:
    """A caller's first-page request, its PageSize checked as list() checks it (page() passes it through)."""
    page_size = (request.params or {}).get("PageSize")
    if page_size is not None:
        page_size_for(None, page_size)
    return request


def _one_item(request: ApiRequest) -> ApiRequest:
    """The first-page request asking for a single item (for ``first()``)."""
    return request._replace(params={**(request.params or {}), "PageSize": 1})


# A pager has no items until it fetches; `if not client.messages.list(to=x):` would always be false.
_NO_TRUTH_VALUE = (
    "a pager has no truth value: it fetches lazily and would always look non-empty. "
    "Use `{first} is None` to test for an empty list, or `{to_list}` to get the items"
)


def _next_link(request: ApiRequest, body: dict[str, Any]) -> str | None:
    if request.operation.paging == "v2010":
        link = body.get("next_page_uri")
    else:
        link = (body.get("meta") or {}).get("next_page_url")
    return link if isinstance(link, str) and link else None


def _request_for(request: ApiRequest, link: str) -> ApiRequest:
    parts = urlsplit(link)
    return request._replace(path=parts.path, params=dict(parse_qsl(parts.query, keep_blank_values=True)))


class _PageBase(Generic[T]):
    """One page of results: the items, the page's raw envelope and where the next page is."""

    def __init__(self, request: ApiRequest, response: ApiResponse, parse_item: ItemParser[T]) -> None:
        body: dict[str, Any] = response.json()
        key = request.operation.items_key or ""
        self._raw_items: list[dict[str, Any]] = body.get(key) or []
        self._items: list[T] | None = None
        self.envelope: dict[str, Any] = {k: v for k, v in body.items() if k != key}
        # Status and headers, not the response: a page's raw body would otherwise stay alive while its items are walked.
        self.status_code = response.status_code
        self.headers = response.headers
        self._request = request
        self._parse_item = parse_item
        self.next_link = _next_link(request, body)

    @property
    def items(self) -> list[T]:
        """The page's items as models (built on first access; a Pager's walk builds each one as it yields it)."""
        if self._items is None:
            self._items = [self._parse_item(item) for item in self._raw_items]
        return self._items

    def _walk(self) -> Iterator[T]:
        """The items one by one, each model made only when reached: a walk then keeps no page of models alive."""
        if self._items is not None:
            return iter(self._items)
        return map(self._parse_item, self._raw_items)

    @property
    def request_id(self) -> str | None:
        """Twilio's id for the request that fetched this page (``Twilio-Request-Id``)."""
        value: str | None = self.headers.get(REQUEST_ID_HEADER)
        return value

    def has_next_page(self) -> bool:
        return self.next_link is not None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        name = self._request.operation.name
        return f"<{type(self).__name__} {name}: {len(self.items)} items, next={self.has_next_page()}>"

    def _next_request(self) -> ApiRequest | None:
        return None if self.next_link is None else _request_for(self._request, self.next_link)


class Page(_PageBase[T]):
    """A page fetched with a sync client."""

    def __init__(
        self, client: SyncRequester, request: ApiRequest, response: ApiResponse, parse: ItemParser[T]
    ) -> None:
        super().__init__(request, response, parse)
        self._client = client

    @classmethod
    def fetch(cls, client: SyncRequester, request: ApiRequest, parse_item: ItemParser[T]) -> Page[T]:
        return cls(client, request, client.send(_checked_first(request)), parse_item)

    def next_page(self) -> Page[T] | None:
        """Fetch the page after this one; None after the last page (as twilio-python does)."""
        request = self._next_request()
        if request is None:
            return None
        return Page(self._client, request, self._client.send(request), self._parse_item)


class AsyncPage(_PageBase[T]):
    """A page fetched with an async client."""

    def __init__(
        self, client: AsyncRequester, request: ApiRequest, response: ApiResponse, parse: ItemParser[T]
    ) -> None:
        super().__init__(request, response, parse)
        self._client = client

    @classmethod
    async def fetch(cls, client: AsyncRequester, request: ApiRequest, parse_item: ItemParser[T]) -> AsyncPage[T]:
        return cls(client, request, await client.send(_checked_first(request)), parse_item)

    async def next_page(self) -> AsyncPage[T] | None:
        """Fetch the page after this one; None after the last page (never StopAsyncIteration, which would
        end an enclosing ``async for`` early without a word)."""
        request = self._next_request()
        if request is None:
            return None
        return AsyncPage(self._client, request, await self._client.send(request), self._parse_item)


class Pager(Generic[T]):
    """Every item of a list, fetched page by page as iteration reaches it."""

    def __init__(
        self, client: SyncRequester, request: ApiRequest, parse_item: ItemParser[T], *, limit: int | None
    ) -> None:
        self._client, self._request, self._parse_item, self._limit = client, request, parse_item, limit

    def pages(self) -> Iterator[Page[T]]:
        """The pages themselves, one request each."""
        page: Page[T] | None = Page.fetch(self._client, self._request, self._parse_item)
        while page is not None:
            yield page
            page = page.next_page()

    def first(self) -> T | None:
        """The first item, or None when the list is empty: one request for a page of one."""
        if self._limit == 0:
            return None
        page = Page.fetch(self._client, _one_item(self._request), self._parse_item)
        return page.items[0] if page.items else None

    def to_list(self) -> list[T]:
        """Every item (up to the pager's limit) in a list: fetches them all, so give list() a limit."""
        return list(self)

    def __bool__(self) -> bool:
        raise TypeError(_NO_TRUTH_VALUE.format(first="first()", to_list="to_list()"))

    def __iter__(self) -> Iterator[T]:
        remaining = self._limit
        if remaining is None:
            for page in self.pages():
                yield from page._walk()
            return
        if remaining == 0:
            return
        for page in self.pages():
            for item in page._walk():
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return


class AsyncPager(Generic[T]):
    """Every item of a list for ``async for``, fetched page by page as iteration reaches it."""

    def __init__(
        self, client: AsyncRequester, request: ApiRequest, parse_item: ItemParser[T], *, limit: int | None
    ) -> None:
        self._client, self._request, self._parse_item, self._limit = client, request, parse_item, limit

    async def pages(self) -> AsyncIterator[AsyncPage[T]]:
        """The pages themselves, one request each."""
        page: AsyncPage[T] | None = await AsyncPage.fetch(self._client, self._request, self._parse_item)
        while page is not None:
            yield page
            page = await page.next_page()

    async def first(self) -> T | None:
        """The first item, or None when the list is empty: one request for a page of one."""
        if self._limit == 0:
            return None
        page = await AsyncPage.fetch(self._client, _one_item(self._request), self._parse_item)
        return page.items[0] if page.items else None

    async def to_list(self) -> list[T]:
        """Every item (up to the pager's limit) in a list: fetches them all, so give list() a limit."""
        return [item async for item in self]

    def __bool__(self) -> bool:
        raise TypeError(_NO_TRUTH_VALUE.format(first="await first()", to_list="await to_list()"))

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self._limit
        if remaining == 0:
            return
        async for page in self.pages():
            for item in page._walk():
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return
