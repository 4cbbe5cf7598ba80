"""Webhook forms as Twilio posts them (values made up), shared by the tests."""

from __future__ import annotations

ACCOUNT_SID = "AC" + "1" * 32
INBOUND_SID = "SM" + "a" * 32

# Field for field what Twilio posts for an incoming SMS (values made up).
INBOUND_SMS: list[tuple[str, str]] = [
    ("ToCountry", "US"),
    ("ToState", "CA"),
    ("SmsMessageSid", INBOUND_SID),
    ("NumMedia", "0"),
    ("ToCity", "SAN FRANCISCO"),
    ("FromZip", ""),
    ("SmsSid", INBOUND_SID),
    ("FromState", "CA"),
    ("SmsStatus", "received"),
    ("FromCity", ""),
    ("Body", "Hello & welcome <3"),
    ("FromCountry", "US"),
    ("To", "+14155550100"),
    ("MessagingServiceSid", "MG" + "2" * 32),
    ("ToZip", "94105"),
    ("NumSegments", "1"),
    ("MessageSid", INBOUND_SID),
    ("AccountSid", ACCOUNT_SID),
    ("From", "+14155550199"),
    ("ApiVersion", "2010-04-01"),
]

STATUS_UNDELIVERED: list[tuple[str, str]] = [
    ("ErrorCode", "30003"),
    ("SmsSid", "SM" + "b" * 32),
    ("SmsStatus", "undelivered"),
    ("MessageStatus", "undelivered"),
    ("To", "+14155550199"),
    ("MessagingServiceSid", "MG" + "2" * 32),
    ("MessageSid", "SM" + "b" * 32),
    ("AccountSid", ACCOUNT_SID),
    ("From", "+14155550100"),
    ("ApiVersion", "2010-04-01"),
    ("RawDlrDoneDate", "2403151442"),
    ("ChannelToAddress", "+1415555XXXX"),
]
