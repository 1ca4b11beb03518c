"""The exporter registry (and, re-exported, the atomic writer every exporter uses).

An exporter is a function ``(bundle, out_dir) -> list[Path]`` registered by
name; the CLI offers the registry's names, and the tests loop over them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.graph.files import write_atomic
from claimgraph.graph.findings import Comparison
from claimgraph.graph.model import ClaimSet
from claimgraph.graph.registry import Registry


@dataclass(frozen=True, slots=True)
class Bundle:
    """What exporters render: the claims, and the comparison when one was run."""

    claims: ClaimSet
    comparison: Comparison | None = None
    base_iri: str | None = None
    html_focus: str | None = None
    html_depth: int = 1
    documents: dict[str, str] = field(default_factory=dict)  # source id -> text


Exporter = Callable[[Bundle, Path], list[Path]]
EXPORTERS: Registry[Exporter] = Registry("exporter")

__all__ = ["EXPORTERS", "Bundle", "Exporter", "write_atomic"]
