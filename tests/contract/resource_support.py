"""Find the public resource method behind each operationId, and call it with arguments built from the spec.

The resource tree is walked the way a user reaches it (``client.services("MG...").phone_numbers.list()``):
attributes are followed, a callable collection is called with a placeholder, and every method's body is
read to see which generated ``api/<tag>/<op>.py`` module's ``build_request`` it calls. Nothing is
hard-coded per operation, so a new operation shows up (or fails loudly) by itself.
"""

from __future__ import annotations

import datetime
import enum
import functools
import inspect
import re
import types
import typing
from dataclasses import dataclass
from typing import Any

from twilio_messaging.types import CalendarDay
from twilio_messaging_api.resources import AsyncResources, Resources

from .spec_support import Field, SpecOperation, chosen_inputs, normalized, path_values, sample

VERBS = ("create", "list", "page", "fetch", "update", "delete")
_BUILD_CALL = re.compile(r"\b(\w+)\.build_request\(")


@dataclass(frozen=True)
class Binding:
    """How to reach one operation: attribute/call steps from the client, then a method name."""

    steps: tuple[tuple[str, str | None], ...]  # ("attr", name) or ("call", None)
    method: str

    def describe(self) -> str:
        text = "client"
        for kind, name in self.steps:
            text += f".{name}" if kind == "attr" else "(...)"
        return f"{text}.{self.method}()"


class _NoRequester:
    account_sid = "AC" + "0" * 32

    def send(self, request: Any) -> Any:  # pragma: no cover - the walk never calls methods
        raise AssertionError("the resource walk must not send requests")


def _operation_of(cls: type, method_name: str) -> str | None:
    method = getattr(cls, method_name, None)
    if method is None:
        return None
    source = inspect.getsource(method)
    modules = set(_BUILD_CALL.findall(source))
    assert len(modules) == 1, f"{cls.__name__}.{method_name} calls build_request of {modules or 'nothing'}"
    module = inspect.getmodule(method).__dict__[modules.pop()]  # type: ignore[union-attr]
    return str(module.OPERATION.name)


def _walk(
    obj: Any, steps: tuple[tuple[str, str | None], ...], found: dict[str, list[Binding]], seen: set[type]
) -> None:
    cls = type(obj)
    if cls in seen:
        return
    seen.add(cls)
    for verb in VERBS:
        op_id = _operation_of(cls, verb)
        if op_id is not None:
            found.setdefault(op_id, []).append(Binding(steps, verb))
    for name, member in inspect.getmembers(cls):
        if isinstance(member, property) and not name.startswith("_"):
            _walk(getattr(obj, name), (*steps, ("attr", name)), found, seen)
    if "__call__" in cls.__dict__:
        _walk(obj("placeholder"), (*steps, ("call", None)), found, seen)


@functools.cache
def bindings(flavour: str) -> dict[str, list[Binding]]:
    """operationId -> every resource method that sends it (``list`` and ``page`` share one operation)."""
    root = Resources(_NoRequester()) if flavour == "sync" else AsyncResources(_NoRequester())  # type: ignore[arg-type]
    found: dict[str, list[Binding]] = {}
    _walk(root, (), found, set())
    return found


def primary_binding(flavour: str, operation_id: str) -> Binding:
    candidates = bindings(flavour).get(operation_id, [])
    assert candidates, f"{operation_id}: no {flavour} resource method sends it"
    non_page = [b for b in candidates if b.method != "page"]
    assert len(non_page) == 1, (
        f"{operation_id}: reached by several {flavour} methods: {[b.describe() for b in non_page]}"
    )
    return non_page[0]


def navigate(client: Any, binding: Binding, values: list[str], method: str | None = None) -> Any:
    """The bound method on ``client`` with the path values filled in, in path order."""
    node, remaining = client, list(values)
    for kind, name in binding.steps:
        node = getattr(node, name) if kind == "attr" else node(remaining.pop(0))  # type: ignore[arg-type]
    assert not remaining, f"{binding.describe()}: path values left over: {remaining}"
    return getattr(node, method or binding.method)


# --- arguments -------------------------------------------------------------------------------------------------------


def _union_args(annotation: Any) -> tuple[Any, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def to_python(annotation: Any, wire_value: Any) -> Any:
    """Turn a wire (JSON) sample into the Python value the resource method's annotation asks for."""
    options = _union_args(annotation)
    for option in options:
        origin = typing.get_origin(option)
        if origin is list and isinstance(wire_value, list):
            (inner,) = typing.get_args(option)
            return [to_python(inner, item) for item in wire_value]
    for option in options:
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return option(wire_value)
        if isinstance(option, type) and hasattr(option, "from_dict") and isinstance(wire_value, dict):
            return option.from_dict(wire_value)
        if option is datetime.datetime and isinstance(wire_value, str):
            return datetime.datetime.fromisoformat(wire_value.replace("Z", "+00:00"))
        if option in (datetime.date, CalendarDay) and isinstance(wire_value, str):
            return datetime.date.fromisoformat(wire_value)
    return wire_value


@dataclass
class Call:
    """One prepared call: the bound method, its keyword arguments, and what should reach the wire."""

    binding: Binding
    path_values: list[str]
    kwargs: dict[str, Any]
    sent: dict[str, tuple[Field, Any]]  # wire name -> (input, JSON value we expect on the wire)


def python_parameter(method: Any, wire: str) -> str:
    params = [p for p in inspect.signature(method).parameters if p != "self"]
    matches = [p for p in params if normalized(p) == normalized(wire)]
    assert len(matches) == 1, f"{method.__qualname__}: no single Python argument for wire name {wire!r} in {params}"
    return matches[0]


def prepare_call(op: SpecOperation, client: Any, flavour: str, *, overrides: dict[str, Any] | None = None) -> Call:
    """Arguments from the spec: path values from patterns, required inputs, a few optional ones of each kind."""
    binding = primary_binding(flavour, op.operation_id)
    values = path_values(op)
    method = navigate(client, binding, values)
    signature = inspect.signature(method)
    kwargs: dict[str, Any] = {}
    sent: dict[str, tuple[Field, Any]] = {}
    booleans = 0
    for f in chosen_inputs(op):
        wire_value = (overrides or {}).get(f.wire, sample(f.schema))
        if f.kind == "boolean" and f.wire not in (overrides or {}):
            wire_value, booleans = booleans % 2 == 0, booleans + 1  # true, false, true...: both must encode right
        name = python_parameter(method, f.wire)
        kwargs[name] = to_python(signature.parameters[name].annotation, wire_value)
        sent[f.wire] = (f, wire_value)
    return Call(binding, values, kwargs, sent)
