"""InboundMessage and StatusCallback parsed from realistic webhook forms."""

from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime
from typing import Any

import pytest
from twilio_messaging.webhooks import InboundMessage, Media, StatusCallback, WebhookPayloadError

from .samples import ACCOUNT_SID, INBOUND_SID


def test_inbound_sms(inbound_sms: list[tuple[str, str]]) -> None:
    message = InboundMessage.from_form(dict(inbound_sms))
    assert message.message_sid == INBOUND_SID
    assert message.account_sid == ACCOUNT_SID
    assert (message.from_, message.to) == ("+14155550199", "+14155550100")
    assert message.body == "Hello & welcome <3"
    assert (message.num_media, message.media, message.num_segments) == (0, (), 1)
    assert message.messaging_service_sid == "MG" + "2" * 32
    assert message.api_version == "2010-04-01"
    assert (message.to_city, message.to_state, message.to_zip, message.to_country) == (
        "SAN FRANCISCO", "CA", "94105", "US",
    )
    # Twilio sends empty values for what it does not know.
    assert (message.from_city, message.from_zip, message.from_state) == (None, None, "CA")
    assert message.profile_name is None and message.latitude is None and message.channel_metadata is None
    # Unmapped fields are kept; the SID aliases are mapped (into message_sid).
    assert dict(message.extra) == {"SmsStatus": "received"}
    assert ("SmsSid", INBOUND_SID) in message.raw


def test_inbound_message_is_frozen_hashable_and_picklable(inbound_sms: list[tuple[str, str]]) -> None:
    message = InboundMessage.from_form(dict(inbound_sms))
    with pytest.raises(AttributeError):
        message.body = "changed"  # type: ignore[misc]
    assert hash(message) == hash(InboundMessage.from_form(dict(inbound_sms)))
    assert message == InboundMessage.from_form(dict(reversed(inbound_sms)))
    assert "raw=" not in repr(message)
    assert pickle.loads(pickle.dumps(message)) == message


def test_mms_with_several_media(inbound_sms: list[tuple[str, str]]) -> None:
    form: dict[str, Any] = dict(inbound_sms)
    form.update(
        NumMedia="3",
        MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME0",
        MediaContentType0="image/jpeg",
        MediaUrl1="https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
        MediaContentType1="image/png",
        MediaUrl2="https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2",
        MediaContentType2="video/mp4",
        Body="",
    )
    message = InboundMessage.from_form(form)
    assert message.num_media == 3
    assert [m.content_type for m in message.media] == ["image/jpeg", "image/png", "video/mp4"]
    assert message.media[1] == ("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", "image/png")
    assert isinstance(message.media[0], Media) and message.media[0].url.endswith("/ME0")
    assert message.body == ""
    assert not any(key.startswith("Media") for key in message.extra)


def test_whatsapp_location_with_profile() -> None:
    metadata = {"type": "whatsapp", "data": {"context": {"ProfileName": "Ana", "WaId": "14155550199"}}}
    form = {
        "MessageSid": "SM" + "c" * 32,
        "AccountSid": ACCOUNT_SID,
        "From": "whatsapp:+14155550199",
        "To": "whatsapp:+14155238886",
        "Body": "",
        "NumMedia": "0",
        "NumSegments": "1",
        "ProfileName": "Ana",
        "WaId": "14155550199",
        "MessageType": "location",
        "Latitude": "37.7749",
        "Longitude": "-122.4194",
        "Address": "1 Market St, San Francisco",
        "Label": "Office",
        "Forwarded": "true",
        "FrequentlyForwarded": "false",
        "ButtonText": "Yes",
        "ButtonPayload": "confirm:42",
        "OriginalRepliedMessageSender": "whatsapp:+14155238886",
        "OriginalRepliedMessageSid": "SM" + "d" * 32,
        "ReferralNumMedia": "1",
        "ReferralSourceType": "ad",
        "ReferralCtwaClid": "clid-1",
        "ChannelMetadata": json.dumps(metadata),
        "SmsStatus": "received",
        "ApiVersion": "2010-04-01",
        "SomeFieldTwilioAddsLater": "kept",
    }
    message = InboundMessage.from_form(form)
    assert (message.profile_name, message.wa_id, message.message_type) == ("Ana", "14155550199", "location")
    assert (message.latitude, message.longitude) == (37.7749, -122.4194)
    assert (message.address, message.label) == ("1 Market St, San Francisco", "Office")
    assert (message.forwarded, message.frequently_forwarded) == (True, False)
    assert (message.button_text, message.button_payload) == ("Yes", "confirm:42")
    assert message.original_replied_message_sid == "SM" + "d" * 32
    assert (message.referral_num_media, message.referral_source_type, message.referral_ctwa_clid) == (1, "ad", "clid-1")
    assert message.channel_metadata == metadata
    assert dict(message.extra) == {"SmsStatus": "received", "SomeFieldTwilioAddsLater": "kept"}


def test_message_sid_falls_back_to_older_names(inbound_sms: list[tuple[str, str]]) -> None:
    form = {k: v for k, v in inbound_sms if k not in ("MessageSid", "SmsMessageSid")}
    assert InboundMessage.from_form(form).message_sid == INBOUND_SID


def test_repeated_unknown_field_keeps_every_value(inbound_sms: list[tuple[str, str]]) -> None:
    form: dict[str, Any] = dict(inbound_sms)
    form["Tag"] = ["a", "b"]
    message = InboundMessage.from_form(form)
    assert message.extra["Tag"] == "a"
    assert [v for k, v in message.raw if k == "Tag"] == ["a", "b"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("MessageSid", None),
        ("From", None),
        ("To", ""),
        ("AccountSid", None),
        ("NumMedia", "two"),
        ("NumMedia", "-1"),
        ("NumSegments", "1.5"),
        ("Latitude", "north"),
        ("Latitude", "91"),
        ("Longitude", "nan"),
        ("Forwarded", "yes"),
        ("ChannelMetadata", "{not json"),
        ("ChannelMetadata", "[1, 2]"),
        ("MediaUrl0", None),  # NumMedia says 1 below
    ],
)
def test_malformed_inbound_names_the_field(
    inbound_sms: list[tuple[str, str]], field: str, value: str | None
) -> None:
    form: dict[str, Any] = dict(inbound_sms)
    if field == "MediaUrl0":
        form.update(NumMedia="1", MediaContentType0="image/png")
    aliases = {"MessageSid": ("SmsSid", "SmsMessageSid")}.get(field, ())
    for name in (field, *aliases):
        form.pop(name, None)
    if value is not None:
        form[field] = value
    with pytest.raises(WebhookPayloadError) as excinfo:
        InboundMessage.from_form(form)
    assert excinfo.value.field == field
    assert repr(field) in str(excinfo.value)
    assert isinstance(excinfo.value, ValueError)
    if value:
        assert value not in str(excinfo.value)  # values (personal data) stay out of messages


def test_payload_error_pickles() -> None:
    error = pickle.loads(pickle.dumps(WebhookPayloadError("NumMedia", "expected an integer")))
    assert (error.field, error.reason) == ("NumMedia", "expected an integer")


class TestStatusCallback:
    def test_undelivered_with_error_and_dlr_date(
        self, status_undelivered: list[tuple[str, str]], message_status_enum: Any
    ) -> None:
        callback = StatusCallback.from_form(dict(status_undelivered))
        assert callback.message_sid == "SM" + "b" * 32
        assert callback.message_status is message_status_enum("undelivered")
        assert callback.message_status == "undelivered"
        assert callback.sms_status == "undelivered"
        assert (callback.error_code, callback.error_message) == (30003, None)
        assert callback.raw_dlr_done_date == datetime(2024, 3, 15, 14, 42, tzinfo=UTC)
        assert (callback.from_, callback.to, callback.account_sid) == ("+14155550100", "+14155550199", ACCOUNT_SID)
        assert dict(callback.extra) == {"ChannelToAddress": "+1415555XXXX"}

    def test_delivered_whatsapp_read_event(self, message_status_enum: Any) -> None:
        callback = StatusCallback.from_form(
            {
                "MessageSid": "SM" + "e" * 32,
                "MessageStatus": "read",
                "AccountSid": ACCOUNT_SID,
                "To": "whatsapp:+14155550199",
                "From": "whatsapp:+14155238886",
                "ChannelInstallSid": "XE" + "f" * 32,
                "ChannelStatusMessage": "[]",
                "ChannelPrefix": "whatsapp",
                "EventType": "READ",
                "ErrorCode": "",
            }
        )
        assert callback.message_status is message_status_enum.READ
        assert (callback.channel_prefix, callback.event_type) == ("whatsapp", "READ")
        assert callback.channel_install_sid == "XE" + "f" * 32
        assert callback.channel_status_message == "[]"
        assert callback.error_code is None and callback.raw_dlr_done_date is None

    def test_unknown_status_is_kept(self, status_undelivered: list[tuple[str, str]], message_status_enum: Any) -> None:
        form = dict(status_undelivered) | {"MessageStatus": "teleported"}
        assert StatusCallback.from_form(form).message_status == "teleported"

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("MessageStatus", ""),
            ("AccountSid", None),
            ("To", None),
            ("ErrorCode", "30003x"),
            ("RawDlrDoneDate", "2024-03-15"),
            ("RawDlrDoneDate", "2413151442"),  # month 13
        ],
    )
    def test_malformed_names_the_field(
        self, status_undelivered: list[tuple[str, str]], message_status_enum: Any, field: str, value: str | None
    ) -> None:
        form = dict(status_undelivered)
        form.pop(field)
        if value is not None:
            form[field] = value
        with pytest.raises(WebhookPayloadError) as excinfo:
            StatusCallback.from_form(form)
        assert excinfo.value.field == field


def test_missing_message_sid_fails_before_the_status_enum_is_needed(status_undelivered: list[tuple[str, str]]) -> None:
    form = {k: v for k, v in status_undelivered if k not in ("MessageSid", "SmsSid")}
    with pytest.raises(WebhookPayloadError, match="MessageSid"):
        StatusCallback.from_form(form)
