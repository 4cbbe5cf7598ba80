"""Argument checks the generated resource methods run before anything is sent.

Python already rejects a missing keyword argument by name; these catch what a type checker would
(a value of the wrong type, ``None`` where a value is needed, a misspelt enum value), for callers
without one, before it fails deep inside serialisation or, worse, reaches Twilio.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from enum import Enum
from functools import cache
from typing import Any, Protocol, TypeVar, overload

from twilio_messaging_api.types import Unset

E = TypeVar("E", bound=Enum)


class CalendarDay(Protocol):
    """A calendar day: a :class:`datetime.date`, and *not* a :class:`datetime.datetime`.

    Twilio's day filters (``date_sent_after=`` ...) compare whole days in GMT. A ``datetime`` is a
    ``date`` to Python, so a plain ``date`` annotation would let a timestamp through and Twilio would
    get a different question than the one asked. This protocol is met by ``date`` but not by
    ``datetime`` (their ``-`` operators differ), so mypy and pyright flag a ``datetime`` or a ``str``;
    at run time :func:`day_value` refuses them too.
    """

    @property
    def year(self) -> int: ...

    def __sub__(self, other: datetime.date, /) -> datetime.timedelta: ...


def _type_names(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)


def check(name: str, value: Any, *types: type, nullable: bool = False) -> None:
    """Raise TypeError naming ``name`` unless value is UNSET or an instance of one of ``types``.

    ``None`` is refused (unless the spec makes the field ``nullable``, where null clears it): for a
    required argument it is a missing value, for an optional one leaving the argument out is how to
    send nothing.
    """
    if isinstance(value, Unset) or (nullable and value is None):
        return
    if isinstance(value, datetime.datetime) and value.tzinfo is None:
        # A naive time means different instants on different machines; Twilio needs an offset.
        raise ValueError(f"{name} must be a timezone-aware datetime (e.g. datetime.now(timezone.utc))")
    if value is None:
        raise TypeError(f"{name} must be {_type_names(types)}, not None")
    # bool is an int to Python, but True is never a meaningful count or index.
    if isinstance(value, types) and not (isinstance(value, bool) and bool not in types):
        return
    raise TypeError(f"{name} must be {_type_names(types)}, not {type(value).__name__}")


def check_given(name: str, value: Any) -> None:
    """A required argument of a kind without a finer check: anything but None."""
    if value is None:
        raise TypeError(f"{name} is required, not None")


def check_path(name: str, value: Any) -> None:
    """A SID or other value that goes into the URL path: a non-empty str (None would fetch ``.../None.json``)."""
    check(name, value, str)
    if not value:
        raise ValueError(f"{name} must not be empty")


def check_list(name: str, value: Any, *item_types: type) -> None:
    """Like :func:`check` for a list argument: a sequence (not a string) of the item types."""
    if isinstance(value, Unset):
        return
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of {_type_names(item_types)}, not {type(value).__name__}")
    for index, item in enumerate(value):
        check(f"{name}[{index}]", item, *item_types)


@overload
def day_value(name: str, value: CalendarDay) -> datetime.date: ...
@overload
def day_value(name: str, value: CalendarDay | Unset) -> datetime.date | Unset: ...
def day_value(name: str, value: CalendarDay | Unset) -> datetime.date | Unset:
    """A day filter's value: a ``datetime.date``; a ``datetime`` is refused rather than cut to its day."""
    if isinstance(value, datetime.datetime):
        raise TypeError(
            f"{name} takes a calendar day (datetime.date), not a datetime: Twilio filters by whole days in GMT. "
            f"Pass {name}=value.date() for the day in the datetime's own zone, or "
            f"value.astimezone(datetime.timezone.utc).date() for the GMT day"
        )
    if isinstance(value, Unset | datetime.date):
        return value
    raise TypeError(f"{name} must be datetime.date, not {'None' if value is None else type(value).__name__}")


@cache
def _declared(enum: type[Enum]) -> frozenset[str]:
    return frozenset(str(member.value) for member in enum)


@overload
def enum_value(name: str, value: E | str, enum: type[E]) -> E: ...
@overload
def enum_value(name: str, value: E | str | Unset, enum: type[E]) -> E | Unset: ...
def enum_value(name: str, value: E | str | Unset, enum: type[E]) -> E | Unset:
    """An enum argument: a member, or one of its declared values as a string.

    An unknown string is refused (a typo such as ``"cancelled"`` would otherwise reach Twilio). A value
    Twilio added after this SDK was generated is sent deliberately through the enum class, which
    accepts any string: ``MessageUpdateStatus("new-value")``.
    """
    if isinstance(value, Unset | enum):
        return value
    if isinstance(value, str):
        if value in _declared(enum):
            return enum(value)
        known = ", ".join(repr(v) for v in sorted(_declared(enum)))
        raise ValueError(
            f"{name}: {value!r} is not a known {enum.__name__} value ({known}); "
            f"to send a value this SDK does not list yet, pass {enum.__name__}({value!r})"
        )
    given = "None" if value is None else type(value).__name__
    raise TypeError(f"{name} must be {enum.__name__} or str, not {given}")


def requires(name: str, value: Any, other: str, other_value: Any, reason: str) -> None:
    """Refuse ``name`` without ``other`` when Twilio would silently ignore it (the spec's ``x-requires``)."""
    if not isinstance(value, Unset) and isinstance(other_value, Unset):
        raise ValueError(f"{name} needs {other}: {reason}")
