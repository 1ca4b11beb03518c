"""Entity resolution: wordings of one name that pages write apart (made-up sentences' names)."""

from __future__ import annotations

import pytest

from claimgraph.ingest.entities import Resolver
from claimgraph.ingest.lexicon import _INFLAMED_PARTS


def _resolved(names: tuple[str, ...]) -> set[str]:
    """Return the entity ids the resolver gives ``names``, each named on a page of its own."""
    resolver = Resolver()
    for label in names:
        resolver.add(label)
        resolver.add_page([label])
    resolver.finish()
    return {resolver.resolve(x) for x in names}


@pytest.mark.parametrize("names", [
    # A drug class with a generic head: "agents" say only that it is a medicine.
    ("vorbimimetic agents", "vorbimimetics"),
    # A health "condition" or "disturbance" is the ill state; "sequelae" are complications.
    ("chronic plimsy condition", "chronic plimsy disease"),
    ("sleep disturbance", "sleep problems"),
    ("heart sequelae", "heart complications"),
    # Adjectives of a part or a sense, as the noun.
    ("visual disturbance", "vision problems"),
    ("scarring of the cornea", "corneal scarring"),
    # The same amount or change in other words.
    ("full recovery", "complete recovery"),
    ("bad outcome", "poor outcome"),
    ("decreased mobility", "reduced mobility", "limited mobility"),
    ("lifestyle modification", "lifestyle change"),
    ("Grebblish origin", "Grebblish ancestry", "Grebblish heritage"),
    # Phrases for one clinical word, and words that only say what kind of state it is.
    ("zorbic nodules under the skin", "subcutaneous zorbic nodules"),
    ("one-sided grebble weakness", "unilateral grebble weakness"),
    ("chronic health conditions", "chronic illness", "long-term health problems"),
    ("plimsy-induced rash", "plimsy rash"),
    # A stage of a thing, either way round; a part's look in clinical words.
    ("earlier stages of vorbic disease", "early-stage vorbic disease"),
    ("final stages of vorbic failure", "end-stage vorbic failure"),
    ("inflamed blood vessels", "inflammation of the blood vessels"),
    ("edematous hands and feet", "swollen hands and feet"),
    ("erythematous palms", "red palms"),
    # A word that says how much leaves the name the lexicon holds.
    ("dangerously raised temperature", "pyrexia"),
    # The genus alone and the one species of it named, the genus a dictionary word.
    ("streptococcus", "Streptococcus vorlaxii"),
    # A medicine against a thing is an inhibitor of it; a widespread rash a diffuse one.
    ("anti-vorbin drugs", "vorbin inhibitors", "vorbin blockers"),
    ("immunosuppressive medicines", "immunosuppressants"),
    ("generalised zorbic rash", "widespread zorbic rash", "diffuse zorbic rash"),
    # A participle left from the clause that named a site.
    ("affecting one side of the body", "one side of the body"),
    # A germ named with its kind word, cut short or by its one species named.
    ("quentococcal bacteria", "quent"),
    ("group B quentococcal bacteria", "group B quent"),
    # A sign only the skin shows, with "skin" in front or not.
    ("skin pigmentation changes", "pigmentation changes"),
    # The people a risk is of, and a history of it, are the risk.
    ("people with plimsy", "plimsy", "patients with plimsy"),
    ("Grebblish people", "Grebblish individuals", "Grebblishes"),
    ("smokers", "smoking", "a history of smoking"),
    # Too little of a substance is a low level of it.
    ("vorbin deficiency", "lack of vorbin", "low vorbin levels"),
    # States of a part in either order.
    ("red, painful eyes", "painful red eyes"),
    # Care or a test "for" a thing, the other way round.
    ("treatment for plimsy", "plimsy treatment"),
    ("specific treatment for plimsy", "specific plimsy treatment"),
    ("test for vorbin", "vorbin test"),
])
def test_other_wordings_of_one_name_merge(names: tuple[str, ...]) -> None:
    """Names a reader takes for one thing, written apart on two pages, are one entity."""
    assert len(_resolved(names)) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("vorbimimetic agents", "vorbimimetic agents type 2"),
    ("full recovery", "partial recovery"),
    ("reduced mobility", "increased mobility"),
    ("visual disturbance", "hearing disturbance"),
    ("spinal fluid", "spinal cord"),
    ("hepat" + "itis", "kidney inflammation"),  # an "-itis" word of another part
    ("vorbitis", "vorb inflammation"),  # a root no table knows
    ("stage 2 vorbic disease", "early-stage vorbic disease"),
    ("early-stage vorbic disease", "late-stage vorbic disease"),
    ("one-sided grebble weakness", "two-sided grebble weakness"),
    ("health care", "care"),
    ("raised temperature", "vomiting"),
    ("anti-vorbin antibodies", "vorbin inhibitors"),
    ("medical history", "history of plimsy"),
    ("people", "plimsy"),
    ("vorbin deficiency", "high vorbin levels"),
    ("vorbin B deficiency", "vorbin C deficiency"),
    ("treatment for plimsy", "plimsy"),
])
def test_other_words_still_keep_things_apart(a: str, b: str) -> None:
    """The new word forms join wordings only: another word or a number keeps two names apart."""
    assert len(_resolved((a, b))) == 2



def test_two_species_of_a_genus_keep_the_genus_apart() -> None:
    """With two species of one genus named, the genus alone is neither."""
    ids = _resolved(("streptococcus", "Streptococcus vorlaxii", "Streptococcus morvaxii"))
    assert len(ids) == 3


def test_an_entity_lists_the_names_the_lexicon_gives_it() -> None:
    """A page's "problems speaking" is found as "speech difficulty" too, and a name another
    entity holds stays that entity's."""
    resolver = Resolver()
    for label in ("problems speaking", "being sick"):
        resolver.add(label)
    resolver.finish()
    names = {e.label: set(e.synonyms) for e in resolver.entities()}
    assert "speech difficulty" in names["problems speaking"]
    assert {"vomiting", "throwing up"} <= names["being sick"]
    assert "vomiting" not in names["problems speaking"]


def test_a_germ_class_with_its_kind_word_is_no_one_species() -> None:
    """"quent bacteria, such as Quentococcus vorlaxii" names a class the species is one of."""
    assert len(_resolved(("quent bacteria", "Quentococcus vorlaxii"))) == 2


@pytest.mark.parametrize(("root", "part"), sorted(_INFLAMED_PARTS.items()))
def test_an_itis_word_is_the_inflammation_of_its_part(root: str, part: str) -> None:
    """Each root's "-itis" word, "<part> inflammation" and "inflammation of the <part>"
    are one entity (the words built from the table, so no illness is written out)."""
    assert len(_resolved((root + "itis", f"{part} inflammation",
                          f"inflammation of the {part}"))) == 1
