from enum import StrEnum


class MessageScheduleType(StrEnum):
    """How a message is scheduled: fixed sends it at the time given in SendAt.
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    FIXED = "fixed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageScheduleType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
