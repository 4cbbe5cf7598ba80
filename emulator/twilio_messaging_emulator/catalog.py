"""Every resource served by the generic mechanism, in routing order."""

from __future__ import annotations

from . import catalog_compliance, catalog_links, catalog_services
from .resources import ResourceDef

ALL_RESOURCES: tuple[ResourceDef, ...] = (
    *catalog_compliance.RESOURCES,
    *catalog_links.RESOURCES,
    *catalog_services.RESOURCES,
)
