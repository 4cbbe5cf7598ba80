"""Resource definitions: link shortening (domain certificates, configs, service associations)."""

from __future__ import annotations

from typing import Any

from .resources import BOOL, CREATED, DATE, HTTP_URL, SID, UPDATED, URL, HookContext, Hooks, ResourceDef, parent


def _certificate_requested(ctx: HookContext, record: dict[str, Any]) -> None:
    record["cert_in_validation"] = {"date_expires": None, "status": "pending"}


def _domain_name(ctx: HookContext, record: dict[str, Any]) -> None:
    record["domain_name"] = ctx.emulator.domains[ctx.path_params["DomainSid"]]


DOMAIN_CERTIFICATES = ResourceDef(
    name="domain_certs",
    instance_path="/v1/LinkShortening/Domains/{DomainSid}/Certificate",
    prefix="CW",
    singleton=True,
    fields={
        "domain_sid": parent("DomainSid"),
        "date_updated": UPDATED,
        "date_expires": DATE,
        "date_created": CREATED,
        "domain_name": None,
        "certificate_sid": SID,
        "url": URL,
        "cert_in_validation": None,
    },
    required=("TlsCert",),
    ops=frozenset({"create", "fetch", "delete"}),
    parents=(("DomainSid", "domains"),),
    hooks=Hooks(before_create=_certificate_requested, after_create=_domain_name),
)

DOMAIN_CONFIGS = ResourceDef(
    name="domain_configs",
    instance_path="/v1/LinkShortening/Domains/{DomainSid}/Config",
    prefix="ZK",
    singleton=True,
    fields={
        "domain_sid": parent("DomainSid"),
        "config_sid": SID,
        "fallback_url": None,
        "callback_url": None,
        "continue_on_failure": False,
        "date_created": CREATED,
        "date_updated": UPDATED,
        "url": URL,
        "disable_https": False,
    },
    writable={
        "fallback_url": HTTP_URL,
        "callback_url": HTTP_URL,
        "continue_on_failure": BOOL,
        "disable_https": BOOL,
    },
    ops=frozenset({"create", "fetch"}),
    parents=(("DomainSid", "domains"),),
)

MANAGED_CERTIFICATES = ResourceDef(
    name="managed_certs",
    instance_path="/v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert",
    prefix="CW",
    singleton=True,
    fields={
        "domain_sid": parent("DomainSid"),
        "date_updated": UPDATED,
        "date_created": CREATED,
        "date_expires": DATE,
        "domain_name": None,
        "certificate_sid": SID,
        "url": URL,
        "managed": True,
        "requesting": True,
    },
    ops=frozenset({"create"}),
    parents=(("DomainSid", "domains"),),
    hooks=Hooks(after_create=_domain_name),
)

DOMAIN_SERVICES = ResourceDef(
    name="domain_services",
    instance_path="/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}",
    singleton=True,
    fields={"domain_sid": parent("DomainSid"), "messaging_service_sid": parent("MessagingServiceSid"), "url": URL},
    ops=frozenset({"create", "delete"}),
    update_status=201,
    parents=(("DomainSid", "domains"), ("MessagingServiceSid", "services")),
)

RESOURCES = (DOMAIN_CERTIFICATES, DOMAIN_CONFIGS, MANAGED_CERTIFICATES, DOMAIN_SERVICES)
