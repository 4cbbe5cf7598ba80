





"""The Deactivations resources: sync and async classes, one per place in the resource tree."""

import datetime
from typing import Any

from twilio_messaging._arguments import check, check_list, enum_value
from twilio_messaging._operation import AsyncRequester, SyncRequester
from twilio_messaging.pagination import AsyncPage, AsyncPager, Page, Pager, page_size_for

from ..types import UNSET, Unset
from ..api.deactivations import fetch_deactivation
from ..models.deactivation import Deactivation



class Deactivations:
    """The Deactivations resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def fetch(
        self,
        *,
        date: datetime.date | Unset = UNSET,

    ) -> Deactivation:
        """Get the deactivated numbers for a day.
        Answers with HTTP 307 and a link to a file listing the US numbers that carriers deactivated on
        the given day. The link is valid for only about two minutes.

        ``GET /v1/Deactivations`` on the messaging host.

        Args:
            date: 

        """
        check("date", date, datetime.date)

        request = fetch_deactivation.build_request(
            date=date,
        )
        return fetch_deactivation.parse(self._client.send(request))



class AsyncDeactivations:
    """The Deactivations resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def fetch(
        self,
        *,
        date: datetime.date | Unset = UNSET,

    ) -> Deactivation:
        """Get the deactivated numbers for a day.
        Answers with HTTP 307 and a link to a file listing the US numbers that carriers deactivated on
        the given day. The link is valid for only about two minutes.

        ``GET /v1/Deactivations`` on the messaging host.

        Args:
            date: 

        """
        check("date", date, datetime.date)

        request = fetch_deactivation.build_request(
            date=date,
        )
        return fetch_deactivation.parse(await self._client.send(request))

