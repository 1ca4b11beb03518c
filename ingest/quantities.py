"""Find the figures a sentence states: value, bound, horizon, measure and population.

quantulum3 finds "50 percent" but not "5 out of 10", "35 of every 10,000",
"one in 600" or "twice as likely", which is how patient pages give most of
their figures, and it knows nothing of horizons or populations; so the
forms are precompiled regexes here.  Proportions come out in [0, 1], ages in
years, horizons as ISO 8601 durations in months or smaller
(P6M, P12M, P2W), so equal periods compare equal as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.graph.model import Bound, Measure

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100,
    "a thousand": 1000, "one thousand": 1000, "thousand": 1000,
}
_NUMW = (r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|a hundred|one hundred|a thousand|one thousand|"
         r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
         r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)")
_PCT = r"\s*(?:%|percent\b|per cent\b)"
_RANGE_SEP = r"\s*(?:to|-|–|—|and|or)\s*"
_I = re.IGNORECASE

_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pct_range", re.compile(rf"\b(?P<a>{_NUMW})(?:{_PCT})?{_RANGE_SEP}(?P<b>{_NUMW}){_PCT}", _I)),
    ("pct", re.compile(rf"\b(?P<a>{_NUMW}){_PCT}", _I)),
    ("per_range", re.compile(
        rf"\b(?P<a>{_NUMW}){_RANGE_SEP}(?P<b>{_NUMW})\s+(?:\w+\s+)?(?:per|in every|out of|of every)"
        rf"\s+(?P<n>{_NUMW})", _I)),
    ("ratio", re.compile(
        rf"\b(?P<a>{_NUMW})\s+(?:(?:cases?|people|persons?|patients?|adults?|children)\s+)?"
        rf"(?:\w+\s+){{0,2}}?(?:out of|of every|in every|per|in)\s+(?P<n>{_NUMW})\b", _I)),
    ("fraction", re.compile(
        r"\b(?P<f>half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|"
        r"three[- ]quarters)\b(?= of\b)", _I)),
    ("times", re.compile(
        rf"\b(?P<t>twice|(?P<a>{_NUMW})(?:\s+times|-fold))\s+(?:as\s+\w+|more\s+\w+|higher|"
        rf"greater|the risk)", _I)),
    ("age_range", re.compile(
        rf"\bage[sd]?\b[^.;]{{0,30}}?\b(?P<a>\d{{1,3}}){_RANGE_SEP}(?P<b>\d{{1,3}})\b"
        rf"|\b(?P<c>\d{{1,3}}){_RANGE_SEP}(?P<d>\d{{1,3}})\s+years? (?:of age|old)", _I)),
    ("age", re.compile(
        r"\b(?:over|under|above|below|older than|younger than)?\s*(?:the\s+)?age\s+(?:of\s+)?"
        r"(?P<a>\d{1,3})\b|\baged\s+(?P<b>\d{1,3})\b"
        r"|\b(?P<c>\d{1,3})\s+years? (?:of age|old)(?P<older> (?:and|or) (?:older|over))?", _I)),
)
# Cheap first look: most sentences hold no number at all.
_ANY_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|third|thirds|"
    r"quarter|quarters|twice)\b", _I)
_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
              "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75}

_APPROX = re.compile(r"(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|"
                     r"an estimated|estimated|close to|~|average|averages?|typically)\s*$", _I)
_UPPER = re.compile(r"(?:up to|at most|no more than|fewer than|less than|under|as many as|"
                    r"as much as|below|<|≤)\s*$", _I)
_LOWER = re.compile(r"(?:at least|more than|over|greater than|above|no fewer than|>|≥)\s*$", _I)
_OR_MORE = re.compile(r"^\s*(?:%|percent|per cent)?\s*(?:or more|and over|and older|or older)", _I)

_UNIT_ISO = {"year": "Y", "month": "M", "week": "W", "day": "D"}
_HORIZON = re.compile(
    rf"\b(?P<n>{_NUMW}|a|an)[- ](?P<u>year|month|week|day)s?\b(?=[- ](?:surviv|mortal|death|"
    rf"risk|rate|incidence|recurr|relapse|recover|outcome|follow))"
    rf"|\b(?:within|after|over|in|for|than|beyond|by|past)\s+(?:the\s+(?:first\s+)?)?"
    rf"(?P<n2>{_NUMW}|a|an)?\s*(?P<u2>year|month|week|day)s?\b"
    rf"|\b(?:per|each|every|a)\s+(?P<u3>year|month|week|day)\b|\b(?P<u4>annual)(?:ly)?\b", _I)

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("mortality", re.compile(r"\b(?:(?:don't|do not|doesn't|does not|won't|will not|not|n't|"
                             r"fail to)\s+survive)\b", _I)),
    ("mortality", re.compile(r"\b(?:die|dies|died|death|deaths|dying|mortality|fatal|lethal|"
                             r"deadly)\b", _I)),
    ("survival", re.compile(r"\b(?:surviv\w*|alive|live (?:for|beyond|longer))\b", _I)),
    ("recovery", re.compile(r"\b(?:recover\w*|remission|heal(?:ed|s)?|cured?)\b", _I)),
    ("relapse", re.compile(r"\b(?:relapse\w*|recur\w*|comes? back)\b", _I)),
    ("incidence", re.compile(r"\b(?:incidence|new cases?|diagnosed|develops?|developing|"
                             r"per year|each year|annual\w*)\b", _I)),
    ("prevalence", re.compile(r"\b(?:prevalence|living with|live with)\b", _I)),
    ("frequency", re.compile(r"\b(?:happens? to|occurs? in|affects?|common|have|has|get|gets)\b",
                             _I)),
)
_POP_NOUN = (r"(?:people|patients|persons|adults|children|kids|babies|infants|men|women|"
             r"males|females|individuals|those|adults|teens|cases|residents|smokers)")
_POPULATION = re.compile(
    rf"\b(?P<noun>{_POP_NOUN})\b,?\s*(?P<rest>(?:who(?:'re| are| have| had| were)?|with|on|"
    rf"having|receiving|undergoing|getting|aged|over|under|in|living)\b[^,.;:()]*)", _I)
_POP_STOP = re.compile(r"\s+(?:die|dies|don't|do not|will|won't|are|is|have|has|develop\w*|"
                       r"get|gets|survive\w*|recover\w*|live|lives|per|each|every|within|"
                       r"after|in the|who)\b.*$", _I)
_SETTING = re.compile(r"\b[Ii]n (?:the )?(U\.S\.|U\.K\.|USA|UK|US|EU|United States|"
                      r"United Kingdom|Europe|England|Scotland|Wales|Canada|Australia|India)"
                      r"(?![\w])")


@dataclass(frozen=True, slots=True)
class Figure:
    """A measure found in a sentence, with the span (within the sentence) of its words."""

    measure: Measure
    start: int
    end: int
    setting: str | None = None


def parse_number(text: str) -> float:
    """Return the value of a written number ("35", "10,000", "six", "a hundred").

    >>> parse_number("10,000"), parse_number("five"), parse_number("2.5")
    (10000.0, 5.0, 2.5)
    """
    t = text.strip().lower()
    if t in _WORDS:
        return float(_WORDS[t])
    return float(t.replace(",", ""))


def _bound(sentence: str, start: int, end: int) -> Bound:
    before = sentence[max(0, start - 30):start]
    if _UPPER.search(before):
        return Bound.UPPER
    if _LOWER.search(before) or _OR_MORE.match(sentence[end:end + 20]):
        return Bound.LOWER
    if _APPROX.search(before):
        return Bound.APPROX
    return Bound.EXACT


def _horizon(clause: str) -> str | None:
    m = _HORIZON.search(clause)
    if not m:
        return None
    n = int(parse_number(m.group("n") or m.group("n2") or "1"))
    unit = (m.group("u") or m.group("u2") or m.group("u3") or "year").lower()
    if unit == "year":  # months, as the claim files write them (P12M), so P1Y == P12M
        return f"P{12 * n}M"
    return f"P{n}{_UNIT_ISO[unit]}"


def _kind(sentence: str, start: int, end: int) -> str | None:
    best: tuple[int, int, str] | None = None
    for rank, (kind, pattern) in enumerate(_KINDS):
        for m in pattern.finditer(sentence):
            dist = m.start() - end if m.start() >= end else start - m.end()
            cand = (max(dist, 0), rank, kind)
            if best is None or cand < best:
                best = cand
    return best[2] if best else None


def normalise_population(noun: str, rest: str) -> str:
    """Return a short canonical population ("people who are on dialysis" → "people on dialysis")."""
    rest = re.sub(r"^who(?:'re| are| were)\s+", "", rest.strip(), flags=_I)
    rest = re.sub(r"^who(?: have| had)\s+", "with ", rest, flags=_I)
    rest = re.sub(r"^(?:having|receiving|undergoing|getting)\s+", "on ", rest, flags=_I)
    rest = _POP_STOP.sub("", rest).strip()
    return f"{noun.lower()} {rest}".strip()


def _population(sentence: str, end: int, topic_words: tuple[str, ...]) -> str | None:
    m = _POPULATION.search(sentence, end) or _POPULATION.search(sentence)
    if not m or len(m.group("rest").split()) > 12:
        return None
    pop = normalise_population(m.group("noun"), m.group("rest"))
    low = pop.lower()
    if len(pop.split()) < 2 or any(w and w in low for w in topic_words):
        return None  # "people with <the topic>" is the overall figure, not a subgroup
    return pop


_GROUP = re.compile(rf"\b{_POP_NOUN}\b", _I)
_VERSUS = re.compile(rf"\b(?:as|than)\s+(?:in\s+)?(?:the\s+)?({_POP_NOUN})\b", _I)


def _comparison(sentence: str, context: str) -> str | None:
    """Return "women vs men" for a relative figure, taking "they" from the sentence before."""
    versus = _VERSUS.search(sentence)
    if not versus:
        return None
    other = versus.group(1).lower()
    for text in (sentence[:versus.start()], context):
        for g in _GROUP.finditer(text):
            group = g.group(0).lower()
            if group != other and group not in ("people", "those", "cases", "individuals"):
                return f"{group} vs {other}"
    return None


def find_figures(sentence: str, topic_words: tuple[str, ...] = (),
                 context: str = "") -> list[Figure]:
    """Return the figures in one sentence, each with kind, bound, horizon and population.

    Args:
        sentence: one sentence of normalised text.
        topic_words: lower-case names of the topic; "people with <topic>" is
            the whole population, so it is not recorded as a subgroup.
        context: the sentence before, for "They are twice as likely ... as men".

    >>> [f.measure.value for f in find_figures("About 3 out of 10 patients recover in a month.")]
    [0.3]
    """
    if not _ANY_NUMBER.search(sentence):
        return []
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for form, pattern in _FORMS:
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            fig = _figure(form, m, sentence, topic_words, context)
            if fig is not None:
                figures.append(fig)
                taken.append((m.start(), m.end()))
    return sorted(figures, key=lambda f: f.start)


def _figure(form: str, m: re.Match[str], sentence: str,
            topic_words: tuple[str, ...], context: str = "") -> Figure | None:
    s, e = m.start(), m.end()
    value = low = high = None
    bound = _bound(sentence, s, e)
    unit = "proportion"
    kind = _kind(sentence, s, e)
    if form == "pct_range":
        low, high = parse_number(m["a"]) / 100, parse_number(m["b"]) / 100
        bound = Bound.RANGE
    elif form == "pct":
        value = parse_number(m["a"]) / 100
    elif form == "per_range":
        n = parse_number(m["n"])
        low, high = parse_number(m["a"]) / n, parse_number(m["b"]) / n
        bound = Bound.RANGE
    elif form == "ratio":
        n = parse_number(m["n"])
        a = parse_number(m["a"])
        if n < 2 or a > n or (a == n):
            return None
        value = a / n
    elif form == "fraction":
        value = _FRACTIONS[re.sub(r"[- ]", " ", m["f"].lower())]
    elif form == "times":
        kind, unit = "relative_risk", "ratio"
        value = 2.0 if m["t"].lower() == "twice" else parse_number(m["a"])
    elif form == "age_range":
        kind, unit, bound = "age", "years", Bound.RANGE
        low, high = (float(m["a"] or m["c"]), float(m["b"] or m["d"]))
    elif form == "age":
        kind, unit = "age", "years"
        value = float(m["a"] or m["b"] or m["c"])
        lead = sentence[max(0, s - 15):s + 12].lower()
        if m["older"] or re.search(r"over|above|older", lead):
            bound = Bound.LOWER
        elif re.search(r"under|below|younger", lead):
            bound = Bound.UPPER
    if kind is None:
        return None  # a bare number with no measure words is not a claim
    if kind != "relative_risk" and unit == "proportion" and any(
        v is not None and not 0 <= v <= 1 for v in (value, low, high)
    ):
        return None
    horizon = _horizon(sentence) if unit != "years" else None
    population = _population(sentence, e, topic_words) if unit != "years" else None
    if kind == "relative_risk":
        population = _comparison(sentence, context)
    setting = _SETTING.search(sentence)
    measure = Measure(kind, value=value, low=low, high=high, bound=bound, unit=unit,
                      horizon=horizon, population=population)
    return Figure(measure, s, e, setting.group(1) if setting else None)


def horizon_months(iso: str | None) -> float | None:
    """Return an ISO 8601 duration in months, to compare P1Y with P12M.

    >>> horizon_months("P1Y"), horizon_months("P6M"), horizon_months(None)
    (12.0, 6.0, None)
    """
    if not iso:
        return None
    m = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", iso)
    if not m:
        return None
    y, mo, w, d = (float(g) if g else 0.0 for g in m.groups())
    return y * 12 + mo + w * 12 / 52 + d * 12 / 365
