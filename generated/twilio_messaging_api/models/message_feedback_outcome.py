from enum import StrEnum


class MessageFeedbackOutcome(StrEnum):
    """Reported result of a message: confirmed means the recipient performed the tracked action, unconfirmed means that has not been confirmed.
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageFeedbackOutcome | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
