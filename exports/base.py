"""The exporter registry and the atomic writer every exporter uses.

An exporter is a function ``(bundle, out_dir) -> list[Path]`` registered by
name; the CLI offers the registry's names, and the tests loop over them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

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


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` via a temp file in the same folder and a rename.

    A crash or an error half-way never leaves a truncated file behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        # mkstemp makes 0600 files; outputs are meant to be shared like any other file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
