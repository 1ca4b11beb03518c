"""The contracts claimgraph ships with the package, as data files.

- ``report``: JSON Schema (draft 2020-12) of report.json, ``claimgraph.report/1``;
- ``claims``, ``sources``, ``vocabulary``: JSON Schemas of the project files
  (YAML or JSON), for editors and other tools;
- ``shapes``: SHACL shapes (Turtle) of the RDF layout, ``claimgraph.rdf/2``;
- ``context``: the JSON-LD context claims.jsonld is written with.

docs/formats.md describes each format in words.  ``python -m
claimgraph.schemas NAME`` prints where a file is installed, for a
``# yaml-language-server: $schema=...`` line.

>>> load("report")["properties"]["schema"]["const"]
'claimgraph.report/1'
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

FILES = {
    "report": "report.schema.json",
    "claims": "claims.schema.json",
    "sources": "sources.schema.json",
    "vocabulary": "vocabulary.schema.json",
    "shapes": "shapes.ttl",
    "context": "context.jsonld",
}


def _file(name: str) -> Traversable:
    if name not in FILES:
        raise KeyError(f"schema: expected one of {', '.join(FILES)}, got {name!r}")
    return resources.files(__name__) / FILES[name]


def path(name: str) -> Path:
    """Return where a contract file is installed (a real file: the package ships unzipped).

    Raises:
        KeyError: ``name`` is not one of :data:`FILES` (the message lists them).
    """
    return Path(str(_file(name)))


def text(name: str) -> str:
    """Return a contract file's text."""
    return _file(name).read_text(encoding="utf-8")


def load(name: str) -> dict[str, Any]:
    """Return a JSON contract (a JSON Schema or the JSON-LD context) as a dict."""
    data: dict[str, Any] = json.loads(text(name))
    return data
