"""Figures read in session 21: how health pages in general write numbers (patient leaflets,
encyclopedia articles, clinical references), not any page's own sentences.

Every sentence is ours, about a made-up illness ("quentella").
"""

from __future__ import annotations

import pytest

from claimgraph.ingest.kind_around import heading_kind, with_kind_around
from claimgraph.ingest.patterns import INFOBOX_LINE
from claimgraph.ingest.quantities import Figure, find_figures

TOPIC = ("quentella",)


def _only(sentence: str) -> Figure:
    """Return the only figure read in a sentence about quentella."""
    (fig,) = find_figures(sentence, TOPIC)
    return fig


def _read(sentence: str) -> tuple[str | None, str, float | None, str, str | None]:
    """Return the only figure's subject, kind, value, bound and population."""
    fig = _only(sentence)
    m = fig.measure
    return fig.subject, m.kind, m.value, m.bound.value, m.population


@pytest.mark.parametrize(("sentence", "population"), [
    ("In adults, the mortality rate is between 10% and 20%.", "adults"),
    ("Mortality is about 5% in adults.", "adults"),
])
def test_adults_set_apart_are_a_group(sentence: str, population: str) -> None:
    """"In adults, ..." sets them apart from children as "In children, ..." does."""
    assert _only(sentence).measure.population == population


@pytest.mark.parametrize("sentence", [
    "Globally, it affects about 1 in 10,000 people.",
    "The prevalence ranges from 5 to 60 cases per 100,000 people worldwide.",
    "About 2,000 people die of quentella around the world each year.",
])
def test_the_whole_world_is_a_setting(sentence: str) -> None:
    """"Globally", "worldwide", "around the world": the figure is the world's, as "in the
    UK" makes it that country's."""
    assert _only(sentence).setting == "worldwide"


@pytest.mark.parametrize(("sentence", "value", "bound"), [
    ("Most cases are in under-5s.", 5.0, "upper"),
    ("It mostly affects the over-65s.", 65.0, "lower"),
    ("It is most common in the under 5s.", 5.0, "upper"),
])
def test_people_named_by_an_age_they_are_past_or_short_of(sentence: str, value: float,
                                                           bound: str) -> None:
    """"the under-5s", "the over-65s": an age, with the side of it they are on."""
    m = _only(sentence).measure
    assert (m.kind, m.value, m.bound.value) == ("age", value, bound)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Recurrent episodes occur in 30% to 40% of patients.", "relapse"),
    ("A second episode happens in about 10% of people.", "relapse"),
])
def test_episodes_again_are_relapses(sentence: str, kind: str) -> None:
    """"Recurrent episodes occur in 30 %": the illness coming back, not a sign called
    "recurrent episodes"."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (None, kind)


@pytest.mark.parametrize(("sentence", "read"), [
    ("Headache is reported by 70% of patients.", ("Headache", "frequency", 0.7, "exact", None)),
    ("Shock is present at diagnosis in approximately 50% of patients.",
     ("Shock", "frequency", 0.5, "approx", None)),
    ("Less than 5% of cases lead to blindness.", ("blindness", "frequency", 0.05, "upper", None)),
    ("About 10% of infections result in lasting weakness.",
     ("lasting weakness", "frequency", 0.1, "approx", None)),
    ("Around half of people notice tiredness.", ("tiredness", "frequency", 0.5, "approx", None)),
])
def test_the_sign_a_share_is_of_named_by_its_verb(sentence: str, read: tuple) -> None:
    """"reported by", "present at diagnosis in", "lead to", "notice": each says how often the
    thing named comes, not how common the illness is."""
    assert _read(sentence) == read


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Brain swelling is a rare complication (1 in 1,000 cases).", "Brain swelling"),
    ("Kidney failure is a serious complication (10%).", "Kidney failure"),
    ("Skin lesions (seen in 25% of cases) are usually painless.", "Skin lesions"),
    ("Fever is almost universal (95%).", "Fever"),
])
def test_a_bracketed_share_is_of_the_thing_the_clause_is_about(sentence: str,
                                                                subject: str) -> None:
    """"X is a rare complication (1 in 1,000)", "X (seen in 25 %)", "X is almost universal
    (95 %)": the share is X's, not "rare complication" or "almost universal"."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "frequency")


def test_a_share_said_with_between_keeps_its_cause() -> None:
    """"Type B causes between 10 % and 20 % of cases": type B's share ("between" is no part
    of its name)."""
    fig = _only("Type B causes between 10% and 20% of cases.")
    m = fig.measure
    assert (fig.subject, m.kind, m.low, m.high) == ("Type B", "share", 0.1, 0.2)


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Overall mortality was 20%, compared with 50% in those with shock.",
     (0.2, None), (0.5, "those with shock")),
    ("Mortality is 20%, rising to 50% in patients with shock.",
     (0.2, None), (0.5, "patients with shock")),
])
def test_a_group_after_the_next_figure_is_that_figures(sentence: str, first: tuple,
                                                       second: tuple) -> None:
    """"20 %, compared with 50 % in those with shock": the 20 % is everyone's; only the 50 %
    is of those with shock."""
    figs = sorted(find_figures(sentence, TOPIC), key=lambda f: f.start)
    assert [(f.measure.value, f.measure.population) for f in figs] == [first, second]


@pytest.mark.parametrize("sentence", [
    "Mortality rates range from 6% to 76%, with an average of 25% to 35%.",
    "The mortality is 20%, with a median of 15%.",
])
def test_an_average_after_a_rate_is_the_same_rate(sentence: str) -> None:
    """", with an average of 25 % to 35 %": the mean of the rate just given, of its kind."""
    assert [f.measure.kind for f in find_figures(sentence, TOPIC)] == ["mortality", "mortality"]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The condition is slightly more common in men (55% of cases).", "men"),
    ("It is more common in women (about 60%).", "women"),
])
def test_a_bracketed_share_after_more_common_in_a_group_is_the_groups(sentence: str,
                                                                      subject: str) -> None:
    """"more common in men (55 % of cases)": the men's share of cases, not a thing called
    "slightly more common"."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "share")


@pytest.mark.parametrize(("sentence", "kind", "bound"), [
    ("Mortality is 10% or higher.", "mortality", "lower"),
    ("Mortality is in the order of 10%.", "mortality", "approx"),
    ("Mortality is on the order of 5 percent.", "mortality", "approx"),
    ("The illness claims the lives of around 1 in 10 patients.", "mortality", "approx"),
])
def test_bounds_and_deaths_in_more_wordings(sentence: str, kind: str, bound: str) -> None:
    """"10 % or higher" is at least 10 %; "in the order of" is about; "claims the lives of"
    counts deaths."""
    m = _only(sentence).measure
    assert (m.kind, m.bound.value) == (kind, bound)


@pytest.mark.parametrize(("heading", "kind"), [
    ("Mortality/Morbidity", "mortality"),
    ("Recurrence", "relapse"),
    ("Survival", "survival"),
    ("Incidence and prevalence", None),
    ("What happens to people who are left with scars later on", None),
])
def test_a_short_heading_names_one_kind(heading: str, kind: str | None) -> None:
    """A heading naming one quantity gives it; two, or a sentence-long title, give none."""
    assert heading_kind(heading) == kind


def test_a_figure_of_unknown_kind_under_a_heading_takes_its_kind() -> None:
    """"Mortality" then "The rate is 20-30 %": a death rate."""
    sentence = "The rate is 20-30% in most series."
    (fig,) = with_kind_around(find_figures(sentence, TOPIC), sentence, "", "Mortality")
    assert fig.measure.kind == "mortality"


@pytest.mark.parametrize(("before", "kind"), [
    ("Quentella can come back.", "relapse"),
    ("Some people die of it.", "mortality"),
    ("Many people have a rash.", "frequency"),
])
def test_this_happens_points_back_to_the_outcome_before(before: str, kind: str) -> None:
    """"It can come back. This happens in around 15 % of people": a relapse rate, not how
    often a sign comes; with no outcome before, the figure stays as read."""
    sentence = "This happens in around 15% of people."
    (fig,) = with_kind_around(find_figures(sentence, TOPIC, before), sentence, before, None)
    assert fig.measure.kind == kind


@pytest.mark.parametrize("sentence", [
    "The estimated incidence is 10 per 100,000 per year.",
    "It is estimated that 1 in every 5,000 people has quentella.",
])
def test_an_estimate_is_approximate(sentence: str) -> None:
    """"The estimated incidence is ...", "It is estimated that ...": an estimate."""
    assert _only(sentence).measure.bound.value == "approx"


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Shock is present in 50% of patients.", "Shock"),
    ("About 30% of patients develop shock.", "shock"),
])
def test_a_sign_that_is_a_word_of_the_topics_name_is_still_the_sign(sentence: str,
                                                                     subject: str) -> None:
    """With a topic named "gloop shock syndrome", "shock" alone is the sign, not the topic's
    name shortened (so the share is how often shock comes, not how common the topic is)."""
    (fig,) = find_figures(sentence, ("gloop shock syndrome",))
    assert (fig.subject, fig.measure.kind) == (subject, "frequency")


@pytest.mark.parametrize(("sentence", "population"), [
    ("The mortality rate for type II quentella is 14% to 34%.", "type ii quentella"),
    ("In type 1 quentella, the mortality rate is 5%.", "type 1 quentella"),
])
def test_a_numbered_form_of_the_topic_is_a_group(sentence: str, population: str) -> None:
    """"type II <topic>": the figure is that form's, as "in severe <topic>" is."""
    assert _only(sentence).measure.population == population


@pytest.mark.parametrize(("sentence", "value", "population"), [
    ("Women are affected more often than men in a ratio of about 2 to 1.", 2.0, "women vs men"),
    ("There is a male predominance of about 1.5 to 1.", 1.5, "men vs women"),
])
def test_a_sex_ratio_written_with_to(sentence: str, value: float, population: str) -> None:
    """"in a ratio of 2 to 1" is "2:1" in words."""
    m = _only(sentence).measure
    assert (m.kind, m.value, m.population) == ("relative_risk", value, population)


@pytest.mark.parametrize(("sentence", "kind", "horizon"), [
    ("In this country, there are about 10 to 20 cases per 100,000 people.", "prevalence", None),
    ("There are about 2 cases per 100,000 people each year.", "incidence", "P12M"),
])
def test_there_are_cases_per_head_is_how_many_have_it(sentence: str, kind: str,
                                                      horizon: str | None) -> None:
    """"There are 10 cases per 100,000" counts those who have it; with "each year" it counts
    new ones."""
    m = _only(sentence).measure
    assert (m.kind, m.horizon) == (kind, horizon)


@pytest.mark.parametrize(("sentence", "population"), [
    ("Smokers are at least 3 times more likely to develop it.", "smokers"),
    ("People with diabetes have a 2-fold increase in risk.", "people with diabetes"),
    ("The odds of severe disease were 4.5 times higher in men.", "men"),
    ("The disease is 2-3 times more frequent in women.", "women"),
])
def test_a_relative_figure_is_about_the_group_it_is_said_of(sentence: str,
                                                             population: str) -> None:
    """"Smokers are 3 times more likely", "4.5 times higher in men": with no other group
    named to compare with, the group the figure is said of is who it is about."""
    m = _only(sentence).measure
    assert (m.kind, m.population) == ("relative_risk", population)


@pytest.mark.parametrize("line", ["Deaths~3,000 (2015)[4]", "Frequency~1 in 5,000 (US)",
                                  "Frequency<1 in 1,000"])
def test_a_fact_box_value_may_open_with_a_sign(line: str) -> None:
    """"Deaths~3,000", "Frequency<1 in 1,000": a fact-box line whose value opens with "~" or
    "<" is still that field's line (it was read as running text, and lost)."""
    field = INFOBOX_LINE.match(line)
    assert field is not None and field["label"] in ("Deaths", "Frequency")
    assert len(find_figures(line, TOPIC)) == 1


@pytest.mark.parametrize("sentence", [
    "Mortality is 20% (Smith et al., 2010).",
    "Mortality is 20% (Smith 2010; Jones and Lee, 2012).",
])
def test_a_citation_by_author_and_year_names_no_year_of_the_figure(sentence: str) -> None:
    """"(Smith et al., 2010)" cites a study; the figure is not "people in 2010"."""
    assert _only(sentence).measure.population is None


@pytest.mark.parametrize(("sentence", "read"), [
    ("It is more common in females (F:M 3:1).", (3.0, None, None, "women vs men")),
    ("The M:F ratio is 2:1.", (2.0, None, None, "men vs women")),
    ("Sex ratio (M:F) 1.5:1.", (1.5, None, None, "men vs women")),
    ("It affects females more than males (3:1).", (3.0, None, None, "women vs men")),
    ("The female-to-male ratio is 2–3:1.", (None, 2.0, 3.0, "women vs men")),
])
def test_sex_ratios_in_the_short_forms_of_clinical_pages(sentence: str, read: tuple) -> None:
    """"F:M 3:1", "M:F ratio", "(3:1)" after "more than males", "2–3:1": each a sex ratio
    (none was read before)."""
    m = _only(sentence).measure
    assert (m.kind, m.value, m.low, m.high, m.population) == ("relative_risk", *read)


def test_commoner_is_more_common() -> None:
    """"3 times commoner in women" is "3 times more common in women"."""
    m = _only("It is 3 times commoner in women.").measure
    assert (m.kind, m.value, m.population) == ("relative_risk", 3.0, "women")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The infection follows a minor injury in about 50% of cases.", "minor injury"),
    ("It develops after surgery in 20% of cases.", "surgery"),
    ("Most patients (70%) are women.", "women"),
    ("The majority of patients (about 60%) are male.", "men"),
])
def test_a_share_of_cases_by_what_came_before_or_who_they_are(sentence: str,
                                                               subject: str) -> None:
    """"It follows a minor injury in 50 % of cases": the cases after an injury, their share;
    "Most patients (70 %) are women": the women's share (both were read as no share)."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "share")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Around 10% of patients have a family history of quentella.", "family history of quentella"),
    ("About 5% of people have a relative with quentella.", "relative with quentella"),
])
def test_kin_with_the_illness_are_not_the_illness(sentence: str, subject: str) -> None:
    """"a family history of <topic>" names the topic, but the figure is how often the family
    history comes, not how common the topic is."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "frequency")


@pytest.mark.parametrize("sentence", [
    "The risk of death is about 25% to 35%, and those who survive often have long-term problems.",
    "Mortality is 30%, and patients with shock fare worst.",
])
def test_a_group_in_the_next_clause_is_not_the_figures(sentence: str) -> None:
    """", and those who survive ...": the survivors are the next clause's subject, not who
    the death rate is of."""
    assert _only(sentence).measure.population is None


def test_this_falls_to_is_the_same_rate_again() -> None:
    """"death occurs in 70 %; with treatment this falls to 20 %": a death rate too."""
    figs = find_figures("Without treatment, death occurs in about 70% of people; with treatment "
                        "this falls to about 20%.", TOPIC)
    assert [f.measure.kind for f in figs] == ["mortality", "mortality"]


@pytest.mark.parametrize(("sentence", "subject", "bound"), [
    ("Quentella is thought to cause around 1 in 10 cases of sudden rashes.", "Quentella",
     "approx"),
    ("Type B is believed to account for 20% of cases.", "Type B", "exact"),
])
def test_a_hedged_share_keeps_its_cause(sentence: str, subject: str, bound: str) -> None:
    """"X is thought to cause 1 in 10 cases": X's share ("is thought to" is no part of X)."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind, fig.measure.bound.value) == (subject, "share", bound)


def test_an_estimate_by_someone_is_approximate() -> None:
    """"<someone> estimates that 20,000 people get it": an estimate."""
    fig = _only("The agency estimates that 20,000 people get quentella every year.")
    assert (fig.measure.kind, fig.measure.bound.value) == ("count", "approx")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Symptoms appear within 24 to 48 hours.", "quentella onset"),
    ("Early symptoms usually start within a day.", "quentella onset"),
    ("The rash develops within 3 days.", "rash onset"),
])
def test_signs_showing_within_a_period_time_the_onset(sentence: str,
                                                      subject: str | None) -> None:
    """"Symptoms appear within 24 hours" times the onset even with the event left unsaid
    (as "... within 24 hours of the injury" does); a sign of its own times that sign
    (session 22: it was left to the illness)."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "duration")


@pytest.mark.parametrize(("sentence", "read"), [
    ("The incidence is 2 per 100\u2009000 per year.", ("incidence", 2e-05, None, None)),
    ("The prevalence is 1 in 10\u2009000.", ("prevalence", 0.0001, None, None)),
    ("Mortality is 10\u221220%.", ("mortality", None, 0.1, 0.2)),
    ("Mortality is 20\uff05.", ("mortality", 0.2, None, None)),
])
def test_numbers_written_with_thin_spaces_minus_signs_and_wide_percents(sentence: str,
                                                                        read: tuple) -> None:
    """"100\u2009000" (a thin space between thousands) is 100,000, not 100; a minus sign
    between two numbers is a range's dash; a wide percent sign is a percent."""
    fig = _only(sentence)
    m = fig.measure
    assert (m.kind, m.value, m.low, m.high) == read
    assert sentence[fig.start:fig.end][:1].isdigit()


@pytest.mark.parametrize(("sentence", "read"), [
    ("Steroids are tapered over 6–12 months.", ("Steroids", None, 6.0, 12.0, "range")),
    ("The dose is tapered over 2 weeks.", ("dose", 2.0, None, None, "exact")),
    ("Patients are treated with steroids for 12 months.", ("steroids", 12.0, None, None, "exact")),
])
def test_how_long_a_medicine_is_given_or_tapered(sentence: str, read: tuple) -> None:
    """"tapered over 6-12 months", "treated with steroids for 12 months": how long the
    medicine is kept up ("over" spreads the dose over the period; it is no "more than")."""
    fig = _only(sentence)
    m = fig.measure
    assert (fig.subject, m.value, m.low, m.high, m.bound.value) == read
    assert m.kind == "duration"


@pytest.mark.parametrize(("sentence", "read"), [
    ("Most patients need 2 to 3 operations.", ("operations", None, 2.0, 3.0, "range")),
    ("Patients have on average 3 operations.", ("operations", 3.0, None, None, "approx")),
    ("Patients require up to 10 debridements.", ("debridements", 10.0, None, None, "upper")),
])
def test_how_many_procedures_a_patient_goes_through(sentence: str, read: tuple) -> None:
    """"need 2 to 3 operations": a count of operations (no number was read at all)."""
    fig = _only(sentence)
    m = fig.measure
    assert (fig.subject, m.value, m.low, m.high, m.bound.value) == read
    assert m.kind == "count"


@pytest.mark.parametrize(("sentence", "population"), [
    ("If surgery is delayed, mortality increases to 70%.", "delayed surgery"),
    ("With delayed treatment, mortality is 40%.", "delayed treatment"),
    ("After a delay in diagnosis, up to 50% die.", "delayed diagnosis"),
])
def test_care_given_late_names_who_a_figure_counts(sentence: str, population: str) -> None:
    """"If surgery is delayed, mortality rises to 70 %": the figure of those whose surgery
    came late, not everyone's."""
    assert _only(sentence).measure.population == population


@pytest.mark.parametrize(("sentence", "subject", "value"), [
    ("A delay of 24 hours doubles mortality.", "delay of 24 hours", 2.0),
    ("Diabetes triples the death rate.", "Diabetes", 3.0),
])
def test_a_thing_that_doubles_mortality_is_a_relative_risk(sentence: str, subject: str,
                                                           value: float) -> None:
    """"doubles mortality" is "doubles the risk of death": a relative risk of 2 for the thing
    that does (nothing was read before)."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind, fig.measure.value) == (subject, "relative_risk", value)


def test_two_rates_said_of_two_peoples_respectively() -> None:
    """"35.5 and 10.9 per 100,000 in black and white Americans, respectively": two rates, one
    per people, not one range from 10.9 to 35.5."""
    figs = find_figures("The incidence is 35.5 and 10.9 per 100,000 in black and white "
                        "Americans, respectively.", TOPIC)
    assert [(f.measure.value, f.measure.population) for f in figs] == [
        (0.000355, "black americans"), (0.000109, "white americans")]


@pytest.mark.parametrize(("sentence", "population"), [
    ("In Scandinavian countries, the prevalence is 50-60 per 100,000.", "scandinavian countries"),
    ("In Most countries, the prevalence is 50 per 100,000.", None),
])
def test_countries_named_by_a_capitalised_word_are_a_group(sentence: str,
                                                            population: str | None) -> None:
    """"In Scandinavian countries": a group of places, as "in developing countries" is."""
    assert _only(sentence).measure.population == population


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Most patients (85%) improve with treatment.", "recovery"),
    ("About 70% of patients regain full function.", "recovery"),
    ("About 80% return to normal activities within a year.", "recovery"),
    ("Spontaneous improvement is seen in 50% of cases.", "recovery"),
    ("Survival rates have improved to more than 80%.", "survival"),
])
def test_getting_better_in_other_words_is_recovery(sentence: str, kind: str) -> None:
    """"improve", "regain full function", "return to normal": a recovery rate; a rate that
    "has improved to" 80 % stays the rate it names."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (None, kind)


@pytest.mark.parametrize(("sentence", "value"), [
    ("Fever was present in 45/50 patients.", 0.9),
    ("A rash was seen in 12/40 cases.", 0.3),
])
def test_a_case_series_count_with_a_slash_is_a_share(sentence: str, value: float) -> None:
    """"in 45/50 patients": 45 of 50, a share (it was read as a count of 50 patients)."""
    fig = _only(sentence)
    assert (fig.measure.kind, fig.measure.value) == ("frequency", value)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The median time to diagnosis is 3 months.", "time to diagnosis"),
    ("The acute phase lasts about 10 days, followed by a recovery phase of 2 to 4 weeks.",
     "recovery phase"),
])
def test_a_named_stretch_of_time_and_its_length(sentence: str, subject: str) -> None:
    """"the time to diagnosis is 3 months", "a recovery phase of 2 to 4 weeks": the length of
    the stretch named nearest the period (not none, nor the phase the sentence opened with)."""
    fig = find_figures(sentence, TOPIC)[-1]
    assert (fig.subject, fig.measure.kind) == (subject, "duration")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Diagnosis is often delayed by 1 to 2 years.", "delay in diagnosis"),
    ("The average delay in diagnosis is 2 years.", "delay in diagnosis"),
    ("The interval between exposure and symptoms is 2 to 10 days.",
     "interval between exposure and symptoms"),
    ("The delay from symptom onset to diagnosis averages 7 months.",
     "delay from symptom onset to diagnosis"),
])
def test_delays_and_intervals_are_lengths_of_time(sentence: str, subject: str) -> None:
    """"delayed by 1 to 2 years", "the interval between X and Y is ...": how long the delay
    or the interval is (none of these was read)."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "duration")


def test_remission_within_a_period_times_the_remission() -> None:
    """"Remission usually occurs within 2 years": the time to remission, not how long the
    illness lasts (which "it clears up within 2 years" says)."""
    fig = _only("Remission usually occurs within 2 years.")
    assert (fig.subject, fig.measure.kind, fig.measure.value) == ("remission", "duration", 2.0)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Steroid treatment usually continues for at least 12 months.", "Steroid treatment"),
    ("The fever continues for 5 days.", "fever"),
])
def test_what_continues_for_a_period_is_what_lasts(sentence: str, subject: str) -> None:
    """"X continues for 12 months": how long X lasts (it was given to the illness)."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "duration")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Patients usually spend 2 to 4 weeks in hospital.", "hospital stay"),
    ("Most spend about 10 days in intensive care.", "intensive care stay"),
])
def test_time_spent_in_hospital_is_the_stay(sentence: str, subject: str) -> None:
    """"spend 2 to 4 weeks in hospital": the length of the hospital stay (nothing was read);
    time spent elsewhere ("3 days at home") is no period of the illness."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "duration")
    assert find_figures("People spent 3 days at home.", TOPIC) == []


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Peeling of the palms and soles occurs 1 to 3 weeks after onset.",
     "Peeling of the palms and soles onset"),
    ("Swelling of the hands appears 2 days after onset.", "Swelling of the hands onset"),
    ("Redness of the eyes usually lasts 1 to 2 weeks.", "Redness of the eyes"),
])
def test_a_sign_named_with_what_it_is_of_keeps_its_name(sentence: str, subject: str) -> None:
    """"Swelling of the hands appears 2 days after onset": the swelling's period, not the
    hands' (the words before "of" were cut off)."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "duration")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Most skin lesions last 2 to 4 weeks.", "skin lesions"),
    ("Some of the spots last 2 weeks.", "spots"),
    ("Organ failure may follow within 24 to 48 hours.", "Organ failure"),
    ("Most cases clear up within 2 to 5 years.", None),
])
def test_what_lasts_without_how_many_of_it(sentence: str, subject: str | None) -> None:
    """"Most skin lesions last 2 to 4 weeks": the lesions' period ("most" says how many, it
    is no part of the name); "organ failure may follow within 24 hours" is the failure's;
    "most cases clear up" is still the illness's own length."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "duration")


@pytest.mark.parametrize(("sentence", "value"), [
    ("Median age at onset is 40 years (range, 18-80).", 40.0),
    ("The mean age is 45 years (range 20 to 70).", 45.0),
])
def test_a_median_age_before_its_range_is_read(sentence: str, value: float) -> None:
    """"median age 40 years (range 18-80)": the median (it was swallowed by a range read
    from "age" across it to "18-80")."""
    figs = find_figures(sentence, TOPIC)
    assert [(f.measure.kind, f.measure.value) for f in figs][:1] == [("age", value)]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("More than 70% of cases occur between 25 and 45 years of age.", "age 25 to 45 years"),
    ("About 80% of cases occur between the ages of 20 and 40.", "age 20 to 40 years"),
])
def test_a_share_of_cases_between_two_ages_is_that_age_groups(sentence: str,
                                                               subject: str) -> None:
    """"70 % of cases occur between 25 and 45 years of age": the share of that age group,
    as "in people aged 25 to 45" is (it was read as how often a sign comes)."""
    fig = find_figures(sentence, TOPIC)[0]
    assert (fig.subject, fig.measure.kind) == (subject, "share")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Most patients (70%) are between 20 and 40.", "age 20 to 40 years"),
    ("Most patients (about 80%) are over 50.", "age over 50 years"),
])
def test_a_bracketed_share_of_patients_of_an_age(sentence: str, subject: str) -> None:
    """"Most patients (70 %) are between 20 and 40": that age group's share (no kind was
    read)."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "share")


@pytest.mark.parametrize("sentence", [
    "Quentella usually presents 24 to 48 hours after the injury.",
    "Signs usually become apparent 2 to 3 days after infection.",
    "Symptoms usually manifest within a week.",
])
def test_more_verbs_of_onset(sentence: str) -> None:
    """"presents", "becomes apparent", "manifests": the illness showing, its onset."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == ("quentella onset", "duration")


@pytest.mark.parametrize(("sentence", "kind", "population"), [
    ("Among women aged 15 to 44, the incidence is 3 per 100,000.", "incidence",
     "women aged 15 to 44"),
    ("In people aged 65 and over, mortality is 30%.", "mortality", "people aged 65 and over"),
])
def test_a_group_named_by_its_ages_leading_the_sentence(sentence: str, kind: str,
                                                         population: str) -> None:
    """"Among women aged 15 to 44, the incidence is ...": those women's rate (the lead was
    no group, so the rate was everyone's)."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == kind]
    assert fig.measure.population == population
