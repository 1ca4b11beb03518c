"""Shared fixtures: the seed pages beside the checkout, and small claim files."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# Tests write only under tmp_path: no regex cache in the user's cache folder, for this
# process and the commands it runs (tests/test_re_cache.py turns it on in tmp_path).
# Set before anything of ours is imported: the cache's place is read on first use.
os.environ["CLAIMGRAPH_CACHE"] = ""

from .contracts import report_problems

if TYPE_CHECKING:
    from claimgraph.exports.base import Bundle

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _reports_match_their_schema(request: pytest.FixtureRequest) -> Iterator[None]:
    """Validate every report.json a test writes under its tmp_path against the shipped schema."""
    root = request.getfixturevalue("tmp_path") if "tmp_path" in request.fixturenames else None
    yield
    if root is not None:
        assert report_problems(root) == {}, "report.json breaks claimgraph/schemas/report"


@pytest.fixture
def seeds() -> Path:
    """The real seed pages; skipped (failing in CI) when ../shared/seeds is absent."""
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI must have the seed pages at {SEEDS}")
        pytest.skip(f"seed pages not found at {SEEDS} (they sit beside the checkout in CI)")
    return SEEDS


@pytest.fixture(scope="session")
def fresh_example() -> Callable[[], Bundle]:
    """Make bundles of the bundled example, compared once for the whole run.

    Each call gives a new Bundle, with no shared views cached yet, as one export run
    starts: tests of what exporters share or hand to other processes need that.
    """
    from claimgraph import EXAMPLE, compare, load
    from claimgraph.exports.base import Bundle

    claims = load(EXAMPLE)
    comparison = compare(claims, as_of="2026-01-01")
    return lambda: Bundle(claims, comparison)


def write(path: Path, text: str) -> Path:
    """Write a small test file and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
