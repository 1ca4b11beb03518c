"""Check that the bundled example's claims point at real wording on their pages.

Every claim in ``claimgraph/examples/*/claims/*.yaml`` carries an ``anchor``: a
few words copied from its source page so that a reader (or the extractor) can
find where the page says it. These tests read the claim files with plain
pyyaml, so they do not depend on the claimgraph loader.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "claimgraph" / "examples"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
MAX_ANCHOR_WORDS = 8
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def normalise(text: str) -> str:
    """Collapse whitespace, straighten curly quotes and lowercase."""
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip().lower()


def _example_sources() -> list[tuple[str, str, str, Path]]:
    """List (example, source id, page file, claims file) for every bundled source."""
    found = []
    for sources_file in sorted(EXAMPLES.glob("*/sources.yaml")):
        example = sources_file.parent
        for source in yaml.safe_load(sources_file.read_text(encoding="utf-8"))["sources"]:
            claims_file = example / "claims" / f"{source['id']}.yaml"
            found.append((example.name, source["id"], source["file"], claims_file))
    return found


def _claims(path: Path) -> list[dict]:
    """Load the claims of one file, keeping only the long (mapping) form."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [c for c in data["claims"] if isinstance(c, dict)]


SOURCES = _example_sources()
IDS = [f"{example}/{source_id}" for example, source_id, _, _ in SOURCES]
PARAMS = ("example", "source_id", "page_file", "claims_file")


def test_examples_exist() -> None:
    """The package ships at least one example with sources."""
    assert SOURCES, f"no examples found under {EXAMPLES}"


@pytest.mark.parametrize(PARAMS, SOURCES, ids=IDS)
def test_claims_file_names_its_source(
    example: str, source_id: str, page_file: str, claims_file: Path
) -> None:
    """Each source has a claims file whose `source` is that source's id."""
    assert claims_file.is_file(), f"{example}: no claims file for source {source_id!r}"
    data = yaml.safe_load(claims_file.read_text(encoding="utf-8"))
    assert data["source"] == source_id
    assert data["claims"], f"{claims_file.name} has no claims"


@pytest.mark.parametrize(PARAMS, SOURCES, ids=IDS)
def test_anchors_are_short(example: str, source_id: str, page_file: str, claims_file: Path) -> None:
    """Every claim has an anchor of at most eight words."""
    too_long = []
    for claim in _claims(claims_file):
        anchor = claim.get("anchor")
        assert anchor, f"{source_id}: claim without anchor: {claim}"
        if len(str(anchor).split()) > MAX_ANCHOR_WORDS:
            too_long.append(anchor)
    assert not too_long, f"{source_id}: anchors over {MAX_ANCHOR_WORDS} words: {too_long}"


@pytest.mark.parametrize(PARAMS, SOURCES, ids=IDS)
def test_anchors_occur_on_page(
    example: str, source_id: str, page_file: str, claims_file: Path
) -> None:
    """Every claim's anchor occurs on its source page (whitespace, quotes, case ignored)."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed pages not found at {SEEDS} (shared/ must sit beside the repository)")
    page = normalise((SEEDS / page_file).read_text(encoding="utf-8"))
    missing = [
        claim["anchor"]
        for claim in _claims(claims_file)
        if normalise(str(claim["anchor"])) not in page
    ]
    assert not missing, f"{source_id}: anchors not found on the page: {missing}"
