from enum import StrEnum


class BrandRegistrationFeedback(StrEnum):
    """Deprecated hint on which submitted data to improve: TAX_ID (tax identifier), STOCK_SYMBOL (stock listing), NONPROFIT (nonprofit status), GOVERNMENT_ENTITY (government status) or OTHERS.
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    GOVERNMENT_ENTITY = "GOVERNMENT_ENTITY"
    NONPROFIT = "NONPROFIT"
    OTHERS = "OTHERS"
    STOCK_SYMBOL = "STOCK_SYMBOL"
    TAX_ID = "TAX_ID"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BrandRegistrationFeedback | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
