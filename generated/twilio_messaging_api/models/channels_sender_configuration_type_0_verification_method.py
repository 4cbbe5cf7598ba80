from enum import StrEnum


class ChannelsSenderConfigurationType0VerificationMethod(StrEnum):
    """How the number receives its verification code: sms (the default) or voice.
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    SMS = "sms"
    VOICE = "voice"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChannelsSenderConfigurationType0VerificationMethod | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
