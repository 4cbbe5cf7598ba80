"""List paging: PageSize/Page/PageToken and the two envelope styles (2010 and v1/v2)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

from ..core.errors import bad_request
from ..core.params import Params, parse_int

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class PageRequest:
    page: int
    page_size: int
    token: str | None


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    request: PageRequest
    start: int
    next_token: str | None
    previous_token: str | None


def parse_page_request(params: Params) -> PageRequest:
    raw_size = params.get("PageSize")
    if raw_size is None:
        size = DEFAULT_PAGE_SIZE
    else:
        try:
            size = parse_int(raw_size)
        except ValueError:
            raise bad_request(20001, f"Invalid PageSize {raw_size!r}: must be an integer") from None
        if size < 1 or size > MAX_PAGE_SIZE:
            raise bad_request(20001, f"PageSize must be between 1 and {MAX_PAGE_SIZE}, got {size}")
    raw_page = params.get("Page")
    page = 0
    if raw_page is not None:
        try:
            page = parse_int(raw_page)
        except ValueError:
            raise bad_request(20001, f"Invalid Page {raw_page!r}: must be an integer") from None
        if page < 0:
            raise bad_request(20001, "Page must not be negative")
    token = params.get("PageToken") or None
    return PageRequest(page, size, token)


def _index_of(items: Sequence[T], sid: str, sid_of: Callable[[T], str]) -> int | None:
    for index, item in enumerate(items):
        if sid_of(item) == sid:
            return index
    return None


def paginate(items: Sequence[T], request: PageRequest, sid_of: Callable[[T], str]) -> Page[T]:
    """Cut one page out of ``items``.

    A ``PageToken`` of ``PA<sid>`` continues after that item, ``PB<sid>`` ends just before it;
    both survive items being added or removed between page fetches. Without a token the
    page number gives the offset.
    """
    size = request.page_size
    start = request.page * size
    token = request.token
    if token and len(token) > 2:
        anchor = _index_of(items, token[2:], sid_of)
        if anchor is not None and token.startswith("PA"):
            start = anchor + 1
        elif anchor is not None and token.startswith("PB"):
            start = max(0, anchor - size)
    chunk = list(items[start : start + size])
    next_token = "PA" + sid_of(chunk[-1]) if chunk and start + size < len(items) else None
    previous_token = "PB" + sid_of(chunk[0]) if chunk and start > 0 else None
    return Page(chunk, request, start, next_token, previous_token)


def _query(filters: Sequence[tuple[str, str]], size: int, page: int, token: str | None) -> str:
    pairs: list[tuple[str, str]] = [*filters, ("PageSize", str(size)), ("Page", str(page))]
    if token:
        pairs.append(("PageToken", token))
    return urlencode(pairs)


def envelope_2010(
    path: str,
    filters: Sequence[tuple[str, str]],
    key: str,
    rendered: list[dict[str, Any]],
    page: Page[Any],
    *,
    totals: int | None = None,
) -> dict[str, Any]:
    """2010-04-01 envelope: relative ``*_uri`` links, ``start``/``end`` offsets.

    ``totals`` adds the legacy ``last_page_uri``/``num_pages``/``total`` trio that some
    2010 lists (Media) still carry.
    """
    req = page.request
    size = req.page_size
    body: dict[str, Any] = {
        "end": page.start + max(len(rendered) - 1, 0),
        "first_page_uri": f"{path}?{_query(filters, size, 0, None)}",
        "next_page_uri": (
            f"{path}?{_query(filters, size, req.page + 1, page.next_token)}" if page.next_token else None
        ),
        "page": req.page,
        "page_size": size,
        "previous_page_uri": (
            f"{path}?{_query(filters, size, max(req.page - 1, 0), page.previous_token)}"
            if page.previous_token
            else None
        ),
        key: rendered,
        "start": page.start,
        "uri": f"{path}?{_query(filters, size, req.page, req.token)}",
    }
    if totals is not None:
        last = max((totals - 1) // size, 0)
        body["last_page_uri"] = f"{path}?{_query(filters, size, last, None)}"
        body["num_pages"] = last + 1
        body["total"] = totals
    return body


def envelope_v1(
    base: str,
    path: str,
    filters: Sequence[tuple[str, str]],
    key: str,
    rendered: list[dict[str, Any]],
    page: Page[Any],
) -> dict[str, Any]:
    """v1/v2 envelope: a ``meta`` object with absolute URLs on the request's host."""
    req = page.request
    size = req.page_size
    url = base + path
    return {
        key: rendered,
        "meta": {
            "page": req.page,
            "page_size": size,
            "first_page_url": f"{url}?{_query(filters, size, 0, None)}",
            "previous_page_url": (
                f"{url}?{_query(filters, size, max(req.page - 1, 0), page.previous_token)}"
                if page.previous_token
                else None
            ),
            "url": f"{url}?{_query(filters, size, req.page, req.token)}",
            "next_page_url": (
                f"{url}?{_query(filters, size, req.page + 1, page.next_token)}" if page.next_token else None
            ),
            "key": key,
        },
    }
