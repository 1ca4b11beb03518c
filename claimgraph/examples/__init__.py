"""Curated example projects that ship with claimgraph (and double as test fixtures)."""

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent
EXAMPLE = EXAMPLES / "calciphylaxis"
