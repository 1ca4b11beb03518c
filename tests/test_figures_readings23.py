"""Figures read in session 23: number forms and measure wordings health pages use, each in
our own words about a made-up illness ("quentella", "grebble fever").

Each case is one sentence (or two, where the first names what the second's "it" is) and
the reading a careful reader records: kind, value, bound, and the subject or group where
the sentence names one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.inline_text import clean_inline
from claimgraph.ingest.kind_around import with_kind_around
from claimgraph.ingest.quantities import Figure, find_figures

TOPIC = ("quentella",)


def _all(sentence: str) -> list[tuple[str, float, str, str | None]]:
    """Return each figure of a sentence about quentella as (kind, value, bound, population)."""
    return [(f.measure.kind, round(f.measure.point(), 4), f.measure.bound.value,
             f.measure.population) for f in find_figures(sentence, TOPIC)]


def _only(sentence: str) -> Figure:
    """Return the only figure read in a sentence about quentella."""
    (fig,) = find_figures(sentence, TOPIC)
    return fig


def _page_figures(tmp_path: Path, body: str) -> list[tuple[str, str, float, str]]:
    """Return (subject, kind, value, bound) of each figure a quentella page gives."""
    page = tmp_path / "page.txt"
    page.write_text(f"Quentella\n\nQuentella is an illness.\n\nOverview\n\n{body}\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return [(cs.label(c.subject), c.measure.kind, round(c.measure.point(), 4),
             c.measure.bound.value) for c in cs.claims if c.measure is not None]


@pytest.mark.parametrize("body", [
    "Kidney damage is a common complication. It affects about 1 in 4 patients.",
    "Kidney damage is a common complication. It affects about 25% of patients.",
    "Kidney damage is a common complication. It occurs in about 1 in 4 patients.",
    "Kidney damage is a common complication. This happens in about 1 in 4 patients.",
])
def test_a_figure_of_the_complication_it_stands_for_is_kept(tmp_path: Path,
                                                            body: str) -> None:
    """"Kidney damage is a complication. It affects 1 in 4 patients.": the "it" is kidney
    damage, so the 1 in 4 is how often it comes (the figure was dropped with the
    sentence's relations, which are not the topic's)."""
    assert _page_figures(tmp_path, body) == [("kidney damage", "frequency", 0.25, "approx")]


def test_a_figure_after_an_it_of_the_topic_stays_the_topics(tmp_path: Path) -> None:
    """"Quentella is a rare illness. It affects about 1 in 4,000 people.": still its own."""
    got = _page_figures(tmp_path, "Quentella is a rare illness. It affects about 1 in 5,000 "
                                  "people.")
    assert got == [("quentella", "prevalence", 0.0002, "approx")]


@pytest.mark.parametrize(("sentence", "read"), [
    ("The mild and streaming forms have mortality rates of 5% and 50%, respectively.",
     [("mortality", 0.05, "exact"), ("mortality", 0.5, "exact")]),
    ("It is fatal in about 5% of mild cases and up to 70% of streaming cases.",
     [("mortality", 0.05, "approx"), ("mortality", 0.7, "upper")]),
    ("Deaths have fallen from 50% in the 1980s to around 20% today.",
     [("mortality", 0.5, "exact"), ("mortality", 0.2, "approx")]),
    ("The mortality, which was once 50%, is now below 20%.",
     [("mortality", 0.5, "exact"), ("mortality", 0.2, "upper")]),
    ("Remission occurs in 60-90% of patients with stage I disease, 40-70% with stage II and "
     "10-20% with stage III.",
     [("recovery", 0.75, "range"), ("recovery", 0.55, "range"), ("recovery", 0.15, "range")]),
])
def test_a_list_of_one_measure_keeps_its_kind(sentence: str,
                                              read: list[tuple[str, float, str]]) -> None:
    """"Mortality rates of 5 % and 50 %": the measure named once holds for every figure of
    the list, where the later ones took a guess from a verb ("have") or had none."""
    assert [r[:3] for r in _all(sentence)] == read


@pytest.mark.parametrize("sentence", [
    "About 5% of patients die, and 30% of patients have kidney damage.",
    "Around 10% die and 40% are left with scars.",
])
def test_a_figure_with_its_own_thing_is_no_list_member(sentence: str) -> None:
    """"5 % die, and 30 % have kidney damage": the second counts its own thing."""
    assert [r[0] for r in _all(sentence)][1] != "mortality"


@pytest.mark.parametrize(("sentence", "subject"), [
    ("80% of deaths occur in people over 65.", "age over 65 years"),
    ("Most deaths (around 80%) happen in people over 70.", "age over 70 years"),
    ("About 90% of deaths are in children.", "children"),
])
def test_a_groups_share_of_deaths_is_no_death_rate(sentence: str, subject: str) -> None:
    """"80 % of deaths occur in people over 65": those people's share of all deaths, not
    a death rate of 80 % among them."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind, fig.measure.population) == (subject, "share",
                                                                       "deaths")


@pytest.mark.parametrize("sentence", [
    "About 5% of patients die.",
    "Deaths occur in 5% of cases.",
])
def test_a_death_rate_stays_one(sentence: str) -> None:
    """"Deaths occur in 5 % of cases": the share who die."""
    assert _only(sentence).measure.kind == "mortality"


@pytest.mark.parametrize("sentence", [
    "Roughly 1 in 20 people get quentella more than once.",
    "About 10% of people have more than one episode.",
])
def test_having_it_more_than_once_is_a_relapse(sentence: str) -> None:
    """"1 in 20 get it more than once": the share whose illness comes back."""
    assert _only(sentence).measure.kind == "relapse"


@pytest.mark.parametrize(("sentence", "before"), [
    ("The illness can come back; this happens in about 1 in 10 people.", ""),
    ("This happens in about 10% of cases.", "Some people get quentella more than once."),
    ("It happens in around 1 in 8 people.", "Quentella can come back a second time."),
])
def test_this_happens_after_a_return_is_a_relapse(sentence: str, before: str) -> None:
    """"It can come back; this happens in 1 in 10": the "this" is the return, in the clause
    before as in the sentence before."""
    (fig,) = with_kind_around(find_figures(sentence, TOPIC, before), sentence, before, None)
    assert fig.measure.kind == "relapse"


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Eighty per cent of cases are mild.", "mild quentella"),
    ("Three in four cases are mild.", "mild quentella"),
    ("Most cases (80%) are mild.", "mild quentella"),
    ("About 20% of cases are severe.", "severe quentella"),
])
def test_cases_that_are_mild_or_severe_are_that_forms_share(sentence: str,
                                                            subject: str) -> None:
    """"80 % of cases are mild": the mild form's share of all cases, not how often the
    illness comes."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "share")


def test_cases_severe_enough_for_care_count_the_care() -> None:
    """"20 % of cases are severe enough to need surgery": how often surgery is needed."""
    assert _only("About 20% of cases are severe enough to need surgery.").measure.kind != \
        "share"


@pytest.mark.parametrize(("sentence", "read"), [
    ("As few as 1 in 100 patients die.", ("mortality", 0.01, "lower")),
    ("Patients stay in hospital for an average of 10 days.", ("duration", 10.0, "approx")),
    ("Patients spend a median of 12 days in hospital.", ("duration", 12.0, "approx")),
    ("Most people need steroids for at least a year.", ("duration", 1.0, "lower")),
])
def test_bounds_said_as_a_floor_or_an_average(sentence: str,
                                              read: tuple[str, float, str]) -> None:
    """"As few as 1 in 100" is a floor; "an average of 10 days" or "a median of 12 days" is
    about that long; "for at least a year" (a numberless "a") is a year or more."""
    assert _all(sentence)[0][:3] == read


def test_a_period_after_a_share_in_its_own_phrase_is_kept() -> None:
    """"Steroids are needed in 50 % of patients, usually for 6 to 12 months": the share,
    and the period (no horizon of the share, which dropped it)."""
    assert [r[:3] for r in _all("Steroids are needed in about 50% of patients, usually for 6 to "
                                "12 months.")] == [("frequency", 0.5, "approx"),
                                                   ("duration", 9.0, "range")]


def test_a_share_within_a_period_keeps_the_period_as_its_horizon() -> None:
    """"5 % die, usually within a week": the week is when they die, no period of its own."""
    assert [r[:3] for r in _all("Around 5% die, usually within a week.")] == [
        ("mortality", 0.05, "approx")]


@pytest.mark.parametrize(("sentence", "read"), [
    ("Of the 120 people treated, 30 died.", ("mortality", 0.25, "exact")),
    ("Of every 100 people who get quentella, about 15 will die.", ("mortality", 0.15, "approx")),
    ("Out of 200 patients, 40 needed an amputation.", ("frequency", 0.2, "exact")),
    ("Among 300 adults with quentella, 45 developed kidney failure.",
     ("frequency", 0.15, "exact")),
    ("Death occurred in 12 (24%) of the 50 patients.", ("mortality", 0.24, "exact")),
])
def test_a_case_series_part_of_its_whole(sentence: str, read: tuple[str, float, str]) -> None:
    """"Of the 120 people treated, 30 died": a case series, its whole counted first, then
    the part (the part's words tell the kind, its own "about" the bound)."""
    assert _all(sentence)[0][:3] == read


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Out of 200 patients, 40 needed an amputation.", "amputation"),
    ("Of the 50 patients in the study, 12 had a rash.", "rash"),
])
def test_a_case_series_names_what_its_part_had(sentence: str, subject: str) -> None:
    """"40 needed an amputation", "12 had a rash": a series' past tense names the thing."""
    assert _only(sentence).subject == subject


def test_a_whole_of_things_is_no_case_series() -> None:
    """"Of the 3 types, 2 are common": kinds counted, no share of people."""
    assert find_figures("Of the 3 types, 2 are common.", TOPIC) == []


def test_people_who_have_had_another_illness_stay_who_is_counted() -> None:
    """"1 in 3 people who have had wobble pox get quentella": the wobble pox says who."""
    fig = _only("One in 3 people who have had wobble pox get quentella.")
    assert fig.subject is None


def test_settling_within_a_time_is_recovery() -> None:
    """"It settles within 2 years in two-thirds": a recovery."""
    fig = _only("In roughly two-thirds of patients the illness settles within 2 years.")
    assert fig.measure.kind == "recovery"


def test_a_year_later_is_no_yearly_rate() -> None:
    """"Half of survivors report lasting trouble a year later": when, not a yearly rate."""
    fig = _only("About half of survivors report reduced quality of life a year later.")
    assert fig.measure.kind != "incidence"


@pytest.mark.parametrize("sentence", [
    "Up to 70% of people die if the infection is not treated.",
    "About 30% die if they are not treated quickly.",
])
def test_a_death_rate_if_not_treated_is_the_untreated(sentence: str) -> None:
    """"70 % die if the infection is not treated": among the untreated, the condition said
    after the figure as well as before it."""
    assert _all(sentence)[0][3] == "untreated"


def test_a_group_right_before_a_bracketed_figure_is_its_group() -> None:
    """"Lower in children (5 %) than in adults (30-60 %)": each bracket its own group (the
    first took the group named after it)."""
    got = _all("Rates of death are lower in children (5%) than in adults (30-60%).")
    assert [(r[0], r[3]) for r in got] == [("mortality", "children"), ("mortality", "adults")]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Kidney failure is a serious complication (10% of cases).", "Kidney failure"),
    ("Heart problems affect a minority of patients (around 5%).", "Heart problems"),
    ("Skin peeling occurs in most patients, about 80%.", "Skin peeling"),
    ("- Hearing loss, in about 1 in 20 patients", "Hearing loss"),
])
def test_a_harm_named_before_a_bracket_or_comma_is_the_figures(sentence: str,
                                                              subject: str) -> None:
    """"Kidney failure is a serious complication (10 % of cases)": how often the kidney
    failure comes, not a subtype's share of cases nor how common the illness is."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "frequency")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Type 2 is less common (10% of cases).", "Type 2"),
    ("The dry form is the commonest (70% of cases).", "dry quentella"),
])
def test_a_form_before_a_bracket_keeps_its_share(sentence: str, subject: str) -> None:
    """"Type 2 is less common (10 % of cases)": the form's share of all cases."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "share")


def test_this_happens_after_a_harm_is_the_harms_frequency(tmp_path: Path) -> None:
    """"Some patients develop kidney damage. This occurs in around 20 % of cases.": the
    "this" is the kidney damage the sentence before named."""
    got = _page_figures(tmp_path, "Some patients develop kidney damage. This occurs in around "
                                  "20% of cases.")
    assert got == [("kidney damage", "frequency", 0.2, "approx")]


@pytest.mark.parametrize(("body", "read"), [
    ("About \u00bc of patients die.", ("quentella", "mortality", 0.25, "approx")),
    ("About \u2153 of patients die.", ("quentella", "mortality", 0.3333, "approx")),
    ("About 1\u20445 of patients die.", ("quentella", "mortality", 0.2, "approx")),
])
def test_a_fraction_written_as_one_sign_is_read(tmp_path: Path,
                                                body: str, read: tuple[str, str, float,
                                                                       str]) -> None:
    """"About ¼ of patients die": a fraction sign (or the fraction slash) is the fraction
    a page types as "1/4" (no figure was read at all)."""
    assert _page_figures(tmp_path, body) == [read]


def test_a_whole_number_before_a_fraction_sign_stays_apart() -> None:
    """"1½" is one and a half, not eleven halves: the sign is written out after a space."""
    assert clean_inline("It lasts 1\u00bd years.") == "It lasts 1 1/2 years."


def test_a_named_rate_under_a_label_is_that_things_frequency() -> None:
    """"Amputation rate: 15 %": how often amputation is needed, as "the amputation rate is"."""
    fig = _only("Amputation rate: 15%")
    assert ((fig.subject or "").lower(), fig.measure.kind) == ("amputation", "frequency")


def test_a_group_label_names_the_figure_after_it() -> None:
    """Lines joined into one ("Overall: 25 % In children: 5 % In older adults: 40 %"): each
    group label is the figure after it's, never the one before it."""
    got = _all("Death rates. Overall: 25% In children: 5% In older adults: 40%")
    assert [(r[1], r[3]) for r in got] == [(0.25, None), (0.05, "children"),
                                          (0.4, "older adults")]


def test_a_word_in_a_relative_clause_after_a_figure_is_its_groups() -> None:
    """"40 % of cases are in children, in whom mortality is lower (about 5 %)": the 40 % is
    the children's share of cases; the death rate is the 5 %'s, among the children."""
    got = _all("Around 40% of cases are in children, in whom mortality is lower (about 5%).")
    assert [(r[0], r[1], r[3]) for r in got] == [("share", 0.4, None),
                                                ("mortality", 0.05, "children")]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Women are affected in about 60% of cases.", "women"),
    ("Young adults are affected in 70% of cases.", "young adults"),
])
def test_a_group_affected_in_a_share_of_cases_is_its_share(sentence: str,
                                                           subject: str) -> None:
    """"Women are affected in 60 % of cases": the women's share of cases, no part of the
    body the illness reaches ("the lungs are affected in 90 %" stays lung involvement)."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "share")


def test_becoming_chronic_after_another_figure_is_its_own() -> None:
    """"It resolves in 60 % and becomes chronic in 20 %": the 20 % takes a chronic course,
    no recovery (the second verb has no subject of its own)."""
    got = [(f.subject, f.measure.kind) for f in find_figures(
        "It resolves in 60% of patients and becomes chronic in 20%.", TOPIC)]
    assert got == [(None, "recovery"), ("chronic course", "frequency")]


def test_a_risk_doubled_said_passively_is_a_relative_risk() -> None:
    """"The risk of death is doubled in people with X": twice the risk, in that group."""
    fig = _only("The risk of death is doubled in people with weak immunity.")
    assert (fig.measure.kind, fig.measure.value) == ("relative_risk", 2.0)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The infection is caused by a single germ in about 30% of cases.", "single germ"),
    ("Half of cases start after a minor injury.", "minor injury"),
])
def test_a_cause_in_a_share_of_cases_is_its_share(sentence: str, subject: str) -> None:
    """"It is caused by a single germ in 30 % of cases", "half of cases start after a minor
    injury": that cause's share of all cases."""
    fig = _only(sentence)
    assert ((fig.subject or "").lower(), fig.measure.kind) == (subject, "share")


@pytest.mark.parametrize("body", [
    "In a study by Smith et al., 25% of patients died.",
    "Smith et al. found that 25% of patients died.",
])
def test_a_sentence_naming_a_study_by_its_authors_gives_its_figure(tmp_path: Path,
                                                                   body: str) -> None:
    """"Smith et al. found that 25 % died": prose naming a study, no reference list entry
    (the whole sentence was dropped as one, and its figure with it)."""
    assert _page_figures(tmp_path, body) == [("quentella", "mortality", 0.25, "exact")]


def test_a_reference_list_entry_gives_no_figure(tmp_path: Path) -> None:
    """"Smith AB, Jones CD, et al. ... 2010;12:1-5.": a reference, skipped."""
    assert _page_figures(tmp_path, "Smith AB, Jones CD, et al. Death in 25% of cases. Med J "
                                   "2010;12:1-5.") == []


@pytest.mark.parametrize(("sentence", "read"), [
    ("Tens of thousands of people get quentella every year.", (10000.0, "P12M", None)),
    ("Several thousand cases are reported each year.", (1000.0, "P12M", None)),
    ("It kills hundreds of people each year.", (100.0, "P12M", "death")),
    ("Hundreds of thousands of people have it.", (100000.0, None, None)),
])
def test_a_count_said_as_an_order_of_magnitude_is_at_least_that(
        sentence: str, read: tuple[float, str | None, str | None]) -> None:
    """"Tens of thousands of people a year": at least 10,000 a year (no number was read; a
    bare "several thousand" was read as exactly 1,000)."""
    fig = _only(sentence)
    m = fig.measure
    assert (m.kind, m.bound.value, (m.value, m.horizon, fig.subject)) == ("count", "lower", read)


def test_thousands_of_years_are_no_count() -> None:
    """"Thousands of years ago" counts no people."""
    assert find_figures("It happened thousands of years ago.", TOPIC) == []


@pytest.mark.parametrize(("sentence", "read"), [
    ("Nine-tenths of patients recover.", ("recovery", 0.9, "exact")),
    ("Seven tenths of cases are mild.", ("share", 0.7, "exact")),
    ("An eighth of patients die.", ("mortality", 0.125, "exact")),
    ("Patients often need three or more operations.", ("count", 3.0, "lower")),
])
def test_more_fractions_and_or_more(sentence: str, read: tuple[str, float, str]) -> None:
    """"Nine-tenths", "an eighth": fractions like "a third"; "three or more operations" is
    at least three (none was read)."""
    assert _all(sentence)[0][:3] == read


@pytest.mark.parametrize(("sentence", "population"), [
    ("It affects 3 in 10 women over 50.", "women over 50"),
    ("Roughly 3 in 1,000 children have quentella.", "children"),
])
def test_how_many_of_a_group_have_it_is_a_prevalence(sentence: str, population: str) -> None:
    """"It affects 3 in 10 women over 50": how many of those women have it (a prevalence
    among them), as "1 in 5,000 people have it" is."""
    assert _all(sentence)[0][0::3] == ("prevalence", population)


def test_a_group_named_by_an_exposure_keeps_a_frequency() -> None:
    """"1 in 10 people who had the grebble germ get quentella": how often it comes after
    the germ, no prevalence."""
    assert _all("About 1 in 10 people who had the grebble germ get quentella.")[0][0] == \
        "frequency"


@pytest.mark.parametrize(("body", "subject"), [
    ("About 25% of patients develop complications such as kidney failure.", "complication"),
    ("Complications occur in up to 30% of patients.", "complication"),
    ("About 25% of patients develop serious complications.", "serious complication"),
])
def test_a_share_with_complications_is_theirs(tmp_path: Path, body: str, subject: str) -> None:
    """"25 % develop complications": how often complications come (the class named alone,
    which the phrase reader drops, left the figure to the topic itself)."""
    assert _page_figures(tmp_path, body)[0][:2] == (subject, "frequency")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Nerve damage is uncommon, occurring in less than 5% of cases.", "Nerve damage"),
    ("About 5% of patients develop a serious heart problem called heart block.", "heart block"),
])
def test_a_thing_said_to_be_rare_or_named_after_called(sentence: str, subject: str) -> None:
    """"Nerve damage is uncommon, occurring in 5 %", "a heart problem called heart block":
    the thing the figure counts, named before the participle or after "called"."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "frequency")


@pytest.mark.parametrize(("sentence", "read"), [
    ("Mortality is 25 per-cent.", ("mortality", 0.25, "exact", None)),
    ("The incidence is 0.3–15 cases/100,000 population/year.",
     ("incidence", 0.0000765, "range", "P12M")),
    ("It occurs in 5–10 cases per million population per annum.",
     ("incidence", 0.0000075, "range", "P12M")),
    ("The prevalence ranges from 1:1,000 to 1:5,000.", ("prevalence", 0.0006, "range", None)),
    ("The prevalence is 1/1000–1/5000.", ("prevalence", 0.0006, "range", None)),
    ("The annual incidence is 2.5 per 10^5.", ("incidence", 0.000025, "exact", "P12M")),
    ("Mortality is not more than 5%.", ("mortality", 0.05, "upper", None)),
    ("The mortality rate was 7/30 (23%).", ("mortality", 0.23, "exact", None)),
    ("Incidence per 100,000: 3.5", ("incidence", 0.000035, "exact", "P12M")),
    ("Incidence (per 100,000 per year): 2 to 4", ("incidence", 0.00003, "range", "P12M")),
    ("Mortality per 1,000 admissions: 12.", ("mortality", 0.012, "exact", None)),
])
def test_clinical_reference_number_forms(sentence: str,
                                         read: tuple[str, float, str, str | None]) -> None:
    """Forms of clinical references and fact boxes: "per-cent", "cases/100,000/year", "per
    annum", ranges of rates with a sign, "per 10^5", "not more than", a count before its
    share's bracket, and a rate whose base is in its label ("Incidence per 100,000: 3.5",
    whose decimal at the line's end is no footnote mark)."""
    fig = _only(sentence)
    m = fig.measure
    assert (m.kind, round(m.point(), 7), m.bound.value, m.horizon) == read


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Overall, 15% (45/300) of patients died.", "mortality"),
    ("About 10% (n = 30) die.", "mortality"),
    ("Recurrence was seen in 12 patients (8%).", "relapse"),
])
def test_counts_beside_a_share_do_not_hide_its_words(sentence: str, kind: str) -> None:
    """"15 % (45/300) of patients died", "in 12 patients (8 %)": the counts in brackets
    after a share, or the count before its bracketed share, stand between no word and the
    share (the share was unknown, or a prevalence)."""
    got = [f.measure for f in find_figures(sentence, TOPIC) if f.measure.unit == "proportion"]
    assert [(m.kind, m.population) for m in got] == [(kind, None)]


def test_a_kind_word_before_the_next_figure_is_that_figures() -> None:
    """"It develops in 5 % of patients and is fatal in half of them": the "fatal" is the
    half's, the 5 % how often it develops (both were read as death rates)."""
    got = [f.measure.kind for f in find_figures(
        "It develops in about 5% of patients and is fatal in half of them.", TOPIC)]
    assert got == ["frequency", "mortality"]


@pytest.mark.parametrize("body", [
    "Streaming quentella is the most severe form. It kills about 40% of those affected.",
    "Streaming quentella is the most severe form. About 40% of people with it die.",
])
def test_it_after_a_form_defined_is_that_form(tmp_path: Path, body: str) -> None:
    """"X is the most severe form. It kills 40 %": the form's death rate, as "the death rate
    of the severe form" is (it was the topic's own)."""
    assert _page_figures(tmp_path, body) == [("streaming quentella", "mortality", 0.4, "approx")]


@pytest.mark.parametrize("sentence", [
    "The odds ratio for death was 2.5 (p < 0.01).",
    "The relative risk of relapse was 3.1.",
])
def test_a_ratio_named_with_what_it_is_of(sentence: str) -> None:
    """"The odds ratio for death was 2.5": a relative risk, the thing it is of said between
    the ratio's name and its value (nothing was read)."""
    assert _only(sentence).measure.kind == "relative_risk"


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Around 60% of deaths are due to heart problems.", "heart problems"),
    ("Heart problems cause about 60% of deaths.", "Heart problems"),
    ("Heart problems account for most deaths (about 60%).", "Heart problems"),
])
def test_a_causes_share_of_deaths_is_no_death_rate(sentence: str, subject: str) -> None:
    """"60 % of deaths are due to heart problems": the heart problems' share of all deaths
    (a death rate of 60 % was read)."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind, fig.measure.population) == (subject, "share",
                                                                       "deaths")


def test_how_many_older_people_have_it_is_a_prevalence() -> None:
    """"One in 1,000 people over 80 has it": a prevalence among them."""
    got = _all("Quentella is rare in people under 40, but one in 1,000 people over 80 has it.")
    assert ("prevalence", 0.001, "exact", "people over 80") in got
