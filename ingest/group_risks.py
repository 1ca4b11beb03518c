"""Read who and when a condition strikes more: one sex over the other, older age, a season.

Pages compare groups without a risk word: "it affects men more often than women",
"boys are affected twice as often as girls", "complications are more common with
increasing age", "most cases occur in summer or fall".  Readers, and the sources a
page is compared with, name the group or the time of year as what raises the risk
(male sex, older age, summer or autumn).  The readings here return what was said as
data (:class:`GroupRisk`); the rules decide whether the thing it is said of is the
topic (or one of its complications) and record the claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

from .phrases import people_factor

# Words one of the readings needs, looked for before any regex runs.
GROUP_WORDS = ("men", "males", "boys", "girls", "age", "older", "summer", "winter", "spring",
               "autumn", " fall")

_SEX = r"(?:men|women|males|females|boys|girls)"
_TIMES = (r"(?:about |around |nearly |almost |roughly |up to )?(?:twice|(?:two|three|four|five|"
          r"\d+(?:\.\d+)?) times)")
_HOW_OFTEN = r"(?:often|commonly|frequently)"
# ("a little more often", "slightly more often": more, by however much)
_DEGREE = r"(?:(?:much|far|slightly|somewhat|a little|a bit) )?"
# "It affects men more often than women", "It affects three times as many women as men".
_AFFECTS_SEX = re.compile(
    # ("Symptoms include X, and it affects more women than men": the clause after "and")
    rf"^\s*(?:[^;:]*?,\s*(?:and|but)\s+)?(?P<about>[^,;:]{{1,80}}?) (?:(?:mainly|mostly|"
    rf"usually|often|also) )?affects? "
    rf"(?:{_TIMES} as many |more )?"
    rf"(?P<who>{_SEX}) (?:{_DEGREE}more {_HOW_OFTEN} |{_TIMES} (?:as {_HOW_OFTEN} |"
    rf"more {_HOW_OFTEN} )?)?(?:than|as) (?:in )?{_SEX}\b", re.I)
# What "affects" names on its right when it compares the sexes: "women twice as often as
# men" is women; "men and women equally" neither.
_SEX_ON_RIGHT = re.compile(
    rf"^\s*(?:(?P<even>(?:both )?{_SEX} and {_SEX} (?:equally|alike|in equal numbers))|"
    rf"(?:{_TIMES} as many |more )?(?P<who>{_SEX}) (?:{_DEGREE}more {_HOW_OFTEN} |"
    rf"{_TIMES} (?:as {_HOW_OFTEN} |more {_HOW_OFTEN} )?)?(?:than|as) (?:in )?{_SEX})\b", re.I)
# "Boys are affected more often than girls", "Women seem to be diagnosed with it more often".
_SEX_AFFECTED = re.compile(
    rf"^\s*(?P<who>boys|girls|males|females|women|men) (?:are|seem to be|appear to be|tend to be) "
    rf"(?:affected|diagnosed|infected)(?: with (?P<about>[\w' -]{{2,40}}?))? "
    rf"(?:{_DEGREE}more {_HOW_OFTEN}|{_TIMES} (?:as|more) {_HOW_OFTEN})\b", re.I)
# "Complications are more common with increasing age", "It becomes more likely as people get
# older": older age raises the risk of what is said to grow more common.
_WITH_AGE = re.compile(
    r"^\s*(?:however,\s*|but\s+)?(?P<about>[^,;:]{1,80}?) (?:is|are|becomes?|gets?|grows?) "
    r"(?:much |even |also |far )?(?:more|increasingly) (?:common|likely|frequent|prevalent) "
    r"(?:with (?:increasing |advancing |older |rising )?age|as (?:people|you|we|patients|they|"
    r"one|a person|someone) (?:gets?|grows?|becomes?) older|in (?:later|old|older) (?:life|"
    r"age))\b", re.I)
# "Complications can occur, especially with increasing age".
_ESPECIALLY_AGE = re.compile(
    r"^\s*(?:however,\s*|but\s+)?(?P<about>[^,;:]{1,80}?) (?:can |may |might |do |does |often "
    r"|also )*(?:occur|happen|develop|arise)s?,? (?:especially|particularly|mainly|mostly|"
    r"more often) (?:with (?:increasing|advancing|older) age|in (?:older|elderly) (?:people|"
    r"adults|patients))\b", re.I)
# "The incidence was higher for men than for women", "Rates of it are greater in girls than
# boys": a measure of how often it strikes, compared between the sexes (as the sentence
# opens: "..., and the risk rises with age" late in a sentence is another thing's risk).
_RATE = r"(?:(?:the |overall |annual |yearly |reported )*(?:incidence|prevalence|rates?|frequency))"
_RATE_BY_SEX = re.compile(
    rf"^\s*(?:however,\s*|but\s+)?{_RATE}(?: of (?P<about>[\w' -]{{1,40}}?))? (?:is|was|are|"
    r"were|has been|have been) "
    rf"(?:much |far |slightly |significantly |about |\w+ times )?(?:higher|greater) (?:in|for|"
    rf"among) (?P<who>{_SEX}) than (?:in |for |among )?{_SEX}\b", re.I)
# "The incidence increases with age", "... was higher in men and rose with age".
_RATE_WITH_AGE = re.compile(
    rf"^\s*(?:however,\s*|but\s+)?(?:{_RATE}|(?:the )?(?:risk|chance|likelihood)"
    # ("Grebble fever risk increases with age": the name before the word)
    r"|(?P<about2>[\w' -]{2,40}?) (?:risk|incidence|rates?))"
    r"(?: of (?P<about>[\w' -]{1,40}?))? "
    r"(?:(?:is|was|are|were) [^.;]{0,60}? "
    r"and )?(?:steadily |sharply |also )?(?:increases?|increased|rises?|rose|goes up|went up|"
    r"grows?|grew) (?:steadily |sharply |markedly )?(?:with (?:increasing |advancing )?age\b"
    # ("The risk rises sharply after the age of 50": older age, from that age on)
    r"|(?:after|over|beyond|from) (?:the )?age (?:of )?\d{2}\b)", re.I)
# "Most cases occur in summer", "It peaks in late winter" ("during" is patterns'
# "occurs-during", "more common in" its "more-common-in").
_IN_SEASON = re.compile(
    r"^\s*(?P<about>[^,;:]{1,80}?) (?:(?:mostly|mainly|usually|often|typically|commonly|"
    r"also|tends? to|can|may) )*(?:occurs?|happens?|peaks?|starts?|appears?|begins?) "
    r"(?:mostly |mainly |usually |most often |often |typically |more often |most commonly |"
    r"commonly |especially )?in (?P<rest>[^.;]+)", re.I)
# "summer or fall", "late spring and early summer": a time of year, as the page joins it.
_SEASON = r"(?:(?:early |late |the )?(?:spring|summer|autumn|fall|winter))"
_SEASONS = re.compile(rf"^\s*(?:the )?(?P<s>{_SEASON}(?:(?:,| and| or| to| through) "
                      rf"{_SEASON})*)(?: months| ?time| season)?(?=\s*(?:[,.;)]|$|when\b|in\b))",
                      re.I)


@dataclass(frozen=True, slots=True)
class GroupRisk:
    """A group or time said to raise the risk of what the sentence is about."""

    factor: str  # "male sex", "older age"
    about: str  # the sentence's subject as written: the topic, "it", "complications"
    anchor: str  # the words that said it


def group_risks(text: str) -> list[GroupRisk]:
    """Return each group a sentence says is struck more, with what it is struck by.

    >>> [(g.factor, g.about) for g in group_risks("It affects men more often than women.")]
    [('male sex', 'It')]
    >>> [(g.factor, g.about) for g in group_risks(
    ...     "Complications are more common with increasing age.")]
    [('older age', 'Complications')]
    """
    found = []
    low = text.lower()
    if "men" in low or "males" in low or "boys" in low or "girls" in low:
        for said in (_AFFECTS_SEX, _SEX_AFFECTED, _RATE_BY_SEX):
            sex = said.search(text)
            if sex is not None:
                found.append(GroupRisk(people_factor(sex.group("who")), sex.group("about") or "",
                                       sex.group(0)))
    if " age" in low or "older" in low:
        aged = _WITH_AGE.search(text) or _ESPECIALLY_AGE.search(text) or _RATE_WITH_AGE.search(
            text)
        if aged is not None:
            about = aged.group("about") or aged.groupdict().get("about2") or ""
            found.append(GroupRisk("older age", about, aged.group(0)))
    if "summer" in low or "winter" in low or "spring" in low or "autumn" in low or " fall" in low:
        when = _IN_SEASON.search(text)
        period = season_period(when.group("rest")) if when is not None else None
        if when is not None and period is not None:
            found.append(GroupRisk(period, when.group("about"), when.group(0)))
    return found


def sex_on_right(text: str) -> str | None:
    """Return the sex a comparison after "affects" names ("" when it names both alike), or
    None when the words compare no sexes.

    >>> sex_on_right("women twice as often as men."), sex_on_right("men and women equally.")
    ('female sex', '')
    """
    m = _SEX_ON_RIGHT.match(text)
    if m is None:
        return None
    return "" if m.group("even") else people_factor(m.group("who"))


def season_period(text: str) -> str | None:
    """Return the time of year a clause opens with, as one name, or None.

    "Fall" is written "autumn", so two pages that name the season differently agree.

    >>> season_period("summer or fall, when the flies are out.")
    'summer or autumn'
    >>> season_period("the first week") is None
    True
    """
    m = _SEASONS.match(text)
    if m is None:
        return None
    return re.sub(r"\bfall\b", "autumn", " ".join(m.group("s").lower().split()))
