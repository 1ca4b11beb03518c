"""Shared fixtures: the seed pages beside the checkout, and small claim files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture
def seeds() -> Path:
    """The real seed pages; skipped (failing in CI) when ../shared/seeds is absent."""
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI must have the seed pages at {SEEDS}")
        pytest.skip(f"seed pages not found at {SEEDS} (they sit beside the checkout in CI)")
    return SEEDS


def write(path: Path, text: str) -> Path:
    """Write a small test file and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
