"""Who does better or worse: factors of the outlook, in the shapes pages use for them.

"The prognosis is worse in older people", "People with diabetes tend to have a poorer
outcome", "Delayed surgery is associated with a worse outcome", "Younger patients recover
faster", "Recovery is slower in people with heart disease": a factor tied to a poor
outlook (filed as raising the risk of "poor prognosis", as "factors associated with a poor
outcome include X" is) or to a better one ("good prognosis"), or to how fast people
recover ("faster recovery", "slower recovery").  Each wording yields the factor's words
as the page wrote them; the caller names the factor (people's words become the factor:
"older people" is older age) and emits the claim.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

from . import caseless, patterns as p

_POOR = r"(?:worse|poorer|poor|less good|less favou?rable|bad|grimmer)"
_GOOD = r"(?:better|good|more favou?rable|excellent)"
_OUTLOOK = r"(?:prognosis|outlook|outcomes?|survival)"
_PEOPLE = (r"(?:(?:older|younger|elderly|young|old) )?(?:people|patients|children|adults|"
           r"babies|infants|women|men|those|individuals)")
# A death rate said to be higher: what the two "death" readings below open with.
_DEATHS_HIGHER = (r"\b(?:the )?(?:mortality(?: rates?)?|death rates?|(?:the )?risk of death|"
                  r"case fatality(?: rates?)?) (?:is|are) (?:much |far |significantly )?"
                  r"(?P<d>higher|highest|greater|increased)")
# A subject of one thing, or a list of things joined by commas and "and"/"or" ("older age,
# frailty and shock"); no opening word and comma ("However, ...").
_LISTED = (r"(?!(?:however|but|also|overall|generally|in general|in addition|moreover|"
           r"furthermore|similarly|conversely|thus|therefore|so|in|among|for|after|during|"
           r"with|without|despite|although|though|when|if|once|while)\b)"
           r"[^.;,]{2,60}?(?:,\s*[^.;,]{2,40}?)*(?:,?\s+(?:and|or)\s+[^.;,]{2,40}?)?")
_READINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "The prognosis is worse in older people", "Outcomes are better in children".
    (re.compile(rf"\b(?:the )?{_OUTLOOK} (?:is|are|tends? to be) (?:generally |usually |often |"
                rf"much |far |significantly )?(?P<d>{_POOR}|{_GOOD}) (?:in|for|among|with) "
                r"(?P<x>[^.;,]{3,60})", re.I), "outlook"),
    # "People with diabetes tend to have a poorer outcome", "Older patients do worse".
    # ("Older people and those with other illnesses tend to do less well": both groups)
    (re.compile(rf"^\s*(?P<x>{_PEOPLE}(?: (?:with|who|aged|over|under) [^.;,]{{2,50}}?)?"
                rf"(?:,? (?:and|or) {_PEOPLE} (?:with|who|aged|over|under) [^.;,]{{2,50}}?)?) "
                rf"(?:(?:usually|often|generally|tend to|may|can) )*(?:have|has|do|does|fare|"
                rf"fares|fair|fairs) "
                rf"(?:a |an )?(?:much |far )?(?P<d>{_POOR}|{_GOOD}|less well|badly|well)"
                rf"(?: {_OUTLOOK})?\b", re.I), "outlook"),
    # "The outcome is worse when X is involved", "Survival is better when X is present".
    (re.compile(rf"\b(?:the )?{_OUTLOOK} (?:is|are|tends? to be) (?:generally |usually |often |"
                rf"much |far )?(?P<d>{_POOR}|{_GOOD}) (?:when|if) (?P<x>[^.;,]{{3,60}}?) "
                r"(?:is|are) (?:involved|present|found|seen)\b", re.I), "outlook"),
    # "The later a diagnosis is made, the worse the prognosis": the delay foretells it.
    (re.compile(rf"\bthe (?:later|longer the delay before) (?:the |a )?(?P<x>diagnosis|treatment|"
                rf"surgery|care)\b[^.;]{{0,40}}?,\s*the (?P<d>{_POOR}) (?:the )?{_OUTLOOK}\b",
                re.I), "delay"),
    # "Delayed surgery is associated with a worse outcome", "X predicts a poor prognosis".
    # ("Older age, frailty and shock are associated with worse outcomes": a list, each)
    # ("X may hide the signs and has been linked to worse outcomes": X, past its first verb)
    (re.compile(rf"^\s*(?P<x>{_LISTED})(?: (?:may|can|might|also|often) [^.;,]{{2,40}}? and)? "
                rf"(?:is|are|was|were|has been|have been) (?:strongly |also |often )?"
                rf"(?:associated|linked|correlated) (?:with|to) (?:an? |the )?(?:(?:much |far )?"
                rf"(?P<d>{_POOR}|{_GOOD}|increased|higher|reduced|lower)) "
                rf"(?:{_OUTLOOK}|mortality|death rates?|risk of death)\b", re.I), "outlook"),
    # "A poor outcome is linked to severe weakness", "Worse survival is associated with
    # shock": the outcome first, its factor after.
    (re.compile(rf"^\s*(?:an? |the )?(?:much |far )?(?P<d>{_POOR}|{_GOOD}|increased|higher|"
                rf"reduced|lower) (?:{_OUTLOOK}|mortality|death rates?|risk of death) "
                rf"(?:is|are|was|were|has been|have been) (?:strongly |also |often |mainly )?"
                rf"(?:associated|linked|correlated|tied) (?:with|to) (?P<x>[^.;]{{3,60}})",
                re.I), "outlook"),
    # "Severe pain at the start is a sign of a worse outcome", "X is a marker of poor
    # prognosis", "X carries a poor prognosis".
    (re.compile(rf"^\s*(?P<x>[^.;,]{{2,60}}?) (?:is|are|was|were|may be|can be) (?:often |also |"
                rf"usually )?(?:an? |the )?(?:(?:early |important |strong |key |strongest |"
                rf"main |major |best |independent |(?:single )?most important )?(?:signs?|"
                rf"markers?|indicators?|predictors?|warnings?) of|linked to|associated with) "
                rf"(?:an? |the )?(?:much |far )?(?P<d>{_POOR}|{_GOOD}) {_OUTLOOK}\b", re.I),
     "outlook"),
    (re.compile(rf"^\s*(?P<x>[^.;,]{{2,60}}?) (?:carries|carry|brings?) (?:an? |the )?"
                rf"(?:much |far )?(?P<d>{_POOR}|{_GOOD}) {_OUTLOOK}\b", re.I), "outlook"),
    # "Older age predicts a poorer outcome", "Shock is predictive of higher mortality".
    (re.compile(rf"^\s*(?P<x>[^.;,]{{2,60}}?) (?:strongly |also |often |may |can )?"
                rf"(?:predicts?|predicted|(?:is|are|was|were) (?:strongly )?predictive of|"
                rf"portends?|heralds?) (?:an? |the )?(?:(?:much |far )?"
                rf"(?P<d>{_POOR}|{_GOOD}|increased|higher|reduced|lower)) "
                rf"(?:{_OUTLOOK}|mortality|death rates?|risk of death)\b", re.I), "outlook"),
    # "Younger patients usually recover faster", "Children recover more quickly", "Age
    # matters, with younger patients recovering more quickly".
    (re.compile(rf"(?:^\s*|,\s*with\s+)(?P<x>{_PEOPLE}(?: (?:with|who|aged|over|under) "
                r"[^.;,]{2,50}?)?) (?:(?:usually|often|generally|tend to|may|can) )*"
                r"recover(?:ing)? (?P<d>faster|more quickly|quicker|sooner|more slowly|slower|"
                r"less well|better|fully|more swiftly|more rapidly)\b", re.I),
     "recovery"),
    # "Full recovery usually occurs in patients with a mild rash", "A complete recovery is
    # more likely in people with partial weakness".
    (re.compile(r"\b(?P<d>full|complete) (?:recovery|restoration)(?: of [\w ]{2,30}?)? "
                r"(?:(?:usually|often|generally|mostly) )?(?:occurs|happens|is seen|is (?:more |"
                r"most )?(?:likely|common|usual)) (?:in|among|for) (?P<x>[^.;,]{3,60})", re.I),
     "recovery"),
    # "Mortality is higher in older adults", "Death rates are highest among infants".
    (re.compile(rf"{_DEATHS_HIGHER} (?:in|among|for) (?P<x>[^.;,]{{3,60}})", re.I), "death"),
    # "Death is more likely in people with diabetes", "Dying is more common among X".
    (re.compile(r"\b(?:death|dying|a fatal outcome) is (?:much |far )?(?P<d>more) (?:likely|"
                r"common) (?:in|among|for) (?P<x>[^.;,]{3,60})", re.I), "death"),
    # "Mortality is higher when shock or organ failure is present": what is present.
    (re.compile(rf"{_DEATHS_HIGHER} (?:when|if|where) (?:there is |there are )?"
                r"(?P<x>[^.;,]{3,60}?) (?:is|are|develops?|occurs?|sets? in)(?: present)?\b",
                re.I), "death"),
    # "Death is more likely if treatment is delayed", "Outcomes are worse when the
    # diagnosis is delayed": the delay foretells it.
    (re.compile(rf"\b(?P<d>death|{_OUTLOOK}) (?:is|are) (?:much |far )?(?:more likely|worse|"
                rf"poorer|less good) (?:if|when) (?P<x>(?:the )?(?:treatment|diagnosis|surgery|"
                r"care|antibiotics|therapy)) (?:is|are) (?:delayed|late|started late|given "
                r"late)\b", re.I), "delay"),
    # "The severity of the rash and the degree of weakness are important prognostic factors".
    (re.compile(r"^\s*(?P<x>(?:the )?(?:severity|extent|degree) of [^.;]{3,90}?) (?:is|are) "
                r"(?:also )?(?:an? )?(?:(?:important|key|main|strong|major) )?prognostic "
                r"(?:factors?|indicators?|markers?)(?P<d>)", re.I), "severity"),
    # "Recovery is slower in people with heart disease".
    (re.compile(r"\brecovery (?:is|tends to be|may be|can be) (?:usually |often |generally )?"
                r"(?P<d>faster|quicker|slower|longer|better|worse|more complete|less complete|"
                r"incomplete) (?:in|for|among) (?P<x>[^.;,]{3,60})", re.I), "recovery"),
)
# Words without one of which no reading matches (callers gate on them too).
OUTLOOK_WORDS = ("prognosis", "outlook", "outcome", "survival", "recover", "mortality", "death",
                 "restoration", "fatality", "prognostic", "fare", "fair better", "fair worse",
                 "dying", "do well", "do better", "do worse", "does well", "does better",
                 "does worse", "do badly", "do less well", "does less well")
_GOOD_RE = re.compile(rf"^(?:{_GOOD}|well|faster|more quickly|quicker|sooner|fully|more "
                      r"complete|reduced|lower|more swiftly|more rapidly)$", re.I)
_RECOVERY_NAME = {True: "faster recovery", False: "slower recovery"}
_INVOLVED_AFTER = re.compile(r"\s+(?:is|are)\s+involved\b", re.I)
_THE = re.compile(r"^(?:the|your|their)\s+", re.I)
_SEVERITY_OF = re.compile(r"(?:the )?(?:severity|extent|degree) of (?:the |a )?(.+)$", re.I)


@dataclass(frozen=True, slots=True)
class OutlookFactor:
    """A factor a sentence ties to the outlook: its words, and the outlook it foretells."""

    said: str  # the factor as written ("older people", "delayed surgery")
    target: str  # "poor prognosis", "good prognosis", "faster recovery", "slower recovery"
    poor: bool  # a worse outlook (filed as a raised risk) rather than a better one
    start: int


def outlook_factors(text: str) -> Iterator[OutlookFactor]:
    """Yield the factors a sentence ties to the outlook (see the module docstring).

    >>> [(f.said, f.target) for f in outlook_factors("The prognosis is worse in older people.")]
    [('older people', 'poor prognosis')]
    >>> [(f.said, f.target) for f in outlook_factors("Younger patients recover faster.")]
    [('Younger patients', 'faster recovery')]
    """
    if caseless.lacks(text, OUTLOOK_WORDS):
        return
    for pattern, kind in _READINGS:
        m = pattern.search(text)
        if m is None:
            continue
        said = m.group("d").strip().lower()
        good = bool(_GOOD_RE.match(said))
        if kind == "death":
            yield OutlookFactor(m.group("x").strip(), "death", False, m.start("x"))
            continue
        if kind == "delay":
            target = "death" if said == "death" else "poor prognosis"
            what = re.sub(r"^the\s+", "", m.group("x").strip(), flags=re.I).lower()
            yield OutlookFactor(f"delayed {what}", target, True, m.start("x"))
            continue
        if kind == "severity":
            for part in re.split(r",?\s+and\s+(?=(?:the )?(?:severity|extent|degree) of)|,\s*",
                                 m.group("x")):
                sev = _SEVERITY_OF.match(part.strip())
                if sev is not None:
                    yield OutlookFactor(f"severe {sev.group(1)}", "poor prognosis", False,
                                        m.start("x"))
            continue
        if kind == "recovery":
            full = said in ("fully", "more complete", "full", "complete")
            target = "full recovery" if full else _RECOVERY_NAME[good]
            yield OutlookFactor(m.group("x").strip(), target, not (good or full), m.start("x"))
        else:
            said_x = m.group("x").strip()
            part = _THE.sub("", said_x)
            if _INVOLVED_AFTER.match(text, m.end("x")) and p.ANATOMY.fullmatch(part):
                said_x = f"{part} involvement"  # "worse when the heart is involved"
            yield OutlookFactor(said_x, "good prognosis" if good else
                                "poor prognosis", not good, m.start("x"))
