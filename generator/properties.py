"""Property kinds our templates add to openapi-python-client's.

Twilio sends prices as decimal strings ("-0.00750"). The spec says so with ``type: string,
format: decimal``; the generator would keep them as ``str``, so users would parse money
themselves. ``DecimalProperty`` makes such fields ``decimal.Decimal`` on the models (exact, no
float rounding) and sends them back as strings.
"""

from __future__ import annotations

from typing import Any, ClassVar

from openapi_python_client.parser.properties import StringProperty


class DecimalProperty(StringProperty):
    """A decimal number carried as a JSON string."""

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"
    template: ClassVar[str] = "decimal_property.py.jinja"

    def get_imports(self, *, prefix: str) -> set[str]:
        return super().get_imports(prefix=prefix) | {"from decimal import Decimal"}


def install() -> None:
    """Route ``format: decimal`` strings to DecimalProperty (openapi-python-client 0.29.1 internals)."""
    from openapi_python_client.parser import properties
    from openapi_python_client.strings import PythonIdentifier

    stock = properties._string_based_property

    def string_based_property(name: Any, required: bool, data: Any, config: Any) -> Any:
        if data.schema_format == "decimal":
            return DecimalProperty.build(
                name=name,
                required=required,
                default=None,
                python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                description=data.description,
                example=data.example,
            )
        return stock(name, required, data, config)

    properties._string_based_property = string_based_property
