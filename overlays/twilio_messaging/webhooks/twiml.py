"""Building TwiML replies to incoming messages.

The output is compact (no indentation) and starts with the XML declaration, the form
Twilio's own libraries produce::

    <?xml version="1.0" encoding="UTF-8"?><Response><Message>Hello World!</Message></Response>
"""

from __future__ import annotations

import re
from typing import Literal

Method = Literal["GET", "POST"]

_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
# Characters XML 1.0 cannot carry at all, escaped or not.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# In attributes, parsers turn raw tabs and newlines into spaces: keep them as references.
_ATTR_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"}
)


def _checked(value: str) -> str:
    if _NOT_XML.search(value):
        raise ValueError("TwiML cannot contain control characters other than tab, newline and carriage return")
    return value


class _Element:
    __slots__ = ("_attributes", "_children", "_name", "_text")

    def __init__(self, name: str, text: str | None = None, attributes: dict[str, str | None] | None = None) -> None:
        self._name = name
        self._text = None if text is None else _checked(text)
        # None means "not given": such attributes are left out, so Twilio applies its default.
        self._attributes = {key: _checked(value) for key, value in (attributes or {}).items() if value is not None}
        self._children: list[_Element] = []

    def _render(self, out: list[str]) -> None:
        out.append("<" + self._name)
        for key, value in self._attributes.items():
            out.append(f' {key}="{value.translate(_ATTR_ESCAPES)}"')
        if self._text is None and not self._children:
            out.append("/>")
            return
        out.append(">")
        if self._text is not None:
            out.append(self._text.translate(_TEXT_ESCAPES))
        for child in self._children:
            child._render(out)
        out.append(f"</{self._name}>")


def _check_method(method: str | None) -> None:
    if method not in (None, "GET", "POST"):
        raise ValueError("method must be 'GET' or 'POST'")


class Message(_Element):
    """A ``<Message>`` verb; add nouns with :meth:`body` and :meth:`media`, which chain."""

    __slots__ = ()

    def body(self, text: str) -> Message:
        """Add the ``<Body>`` noun (at most one per message)."""
        if self._text is not None or any(child._name == "Body" for child in self._children):
            raise ValueError("this Message already has a body")
        self._children.append(_Element("Body", text))
        return self

    def media(self, url: str) -> Message:
        """Add a ``<Media>`` noun: the URL of an image or file to send (MMS, WhatsApp)."""
        self._children.append(_Element("Media", url))
        return self


class MessagingResponse:
    """The ``<Response>`` document answering an incoming-message webhook.

    An empty response (``<Response/>``) tells Twilio not to reply.
    """

    __slots__ = ("_root",)

    def __init__(self) -> None:
        self._root = _Element("Response")

    def message(
        self,
        body: str | None = None,
        *,
        to: str | None = None,
        from_: str | None = None,
        action: str | None = None,
        method: Method | None = None,
        status_callback: str | None = None,
    ) -> Message:
        """Add a ``<Message>`` and return it, for adding ``<Body>``/``<Media>`` nouns.

        ``body`` becomes the message's text content. Without ``to``/``from_``, Twilio
        replies to the sender from the number that received the message.
        """
        _check_method(method)
        attributes = {"to": to, "from": from_, "action": action, "method": method, "statusCallback": status_callback}
        message = Message("Message", body, attributes)
        self._root._children.append(message)
        return message

    def redirect(self, url: str, method: Method | None = None) -> MessagingResponse:
        """Add a ``<Redirect>``: Twilio fetches further TwiML from ``url``."""
        _check_method(method)
        self._root._children.append(_Element("Redirect", url, {"method": method}))
        return self

    def to_xml(self) -> str:
        """The document as text; encode it as UTF-8, which its declaration announces."""
        out = [_DECLARATION]
        self._root._render(out)
        return "".join(out)

    def __str__(self) -> str:
        return self.to_xml()

    def __repr__(self) -> str:
        return f"<MessagingResponse {self.to_xml()[len(_DECLARATION) :]}>"
