"""Typed Python SDK for Twilio Programmable Messaging."""

__version__ = "0.1.0"
