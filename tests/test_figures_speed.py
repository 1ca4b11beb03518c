"""Figure search shortcuts give what a plain search gives."""

from __future__ import annotations

import pytest

from claimgraph.ingest import quantities as q

SENTENCES = [
    "About 3 out of 10,000 people get it, and 25 to 30% of them die within 2 years.",
    "Between 1 and 4 per 100,000 children, or 2,000 to 3,000 cases, are seen each year.",
    "Roughly one in 600 adults, 1.5% of men and five percent of women have it.",
    "It lasts up to a week, and women are twice as likely as men to get it within 3 days.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_number_led_forms_tried_where_numbers_start_match_a_search(sentence: str) -> None:
    """Trying a form only where a number starts finds what finditer finds."""
    starts = q._number_starts(sentence)
    for form, pattern in q._FORMS:
        if form in q._NUMBER_LED or form in q._WORD_LED:
            at = q._led_starts(form, sentence, starts) if form in q._WORD_LED else starts
            assert [m.span() for m in q._matches_at(pattern, sentence, at)] == \
                [m.span() for m in pattern.finditer(sentence)]


def test_a_long_sentence_gives_the_periods_a_short_one_gives() -> None:
    """The cached periods of a long run-on sentence equal a fresh search of each clause."""
    unit = "about 5 out of 10 people with grebble fever die within a year and up to 8% relapse "
    long = unit * 6
    short = [f.measure.horizon for f in q.find_figures(unit, ("grebble fever",))]
    got = [f.measure.horizon for f in q.find_figures(long, ("grebble fever",))]
    assert got[:len(short)] == short


@pytest.mark.parametrize("sentence", [*SENTENCES, "No number here, only words about a rash."])
def test_forms_tried_are_those_whose_hint_words_the_sentence_holds(sentence: str) -> None:
    """The hint words looked for once give the forms each form's own hints give."""
    low = sentence.lower()
    said = {hint for hint in q._HINT_WORDS if hint in low}
    assert [form for form, _, hints in q._HINTED_FORMS if not hints.isdisjoint(said)] == \
        [form for form, _ in q._FORMS if any(hint in low for hint in q._FORM_HINTS[form])]
    assert [(form, pattern) for form, pattern, _ in q._HINTED_FORMS] == list(q._FORMS)


@pytest.mark.parametrize("text", [*SENTENCES, "No number here, only words about a rash.",
                                  "It lasts a day or two.", "A THREEFOLD rise", "Rash on the légs",
                                  "Tenſ of cases", "Around half recover", "dozens of cases", ""])
def test_has_number_answers_as_the_full_number_scan(text: str) -> None:
    """The digit look and the word gate give what a search of ANY_NUMBER gives."""
    from claimgraph.ingest import caseless, periods

    assert periods.has_number(text) == (caseless.search(periods.ANY_NUMBER, text) is not None)
