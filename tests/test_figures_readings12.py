"""Figure readings added in session 12: number shapes, subjects, groups (made-up sentences)."""
from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _read(sentence: str, context: str = "") -> list[tuple[object, ...]]:
    return [(f.measure.kind, f.measure.value, f.measure.low, f.measure.high,
             f.measure.bound.value, f.measure.population, f.subject)
            for f in find_figures(sentence, TOPIC, context)]


def test_decimal_comma_before_a_percent() -> None:
    """A decimal written with a comma ("2,5 %") is 2.5 %, not 5 %."""
    assert _read("The death rate of grebble fever is 2,5%.") == [
        ("mortality", 0.025, None, None, "exact", None, None)]


def test_decimal_raised_dot() -> None:
    """A decimal written with a raised dot ("3·5 %") is 3.5 %."""
    assert _read("Mortality from grebble fever is 3\u00b75%.") == [
        ("mortality", 0.035, None, None, "exact", None, None)]


def test_decimal_comma_in_a_rate_and_a_range() -> None:
    """"0,5 per 100 000" and "between 1,5 and 2,5 per cent" keep their decimals."""
    assert [f[1] for f in _read("The annual incidence is 0,5 per 100 000.")] == [5e-06]
    assert [(f[2], f[3]) for f in _read("Between 1,5 and 2,5 per cent of them die.")] == [
        (0.015, 0.025)]


def test_thousands_comma_stays_a_thousands_comma() -> None:
    """"10,000 people" is still ten thousand."""
    assert [f[1] for f in _read("About 10,000 people die of grebble fever.")] == [10000.0]


def test_range_of_two_rates_per_head() -> None:
    """"1 per 100,000 to 40 per 100,000" is one range, not 100,000 to 40."""
    assert [(f[0], f[2], f[3]) for f in _read(
        "Yearly rates vary from 1 per 100,000 to 40 per 100,000.")] == [
        ("incidence", 1e-05, 0.0004)]


def test_sex_predominance_before_and_after_the_ratio() -> None:
    """"A 2:1 female predominance" and "a male preponderance of about 1.5:1" are relative risks."""
    assert _read("A 2:1 female predominance is seen.") == [
        ("relative_risk", 2.0, None, None, "exact", "women vs men", None)]
    assert _read("There is a male preponderance of about 1.5:1.") == [
        ("relative_risk", 1.5, None, None, "approx", "men vs women", None)]


def test_rate_named_by_a_thing() -> None:
    """"The amputation rate is 20 %" is how often amputation comes; an infection rate is not."""
    assert _read("The amputation rate is 20%.") == [
        ("frequency", 0.2, None, None, "exact", None, "amputation")]
    assert [(f[0], f[6]) for f in _read("The infection rate is 20%.")] == [("unknown", None)]
    assert [(f[0], f[6]) for f in _read("The mortality rate is 20%.")] == [("mortality", None)]


def test_age_written_in_words() -> None:
    """"children under five years old" is an age; "over one hundred" is no age of one."""
    assert _read("It usually affects children under five years old.") == [
        ("age", 5.0, None, None, "upper", "children", None)]
    assert _read("People over one hundred rarely get it.") == []


def test_share_of_cases_that_become_chronic() -> None:
    """"10-30 % of cases become chronic": how often the chronic course comes."""
    assert _read("Around 10-30% of cases become chronic.") == [
        ("frequency", None, 0.1, 0.3, "range", None, "chronic course")]
    assert [f[6] for f in _read("In about a third of patients the illness becomes chronic.")] \
        == ["chronic course"]


def test_they_need_to_be_given_takes_the_remedy_before() -> None:
    """"They do need to be taken within 48 hours" times the remedy the sentence before named."""
    found = _read("They do need to be taken within 48 hours.",
                  "Doctors may also prescribe zorbulin tablets.")
    assert [(f[0], f[6]) for f in found] == [("duration", "start of zorbulin tablets")]
    assert [f[6] for f in _read("They do need to be taken within 48 hours.")] == [None]


def test_people_before_a_bracketed_share_are_not_its_subject() -> None:
    """"Nearly all patients (95 %) have a rash": the rash, not the patients."""
    assert [(f[0], f[6]) for f in _read("Nearly all patients (95%) have a rash.")] == [
        ("frequency", "rash")]
    assert [(f[0], f[6]) for f in _read("A rash is seen in most patients (90%).")] == [
        ("frequency", "rash")]


def test_thing_estimated_to_affect_a_share() -> None:
    """"Zorbulin syndrome is estimated to affect 5 in 100,000": the syndrome, without the verb."""
    assert [f[6] for f in _read(
        "Zorbulin syndrome is estimated to affect 5 in 100,000 people every year.")] == [
        "Zorbulin syndrome"]


def test_either_is_not_part_of_the_name() -> None:
    """"are left with either stiffness or twitching": stiffness."""
    assert [f[6] for f in _read(
        "A fifth of people are left with either stiffness or twitching.")] == ["stiffness"]


def test_group_opening_the_clause_has_the_outcome_rate() -> None:
    """"Streptococcal cases have a mortality of 30-70 %": among those cases."""
    assert [f[5] for f in _read("Streptococcal cases have a mortality of 30-70%.")] == [
        "streptococcal cases"]
    assert [f[5] for f in _read("The zorbulin form has a case fatality rate of 30-70%.")] == [
        "zorbulin form"]
    assert [f[5] for f in _read("Patients with grebble fever have a mortality of 5%.")] == [None]


def test_bracketed_share_after_than_takes_the_kind() -> None:
    """"lower in children (5 %) than in adults (30 %)": both are death rates."""
    assert [f[0] for f in _read("The death rate is lower in children (5%) than in adults (30%).")] \
        == ["mortality", "mortality"]


def test_comparison_of_groups_named_with_a_word_before() -> None:
    """"more common in black people than in white people" compares those two groups."""
    assert [f[5] for f in _read(
        "It is 3 to 4 times more common in black people than in white people.")] == [
        "black people vs white people"]


def test_count_in_a_named_year() -> None:
    """"700 reported cases in 2018" is a count (the year is no ratio's base)."""
    assert [(f[0], f[1], f[5]) for f in _read("There were 700 reported cases in 2018.")] == [
        ("count", 700.0, "reported cases")]


def test_cases_over_a_slash_are_a_rate() -> None:
    """"4 cases/100,000" is a rate per head, not a count of 4."""
    assert [(f[0], f[1]) for f in _read("The incidence is 4 cases/100,000.")] == [
        ("incidence", 4e-05)]


def test_people_opening_a_period_clause_are_not_what_lasts() -> None:
    """"People need to take zorbulin for 3 to 6 months": zorbulin; "most cases clear": none."""
    assert [f[6] for f in _read("People usually need to take zorbulin for 3 to 6 months.")] == [
        "zorbulin"]
    assert [f[6] for f in _read("Most cases clear up within 2 to 5 years.")] == [None]


def test_returns_is_a_relapse() -> None:
    """"returns in 5 %" is a relapse; "return to work" is not."""
    assert [f[0] for f in _read("Grebble fever returns in about 5% of people.")] == ["relapse"]
    assert "relapse" not in [f[0] for f in _read("About 80% of people return to work.")]


def test_who_after_a_group_is_that_group() -> None:
    """"more common in women, who account for 60 % of cases": the women's share."""
    assert [(f[0], f[6]) for f in _read(
        "Grebble fever is more common in women, who account for 60% of cases.")] == [
        ("share", "women")]


def test_common_thing_affecting_a_share() -> None:
    """"Rashes are common, affecting 20 %", "a rash is common and occurs in 20 %": the rash."""
    assert [(f[0], f[6]) for f in _read("Rashes are common, affecting about 20% of people.")] \
        == [("frequency", "Rashes")]
    assert [(f[0], f[6]) for f in _read(
        "A rash is common and occurs in about 20% of people.")] == [("frequency", "rash")]


def test_so_common_that_most_have_had_it() -> None:
    """"X is so common that 8 out of 10 grown-ups have had it": X's prevalence."""
    assert [(f[0], f[6]) for f in _read(
        "In Ruritania, zorbulin pox is so common among toddlers that 8 out of 10 adults "
        "have had it by then.")] == [("prevalence", "zorbulin pox")]
    assert [(f[0], f[6]) for f in _read(
        "Grebble fever is so common that 8 out of 10 adults have had it by then.")] == [
        ("prevalence", None)]


def test_list_line_of_a_thing_and_its_share() -> None:
    """A line "Skin: 25 %" or "Lungs - more than 90 %" gives how often that part is."""
    assert _read("Skin: 25%") == [("frequency", 0.25, None, None, "exact", None, "Skin")]
    assert [(f[0], f[4], f[6]) for f in _read("Lungs - more than 90%")] == [
        ("frequency", "lower", "Lungs")]
    assert [(f[0], f[6]) for f in _read("Mortality: 20%")] == [("mortality", None)]


def test_gapped_list_of_parts_reached() -> None:
    """"The lungs are involved in 90 %, the skin in 25 % and the eyes in 20 %": each part."""
    assert [(f[0], f[6]) for f in _read(
        "The lungs are involved in more than 90% of cases, the skin in 25% and the eyes "
        "in 20%.")] == [("frequency", "lungs involvement"), ("frequency", "skin involvement"),
                        ("frequency", "eyes involvement")]


def test_gapped_list_of_outcomes_by_group() -> None:
    """"Stage I resolves in 60-90 %, stage II in 40-70 %": recovery among stage II."""
    found = _read("Stage I disease resolves in 60-90% of patients, stage II in 40-70% and "
                  "stage III in 10-20%.")
    assert [(f[0], f[5]) for f in found[1:]] == [("recovery", "stage ii"),
                                                 ("recovery", "stage iii")]


def test_cases_found_somewhere_are_a_share_named_by_where() -> None:
    """"40 % of confirmed cases are diagnosed in the north": those cases' share."""
    assert [(f[0], f[6]) for f in _read(
        "Approximately 40% of confirmed cases are diagnosed in the north of Ruritania.")] == [
        ("share", "cases diagnosed in the north of Ruritania")]
    assert [(f[0], f[6]) for f in _read(
        "Around 60% of cases are reported in the summer months.")] == [
        ("share", "cases reported in the summer months")]
    assert [f[0] for f in _read("Half of all cases occur in women.")] == ["share"]
    assert [f[6] for f in _read("Half of all cases occur in women.")] == ["women"]


def test_described_subject_is_kept_as_written(tmp_path: Path) -> None:
    """The claim's subject is the whole description, not a phrase cut from it."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n"
                    "About 30% of cases are diagnosed in the north of Ruritania.\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    assert {(cs.label(c.subject), c.measure.kind) for c in cs.claims
            if c.measure is not None} == {("cases diagnosed in the north of ruritania", "share")}
