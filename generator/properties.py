"""What we add to openapi-python-client's properties: numbers Twilio sends as strings, timestamps
in Twilio's two formats, and the helpers our model template uses to pick a property's read path.

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


_installed = False


def install() -> None:
    """Patch openapi-python-client 0.29.1 once per process (generating twice must not wrap twice)."""
    global _installed
    if _installed:
        return
    from openapi_python_client.parser import properties
    from openapi_python_client.parser.properties.datetime import DateTimeProperty
    from openapi_python_client.strings import PythonIdentifier

    stock_string_property = properties._string_based_property

    def string_based_property(name: Any, required: bool, data: Any, config: Any) -> Any:
        kind = FORMATS.get(data.schema_format or "")
        if kind is None:
            return stock_string_property(name, required, data, config)
        return kind.build(
            name=name,
            required=required,
            default=None,
            python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
            description=data.description,
            example=data.example,
        )

    properties._string_based_property = string_based_property

    # Our datetime template calls parse_timestamp (both of Twilio's formats); models must import it.
    stock_imports = DateTimeProperty.get_imports

    def imports_with_parser(self: DateTimeProperty, *, prefix: str) -> set[str]:
        return stock_imports(self, prefix=prefix) | {"from twilio_messaging._datetime import parse_timestamp"}

    DateTimeProperty.get_imports = imports_with_parser  # type: ignore[method-assign]
    _installed = True


# Kinds whose JSON value is already the Python value: reading them needs no conversion.
_PLAIN = {"StringProperty", "IntProperty", "FloatProperty", "BooleanProperty", "AnyProperty", "NoneProperty"}


def nullable_single(prop: Any) -> Any:
    """The one inner property of an ``X | None`` union that needs converting, else None."""
    if type(prop).__name__ != "UnionProperty":
        return None
    inner = [p for p in prop.inner_properties if type(p).__name__ != "NoneProperty"]
    if len(inner) != 1 or type(inner[0]).__name__ in _PLAIN | {"UnionProperty"}:
        return None
    return inner[0]


def passthrough(prop: Any) -> bool:
    """A ``str | None``-like union: its value is read as it is."""
    return type(prop).__name__ == "UnionProperty" and all(type(p).__name__ in _PLAIN for p in prop.inner_properties)


def nullable(prop: Any) -> bool:
    """Whether the property's type admits None (the spec says ``nullable``)."""
    return type(prop).__name__ == "UnionProperty" and any(
        type(p).__name__ == "NoneProperty" for p in prop.inner_properties
    )


def response_model(model: Any) -> bool:
    """A model generator/view.py marked as a response model (``x-response``): every field always sent."""
    return bool((model.data.model_extra or {}).get("x-response"))


TEMPLATE_HELPERS = {
    "nullable_single": nullable_single,
    "passthrough": passthrough,
    "nullable": nullable,
    "response_model": response_model,
}
