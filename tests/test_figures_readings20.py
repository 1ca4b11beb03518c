"""Figures read in session 20: who a figure is about and what it counts, in wordings of
many kinds of health page.

Every sentence is ours, about a made-up illness ("zorbulin syndrome").
"""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("zorbulin syndrome",)


def _kind(sentence: str, kind: str):  # type: ignore[no-untyped-def]
    """Return the only figure of ``kind`` in a sentence about zorbulin syndrome."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == kind]
    return fig


@pytest.mark.parametrize(("sentence", "kind", "population"), [
    ("For people aged over 70, survival is around 50%.", "survival", "people aged over 70"),
    ("Patients aged \u226565 years have a mortality of 40%.", "mortality",
     "patients aged \u226565 years"),
])
def test_a_group_named_by_its_age_keeps_the_age(sentence: str, kind: str,
                                                population: str) -> None:
    """"people aged over 70": the age is part of who the figure is about, not another
    figure where the group ends (which left "people aged over")."""
    assert _kind(sentence, kind).measure.population == population


def test_a_share_after_a_group_still_ends_it() -> None:
    """"30 % in those with shock and 5 % in others": the 5 % is no part of the group."""
    figs = find_figures("Mortality is 30% in those with shock and 5% in others.", TOPIC)
    assert [f.measure.population for f in figs][:1] == ["those with shock"]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("In about 1 in 3 cases, the skin is affected.", "skin involvement"),
    ("In up to 90% of cases the lungs are affected.", "lungs involvement"),
    ("In 20% of patients, the eyes are involved.", "eyes involvement"),
])
def test_a_part_affected_in_a_share_of_cases_after_it_is_its_involvement(
        sentence: str, subject: str) -> None:
    """"In 1 in 3 cases, the skin is affected": how often the illness reaches the skin, as
    "the skin is affected in 1 in 3 cases" is (the skin alone is no thing that happens)."""
    fig = _kind(sentence, "frequency")
    assert fig.subject == subject


@pytest.mark.parametrize(("sentence", "subject"), [
    ("About a third of people have symptoms in the skin.", "skin symptoms"),
    ("Around a quarter of patients get signs affecting the eyes.", "eyes symptoms"),
])
def test_symptoms_in_a_part_are_that_parts_symptoms(sentence: str, subject: str) -> None:
    """"a third have symptoms in the skin": how often the skin shows it, not how many have
    the illness (which "have" alone would say)."""
    assert _kind(sentence, "frequency").subject == subject


def test_symptoms_of_the_illness_itself_name_no_other_thing() -> None:
    figs = find_figures("Around 20% of people have symptoms of the disease for months.", TOPIC)
    assert [f.subject for f in figs] == [None]


@pytest.mark.parametrize(("sentence", "was", "now"), [
    ("Treatment cuts the death rate from 50% to 10%.", (0.5, "exact"), (0.1, "exact")),
    ("Early surgery reduces mortality from around 70% to 20%.", (0.7, "approx"),
     (0.2, "exact")),
])
def test_a_rate_cut_from_one_figure_to_another_is_two_figures(sentence: str, was: tuple,
                                                              now: tuple) -> None:
    """"cuts the death rate from 50 % to 10 %" is a before and an after, no range from 10 %
    to 50 %; each keeps its own bound."""
    figs = sorted(find_figures(sentence, TOPIC), key=lambda f: f.start)
    assert [(f.measure.kind, f.measure.value, f.measure.bound.value) for f in figs] == [
        ("mortality", *was), ("mortality", *now)]
    assert figs[0].measure.population == "earlier"


def test_a_second_figure_under_a_bound_after_to_is_the_same_quantity() -> None:
    """"lowered the fatality rate from 40 % to under 10 %": the 10 % is a fatality rate too."""
    figs = find_figures("Antibiotics lowered the fatality rate from 40% to under 10%.", TOPIC)
    assert sorted((f.measure.kind, f.measure.value, f.measure.bound.value) for f in figs) == [
        ("mortality", 0.1, "upper"), ("mortality", 0.4, "exact")]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Mortality in treated patients is 5-15%, compared with 50% in those not treated.", 0.5),
    ("Survival is 90% with treatment but only 20% in patients not treated.", 0.2),
    ("About 40% of people who are not treated die.", 0.4),
])
def test_those_not_treated_are_the_untreated(sentence: str, value: float) -> None:
    """"50 % in those not treated" is the untreated's figure, not the treated group's said
    before it; and the "not" is the treatment's, so "... not treated die" still says death."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.value == value]
    assert fig.measure.population == "untreated"
    assert fig.measure.kind in ("mortality", "survival")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("About 70% of cases follow a minor injury.", "minor injury"),
    ("About 25% of cases follow surgery.", "surgery"),
])
def test_cases_that_follow_a_thing_are_its_share(sentence: str, subject: str) -> None:
    """"70 % of cases follow a minor injury": the share of cases that come after it, as
    "happen after" is; the whole is all cases, no group "cases follow surgery"."""
    fig = _kind(sentence, "share")
    assert (fig.subject, fig.measure.population) == (subject, None)


@pytest.mark.parametrize("sentence", [
    "Up to 20% of people who survive need a limb removed.",
    "Roughly a fifth of survivors have a leg amputated.",
    "Of people who need surgery, around 1 in 5 lose a limb.",
])
def test_a_limb_removed_is_an_amputation(sentence: str) -> None:
    """"have a leg amputated", "lose a limb": the share who have an amputation, not how
    often the illness itself comes."""
    assert _kind(sentence, "frequency").subject == "amputation"


@pytest.mark.parametrize("sentence", [
    "Most cases (about 80%) occur in the summer months.",
    "It most often affects the legs (about 2 in 3 cases).",
])
def test_a_share_of_cases_is_no_prevalence(sentence: str) -> None:
    """A share counted among cases ("most cases (80 %)", "2 in 3 cases") says nothing of how
    many people have the illness, whatever verb follows ("occur in", "affects")."""
    assert [f.measure.kind for f in find_figures(sentence, TOPIC)] == ["frequency"]


def test_a_part_the_illness_reaches_with_the_share_in_brackets_is_its_involvement() -> None:
    """"It most often affects the legs (about 2 in 3 cases)": how often the legs are
    reached, as "affects the legs in 2 in 3 cases" is."""
    assert _kind("It most often affects the legs (about 2 in 3 cases).",
                 "frequency").subject == "legs involvement"


def test_a_share_of_people_who_have_it_is_still_a_prevalence() -> None:
    assert _kind("About 1 in 5,000 people have zorbulin syndrome.",
                 "prevalence").measure.value == pytest.approx(2e-4)


@pytest.mark.parametrize(("sentence", "value", "who"), [
    ("About 15% of people die despite treatment; without treatment, nearly all die.", 0.15,
     "treated"),
    ("Mortality is 20% even with treatment, and 80% without treatment.", 0.2, "treated"),
    ("Mortality is 20% even with treatment, and 80% without treatment.", 0.8,
     "without treatment"),
    ("Without treatment, it kills 1 in 3 people.", 1 / 3, "without treatment"),
])
def test_the_treated_figure_is_not_the_untreated_clauses(sentence: str, value: float,
                                                         who: str) -> None:
    """"15 % die despite treatment; without treatment, nearly all die": the 15 % is the
    treated's; the untreated are named in another clause (or past the next figure)."""
    (fig,) = [f for f in find_figures(sentence, TOPIC)
              if f.measure.value == pytest.approx(value)]
    assert fig.measure.population == who


def test_patients_who_are_better_have_recovered() -> None:
    """"By 6 months, 80 % of patients are better": a recovery by then."""
    fig = _kind("By 6 months, 80% of patients are better.", "recovery")
    assert fig.measure.horizon == "P6M"


def test_a_figure_line_under_a_line_on_how_a_group_fares_is_that_groups() -> None:
    """"- patients with a partial weakness do better" then "- 94 % making a full recovery":
    the line of a figure and what they do (no verb of its own) counts that group."""
    from claimgraph.ingest.lead_groups import lead_group

    assert lead_group("- patients with a partial weakness do better",
                      "- 94% making a full recovery") == "patients with a partial weakness"
    assert lead_group("- patients with a partial weakness do better",
                      "- 94% of all cases are mild") is None
    assert lead_group("- the weather does better", "- 94% making a full recovery") is None


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Kidney stones form in about 10% of patients.", "Kidney stones"),
    ("A blood clot arises in 5% of cases.", "blood clot"),
])
def test_a_thing_that_forms_or_arises_in_a_share_is_how_often_it_comes(sentence: str,
                                                                       subject: str) -> None:
    """"Kidney stones form in 10 %": how often the stones come, as "develop in" says."""
    assert _kind(sentence, "frequency").subject == subject


@pytest.mark.parametrize(("sentence", "group"), [
    ("About 3 in 4 people with zorbulin syndrome are women.", "women"),
    ("Around 2 in 3 patients are men.", "men"),
])
def test_a_ratio_of_those_with_it_who_are_a_group_is_that_groups_share(sentence: str,
                                                                       group: str) -> None:
    """"3 in 4 people with it are women" is the women's share of cases, as "75 % of people
    with it are women" is (a ratio's whole takes no "of")."""
    assert _kind(sentence, "share").subject == group


@pytest.mark.parametrize(("sentence", "value"), [
    ("The skin form makes up 90% of cases, while the lung form makes up 5%.", 0.05),
    ("Type A accounts for about 80%.", 0.8),
])
def test_a_share_verb_says_the_whole_even_when_the_whole_is_unsaid(sentence: str,
                                                                   value: float) -> None:
    """"the lung form makes up 5 %": a share of all cases though no "of cases" follows; the
    joining "while" is no part of the thing's name."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.value == value]
    assert fig.measure.kind == "share"
    assert fig.subject is not None and not fig.subject.startswith("while")


@pytest.mark.parametrize(("sentence", "who"), [
    ("Symptoms last for at least 3 months in chronic cases.", "chronic cases"),
    ("In acute cases, the aches usually last 2 to 6 weeks.", "acute cases"),
])
def test_a_period_in_cases_of_one_stage_is_theirs(sentence: str, who: str) -> None:
    """"lasts at least 3 months in chronic cases": the period of the chronic cases (named
    before or after it), not of every case."""
    assert _kind(sentence, "duration").measure.population == who


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Between 10 000 and 15 000 cases occur each year in Europe.", 10000, 15000),
    ("Around 2 000 to 3 000 people get it each year.", 2000, 3000),
])
def test_a_count_may_set_its_thousands_apart_with_a_space(sentence: str, low: float,
                                                          high: float) -> None:
    """"10 000 cases" is ten thousand, as a rate's base "100 000" is (was no figure)."""
    fig = _kind(sentence, "count")
    assert (fig.measure.low, fig.measure.high) == (low, high)


def test_a_count_with_spaced_thousands_alone() -> None:
    assert _kind("About 10 000 cases occur each year.", "count").measure.value == 10000


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Around 30% to 50% of people need to be put on a breathing machine.", "breathing machine"),
    ("About 1 in 10 patients needs to go on dialysis.", "dialysis"),
])
def test_what_people_need_to_be_put_on_is_what_the_share_counts(sentence: str,
                                                               subject: str) -> None:
    assert _kind(sentence, "frequency").subject == subject


@pytest.mark.parametrize(("sentence", "kind"), [
    ("About 20% of patients succumb to the infection.", "mortality"),
    ("Around 1 in 5 people lose their lives to it.", "mortality"),
    ("Roughly 15% pass away despite treatment.", "mortality"),
    ("Lethality is about 30%.", "mortality"),
    ("About 1 in 3 patients will have a flare within 5 years.", "relapse"),
    ("Flare-ups occur in about 40% of people.", "relapse"),
    ("The proportion of people who died was 10%.", "mortality"),
    ("The share of patients who recover is 80%.", "recovery"),
])
def test_other_words_for_death_and_return_name_the_kind(sentence: str, kind: str) -> None:
    """"succumb", "lose their lives", "pass away" are deaths; a "flare" is the illness coming
    back; "the proportion of people who die" is a death rate, not how often some people are."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject) == (kind, None)


def test_the_share_of_people_who_have_a_thing_is_how_often_the_thing_comes() -> None:
    (fig,) = find_figures("The share of people who have pain is 30%.", TOPIC)
    assert (fig.measure.kind, fig.subject) == ("frequency", "pain")


@pytest.mark.parametrize(("line", "subject"), [
    ("Swollen glands\t90%", "Swollen glands"),
    ("Swollen glands 90%", "Swollen glands"),
    ("Joint pain | 25-30%", "Joint pain"),
    ("Skin rash about 60%", "Skin rash"),
])
def test_a_table_row_of_a_name_and_a_share_is_how_often_the_thing_comes(line: str,
                                                                       subject: str) -> None:
    """A row "Swollen glands <tab> 90 %" (its tab read as a space, or a bar between cells)
    gives how often the thing named comes, as "Swollen glands: 90 %" does."""
    (fig,) = find_figures(line, TOPIC)
    assert (fig.subject, fig.measure.kind) == (subject, "frequency")


@pytest.mark.parametrize("line", ["It is 20%", "Rates rose 20%",
                                  "The score went to 36% last spring."])
def test_a_short_line_with_a_verb_is_no_table_row(line: str) -> None:
    (fig,) = find_figures(line, TOPIC)
    assert fig.subject is None


@pytest.mark.parametrize(("line", "kind", "value"), [
    ("Median age at diagnosis: 45 years", "age", 45.0),
    ("Mean age: 40", "age", 40.0),
    ("Male to female ratio: 1:2", "relative_risk", 0.5),
])
def test_a_label_and_its_value_after_a_colon(line: str, kind: str, value: float) -> None:
    """A table's "Median age at diagnosis: 45 years" is the typical age, as "the median age
    at diagnosis is 45" is; "Male to female ratio: 1:2" a sex ratio."""
    (fig,) = find_figures(line, TOPIC)
    assert (fig.measure.kind, fig.measure.value) == (kind, value)


@pytest.mark.parametrize(("sentence", "group"), [
    ("About 60% of patients were male.", "men"),
    ("Around 70% of cases are female.", "women"),
])
def test_a_share_of_patients_who_are_male_is_the_mens_share(sentence: str, group: str) -> None:
    """"60 % of patients were male" is the men's share of cases, as "... were men" is."""
    assert _kind(sentence, "share").subject == group


def test_the_thing_called_the_commonest_risk_factor_before_a_comma_is_what_is_counted() -> None:
    """"Diabetes is the most common risk factor, present in 40-60 % of cases": how often
    the diabetes is present, not the illness."""
    fig = _kind("Diabetes is the most common risk factor, present in 40-60% of cases.",
                "frequency")
    assert fig.subject == "Diabetes"


def test_two_shares_in_brackets_after_two_sexes_are_each_ones_share() -> None:
    """"Men are affected more often than women (55 % vs 45 %)": the men's and the women's
    shares of cases, in the order named (was twice a prevalence)."""
    figs = find_figures("Men are affected slightly more often than women (55% vs 45%).", TOPIC)
    assert [(f.subject, f.measure.kind, f.measure.value) for f in figs] == [
        ("men", "share", 0.55), ("women", "share", 0.45)]


def test_two_death_rates_in_brackets_after_two_sexes_keep_their_kind() -> None:
    """"Mortality is higher in men than in women (30 % vs 20 %)": two death rates, the men's
    and the women's."""
    figs = find_figures("Mortality is higher in men than in women (30% vs 20%).", TOPIC)
    assert [(f.measure.kind, f.measure.population) for f in figs] == [
        ("mortality", "men"), ("mortality", "women")]


def test_rates_in_brackets_after_two_regions_are_each_regions() -> None:
    """"higher in Northern Europe (5 to 10 per 100,000) than in Asia (under 1 per 100,000)":
    each rate is its region's; "higher in Northern Europe" is where, no thing counted."""
    figs = find_figures("The rate is higher in Northern Europe (5 to 10 per 100,000) than in "
                        "Asia (less than 1 per 100,000).", TOPIC)
    assert [(f.subject, f.setting) for f in figs] == [(None, "Northern Europe"), (None, "Asia")]


def test_a_region_is_a_setting() -> None:
    (fig,) = find_figures("In Scandinavia, the incidence is 60 per 100,000.", TOPIC)
    assert fig.setting == "Scandinavia"


def test_a_year_after_the_next_rate_is_that_rates() -> None:
    """"0.5 per 100,000 a year, down from 6 per 100,000 in 1980": 1980 is the 6's year; the
    0.5 is today's."""
    figs = find_figures("About 0.5 per 100,000 people a year are affected, down from 6 per "
                        "100,000 in 1980.", TOPIC)
    assert [f.measure.population for f in figs] == [None, "people in 1980"]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Mortality is 10% to 20%, and higher in older people.", None),
    ("Death occurs in 10% to 20% of people with zorbulin syndrome (sometimes higher in the "
     "elderly).", None),
    ("Mortality is higher in older people, at 30%.", "older people"),
])
def test_a_group_said_to_fare_worse_after_the_figure_is_not_its_group(sentence: str,
                                                                      who: str | None) -> None:
    """"10-20 %, and higher in older people": the older people have a higher figure, not
    this one; "higher in older people, at 30 %" is theirs."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.population == who


def test_ca_before_a_figure_is_about() -> None:
    (fig,) = find_figures("Mortality is ca. 20% overall.", TOPIC)
    assert fig.measure.bound.value == "approx"


def test_without_it_in_brackets_after_the_second_figure_leaves_the_care_out() -> None:
    """"from 20 % (with early surgery) to 80 % (without it)": the 80 % is without it."""
    figs = find_figures("Death rates range from 20% (with early surgery) to 80% (without it).",
                        TOPIC)
    assert [f.measure.population for f in figs] == ["with early surgery",
                                                    "without early surgery"]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Mixed infections (type I) account for 70-80% of cases.", "Mixed infections"),
    ("Type II infections, caused by blix bacteria, make up 20-30% of cases.",
     "Type II infections"),
])
def test_a_gloss_between_a_thing_and_its_share_verb_is_skipped(sentence: str,
                                                               subject: str) -> None:
    """"Mixed infections (type I) account for 70 %": the bracket or the clause between commas
    glosses the thing; the share is still its (was the illness's own frequency)."""
    fig = _kind(sentence, "share")
    assert fig.subject == subject


def test_a_germ_isolated_in_a_share_is_how_often_it_is_found() -> None:
    fig = _kind("Blix bacteria were isolated in 40% of patients.", "frequency")
    assert fig.subject == "Blix bacteria"


def test_people_with_it_who_are_between_two_ages() -> None:
    """"Most people with zorbulin syndrome are between 25 and 45 when they are diagnosed":
    the ages it is found at (was no figure); "when they are diagnosed" is when, not who."""
    fig = _kind("Most people with zorbulin syndrome are between 25 and 45 when they are "
                "diagnosed.", "age")
    assert (fig.measure.low, fig.measure.high, fig.measure.population) == (25, 45, None)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Blood poisoning is a complication in up to 10% of cases.", "Blood poisoning"),
    ("Kidney failure is a common complication in about 20% of patients.", "Kidney failure"),
])
def test_a_thing_said_to_be_a_complication_in_a_share_is_how_often_it_comes(
        sentence: str, subject: str) -> None:
    """"X is a complication in 10 %": how often X comes, as "X is a feature in 10 %" is."""
    assert _kind(sentence, "frequency").subject == subject


@pytest.mark.parametrize(("sentence", "horizon"), [
    ("The disease clears within 3 years in about two-thirds of people.", "P36M"),
    ("The rash disappears in 80% of cases within a week.", "P1W"),
])
def test_an_illness_that_clears_or_disappears_in_a_share_has_recovered(sentence: str,
                                                                       horizon: str) -> None:
    """"clears within 3 years in two-thirds": a recovery by then, as "clears up" is."""
    fig = _kind(sentence, "recovery")
    assert fig.measure.horizon == horizon


def test_clearing_a_germ_is_no_recovery_word() -> None:
    (fig,) = find_figures("Antibiotics clear the germ in 90%.", TOPIC)
    assert fig.measure.kind != "recovery"


def test_the_illness_said_again_to_be_chronic_in_a_share_is_a_chronic_course() -> None:
    """"In 10-30 % of people, the disease is chronic": how often it takes a chronic course,
    as "becomes chronic" says (was the illness's share of itself)."""
    fig = _kind("In 10\u201330% of people, the disease is chronic.", "frequency")
    assert fig.subject == "chronic course"


def test_a_group_compared_with_among_is_the_relative_risks_other_group() -> None:
    (fig,) = find_figures("Rates are 3-4 times higher among African Americans than among "
                          "white Americans.", TOPIC)
    assert fig.measure.population == "african americans vs white americans"


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Treatment typically lasts 1 to 2 years.", "treatment course"),
    ("Most people need treatment for about a year.", "treatment course"),
    ("Surgery should be done within 6 hours of diagnosis.", "start of surgery"),
    ("Patients are usually in intensive care for 1 to 2 weeks.", "intensive care stay"),
])
def test_what_a_period_of_care_times(sentence: str, subject: str) -> None:
    """Bare "treatment" lasting a year is a course of it (the word alone names nothing a
    reader keeps); surgery "done within 6 hours" times its start, not the diagnosis; being
    "in intensive care for 2 weeks" is the stay there."""
    assert (_kind(sentence, "duration").subject or "").lower() == subject


@pytest.mark.parametrize(("sentence", "value", "who"), [
    ("The male:female ratio is approximately 3:1.", 3.0, "men vs women"),
    ("It affects males more than females, at a ratio of 2:1.", 2.0, "men vs women"),
])
def test_more_ways_to_write_a_sex_ratio(sentence: str, value: float, who: str) -> None:
    """"male:female ratio", "affects males more than females, at a ratio of 2:1": how many
    times likelier one sex is (was no figure)."""
    fig = _kind(sentence, "relative_risk")
    assert (fig.measure.value, fig.measure.population) == (value, who)


def test_if_not_promptly_treated_is_untreated() -> None:
    fig = _kind("The disease is fatal in 20-40% of cases if not promptly treated.", "mortality")
    assert fig.measure.population == "untreated"


def test_a_thing_the_illness_is_associated_with_in_a_share_is_how_often_it_comes() -> None:
    """"It is associated with diabetes in up to 50 % of cases": how often the diabetes comes
    with it (was the illness's own frequency)."""
    assert _kind("It is associated with diabetes in up to 50% of cases.",
                 "frequency").subject == "diabetes"


@pytest.mark.parametrize(("sentence", "who"), [
    ("Stage I: 60\u201390% go into remission.", ["stage i"]),
    ("In stage III, only 10\u201320% resolve.", ["stage iii"]),
    ("Remission rates are 60-90% for stage I, 40-70% for stage II and 10-20% for stage III.",
     ["stage i", "stage ii", "stage iii"]),
    ("People with stage 4 disease have a survival rate of about 20%.",
     ["people with stage 4 disease"]),
])
def test_a_stage_named_by_its_number_is_who_a_figure_counts(sentence: str,
                                                            who: list[str]) -> None:
    """"in stage III", "for stage II", a line "Stage I: ...": the figure is that stage's; a
    list "60-90 % for stage I, 40-70 % for stage II" is one quantity group by group."""
    figs = sorted(find_figures(sentence, TOPIC), key=lambda f: f.start)
    assert [f.measure.population for f in figs] == who
    assert {f.measure.kind for f in figs} <= {"recovery", "survival"}


def test_a_minority_in_brackets_is_how_many_not_what() -> None:
    """"A minority (10-20 %) develop lasting lung damage": the damage is what is counted."""
    assert _kind("A minority (10\u201320%) develop lasting lung damage.",
                 "frequency").subject == "lasting lung damage"


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Estimates suggest the illness affects 1 to 5 people per 100,000 each year.", None),
    ("Studies show eye problems occur in 25% of people.", "eye problems"),
])
def test_a_verb_of_saying_without_that_is_no_part_of_the_thing(sentence: str,
                                                               subject: str | None) -> None:
    """"Estimates suggest the illness affects ...": the illness itself (was "estimates
    suggest the illness"); "studies show X occurs in" is X's."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.subject == subject


def test_a_group_of_cases_named_by_what_they_do_is_kept_as_written() -> None:
    """"30 % of cases are in people who inject drugs": the group's share, its description
    kept whole (the phrase reader finds no name in it, and the figure fell to the illness)."""
    fig = _kind("Around 30% of cases are in people who inject drugs.", "share")
    assert (fig.subject, fig.as_written) == ("people who inject drugs", True)


def test_a_group_of_cases_who_have_a_thing_is_those_with_it() -> None:
    fig = _kind("About 70% of cases occur in people who have diabetes.", "share")
    assert (fig.subject, fig.as_written) == ("people with diabetes", False)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Type 2 accounts for 15% of cases.", "Type 2"),
    ("Type B accounts for 15% of cases.", "Type B"),
    ("Half of patients have no symptoms at all.", "no symptoms"),
])
def test_names_the_phrase_reader_keeps_nothing_of_are_kept_as_written(sentence: str,
                                                                     subject: str) -> None:
    """"Type 2", "no symptoms": kept as written, or the figure falls to the illness itself."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.subject, fig.as_written) == (subject, True)


@pytest.mark.parametrize(("sentence", "value", "bound"), [
    ("The rash lasts no longer than 2 weeks.", 2.0, "upper"),
    ("The cough lasts less than a week.", 1.0, "upper"),
    ("Symptoms often last more than a year.", 1.0, "lower"),
])
def test_a_period_bounded_in_words(sentence: str, value: float, bound: str) -> None:
    """"no longer than 2 weeks" is at most (was at least, from "longer than"); "less than a
    week" and "more than a year" are periods of one (were no figure)."""
    fig = _kind(sentence, "duration")
    assert (fig.measure.value, fig.measure.bound.value) == (value, bound)


def test_the_reader_of_an_age_is_the_group() -> None:
    """"... if you're over 65": an age threshold said of the reader (was no figure)."""
    fig = _kind("You're more likely to get it if you're over 65.", "age")
    assert (fig.measure.value, fig.measure.bound.value) == (65, "lower")


def test_a_stay_in_intensive_care_is_an_admission_there() -> None:
    fig = _kind("Roughly 1 in 3 people who get it need a stay in intensive care.", "frequency")
    assert fig.subject == "intensive care admission"


def test_an_almost_equal_sign_is_about() -> None:
    (fig,) = find_figures("Mortality \u2248 30% in most series.", TOPIC)
    assert (fig.measure.kind, fig.measure.bound.value) == ("mortality", "approx")


def test_nearly_everyone_in_brackets_is_how_many_not_what() -> None:
    assert _kind("Nearly everyone (95%) has lung changes.", "frequency").subject == "lung changes"


def test_two_groups_side_by_side_one_named_by_an_age() -> None:
    """"30 % in those over 70 and 5 % in younger adults": each figure its own group, the
    second a death rate too (was unknown, with the first one's group)."""
    figs = [f for f in find_figures("Mortality is 30% in those over 70 and 5% in younger "
                                    "adults.", TOPIC) if f.measure.unit == "proportion"]
    assert [(f.measure.kind, f.measure.population) for f in figs] == [
        ("mortality", "those over 70"), ("mortality", "younger adults")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Death rates are lower in children (about 5%).", "children"),
    ("Mortality rates are highest among the elderly, at 40%.", "the elderly"),
])
def test_rates_written_plural_name_their_group_too(sentence: str, who: str) -> None:
    """"Death rates are lower in children (about 5 %)": the children's rate, as "the death
    rate in children" is."""
    assert _kind(sentence, "mortality").measure.population == who


@pytest.mark.parametrize(("sentence", "kind", "who"), [
    ("Relapse after stopping steroids occurs in 20-75% of patients.", "relapse",
     "after stopping steroids"),
    ("Recurrence following surgery is seen in 10%.", "relapse", "following surgery"),
])
def test_an_outcome_and_when_it_comes_is_that_outcome_in_those_people(
        sentence: str, kind: str, who: str) -> None:
    """"Relapse after stopping steroids occurs in 20-75 %": a relapse rate, among those who
    stopped them (was how often a thing called "relapse after stopping steroids" comes)."""
    fig = _kind(sentence, kind)
    assert (fig.subject, fig.measure.population) == (None, who)


def test_a_run_of_items_set_apart_by_semicolons_gives_each_ones_share() -> None:
    """"... how often: fever 90 %; rash 60 %; diarrhoea 40 %": how often each comes (was three
    unknown figures of the illness)."""
    figs = find_figures("Symptoms and how often they occur: fever 90%; rash 60%; diarrhoea 40%.",
                        TOPIC)
    assert [(f.subject, f.measure.kind) for f in figs] == [
        ("fever", "frequency"), ("rash", "frequency"), ("diarrhoea", "frequency")]


def test_a_clause_after_a_semicolon_is_no_item() -> None:
    (fig,) = find_figures("Rates vary; it is 20% in some places.", TOPIC)
    assert fig.subject is None


def test_these_patients_after_a_line_on_how_often_a_thing_comes_are_those_with_it() -> None:
    """"Heart problems develop in 5 % of people. In these patients, the death rate is 50 %":
    the 50 % is of the people with heart problems."""
    from claimgraph.ingest.lead_groups import lead_group

    assert lead_group("Heart problems develop in 5% of people.",
                      "In these patients, the death rate is 50%.") == "people with heart problems"


@pytest.mark.parametrize(("sentence", "horizon"), [
    ("Ten years after diagnosis, about 15% have died.", "P120M"),
    ("Five years after diagnosis, 80% are alive.", "P60M"),
])
def test_a_period_after_an_event_written_in_words_is_a_horizon(sentence: str,
                                                               horizon: str) -> None:
    """"Ten years after diagnosis" is a horizon as "10 years after diagnosis" is."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.horizon == horizon


def test_a_count_of_children_is_of_children() -> None:
    """"about 50 children are diagnosed with it each year": the count is of children."""
    fig = _kind("Each year, about 50 children are diagnosed with it in Canada.", "count")
    assert (fig.measure.population, fig.setting) == ("children", "Canada")


def test_people_a_year_admitted_to_hospital_are_hospital_admissions() -> None:
    fig = _kind("About 300 people a year are admitted to hospital with it.", "count")
    assert (fig.subject, fig.measure.horizon) == ("hospital admission", "P12M")


@pytest.mark.parametrize("sentence", [
    "Even with the best treatment, up to 25% of people die.",
    "If treatment starts early, survival is over 90%.",
])
def test_more_ways_to_say_the_people_were_treated(sentence: str) -> None:
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.population == "treated"
