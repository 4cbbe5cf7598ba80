





"""The LinkShortening resources: sync and async classes, one per place in the resource tree."""

import datetime
from typing import Any

from twilio_messaging._arguments import check, check_list, enum_value
from twilio_messaging._operation import AsyncRequester, SyncRequester
from twilio_messaging.pagination import AsyncPage, AsyncPager, Page, Pager, page_size_for

from ..types import UNSET, Unset
from ..api.domain_certs import delete_domain_cert_v4
from ..api.domain_certs import fetch_domain_cert_v4
from ..api.domain_certs import update_domain_cert_v4
from ..api.domain_config import fetch_domain_config
from ..api.domain_config import update_domain_config
from ..api.domain_config_messaging_service import fetch_domain_config_messaging_service
from ..api.linkshortening_messaging_service import create_linkshortening_messaging_service
from ..api.linkshortening_messaging_service import delete_linkshortening_messaging_service
from ..api.linkshortening_messaging_service_domain_association import fetch_linkshortening_messaging_service_domain_association
from ..api.request_managed_cert import update_request_managed_cert
from ..models.domain_cert_v4 import DomainCertV4
from ..models.update_domain_cert_v4_request import UpdateDomainCertV4Request
from ..models.domain_config import DomainConfig
from ..models.update_domain_config_request import UpdateDomainConfigRequest
from ..models.linkshortening_messaging_service import LinkshorteningMessagingService
from ..models.request_managed_cert import RequestManagedCert
from ..models.domain_config_messaging_service import DomainConfigMessagingService
from ..models.linkshortening_messaging_service_domain_association import LinkshorteningMessagingServiceDomainAssociation
from ..models.update_domain_cert_v4_request import UpdateDomainCertV4Request
from ..models.update_domain_config_request import UpdateDomainConfigRequest



class LinkShortening:
    """The LinkShortening resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def domains(self) -> "LinkShorteningDomains":
        return LinkShorteningDomains(self._client, self._path)

    @property
    def messaging_service(self) -> "LinkShorteningMessagingService":
        return LinkShorteningMessagingService(self._client, self._path)

    @property
    def messaging_services(self) -> "LinkShorteningMessagingServices":
        return LinkShorteningMessagingServices(self._client, self._path)



class LinkShorteningDomains:
    """The LinkShorteningDomains resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "LinkShorteningDomainsInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return LinkShorteningDomainsInstance(self._client, (*self._path, sid))



class LinkShorteningDomainsInstance:
    """One LinkShorteningDomains resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def certificate(self) -> "LinkShorteningDomainsCertificate":
        return LinkShorteningDomainsCertificate(self._client, self._path)

    @property
    def config(self) -> "LinkShorteningDomainsConfig":
        return LinkShorteningDomainsConfig(self._client, self._path)

    @property
    def messaging_services(self) -> "LinkShorteningDomainsMessagingServices":
        return LinkShorteningDomainsMessagingServices(self._client, self._path)

    @property
    def request_managed_cert(self) -> "LinkShorteningDomainsRequestManagedCert":
        return LinkShorteningDomainsRequestManagedCert(self._client, self._path)



class LinkShorteningDomainsCertificate:
    """The LinkShorteningDomainsCertificate resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def delete(
        self,

    ) -> None:
        """Delete a domain certificate.
        Removes the certificate stored for a domain.

        ``DELETE /v1/LinkShortening/Domains/{DomainSid}/Certificate`` on the messaging host.
        """
        
        request = delete_domain_cert_v4.build_request(
            domain_sid=self._path[0],
        )
        self._client.send(request)

    def fetch(
        self,

    ) -> DomainCertV4:
        """Fetch a domain certificate.
        Returns the certificate set for a domain, including when it expires and any newer certificate
        still being validated.

        ``GET /v1/LinkShortening/Domains/{DomainSid}/Certificate`` on the messaging host.
        """
        
        request = fetch_domain_cert_v4.build_request(
            domain_sid=self._path[0],
        )
        return fetch_domain_cert_v4.parse(self._client.send(request))

    def update(
        self,
        *,
        tls_cert: str,

    ) -> DomainCertV4:
        """Upload a domain certificate.
        Adds or replaces the TLS certificate and private key for a domain. A new certificate is
        validated before use; follow its progress in cert_in_validation.

        ``POST /v1/LinkShortening/Domains/{DomainSid}/Certificate`` on the messaging host.

        Args:
            tls_cert: PEM-encoded certificate chain together with its private key for the domain.

        """
        check("tls_cert", tls_cert, str)

        request = update_domain_cert_v4.build_request(
            domain_sid=self._path[0],
            body=UpdateDomainCertV4Request(
                tls_cert=tls_cert,
            ),
        )
        return update_domain_cert_v4.parse(self._client.send(request))



class LinkShorteningDomainsConfig:
    """The LinkShorteningDomainsConfig resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def fetch(
        self,

    ) -> DomainConfig:
        """Fetch a domain config.
        Returns the link shortening settings of a domain.

        ``GET /v1/LinkShortening/Domains/{DomainSid}/Config`` on the messaging host.
        """
        
        request = fetch_domain_config.build_request(
            domain_sid=self._path[0],
        )
        return fetch_domain_config.parse(self._client.send(request))

    def update(
        self,
        *,
        fallback_url: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        continue_on_failure: bool | Unset = UNSET,
        disable_https: bool | Unset = UNSET,

    ) -> DomainConfig:
        """Update a domain config.
        Sets the fallback URL, click callback URL, and failure and HTTPS preferences used when links are
        shortened on this domain.

        ``POST /v1/LinkShortening/Domains/{DomainSid}/Config`` on the messaging host.

        Args:
            fallback_url: Where visitors are redirected when a request to the domain matches no live shortened
                link, for example an expired one.
            callback_url: Webhook URL that receives an event each time a recipient clicks a shortened link.
            continue_on_failure: Whether a message should still be sent, with its original links, if link shortening
                fails.
            disable_https: If true, shortened links are written without the https:// prefix; defaults to false.

        """
        check("fallback_url", fallback_url, str)
        check("callback_url", callback_url, str)
        check("continue_on_failure", continue_on_failure, bool)
        check("disable_https", disable_https, bool)

        request = update_domain_config.build_request(
            domain_sid=self._path[0],
            body=UpdateDomainConfigRequest(
                fallback_url=fallback_url,
                callback_url=callback_url,
                continue_on_failure=continue_on_failure,
                disable_https=disable_https,
            ),
        )
        return update_domain_config.parse(self._client.send(request))



class LinkShorteningDomainsMessagingServices:
    """The LinkShorteningDomainsMessagingServices resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "LinkShorteningDomainsMessagingServicesInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return LinkShorteningDomainsMessagingServicesInstance(self._client, (*self._path, sid))



class LinkShorteningDomainsMessagingServicesInstance:
    """One LinkShorteningDomainsMessagingServices resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def create(
        self,

    ) -> LinkshorteningMessagingService:
        """Link a domain to a Messaging Service.
        Associates a Messaging Service with a domain, so that with link shortening enabled the links in
        the service's messages are shortened onto that domain.

        ``POST /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}`` on the messaging host.
        """
        
        request = create_linkshortening_messaging_service.build_request(
            domain_sid=self._path[0],
            messaging_service_sid=self._path[1],
        )
        return create_linkshortening_messaging_service.parse(self._client.send(request))

    def delete(
        self,

    ) -> None:
        """Unlink a domain from a Messaging Service.
        Removes the association, so the service's messages no longer use this domain for shortened
        links.

        ``DELETE /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}`` on the messaging host.
        """
        
        request = delete_linkshortening_messaging_service.build_request(
            domain_sid=self._path[0],
            messaging_service_sid=self._path[1],
        )
        self._client.send(request)



class LinkShorteningDomainsRequestManagedCert:
    """The LinkShorteningDomainsRequestManagedCert resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def update(
        self,

    ) -> RequestManagedCert:
        """Request a managed certificate.
        Asks Twilio to issue and maintain a TLS certificate for the domain, instead of you uploading
        one. Issuance is not immediate; the requesting flag stays true until it is done.

        ``POST /v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert`` on the messaging host.
        """
        
        request = update_request_managed_cert.build_request(
            domain_sid=self._path[0],
        )
        return update_request_managed_cert.parse(self._client.send(request))



class LinkShorteningMessagingService:
    """The LinkShorteningMessagingService resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "LinkShorteningMessagingServiceInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return LinkShorteningMessagingServiceInstance(self._client, (*self._path, sid))



class LinkShorteningMessagingServiceInstance:
    """One LinkShorteningMessagingService resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def domain_config(self) -> "LinkShorteningMessagingServiceDomainConfig":
        return LinkShorteningMessagingServiceDomainConfig(self._client, self._path)



class LinkShorteningMessagingServiceDomainConfig:
    """The LinkShorteningMessagingServiceDomainConfig resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def fetch(
        self,

    ) -> DomainConfigMessagingService:
        """Fetch a Messaging Service's domain config.
        Returns the link shortening settings of the domain used by the given Messaging Service.

        ``GET /v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig`` on the messaging host.
        """
        
        request = fetch_domain_config_messaging_service.build_request(
            messaging_service_sid=self._path[0],
        )
        return fetch_domain_config_messaging_service.parse(self._client.send(request))



class LinkShorteningMessagingServices:
    """The LinkShorteningMessagingServices resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "LinkShorteningMessagingServicesInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return LinkShorteningMessagingServicesInstance(self._client, (*self._path, sid))



class LinkShorteningMessagingServicesInstance:
    """One LinkShorteningMessagingServices resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def domain(self) -> "LinkShorteningMessagingServicesDomain":
        return LinkShorteningMessagingServicesDomain(self._client, self._path)



class LinkShorteningMessagingServicesDomain:
    """The LinkShorteningMessagingServicesDomain resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def fetch(
        self,

    ) -> LinkshorteningMessagingServiceDomainAssociation:
        """Fetch a Messaging Service's domain.
        Returns which domain the given Messaging Service uses for shortened links.

        ``GET /v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain`` on the messaging host.
        """
        
        request = fetch_linkshortening_messaging_service_domain_association.build_request(
            messaging_service_sid=self._path[0],
        )
        return fetch_linkshortening_messaging_service_domain_association.parse(self._client.send(request))



class AsyncLinkShortening:
    """The LinkShortening resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def domains(self) -> "AsyncLinkShorteningDomains":
        return AsyncLinkShorteningDomains(self._client, self._path)

    @property
    def messaging_service(self) -> "AsyncLinkShorteningMessagingService":
        return AsyncLinkShorteningMessagingService(self._client, self._path)

    @property
    def messaging_services(self) -> "AsyncLinkShorteningMessagingServices":
        return AsyncLinkShorteningMessagingServices(self._client, self._path)



class AsyncLinkShorteningDomains:
    """The LinkShorteningDomains resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "AsyncLinkShorteningDomainsInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return AsyncLinkShorteningDomainsInstance(self._client, (*self._path, sid))



class AsyncLinkShorteningDomainsInstance:
    """One LinkShorteningDomains resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def certificate(self) -> "AsyncLinkShorteningDomainsCertificate":
        return AsyncLinkShorteningDomainsCertificate(self._client, self._path)

    @property
    def config(self) -> "AsyncLinkShorteningDomainsConfig":
        return AsyncLinkShorteningDomainsConfig(self._client, self._path)

    @property
    def messaging_services(self) -> "AsyncLinkShorteningDomainsMessagingServices":
        return AsyncLinkShorteningDomainsMessagingServices(self._client, self._path)

    @property
    def request_managed_cert(self) -> "AsyncLinkShorteningDomainsRequestManagedCert":
        return AsyncLinkShorteningDomainsRequestManagedCert(self._client, self._path)



class AsyncLinkShorteningDomainsCertificate:
    """The LinkShorteningDomainsCertificate resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def delete(
        self,

    ) -> None:
        """Delete a domain certificate.
        Removes the certificate stored for a domain.

        ``DELETE /v1/LinkShortening/Domains/{DomainSid}/Certificate`` on the messaging host.
        """
        
        request = delete_domain_cert_v4.build_request(
            domain_sid=self._path[0],
        )
        await self._client.send(request)

    async def fetch(
        self,

    ) -> DomainCertV4:
        """Fetch a domain certificate.
        Returns the certificate set for a domain, including when it expires and any newer certificate
        still being validated.

        ``GET /v1/LinkShortening/Domains/{DomainSid}/Certificate`` on the messaging host.
        """
        
        request = fetch_domain_cert_v4.build_request(
            domain_sid=self._path[0],
        )
        return fetch_domain_cert_v4.parse(await self._client.send(request))

    async def update(
        self,
        *,
        tls_cert: str,

    ) -> DomainCertV4:
        """Upload a domain certificate.
        Adds or replaces the TLS certificate and private key for a domain. A new certificate is
        validated before use; follow its progress in cert_in_validation.

        ``POST /v1/LinkShortening/Domains/{DomainSid}/Certificate`` on the messaging host.

        Args:
            tls_cert: PEM-encoded certificate chain together with its private key for the domain.

        """
        check("tls_cert", tls_cert, str)

        request = update_domain_cert_v4.build_request(
            domain_sid=self._path[0],
            body=UpdateDomainCertV4Request(
                tls_cert=tls_cert,
            ),
        )
        return update_domain_cert_v4.parse(await self._client.send(request))



class AsyncLinkShorteningDomainsConfig:
    """The LinkShorteningDomainsConfig resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def fetch(
        self,

    ) -> DomainConfig:
        """Fetch a domain config.
        Returns the link shortening settings of a domain.

        ``GET /v1/LinkShortening/Domains/{DomainSid}/Config`` on the messaging host.
        """
        
        request = fetch_domain_config.build_request(
            domain_sid=self._path[0],
        )
        return fetch_domain_config.parse(await self._client.send(request))

    async def update(
        self,
        *,
        fallback_url: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        continue_on_failure: bool | Unset = UNSET,
        disable_https: bool | Unset = UNSET,

    ) -> DomainConfig:
        """Update a domain config.
        Sets the fallback URL, click callback URL, and failure and HTTPS preferences used when links are
        shortened on this domain.

        ``POST /v1/LinkShortening/Domains/{DomainSid}/Config`` on the messaging host.

        Args:
            fallback_url: Where visitors are redirected when a request to the domain matches no live shortened
                link, for example an expired one.
            callback_url: Webhook URL that receives an event each time a recipient clicks a shortened link.
            continue_on_failure: Whether a message should still be sent, with its original links, if link shortening
                fails.
            disable_https: If true, shortened links are written without the https:// prefix; defaults to false.

        """
        check("fallback_url", fallback_url, str)
        check("callback_url", callback_url, str)
        check("continue_on_failure", continue_on_failure, bool)
        check("disable_https", disable_https, bool)

        request = update_domain_config.build_request(
            domain_sid=self._path[0],
            body=UpdateDomainConfigRequest(
                fallback_url=fallback_url,
                callback_url=callback_url,
                continue_on_failure=continue_on_failure,
                disable_https=disable_https,
            ),
        )
        return update_domain_config.parse(await self._client.send(request))



class AsyncLinkShorteningDomainsMessagingServices:
    """The LinkShorteningDomainsMessagingServices resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "AsyncLinkShorteningDomainsMessagingServicesInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return AsyncLinkShorteningDomainsMessagingServicesInstance(self._client, (*self._path, sid))



class AsyncLinkShorteningDomainsMessagingServicesInstance:
    """One LinkShorteningDomainsMessagingServices resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def create(
        self,

    ) -> LinkshorteningMessagingService:
        """Link a domain to a Messaging Service.
        Associates a Messaging Service with a domain, so that with link shortening enabled the links in
        the service's messages are shortened onto that domain.

        ``POST /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}`` on the messaging host.
        """
        
        request = create_linkshortening_messaging_service.build_request(
            domain_sid=self._path[0],
            messaging_service_sid=self._path[1],
        )
        return create_linkshortening_messaging_service.parse(await self._client.send(request))

    async def delete(
        self,

    ) -> None:
        """Unlink a domain from a Messaging Service.
        Removes the association, so the service's messages no longer use this domain for shortened
        links.

        ``DELETE /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}`` on the messaging host.
        """
        
        request = delete_linkshortening_messaging_service.build_request(
            domain_sid=self._path[0],
            messaging_service_sid=self._path[1],
        )
        await self._client.send(request)



class AsyncLinkShorteningDomainsRequestManagedCert:
    """The LinkShorteningDomainsRequestManagedCert resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def update(
        self,

    ) -> RequestManagedCert:
        """Request a managed certificate.
        Asks Twilio to issue and maintain a TLS certificate for the domain, instead of you uploading
        one. Issuance is not immediate; the requesting flag stays true until it is done.

        ``POST /v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert`` on the messaging host.
        """
        
        request = update_request_managed_cert.build_request(
            domain_sid=self._path[0],
        )
        return update_request_managed_cert.parse(await self._client.send(request))



class AsyncLinkShorteningMessagingService:
    """The LinkShorteningMessagingService resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "AsyncLinkShorteningMessagingServiceInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return AsyncLinkShorteningMessagingServiceInstance(self._client, (*self._path, sid))



class AsyncLinkShorteningMessagingServiceInstance:
    """One LinkShorteningMessagingService resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def domain_config(self) -> "AsyncLinkShorteningMessagingServiceDomainConfig":
        return AsyncLinkShorteningMessagingServiceDomainConfig(self._client, self._path)



class AsyncLinkShorteningMessagingServiceDomainConfig:
    """The LinkShorteningMessagingServiceDomainConfig resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def fetch(
        self,

    ) -> DomainConfigMessagingService:
        """Fetch a Messaging Service's domain config.
        Returns the link shortening settings of the domain used by the given Messaging Service.

        ``GET /v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig`` on the messaging host.
        """
        
        request = fetch_domain_config_messaging_service.build_request(
            messaging_service_sid=self._path[0],
        )
        return fetch_domain_config_messaging_service.parse(await self._client.send(request))



class AsyncLinkShorteningMessagingServices:
    """The LinkShorteningMessagingServices resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "AsyncLinkShorteningMessagingServicesInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return AsyncLinkShorteningMessagingServicesInstance(self._client, (*self._path, sid))



class AsyncLinkShorteningMessagingServicesInstance:
    """One LinkShorteningMessagingServices resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def domain(self) -> "AsyncLinkShorteningMessagingServicesDomain":
        return AsyncLinkShorteningMessagingServicesDomain(self._client, self._path)



class AsyncLinkShorteningMessagingServicesDomain:
    """The LinkShorteningMessagingServicesDomain resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def fetch(
        self,

    ) -> LinkshorteningMessagingServiceDomainAssociation:
        """Fetch a Messaging Service's domain.
        Returns which domain the given Messaging Service uses for shortened links.

        ``GET /v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain`` on the messaging host.
        """
        
        request = fetch_linkshortening_messaging_service_domain_association.build_request(
            messaging_service_sid=self._path[0],
        )
        return fetch_linkshortening_messaging_service_domain_association.parse(await self._client.send(request))

