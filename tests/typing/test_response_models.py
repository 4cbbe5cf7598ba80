"""Response models tell the truth: fields are ``T`` or ``T | None``, never Unset, and a ``T`` field
Twilio leaves out raises MissingFieldError instead of handing back a value its type does not allow."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from decimal import Decimal
from typing import Any

import pytest
from twilio_messaging import MissingFieldError, TwilioMessagingError
from twilio_messaging_api import models, resources
from twilio_messaging_api.models.message import Message
from twilio_messaging_api.models.messaging_country import MessagingCountry

SID = "SM" + "a" * 32


def _hints(function: Any) -> dict[str, Any]:
    """Annotations resolved; models import each other only for type checkers, so give all of them."""
    module = importlib.import_module(function.__module__)
    every_model = {name: getattr(models, name) for name in models.__all__}
    return typing.get_type_hints(function, {**every_model, **vars(module)})


def _classes_in(annotation: Any) -> list[type]:
    found: list[type] = []
    if isinstance(annotation, type):
        found.append(annotation)
    for argument in typing.get_args(annotation):
        found += _classes_in(argument)
    return found


def _response_models() -> dict[str, type]:
    """Every model a resource method returns, and every model reachable through their fields."""
    pending: list[type] = []
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{resources.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or cls.__name__.startswith("Async"):
                continue
            for attr, member in vars(cls).items():
                if callable(member) and not attr.startswith("_") and attr != "page":
                    returned = _hints(member).get("return")
                    pending += [c for c in _classes_in(returned) if hasattr(c, "from_dict")]
    seen: dict[str, type] = {}
    while pending:
        cls = pending.pop()
        if cls.__name__ in seen:
            continue
        seen[cls.__name__] = cls
        for member in vars(cls).values():
            if isinstance(member, property) and member.fget is not None:
                pending += [c for c in _classes_in(_hints(member.fget).get("return")) if hasattr(c, "from_dict")]
    return seen


def test_no_response_model_field_is_typed_with_unset() -> None:
    models = _response_models()
    assert {"Message", "Media", "Service", "MessagingCountry", "OutboundSmsPrice", "ChannelsSender"} <= set(models)
    offenders = []
    for name, cls in sorted(models.items()):
        for attr, member in vars(cls).items():
            if isinstance(member, property) and member.fget is not None and attr != "additional_properties":
                hint = _hints(member.fget)["return"]
                if "Unset" in repr(hint):
                    offenders.append(f"{name}.{attr}: {hint!r}")
    assert not offenders, "\n".join(offenders)


def test_never_null_fields_are_plain_and_nullable_ones_admit_none() -> None:
    hints = {name: _hints(getattr(Message, name).fget)["return"] for name in ("sid", "date_created", "price", "body")}
    assert hints["sid"] is str
    assert hints["price"] == Decimal | None
    assert type(None) in typing.get_args(hints["body"])
    assert type(None) not in typing.get_args(hints["date_created"])


def test_a_never_null_field_left_out_raises_a_typed_error_naming_model_and_field() -> None:
    message = Message.from_dict({"status": "queued"})
    with pytest.raises(MissingFieldError) as caught:
        _ = message.sid
    assert isinstance(caught.value, TwilioMessagingError)
    assert (caught.value.model, caught.value.field, caught.value.wire_name) == ("Message", "sid", "sid")
    assert "Message.sid is absent" in str(caught.value)


def test_a_never_null_field_sent_as_null_raises_too() -> None:
    message = Message.from_dict({"sid": None, "date_created": None})
    with pytest.raises(MissingFieldError, match=r"Message\.sid is null"):
        _ = message.sid
    with pytest.raises(MissingFieldError, match=r"Message\.date_created is null"):
        _ = message.date_created


def test_the_wire_name_is_named_when_it_differs() -> None:
    from twilio_messaging_api.models.channel_sender import ChannelSender

    assert ChannelSender.from_dict({}).country_code is None  # nullable: absent reads as None
    with pytest.raises(MissingFieldError) as caught:
        _ = ChannelSender.from_dict({}).sender_type
    assert caught.value.field == "sender_type"


def test_a_nullable_field_left_out_reads_as_none_and_the_data_is_kept() -> None:
    message = Message.from_dict({"sid": SID, "surprise": 1})
    assert (message.sid, message.price, message.error_code, message.from_) == (SID, None, None, None)
    assert message.to_dict() == {"sid": SID, "surprise": 1}
    assert message.additional_properties == {"surprise": 1}


def test_nested_models_check_their_own_fields() -> None:
    country = MessagingCountry.from_dict(
        {"country": "US", "iso_country": "US", "url": "u", "outbound_sms_prices": [{"carrier": "att"}]}
    )
    with pytest.raises(MissingFieldError, match=r"OutboundSmsPrice\.mcc is absent"):
        _ = country.outbound_sms_prices[0].mcc
    assert country.outbound_sms_prices[0].carrier == "att"


def test_reading_twice_converts_once() -> None:
    message = Message.from_dict({"date_created": "Thu, 24 Aug 2023 05:01:45 +0000"})
    assert message.date_created is message.date_created


def test_an_object_shared_by_requests_and_responses_is_split() -> None:
    """Request bodies keep optional fields; responses get a ``<Name>Response`` copy with present ones."""
    from twilio_messaging_api.models.channels_sender_profile_email import ChannelsSenderProfileEmail
    from twilio_messaging_api.models.channels_sender_profile_email_response import ChannelsSenderProfileEmailResponse
    from twilio_messaging_api.models.channels_sender_profile_response import ChannelsSenderProfileResponse

    assert ChannelsSenderProfileEmail(email="a@example.com").to_dict() == {"email": "a@example.com"}
    assert _hints(ChannelsSenderProfileEmailResponse.email.fget)["return"] is str
    profile = ChannelsSenderProfileResponse.from_dict({"emails": [{"email": "a@example.com", "label": "Support"}]})
    assert profile.emails is not None and isinstance(profile.emails[0], ChannelsSenderProfileEmailResponse)
