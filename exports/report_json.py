"""Write report.json: the comparison as the ``claimgraph.report/1`` contract.

Keys are sorted and nothing depends on the clock, so the same input gives a
byte-identical file and a golden copy can be diffed in review.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .base import EXPORTERS, Bundle, write_atomic
from .report_data import report_dict


def dumps(report: dict[str, Any]) -> str:
    """Return the report as canonical JSON text (sorted keys, 2-space indent, final newline).

    Raises ValueError on NaN or infinity rather than write JSON other tools reject.
    """
    return json.dumps(report, sort_keys=True, indent=2, ensure_ascii=False,
                      allow_nan=False) + "\n"


@EXPORTERS.register("report-json")
def export_report_json(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write ``report.json`` into ``out_dir`` and return its path."""
    return [write_atomic(Path(out_dir) / "report.json", dumps(report_dict(bundle)))]
