from enum import StrEnum


class MessageStatus(StrEnum):
    """Delivery state of a message. Outbound: accepted (taken in by a Messaging Service, sender not yet chosen), scheduled (waiting for its send time), queued (waiting to be sent), sending, sent (handed to the carrier), delivered (carrier confirmed delivery), undelivered (carrier could not deliver), failed (could not be sent), partially_delivered (only part arrived), read (opened by the recipient, on channels that report it, such as WhatsApp), canceled (scheduled message called off). Inbound: receiving, received.
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    ACCEPTED = "accepted"
    CANCELED = "canceled"
    DELIVERED = "delivered"
    FAILED = "failed"
    PARTIALLY_DELIVERED = "partially_delivered"
    QUEUED = "queued"
    READ = "read"
    RECEIVED = "received"
    RECEIVING = "receiving"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    UNDELIVERED = "undelivered"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
