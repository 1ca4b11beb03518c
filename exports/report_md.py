"""Write report.md: the comparison as Markdown a reviewer can read in a diff.

Everything that comes from sources (labels, quotes, sections, names) is
escaped, so a ``|`` cannot break a table and a ``<script>`` or ``[link](...)``
in a page cannot turn into markup when the file is rendered.

Long lists are cut with the same limits as report.html
(:mod:`report_limits`): each list keeps its top items, says how many it left
out and which file holds them all, and a note under the title sums up the
cuts.  At 92 k synthetic claims the uncut file was 13 MB; the example is
far below every limit, so its bytes are those of the uncut report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimgraph.terminal import clean

from .base import EXPORTERS, Bundle, write_atomic
from .html_style import STATUS_STYLES
from .report_data import SYMBOLS, flagged, group_by_area, shared_report, stance
from .report_limits import DEFAULT_LIMITS, Limits, describe_cuts, first, top

LEGEND = ("✔ asserts, ~ hedges (may, possibly), ✘ denies, "
          "◐ partial (says it of a narrower concept), · silent. Status: "
          + ", ".join(f"{s.symbol} {s.status}" for s in STATUS_STYLES.values()))
_MD_ACTIVE = re.compile(r"([\\`*_\[\]<>|~&])")
# Characters that only matter at the start of a line (heading, list, quote, setext).
_LINE_START = re.compile(r"^(\d+(?=[.)])|[#+\-=])")
_SPACE = re.compile(r"\s+")


def md(text: object) -> str:
    r"""Return text safe inside a Markdown paragraph or table cell (one line, escaped).

    Escape sequences and control characters go first (report.md is read with ``cat``
    and ``less`` too, where they would act on the terminal), so what is left is the
    text that gets escaped.

    >>> md("Pub\x01 \x1b[2J[x](y)")
    'Pub \\[x\\](y)'
    """
    if text is None:
        return ""
    escaped = _MD_ACTIVE.sub(r"\\\1", _SPACE.sub(" ", clean(text)).strip())
    return _LINE_START.sub(lambda m: m.group(0) + "\\" if m.group(0)[0].isdigit()
                           else "\\" + m.group(0), escaped, count=1)


def percent(share: float | None) -> str:
    """Return a share as a whole percent, or "n/a"."""
    return "n/a" if share is None else f"{round(share * 100)} %"


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return [_row(header), _row(["---"] * len(header)), *(_row(r) for r in rows), ""]


def _quote(ev: dict[str, Any]) -> str:
    words = ev["text"] or ev["anchor"]
    where = f" — {md(ev['section'])}" if ev["section"] else ""
    flag = " (candidate, not yet reviewed)" if ev["status"] == "candidate" else ""
    if ev.get("flag"):
        flag += f" **⚑ flagged: {md(ev['flag'])}**"
    said = f"“{md(words)}”" if words else "(no quote recorded)"
    context = ev.get("cue_context")
    if words and context:
        # The words around the quote that hold its cue (a list's lead-in), in brackets.
        before = f"[{md(context['before'])}] " if context.get("before") else ""
        after = context.get("after") or ""
        after = f"{' ' if after[:1].isspace() else ''}[{md(after)}]" if after else ""
        said = f"“{before}{md(words)}{after}”"
    return f"{said}{where}{flag}"


def render(report: dict[str, Any], limits: Limits = DEFAULT_LIMITS) -> str:
    """Return the whole Markdown report for a report dict.

    Long lists are cut to ``limits``, each with a line that says how many
    items it left out and which file holds them all.
    """
    names = {s["id"]: s["name"] for s in report["sources"]}
    ids = [s["id"] for s in report["sources"]]
    # Fixed keys, so the note names the cut lists in one order.
    left_out = {"statements": 0, "conflicts": 0, "gaps": 0, "flagged claims": 0}
    head = _summary(report, limits, left_out)
    body = _conflicts(report, names, limits, left_out)
    body += _comparison(report, ids, limits, left_out)
    body += _gaps(report, names, limits, left_out)
    body += _agreement(report, ids)
    body += _sources(report)
    out = head[:2] + _cut_note(left_out) + head[2:] + body
    return "\n".join(out).rstrip("\n") + "\n"


def _more(n: int, what: str, where: str) -> list[str]:
    """Return the line that counts a list's left-out items (none when nothing is cut)."""
    if not n:
        return []
    return [f"*{n:,} more {what} not shown in this file; all of them are in {where}.*", ""]


def _cut_note(left_out: dict[str, int]) -> list[str]:
    """Return the note under the title that sums up every cut (none for a whole report)."""
    words = describe_cuts(left_out)
    if not words:
        return []
    return [f"> **A large comparison:** to stay readable, this file shows the top of each "
            f"list and leaves out {', '.join(words)}. Nothing is left out of `statements.csv`, "
            "`conflicts.csv`, `gaps.csv` and `report.json`, written beside it.", ""]


def _summary(report: dict[str, Any], limits: Limits = DEFAULT_LIMITS,
             left_out: dict[str, int] | None = None) -> list[str]:
    topic = report["topic"]["label"] or report["topic"]["id"] or "claims"
    s = report["summary"]
    out = [f"# Claim comparison: {md(topic)}", "",
           f"As of {md(report['as_of'])}: {s['sources']} sources, {s['statements']} statements, "
           f"{s.get('primary_conflicts', s['conflicts'])} conflicts"
           + (f" (and {s['secondary_findings']} secondary findings)"
              if s.get("secondary_findings") else "")
           + f", {s['gaps']} gaps.", "", "## Summary", ""]
    out += _table(["Statement status", "Count"],
                  [[k, str(v)] for k, v in s["statements_by_status"].items()])
    out += _table(["Conflict kind", "Count"],
                  [[k, str(v)] for k, v in s["conflicts_by_kind"].items()])
    if s["overdue"]:
        out += [f"Overdue for review: {', '.join(md(x) for x in s['overdue'])}.", ""]
    marked = flagged(report)
    if marked:
        flags = first(marked, limits.flagged)
        if left_out is not None:
            left_out["flagged claims"] = flags.left_out
        out += [f"**⚑ Flagged for review: {len(marked)} "
                f"claim{'s' if len(marked) != 1 else ''}** "
                "(check each against its page and fix or remove the flag in its claims file):",
                ""]
        out += [f"- {md(ev['label'])} `{ev['statement']}` — {md(ev['source'])}: "
                f"{md(ev['flag'])}; “{md(ev['text'] or ev['anchor'] or '')}”"
                for ev in flags.shown]
        out.append("")
        out += _more(flags.left_out, "flagged claims", "report.json (evidence rows with a flag)")
    return out


def _conflicts(report: dict[str, Any], names: dict[str, str],
               limits: Limits = DEFAULT_LIMITS,
               left_out: dict[str, int] | None = None) -> list[str]:
    out = ["## Conflicts", "",
           "Most pressing first: figures that cannot both be right, then yes-versus-no, "
           "direction and role conflicts, then figures that differ but can both be true.", ""]
    primary = first([cf for cf in report["conflicts"] if not cf.get("secondary")],
                    limits.conflicts)
    secondary = [cf for cf in report["conflicts"] if cf.get("secondary")]
    out += [line for cf in primary.shown for line in _conflict(cf, names)] or [
        "No conflicts found.", ""]
    out += _more(primary.left_out, "conflicts, less pressing than those above,",
                 "conflicts.csv and report.json")
    # Each kind of secondary finding keeps its first few, as report.html does;
    # the survivors keep their ranked order.
    per_kind: dict[str, int] = {}
    kept = []
    for cf in secondary:
        per_kind[cf["kind"]] = per_kind.get(cf["kind"], 0) + 1
        if per_kind[cf["kind"]] <= max(limits.secondary, 0):
            kept.append(cf)
    if secondary:
        out += ["## Secondary findings", "",
                "Stated-versus-hedged wordings and figures that cannot be compared: worth a "
                "look, not counted among the conflicts.", ""]
        out += [line for cf in kept for line in _conflict(cf, names)]
        out += _more(len(secondary) - len(kept), "secondary findings",
                     "conflicts.csv and report.json")
    if left_out is not None:
        left_out["conflicts"] = primary.left_out + len(secondary) - len(kept)
    return out


def _conflict(cf: dict[str, Any], names: dict[str, str]) -> list[str]:
    inside = " (inside one source)" if cf["internal"] else ""
    out = [f"### {md(cf['kind'])}: {md(cf['about'])}{inside}", ""]
    if cf.get("verdict"):
        out += [f"**{md(cf['verdict'])}**", ""]
    out += [f"`{cf['id']}` · statements {', '.join(f'`{s}`' for s in cf['statements'])}", "",
            md(cf["explanation"]), ""]
    for side in cf["sides"]:
        who = ", ".join(f"{md(names.get(s, s))} ({md(s)})" for s in side["sources"])
        verb = "says" if len(side["sources"]) == 1 else "say"
        out.append(f"- **{who}** {verb}: {md(side['says'])}")
        out += [f"  - {md(ev['source'])}: {_quote(ev)}" for ev in side["evidence"]]
    facts = []
    if cf["reconcilable"] is not None:
        facts.append("can both be true" if cf["reconcilable"] else "cannot both be true")
    if cf["ratio"] is not None:
        facts.append(f"ratio {cf['ratio']:g}")
    facts.append(f"reason: {md(cf['reason'])}")
    return [*out, "", f"*{'; '.join(facts)}*", ""]


def _comparison(report: dict[str, Any], ids: list[str], limits: Limits = DEFAULT_LIMITS,
                left_out: dict[str, int] | None = None) -> list[str]:
    out = ["## Comparison", "", f"Legend: {LEGEND}", ""]
    cut_rows = 0
    for area, statements in group_by_area(report["statements"]):
        out += [f"### {md(area)}", ""]
        cut = first(statements, limits.statements_per_area)
        rows = [[md(st["label"]) + f" `{st['id']}`", _status(st["status"]),
                 *(SYMBOLS[stance(st, s)] for s in ids)] for st in cut.shown]
        out += _table(["Statement", "Status", *(md(s) for s in ids)], rows)
        out += _more(cut.left_out, f"{md(area)} statements, with less support than those above,",
                     "statements.csv and report.json")
        cut_rows += cut.left_out
    if left_out is not None:
        left_out["statements"] = cut_rows
    return out


def _status(status: str) -> str:
    style = STATUS_STYLES.get(status)
    return f"{style.symbol} {status}" if style else status


def _gaps(report: dict[str, Any], names: dict[str, str], limits: Limits = DEFAULT_LIMITS,
          left_out: dict[str, int] | None = None) -> list[str]:
    out = ["## Gaps: what each source leaves out", ""]
    todo: dict[str, list[str]] = {s: [] for s in names}
    for g in report["area_gaps"]:
        todo.setdefault(g["source"], []).append(
            f"- [ ] Cover the topic area **{md(g['area'])}** "
            f"(covered by {', '.join(md(s) for s in g['covered_by'])})")
    per_source: dict[str, list[dict[str, Any]]] = {}
    for g in report["gaps"]:
        per_source.setdefault(g["source"], []).append(g)
    cut_gaps: dict[str, int] = {}
    for sid, gaps in per_source.items():
        # When some must go, those fewer sources make go first (as in report.html).
        cut = top(gaps, limits.gaps_per_source, key=lambda g: -len(g["asserted_by"]))
        cut_gaps[sid] = cut.left_out
        todo.setdefault(sid, []).extend(
            f"- [ ] {md(g['label'])} — {md(g['area'])}; said by "
            f"{', '.join(md(s) for s in g['asserted_by'])} `{g['statement']}`"
            for g in cut.shown)
    for sid, items in todo.items():
        out += [f"### {md(names.get(sid, sid))} ({md(sid)})", ""]
        out += [*items, ""] if items else ["Nothing missing that most others say.", ""]
        out += _more(cut_gaps.get(sid, 0), "gaps, said by fewer sources,",
                     "gaps.csv and report.json")
    if left_out is not None:
        left_out["gaps"] = sum(cut_gaps.values())
    return out


def _agreement(report: dict[str, Any], ids: list[str]) -> list[str]:
    m = report["source_agreement"]
    out = ["## Source agreement", "",
           "Share of the statements two sources both cover on which they agree.", ""]
    rows = [[md(a), *("—" if a == b else percent(m.get(a, {}).get(b)) for b in ids)]
            for a in ids]
    return out + _table(["", *(md(b) for b in ids)], rows)


def _sources(report: dict[str, Any]) -> list[str]:
    out = ["## Sources", ""]
    rows = []
    for s in report["sources"]:
        fresh = ("**overdue**" if s["overdue"]
                 else "current" if s["next_review"] else "no review date")
        rows.append([md(s["id"]), md(s["publisher"]), md(s["title"]), md(s["kind"]),
                     md(s["last_dated"]), md(s["next_review"]), fresh, _address(s)])
    header = ["Id", "Publisher", "Title", "Kind", "Last dated", "Next review", "Freshness",
              "Address"]
    return out + _table(header, rows)


def _address(source: dict[str, Any]) -> str:
    """Return the Address cell: the page's address, and when it was read if known."""
    read = f"accessed {md(source['accessed'])}" if source.get("accessed") else ""
    if read and source["url"]:
        return f"{md(source['url'])} ({read})"
    return md(source["url"]) or read


@EXPORTERS.register("report-md")
def export_report_md(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write ``report.md`` into ``out_dir`` and return its path."""
    return [write_atomic(Path(out_dir) / "report.md", render(shared_report(bundle)))]
