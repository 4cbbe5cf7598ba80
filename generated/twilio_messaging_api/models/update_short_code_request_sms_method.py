from enum import StrEnum


class UpdateShortCodeRequestSmsMethod(StrEnum):
    """Whether SmsUrl is requested with GET or POST.
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    GET = "GET"
    POST = "POST"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateShortCodeRequestSmsMethod | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
