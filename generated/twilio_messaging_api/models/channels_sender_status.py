from enum import StrEnum


class ChannelsSenderStatus(StrEnum):
    """Lifecycle state of a sender: CREATING (being set up), PENDING_VERIFICATION (waiting for a verification code), VERIFYING (code being checked), ONLINE (ready to send), ONLINE:UPDATING (online while a change is applied), OFFLINE (cannot send, see offline_reasons) or STUBBED (placeholder not yet active).
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    CREATING = "CREATING"
    OFFLINE = "OFFLINE"
    ONLINE = "ONLINE"
    ONLINEUPDATING = "ONLINE:UPDATING"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"
    STUBBED = "STUBBED"
    VERIFYING = "VERIFYING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChannelsSenderStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
