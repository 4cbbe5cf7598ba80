"""Property kinds our templates add to openapi-python-client's: numbers Twilio sends as strings.

Twilio sends prices as decimal strings ("-0.00750") and counts as integer strings ("1"). The spec
says so (``type: string`` with ``format: decimal`` or ``format: integer-string``); the generator would
keep them as ``str``, leaving users to parse money and counts. These properties make them
``decimal.Decimal`` (exact, no float rounding) and ``int`` on the models, and send them back as strings.
"""

from __future__ import annotations

from typing import Any, ClassVar

from openapi_python_client.parser.properties import StringProperty


class NumericStringProperty(StringProperty):
    """A number carried as a JSON string; subclasses name the Python type."""

    _json_type_string: ClassVar[str] = "str"
    template: ClassVar[str] = "numeric_string_property.py.jinja"
    imports: ClassVar[set[str]] = set()

    def get_imports(self, *, prefix: str) -> set[str]:
        return super().get_imports(prefix=prefix) | self.imports


class DecimalStringProperty(NumericStringProperty):
    _type_string: ClassVar[str] = "Decimal"
    imports: ClassVar[set[str]] = {"from decimal import Decimal"}


class IntegerStringProperty(NumericStringProperty):
    _type_string: ClassVar[str] = "int"


FORMATS: dict[str, type[NumericStringProperty]] = {
    "decimal": DecimalStringProperty,
    "integer-string": IntegerStringProperty,
}


def install() -> None:
    """Route those string formats to our properties (openapi-python-client 0.29.1 internals)."""
    from openapi_python_client.parser import properties
    from openapi_python_client.strings import PythonIdentifier

    stock = properties._string_based_property

    def string_based_property(name: Any, required: bool, data: Any, config: Any) -> Any:
        kind = FORMATS.get(data.schema_format or "")
        if kind is None:
            return stock(name, required, data, config)
        return kind.build(
            name=name,
            required=required,
            default=None,
            python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
            description=data.description,
            example=data.example,
        )

    properties._string_based_property = string_based_property
