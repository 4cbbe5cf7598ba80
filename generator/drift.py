"""Drift between our spec and Twilio's description: ``python -m generator drift [PATH]``.

Compares spec/ with the committed snapshot (``spec/upstream/``) or with a folder of Twilio's official
files, operation by operation (matched by method and path, never by operationId): hosts, operationIds,
parameters, request and response fields (the fields of every ``oneOf`` variant count), their types,
formats, enum values, patterns, required-ness and nullability. A difference is explained when our side
carries an ``x-curated`` note: on the operation, the parameter, the field, or (for a field we leave
out) the object that would hold it. The report lists what is unexplained, grouped by operation, and
exits 1 when anything is; ``--all`` also lists the explained differences with their notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.facts import CONSTRAINTS, Json, field_map, iter_fields, operation_facts

CATEGORIES = ("operations", "parameters", "request fields", "response fields")
COMPARED = (*CONSTRAINTS, "required")


@dataclass(frozen=True)
class Finding:
    operation: str  # "METHOD /path"
    sign: str  # "+" upstream has it and we do not, "-" we have it and upstream does not, "~" both differ
    what: str
    notes: tuple[str, ...] = ()

    @property
    def explained(self) -> bool:
        return bool(self.notes)


@dataclass
class Drift:
    findings: list[Finding] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    present: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    labels: dict[str, str] = field(default_factory=dict)  # "METHOD /path" -> operationId

    def add(self, finding: Finding) -> None:
        if finding not in self.findings:
            self.findings.append(finding)

    def unexplained(self) -> list[Finding]:
        return [f for f in self.findings if not f.explained]

    def summary(self) -> str:
        counts = ", ".join(f"{self.present[c]}/{self.checked[c]} {c}" for c in CATEGORIES)
        explained = len(self.findings) - len(self.unexplained())
        return f"{counts}; {explained} differences explained by x-curated notes, {len(self.unexplained())} unexplained"


def _notes(facts: Json | None) -> tuple[str, ...]:
    return tuple((facts or {}).get("notes", ()))


# What a note must say to explain something we have and upstream lacks.
ABSENT_UPSTREAM = ("missing", "untyped")


def _naming(notes: tuple[str, ...], words: tuple[object, ...] | None) -> tuple[str, ...]:
    """The notes that explain a difference: those naming one of its words (None: any note does)."""
    if words is None:
        return notes
    patterns = [re.compile(rf"(?<![\w.-]){re.escape(str(word))}(?![\w-])") for word in words if word not in (None, "")]
    return tuple(note for note in notes if any(pattern.search(note) for pattern in patterns))


def _differences(ours: Json, theirs: Json) -> Iterable[tuple[str, tuple[object, ...] | None]]:
    """How two facts dicts (a parameter or a field) differ: one line per fact, and what a note must name.

    Where upstream says nothing (no format, no enum, not nullable, not required) we only add to it
    and any note on the node explains that; where upstream says something else, the note must name
    the fact or one of the two values, so a note about one thing never hides a new change.
    """
    for key in COMPARED:
        mine, upstream = ours.get(key), theirs.get(key)
        if key == "nullable":
            mine, upstream = bool(mine), bool(upstream)
        if key == "enum":  # null in an enum only restates nullable (OpenAPI 3.0 wants both)
            mine = [v for v in mine or [] if v is not None] or None
            upstream = [v for v in upstream or [] if v is not None] or None
            for value in [v for v in upstream or [] if v not in (mine or [])]:
                text = f"enum value {value!r} added upstream" if mine else f"enum {upstream!r} upstream, none here"
                yield text, ("enum", value)
            for value in [v for v in mine or [] if v not in (upstream or [])]:
                yield (f"enum value {value!r} not upstream", None) if upstream else (f"enum {mine!r} here", None)
        elif mine != upstream:
            words = ("null",) if key == "nullable" else (key, upstream, mine)
            yield f"{key}: upstream {upstream!r}, here {mine!r}", None if upstream in (None, False) else words


def _compare_fields(drift: Drift, key: str, category: str, where: str, theirs: Json, ours: Json | None) -> None:
    our_fields = field_map(ours or {})
    upstream_paths: dict[str, Json] = {}
    for path, facts, _ in iter_fields(theirs):
        upstream_paths.setdefault(path, facts)
        drift.checked[category] += 1
        mine = our_fields.get(path)
        if mine is None:
            parent = our_fields.get(_parent(path), (ours, None))[0] if _parent(path) else ours
            name = path.rsplit(".", 1)[-1]  # a field we leave out is explained by a note naming it on its parent
            drift.add(Finding(key, "+", f"{where} field {path!r}", _naming(_notes(parent), (name,))))
            continue
        drift.present[category] += 1
        for text, words in _differences(mine[0], facts):
            drift.add(Finding(key, "~", f"{where} field {path!r}: {text}", _naming(_notes(mine[0]), words)))
    # Fields upstream lacks are explained by their own note saying so ("missing" there), or by the note of
    # the field above them when upstream lacks that one too, or leaves it untyped (we describe its inside).
    extra_notes: dict[str, tuple[str, ...]] = {}
    for path, (facts, _) in our_fields.items():
        if path not in upstream_paths:
            parent = _parent(path)
            inherited = extra_notes.get(parent, ())
            above = upstream_paths.get(parent)
            if above is not None and not {"properties", "items"} & above.keys():
                inherited = _notes(our_fields[parent][0])
            extra_notes[path] = _naming(_notes(facts), ABSENT_UPSTREAM) or inherited
            drift.add(Finding(key, "-", f"{where} field {path!r}", extra_notes[path]))


def _parent(path: str) -> str:
    """``a[].b`` -> ``a``; ``a.b`` -> ``a``; ``a`` -> ``""``."""
    return path.rsplit(".", 1)[0].removesuffix("[]") if "." in path else ""


def _compare_content(drift: Drift, key: str, category: str, where: str, theirs: Json, ours: Json) -> None:
    for media_type, media in theirs.get("content", {}).items():
        mine = ours.get("content", {}).get(media_type)
        if mine is None:
            drift.add(Finding(key, "+", f"{where} {media_type}", _naming(_notes(ours), (media_type,))))
        _compare_fields(drift, key, category, f"{where} {media_type}", media["schema"], (mine or {}).get("schema"))


def _compare_parameters(drift: Drift, key: str, theirs: Json, ours: Json, op_notes: tuple[str, ...]) -> None:
    for name, facts in theirs.items():
        drift.checked["parameters"] += 1
        mine = ours.get(name)
        if mine is None:
            drift.add(Finding(key, "+", f"parameter {name}", _naming(op_notes, (facts["name"],))))
            continue
        drift.present["parameters"] += 1
        for text, words in _differences(mine, facts):
            drift.add(Finding(key, "~", f"parameter {name}: {text}", _naming(_notes(mine), words)))
        for text, words in _differences(mine.get("items", {}), facts.get("items", {})):
            drift.add(Finding(key, "~", f"parameter {name} items: {text}", _naming(_notes(mine), words)))
    for name in ours.keys() - theirs.keys():
        drift.add(Finding(key, "-", f"parameter {name}", _naming(_notes(ours[name]), ABSENT_UPSTREAM)))


def _count_missing(drift: Drift, theirs: Json) -> None:
    drift.checked["parameters"] += len(theirs["parameters"])
    for media in theirs.get("requestBody", {}).get("content", {}).values():
        drift.checked["request fields"] += sum(1 for _ in iter_fields(media["schema"]))
    for response in theirs["responses"].values():
        for media in response["content"].values():
            drift.checked["response fields"] += sum(1 for _ in iter_fields(media["schema"]))


def compare_operation(drift: Drift, key: str, theirs: Json, ours: Json | None) -> None:
    drift.checked["operations"] += 1
    drift.labels[key] = str(theirs.get("operationId"))
    if ours is None:
        drift.add(Finding(key, "+", "operation"))
        _count_missing(drift, theirs)
        return
    drift.present["operations"] += 1
    notes = _notes(ours)
    for fact in ("host", "operationId"):
        if ours[fact] != theirs[fact]:
            what = f"{fact}: upstream {theirs[fact]!r}, here {ours[fact]!r}"
            drift.add(Finding(key, "~", what, _naming(notes, (fact, theirs[fact]))))
    _compare_parameters(drift, key, theirs["parameters"], ours["parameters"], notes)
    their_body, our_body = theirs.get("requestBody", {}), ours.get("requestBody", {})
    if bool(their_body.get("required")) != bool(our_body.get("required")) and their_body:
        where = f"request body required: upstream {their_body.get('required')}, here {our_body.get('required')}"
        drift.add(Finding(key, "~", where, _notes(our_body)))
    _compare_content(drift, key, "request fields", "request", their_body, our_body)
    for status, response in theirs["responses"].items():
        mine = ours["responses"].get(status)
        if mine is None and status[0] in "45":  # an error status we do not list is our default response
            mine = ours["responses"].get("default")
        if mine is None:
            drift.add(Finding(key, "+", f"response {status}", _naming(notes, (status,))))
        _compare_content(drift, key, "response fields", f"response {status}", response, mine or {})
    for status in ours["responses"].keys() - theirs["responses"].keys():
        if status[0] in "23":  # our error responses are ours to add; a success response must match
            drift.add(Finding(key, "-", f"response {status}", _naming(notes, (status,))))


def compare(upstream: dict[str, Json], ours: dict[str, Json]) -> Drift:
    drift = Drift()
    for key in sorted(upstream):
        compare_operation(drift, key, upstream[key], ours.get(key))
    for key in sorted(ours.keys() - upstream.keys()):
        drift.labels[key] = str(ours[key].get("operationId"))
        drift.add(Finding(key, "-", "operation", _naming(_notes(ours[key]), ABSENT_UPSTREAM)))
    return drift


def our_operations() -> dict[str, Json]:
    from generator.bundle import bundle

    return operation_facts(bundle(), notes=True)


def report(drift: Drift, show_explained: bool = False) -> str:
    lines: list[str] = []
    shown = drift.findings if show_explained else drift.unexplained()
    for key in sorted({f.operation for f in shown}):
        lines.append(f"{key} ({drift.labels.get(key)})")
        for finding in (f for f in shown if f.operation == key):
            note = f"  [x-curated: {'; '.join(finding.notes)}]" if finding.notes else ""
            lines.append(f"  {finding.sign} {finding.what}{note}")
    lines.append(drift.summary())
    return "\n".join(lines)


def main(folder: Path | None, show_explained: bool = False) -> int:
    from generator.upstream import load_upstream

    drift = compare(load_upstream(folder), our_operations())
    print(report(drift, show_explained))
    return 1 if drift.unexplained() else 0
