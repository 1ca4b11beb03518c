"""Check files against the JSON Schemas shipped in claimgraph/schemas (YAML read as editors do).

Used by the autouse fixture in conftest.py, which validates every
report.json any test writes under its tmp_path, and by test_schemas.py.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from claimgraph.schemas import load


@cache
def validator(name: str) -> jsonschema.protocols.Validator:
    """Return a draft 2020-12 validator for a packaged schema (checked itself first)."""
    schema = load(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def problems(name: str, data: Any) -> list[str]:
    """Return every place ``data`` breaks schema ``name`` (empty when it conforms)."""
    return [f"{e.json_path}: {e.message}" for e in validator(name).iter_errors(data)]


class _TextDates(yaml.SafeLoader):
    """YAML as editors read it (YAML 1.2 core): 2026-07-01 is a string, not a date."""


_TextDates.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_data(path: Path) -> Any:
    """Read a YAML or JSON file the way a schema-aware editor would see it."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=_TextDates)  # a SafeLoader subclass


def report_problems(root: Path) -> dict[str, list[str]]:
    """Return the schema problems of every report.json under ``root``, by path."""
    found = {}
    for path in sorted(root.rglob("report.json")):
        bad = problems("report", json.loads(path.read_text(encoding="utf-8")))
        if bad:
            found[str(path)] = bad
    return found
