"""The snapshot of Twilio's description (spec/upstream/): facts only, canonical, rebuilt the same way every time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spec_reference import SNAPSHOT_DIR

from generator import upstream

# Keys a facts tree may hold, by kind of node; anything else (a description, a summary) is prose that leaked.
SCHEMA_KEYS = {"type", "format", "enum", "pattern", "nullable", "required", "properties", "items", "oneOf", "anyOf"}
OPERATION_KEYS = {"host", "method", "path", "operationId", "parameters", "requestBody", "responses"}
PARAMETER_KEYS = {"in", "name", "required", "type", "format", "enum", "pattern", "nullable", "items"}


def _check_schema(node: dict[str, Any], where: str) -> None:
    assert set(node) <= SCHEMA_KEYS, f"{where}: {sorted(set(node) - SCHEMA_KEYS)} are not facts"
    for name, sub in node.get("properties", {}).items():
        _check_schema(sub, f"{where}.{name}")
    if "items" in node:
        _check_schema(node["items"], f"{where}[]")
    for key in ("oneOf", "anyOf"):
        for index, sub in enumerate(node.get(key, [])):
            _check_schema(sub, f"{where}/{key}/{index}")


def _check_content(holder: dict[str, Any], where: str) -> None:
    for media_type, media in holder.get("content", {}).items():
        assert set(media) <= {"schema", "examples"}, f"{where} {media_type}: {sorted(media)}"
        _check_schema(media["schema"], f"{where} {media_type}")


def test_snapshot_holds_facts_only() -> None:
    for key, op in upstream.load_snapshot().items():
        assert set(op) <= OPERATION_KEYS, f"{key}: {sorted(set(op) - OPERATION_KEYS)}"
        for name, param in op["parameters"].items():
            assert set(param) <= PARAMETER_KEYS, f"{key} {name}: {sorted(set(param) - PARAMETER_KEYS)}"
        _check_content(op.get("requestBody", {}), f"{key} request")
        for status, response in op["responses"].items():
            _check_content(response, f"{key} response {status}")


def test_snapshot_files_are_canonical() -> None:
    files = sorted(SNAPSHOT_DIR.glob("*.json"))
    assert files, "spec/upstream/ is empty"
    for file in files:
        text = file.read_text(encoding="utf-8")
        assert text == upstream.dumps(json.loads(text)), f"{file.name} is not in the snapshot's canonical form"


OFFICIAL = {
    "openapi": "3.0.1",
    "info": {"title": "t", "version": "1", "description": "prose"},
    "servers": [{"url": "https://messaging.twilio.com"}],
    "paths": {
        "/v1/Things/{Sid}": {
            "description": "prose",
            "get": {
                "operationId": "FetchThing",
                "summary": "prose",
                "parameters": [{"$ref": "#/components/parameters/Sid"}],
                "responses": {
                    "200": {
                        "description": "prose",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/thing"},
                                "examples": {"fetch": {"summary": "prose", "value": {"sid": "TH1", "state": "on"}}},
                            }
                        },
                    }
                },
            },
        }
    },
    "components": {
        "parameters": {
            "Sid": {"name": "Sid", "in": "path", "required": True, "description": "prose", "schema": {"type": "string"}}
        },
        "schemas": {
            "thing": {
                "type": "object",
                "description": "prose",
                "properties": {
                    "sid": {"type": "string", "pattern": "^TH", "nullable": True, "description": "prose"},
                    "state": {"allOf": [{"$ref": "#/components/schemas/state"}], "description": "prose"},
                },
            },
            "state": {"type": "string", "enum": ["on", "off"], "description": "prose"},
        },
    },
}


def test_upstream_command_keeps_facts_and_drops_prose(tmp_path: Path) -> None:
    official = tmp_path / "json"
    official.mkdir()
    (official / "twilio_messaging_v1.json").write_text(json.dumps(OFFICIAL), encoding="utf-8")
    first, second = tmp_path / "a", tmp_path / "b"
    assert upstream.main(official, first) == 0
    assert upstream.main(official, second) == 0
    text = (first / "twilio_messaging_v1.json").read_text(encoding="utf-8")
    assert text == (second / "twilio_messaging_v1.json").read_text(encoding="utf-8"), "not deterministic"
    assert "prose" not in text
    op = upstream.load_snapshot(first)["GET /v1/Things/{Sid}"]
    assert op["host"] == "https://messaging.twilio.com" and op["operationId"] == "FetchThing"
    assert op["parameters"] == {"path:Sid": {"in": "path", "name": "Sid", "required": True, "type": "string"}}
    media = op["responses"]["200"]["content"]["application/json"]
    assert media["examples"] == {"fetch": {"sid": "TH1", "state": "on"}}
    assert media["schema"]["properties"] == {
        "sid": {"type": "string", "pattern": "^TH", "nullable": True},
        "state": {"type": "string", "enum": ["on", "off"]},
    }
    # The same folder can be read directly, without a snapshot in between.
    assert upstream.load_upstream(official) == upstream.load_upstream(first)
