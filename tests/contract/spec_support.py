"""The bundled spec as the contract tests need it: operations, schemas, examples and sample values.

Everything here is derived from spec/ at collection time, so a new operation, parameter or example
is covered without touching the tests.
"""

from __future__ import annotations

import copy
import datetime
import functools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
# `generator` is a directory of the checkout, not an installed package.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from generator.bundle import bundle  # noqa: E402

Json = Any
METHODS = ("get", "post", "put", "patch", "delete")
ACCOUNT_PARAM = "AccountSid"
PAGING_PARAMS = ("PageSize", "Page", "PageToken")
# Placeholder credentials. The SID is the account of the spec's examples (so recorded payloads and requests
# agree); the token looks like a real one on purpose, so the cassette secret scan proves it would catch one.
ACCOUNT_SID = "AC" + "a" * 32
AUTH_TOKEN = "feedfacecafebeef" * 2


@functools.cache
def spec() -> dict[str, Json]:
    """The merged spec (cached; callers get it read-only: copy before changing)."""
    return bundle()


def spec_copy() -> dict[str, Json]:
    return copy.deepcopy(spec())


def resolve(node: Json) -> Json:
    """Follow ``$ref`` chains and one-element ``allOf`` wrappers (keeping sibling keywords like nullable)."""
    while isinstance(node, dict):
        if "$ref" in node:
            target: Json = spec()
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        elif len(node.get("allOf", [])) == 1 and "properties" not in node:
            merged = {k: v for k, v in node.items() if k != "allOf"}
            inner = resolve(node["allOf"][0])
            node = {**inner, **{k: v for k, v in merged.items() if k != "description"}}
        else:
            return node
    return node


def object_properties(schema: Json) -> tuple[dict[str, Json], set[str]]:
    """Properties and required names of an object schema, merging allOf parts.

    Of an object-level anyOf/oneOf rule (say "From or MessagingServiceSid"), the first alternative's
    required names count as required, so generated inputs satisfy the rule.
    """
    schema = resolve(schema)
    props: dict[str, Json] = {}
    required: set[str] = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        sub_props, sub_required = object_properties(part)
        props.update(sub_props)
        required |= sub_required
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            required |= object_properties(schema[key][0])[1]
    props.update(schema.get("properties", {}))
    return props, required


def plainly_required(schema: Json) -> set[str]:
    """Names an object schema requires outright (its own and allOf parts' ``required``), rules aside."""
    schema = resolve(schema)
    names = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        names |= plainly_required(part)
    return names


def excluded_by_rules(schema: Json) -> set[str]:
    """Names an object-level oneOf rule forbids once its first alternative is chosen."""
    schema = resolve(schema)
    names: set[str] = set()
    for part in schema.get("allOf", []):
        names |= excluded_by_rules(part)
    alternatives = schema.get("oneOf", [])
    for other in alternatives[1:]:
        names |= set(resolve(other).get("required", []))
    return names


def normalized(name: str) -> str:
    """A name with case, underscores and operator suffixes folded: how wire names meet Python names.

    ``DateSent<`` -> ``datesentbefore`` (the SDK's ``date_sent_before``), ``From`` -> ``from`` (``from_``),
    ``A2PProfileBundleSid`` -> ``a2pprofilebundlesid``.
    """
    if name.endswith("<"):
        name = name[:-1] + "Before"
    elif name.endswith(">"):
        name = name[:-1] + "After"
    return name.replace("_", "").replace("-", "").lower()  # X-Twilio-Api-Version -> x_twilio_api_version


@dataclass(frozen=True)
class Field:
    """One request input: a query or path parameter, or a body property."""

    wire: str
    location: str  # "path", "query", "body"
    required: bool
    schema: Json = field(repr=False, compare=False)

    @property
    def kind(self) -> str:
        s = resolve(self.schema)
        if s.get("enum"):
            return "enum"
        if s.get("type") == "string" and s.get("format") in ("date", "date-time"):
            return s["format"]
        return str(s.get("type") or "any")


@dataclass(frozen=True)
class Example:
    status: int
    name: str | None
    value: Json = field(repr=False, compare=False)


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str  # upper case
    path: str
    server: str
    op: Json = field(repr=False, compare=False)

    @property
    def parameters(self) -> list[Field]:
        return [
            Field(p["name"], p["in"], bool(p.get("required")), p.get("schema", {}))
            for p in map(resolve, self.op.get("parameters", []))
        ]

    @property
    def body_content_type(self) -> str | None:
        body = resolve(self.op.get("requestBody", {}))
        return next(iter(body.get("content", {})), None)

    @property
    def body_schema(self) -> Json:
        body = resolve(self.op.get("requestBody", {}))
        content = body.get("content", {})
        return content[next(iter(content))]["schema"] if content else None

    @property
    def body_fields(self) -> list[Field]:
        if self.body_schema is None:
            return []
        props, required = object_properties(self.body_schema)
        return [Field(name, "body", name in required, schema) for name, schema in props.items()]

    @property
    def inputs(self) -> list[Field]:
        return [*self.parameters, *self.body_fields]

    @property
    def success_statuses(self) -> list[int]:
        return sorted(int(code) for code in self.op["responses"] if code.isdigit() and 200 <= int(code) < 400)

    def response_schema(self, status: int) -> Json:
        content = resolve(self.op["responses"][str(status)]).get("content", {})
        media = content.get("application/json")
        return media["schema"] if media else None

    @property
    def examples(self) -> list[Example]:
        """Every documented example of every success status; an example-less status counts once (no body)."""
        found: list[Example] = []
        for status in self.success_statuses:
            content = resolve(self.op["responses"][str(status)]).get("content", {})
            examples = content.get("application/json", {}).get("examples", {})
            if not examples:
                found.append(Example(status, None, None))
            for name, example in examples.items():
                found.append(Example(status, name, resolve(example)["value"]))
        return found

    @property
    def is_list(self) -> bool:
        return self.method == "GET" and self.operation_id.startswith("List")

    def path_regex(self) -> re.Pattern[str]:
        parts = re.split(r"(\{[^}]+\})", self.path)
        return re.compile("^" + "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


def operations() -> list[SpecOperation]:
    found = []
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                servers = op.get("servers") or item.get("servers") or spec().get("servers") or [{"url": ""}]
                found.append(SpecOperation(op["operationId"], method.upper(), path, servers[0]["url"], op))
    return sorted(found, key=lambda o: o.operation_id)


def operation(operation_id: str) -> SpecOperation:
    return next(o for o in operations() if o.operation_id == operation_id)


def iter_examples() -> Iterator[tuple[SpecOperation, Example]]:
    for op in operations():
        for example in op.examples:
            yield op, example


# --- sample values -------------------------------------------------------------------------------------------------

_FORMAT_SAMPLES = {
    "phone-number": "+15005550006",
    "uri": "https://example.com/contract",
    "url": "https://example.com/contract",
    "email": "contract@example.com",
    "date": "2024-01-02",
    "date-time": "2024-01-02T03:04:05Z",
    "iso-country-code": "US",
    "currency": "USD",
}


def regex_sample(pattern: str) -> str:
    """The shortest string matching a (simple) regular expression; first alternatives, lowest ranges."""
    import re._constants as c
    import re._parser as parser

    def emit(items: Any) -> str:
        out = []
        for op, arg in items:
            if op is c.LITERAL:
                out.append(chr(arg))
            elif op is c.ANY:
                out.append("a")
            elif op is c.IN:
                out.append(_in_sample(arg))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                low, _high, sub = arg
                out.append(emit(sub) * max(low, 0))
            elif op is c.SUBPATTERN:
                out.append(emit(arg[-1]))
            elif op is c.BRANCH:
                out.append(emit(arg[1][0]))
            elif op is c.CATEGORY:
                out.append(_category_sample(arg))
            elif op is c.AT:
                continue
            else:
                raise ValueError(f"regex_sample: unsupported {op} in {pattern!r}")
        return "".join(out)

    def _category_sample(category: Any) -> str:
        return {c.CATEGORY_DIGIT: "0", c.CATEGORY_WORD: "a", c.CATEGORY_SPACE: " "}.get(category, "a")

    def _in_sample(ranges: Any) -> str:
        if ranges and ranges[0][0] is c.NEGATE:
            excluded = {chr(a) for op, a in ranges[1:] if op is c.LITERAL}
            return next(ch for ch in "aA0_" if ch not in excluded)
        op, arg = ranges[0]
        if op is c.LITERAL:
            return chr(arg)
        if op is c.RANGE:
            return chr(arg[0])
        if op is c.CATEGORY:
            return _category_sample(arg)
        raise ValueError(f"regex_sample: unsupported set {ranges} in {pattern!r}")

    value = emit(parser.parse(pattern))
    assert re.search(pattern, value), (pattern, value)
    return value


def sample(schema: Json, *, depth: int = 0) -> Json:
    """A JSON value that satisfies ``schema`` (as the wire carries it: dates as strings)."""
    schema = resolve(schema)
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(schema[key][0], depth=depth)
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "boolean":
        return True
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return schema.get("minimum", 1.5)
    if kind == "array":
        item = sample(schema.get("items", {"type": "string"}), depth=depth + 1)
        second = _second(schema.get("items", {}), item)
        return [item, second][: max(2, schema.get("minItems", 0))]
    if kind == "object" or "properties" in schema or "allOf" in schema:
        props, required = object_properties(schema)
        if depth > 3:
            return {name: sample(props[name], depth=depth + 1) for name in sorted(required)}
        return {
            name: sample(prop, depth=depth + 1)
            for name, prop in props.items()
            if name in required or resolve(prop).get("type") or resolve(prop).get("enum")
        }
    if kind == "string":
        if schema.get("pattern"):
            return regex_sample(schema["pattern"])
        value = _FORMAT_SAMPLES.get(schema.get("format", ""), "contract")
        return value.ljust(schema.get("minLength", 0), "x")[: schema.get("maxLength")]
    return "contract"


def _second(item_schema: Json, first: Json) -> Json:
    """A second array item, different from the first where the schema allows (repeated keys must show)."""
    s = resolve(item_schema)
    if s.get("enum") and len(s["enum"]) > 1:
        return s["enum"][1]
    if isinstance(first, str) and s.get("type") == "string" and not s.get("pattern") and not s.get("format"):
        return first + "-2"
    if isinstance(first, str) and s.get("format") in ("uri", "url"):
        return first + "/2"
    return copy.deepcopy(first)


def chosen_inputs(op: SpecOperation, *, per_kind: int = 2) -> list[Field]:
    """Required inputs plus up to ``per_kind`` optional ones of each kind (string, boolean, array, enum, date...)."""
    chosen: list[Field] = []
    taken: dict[str, int] = {}
    excluded = excluded_by_rules(op.body_schema) if op.body_content_type else set()
    for f in op.inputs:
        if f.location == "path" or f.wire in PAGING_PARAMS or f.wire in excluded:
            continue
        if f.required:
            chosen.append(f)
        elif taken.get(f.kind, 0) < per_kind and f.kind != "any":
            taken[f.kind] = taken.get(f.kind, 0) + 1
            chosen.append(f)
    # A field Twilio ignores without another one (x-requires, checked by the SDK) comes with it.
    by_wire = {f.wire: f for f in op.inputs}
    for f in list(chosen):
        for other in f.schema.get("x-requires") or {}:
            if other in by_wire and by_wire[other] not in chosen:
                chosen.append(by_wire[other])
    return chosen


def path_values(op: SpecOperation) -> list[str]:
    """Values for the path parameters in path order, AccountSid excluded (the client supplies it)."""
    by_name = {p.wire: p for p in op.parameters if p.location == "path"}
    names = re.findall(r"\{([^}]+)\}", op.path)
    return [sample(by_name[name].schema) for name in names if name != ACCOUNT_PARAM]


def parse_wire_timestamp(value: str) -> datetime.datetime:
    """An independent parser for the two timestamp formats the API uses (RFC 2822 and ISO 8601)."""
    import email.utils

    if value[:4].isdigit():
        parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    else:
        parsed = email.utils.parsedate_to_datetime(value)
    assert parsed.tzinfo is not None, f"timestamp without a zone: {value!r}"
    return parsed
