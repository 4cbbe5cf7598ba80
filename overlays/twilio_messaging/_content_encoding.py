"""Undoing the content codings the SDK asks for (``Accept-Encoding: gzip, deflate``), with zlib.

Twilio compresses responses when asked: a page of 1,000 messages shrinks about tenfold. zlib undoes
both codings in C, on the body already read whole, without building httpx's models and decoder
chain for every call. Any other coding (``br``, ``zstd``, several at once) is left to httpx's
decoders by the caller (:func:`twilio_messaging._wire.received`).
"""

from __future__ import annotations

import zlib

import httpx

_GZIP = zlib.MAX_WBITS | 16  # a gzip header and trailer around deflate data
_ZLIB = zlib.MAX_WBITS  # RFC 9110's "deflate": deflate data in a zlib wrapper
_RAW_DEFLATE = -zlib.MAX_WBITS  # what some servers send as "deflate" instead (httpx accepts it too)


def _inflate(body: bytes, wbits: int) -> bytes:
    decompressor = zlib.decompressobj(wbits)
    return decompressor.decompress(body) + decompressor.flush()


def decompressed(content_encoding: str, body: bytes) -> bytes | None:
    """The body with its gzip or deflate coding undone; None for a coding this function leaves to httpx.

    A body that does not decompress raises ``httpx.DecodingError``, as httpx's decoders do: to the
    client a transport failure (the request was answered, so it is never retried as if unsent).
    """
    coding = content_encoding.strip().lower()
    if coding in ("", "identity"):
        return body
    try:
        if coding == "gzip":
            return _inflate(body, _GZIP)
        if coding == "deflate":
            try:
                return _inflate(body, _ZLIB)
            except zlib.error:
                return _inflate(body, _RAW_DEFLATE)
    except zlib.error as exc:
        raise httpx.DecodingError(f"the {coding} body does not decompress: {exc}") from exc
    return None
