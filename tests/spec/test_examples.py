"""Every example in the spec is valid against its own schema, and every 2xx body has one.

Examples are what Prism serves and what the contract tests answer with, so an invalid one would make
a client or an emulator test fail for the wrong reason.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pytest
from spec_jsonschema import convert_components, validation_errors
from spec_tools import Json, Operation, all_schema_sites, deref, iter_operations, load_bundle


@dataclass(frozen=True)
class ExampleCase:
    where: str
    value: Any
    schema: Json


def _media_examples(doc: Json, content: Mapping[str, Any], where: str) -> Iterator[ExampleCase]:
    for media_type, media in content.items():
        schema = media.get("schema")
        if not isinstance(schema, dict):
            continue
        if "example" in media:
            yield ExampleCase(f"{where} {media_type} example", media["example"], schema)
        for name, example in media.get("examples", {}).items():
            example = deref(doc, example)
            if "value" in example:
                yield ExampleCase(f"{where} {media_type} examples.{name}", example["value"], schema)


def _parameter_examples(doc: Json, operation: Operation) -> Iterator[ExampleCase]:
    for param in operation.parameters():
        schema = param.get("schema")
        if not isinstance(schema, dict):
            continue
        where = f"{operation.label} parameter {param.get('in')}:{param.get('name')}"
        if "example" in param:
            yield ExampleCase(f"{where} example", param["example"], schema)
        for name, example in param.get("examples", {}).items():
            example = deref(doc, example)
            if "value" in example:
                yield ExampleCase(f"{where} examples.{name}", example["value"], schema)


def collect_examples(doc: Json) -> list[ExampleCase]:
    cases: list[ExampleCase] = []
    for operation in iter_operations(doc):
        cases.extend(_parameter_examples(doc, operation))
        body = operation.request_body()
        cases.extend(_media_examples(doc, body.get("content", {}), f"{operation.label} requestBody"))
        for status, response in operation.responses().items():
            cases.extend(_media_examples(doc, response.get("content", {}), f"{operation.label} response {status}"))
    for site in all_schema_sites(doc):
        if "example" in site.schema and "$ref" not in site.schema:
            cases.append(ExampleCase(f"{site.where} (schema example)", site.schema["example"], site.schema))
    return cases


@functools.cache
def _defs() -> Json:
    return convert_components(load_bundle())


EXAMPLES = collect_examples(load_bundle())


@pytest.mark.parametrize("case", EXAMPLES, ids=lambda case: case.where)
def test_example_matches_its_schema(case: ExampleCase) -> None:
    errors = validation_errors(case.value, case.schema, _defs())
    assert not errors, f"{case.where} does not match its schema:\n  " + "\n  ".join(errors)


OPERATIONS = list(iter_operations(load_bundle()))


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_success_bodies_have_examples(operation: Operation) -> None:
    without: list[str] = []
    for status, response in operation.responses().items():
        if not status.startswith("2"):
            continue
        for media_type, media in response.get("content", {}).items():
            if "example" not in media and not media.get("examples"):
                without.append(f"{status} {media_type}")
    assert not without, f"{operation.label}: success bodies without an example: {without}"
