"""Schemathesis checks the emulator against the spec, for every operation, with positive and negative data.

Each operation runs against the live ``twilio_emulator`` (fresh state, one resource of every kind
seeded through the SDK, so path parameters name real resources), with the emulator's basic-auth
credentials and a bounded, derandomized number of examples. Checks: not_a_server_error,
response_schema_conformance, content_type_conformance, negative_data_rejection and
positive_data_acceptance.

The spec is bundled from ``spec/`` as the generator sees it before its own adjustments. A few business rules no
JSON Schema can state (a send time 5 minutes to 35 days ahead, a Messaging Service that exists, a
scheduled message to cancel) are met by :func:`realistic`, which only ever picks other schema-valid
values for positive cases.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Err
from schemathesis.schemas import APIOperation, BaseSchema
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    response_schema_conformance,
)
from twilio_messaging import Client
from twilio_messaging_emulator import EmulatorServer

from generator.bundle import bundle

from .conftest import HANDSET, OUR_NUMBER
from .seeding import Seeded, seed

CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
]
# Examples per operation and mode: 80 operations x 2 modes stay well under a minute on 2 cores.
# SCHEMATHESIS_EXAMPLES=200 pytest tests/emulator_sdk/test_schemathesis.py digs deeper (a few minutes).
MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "20"))


Operation = APIOperation[Any, Any, Any, Any]
AnyCase = Case[Any]


@functools.cache
def _bundled() -> dict[str, Any]:
    spec: dict[str, Any] = bundle()
    return spec


def _operation_ids() -> list[str]:
    return [
        operation["operationId"]
        for item in _bundled()["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    ]


OPERATION_IDS = _operation_ids()
# KNOWN NOT YET SERVED (issue 10, Twilio's 2026-04 description): the emulator predates these operations
# and fields. The spec-driven emulator (issue 13) should serve them; then these strict xfails start to
# pass, fail the run as XPASS, and this table must go.
# (operation, mode) the emulator cannot serve yet, as strict xfails; empty: it serves every operation of the spec.
NOT_YET_SERVED: dict[tuple[str, str], str] = {}
MAGIC_NUMBERS = frozenset(f"+1500555000{n}" for n in range(10))
_FRESH = itertools.count(1000)


@pytest.fixture(scope="module")
def schema(twilio_emulator_server: EmulatorServer) -> BaseSchema:
    loaded = schemathesis.openapi.from_dict(_bundled())
    loaded.config.update(basic_auth=(twilio_emulator_server.account_sid, twilio_emulator_server.auth_token))
    return loaded


@pytest.fixture(scope="module")
def operations(schema: BaseSchema) -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # the spec must load whole
        operation = result.ok()
        found[operation.definition.raw["operationId"]] = operation
    return found


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    with requests.Session() as http:
        yield http


def realistic(case: AnyCase, emulator: EmulatorServer, seeded: Seeded) -> AnyCase:
    """Meet the rules JSON Schema cannot state, with other schema-valid values (positive cases only)."""
    operation_id = case.operation.definition.raw["operationId"]
    body = case.body
    later = (emulator.clock.now() + datetime.timedelta(hours=1)).isoformat()
    if operation_id == "CreateMessage" and isinstance(body, dict):
        if body["To"] in MAGIC_NUMBERS:
            body["To"] = HANDSET  # Twilio's test numbers fail on purpose
        if "From" in body:
            body["From"] = OUR_NUMBER  # a sender the account owns (and not the recipient)
        if "MessagingServiceSid" in body or "ScheduleType" in body:
            body["MessagingServiceSid"] = seeded.service  # a service that exists and has a sender
        if "ScheduleType" in body:
            body["SendAt"] = later  # 5 minutes to 35 days ahead
        if body["To"] == body.get("From"):
            body["To"] = HANDSET
    # Twilio's description types these toll-free parameters as any string but returns them as URLs (format uri);
    # the emulator keeps stored values inside what it returns, so a positive case sends a URL.
    if operation_id in ("CreateTollfreeVerification", "UpdateTollfreeVerification") and isinstance(body, dict):
        for name in ("PrivacyPolicyUrl", "TermsAndConditionsUrl"):
            if name in body:
                body[name] = f"https://example.com/{name.lower()}"
    # Creates that attach an existing resource: name one that exists (and is not attached yet).
    if operation_id == "CreateExternalCampaign" and isinstance(body, dict):
        body["MessagingServiceSid"] = seeded.service
    if operation_id == "CreateChannelSender" and isinstance(body, dict):
        body["Sid"] = seeded.channels_sender
    if operation_id == "CreatePhoneNumber" and isinstance(body, dict):
        body["PhoneNumberSid"] = emulator.register_number(f"+1415555{next(_FRESH):04}")["sid"]
    if operation_id == "CreateShortCode" and isinstance(body, dict):
        body["ShortCodeSid"] = emulator.state.register_short_code(str(next(_FRESH) + 100000))["sid"]
    if operation_id == "UpdateMessage" and isinstance(body, dict) and "Status" in body:
        # Only a scheduled message can be canceled, and only once: a fresh one for each case.
        scheduled = emulator.state.send_message(
            HANDSET, "later", messaging_service_sid=seeded.service, ScheduleType="fixed", SendAt=later
        )
        case.path_parameters["Sid"] = scheduled["sid"]
    return case


def _run(strategy: Any, call: Callable[[AnyCase], Any], examples: int = MAX_EXAMPLES) -> None:
    @settings(
        max_examples=examples,
        derandomize=True,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def check(case: AnyCase) -> None:
        response = call(case)
        case.validate_response(response, checks=CHECKS)

    check()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["positive", "negative"])
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_conforms_to_the_spec(
    schema: BaseSchema,
    operations: dict[str, Operation],
    session: requests.Session,
    emulator: EmulatorServer,
    client: Client,
    operation_id: str,
    mode: GenerationMode,
    request: pytest.FixtureRequest,
) -> None:
    reason = NOT_YET_SERVED.get((operation_id, mode.value))
    if reason:  # strict: once the emulator serves it, XPASS fails the run until NOT_YET_SERVED loses the entry
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=f"emulator does not serve this yet: {reason}"))
    seeded = seed(client, emulator)
    operation = operations[operation_id]
    names = {parameter.name for parameter in operation.path_parameters}
    strategy = schema.get_case_strategy(
        operation, generation_mode=mode, path_parameters=seeded.path_parameters(operation_id, names)
    )
    if mode is GenerationMode.POSITIVE:
        strategy = strategy.map(lambda case: realistic(case, emulator, seeded))
    statuses: list[int] = []

    def call(case: AnyCase) -> Any:
        response = case.call(base_url=emulator.base_url, session=session)
        statuses.append(response.status_code)
        return response

    _run(strategy, call)
    if mode is GenerationMode.POSITIVE:
        # Seeded path parameters name real resources: success responses were checked, not only 404s.
        assert any(200 <= status < 400 for status in statuses), statuses


def test_every_operation_is_emulated(operations: dict[str, Operation]) -> None:
    assert len(operations) == len(OPERATION_IDS) == 80

