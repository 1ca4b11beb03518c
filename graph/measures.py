"""Put figures from different sources on one footing, compare them, say them.

Sources give the same fact in different shapes: "six-month survival of
about 50 %", "up to 80 % die within a year", "1 in 600 people on dialysis
per year".  This module turns a :class:`Measure` into a :class:`Figure` in
its family's terms, decides whether two figures can be compared at all, and
whether they differ.  The rules:

* **Families.**  Survival is the complement of mortality (survival ``s``
  over a horizon ⇔ mortality ``1 − s`` over it), so both are compared as
  mortality.  Incidence, prevalence and an unqualified frequency form the
  *occurrence* family, but each kind (and each period) is only comparable
  with itself: a yearly incidence counts new cases, a prevalence everyone
  who has the condition.  Other kinds are their own family.
* **Horizons.**  Mortality, recovery and relapse are cumulative: they can
  only grow with time.  So figures over different horizons are comparable
  by monotonicity — six-month mortality of about 50 % implies one-year
  mortality of at least about 50 %.  A figure without a horizon is only
  comparable with other figures without one.
* **Bounds and tolerance.**  A stated figure is read with a tolerance
  window: ``approx`` ("about 50 %") is ±10 % relative
  (:data:`APPROX_TOLERANCE`), as are the stated ends of ``upper`` ("up to
  80 %") and ``lower`` ("at least 50 %") bounds; ``exact`` has none;
  a ``range`` is its own window.  Two figures *differ* when their windows
  do not overlap — so "up to 80 %" differs from "about 50 %" even though
  the true values they allow overlap; *compatible* (both can be true) is
  judged on those allowed intervals instead.
* **Populations.**  Figures about different populations or settings are
  never directly comparable.
* **Units.**  Periods in different units ("within 6 weeks", "3 to 4 months")
  are compared in days (:attr:`Figure.scale`); every other unit only with
  itself.  A figure keeps its stated unit for display.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from .model import PROPORTION_KINDS, UNIT_DAYS, Bound, Measure

APPROX_TOLERANCE = 0.10
OCCURRENCE = "occurrence"
FAMILIES = {"mortality": "mortality", "survival": "mortality", "incidence": OCCURRENCE,
            "prevalence": OCCURRENCE, "frequency": OCCURRENCE}
COMPLEMENTS = {"survival": "mortality"}
CUMULATIVE = frozenset({"mortality", "recovery", "relapse"})
KIND_NOUNS = {"relative_risk": "relative risk"}
# ISO 8601 duration letters, in days (a month is a twelfth of a year: P1Y equals P12M).
_DAYS = {"Y": UNIT_DAYS["years"], "M": UNIT_DAYS["months"], "W": UNIT_DAYS["weeks"],
         "D": UNIT_DAYS["days"]}
# Periods stated in different units of time are compared in days.
COMPARED_TIME_UNIT = "days"
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([YMWD])")
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve")


def compared_unit(unit: str | None) -> str | None:
    """Return the unit figures stated in ``unit`` are compared in (days for any time unit).

    >>> compared_unit("weeks"), compared_unit("ratio")
    ('days', 'ratio')
    """
    return COMPARED_TIME_UNIT if unit in UNIT_DAYS else unit


def shared_time_unit(units: set[str | None]) -> str | None:
    """Return the largest of several units of time, to show periods stated in each in one
    unit; None unless ``units`` are two or more units of time.

    >>> shared_time_unit({"weeks", "months"}), shared_time_unit({"months"})
    ('months', None)
    """
    if len(units) < 2 or not all(u in UNIT_DAYS for u in units):
        return None
    return max(units, key=lambda u: UNIT_DAYS[u or ""])


def in_time_unit(measure: Measure, unit: str) -> Measure:
    """Return a period restated in another unit of time.

    >>> m = in_time_unit(Measure("duration", 6.0, unit="weeks"), "days")
    >>> m.value, m.unit
    (42.0, 'days')
    """
    f = UNIT_DAYS[measure.unit or ""] / UNIT_DAYS[unit]
    return replace(measure, value=None if measure.value is None else _round(measure.value * f),
                   low=None if measure.low is None else _round(measure.low * f),
                   high=None if measure.high is None else _round(measure.high * f), unit=unit)


def family(kind: str) -> str:
    """Return the family a measure kind is compared in (survival → mortality)."""
    return FAMILIES.get(kind, kind)


def horizon_days(horizon: str | None) -> float | None:
    """Return an ISO 8601 duration in days, rounded so P1Y equals P12M.

    >>> horizon_days("P1Y") == horizon_days("P12M")
    True
    >>> horizon_days(None) is None
    True
    """
    if not horizon:
        return None
    days = sum(float(n) * _DAYS[unit] for n, unit in _DURATION.findall(horizon.upper()))
    return round(days, 2) if days else None


@dataclass(frozen=True, slots=True)
class Figure:
    """A measure in its family's terms, with its tolerance window and interval."""

    measure: Measure
    family: str
    kind: str  # the kind compared: survival becomes mortality
    point: float
    window: tuple[float, float]  # the stated figure with its tolerance
    interval: tuple[float, float]  # the true values the figure allows
    bound: Bound
    horizon: float | None  # days
    population: str | None
    unit: str | None = None  # the unit compared in: days for any unit of time
    scale: float = 1.0  # compared units per stated unit (7.0 for weeks)

    @property
    def compared_point(self) -> float:
        """The point in the compared unit (6 weeks: 42 days)."""
        return self.point * self.scale

    @property
    def converted(self) -> bool:
        """True when the figure was turned around (survival → mortality)."""
        return self.kind != self.measure.kind

    def comparability(self) -> tuple[object, ...]:
        """Return a key equal for exactly the figures that can be compared.

        Comparability is an equivalence (same family, unit, population, and
        either both horizons known for a cumulative family or the same kind
        and period otherwise), so grouping by this key is the clustering.
        """
        if self.family in CUMULATIVE:
            return (self.family, self.unit, self.population, self.horizon is None)
        return (self.family, self.unit, self.population, self.kind, self.horizon)


def _window(m: Measure, point: float) -> tuple[float, float]:
    if m.bound is Bound.RANGE:
        return (m.low if m.low is not None else point, m.high if m.high is not None else point)
    if m.bound is Bound.EXACT:
        return (point, point)
    return (point * (1 - APPROX_TOLERANCE), point * (1 + APPROX_TOLERANCE))


def _interval(m: Measure, window: tuple[float, float]) -> tuple[float, float]:
    top = 1.0 if m.kind in PROPORTION_KINDS else math.inf
    if m.bound is Bound.UPPER:
        return (0.0, window[1])
    if m.bound is Bound.LOWER:
        return (window[0], top)
    return window


_FLIP = {Bound.UPPER: Bound.LOWER, Bound.LOWER: Bound.UPPER}


def normalise(measure: Measure, population: str | None = None) -> Figure:
    """Return ``measure`` as a :class:`Figure` in its family's terms.

    ``population`` (the population and setting the claim is about) replaces
    the measure's own when given.

    >>> f = normalise(Measure("survival", value=0.5, horizon="P6M"))
    >>> f.kind, f.point, f.window
    ('mortality', 0.5, (0.45, 0.55))
    """
    point = measure.point()
    window = _window(measure, point)
    interval = _interval(measure, window)
    kind, bound = measure.kind, measure.bound
    if kind in COMPLEMENTS:
        kind, bound = COMPLEMENTS[kind], _FLIP.get(bound, bound)
        point = 1 - point
        window = (1 - window[1], 1 - window[0])
        interval = (1 - interval[1], 1 - interval[0])
    pop = population if population is not None else measure.population
    scale = UNIT_DAYS.get(measure.unit or "")
    return Figure(measure, family(measure.kind), kind, _round(point),
                  (_round(window[0]), _round(window[1])),
                  (_round(interval[0]), _round(interval[1])), bound,
                  horizon_days(measure.horizon), compared_population(pop),
                  COMPARED_TIME_UNIT if scale else measure.unit, scale or 1.0)


# One group written two ways: pages say "without treatment" and "untreated" alike.  The
# year a figure is for ("people in 2021") is shown, not compared: one quantity given as
# 4.5 % for one year and 5.9 % for another disagrees (a reader must ask which holds),
# while a trend stated in one sentence never raises a conflict (numeric._one_sentence).
_SAME_GROUP = ((re.compile(r"\bwithout (?:any )?treatment\b"), "untreated"),
               (re.compile(r"\s*\bin (?:19|20)\d\d(?:-(?:19|20)\d\d)?\b"), ""))


def compared_population(population: str | None) -> str | None:
    """Return a population as figures are compared by: lower case, one name per group.

    >>> compared_population("Without treatment (UK)")
    'untreated (uk)'
    >>> compared_population("children in 2009 (US)") == compared_population("children in 2010 (US)")
    True
    """
    if not population:
        return None
    text = population.strip().lower()
    for pattern, name in _SAME_GROUP:
        text = pattern.sub(name, text)
    return text


def in_family_terms(figure: Figure) -> Measure:
    """Return the measure a figure stands for, in its family's terms.

    >>> in_family_terms(normalise(Measure("survival", 0.5, horizon="P6M"))).kind
    'mortality'
    """
    m = figure.measure
    if not figure.converted:
        return m
    return replace(m, kind=figure.kind, value=_complement(m.value), low=_complement(m.high),
                   high=_complement(m.low), bound=figure.bound)


def _complement(x: float | None) -> float | None:
    return None if x is None else _round(1 - x)


def _round(x: float) -> float:
    return x if math.isinf(x) else round(x, 12)


def _ordered(a: Figure, b: Figure) -> tuple[Figure, Figure]:
    """Return (shorter horizon, longer horizon)."""
    return (a, b) if (a.horizon or 0) <= (b.horizon or 0) else (b, a)


def differs(a: Figure, b: Figure) -> bool:
    """Return True when the stated figures disagree beyond tolerance.

    Over different horizons of a cumulative family, only a longer-horizon
    figure *below* a shorter-horizon one disagrees.

    >>> differs(normalise(Measure("mortality", 0.8, bound=Bound.UPPER, horizon="P1Y")),
    ...         normalise(Measure("mortality", 0.5, horizon="P1Y")))
    True
    >>> differs(normalise(Measure("survival", 0.5, horizon="P6M")),
    ...         normalise(Measure("mortality", 0.5, horizon="P1Y")))
    False
    """
    if a.horizon != b.horizon and a.family in CUMULATIVE:
        short, long = _ordered(a, b)
        return long.window[1] * long.scale < short.window[0] * short.scale
    return not overlaps(a, b)


def overlaps(a: Figure, b: Figure) -> bool:
    """Return True when the stated figures' tolerance windows meet (horizons aside).

    >>> overlaps(normalise(Measure("duration", 6, bound=Bound.UPPER, unit="weeks")),
    ...          normalise(Measure("duration", low=3, high=4, bound=Bound.RANGE, unit="months")))
    False
    """
    return a.window[0] * a.scale <= b.window[1] * b.scale \
        and b.window[0] * b.scale <= a.window[1] * a.scale


def compatible(a: Figure, b: Figure) -> bool:
    """Return True when both figures can be true at once (their intervals meet)."""
    if a.horizon != b.horizon and a.family in CUMULATIVE:
        short, long = _ordered(a, b)
        return long.interval[1] * long.scale >= short.interval[0] * short.scale
    return a.interval[0] * a.scale <= b.interval[1] * b.scale \
        and b.interval[0] * b.scale <= a.interval[1] * a.scale


def incomparability(a: Figure, b: Figure) -> tuple[str, ...]:
    """Return why two figures of one family cannot be compared (empty if they can)."""
    reasons = []
    if a.kind != b.kind and a.family not in CUMULATIVE:
        reasons.append("kind")
    if a.population != b.population:
        reasons.append("population")
    if a.unit != b.unit:
        reasons.append("unit")
    if a.horizon != b.horizon and (a.family not in CUMULATIVE or None in (a.horizon, b.horizon)):
        reasons.append("period")
    return tuple(reasons)


# --- words ------------------------------------------------------------------------------

def _strip(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_percent(p: float) -> str:
    """Return a proportion as a readable percentage.

    >>> format_percent(0.8), format_percent(0.0035), format_percent(1 / 600)
    ('80 %', '0.35 %', '0.17 %')
    """
    x = p * 100
    if x == 0:
        return "0 %"
    if x >= 1:
        return _strip(f"{x:.1f}") + " %"
    digits = 1 - math.floor(math.log10(x))
    return _strip(f"{x:.{digits}f}") + " %"


def format_one_in(p: float) -> str:
    """Return a small proportion as "1 in N", with "about" when N was rounded.

    >>> format_one_in(1 / 600), format_one_in(0.0035), format_one_in(0.0001)
    ('1 in 600', 'about 1 in 290', '1 in 10,000')
    """
    if p <= 0:
        return "none"
    n = 1 / p
    digits = max(0, math.floor(math.log10(n)) - 1) if n >= 100 else 0
    shown = round(n / 10**digits) * 10**digits
    about = "about " if abs(shown - n) / n > 0.01 else ""
    return f"{about}1 in {shown:,.0f}"


_PER = ((1_000, "1,000"), (10_000, "10,000"), (100_000, "100,000"), (1_000_000, "1,000,000"),
        (10_000_000, "10,000,000"))


def format_per(low: float, high: float) -> str:
    """Return a range of small proportions as people write rates: "0.6–1.9 per 100,000".

    The base is the smallest of 1,000 … 10,000,000 that makes the higher end at least 1.

    >>> format_per(0.000006, 0.000019), format_per(0.0002, 0.0005)
    ('0.6–1.9 per 100,000', '2–5 per 10,000')
    """
    for base, words in _PER:
        if high * base >= 1 or base == _PER[-1][0]:
            return f"{_strip(f'{low * base:.2g}')}–{_strip(f'{high * base:.2g}')} per {words}"
    raise AssertionError("unreachable")  # pragma: no cover (the loop returns on its last base)


def format_small(p: float) -> str:
    """Return a proportion as written for people, never rounded to "0 %".

    Below 1 in 1,000 it reads "1 in N"; otherwise as a percentage.

    >>> format_small(0.8), format_small(1 / 600), format_small(0.00001), format_small(0.0)
    ('80 %', '0.17 %', '1 in 100,000', '0 %')
    """
    if 0 < p < 0.001:
        return format_one_in(p)
    return format_percent(p)


def format_number(measure: Measure, x: float) -> str:
    """Return one number of a measure in its unit ("80 %", "2.1 times", "1,200").

    A count is a bare number: "266 count" read as a typo.

    >>> format_number(Measure("count", 1200.0, unit="count"), 1200.0)
    '1,200'
    >>> format_number(Measure("count", 1.0, unit="doses per day"), 1.0)
    '1 dose per day'
    """
    if measure.kind in PROPORTION_KINDS:
        return format_percent(x)
    if measure.unit == "count":
        return f"{x:,.0f}" if x == round(x) else f"{x:,.2f}".rstrip("0").rstrip(".")
    unit = {"ratio": "times", "years": "years", "proportion": ""}.get(measure.unit, measure.unit)
    if x == 1 and unit != "times":
        unit = _ONE.sub("", unit, count=1)  # "1 dose per day", "1 year"
    return f"{_strip(f'{x:.2f}')} {unit}".strip()


# The plural ending of a unit's first word, dropped after "1".
_ONE = re.compile(r"(?<=[a-z])s\b")


def format_value(measure: Measure) -> str:
    """Return a measure's figure with its bound in words.

    >>> format_value(Measure("mortality", 0.8, bound=Bound.UPPER))
    'up to 80 %'
    >>> format_value(Measure("incidence", 1 / 600))
    'about 1 in 600 (0.17 %)'
    """
    if measure.bound is Bound.RANGE:
        if measure.kind in PROPORTION_KINDS and measure.high is not None \
                and 0 < measure.high < 0.001:  # a rate: "0.6–1.9 per 100,000", not "0–0 %"
            return format_per(measure.low or 0.0, measure.high)
        low = format_number(measure, measure.low if measure.low is not None else 0.0)
        high = format_number(measure, measure.high if measure.high is not None else 0.0)
        unit = " %" if low.endswith(" %") else ""
        return f"{low.removesuffix(unit)}–{high}"
    point = measure.point()
    text = format_number(measure, point)
    if measure.kind in PROPORTION_KINDS and 0 < point < 0.05:
        one_in = format_one_in(point)
        if measure.bound is Bound.APPROX:  # one "about" is enough
            one_in = one_in.removeprefix("about ")
        text = f"{one_in} ({text})"
    prefix = {Bound.APPROX: "about ", Bound.UPPER: "up to ", Bound.LOWER: "at least "}
    return prefix.get(measure.bound, "") + text


def bound_note(bound: Bound) -> str:
    """Return how a bound qualifies its figure, for "X's upper-end 80 %"."""
    return {Bound.UPPER: "upper-end ", Bound.LOWER: "lower-end "}.get(bound, "")


def _count(n: float, noun: str) -> str:
    whole = round(n)
    word = _WORDS[whole] if whole < len(_WORDS) else str(whole)
    return f"{word}-{noun}"


def horizon_adjective(days: float | None) -> str:
    """Return a horizon as an adjective: 365.25 → "one-year", 182.6 → "six-month".

    >>> horizon_adjective(horizon_days("P6M")), horizon_adjective(horizon_days("P2Y"))
    ('six-month', 'two-year')
    """
    if days is None:
        return ""
    for unit, noun in (("Y", "year"), ("M", "month"), ("W", "week")):
        n = days / _DAYS[unit]
        if abs(n - round(n)) < 0.01 and round(n) >= 1:
            return _count(n, noun)
    return _count(days, "day")


def _period(days: float | None) -> str:
    if days is None:
        return ""
    adjective = horizon_adjective(days)
    number, noun = adjective.rsplit("-", 1)
    return f" per {noun}" if number == "one" else f" over {number} {noun}s"


def kind_noun(kind: str) -> str:
    """Return a measure kind as words (relative_risk → "relative risk")."""
    return KIND_NOUNS.get(kind, kind.replace("_", " "))


def describe(measure: Measure, population: str | None = None) -> str:
    """Return a measure as a phrase a reader understands.

    >>> describe(Measure("survival", 0.5, horizon="P6M"))
    'six-month survival of about 50 %'
    >>> describe(Measure("incidence", 1 / 600, horizon="P1Y"), "people on dialysis")
    'incidence of about 1 in 600 (0.17 %) per year among people on dialysis'
    """
    days = horizon_days(measure.horizon)
    value = format_value(measure)
    population = population or measure.population
    among = f" among {population}" if population else ""
    if family(measure.kind) in CUMULATIVE:
        adjective = horizon_adjective(days)
        lead = f"{adjective} {kind_noun(measure.kind)}" if adjective else kind_noun(measure.kind)
        return f"{lead} of {value}{among}"
    period = _period(days)
    if " per " in value:  # "0.6–1.9 per 100,000 a year", not "per 100,000 per year"
        period = period.replace(" per ", " a ", 1)
    return f"{kind_noun(measure.kind)} of {value}{period}{among}"
