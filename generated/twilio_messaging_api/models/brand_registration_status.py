from enum import StrEnum


class BrandRegistrationStatus(StrEnum):
    """Lifecycle state of a brand registration: PENDING (awaiting a result), IN_REVIEW (under manual review), APPROVED (registered), FAILED (rejected, see errors), SUSPENDED (blocked after approval), DELETION_PENDING (being removed) or DELETION_FAILED (removal did not succeed).
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    APPROVED = "APPROVED"
    DELETION_FAILED = "DELETION_FAILED"
    DELETION_PENDING = "DELETION_PENDING"
    FAILED = "FAILED"
    IN_REVIEW = "IN_REVIEW"
    PENDING = "PENDING"
    SUSPENDED = "SUSPENDED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BrandRegistrationStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
