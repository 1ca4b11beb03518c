"""Review flags ("evidence not found") travel from the claims file to every output."""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.claims import load
from claimgraph.ingest.review import MISSING

from .conftest import write

CLAIMS = f"""\
source: {{id: gout, publisher: Gout Society, title: Gout}}
claims:
  - {{subject: colchicine, predicate: used_for, object: gout, anchor: colchicine,
     quote: "Colchicine is used.", flag: {MISSING}}}
  - [red meat, increases_risk_of, gout]
"""


def test_claim_file_flag_reaches_the_claim(tmp_path: Path) -> None:
    """A claim's `flag:` key is read onto its evidence; claims without one have none."""
    cs = load(write(tmp_path / "gout.yaml", CLAIMS))
    flags = {cs.label(c.subject): c.evidence.flag for c in cs.claims}
    assert flags == {"colchicine": MISSING, "red meat": None}
