"""Read-only and derived endpoints: use-case catalogues, deactivations, link-shortening views."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from ..behaviours import resource_paths as paths
from ..core.errors import not_found
from ..core.validation import check_iso_date, check_sid
from .routing import Handler
from .wire import base_url, json_response, query_params

if TYPE_CHECKING:
    from ..emulator import Emulator

# Messaging Service use cases (code, purpose) with short descriptions of our own.
SERVICE_USECASES = (
    ("notifications", "Notify my users.", "Transactional alerts: deliveries, accounts, reminders, security."),
    ("marketing", "Market my services.", "Promotions, offers and calls to action."),
    ("verification", "Verify users.", "One-time passcodes and login verification."),
    ("discussion", "Discuss with users.", "Two-way conversations such as support chats."),
    ("poll", "Poll users.", "Surveys, votes and other polling."),
    ("undeclared", "Undeclared.", "No use case declared for the service."),
)

# US A2P 10DLC campaign use cases: (code, name, needs post-approval).
A2P_USECASES = (
    ("2FA", "Two-Factor authentication (2FA)", False),
    ("ACCOUNT_NOTIFICATION", "Account Notification", False),
    ("AGENTS_FRANCHISES", "Agents and Franchises", True),
    ("CHARITY", "Charity", False),
    ("PROXY", "Proxy", True),
    ("CUSTOMER_CARE", "Customer Care", False),
    ("DELIVERY_NOTIFICATION", "Delivery Notification", False),
    ("EMERGENCY", "Emergency", True),
    ("FRAUD_ALERT", "Fraud Alert Messaging", False),
    ("HIGHER_EDUCATION", "Higher Education", False),
    ("K12_EDUCATION", "K-12 Education", True),
    ("LOW_VOLUME", "Low Volume Mixed", False),
    ("MARKETING", "Marketing", False),
    ("MIXED", "Mixed", False),
    ("POLITICAL", "Political", False),
    ("POLLING_VOTING", "Polling and voting", False),
    ("PUBLIC_SERVICE_ANNOUNCEMENT", "Public Service Announcement", False),
    ("SECURITY_ALERT", "Security Alert", False),
    ("SOCIAL", "Social", True),
    ("SWEEPSTAKE", "Sweepstake", True),
)


def _a2p_usecases() -> list[dict[str, Any]]:
    return [
        {"code": code, "name": name, "description": f"Campaigns of the {name} kind.", "post_approval_required": post}
        for code, name, post in A2P_USECASES
    ]


def extra_handlers(emulator: Emulator) -> dict[str, Handler]:
    tables = emulator.tables

    async def service_usecases(request: Request) -> Response:
        return json_response(
            {"usecases": [{"usecase": u, "description": d, "purpose": p} for u, p, d in SERVICE_USECASES]}
        )

    async def a2p_usecases(request: Request) -> Response:
        brand = query_params(request).get("BrandRegistrationSid")
        if brand is not None:
            check_sid("BrandRegistrationSid", brand, "BN")
        if tables[paths.SERVICES].by_sid(request.path_params["MessagingServiceSid"]) is None:
            raise not_found(request.scope["path"])
        return json_response({"us_app_to_person_usecases": _a2p_usecases()})

    async def deactivations(request: Request) -> Response:
        date = query_params(request).get("Date")
        date = emulator.clock.now().strftime("%Y-%m-%d") if date is None else check_iso_date("Date", date)
        target = f"{base_url(request)}/_emulator/deactivations/{date}"
        return json_response({"redirect_to": target}, 307, {"Location": target})

    def association_for(service_sid: str) -> dict[str, Any] | None:
        for record in tables[paths.DOMAIN_SERVICES].records.values():
            if record["messaging_service_sid"] == service_sid:
                return record
        return None

    async def service_domain(request: Request) -> Response:
        service_sid = request.path_params["MessagingServiceSid"]
        with emulator.lock:
            association = association_for(service_sid)
        if association is None:
            raise not_found(request.scope["path"])
        return json_response(
            {
                "domain_sid": association["domain_sid"],
                "messaging_service_sid": service_sid,
                "url": base_url(request) + request.scope["path"],
            }
        )

    async def service_domain_config(request: Request) -> Response:
        service_sid = request.path_params["MessagingServiceSid"]
        with emulator.lock:
            association = association_for(service_sid)
            config = tables[paths.DOMAIN_CONFIGS].records.get(association["domain_sid"]) if association else None
            if config is None:
                raise not_found(request.scope["path"])
            body = tables[paths.DOMAIN_CONFIGS].render(config, base_url(request))
        body["url"] = base_url(request) + request.scope["path"]
        body["messaging_service_sid"] = service_sid
        body.pop("disable_https", None)
        return json_response(body)

    return {
        "FetchUsecase": service_usecases,
        "FetchUsAppToPersonUsecase": a2p_usecases,
        "FetchDeactivation": deactivations,
        "FetchLinkshorteningMessagingServiceDomainAssociation": service_domain,
        "FetchDomainConfigMessagingService": service_domain_config,
    }


def deactivation_report(emulator: Emulator, date: str) -> PlainTextResponse:
    """The file ``/v1/Deactivations`` redirects to: one deactivated number per line."""
    numbers = "\n".join(emulator.config.deactivated_numbers)
    return PlainTextResponse(numbers + ("\n" if numbers else ""))
