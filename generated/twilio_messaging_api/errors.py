"""Errors raised by generated code are defined in :mod:`twilio_messaging.errors`."""

from twilio_messaging.errors import TwilioMessagingError, UnexpectedResponseError

__all__ = ["TwilioMessagingError", "UnexpectedResponseError"]
