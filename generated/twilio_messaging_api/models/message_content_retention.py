from enum import StrEnum


class MessageContentRetention(StrEnum):
    """What happens to message content after processing: retain keeps it, discard removes it.
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    DISCARD = "discard"
    RETAIN = "retain"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageContentRetention | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
