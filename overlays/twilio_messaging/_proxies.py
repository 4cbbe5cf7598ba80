"""Which proxy, if any, a request goes through: httpx's rules, plus "loopback is never proxied".

* ``proxy=`` on the client: every request goes through it (as ``httpx.Client(proxy=...)``; the
  environment is then not read at all).
* Otherwise, unless ``trust_env=False``: HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY (any case),
  read once when the client is built, through httpx's own ``get_environment_proxies`` and matched
  with httpx's URL patterns, so a URL takes the same route it would take with ``httpx.Client()``.
  One difference: loopback hosts (``localhost``, 127.0.0.0/8, ``::1``), where the local emulator
  runs, are always reached directly. A corporate HTTP_PROXY cannot reach the developer's own
  machine, and NO_PROXY rarely lists it (curl and httpx do not skip loopback by themselves; Go does).
"""

from __future__ import annotations

import httpx

# Private to httpx, but exactly what httpx.Client uses to read and match proxy settings; httpx is pinned <0.29.
from httpx._utils import URLPattern, get_environment_proxies

from twilio_messaging._hosts import is_loopback

ProxyOption = str | httpx.URL | httpx.Proxy | None


class ProxyRoutes:
    """URL patterns mapped to a proxy (or to None: direct), in httpx's order of precedence."""

    __slots__ = ("_by_origin", "from_environment", "routes", "trust_env")

    def __init__(
        self,
        routes: tuple[tuple[URLPattern, httpx.Proxy | None], ...] = (),
        from_environment: bool = False,
        trust_env: bool = True,
    ) -> None:
        self.routes = routes
        self.from_environment = from_environment
        self.trust_env = trust_env
        self._by_origin: dict[tuple[bytes, str, int | None], httpx.Proxy | None] = {}

    def __repr__(self) -> str:
        where = "environment" if self.from_environment else "arguments"
        return f"ProxyRoutes({self.routes!r}, from {where}, trust_env={self.trust_env})"

    @classmethod
    def direct(cls) -> ProxyRoutes:
        return cls()

    @classmethod
    def create(cls, proxy: ProxyOption = None, *, trust_env: bool = True) -> ProxyRoutes:
        if proxy is not None:
            chosen = proxy if isinstance(proxy, httpx.Proxy) else httpx.Proxy(url=proxy)
            return cls(((URLPattern("all://"), chosen),), trust_env=trust_env)
        if not trust_env:
            return cls(trust_env=False)
        found = get_environment_proxies()
        if not any(found.values()):  # nothing to proxy (NO_PROXY alone changes nothing)
            return cls()
        patterns = sorted(
            ((URLPattern(key), None if url is None else httpx.Proxy(url=url)) for key, url in found.items()),
            key=lambda route: route[0],  # httpx's precedence: the most specific pattern first
        )
        return cls(tuple(patterns), from_environment=True)

    @property
    def has_proxies(self) -> bool:
        return bool(self.routes)

    def proxy_for(self, url: httpx.URL) -> httpx.Proxy | None:
        """The proxy for a URL (None: connect directly), remembered per origin."""
        origin = (url.raw_scheme, url.host, url.port)
        try:
            return self._by_origin[origin]
        except KeyError:
            pass
        proxy = self._choose(url)
        if len(self._by_origin) < 256:
            self._by_origin[origin] = proxy
        return proxy

    def _choose(self, url: httpx.URL) -> httpx.Proxy | None:
        if self.from_environment and is_loopback(url.host):
            return None
        for pattern, proxy in self.routes:
            if pattern.matches(url):
                return proxy
        return None
