"""Guards named without a plain "prevents": vaccines that exist, the best protection,
verdicts on a guard, and a remedy given to contacts."""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def test_a_vaccine_that_prevents_it(tmp_path: Path) -> None:
    """"There is a vaccine that prevents grebble fever": the vaccine prevents it."""
    got = relations(tmp_path, "There is a vaccine that prevents grebble fever.")
    assert ("vaccine", "prevents", "grebble fever") in got


def test_a_vaccine_available_to_prevent_it(tmp_path: Path) -> None:
    """"A vaccine is available to prevent grebble fever"."""
    got = relations(tmp_path, "A vaccine is available to prevent grebble fever.")
    assert ("vaccine", "prevents", "grebble fever") in got


def test_the_best_protection_is_the_guard(tmp_path: Path) -> None:
    """"The best protection against grebble fever is the grebble vaccine"."""
    got = relations(tmp_path, "The best protection against grebble fever is the grebble "
                              "vaccine.")
    assert ("grebble vaccine", "prevents", "grebble fever") in got


def test_who_should_get_a_vaccine_named_after_it(tmp_path: Path) -> None:
    """"Adults over 50 should get the grebble fever vaccine": that vaccine prevents it; a
    vaccine named after another illness says nothing of this one."""
    got = relations(tmp_path, "Adults over 50 should get the grebble fever vaccine. "
                              "You can have the vole flu vaccine at a pharmacy.")
    assert ("grebble fever vaccine", "prevents", "grebble fever") in got
    assert not any("vole" in s for s, _, _ in got)


def test_effective_at_preventing_is_a_guard(tmp_path: Path) -> None:
    """"highly effective in preventing nerve pain": prevents, not treats, nerve pain."""
    got = relations(tmp_path, "The grebble vaccine is highly effective in preventing nerve "
                              "pain.")
    assert ("grebble vaccine", "prevents", "nerve pain") in got
    assert not any(p == "effective_for" for _, p, _ in got)


def test_a_remedy_given_to_contacts_prevents_further_cases(tmp_path: Path) -> None:
    """"Giving zorbulin to close contacts can prevent further cases": zorbulin prevents
    the illness; the contacts are people, not a remedy."""
    got = relations(tmp_path, "Giving zorbulin to close contacts can prevent further cases. "
                              "Close contacts may be given plavex to stop them getting ill.")
    assert ("zorbulin", "prevents", "grebble fever") in got
    assert not any(s == "close contacts" for s, _, _ in got)


def test_things_that_may_help_lead_care_items(tmp_path: Path) -> None:
    """"Things that may help:" under an untyped heading lists care for the illness."""
    got = relations(tmp_path, "Things that may help:\n- gentle exercise\n- zorbulin cream",
                    heading="Living with it")
    assert ("gentle exercise", "used_for", "grebble fever") in got
    assert ("zorbulin cream", "used_for", "grebble fever") in got


def test_things_you_can_do_under_prevention_prevent(tmp_path: Path) -> None:
    """"Things you can do:" under a prevention heading: the items prevent the illness."""
    got = relations(tmp_path, "Things you can do:\n- wear gloves\n- wash your hands often",
                    heading="Preventing it")
    assert ("wearing gloves", "prevents", "grebble fever") in got
    assert not any(p == "used_for" for _, p, _ in got)
