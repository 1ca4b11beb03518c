"""Figures among a named subgroup, and figures a page lists or bounds in one phrase."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _read(sentence: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.measure.kind, f.measure.value, f.measure.population, f.subject)
            for f in find_figures(sentence, TOPIC)]


@pytest.mark.parametrize(("sentence", "read"), [
    ("Up to 25% of people who survive need a skin graft.",
     [("frequency", 0.25, "survivors", "skin graft")]),
    ("Of those who survive, about 30% have a lasting limp.",
     [("frequency", 0.3, "survivors", "lasting limp")]),
    ("About 30% die; of those who survive, about 20% have a lasting limp.",
     [("mortality", 0.3, None, None), ("frequency", 0.2, "survivors", "lasting limp")]),
])
def test_those_who_survive_are_a_population_not_a_survival(
        sentence: str, read: list[tuple[str, float | None, str | None, str | None]]) -> None:
    """'Of those who survive, 30 % have X' is X among survivors, not a 30 % survival."""
    assert _read(sentence) == read


def test_survive_still_names_a_survival() -> None:
    """'90 % of patients survive' stays a survival figure for everyone."""
    assert _read("More than 90% of patients survive.") == [("survival", 0.9, None, None)]


@pytest.mark.parametrize(("sentence", "values"), [
    ("The yearly rate was 14.2, 8.3 and 6.7 in 100,000 for the three regions.",
     [0.000142, 0.000083, 0.000067]),
    ("A later survey gave 4.2, 3.1, and 2.5 in 100,000 a year.", [0.000042, 0.000031, 0.000025]),
    ("Rates were 10, 20 or 30% by age group.", [0.1, 0.2, 0.3]),
])
def test_numbers_listed_before_a_rate_are_rates_of_their_own(
        sentence: str, values: list[float]) -> None:
    """'14.2, 8.3 and 6.7 in 100,000' is three rates, not a range and two stray numbers."""
    got = [f.measure.value for f in find_figures(sentence, TOPIC)]
    assert got == pytest.approx(values)


def test_a_range_with_and_is_still_a_range() -> None:
    """'between 10 and 20 %' with no list before it stays one range."""
    (fig,) = find_figures("Between 10 and 20% die.", TOPIC)
    assert (fig.measure.low, fig.measure.high) == (0.1, 0.2)


def test_listed_years_are_not_rates() -> None:
    """'in 1979, 1982 and 1986 ... 5 in 100,000': the years stay years."""
    figs = find_figures("Outbreaks in 1979, 1982, and 1986 had a rate of 5 in 100,000.", TOPIC)
    assert [f.measure.value for f in figs] == [0.00005]


def test_a_rate_whose_space_was_lost_is_read() -> None:
    """'affect5in 100,000 people every year', a page's lost spaces, is still 5 in 100,000."""
    (fig,) = find_figures("It is thought to affect5in 100,000 people every year.", TOPIC)
    assert (fig.measure.kind, fig.measure.value, fig.measure.horizon) == \
        ("incidence", 0.00005, "P12M")


@pytest.mark.parametrize("sentence", [
    "Deaths can exceed 40% when care is late.",
    "Mortality is in excess of 40% in the worst form.",
])
def test_exceed_is_a_lower_bound(sentence: str) -> None:
    """'can exceed 40 %', 'in excess of 40 %' say at least 40 %."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.value, fig.measure.bound) == (0.4, Bound.LOWER)


@pytest.mark.parametrize("sentence", [
    "It is two to three times more common in girls than in boys.",
    "Girls are 2-3 times more likely to get it than boys.",
])
def test_a_range_of_times_is_a_range(sentence: str) -> None:
    """'two to three times more common' is a relative risk of 2 to 3, not 3."""
    (fig,) = find_figures(sentence, TOPIC)
    m = fig.measure
    assert (m.kind, m.low, m.high, m.bound, m.population) == (
        "relative_risk", 2.0, 3.0, Bound.RANGE, "girls vs boys")


@pytest.mark.parametrize(("sentence", "who"), [
    ("Mortality is 30-70% in the wet form.", "wet form"),
    ("The death rate for the dry type is under 5%.", "dry type"),
    ("In severe cases, about 30% of people die.", "severe cases"),
    ("Survival is 50% in advanced disease.", "advanced disease"),
])
def test_a_subtype_or_stage_is_the_figures_group(sentence: str, who: str) -> None:
    """'30-70 % in the wet form', 'in severe cases': the figure counts that subtype or stage."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.population == who


@pytest.mark.parametrize("sentence", [
    "About 20% of reported cases are linked to a spa visit.",
    "Mortality is about 20% in this disease.",
    "About 10% of grebble fever cases are fatal.",
])
def test_cases_named_by_no_stage_are_no_subgroup(sentence: str) -> None:
    """'reported cases', 'this disease', the topic's own cases: everyone, no subgroup."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.population is None


@pytest.mark.parametrize(("sentence", "what"), [
    ("A cough is present in more than 80% of patients.", "cough"),
    ("Sore eyes can occur in up to half of patients.", "Sore eyes"),
    ("The kidneys are affected in about 10% of cases.", "kidneys involvement"),
    ("The skin is involved in about 25% of people.", "skin involvement"),
])
def test_what_is_present_or_affected_in_a_share_is_the_figures_subject(
        sentence: str, what: str) -> None:
    """'X is present in 80 %', 'the kidneys are affected in 10 %': how often X comes."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject) == ("frequency", what)


@pytest.mark.parametrize(("sentence", "what"), [
    ("About half of cases are associated with spa visits.", "spa visits"),
    ("Only 1 in 10 cases are linked to spa visits.", "spa visits"),
    ("Spa visits are linked to about half of all cases.", "Spa visits"),
    ("Spa visits are associated with 1 in 10 cases.", "Spa visits"),
])
def test_cases_linked_to_a_thing_are_its_share(sentence: str, what: str) -> None:
    """'half of cases are associated with X', 'X is linked to 1 in 10 cases': X's share of cases."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject, fig.measure.population) == ("share", what, None)


@pytest.mark.parametrize(("sentence", "horizon"), [
    ("The incidence in the north is 4.5 per 100,000 children.", "P12M"),
    ("The rate is 50 per 100,000 in older adults.", "P12M"),
    ("The incidence over 10 years was 5 per 1,000.", "P120M"),
])
def test_an_incidence_per_head_is_yearly_unless_said(sentence: str, horizon: str) -> None:
    """'an incidence of 4.5 per 100,000' is a yearly incidence; a stated period wins."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.horizon) == ("incidence", horizon)


def test_a_rate_by_a_verb_gets_no_period() -> None:
    """'1 in 500 people develop it' names no incidence: no period is assumed."""
    (fig,) = find_figures("About 1 in 500 people develop it.", TOPIC)
    assert fig.measure.horizon is None


def test_an_infobox_deaths_field_is_a_count_of_deaths_worldwide() -> None:
    """'Deaths6,400 (2015)', an infobox line run together, is 6,400 deaths, worldwide."""
    (fig,) = find_figures("Deaths6,400 (2015)[5]", TOPIC)
    assert (fig.measure.kind, fig.measure.value, fig.subject, fig.setting) == (
        "count", 6400.0, "death", "worldwide")
    assert fig.confidence < 0.5  # shown, never a side of a conflict


def test_an_infobox_duration_field_is_a_duration() -> None:
    """'Duration2–4 weeks' is how long the topic lasts, with no verb to say so."""
    (fig,) = find_figures("Duration2–4 weeks[2]", TOPIC)
    m = fig.measure
    assert (m.kind, m.low, m.high, m.unit, fig.subject) == ("duration", 2.0, 4.0, "weeks", None)


@pytest.mark.parametrize(("sentence", "what"), [
    ("In roughly 15% of patients, the illness may damage the kidneys.", "kidneys involvement"),
    ("If the illness reaches the liver, as it does in about 5% of cases, it is serious.",
     "liver involvement"),
    ("Grebble fever spreads to the joints in about 10% of people.", "joints involvement"),
])
def test_how_often_the_condition_reaches_a_part_is_that_parts_involvement(
        sentence: str, what: str) -> None:
    """'In 20 % of cases the infection attacks the kidneys': how often the kidneys are involved."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject) == ("frequency", what)


def test_something_else_reaching_a_part_is_no_involvement() -> None:
    """'Smoking damages the lungs in 20 %' is not the topic's lung involvement."""
    (fig,) = find_figures("Smoking damages the lungs in 20% of people.", TOPIC)
    assert fig.subject is None


def test_related_problems_are_the_problems() -> None:
    """'go on to have kidney-related problems' is about kidney problems."""
    (fig,) = find_figures("About 20% of untreated adults go on to have kidney-related problems.",
                          TOPIC)
    assert (fig.subject, fig.measure.population) == ("kidney problems", "untreated")


@pytest.mark.parametrize(("sentence", "read"), [
    ("The yearly rates were 14.2, 8.3 and 6.7 in 100,000 for urban, rural and island children, "
     "respectively.",
     [(0.000142, "urban children"), (0.000083, "rural children"), (0.000067, "island children")]),
    ("Death rates were 20% and 10% in younger and older adults, respectively.",
     [(0.2, "younger adults"), (0.1, "older adults")]),
    ("Rates of 5 and 7 in 100,000 were seen in boys and girls respectively.",
     [(0.00005, "boys"), (0.00007, "girls")]),
])
def test_respectively_gives_each_figure_its_group(
        sentence: str, read: list[tuple[float, str]]) -> None:
    """'20 % and 10 % in younger and older adults, respectively': two figures, two groups."""
    got = [(f.measure.value, f.measure.population) for f in find_figures(sentence, TOPIC)]
    assert [(pytest.approx(v), p) for v, p in got] == read


def test_a_range_said_between_stays_a_range_without_respectively() -> None:
    """'between 10 % and 20 % in younger and older adults' is one range for both."""
    (fig,) = find_figures("Death rates were between 10% and 20% in younger and older adults.",
                          TOPIC)
    assert (fig.measure.low, fig.measure.high) == (0.1, 0.2)


def test_a_group_of_two_peoples_is_one_population() -> None:
    """'among Inuit and Sami children' is the group, not just 'sami children'."""
    (fig,) = find_figures("Mortality is 20% among Inuit and Sami children.", TOPIC)
    assert fig.measure.population == "inuit and sami children"


@pytest.mark.parametrize(("sentence", "value", "bound"), [
    ("Having had the rash before 18 months of age raises the risk.", 1.5, Bound.UPPER),
    ("It mostly hits babies under 6 months old.", 0.5, Bound.UPPER),
])
def test_an_age_in_months_is_read_in_years(sentence: str, value: float, bound: Bound) -> None:
    """'before 18 months of age' is an age of at most 1.5 years."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == "age"]
    assert (fig.measure.value, fig.measure.bound, fig.measure.unit) == (value, bound, "years")


@pytest.mark.parametrize(("sentence", "read"), [
    ("New spots keep forming over 3-5 days.", [((3.0, 5.0), "days", "new spot formation")]),
    ("Fresh blisters continue to form over 2-3 days; healing occurs over 1-2 weeks.",
     [((2.0, 3.0), "days", "new blister formation"), ((1.0, 2.0), "weeks", "healing")]),
    ("Weakness comes on fast, peaking at around 48 to 72 hours.",
     [((48.0, 72.0), "hours", "peak")]),
])
def test_what_goes_on_over_a_period_is_a_duration(
        sentence: str, read: list[tuple[tuple[float, float], str, str | None]]) -> None:
    """'keep forming over 3-5 days', 'healing occurs over 1-2 weeks', 'peaking at 48-72 hours'."""
    got = [((f.measure.low, f.measure.high), f.measure.unit, f.subject)
           for f in find_figures(sentence, TOPIC)]
    assert got == read


def test_a_course_of_a_medicine_ends_before_its_dose_words() -> None:
    """'a two-week course of antibiotics at full doses' is a course of antibiotics."""
    (fig,) = find_figures("Doctors may give a two-week course of antibiotics at full doses.", TOPIC)
    assert (fig.measure.value, fig.measure.unit, fig.subject) == (2.0, "weeks", "antibiotics")


@pytest.mark.parametrize(("sentence", "who"), [
    ("With early surgery, the death rate falls to 10%.", "with early surgery"),
    ("Without surgery, the death rate is close to 90%.", "without surgery"),
    ("Mortality is 30% without antibiotics.", "without antibiotics"),
    ("In developing countries, mortality is as high as 40%.", "developing countries"),
])
def test_the_care_given_or_the_kind_of_country_is_the_figures_group(
        sentence: str, who: str) -> None:
    """'With early surgery, ...', 'in developing countries': who the figure counts."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.population == who


def test_a_death_rate_among_a_group_keeps_the_topic_as_subject() -> None:
    """'the death rate is 10 % in women who have just given birth' is no share giving birth."""
    (fig,) = find_figures("The death rate is 10% in women who have just given birth.", TOPIC)
    assert (fig.measure.kind, fig.subject) == ("mortality", None)


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Between a quarter and a third of people with it die.", 0.25, 1 / 3),
    ("A third to a half of patients get better on their own.", 1 / 3, 0.5),
    ("Between one-third and one-half of patients get better on their own.", 1 / 3, 0.5),
])
def test_two_fractions_make_a_range(sentence: str, low: float, high: float) -> None:
    """'between a quarter and a third' is a range, not a third."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.low, fig.measure.high, fig.measure.bound) == (
        pytest.approx(low), pytest.approx(high), Bound.RANGE)


def test_a_rate_that_has_fallen_is_then_and_now() -> None:
    """'has fallen from 40 % to 20 %' is 40 % earlier and 20 % now, not a 20-40 % range."""
    got = [(f.measure.value, f.measure.bound, f.measure.population)
           for f in find_figures("The death rate has fallen from 40% to 20%.", TOPIC)]
    assert got == [(0.4, Bound.EXACT, "earlier"), (0.2, Bound.EXACT, None)]


def test_a_range_from_to_is_still_a_range() -> None:
    """'ranges from 20 % to 30 %' is a range."""
    (fig,) = find_figures("Mortality ranges from 20% to 30%.", TOPIC)
    assert (fig.measure.low, fig.measure.high) == (0.2, 0.3)


def test_the_chance_of_it_coming_back_is_a_relapse() -> None:
    """'the chance of it coming back is 30 %' is the topic's relapse, no subject of its own."""
    (fig,) = find_figures("The chance of it coming back is around 30%.", TOPIC)
    assert (fig.measure.kind, fig.subject) == ("relapse", None)


@pytest.mark.parametrize(("sentence", "group"), [
    ("About 70% of all cases occur before the age of 4 years.", "age under 4 years"),
    ("Half of all cases are in women.", "women"),
    ("Around 60% of patients are older adults.", "older adults"),
    ("About 10 percent of cases are in children under 5.", "children under 5"),
])
def test_a_groups_share_of_all_cases_is_a_share(sentence: str, group: str) -> None:
    """'half of all cases are in women': the women's share of cases, subject the group."""
    fig = next(f for f in find_figures(sentence, TOPIC) if f.measure.unit == "proportion")
    assert (fig.measure.kind, fig.subject, fig.measure.population) == ("share", group, None)


def test_cases_in_people_at_large_are_no_group() -> None:
    """'10 % of cases occur in people' names no group: no share is made up."""
    (fig,) = find_figures("Around 10% of cases occur in people.", TOPIC)
    assert fig.measure.kind != "share"


@pytest.mark.parametrize(("sentence", "kind", "value"), [
    ("The prevalence is about 1:1000.", "prevalence", 0.001),
    ("The incidence is 1/100,000 per year.", "incidence", 0.00001),
])
def test_a_rate_written_with_a_sign_is_read(sentence: str, kind: str, value: float) -> None:
    """'1:1000', '1/100,000' are rates like '1 in 1,000'."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.value) == (kind, value)


@pytest.mark.parametrize("sentence", [
    "The clinic is open 24/7.", "It began on 3/2020.",
    "Doses of 500/125 mg are used.", "At 10:30 the clinic opens.",
])
def test_signs_that_are_no_rate_are_left(sentence: str) -> None:
    """'24/7', a date, a dose pair or a time is no rate."""
    assert find_figures(sentence, TOPIC) == []


def test_a_one_to_one_sex_ratio_is_no_rate_but_equal_risk() -> None:
    """"The male to female ratio is 1:1" is no prevalence; it says both sexes are equally at
    risk, as "it affects men and women equally" does."""
    (fig,) = find_figures("The male to female ratio is 1:1.", TOPIC)
    (same,) = find_figures("It affects men and women equally.", TOPIC)
    assert (fig.measure.kind, fig.measure.value, fig.measure.population) == (
        same.measure.kind, same.measure.value, same.measure.population) == (
        "relative_risk", 1.0, "men vs women")


def test_without_the_proper_treatment_is_without_treatment() -> None:
    """'around 11 days without the proper treatment' is the period for those not treated."""
    (fig,) = find_figures("The fever can last around 11 days without the proper treatment.", TOPIC)
    assert (fig.measure.value, fig.measure.population) == (11.0, "without treatment")


@pytest.mark.parametrize(("sentence", "who"), [
    ("Mortality is 30-70% in patients with streptococcal grebble fever.",
     "patients with streptococcal grebble fever"),
    ("In late grebble fever, mortality is 50%.", "late grebble fever"),
    ("Streptococcal grebble fever has a mortality of 50%.", "streptococcal grebble fever"),
    ("About 36% of people with recurrent grebble fever get it again within a year.",
     "people with recurrent grebble fever"),
])
def test_a_form_of_the_topic_is_a_subgroup(sentence: str, who: str) -> None:
    """'in patients with streptococcal <topic>': that form's figure, not everyone's."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.population == who


@pytest.mark.parametrize("sentence", [
    "Mortality is 5% in people with grebble fever.",
    "Diagnosed grebble fever is fatal in 5%.",
    "Each year, 5 in 100,000 people get grebble fever.",
])
def test_the_topic_itself_is_everyone(sentence: str) -> None:
    """'people with <topic>', 'diagnosed <topic>', 'people get <topic>': the overall figure."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.population is None


@pytest.mark.parametrize(("sentence", "what"), [
    ("Cardiac grebble fever occurs in about 5% of patients.", "Cardiac grebble fever"),
    ("Ocular grebble fever is seen in 20% of cases.", "Ocular grebble fever"),
])
def test_how_often_a_form_of_the_topic_comes_is_its_frequency(sentence: str, what: str) -> None:
    """'Cardiac <topic> occurs in 5 %' is how often that form comes: its subject, no group."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject, fig.measure.population) == ("frequency", what, None)


@pytest.mark.parametrize(("sentence", "who"), [
    ("The rate is highest among Inuit Canadians, at 35 per 100,000.", "inuit canadians"),
    ("Among Scandinavians the prevalence is 60 per 100,000.", "scandinavians"),
    ("The incidence in white Europeans is 10 per 100,000.", "white europeans"),
])
def test_a_people_named_by_origin_is_the_figures_group(sentence: str, who: str) -> None:
    """'among Inuit Canadians', 'in Scandinavians': a people is who the figure counts."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.population == who


def test_a_capitalised_plural_that_is_no_people_is_no_group() -> None:
    """'In CT scans, 20 % show it': scans are no people."""
    (fig,) = find_figures("In CT scans, 20% show it.", TOPIC)
    assert fig.measure.population is None


def test_peoples_compared_make_a_relative_risks_groups() -> None:
    """'Inuit Canadians are three times more likely ... than white Canadians'."""
    (fig,) = find_figures("Inuit Canadians are three times more likely to get it than white "
                          "Canadians.", TOPIC)
    assert fig.measure.population == "inuit canadians vs white canadians"


def test_the_number_of_people_with_a_thing_is_a_count() -> None:
    """'the number of Canadians with lasting aches may be as high as 1.9 million'."""
    (fig,) = find_figures("The estimated number of Canadians struggling with lasting aches may "
                          "be as high as 1.9 million.", TOPIC)
    m = fig.measure
    assert (m.kind, m.value, m.bound, fig.subject) == ("count", 1900000.0, Bound.UPPER,
                                                        "lasting aches")
    assert fig.confidence < 0.5  # shown, never a side of a conflict


def test_the_number_of_cases_a_year_is_a_yearly_count() -> None:
    """'the number of cases is about 2,000 a year in the UK': a yearly count there."""
    (fig,) = find_figures("The number of cases is about 2,000 a year in the UK.", TOPIC)
    assert (fig.measure.value, fig.measure.horizon, fig.setting) == (2000.0, "P12M", "UK")


@pytest.mark.parametrize(("sentence", "populations"), [
    ("Mortality is 10–20% with treatment and up to 100% without.",
     ["treated", "without treatment"]),
    ("About 10% die without treatment and 2% with it.", ["without treatment", "treated"]),
    ("Mortality is 10% with early surgery and 70% without.",
     ["with early surgery", "without early surgery"]),
])
def test_care_left_out_after_a_second_figure(sentence: str, populations: list[str]) -> None:
    """'... with X and 70 % without' is the 70 % without X; '... and 2 % with it' is treated."""
    assert [f.measure.population for f in find_figures(sentence, TOPIC)] == populations


@pytest.mark.parametrize(("sentence", "populations"), [
    ("Mortality is 30% in those with shock and 5% in others.", ["those with shock", None]),
    ("In patients with shock, mortality is 30% at first and 50% later.",
     ["patients with shock", "patients with shock"]),
])
def test_a_group_stops_at_the_next_figure(sentence: str, populations: list[str | None]) -> None:
    """A group said after one figure is neither stretched over the next figure nor given to it;
    a group opening the sentence is every figure's."""
    assert [f.measure.population for f in find_figures(sentence, TOPIC)] == populations


@pytest.mark.parametrize(("line", "read"), [
    ("Frequency1.9 million (2015)[5]", [("count", 1900000.0, None, "worldwide")]),
    ("Frequency1 in 1,000 (rich countries)", [("prevalence", 0.001, None, None)]),
    ("Deaths~1,000 per year (US)", [("count", 1000.0, "P12M", "US")]),
    ("PrognosisMortality ~25–35%[3]", [("mortality", None, None, None)]),
    ("Usual onset20–50 years old[4]", [("age", None, None, None)]),
])
def test_an_infobox_line_run_together_is_read_as_label_and_value(line: str, read: list) -> None:
    """A label glued to its value ('PrognosisMortality', 'Usual onset20') is read as if
    spaced; 'Frequency' given as a number of people is a count, as a rate a prevalence."""
    assert [(f.measure.kind, f.measure.value, f.measure.horizon, f.setting)
            for f in find_figures(line, TOPIC)] == read


def test_an_infobox_line_keeps_its_spans() -> None:
    """The figure's span is in the line as written, not in the spaced copy read."""
    line = "PrognosisMortality ~25–35%[3]"
    (fig,) = find_figures(line, TOPIC)
    assert line[fig.start:fig.end].startswith("25")


@pytest.mark.parametrize(("sentence", "read"), [
    ("For people over 65, the death rate is 20%.", [("mortality", 0.2, "people over 65")]),
    ("If treated early, 90% of people recover.", [("recovery", 0.9, "treated")]),
    ("Mortality in the elderly is 30%.", [("mortality", 0.3, "the elderly")]),
    ("Mortality in children is 5% and 20% in adults.",
     [("mortality", 0.05, "children"), ("mortality", 0.2, "adults")]),
    ("It is most common in children, and 1% die.", [("mortality", 0.01, None)]),
])
def test_qualifiers_said_before_the_figure(sentence: str, read: list) -> None:
    """A lead phrase with an age ('For people over 65,') does not take the rate's word; 'If
    treated early,' and 'mortality in the elderly' qualify the figure; '5 % and 20 %' are two
    figures (only 'between 5 % and 20 %' is a range)."""
    assert [(f.measure.kind, f.measure.value, f.measure.population)
            for f in find_figures(sentence, TOPIC) if f.measure.kind != "age"] == read
