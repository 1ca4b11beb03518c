"""Who a figure is about when the line before names the group.

A page often names a group in one line and gives its figures in the next:

- "- in people who heal without treatment" then "- in most, the rash fades
  within two weeks": a list line that is only a group (no verb of its own)
  leads the line after it;
- "60 % of patients with it have a swollen knee." then "In this group,
  recovery takes a month": "this group" points back to the people the line
  before counted.

:func:`find_figures` reads one sentence and cannot see either, so the
sentence reader hands the line before to :func:`with_lead_group`, which fills
in the population of figures that have none.  Only figures without a
population are touched, and only the very next line is led: a group stated
once is not carried down a whole list.
"""

from __future__ import annotations

from dataclasses import replace

from claimgraph.ingest import re_cache as re

from .quantities import Figure

_I = re.IGNORECASE
_WHO = (r"people|patients|persons|adults|children|kids|babies|infants|men|women|girls|boys|"
        r"individuals|those")
# A line that is only a group: "- in patients who heal without treatment", "Among adults over
# 60:", "For people with weak immunity" (no comma clause after it; no "is" or share of its
# own: "Among women with X the rate is 25 %." is a sentence, its figure read with it).
_GROUP_LINE = re.compile(rf"\W*(?:in|among|for)\s+(?:the\s+)?(?P<g>(?:{_WHO})\s+(?:who|with|"
                         rf"whose|aged|over|under|on|having|taking|receiving)\b"
                         rf"(?![^,;.:()]*\b(?:is|was)\s)[^,;.:()%]{{2,80}}?)"
                         rf"\s*[:.]?\s*", _I)
# "In this group, ...", "among these patients ...", "of them, ...": the group named before.
_POINTS_BACK = re.compile(rf"\W*(?:in|among|of|for)\s+(?:this|that|these|those|such)\s+"
                          rf"(?:group|subgroup|{_WHO}|cases)\b|\W*(?:in|among|of)\s+them\b", _I)
_BACK_WORDS = ("this", "that", "these", "those", "such", "them")
# "80 % of patients (with it) have a blocked duct ...": those with the blocked duct.
_COUNTED_HAVE = re.compile(rf"(?:%|\bper ?cent\b|\bin\s+\d+)\s*(?:of\s+)?(?:all\s+)?(?:the\s+)?"
                           rf"(?P<who>{_WHO})(?:\s+with\s+[^,;.]{{1,40}}?)?\s+(?:have|has|had|"
                           rf"develop|develops|show|shows)\s+(?:an?\s+|the\s+)?"
                           rf"(?P<x>[^,;.()]{{3,60}}?)(?=\s+(?:which|that|who|and|but|because)\b|"
                           rf"\s*[,;.(]|\s*$)", _I)
_LEAD_WORDS = ("in ", "among ", "for ")
# "Heart problems develop in 5 % of people": those with the heart problems, the line after
# may point back to ("In these patients, ...").
_COMES_IN = re.compile(r"\W*(?:the\s+|an?\s+)?(?P<x>[A-Za-z][\w' -]{2,40}?)\s+(?:develops?|occurs?|"
                       r"happens?|(?:is|are)\s+(?:seen|found))\s+in\s+(?:about\s+|around\s+|"
                       r"up to\s+|roughly\s+|nearly\s+)?\d[\d.,]*\s*(?:%|percent\b|per cent\b)", _I)
# "- patients with a partial weakness do better" then "- 94 % making a full recovery": a
# line saying how a group fares, and a line that is only a figure and what they do.
_GROUP_FARES = re.compile(rf"\W*(?:the\s+)?(?P<g>(?:{_WHO})\s+(?:who|with|whose|aged|over|"
                          rf"under|on|having|taking|receiving)\b[^,;.:()]{{2,80}}?)\s+"
                          rf"(?:usually\s+|generally\s+|often\s+|tend\s+to\s+)?"
                          rf"(?:do|does|did|fare|fares|fared|fair)\s+(?:much\s+|far\s+)?"
                          rf"(?:better|worse)\b", _I)
_FIGURE_DOING = re.compile(r"\W*(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|up\s+to\s+)?"
                           r"\d[\d.,]*\s*(?:%|percent\b|per cent\b)\s*(?:of\s+them\s+)?"
                           r"(?!(?:during|according|including|following)\b)[a-z]+ing\b", _I)
_FARES_WORDS = ("better", "worse")


def lead_group(lead: str, sentence: str) -> str | None:
    """Return the group the line before names for ``sentence``, if it leads it.

    >>> lead_group("- in people who heal without treatment", "- in most, it fades in 2 weeks")
    'people who heal without treatment'
    """
    low = sentence.lower()
    if any(map(low.__contains__, _BACK_WORDS)) and _POINTS_BACK.match(sentence):
        counted = _COUNTED_HAVE.search(lead)
        if counted is not None:
            return f"{counted['who'].lower()} with {counted['x'].strip()}"
        comes = _COMES_IN.match(lead)
        if comes is not None:  # "Heart problems develop in 5 %. In these patients, ..."
            return f"people with {comes['x'].strip().lower()}"
    if any(map(lead.lower().__contains__, _FARES_WORDS)) and _FIGURE_DOING.match(sentence):
        fares = _GROUP_FARES.match(lead)
        if fares is not None:  # "patients with X do better" / "- 94 % making a recovery"
            return re.sub(r"\s+", " ", fares["g"].strip().lower())
    head = lead.lstrip(" -•*\t").lower()
    if head.startswith(_LEAD_WORDS):
        line = _GROUP_LINE.fullmatch(lead)
        if line is not None:
            return line["g"].strip()
    return None


def with_lead_group(figures: list[Figure], sentence: str, lead: str) -> list[Figure]:
    """Return ``figures``, those with no population given the group the line before names."""
    if not lead or not any(f.measure.population is None and f.measure.kind != "relative_risk"
                           for f in figures):
        return figures
    group = lead_group(lead, sentence)
    if group is None:
        return figures
    return [replace(f, measure=replace(f.measure, population=group))
            if f.measure.population is None and f.measure.kind != "relative_risk" else f
            for f in figures]
