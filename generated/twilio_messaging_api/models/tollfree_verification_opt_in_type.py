from enum import StrEnum


class TollfreeVerificationOptInType(StrEnum):
    """How recipients consent to messages: VERBAL (spoken), WEB_FORM (online form), PAPER_FORM (signed paper form), VIA_TEXT (texting a keyword), MOBILE_QR_CODE (scanning a QR code), IMPORT (consent collected elsewhere and imported) or IMPORT_PLEASE_REPLACE (placeholder on imported records, to be replaced with the real method).
    A value the spec does not list (Twilio adds values over time) still parses: it becomes a
    member created on the fly, so a response never fails on it and the value is kept.
    """

    IMPORT = "IMPORT"
    IMPORT_PLEASE_REPLACE = "IMPORT_PLEASE_REPLACE"
    MOBILE_QR_CODE = "MOBILE_QR_CODE"
    PAPER_FORM = "PAPER_FORM"
    VERBAL = "VERBAL"
    VIA_TEXT = "VIA_TEXT"
    WEB_FORM = "WEB_FORM"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TollfreeVerificationOptInType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
