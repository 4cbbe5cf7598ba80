"""Argument checks the generated resource methods run before anything is sent.

Python already rejects a missing keyword argument by name; these catch a value of the wrong
type, which would otherwise fail deep inside serialisation or, worse, reach Twilio.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from enum import Enum
from typing import Any, TypeVar, overload

from twilio_messaging_api.types import Unset

E = TypeVar("E", bound=Enum)


def _type_names(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)


def check(name: str, value: Any, *types: type) -> None:
    """Raise TypeError naming ``name`` unless value is UNSET or an instance of one of ``types``."""
    if isinstance(value, Unset) or value is None:
        return
    # bool is an int to Python, but True is never a meaningful count or index.
    if isinstance(value, datetime.datetime) and value.tzinfo is None:
        # A naive time means different instants on different machines; Twilio needs an offset.
        raise ValueError(f"{name} must be a timezone-aware datetime (e.g. datetime.now(timezone.utc))")
    if isinstance(value, types) and not (isinstance(value, bool) and bool not in types):
        return
    raise TypeError(f"{name} must be {_type_names(types)}, not {type(value).__name__}")


def check_list(name: str, value: Any, *item_types: type) -> None:
    """Like :func:`check` for a list argument: a sequence (not a string) of the item types."""
    if isinstance(value, Unset) or value is None:
        return
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of {_type_names(item_types)}, not {type(value).__name__}")
    for index, item in enumerate(value):
        check(f"{name}[{index}]", item, *item_types)


@overload
def enum_value(name: str, value: E | str, enum: type[E]) -> E: ...
@overload
def enum_value(name: str, value: E | str | Unset, enum: type[E]) -> E | Unset: ...
def enum_value(name: str, value: E | str | Unset, enum: type[E]) -> E | Unset:
    """Accept an enum member or its string value (an unknown string is kept, as Twilio may add values)."""
    if isinstance(value, Unset | enum):
        return value
    if isinstance(value, str):
        return enum(value)
    raise TypeError(f"{name} must be {enum.__name__} or str, not {type(value).__name__}")
