"""twilio_messaging.types: every name a program annotates with, loaded lazily."""

from __future__ import annotations

import subprocess
import sys

import twilio_messaging.types as types
from twilio_messaging_api import models


def test_every_model_enum_and_paging_name_resolves() -> None:
    assert set(models.__all__) <= set(types.__all__)
    for name in ("Message", "MessageStatus", "Page", "Pager", "AsyncPage", "AsyncPager", "CalendarDay", "Unset"):
        assert name in types.__all__
    for name in types.__all__:
        assert getattr(types, name) is not None, name
    assert types.MissingFieldError is __import__("twilio_messaging").MissingFieldError
    package = __import__("twilio_messaging")
    errors = {name for name, module in package._EXPORTS.items() if module == "twilio_messaging.errors"}
    assert errors <= set(types.__all__), errors - set(types.__all__)  # every exported error is annotatable here too


def test_importing_it_loads_no_model_module() -> None:
    code = (
        "import sys, twilio_messaging.types\n"
        "print(sorted(m for m in sys.modules if m.startswith('twilio_messaging_api.models.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
