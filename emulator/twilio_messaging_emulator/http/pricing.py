"""pricing.twilio.com /v1/Messaging/Countries: price data is behaviour, so these handlers are hand-written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from ..behaviours.pricing import COUNTRIES, country_instance, country_summary
from ..core.errors import not_found
from ..spec.paging import envelope_v1, paginate, parse_page_request
from .routing import Handler
from .wire import base_url, json_response, query_params

if TYPE_CHECKING:
    from ..emulator import Emulator


def pricing_handlers(emulator: Emulator) -> dict[str, Handler]:
    ordered = sorted(COUNTRIES, key=lambda iso: COUNTRIES[iso][0])

    async def list_countries(request: Request) -> Response:
        page = paginate(ordered, parse_page_request(query_params(request)), lambda iso: iso)
        base = base_url(request)
        rendered = [country_summary(iso, base) for iso in page.items]
        return json_response(envelope_v1(base, "/v1/Messaging/Countries", [], "countries", rendered, page))

    async def fetch_country(request: Request) -> Response:
        iso = request.path_params["IsoCountry"].upper()
        if iso not in COUNTRIES:
            raise not_found(request.scope["path"])
        return json_response(country_instance(iso, base_url(request)))

    return {"ListMessagingCountry": list_countries, "FetchMessagingCountry": fetch_country}
