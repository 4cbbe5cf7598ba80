from enum import StrEnum


class BrandVettingProvider(StrEnum):
    """Third-party vetting provider: campaign-verify (Campaign Verify tokens for political senders) or aegis (secondary vetting by Aegis Mobile).
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    AEGIS = "aegis"
    CAMPAIGN_VERIFY = "campaign-verify"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BrandVettingProvider | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
