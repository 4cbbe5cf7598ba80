from enum import StrEnum


class BrandRegistrationIdentityStatus(StrEnum):
    """Outcome of TCR's identity check: SELF_DECLARED (asserted by the brand, not checked), UNVERIFIED (could not be confirmed), VERIFIED (confirmed by TCR) or VETTED_VERIFIED (confirmed and also externally vetted).
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    SELF_DECLARED = "SELF_DECLARED"
    UNVERIFIED = "UNVERIFIED"
    VERIFIED = "VERIFIED"
    VETTED_VERIFIED = "VETTED_VERIFIED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BrandRegistrationIdentityStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
