"""report.html: one offline page, escaped, sortable, readable without colour or JS."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimgraph.exports.report_data import report_dict
from claimgraph.exports.report_html import csp_hash, export_report_html, render, web_url

from . import report_sample as sample
from .browser_support import launch, open_page

NETWORK = re.compile(r"^\s*(https?:)?//", re.I)


class Tags(HTMLParser):
    """Collect every start tag with its attributes, and the text of <script> blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def _page(bundle=None) -> str:
    return render(report_dict(bundle or sample.bundle()))


def _tags(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    return parser


@pytest.mark.parametrize("make", [sample.bundle, sample.hostile_bundle])
def test_page_loads_nothing_from_the_network(make) -> None:
    """No src/href points at the network except rel=noopener links to source pages."""
    page = _page(make())
    tags = _tags(page).tags
    for tag, attrs in tags:
        assert tag not in ("link", "iframe", "object", "embed", "img", "base")
        for name in ("src", "srcset", "action", "poster", "data", "xlink:href"):
            assert name not in attrs, (tag, attrs)
        href = attrs.get("href") or ""
        if NETWORK.match(href):
            assert tag == "a" and "noopener" in (attrs.get("rel") or ""), (tag, attrs)
        assert not href.lower().startswith(("javascript:", "data:", "vbscript:"))
    assert "@import" not in page and "url(" not in page


def test_source_links_are_plain_https_anchors() -> None:
    """Only http(s) source addresses become links; others are shown as text."""
    links = [a for t, a in _tags(_page()).tags if t == "a" and NETWORK.match(a.get("href") or "")]
    assert links == [{"href": "https://example.org/cleveland", "rel": "noopener noreferrer",
                      "target": "_blank"}]
    hostile = _page(sample.hostile_bundle())
    links = [a["href"] for t, a in _tags(hostile).tags
             if t == "a" and NETWORK.match(a.get("href") or "")]
    assert links == ['https://example.org/x"><script>alert(1)</script>']  # one attribute value
    assert "javascript:alert(1)</td>" in hostile  # shown, not linked
    assert web_url("javascript:alert(1)") is None and web_url("https:///nohost") is None


def test_csp_pins_the_only_script() -> None:
    """A Content-Security-Policy forbids network loads and allows just our script, by hash."""
    tags = _tags(_page())
    (csp,) = [a["content"] for t, a in tags.tags
              if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert [t for t, _ in tags.tags].count("script") == 1
    assert f"script-src '{csp_hash(''.join(tags.scripts))}'" in csp


def test_hostile_text_is_escaped_everywhere() -> None:
    """Labels, sections, anchors, quotes, publishers and gaps are escaped, never raw."""
    page = _page(sample.hostile_bundle())
    assert "<script>alert" not in page and "<img src=x" not in page
    assert page.count("<script>") == 1  # ours
    for fragment in ("kidney failure &lt;script&gt;alert(1)&lt;/script&gt; increases risk of",
                     "Cleveland Clinic &lt;script&gt;alert(1)&lt;/script&gt;",
                     "Causes &lt;img src=x onerror=alert(1)&gt;",
                     "risk factors &lt;img src=x onerror=alert(1)&gt;"):
        assert fragment in page


def test_every_conflict_and_statement_is_shown() -> None:
    """Every conflict (with its explanation) and every statement row is on the page."""
    page = _page()
    ids = {a["id"] for t, a in _tags(page).tags if t == "article"}
    assert ids == {cf.id for cf in sample.CONFLICTS}
    rows = {a["id"] for t, a in _tags(page).tags if t == "tr" and "id" in a}
    assert rows == {st.id for st in sample.STATEMENTS}
    for cf in sample.CONFLICTS:
        assert cf.explanation.replace("'", "&#39;") in page


def test_stance_cells_say_it_in_words() -> None:
    """Stance cells carry a class for colour and the stance as text, not colour alone."""
    page = _page()
    cells = re.findall(r'<td class="stance s-(\w+)"[^>]*><span[^>]*>(.)</span> '
                       r'<span class="word">(\w+)</span></td>', page)
    assert len(cells) == len(sample.STATEMENTS) * len(sample.SOURCES)
    assert {(cls, word) for cls, _, word in cells} == {
        ("asserts", "asserts"), ("hedges", "hedges"), ("denies", "denies"),
        ("partial", "partial"), ("silent", "silent")}


def test_tables_grouped_by_area_and_sortable() -> None:
    """One sortable table per topic area, in reading order, plus the sources table."""
    page = _page()
    areas = re.findall(r'<h3>([a-z ]+) <span class="id">\d+</span></h3>', page)
    assert areas == ["risk factors", "diagnosis", "treatment", "prognosis"]
    assert page.count('<table class="sortable') == len(areas) + 1


def test_gaps_are_a_todo_list_and_overdue_is_flagged() -> None:
    """Each gap is a checkbox item; the overdue source's row is highlighted."""
    page = _page()
    assert page.count('<input type="checkbox" data-tick="') == len(sample.GAPS) + len(
        sample.AREA_GAPS)
    assert "covered by </span>" not in page and "said by </span>" not in page
    overdue = re.findall(r'<tr data-index="\d+" class="overdue">\s*<td><code>(\w+)</code>', page)
    assert overdue == ["nkf"]


def test_sources_table_gives_each_page_its_dates_and_address() -> None:
    """Each source row names its published, updated and reviewed dates, next review and link."""
    page = _page()
    section = page[page.index('<section id="sources">'):]
    rows = {m.group(1): m.group(0) for m in re.finditer(
        r'<tr data-index="\d+"[^>]*>\s*<td><code>(\w+)</code>.*?</tr>', section, re.S)}
    dates = {sid: re.findall(r"<div>(\w+) <time datetime=\"([\d-]+)\">", row)
             for sid, row in rows.items()}
    assert dates == {"mayo": [("reviewed", "2024-03-04")],
                     "cleveland": [("reviewed", "2025-11-07")],
                     "nkf": [("published", "2023-07")],
                     "osmosis": [("updated", "2025-01-06")]}
    assert "<td>2026-07</td>" in rows["nkf"] and "overdue since 2026-07" in rows["nkf"]
    assert '<a href="https://example.org/cleveland" rel="noopener noreferrer"' in rows["cleveland"]
    assert '<span class="where">no address given</span>' in rows["mayo"]


def test_heat_map_is_inline_svg() -> None:
    """The agreement heat map is inline SVG with values and n/a written in its cells."""
    page = _page()
    start = page.index('<svg class="heatmap"')
    svg = page[start:page.index("</svg>", start)]
    assert ">75 %</text>" in svg and ">n/a</text>" in svg and ">33 %</text>" in svg


def test_written_file_is_the_rendered_page(tmp_path: Path) -> None:
    """The exporter writes report.html with exactly the rendered page."""
    (path,) = export_report_html(sample.bundle(), tmp_path)
    assert path.read_text(encoding="utf-8") == _page()


@pytest.mark.browser
def test_in_a_browser_offline_sortable_and_inert(tmp_path: Path) -> None:
    """In chromium the page makes no requests, runs no injected code and sorts on click."""
    (path,) = export_report_html(sample.hostile_bundle(), tmp_path)
    with launch() as browser, open_page(browser, path.as_uri(), wait_ready=False) as (page, log):
        table = page.locator("table.sortable").first
        first_col = "tbody tr td:first-child .label"

        def support() -> list[str]:
            return table.locator("tbody tr td.num").all_inner_texts()

        assert support() == ["4", "3", "1", "1", "1"]
        table.locator("thead th").nth(2).locator("button").click()
        assert support() == ["4", "3", "1", "1", "1"]  # first click: most support first
        assert table.locator("thead th").nth(2).get_attribute("aria-sort") == "descending"
        table.locator("thead th").nth(2).locator("button").click()
        assert support() == ["1", "1", "1", "3", "4"]
        table.locator("thead th").nth(0).locator("button").click()
        labels = table.locator(first_col).all_inner_texts()
        assert labels == sorted(labels, key=str.lower)
        nkf = table.locator("thead th").nth(5)
        assert nkf.text_content().strip() == "nkf"
        nkf.locator("button").click()
        assert table.locator("tbody tr td:nth-child(6)").first.inner_text().endswith("asserts")
        assert (log.blocked, log.errors, log.dialogs) == ([], [], [])


@pytest.mark.browser
def test_in_a_browser_without_javascript(tmp_path: Path) -> None:
    """With JavaScript off every table row is still there, in the default order."""
    (path,) = export_report_html(sample.bundle(), tmp_path)
    with launch() as browser:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(path.as_uri())
        assert page.locator("tr[id^=st-]").count() == len(sample.STATEMENTS)
        assert page.locator("th button.sort").count() == 0
        context.close()
