"""Find headings, list items and paragraphs in plain text that has no markup.

Pages copied from a browser or extracted from a PDF lose their tags: a
heading is just a short line, bullets are "•", "-" or "1.", paragraphs may
be hard-wrapped, and menus and "Advertisement" lines sit between them.
The rules here read a line the way a person skims one: short, no closing
period, followed by text that starts afresh → a heading.
"""

from __future__ import annotations

from claimgraph.ingest import caseless, re_cache as re

from .bare_lists import (
    LIST_SECTION_TYPES,
    flattened_items,
    glossary_items,
    heads_text_after,
    is_term_line,
    joined_lines,
    short_paragraph_items,
    title_case,
    unbulleted_items,
)
from .inline_text import clean_inline
from .normalize import all_lemmas
from .patterns import INFOBOX_LINE, SKIP, section_type
from .raw_blocks import HEADING, ITEM, PARAGRAPH, RawBlock
from .table_rows import CELL, TABLE_DELIMITER, row_cells
from .term_lists import term_items

# \uf0b7, \uf0a7, \uf076, \uf0d8, \uf0fc: the Symbol and Wingdings bullets a PDF of a word
# processor's page keeps as private-use characters.
# Marks that only ever open a list item (a dash or a number may go on a sentence).
_BULLET_MARKS = frozenset("•*·▪◦‣●○■□►➢✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc")
_BULLET = re.compile(r"^(?:[-–—•*·▪◦‣●○■□►➢✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|"
                     r"\(?\d{1,2}[.)]|\(?[a-hj-z][.)])\s+(?=\S)")
_NUMBERED_QUESTION = re.compile(
    r"^\(?\d{1,2}[.)]\s+(?:what|how|why|when|where|who|which|is|are|can|do|does|should)\b.*[^.]$",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?:;][\"')\]]*$")
# Citation marks and an opening enumerator after a sentence's end ("organisms.[16]",
# "into 4 groups: (1)"): the line still ends a sentence.
_MARK_TAIL = re.compile(r"(?:\s*(?:\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|\(\d{1,2}\)))+$")


def _ends_sentence(line: str) -> bool:
    """Return whether a line ends the way a sentence does, citation marks aside.

    Both patterns are anchored at the end, but a search tries them from every
    place in the line: a line that ends in no bracket has no marks to drop,
    and one that ends in none of the closing characters ends no sentence.
    """
    if line.endswith(_LINE_END) or line.endswith("\n"):  # ("$" may stand before a "\n")
        return bool(_TERMINAL.search(_MARK_TAIL.sub("", line)))
    return False


# The last characters _TERMINAL or _MARK_TAIL can match.
_LINE_END = tuple(".!?:;\"')]")
_BOILERPLATE = re.compile(
    r"^(?:advertisements?|ad|ads|sponsored(?: content)?|skip to (?:main )?content|print|share"
    r"|search|menu|close|log ?in|sign ?in|sign up|subscribe|back to top|cookie settings"
    r"|accept(?: all)? cookies|home|a ?(?:-|to) ?z|health a ?(?:-|to) ?z|conditions|explore"
    r"|[\w .&'-]{1,40} logo)$"
    r"|\badvertis\w*\b.{0,120}\b(?:policy|endorse|support)",
    re.IGNORECASE,
)
_NOT_HEADING = re.compile(r"https?://|www\.|@|\d{3}[-. ]\d{3,4}|^\W+$|^[\w ]{1,20}: ")
MAX_HEADING_WORDS = 12


def is_boilerplate(line: str) -> bool:
    """Return whether a line is page furniture: adverts, logos, "Search", "Print".

    A line longer than any whole-line furniture (a logo's 40 characters and
    " logo") is furniture only with an advert's word in it: the case-insensitive
    pass over every line of a page is skipped for the others.
    """
    if len(line) > _FURNITURE_LENGTH and caseless.lacks(line, ("advertis",)):
        return False
    return bool(_BOILERPLATE.search(line))


# The longest line _BOILERPLATE's whole-line furniture matches (45), with room to spare.
_FURNITURE_LENGTH = 60


# A paragraph that stops mid-sentence and goes on after a blank line ends the way a cut
# sentence does: on a comma or a word that needs more ("are pregnant women in").
_RUNS_ON = re.compile(r"(?:,|\b(?:in|of|on|at|to|for|with|from|by|and|or|the|a|an|who|that|"
                      r"which|is|are|was|were|have|has|be|as|such|than|into|about))$", re.I)


# ... or the next line opens the way only a sentence's middle does ("are pregnant women").
_GOES_ON = re.compile(r"(?:are|is|was|were|and|or|but|with|who|which|that|in|of|to|for|from|by|"
                      r"as|than|can|may|might|will|would|could|should|has|have|had)\b")


def _bare_item_below(line: str, nxt: str) -> bool:
    """Return whether a lowercase line right under a list-type heading is a bare item.

    "Complications" then "hearing loss": a few words, no sentence end; the heading
    stays a heading (prose such as "of the illness..." starts with a joining word).
    """
    return len(nxt.split()) <= 5 and not _ends_sentence(nxt) and not nxt.endswith(",") \
        and section_type(line) in LIST_SECTION_TYPES


def _runs_on_word(text: str) -> bool:
    """Return whether a line ends on a word that needs more ("in", "the", ",")."""
    return bool(_RUNS_ON.search(text.rstrip()))


def _runs_on(text: str) -> bool:
    """Return whether an unfinished line reads on into the next (a cut sentence, not a title)."""
    return bool(_RUNS_ON.search(text.rstrip())) or len(text.split()) >= 8


def _is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line)) and not _NUMBERED_QUESTION.match(line)


def _looks_like_heading(line: str) -> bool:
    if _NUMBERED_QUESTION.match(line):
        return True
    if _BULLET.match(line) or (_ends_sentence(line) and not line.endswith("?")):
        return False
    words = line.split()
    if not 1 <= len(words) <= MAX_HEADING_WORDS or len(line) > 90:
        return False
    if (line.count(",") > 1 and not title_case(line)) or _NOT_HEADING.search(line):
        return False  # (a title lists with commas: "Causes, Risk Factors And Outlook")
    return line[0].isupper() or line[0].isdigit()


def _lower_heading(line: str) -> bool:
    """Return whether a lower-case line is a note's heading ("course and prognosis",
    "differential diagnosis"): a few words that name a section, no article, no colon (the
    caller asks for blank lines around it: a bare list's "blood tests" is an item)."""
    words = line.split()
    return 1 <= len(words) <= 4 and line[:1].islower() and ":" not in line \
        and words[0] not in ("a", "an", "the", "your", "their") \
        and not _ends_sentence(line) and section_type(line) not in (None, SKIP)


# "Q: What causes it?" / "A: A germ ...": a question-and-answer page's marks. The question
# is a heading, the answer a paragraph; the marks are neither's words.
_QUESTION_MARK = re.compile(r"^(?:Q|Question)\s*[:.]\s+(?=\S.*\?$)", re.IGNORECASE)
_ANSWER_MARK = re.compile(r"^(?:A|Answer)\s*:\s+(?=\S)", re.IGNORECASE)
_EDIT_LINK = re.compile(r"\s*\[\s*edit(?: source)?\s*\]$", re.IGNORECASE)
# "o fever": the letter a word processor's second-level bullet becomes in copied text; a
# bullet only where the line before it is one too or a lead-in ending in a colon, or the
# line after it is one ("o" alone is no English word).
_LETTER_BULLET = re.compile(r"^o\s+(?=\S)")


# "| Sign | How often |" in plain text: a Markdown table pasted as text (its "|---|---|"
# line is table_rows.TABLE_DELIMITER).
_PIPE_ROW = re.compile(r"^\|.*\|$")


def _is_row(lines: list[str], i: int) -> bool:
    """Return whether line ``i`` is a table row: cells between pipes, or " | " in it and in
    the line before or after it (one line with a pipe in it is no table)."""
    line = lines[i]
    if _PIPE_ROW.match(line):
        return True
    return " | " in line and any(" | " in lines[j] for j in (i - 1, i + 1)
                                 if 0 <= j < len(lines))


def _unmarked(lines: list[str]) -> list[str]:
    """Return the lines with question-and-answer marks dropped, letter bullets as bullets,
    and table rows as their cells joined by " | " (as every reader gives a row)."""
    out: list[str] = []
    before = ""  # the last non-blank line, before a letter bullet became a bullet
    for i, line in enumerate(lines):
        if "|" in line:
            if TABLE_DELIMITER.match(line):
                out.append("")
                continue
            if _PIPE_ROW.match(line):
                line = CELL.join(c for c in row_cells(line) if c)
        if line.endswith("]") and _EDIT_LINK.search(line):
            line = _EDIT_LINK.sub("", line)  # "Treatment[edit]": a wiki's link, no word of it
        read = line
        if line[:1] in "QqAa":
            line = read = _ANSWER_MARK.sub("", _QUESTION_MARK.sub("", line))
        elif line[:2] == "o " and (before.endswith(":") or _LETTER_BULLET.match(before) or any(
                _LETTER_BULLET.match(x) for x in lines[i + 1:i + 3] if x)):
            line = "◦ " + line[2:].lstrip()
        before = read or before
        out.append(line)
    return out


def _bare_colon_list(lines: list[str]) -> list[str]:
    """Return the lines with a bare list under a colon lead-in marked as bullets.

    "Treatment may include:", a blank line, then a run of two or more short lines, none
    with a full stop ("Oral, or intravenous (IV) antibiotics" / "Cool, wet dressings" /
    "Surgery" / "Rest", or in lower case "clean any cuts" / "keep wounds covered"): a list
    that lost its bullets, its commas no sign of a sentence.  A wrapped paragraph ends on a
    full stop, and its lines stop on joining words, so it is left whole.
    """
    if not any(x.endswith(":") for x in lines):
        return lines  # cheap gate: no lead-in
    out = list(lines)
    i = 0
    while i < len(out):
        if not (out[i].endswith(":") and i + 2 < len(out)):
            i += 1
            continue
        first = i + 2 if not out[i + 1] else i + 1
        j = first
        while j < len(out) and out[j] and _bare_list_line(out[j]) and not (
                first == i + 1 and _heads_other_type(out[j], out[i])):
            j += 1
        if j == first and first == i + 2:
            j = _stopped_items_end(out, i, first)
        # The run ends at a blank line or the page's end; right under its lead-in (no blank
        # line between) it may end at the next lead-in too ("Symptoms include:"), and it is
        # three lines or more: two short lines there may be a heading and its first line.
        closed = j == len(out) or not out[j] or (first == i + 1 and out[j].endswith(":"))
        if not closed and first == i + 1 and j - first >= 4 and _ends_sentence(out[j]) and \
                heads_text_after(out[first:j]):
            # "... / Male sex and older age / When to Seek Medical Care / Seek help if ...":
            # the last line, in Title Case unlike the items, heads the text after it
            j, closed = j - 1, True
        if j - first >= (2 if first == i + 2 else 3) and closed:
            for k in range(first, j):
                out[k] = "• " + out[k]
        i = max(j, i + 1)
    return out


def _stopped_items_end(lines: list[str], lead: int, first: int) -> int:
    """Return the end of a run of short lines, each with its full stop, under a lead-in of a
    list's kind ("... more likely to get it if you:", a blank line, "Have diabetes." / "Had
    surgery recently."); ``first`` when there is none.

    Every line of the run must end on a full stop (prose wrapped at a width does not), each
    must be a short line, and the lead-in must say what the list is of: a fact sheet's
    one-line statements under "Key facts:" stay sentences.
    """
    j = first
    while j < len(lines) and lines[j] and lines[j][:1].isupper() and \
            lines[j].endswith(".") and len(lines[j].split()) <= 12 and \
            not _is_bullet(lines[j]):
        j += 1
    if j - first < 2 or section_type(lines[lead]) not in LIST_SECTION_TYPES:
        return first
    return j


def _heads_other_type(line: str, lead: str) -> bool:
    """Return whether a short line names a claim type other than its lead-in's: a heading
    ("Complications" after "Other symptoms can include:" and its items)."""
    kind = section_type(line) if len(line.split()) <= 4 else None
    return kind is not None and kind != section_type(lead)


def _bare_list_line(line: str) -> bool:
    """Return whether a line reads as one item of a bare list (see _bare_colon_list)."""
    return line[:1].isalpha() and not _is_bullet(line) and not _ends_sentence(line) \
        and not line.endswith(":") and len(line.split()) <= 20 and not _runs_on_word(line)


_ROW = "row"  # the kind of the line before, when it is a table row (nothing goes on it)


# A word a page (a PDF above all) broke at a line's end: "persis-" / "tent headache".
_HYPHEN_BREAK = re.compile(r"\b([A-Za-z]{2,})-[ \t]*\n[ \t]*([a-z]{2,})\b")


def _rejoined(m: re.Match[str]) -> str:
    """Return a broken word whole: without its hyphen, unless both halves are words of their
    own and the two together are none ("long-" / "term" stays "long-term"; "temper-" /
    "ature" is "temperature", and so is "occasion-" / "ally" "occasionally")."""
    a, b = m.group(1), m.group(2)
    if all_lemmas(a.lower()) and all_lemmas(b) and not all_lemmas(f"{a}{b}".lower()):
        return f"{a}-{b}"
    return a + b


def _field_line(line: str) -> bool:
    """Return whether a line is a fact box's field of a kind of claim ("Causes: a germ")."""
    return is_term_line(line) and section_type(line.partition(":")[0]) in LIST_SECTION_TYPES


def _tab_rows(lines: list[str]) -> list[str]:
    """Return the lines with tab-separated cells as a table row's " | ", where the line
    before or after has tabs too (a table or an infobox pasted from a page)."""
    cells = [[c.strip() for c in line.split("\t") if c.strip()] for line in lines]
    out = list(lines)
    for i, row in enumerate(cells):
        if len(row) >= 2 and any(len(cells[j]) >= 2 for j in (i - 1, i + 1)
                                 if 0 <= j < len(lines)):
            out[i] = CELL.join(row)
    return out


# A first line "Name: what this page is", too short for a sentence and with no stop.
_NAME_COLON_TITLE = re.compile(r"^[A-Z][\w'() -]{1,60}:\s+[\w'() ,-]{2,60}$")


# A heading run into its paragraph: "Diagnosis. A biopsy confirms it.", "Prevention - Keep
# wounds clean." (a short phrase a section's kind is read from, then a full stop or a dash).
_RUN_IN = re.compile(r"^(?!(?:\S+ ){0,4}?(?:is|are|was|were|be|been|can|can't|cannot|may|might|"
                     r"will|won't|should|must|do|does|did|has|have|had|isn't|aren't)\b)"
                     # ("With antibiotics and surgery. Many people ...": an answer, no heading)
                     r"(?!(?i:with|by|in|on|at|for|from|after|before|about|mostly|mainly|usually|"
                     r"yes|no|not|often|sometimes|through|using|via|a|an|the)\b)"
                     r"(?P<h>[A-Z][\w'/&-]*(?: [\w'/&-]+){0,2}?)(?:\.| [-–—]) +"
                     r"(?P<rest>[A-Z\"'(].{8,})$")


def _run_in_headings(lines: list[str]) -> list[str]:
    """Split a line that opens with a run-in heading into the heading and its text.

    Only a phrase whose words name a kind of section counts ("Treatment. Most people
    ..."); "Dr. Zorb", "Fever - a high temperature" (an item's gloss) and a sentence
    are left whole. Without the split the section went on under the heading before,
    and the run-in word was read as one of its items ("Prevention" as a complication).
    """
    out: list[str] = []
    found = [_run_in(line) for line in lines]
    for i, line in enumerate(lines):
        m = found[i]
        kind = section_type(m["h"]) if m is not None else None
        if m is not None and kind is not None and kind != SKIP and not (
                line[m.end("h"):m.start("rest")].strip(" .") and
                line[m.end("h"):m.start("rest")] in m["rest"]) \
                and not _among_glossed_items(lines, found, i):  # "A - B - C": a flat list
            out += [m["h"], "", m["rest"]]
        else:
            out.append(line)
    return out


def _run_in(line: str) -> re.Match[str] | None:
    """Return the run-in heading match of a line ("Diagnosis. A biopsy ..."), if any."""
    return _RUN_IN.match(line) if line and line[0].isupper() and (
        ". " in line[:48] or " - " in line[:48] or " \u2013 " in line[:48]
        or " \u2014 " in line[:48]) else None


def _among_glossed_items(lines: list[str], found: list[re.Match[str] | None], i: int) -> bool:
    """Return whether line ``i`` sits in a run of glossed items ("Diet. Eating ..." /
    "Certain medications. Aspirin ..."): the nearest line before or after has the same shape
    with a head of no section kind, so this head is one more item, no heading."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        near = found[j] if 0 <= j < len(lines) else None
        if near is not None and section_type(near["h"]) is None:
            return True
    return False


# A run of lines is text wrapped at a width when most of its lines (all but the last) are
# nearly as long as its longest; a run of statements one a line varies freely in length.
_WRAP_SHARE = 0.7
_WRAP_SLACK = 0.7
_MIN_RUN = 4


# A statement, not a title: six words or more with a verb that states something, not opened
# by a question word ("Who is at risk" is a heading; "Half of people are at risk" is not).
# ("Check if you have X", "When to see a doctor if you have X": a leaflet's headings, which
# hold a verb but state nothing)
_STATES = re.compile(r"^(?!(?:what|who|how|why|when|where|which|can|is|are|does|do|should|"
                     # ("Things that can make symptoms worse": a heading over a list)
                     r"check if|find out if|things that|factors that|foods that)\b)"
                     r"(?=(?:\S+\s+){5})(?:\S+\s+)+?(?:is|are|was|were|has|have|can|may|will|"
                     r"causes|lowers|raises)\b", re.I)


def _statement_line(line: str) -> bool:
    """Return whether a line states something (in a run of statements one a line)."""
    return bool(_STATES.match(line))


def _unwrapped_runs(lines: list[str]) -> list[bool]:
    """Return, per line, whether it sits in a run of four or more lines (no blank between)
    that is no wrapped text: each line may then be a statement of its own."""
    out = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not lines[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j]:
            j += 1
        if j - i >= _MIN_RUN:
            widths = [len(x) for x in lines[i:j - 1]]
            widest = max(widths)
            near = sum(w >= _WRAP_SLACK * widest for w in widths)
            if near < _WRAP_SHARE * len(widths):
                out[i:j] = [True] * (j - i)
        i = j
    return out


def classify_lines(text: str) -> tuple[str, list[RawBlock]]:
    """Return (title, raw blocks) for plain text, with heading levels guessed.

    A run of headings with nothing between them nests (the first is the
    parent: "Diagnosis and Tests" then "How doctors diagnose it"); a lone
    heading is a sibling of the deepest open heading.
    """
    raw = (_HYPHEN_BREAK.sub(_rejoined, text) if "-\n" in text else text).splitlines()
    lines = [clean_inline(x) for x in (_tab_rows(raw) if "\t" in text else raw)]
    lines = _unmarked(["" if is_boilerplate(x) else x for x in lines])
    lines = _bare_colon_list(lines)  # "Treatment may include:" / blank / "Surgery" / "Rest"
    lines = _run_in_headings(lines)  # "Prevention - Keep wounds clean.": a heading, then text
    lines = term_items(lines, _ends_sentence, _is_bullet)  # "diabetes" / its gloss / ...
    # The next non-blank line after each line, found in one pass from the end (looking
    # ahead from every line was quadratic in the number of lines).
    following = [""] * len(lines)
    ahead = ""
    for i in range(len(lines) - 1, -1, -1):
        following[i] = ahead
        ahead = lines[i] or ahead
    unwrapped = _unwrapped_runs(lines)
    kinds: list[str] = []  # per line: heading | item | paragraph | "+" | "" (blank)
    prev_kind = ""  # kind of the block the previous non-blank line belongs to
    last_text = ""  # the previous non-blank line
    in_colon_list = False  # the lines are items after a colon lead-in (see below)
    for i, line in enumerate(lines):
        if not line:
            kinds.append("")
            continue
        prev_line = lines[i - 1] if i else ""
        # A sentence a page broke over blank lines ("are pregnant women in" / "the last
        # trimester," / "people with diabetes"): a lowercase line after an unfinished
        # paragraph goes on with it, blank lines or not.
        if not prev_line and last_text and prev_kind == PARAGRAPH and line[0].islower() \
                and not _ends_sentence(last_text) and (_runs_on(last_text)
                                                       or _GOES_ON.match(line)):
            prev_line = last_text
        last_text = line
        nxt = following[i]
        if INFOBOX_LINE.match(line):
            kinds.append(ITEM)  # an infobox field: a line of its own, never joined
            prev_kind = ITEM
            continue
        if " | " in line and _is_row(lines, i):
            kinds.append(PARAGRAPH)  # a table row: a paragraph of its own, never joined
            prev_kind = _ROW
            continue
        continues = bool(prev_line) and (
            (prev_kind == PARAGRAPH and not _ends_sentence(prev_line))
            or (prev_kind in (PARAGRAPH, ITEM) and line[0].islower())
        ) and not (_field_line(line) and _field_line(prev_line)) \
            and not (line[0] in _BULLET_MARKS and _is_bullet(line)) \
            and not (unwrapped[i] and (line[0].isupper() or line[0].isdigit())
                     and not _runs_on_word(prev_line))
        # (a page of one statement a line, with no full stops: a capital after a line that
        # reads complete starts a new one; text wrapped at a width goes on)
        # ("Causes: X" / "Signs: Y" are two fields; a line that opens with a bullet mark
        # is an item even after a line with no full stop)

        # "Signs may be:" / "aching in the knees" / "trouble with ...":
        # a lowercase line right after a colon lead-in, or after such a line that reads
        # complete, is an item of a list that lost its bullets, not the lead-in's text.
        colon_item = bool(prev_line) and line[0].islower() and not _is_bullet(line) and (
            prev_line.endswith(":") or (in_colon_list and not _runs_on_word(prev_line)))
        in_colon_list = colon_item or (in_colon_list and continues)
        if colon_item:
            kinds.append(ITEM)
        elif continues:
            kinds.append("+")
        elif _is_bullet(line):
            kinds.append(ITEM)
        elif (
            _looks_like_heading(line)
            and not (unwrapped[i] and _statement_line(line))
            and nxt
            and (not nxt[0].islower() or (not lines[i + 1] and _lower_heading(nxt))
                 or ((not lines[i + 1] or _bare_item_below(line, nxt))
                                          and not _GOES_ON.match(nxt) and section_type(line)))
            and (not prev_line or prev_kind != PARAGRAPH or _ends_sentence(prev_line)
                 or unwrapped[i])
        ):
            kinds.append(HEADING)
        elif _lower_heading(line) and not prev_line and i + 1 < len(lines) \
                and not lines[i + 1]:
            kinds.append(HEADING)  # a note's heading in lower case, blank lines around it
        else:
            kinds.append(PARAGRAPH)
        if kinds[-1] != "+":
            prev_kind = kinds[-1]

    # Merge continuation lines into the block they continue (joined once: adding each
    # line to a growing string was quadratic in a long paragraph's lines).
    parts: list[tuple[str, list[str]]] = []
    for line, kind in zip(lines, kinds, strict=True):
        if not kind:
            continue
        if kind == "+" and parts:
            parts[-1][1].append(line)
        else:
            parts.append((PARAGRAPH if kind == "+" else kind, [line]))
    # Lowercase list lines that lost their bullets stay apart as items.
    def goes_on(text: str) -> bool:
        return bool(_GOES_ON.match(text))

    merged = joined_lines(parts, _runs_on_word, goes_on)
    merged = unbulleted_items(merged, _looks_like_heading)  # lines that lost their bullets
    merged = flattened_items(merged, _ends_sentence)  # a list joined into one line
    merged = glossary_items(merged)  # "Term: explanation" lines that lost their bullets
    merged = short_paragraph_items(merged, _runs_on_word, goes_on)  # "hearing loss" / blank / ...

    blocks: list[RawBlock] = []
    depth = 0
    run: list[str] = []

    def flush_run() -> None:
        nonlocal depth
        if not run:
            return
        if len(run) == 1:
            level = max(depth, 1)
            blocks.append(RawBlock(HEADING, run[0], level))
            depth = level
        else:
            for n, title in enumerate(run, start=1):
                blocks.append(RawBlock(HEADING, title, n))
            depth = len(run)
        run.clear()

    for kind, line in merged:
        if kind == HEADING:
            run.append(_BULLET.sub("", line) if _NUMBERED_QUESTION.match(line) else line)
            continue
        flush_run()
        if kind == ITEM:
            blocks.append(RawBlock(ITEM, _BULLET.sub("", line, count=1)))
        else:
            blocks.append(RawBlock(PARAGRAPH, line))
    flush_run()
    title = next((b.text for b in blocks if b.kind == HEADING), "")
    if blocks and blocks[0].kind == PARAGRAPH and _NAME_COLON_TITLE.match(blocks[0].text):
        title = blocks[0].text  # "Grebble fever: clinical summary" above the first heading
    if not title:
        title = next((b.text for b in blocks), "")[:120]
    return title, blocks
