"""The client interface generated code calls; :mod:`twilio_messaging` implements it."""

from twilio_messaging._operation import ApiRequest, AsyncRequester, Operation, SyncRequester

__all__ = ["ApiRequest", "AsyncRequester", "Operation", "SyncRequester"]
