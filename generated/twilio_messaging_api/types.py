"""Shared types of the generated client."""

from typing import Literal


class Unset:
    """The type of :data:`UNSET`: an argument or field that was not given (distinct from None)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

__all__ = ["UNSET", "Unset"]
