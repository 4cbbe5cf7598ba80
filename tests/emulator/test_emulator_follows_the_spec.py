"""The emulator reads its resources from the spec: a field added to a temporary copy of spec/ is accepted,
stored and returned, and every operation of the spec has a route, with no emulator code touched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from emulator_helpers import asgi_client
from twilio_messaging_emulator import EmulatorConfig, FakeClock, create_app
from twilio_messaging_emulator.core.sids import stable_sid
from twilio_messaging_emulator.spec.document import BUNDLED_SPEC

from generator.bundle import SPEC_DIR, bundle


def _spec_with_a_new_service_field(tmp_path: Path) -> Path:
    """A copy of spec/ where Messaging Services gain an optional ``DeliveryNote`` / ``delivery_note``."""
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    family = spec_dir / "resources" / "services.yaml"
    document: dict[str, Any] = yaml.safe_load(family.read_text(encoding="utf-8"))
    document["components"]["schemas"]["Service"]["properties"]["delivery_note"] = {"type": "string", "nullable": True}
    for method in ("post",):
        for path in ("/v1/Services", "/v1/Services/{Sid}"):
            body = document["paths"][path][method]["requestBody"]["content"]["application/x-www-form-urlencoded"]
            body["schema"]["properties"]["DeliveryNote"] = {"type": "string"}
    family.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    bundled = tmp_path / "openapi.json"
    bundled.write_text(json.dumps(bundle(spec_dir)), encoding="utf-8")
    return bundled


async def test_an_optional_field_added_to_the_spec_is_accepted_stored_and_returned(tmp_path: Path) -> None:
    config = EmulatorConfig(spec=str(_spec_with_a_new_service_field(tmp_path)))
    app = create_app(config, clock=FakeClock())
    try:
        async with asgi_client(app, config) as client:
            created = await client.post("/v1/Services", data={"FriendlyName": "notes", "DeliveryNote": "leave at door"})
            assert created.status_code == 201, created.text
            assert created.json()["delivery_note"] == "leave at door"
            path = f"/v1/Services/{created.json()['sid']}"
            assert (await client.get(path)).json()["delivery_note"] == "leave at door"
            updated = await client.post(path, data={"DeliveryNote": "ring twice"})
            assert updated.json()["delivery_note"] == "ring twice"
            other = (await client.post("/v1/Services", data={"FriendlyName": "plain"})).json()
            assert other["delivery_note"] is None
    finally:
        app.state.emulator.close()


async def test_the_shipped_spec_is_the_bundled_spec() -> None:
    # python -m generator writes it; generator --check (tests/regeneration) fails when it is stale.
    assert json.loads(BUNDLED_SPEC.read_text(encoding="utf-8")) == bundle()


def test_every_operation_of_the_spec_has_a_route() -> None:
    app = create_app(EmulatorConfig(), clock=FakeClock())
    try:
        served = {(route.path, method) for route in app.routes for method in (getattr(route, "methods", None) or ())}
        for path, item in bundle()["paths"].items():
            for method in ("get", "post", "delete"):
                if method in item:
                    assert (path, method.upper()) in served, (method, path)
    finally:
        app.state.emulator.close()


@pytest.mark.parametrize("sid", ["MG" + "0" * 32, "not-a-service-sid"])
async def test_a_path_sid_that_names_nothing_is_404(client: httpx.AsyncClient, sid: str) -> None:
    response = await client.get(f"/v1/Services/{sid}/PhoneNumbers")
    assert response.status_code == 404 and response.json()["code"] == 20404


async def test_the_command_serves_another_spec_and_owns_domains(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from twilio_messaging_emulator.cli import main

    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.append(app))
    spec = _spec_with_a_new_service_field(tmp_path)
    assert main(["emulator", "--port", "0", "--spec", str(spec), "--domain", "links.example.com"]) == 0
    app = served[0]
    emulator = app.state.emulator
    try:
        assert emulator.domains == {stable_sid("DN", "https://links.example.com"): "https://links.example.com"}
        async with asgi_client(app, emulator.config) as client:
            created = await client.post("/v1/Services", data={"FriendlyName": "cli", "DeliveryNote": "from --spec"})
            assert created.json()["delivery_note"] == "from --spec"
    finally:
        emulator.close()
