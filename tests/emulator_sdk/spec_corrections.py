"""Corrections the spec needs, found by running schemathesis against the emulator.

Each one is a constraint Twilio (and the emulator) enforces that ``spec/`` does not state yet, so
schemathesis generated "valid" data the server must reject. They are applied to an in-memory
copy of the bundled spec before the schemathesis run; ``spec/`` itself is not edited here.
``test_spec_corrections_are_still_needed`` fails once a correction has landed in ``spec/``, so
this list only ever holds what is still missing.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

NON_EMPTY: dict[str, Any] = {"minLength": 1}
NON_EMPTY_LIST: dict[str, Any] = {"minItems": 1, "items": {"type": "string", "minLength": 1}}
# Twilio: 1 to 11 letters, digits and spaces, at least one letter (error 21212 otherwise).
ALPHA_SENDER: dict[str, Any] = {"minLength": 1, "maxLength": 11, "pattern": "^[A-Za-z0-9 ]*[A-Za-z][A-Za-z0-9 ]*$"}


@dataclass(frozen=True)
class Correction:
    """Merge ``patch`` into one property of an operation's request (or a component schema)."""

    where: str  # operationId, or "#Component" for a component schema
    location: str  # "body" (a request property), "request" (the requestBody), "query" or "schema"
    name: str  # property or parameter name
    patch: dict[str, Any]
    reason: str
    remove: tuple[str, ...] = field(default=())  # keywords to drop (e.g. nullable)

    def describe(self) -> str:
        removed = f", drop {', '.join(self.remove)}" if self.remove else ""
        return f"{self.where} {self.location} {self.name}: add {self.patch}{removed} ({self.reason})"


def _required_text(operation: str, *names: str) -> list[Correction]:
    return [Correction(operation, "body", name, NON_EMPTY, "Twilio answers 20001 to an empty value") for name in names]


def _required_lists(operation: str, *names: str) -> list[Correction]:
    return [
        Correction(operation, "body", name, NON_EMPTY_LIST, "Twilio answers 20001 to an empty list") for name in names
    ]


CORRECTIONS: tuple[Correction, ...] = (
    *_required_text("CreateExternalCampaign", "CampaignId"),
    *_required_text("CreateUsAppToPerson", "Description", "MessageFlow", "UsAppToPersonUsecase"),
    *_required_lists("CreateUsAppToPerson", "MessageSamples"),
    *_required_text("UpdateUsAppToPerson", "Description", "MessageFlow"),
    *_required_lists("UpdateUsAppToPerson", "MessageSamples"),
    Correction(
        "CreateBrandRegistrations",
        "body",
        "BrandType",
        {"enum": ["STANDARD", "SOLE_PROPRIETOR"]},
        "Twilio documents exactly these two values and rejects others",
    ),
    Correction("ListChannelsSender", "query", "Channel", NON_EMPTY, "a required filter cannot be empty"),
    Correction(
        "#ChannelsSenderCreateRequest",
        "schema",
        "sender_id",
        {"pattern": "^[a-z]+:.+$"},
        "a required, channel-prefixed address such as whatsapp:+15551234567; null is refused",
        remove=("nullable",),
    ),
    *(
        Correction(
            "#ChannelsSenderProfile",
            "schema",
            name,
            {"type": "array", "nullable": True, "items": {"$ref": f"#/components/schemas/ChannelsSenderProfile{item}"}},
            "untyped in the request, an array of objects in the response (ChannelsSenderProfileResponse)",
        )
        for name, item in (("emails", "Email"), ("websites", "Website"))
    ),
    *_required_text("UpdateDomainCertV4", "TlsCert"),
    Correction("CreateAlphaSender", "body", "AlphaSender", ALPHA_SENDER, "Twilio's alphanumeric sender ID rule"),
    Correction(
        "CreateDestinationAlphaSender", "body", "AlphaSender", ALPHA_SENDER, "Twilio's alphanumeric sender ID rule"
    ),
    *_required_text("CreateService", "FriendlyName"),
    *_required_text(
        "CreateTollfreeVerification",
        "BusinessName",
        "BusinessWebsite",
        "NotificationEmail",
        "UseCaseSummary",
        "ProductionMessageSample",
        "MessageVolume",
    ),
    *_required_lists("CreateTollfreeVerification", "UseCaseCategories", "OptInImageUrls"),
    # CreateMessage: a message needs a sender and some content (21603, 21602); Body is at most 1600
    # characters (21617). Expressed on the request object as two anyOf groups.
    Correction(
        "CreateMessage",
        "body",
        "",
        {
            "allOf": [
                {"anyOf": [{"required": ["From"]}, {"required": ["MessagingServiceSid"]}]},
                {
                    "anyOf": [
                        {"required": ["Body"], "properties": {"Body": {"minLength": 1}}},
                        {"required": ["MediaUrl"], "properties": {"MediaUrl": {"minItems": 1}}},
                        {"required": ["ContentSid"]},
                    ]
                },
            ]
        },
        "21603 without From or MessagingServiceSid, 21602 without Body, MediaUrl or ContentSid",
    ),
    Correction(
        "CreateMessage",
        "body",
        "To",
        {"pattern": r"^(\+[1-9][0-9]{1,14}|(whatsapp|messenger|rcs|mms|sms):[!-~]+)$"},
        "21211 unless an E.164 number or a channel address",
    ),
    Correction("CreateMessage", "body", "Body", {"maxLength": 1600}, "21617 above 1600 characters"),
    Correction("CreateMessage", "body", "MediaUrl", {"maxItems": 10}, "at most 10 media files"),
    Correction("UpdateMessage", "request", "", {"required": True}, "an update without Body or Status is 30400"),
    # UpdateMessage: either redact (Body, which must be empty) or cancel (Status), never neither or both (30400).
    Correction(
        "UpdateMessage",
        "body",
        "",
        {"oneOf": [{"required": ["Body"]}, {"required": ["Status"]}]},
        "30400 unless exactly one of Body and Status is given",
    ),
    Correction("UpdateMessage", "body", "Body", {"maxLength": 0}, "only redaction (an empty Body) is possible"),
)


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def _target(spec: dict[str, Any], correction: Correction) -> dict[str, Any]:
    schemas = spec["components"]["schemas"]
    if correction.location == "schema":
        holder: dict[str, Any] = schemas[correction.where.lstrip("#")]
    else:
        operation = _operation(spec, correction.where)
        if correction.location == "request":
            request_body: dict[str, Any] = operation["requestBody"]
            return request_body
        if correction.location == "query":
            (parameter,) = [p for p in operation["parameters"] if p["name"] == correction.name]
            schema: dict[str, Any] = parameter["schema"]
            return schema
        holder = next(iter(operation["requestBody"]["content"].values()))["schema"]
        if "$ref" in holder:
            holder = schemas[holder["$ref"].rsplit("/", 1)[1]]
    if not correction.name:
        return holder
    prop: dict[str, Any] = holder["properties"][correction.name]
    return prop


def is_applied(spec: dict[str, Any], correction: Correction) -> bool:
    """Whether ``spec`` already says what the correction adds."""
    target = _target(spec, correction)
    return all(target.get(k) == v for k, v in correction.patch.items()) and not any(
        target.get(k) for k in correction.remove
    )


def corrected(spec: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of ``spec`` with every correction applied."""
    fixed = copy.deepcopy(spec)
    for correction in CORRECTIONS:
        target = _target(fixed, correction)
        for key in correction.remove:
            target.pop(key, None)
        target.update(copy.deepcopy(correction.patch))
    return fixed
