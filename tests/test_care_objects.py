"""Care named through "the spread of" or "of choice" acts on the thing named after them."""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def test_preventing_the_spread_prevents_the_illness(tmp_path: Path) -> None:
    """"helps prevent the spread of grebble fever": the illness is kept away, not "spread"."""
    got = relations(tmp_path, "Washing bedding at a high heat helps prevent the spread of "
                              "grebble fever.")
    assert ("washing bedding", "prevents", "grebble fever") in got
    assert not any(o == "spread" for _, _, o in got)


def test_spread_of_another_thing_prevents_that_thing(tmp_path: Path) -> None:
    """"stop the spread of Quentella mites" prevents the mites."""
    got = relations(tmp_path, "Zorbulin shampoo can help prevent the spread of quentella mites.")
    assert ("zorbulin shampoo", "prevents", "quentella mites") in got


def test_treatment_of_choice_is_for_the_illness(tmp_path: Path) -> None:
    """"the treatment of choice for grebble fever": zorbulin treats it, not a "choice"."""
    got = relations(tmp_path, "Zorbulin remains the treatment of choice for grebble fever.")
    assert ("zorbulin", "used_for", "grebble fever") in got
    assert not any(o == "choice" for _, _, o in got)


def test_a_named_remedy_kind_eases_a_sign_outside_care_sections(tmp_path: Path) -> None:
    """"Zorbulin cream may soothe the rash" under a plain heading: the cream targets the rash."""
    got = relations(tmp_path, "Zorbulin cream may soothe the rash.")
    assert ("zorbulin cream", "targets", "rash") in got


def test_a_named_remedy_kind_shortening_the_illness_works_on_it(tmp_path: Path) -> None:
    """"Plavex therapy may shorten an episode of grebble fever": it works on the illness."""
    got = relations(tmp_path, "Plavex therapy may shorten an episode of grebble fever.")
    assert ("plavex therapy", "effective_for", "grebble fever") in got


def test_a_bare_lowering_verb_after_no_remedy_is_no_target(tmp_path: Path) -> None:
    """"Smoking can lower your immunity" names no remedy: no targets claim."""
    got = relations(tmp_path, "Smoking can lower the body's defences.")
    assert not any(p == "targets" for _, p, _ in got)


def test_helping_a_sign_improve_works_on_the_sign(tmp_path: Path) -> None:
    """"Zorbulin may help your rash to improve": zorbulin works on the rash."""
    got = relations(tmp_path, "Zorbulin may help your rash to improve.")
    assert ("zorbulin", "effective_for", "rash") in got


def test_helping_the_symptoms_improve_works_on_the_illness(tmp_path: Path) -> None:
    """"help your symptoms improve" is about the illness as a whole."""
    got = relations(tmp_path, "Zorbulin may help your symptoms to improve.")
    assert ("zorbulin", "effective_for", "grebble fever") in got


def test_it_after_a_vaccine_with_a_figure_is_the_vaccine(tmp_path: Path) -> None:
    """"The vaccine lowers the risk by 90%. It also decreases rates of Y": "it" is the
    vaccine (the figure of the sentence before is about it too), so the vaccine prevents Y."""
    got = relations(tmp_path, "The grebble vaccine lowers the risk of grebble fever by 90%. "
                              "It also decreases rates of nerve pain.")
    assert ("grebble vaccine", "prevents", "nerve pain") in got


def test_it_after_a_remedy_that_improves_is_still_the_illness(tmp_path: Path) -> None:
    """"Zorbulin is often given. It usually improves within a week": the illness improves;
    zorbulin gets no claim from the second sentence."""
    got = relations(tmp_path, "Zorbulin is often given. It usually improves within a week.")
    assert {t for t in got if t[0] == "zorbulin"} == {("zorbulin", "used_for", "grebble fever")}


def test_a_named_harm_treated_with_a_remedy(tmp_path: Path) -> None:
    """"Nerve pain is a common complication. It can be treated with zorbulin": zorbulin is
    for the nerve pain the sentence before opened with."""
    got = relations(tmp_path, "Nerve pain is a common complication. It can be treated with "
                              "zorbulin.", heading="Treatment")
    assert ("zorbulin", "used_for", "nerve pain") in got
    assert ("zorbulin", "used_for", "grebble fever") not in got


def test_it_treated_after_an_unnamed_thing_stays_the_topic(tmp_path: Path) -> None:
    """"The rash fades in a week. It can be treated with zorbulin": the rash was never
    named a harm of the topic, so "it" is the topic."""
    got = relations(tmp_path, "Most people recover in a week. It can be treated with zorbulin.",
                    heading="Treatment")
    assert ("zorbulin", "used_for", "grebble fever") in got


def test_not_curable_denies_a_cure(tmp_path: Path) -> None:
    """"Currently, the disease isn't curable": curative treatment is denied for the topic."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nTreatment\n"
                    "Currently, the disease isn't curable.\n", encoding="utf-8")
    from claimgraph.ingest.extract import extract_corpus

    cs, _, _ = extract_corpus([page], progress=False)
    cures = [c for c in cs.claims if c.predicate == "effective_for"
             and cs.label(c.subject) == "curative treatment"]
    assert cures and all(c.negated for c in cures)


def test_a_curable_statement_about_something_else_is_no_denial(tmp_path: Path) -> None:
    """"Nerve pain cannot be cured" says nothing about curing the topic."""
    got = relations(tmp_path, "The nerve pain cannot be cured.", heading="Treatment")
    assert not any(s == "curative treatment" for s, _, _ in got)


def test_a_device_fitted_is_care(tmp_path: Path) -> None:
    """"A zorbulin pump may be fitted" under treatment: the pump is used for the illness."""
    got = relations(tmp_path, "A zorbulin pump may be fitted if the heart is affected.",
                    heading="Treatment")
    assert ("zorbulin pump", "used_for", "grebble fever") in got


def test_the_first_choice_is_used(tmp_path: Path) -> None:
    """"If you need treatment, zorbulin is usually the first choice"."""
    got = relations(tmp_path, "If you need treatment, zorbulin is usually the first choice.",
                    heading="Treatment")
    assert ("zorbulin", "used_for", "grebble fever") in got


def test_a_remedy_that_may_be_an_option_is_used(tmp_path: Path) -> None:
    """"A zorbulin implant may be an option for some people": used for the illness, not
    for "people"."""
    got = relations(tmp_path, "A zorbulin implant may be an option for some people.",
                    heading="Treatment")
    assert ("zorbulin implant", "used_for", "grebble fever") in got
    assert not any(o == "people" for _, _, o in got)
