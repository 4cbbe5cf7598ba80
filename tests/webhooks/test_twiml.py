"""MessagingResponse output, byte for byte."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from twilio_messaging.webhooks import MessagingResponse

DECL = '<?xml version="1.0" encoding="UTF-8"?>'


def test_hello_world_matches_twilios_example() -> None:
    response = MessagingResponse()
    response.message("Hello World!")
    assert str(response) == DECL + "<Response><Message>Hello World!</Message></Response>"
    assert response.to_xml() == str(response)


def test_body_noun_and_redirect_as_in_twilios_example() -> None:
    response = MessagingResponse()
    response.message().body("Hello World!")
    response.redirect("https://demo.twilio.com/welcome/sms/")
    assert response.to_xml() == (
        DECL + "<Response><Message><Body>Hello World!</Body></Message>"
        "<Redirect>https://demo.twilio.com/welcome/sms/</Redirect></Response>"
    )


def test_empty_response_sends_no_reply() -> None:
    assert MessagingResponse().to_xml() == DECL + "<Response/>"


def test_nested_media_and_attributes_in_camel_case() -> None:
    response = MessagingResponse()
    message = response.message(
        to="+14155550199",
        from_="+14155550100",
        action="https://example.com/after",
        method="POST",
        status_callback="https://example.com/status",
    )
    assert message.body("Two pictures").media("https://example.com/a.jpg").media("https://example.com/b.png") is message
    response.redirect("https://example.com/next", method="GET")
    assert response.to_xml() == (
        DECL + '<Response><Message to="+14155550199" from="+14155550100" action="https://example.com/after" '
        'method="POST" statusCallback="https://example.com/status"><Body>Two pictures</Body>'
        "<Media>https://example.com/a.jpg</Media><Media>https://example.com/b.png</Media></Message>"
        '<Redirect method="GET">https://example.com/next</Redirect></Response>'
    )


def test_text_then_media_like_twilios_mms_quickstart() -> None:
    response = MessagingResponse()
    response.message("The Robots are coming!").media("https://example.com/robot.jpg")
    assert response.to_xml() == (
        DECL + "<Response><Message>The Robots are coming!<Media>https://example.com/robot.jpg</Media></Message></Response>"
    )


def test_escaping_text_and_attributes() -> None:
    response = MessagingResponse()
    response.message('5 < 6 & 7 > 3, "quoted" \'single\' é 👋', status_callback='https://e.example/s?a=1&b="2"&c=<3>')
    response.redirect("https://e.example/r?x=1&y=2")
    xml = response.to_xml()
    assert xml == (
        DECL + '<Response><Message statusCallback="https://e.example/s?a=1&amp;b=&quot;2&quot;&amp;c=&lt;3&gt;">'
        "5 &lt; 6 &amp; 7 &gt; 3, \"quoted\" 'single' é 👋</Message>"
        "<Redirect>https://e.example/r?x=1&amp;y=2</Redirect></Response>"
    )
    # And a real XML parser reads back exactly what went in.
    root = ET.fromstring(xml.encode("utf-8"))
    message = root.find("Message")
    assert message is not None
    assert message.text == '5 < 6 & 7 > 3, "quoted" \'single\' é 👋'
    assert message.get("statusCallback") == 'https://e.example/s?a=1&b="2"&c=<3>'


def test_whitespace_in_attributes_survives_parsing() -> None:
    response = MessagingResponse()
    response.message("x", action="a\tb\nc")
    root = ET.fromstring(response.to_xml())
    assert root[0].get("action") == "a\tb\nc"


def test_multiline_body_is_kept() -> None:
    response = MessagingResponse()
    response.message("line 1\nline 2")
    assert "<Message>line 1\nline 2</Message>" in response.to_xml()


def test_rejects_characters_xml_cannot_carry() -> None:
    with pytest.raises(ValueError, match="control characters"):
        MessagingResponse().message("bell \x07")
    with pytest.raises(ValueError, match="control characters"):
        MessagingResponse().message().media("https://e.example/\x00")


def test_rejects_bad_method_and_second_body() -> None:
    with pytest.raises(ValueError, match="method"):
        MessagingResponse().message("x", method="PUT")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="method"):
        MessagingResponse().redirect("https://e.example/", method="get")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="already has a body"):
        MessagingResponse().message("text").body("more")
    with pytest.raises(ValueError, match="already has a body"):
        MessagingResponse().message().body("one").body("two")


def test_repr_shows_the_document() -> None:
    response = MessagingResponse()
    response.message("Hi")
    assert repr(response) == "<MessagingResponse <Response><Message>Hi</Message></Response>>"
