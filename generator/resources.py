"""Our generator stage: the resource-oriented interface, rendered from the parsed spec.

Every operation's path becomes a place in a tree of resources: a literal segment is an
attribute (``Services`` -> ``services``), a parameter segment makes its parent callable
(``client.services("MG...")``) and the operationId's verb names the method (``CreateService``
-> ``create``). ``AccountSid`` comes from the client. The same template renders sync and async
classes, so the two surfaces cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.view import OperationFacts, snake

# Where each host's paths hang in the tree: the prefix is dropped, the name (if any) becomes a namespace.
MOUNTS = [
    ("api", "/2010-04-01/Accounts/{AccountSid}", ""),
    ("pricing", "/v1/Messaging", "Pricing"),
    ("messaging", "/v1", ""),
    ("messaging", "/v2", ""),
    ("messaging", "/v3", ""),
]
VERBS = {"Create": "create", "Fetch": "fetch", "Update": "update", "Delete": "delete", "List": "list"}
PAGING_PARAMS = {"PageSize", "Page", "PageToken"}
ACCOUNT_PARAM = "AccountSid"


@dataclass
class Binding:
    """One operation as a method of a node."""

    method: str
    endpoint: Any  # openapi_python_client Endpoint
    facts: OperationFacts
    path_sources: dict[str, str]  # python name of each path parameter -> expression giving its value


@dataclass
class Node:
    """A place in the resource tree: a namespace/collection, or the instance of one."""

    class_name: str
    is_instance: bool = False
    children: dict[str, Node] = field(default_factory=dict)
    instance: Node | None = None
    instance_arg: str = "sid"
    depth: int = 0  # how many path values an object of this class holds
    access: str = "client"  # how users reach it, for docstrings: client.services(sid).phone_numbers
    bindings: dict[str, Binding] = field(default_factory=dict)

    def walk(self) -> list[Node]:
        nodes = [self]
        for child in self.children.values():
            nodes.extend(child.walk())
        if self.instance is not None:
            nodes.extend(self.instance.walk())
        return nodes


def _segments(facts: OperationFacts) -> list[str]:
    for host, prefix, mount in MOUNTS:
        if facts.host == host and facts.path.startswith(prefix + "/"):
            rest = facts.path[len(prefix) + 1 :].removesuffix(".json")
            return ([mount] if mount else []) + rest.split("/")
    raise ValueError(f"{facts.operation_id}: no mount for {facts.host} {facts.path}")


def _verb(facts: OperationFacts) -> str | None:
    return next((v for k, v in VERBS.items() if facts.operation_id.startswith(k)), None)


def _versioned(all_facts: list[OperationFacts]) -> dict[str, str]:
    """operationId -> "V2"/"V3" for operations whose place and verb an older API version already has.

    Twilio publishes some resources again under a newer version (/v2/LinkShortening/.../Certificate,
    /v3/Indicators/Typing.json); the newer one's last literal segment gets the version (certificate_v2).
    """
    by_place: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for facts in all_facts:
        version = facts.path.split("/")[1]
        if version.startswith("v") and version[1:].isdigit():
            place = (facts.host, str(_verb(facts)), *_segments(facts))
            by_place.setdefault(place, []).append((int(version[1:]), facts.operation_id))
    suffixes: dict[str, str] = {}
    for entries in by_place.values():
        for version, operation_id in sorted(entries)[1:]:
            suffixes[operation_id] = f"V{version}"
    return suffixes


def _camel(segment: str) -> str:
    return segment[:1].upper() + segment[1:]


def build_tree(endpoints: list[Any], facts_by_name: dict[str, OperationFacts]) -> Node:
    root = Node(class_name="Root")
    suffixes = _versioned([facts_by_name[str(endpoint.name)] for endpoint in endpoints])
    for endpoint in endpoints:
        facts = facts_by_name[str(endpoint.name)]
        if facts.method == "GET" and facts.operation_id.startswith("List") and not facts.paging:
            raise ValueError(f"{facts.operation_id}: a list operation whose response is not a recognised page envelope")
        verb = _verb(facts)
        if verb is None:
            raise ValueError(f"{facts.operation_id}: operationId must start with one of {list(VERBS)}")
        node, class_path, sources = root, "", {}
        wire_to_python = {p.name.get_untrusted_value(): str(p.python_name) for p in endpoint.path_parameters}
        segments = _segments(facts)
        if facts.operation_id in suffixes:
            last = max(i for i, segment in enumerate(segments) if not segment.startswith("{"))
            segments[last] += suffixes[facts.operation_id]
        for segment in segments:
            if segment.startswith("{"):
                wire = segment[1:-1]
                if node.instance is None:
                    node.instance_arg = "sid" if wire.endswith("Sid") else snake(wire)
                    node.instance = Node(
                        class_name=class_path + "Instance",
                        is_instance=True,
                        depth=node.depth + 1,
                        access=f"{node.access}({node.instance_arg})",
                    )
                if wire not in wire_to_python:
                    raise ValueError(f"{facts.operation_id}: {wire} not in {wire_to_python}")
                sources[wire_to_python[wire]] = f"self._path[{node.depth}]"
                node = node.instance
            else:
                class_path += _camel(segment)
                attr = snake(segment)
                if attr not in node.children:
                    node.children[attr] = Node(class_name=class_path, depth=node.depth, access=f"{node.access}.{attr}")
                node = node.children[attr]
        if ACCOUNT_PARAM in wire_to_python:
            sources[wire_to_python[ACCOUNT_PARAM]] = "self._client.account_sid"
        if verb in node.bindings:
            other = node.bindings[verb].facts.operation_id
            raise ValueError(f"{facts.operation_id} and {other} both map to {node.class_name}.{verb}")
        node.bindings[verb] = Binding(verb, endpoint, facts, sources)
    return root


# Runtime checks per property kind (class name of the generator's property type).
_SIMPLE = {
    "StringProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "int, float",
    "BooleanProperty": "bool",
    "DateTimeProperty": "datetime.datetime",
}


def argument_check(prop: Any, required: bool, name: str | None = None) -> str | None:
    """The statement checking one argument before sending; enums and days are converted instead (value_of)."""
    from generator.properties import nullable

    kind = type(prop).__name__
    name = name or str(prop.python_name)
    if kind == "UnionProperty" and nullable(prop):  # ``X | None``: None is a value (null) here
        inner = [p for p in prop.inner_properties if type(p).__name__ != "NoneProperty"]
        check = argument_check(inner[0], required, name) if len(inner) == 1 else None
        return check[:-1] + ", nullable=True)" if check and check.startswith("check(") else None
    if kind in _SIMPLE:
        return f'check("{name}", {name}, {_SIMPLE[kind]})'
    if kind == "ListProperty" and type(prop.inner_property).__name__ in _SIMPLE:
        return f'check_list("{name}", {name}, {_SIMPLE[type(prop.inner_property).__name__]})'
    if kind == "ModelProperty":
        return f'check("{name}", {name}, {prop.class_info.name})'
    if required:
        return f'check_given("{name}", {name})'
    return None


CONVERTERS = {"EnumProperty": "enum_value", "DateProperty": "day_value"}


def arg_type(prop: Any, required: bool, in_class: bool = True) -> str:
    """An argument's annotation. Enums take the enum or one of its values as a literal, so a checker catches
    a typo (a value the spec does not list yet goes through the enum class: ``EnumName("new-value")``);
    day filters take a CalendarDay, a date a checker tells apart from a datetime."""
    from openapi_python_client.strings import in_double_quote_literal

    kind = type(prop).__name__
    if kind == "EnumProperty":
        values = ", ".join(f'"{in_double_quote_literal(value)}"' for value in sorted(prop.values.values()))
        annotation = f"Literal[{values}] | {prop.class_info.name}"
    elif kind == "DateProperty":
        annotation = "CalendarDay"
    else:
        annotation = prop.get_type_string(no_optional=True).as_unembedded_code()
        if in_class:  # inside a class with a list() method, a bare list[...] names the method
            annotation = annotation.replace("list[", "builtins.list[")
    return annotation if required else f"{annotation} | Unset"


def requirements(binding: Binding, models: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(argument, argument it needs, why) for the body's ``x-requires`` rules, in Python names."""
    if not binding.facts.requires or not binding.endpoint.bodies:
        return []
    model = models[binding.endpoint.bodies[0].prop.class_info.name]
    python = {p.name: str(p.python_name) for p in model.required_properties + model.optional_properties}
    return [(python[name], python[other], why) for name, (other, why) in binding.facts.requires.items()]


def collect_arguments(binding: Binding, models: dict[str, Any]) -> list[tuple[Any, bool]]:
    """A method's keyword arguments: body fields, query parameters (paging ones apart for list), headers."""
    endpoint = binding.endpoint
    result: list[tuple[Any, bool]] = []
    if endpoint.bodies:
        model = models[endpoint.bodies[0].prop.class_info.name]
        result += [(p, True) for p in model.required_properties or []]
        result += [(p, False) for p in model.optional_properties or []]
    for param in endpoint.query_parameters:
        if binding.method == "list" and param.name.get_untrusted_value() in PAGING_PARAMS:
            continue
        result.append((param, bool(param.required)))
    result += [(param, bool(param.required)) for param in endpoint.header_parameters]
    return result


def resource_bases(config_path: Path) -> dict[str, dict[str, str]]:
    """``resource_bases`` from generator/config.yaml: class name -> {module, sync, async} of its base classes."""
    import yaml

    bases: dict[str, dict[str, str]] = (
        yaml.safe_load(config_path.read_text(encoding="utf-8")).get("resource_bases") or {}
    )
    for name, entry in bases.items():
        if set(entry) != {"module", "sync", "async"}:
            raise ValueError(f"resource_bases.{name}: give exactly module, sync and async")
    return bases


def _base_imports(nodes: list[Node], bases: dict[str, dict[str, str]]) -> list[str]:
    used = [bases[n.class_name] for n in nodes if n.class_name in bases]
    return sorted({f"from {b['module']} import {b['async']}, {b['sync']}" for b in used})


def _module_for(endpoint: Any, config: Any) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return f"...api.{endpoint.tags[0]}.{PythonIdentifier(endpoint.name, config.field_prefix)}"


def render_resources(
    project: Any, facts_by_name: dict[str, OperationFacts], out_dir: Path, bases: dict[str, dict[str, str]]
) -> None:
    """Write resources/<top-level>.py for every top-level node, and resources/__init__.py."""
    facts_by_python_name = project.env.globals["ops"]
    endpoints = [e for collection in project.openapi.endpoint_collections_by_tag.values() for e in collection.endpoints]
    root = build_tree(endpoints, facts_by_python_name)
    models = {m.class_info.name: m for m in project.openapi.models}
    # class_overrides can rename a schema's class: item classes are looked up by schema name.
    item_class = {m.name.get_untrusted_value().rsplit("/", 1)[-1]: m.class_info.name for m in project.openapi.models}
    out_dir.mkdir(parents=True, exist_ok=True)
    template = project.env.get_template("resources/module.py.jinja")
    init_template = project.env.get_template("resources/init.py.jinja")
    for attr, top in sorted(root.children.items()):
        nodes = top.walk()
        bindings = [b for n in nodes for b in n.bindings.values()]
        imports = sorted({_module_for(b.endpoint, project.config) for b in bindings})
        model_names = sorted(
            {item_class[b.facts.item_schema] for b in bindings if b.facts.item_schema}
            | {str(b.endpoint.bodies[0].prop.class_info.name) for b in bindings if b.endpoint.bodies}
        )
        text = template.render(
            top=top,
            nodes=nodes,
            module_imports=imports,
            model_names=model_names,
            models=models,
            item_class=item_class,
            argument_check=argument_check,
            arg_type=arg_type,
            converters=CONVERTERS,
            requirements=lambda b: requirements(b, models),
            module_for=lambda e: _module_for(e, project.config).rsplit(".", 1)[1],
            paging_params=PAGING_PARAMS,
            collect=lambda b: collect_arguments(b, models),
            bases=bases,
            base_imports=_base_imports(nodes, bases),
        )
        (out_dir / f"{attr}.py").write_text(text, encoding="utf-8")
    (out_dir / "__init__.py").write_text(init_template.render(root=root), encoding="utf-8")
