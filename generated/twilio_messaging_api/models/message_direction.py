from enum import StrEnum


class MessageDirection(StrEnum):
    """Where a message came from: inbound was received by the account; outbound-api was sent through the REST API; outbound-call was sent by TwiML during a voice call; outbound-reply was sent by TwiML in answer to an incoming message.
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_CALL = "outbound-call"
    OUTBOUND_REPLY = "outbound-reply"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageDirection | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
