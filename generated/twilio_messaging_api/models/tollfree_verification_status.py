from enum import StrEnum


class TollfreeVerificationStatus(StrEnum):
    """Review state of a toll-free verification: PENDING_REVIEW (submitted, not yet picked up), IN_REVIEW (being reviewed), TWILIO_APPROVED (approved) or TWILIO_REJECTED (turned down, see the rejection fields).
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    IN_REVIEW = "IN_REVIEW"
    PENDING_REVIEW = "PENDING_REVIEW"
    TWILIO_APPROVED = "TWILIO_APPROVED"
    TWILIO_REJECTED = "TWILIO_REJECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TollfreeVerificationStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
