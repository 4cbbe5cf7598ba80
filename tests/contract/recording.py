"""How cassettes are recorded and replayed: vcrpy settings, scrubbing, and the provenance line.

Recording live (``pytest tests/contract --record-mode=rewrite`` with TWILIO_ACCOUNT_SID and
TWILIO_AUTH_TOKEN set): the Authorization and cookie headers are dropped and the real Account SID is
replaced by the placeholder before anything reaches the disk, so a replay (which always uses the
placeholder) matches, and no recording names a real account or carries a credential.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path
from typing import Any

from .spec_support import ACCOUNT_SID

LIVE_PROVENANCE = (
    "# Recorded from the live API on {date} with pytest --record-mode; credentials filtered and the account SID "
    "replaced (tests/contract/recording.py).\n"
)
_SID = re.compile(r"AC[0-9a-fA-F]{32}")
_SECRET_RESPONSE_HEADERS = ("set-cookie", "authorization")


def _scrub(text: str) -> str:
    real = os.environ.get("TWILIO_ACCOUNT_SID", "")
    if _SID.fullmatch(real) and real != ACCOUNT_SID:
        text = text.replace(real, ACCOUNT_SID)
    return text


def scrub_request(request: Any) -> Any:
    request.uri = _scrub(request.uri)
    if isinstance(request.body, bytes):
        request.body = _scrub(request.body.decode("utf-8", "replace")).encode("utf-8")
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes):
        response["body"]["string"] = _scrub(body.decode("utf-8", "replace")).encode("utf-8")
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in _SECRET_RESPONSE_HEADERS:
            del headers[name]
        else:
            headers[name] = [_scrub(value) for value in headers[name]]
    return response


def vcr_settings(record_mode: str) -> dict[str, Any]:
    return {
        "filter_headers": ["authorization", "proxy-authorization", "cookie"],
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "record_mode": record_mode,
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
    }


class ProvenancePersister:
    """Loads like vcrpy's persister; saves with a first line saying the cassette was recorded live, and when."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def load_cassette(self, cassette_path: str, serializer: Any) -> Any:
        return self._inner.load_cassette(cassette_path, serializer)

    def save_cassette(self, cassette_path: str, cassette_dict: Any, serializer: Any) -> None:
        from vcr.serialize import serialize

        path = Path(cassette_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        header = LIVE_PROVENANCE.format(date=datetime.date.today().isoformat())
        path.write_text(header + serialize(cassette_dict, serializer), encoding="utf-8")
