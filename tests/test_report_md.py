"""report.md: readable in review, with source text escaped."""

from __future__ import annotations

from claimgraph.exports.report_data import report_dict
from claimgraph.exports.report_md import md, render

from . import report_sample as sample


def _report() -> str:
    return render(report_dict(sample.bundle()))


def test_comparison_rows_use_the_legend_symbols() -> None:
    """Each statement row shows every source's stance as a symbol, with a legend."""
    text = _report()
    assert "✔ asserts, ~ hedges" in text and "· silent" in text
    assert "| mayo | cleveland | nkf | osmosis |" in text
    assert (f"| warfarin increases risk of calciphylaxis `{sample.WARFARIN.id}` | ◕ majority "
            "| ✔ | ✔ | ~ | · |") in text
    assert (f"| sodium thiosulfate is used for calciphylaxis `{sample.STS.id}` | ✕ contested "
            "| · | ✔ | ✘ | ~ |") in text
    assert "| ◐ | · | · | ✔ |" in text


def test_sections_in_order() -> None:
    """The report reads summary, conflicts, comparison, gaps, agreement, sources."""
    text = _report()
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert heads == ["## Summary", "## Conflicts", "## Secondary findings", "## Comparison",
                     "## Gaps: what each source leaves out", "## Source agreement", "## Sources"]
    assert [line for line in text.splitlines() if line.startswith("### ")][:3] == [
        "### polarity: sodium thiosulfate for calciphylaxis", "### numeric: one-year mortality",
        "### certainty: warfarin raises the risk"]  # ranked: figures that can both be true after


def test_conflicts_quote_each_side() -> None:
    """A conflict shows its explanation and each side's quote with its section."""
    text = _report()
    assert "- **Cleveland Clinic (cleveland)** says: up to 80 % within a year" in text
    assert "  - nkf: “about half die in a year” — Outlook" in text
    assert "“no treatment is proven” — Treatment (candidate, not yet reviewed)" in text
    assert "*can both be true; ratio 1.6; reason: upper-vs-point*" in text


def test_gaps_are_a_checklist() -> None:
    """Gaps are unchecked to-do items under each source."""
    text = _report()
    assert "- [ ] Cover the topic area **diagnosis** (covered by cleveland, mayo, osmosis)" in text
    assert (f"- [ ] warfarin increases risk of calciphylaxis — risk factors; said by "
            f"cleveland, mayo `{sample.WARFARIN.id}`") in text


def test_agreement_and_freshness() -> None:
    """The agreement matrix shows percentages and n/a; the overdue source is flagged."""
    text = _report()
    assert "| nkf | 33 % | 25 % | — | n/a |" in text
    assert "| nkf | National Kidney Federation (UK) | Calciphylaxis |" in text
    assert "| 2023-07 | 2026-07 | **overdue** |" in text


def test_escaping_keeps_tables_and_text_inert() -> None:
    """Pipes, brackets, emphasis and line starts from sources are escaped."""
    assert md("a | b") == "a \\| b"
    assert md("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))"
    assert md("<b>*bold*</b>") == "\\<b\\>\\*bold\\*\\</b\\>"
    assert md("# heading\nnext") == "\\# heading next"
    assert md("1. first") == "1\\. first"
    assert md(None) == ""
