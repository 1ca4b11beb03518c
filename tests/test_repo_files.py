"""Files the repository promises (issue 12): a LICENSE, the editor modeline, the install line.

Small checks, but each of these was wrong or missing once: no LICENSE file, an
embeddings install line naming ``claimgraph[embeddings]`` (not on PyPI) and
torch from PyPI (the CUDA build), a modeline that must name a schema the
package ships.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.ingest.embeddings import INSTALL_HINT

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_license_file_is_the_declared_mit_license() -> None:
    """LICENSE holds the MIT text, and pyproject declares the same licence."""
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) ")
    assert "Permission is hereby granted, free of charge" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in text
    assert PYPROJECT["project"]["license"] == {"text": "MIT"}


def test_modelines_name_a_schema_the_package_ships() -> None:
    """The yaml-language-server modeline in the README and docs points at a shipped schema."""
    for name in ("README.md", "docs/formats.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        found = re.findall(r"^# yaml-language-server: \$schema=\S+/claimgraph/schemas/(\S+)$",
                           text, flags=re.MULTILINE)
        assert found, name
        for schema in found:
            assert (ROOT / "claimgraph" / "schemas" / schema).is_file(), (name, schema)
    assert "*.json" in PYPROJECT["tool"]["setuptools"]["package-data"]["claimgraph.schemas"]


def test_embeddings_install_line_is_one_in_readme_hint_and_help() -> None:
    """README, the error hint and --help give the same two steps: torch from the CPU index,
    then the extra from the checkout (claimgraph is not on PyPI)."""
    torch, extra = re.findall(r"^\.venv/bin/(pip install .+)$", README, flags=re.MULTILINE)[-2:]
    assert torch == "pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu"
    assert extra == 'pip install -e ".[embeddings]"'
    hint = f"{torch}, then {extra.replace(chr(34), chr(39))} in the claimgraph checkout"
    assert hint == INSTALL_HINT
    assert "embeddings" in PYPROJECT["project"]["optional-dependencies"]
    assert "claimgraph[embeddings]" not in README + INSTALL_HINT
    help_text = CliRunner().invoke(main, ["extract", "--help"]).output
    assert "torch (CPU build)" in " ".join(help_text.split())


def _property_names(node: object, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        found.update(node.get("properties", {}))
        for value in node.values():
            _property_names(value, found)
    elif isinstance(node, list):
        for value in node:
            _property_names(value, found)
    return found


@pytest.mark.parametrize("name", ["claims", "sources", "vocabulary", "report"])
def test_docs_name_every_field_of_the_shipped_schemas(name: str) -> None:
    """docs/formats.md, the documentation in the repository, names every key the JSON Schema
    allows (issue 12: the formats and the report documented, not only schema'd)."""
    doc = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    schema = json.loads((ROOT / "claimgraph" / "schemas" / f"{name}.schema.json")
                        .read_text(encoding="utf-8"))
    missing = sorted(key for key in _property_names(schema, set())
                     if not re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", doc))
    assert missing == []
