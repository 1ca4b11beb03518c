"""Entity resolution across pages: one topic, abbreviations, other names, no false merges."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.graph.model import EntityType
from claimgraph.ingest.entities import Resolver, distinct
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.normalize import label_key
from claimgraph.ingest.topic import parse_topic


def _corpus(tmp_path: Path, pages: dict[str, str], topic: str | None = None):
    paths = []
    for name, text in pages.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    manifest = None
    if topic is not None:
        manifest = tmp_path / "sources.yaml"
        manifest.write_text(f"topic: {topic}\nsources:\n" + "".join(
            f"  - {{id: {n}, file: {n}.txt}}\n" for n in pages), encoding="utf-8")
    cs, _, _ = extract_corpus(paths, manifest, progress=False)
    return cs


def test_one_topic_node_across_pages_and_names(tmp_path: Path) -> None:
    """A page naming the topic only by its other name still hangs its claims off one node."""
    cs = _corpus(tmp_path, {
        "a": "Grebble fever\n\nGrebble fever is a rare illness. It causes a rash.\n",
        "b": "Tarn syndrome\n\nTarn syndrome is a rare illness. It causes joint pain.\n",
    }, topic="Grebble fever (tarn syndrome)")
    subjects = {cs.label(c.subject) for c in cs.claims if c.predicate == "has_symptom"}
    assert subjects == {"grebble fever"}
    assert cs.label(cs.topic) == "grebble fever"


def test_accented_topic_keeps_its_accent(tmp_path: Path) -> None:
    """Matching ignores accents; the label keeps them."""
    cs = _corpus(tmp_path, {"a": "Ménière fever\n\nMeniere fever is rare. It causes dizziness.\n"},
                 topic="Ménière fever")
    (claim,) = [c for c in cs.claims if c.predicate == "has_symptom"]
    assert cs.label(claim.subject) == "ménière fever"


def test_abbreviation_defined_in_one_page_merges_across_pages(tmp_path: Path) -> None:
    """"intravenous immunoglobulin (IVIG)" in one page makes "IVIG" in another the same thing."""
    cs = _corpus(tmp_path, {
        "a": "Grebble fever\n\nTreatment\nGrebble fever is treated with intravenous "
             "immunoglobulin (IVIG).\n",
        "b": "Grebble fever\n\nTreatment\nGrebble fever is treated with IVIG.\n",
    })
    used = {cs.label(c.subject) for c in cs.claims if c.predicate == "used_for"}
    assert used == {"intravenous immunoglobulin"}


def test_other_name_stated_in_a_page_merges(tmp_path: Path) -> None:
    """"a rash, called erythema spot, ..." joins the two names when both are claims' names."""
    cs = _corpus(tmp_path, {
        "a": "Grebble fever\n\nSymptoms\nA rash, called erythema spot, appears early. "
             "Grebble fever causes a rash.\n",
        "b": "Grebble fever\n\nGrebble fever is rare. It can cause erythema spot.\n",
    })
    objects = {c.object for c in cs.claims if c.predicate == "has_symptom"}
    assert len(objects) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("type 1 diabetes", "type 2 diabetes"), ("vitamin B12", "vitamin B1"),
    ("stage 4 kidney disease", "stage 5 kidney disease"), ("hyperthyroidism", "hypothyroidism"),
    ("type II reaction", "type III reaction"),
])
def test_labels_differing_in_a_number_never_merge(a: str, b: str) -> None:
    """Near-spellings that differ in a number, roman numeral or hyper/hypo stay two entities."""
    assert distinct(label_key(a), label_key(b))
    resolver = Resolver()
    resolver.add(a)
    resolver.add(b)
    resolver.finish()
    assert resolver.resolve(a) != resolver.resolve(b)


def test_generic_heads_and_plurals_merge_but_acronyms_stay() -> None:
    """"steroid medicine" is "steroid"; "blood clots" is "blood clot"; AIDS is not "aid"."""
    resolver = Resolver()
    for label in ("steroid", "steroid medicine", "blood clots", "blood clot", "AIDS", "aid"):
        resolver.add(label)
    resolver.finish()
    assert resolver.resolve("steroid medicine") == resolver.resolve("steroid")
    assert resolver.resolve("blood clots") == resolver.resolve("blood clot")
    assert resolver.resolve("AIDS") != resolver.resolve("aid")
    assert label_key("diabetes") == "diabetes"


@pytest.mark.parametrize("names", [
    ("tiredness", "fatigue"),  # everyday and clinical names (the shipped lexicon)
    ("weak immune system", "weakened immune system", "poor immune function"),
    ("loss of vision", "vision loss"),  # one noun of another, the other way round
    ("end-stage renal disease", "end-stage kidney disease"),  # clinical adjective
    ("autoimmune disorder", "autoimmune disease"),
    ("old age", "older age"),
    ("physical exam", "physical examination", "clinical examination"),
    ("swollen glands in the neck", "cervical lymphadenopathy", "swollen lymph nodes"),
    ("hearing problems", "hearing loss"),
    ("upper body", "torso"),
    ("medicine against viruses", "antiviral medicine"),
    ("flu", "influenza"),
    ("acute MI", "heart attack", "myocardial infarction"),
    # Word order, clinical adjectives and spacing (lexicon.name_form).
    ("inflammation of the blood vessels", "vascular inflammation", "blood vessel inflammation"),
    ("multi-organ failure", "multiorgan failure", "multiple organ failure"),
    ("heart-related complications", "cardiac complications", "complications with the heart"),
    ("neuronal damage", "nerve damage", "damage to the nerves"),
    ("facial palsy", "paralysis of the face"),
    ("one side of your body", "one side of the body"),
    ("subcutaneous swelling", "subcutaneous swellings"),
    ("overactive thyroid gland", "hyperthyroidism"),
    ("infection with the quorl virus", "quorl virus infection", "quorl virus"),
    ("tissue death", "necrotic tissue", "necrosis"),
    ("calcium deposits", "calcification"),
    ("pain control", "pain management"),
    ("multiple organ dysfunction", "multiple organ failure", "failure of several organs"),
    # A germ's common name and its species name (not "GAS": gas in tissue is no germ).
    ("group A streptococcus", "Streptococcus pyogenes", "group A strep"),
    ("pneumococcus", "Streptococcus pneumoniae"),
    ("diabetes", "diabetes mellitus"),
    ("ICU", "intensive care unit", "intensive care"),
    ("HBOT", "hyperbaric oxygen therapy"),
    ("drop in blood pressure", "low blood pressure"),
    ("cardiac damage", "heart complication"),
    ("break in the skin", "open wound"),
    ("non-steroidal anti-inflammatory drugs", "NSAIDs"),
    ("intravenous drug use", "injecting drugs"),
    ("computed tomography scan", "CT scan"),
    ("alcohol misuse", "heavy drinking"),
    ("swollen hands", "hand swelling", "swelling of the hands"),
    ("red eyes", "eye redness"),
    ("painful joints", "joint pain"),
    ("changing bandages", "bandage change", "bandage changes"),
    # Levels in the blood, British and American spellings, routes and tests.
    ("hypercalcaemia", "hypercalcemia", "high calcium levels", "raised blood calcium",
     "high levels of calcium in the blood"),
    ("hypokalaemia", "low potassium"),
    ("serum albumin", "albumin"),
    ("haemorrhage", "hemorrhage", "bleeding"),
    ("skin colour change", "skin color change"),
    ("immunisation", "immunization"),
    ("counselling", "counseling"),
    ("kidney transplantation", "kidney transplant"),
    ("skin grafting", "skin graft"),
    ("IV fluids", "intravenous fluids"),
    ("chest radiograph", "chest X-ray"),
    ("scarring of the lungs", "pulmonary fibrosis", "lung scarring"),
    ("CT scan", "computed tomography"),
    # Cut words, look-alikes, degree words, the skin, one kind of a thing.
    ("chemo", "chemotherapy"),
    ("group A strep", "group A streptococcus"),
    ("streptococcal throat infection", "streptococcus throat infection"),
    ("sunburn-like rash", "rash that looks like sunburn", "rash resembling sunburn"),
    ("dangerously low blood pressure", "low blood pressure"),
    ("skin rash", "rash"),
    ("lubricating eye drops", "eye drops"),
    ("type II reaction", "type 2 reaction"),  # roman numerals are numbers
    ("NSAIDs", "NSAID"),  # an acronym's plural
    ("removing the splinter", "splinter removal", "removal of the splinter"),
    ("bleeding gums", "bleeding of the gums", "gum bleeding"),
    ("stage IV kidney disease", "stage 4 kidney disease"),
    ("Q. vorlaxii", "Quentella vorlaxii"),  # a genus cut to its letter
    ("staph", "staphylococcus"),
    ("removing dead tissue", "debridement"),
    ("fits", "seizures", "convulsions"),
    ("using inhalers", "inhaler use", "use of inhalers"),
    ("giving birth", "childbirth"),
    ("phosphorus restriction", "phosphate restriction"),  # the lexicon word by word
    ("brain haemorrhage", "bleeding in the brain"),
    ("kidney problems", "kidney disease", "kidney issues"),
    ("flu vaccine", "influenza vaccine"),
    ("plus an ointment", "ointment"),  # words that only point or hedge
    ("usually fever", "fever"),
    # A genus alone, when the pages name one species of it, is that species.
    ("Quentella", "Quentella vorlaxii"),
    # What lasts: everyday words for chronic.
    ("long-lasting symptoms", "chronic symptoms", "persistent symptoms"),
    ("long-term nerve pain", "chronic nerve pain"),
    # A word for the kind of germ in front of a germ's name adds nothing.
    ("the bacterium Quentella vorlaxii", "Quentella vorlaxii", "spirochete Quentella vorlaxii"),
    # "of" turned round with a describing word kept in front.
    ("long-term weakness of the face", "long-term face weakness"),
    ("severe swelling of the legs", "severe leg swelling"),
    # Using a thing, as a risk, is the thing.
    ("blorpamycin use", "blorpamycin"),
    # Latin and Greek plurals the dictionary lacks, when the pages write both forms.
    ("vorbuli", "vorbulus"), ("grebbomata", "grebboma"), ("tarnoses", "tarnosis"),
    ("skin quorbellae", "skin quorbella"),
    # A generic head dropped, the name left written another way.
    ("quentellococcal bacteria", "quentellococci"),
    # An infected thing is an infection of it.
    ("infected wound", "wound infection"),
    # A germ's genus cut short, with one species of it named; an infection with a germ
    # named by its adjective.
    ("quent", "Quentellus vorlaxii"),
    ("quentellococcal infection", "quentellococcus"),
])
def test_other_names_of_one_thing_merge(names: tuple[str, ...]) -> None:
    """Names a reader takes for one thing resolve to one entity, however the rules reach it."""
    resolver = Resolver()
    for label in names:
        resolver.add(label)
    resolver.finish()
    assert len({resolver.resolve(x) for x in names}) == 1


def test_a_topic_name_inside_a_name_is_the_topic() -> None:
    """With "grebble" another name of the topic, "grebble vaccine" is the topic's vaccine."""
    resolver = Resolver()
    resolver.set_topic("tarn fever", ["grebble"])
    for label in ("grebble vaccine", "tarn fever vaccine", "fever"):
        resolver.add(label)
    resolver.finish()
    assert resolver.resolve("grebble vaccine") == resolver.resolve("tarn fever vaccine")
    assert resolver.resolve("fever") != resolver.resolve("tarn fever")


@pytest.mark.parametrize(("a", "b"), [("upper arm", "lower arm"), ("fatigue", "fever"),
                                      ("kidney stone", "kidney failure"),
                                      ("multiple organ failure", "organ failure"),
                                      ("gas", "group A streptococcus"),
                                      ("underactive thyroid gland", "hyperthyroidism"),
                                      ("skin infection", "skin"),
                                      ("pain in the chest", "pain in the leg"),
                                      ("type 1 nerve damage", "type 2 nerve damage"),
                                      ("hypercalcaemia", "hypocalcaemia"),
                                      ("high calcium levels", "low calcium levels"),
                                      ("hypercalcaemia", "high potassium"),
                                      ("anaemia", "leukaemia"),
                                      ("IV fluids", "oral fluids"),
                                      ("stage iv kidney disease", "stage v kidney disease"),
                                      ("CT scan", "MRI scan"),
                                      ("head", "headache"),
                                      ("back pain", "backache"),
                                      ("skin infection", "infection"),
                                      ("intense itching", "itching"),
                                      ("oral eye drops", "eye drops"),
                                      ("high blood pressure", "blood pressure"),
                                      ("surgical tape", "tape"),
                                      ("lung cancer", "cancer"),
                                      ("B cells", "blood cells"),
                                      ("Q. vorlaxii", "Quentella morvaxii"),
                                      ("using inhalers", "inhaler allergy"),
                                      ("vitamin D deficiency", "vitamin E deficiency"),
                                      ("group A strep infection", "group B strep infection"),
                                      ("protein C deficiency", "protein S deficiency"),
                                      ("no fever", "fever"),
                                      ("other infections", "infections"),
                                      ("stage IV kidney disease", "stage 5 kidney disease"),
                                      ("type II reaction", "type 3 reaction"),
                                      ("post infection", "postoperative infection"),
                                      ("heart attack", "attack"),
                                      ("skin biopsy", "biopsy"),
                                      ("coronary artery bulge", "bulge"),
                                      ("fatal reaction", "fat reaction"),
                                      ("removing the splinter", "splinter"),
                                      ("dry cough", "cough"),
                                      ("long-lasting symptoms", "symptoms"),
                                      ("long-term pain", "short-term pain"),
                                      ("drug-resistant Quentella vorlaxii",
                                       "Quentella vorlaxii"),
                                      ("severe swelling of the legs", "mild leg swelling")])
def test_different_things_stay_apart(a: str, b: str) -> None:
    """The lexicon and word forms join other names only, never two different things."""
    resolver = Resolver()
    resolver.add(a)
    resolver.add(b)
    resolver.finish()
    assert resolver.resolve(a) != resolver.resolve(b)


def test_manifest_topic_with_other_names() -> None:
    """A manifest topic "Name (other name)" gives the label and its other names."""
    assert parse_topic("Grebble Shock Syndrome (GSS)") == ("grebble shock syndrome", ("GSS",))


def test_one_word_gloss_in_brackets_merges(tmp_path: Path) -> None:
    """"a high temperature (fever)" makes the two names one entity when claims use both."""
    cs = _corpus(tmp_path, {
        "a": "Grebble fever\n\nGrebble fever is rare. It causes a high temperature (fever).\n",
        "b": "Grebble fever\n\nGrebble fever is rare. It can cause fever.\n",
    })
    objects = {c.object for c in cs.claims if c.predicate == "has_symptom"}
    assert len(objects) == 1


def test_a_compound_written_closed_or_open_is_one_entity(tmp_path: Path) -> None:
    """'eyedrops' on one page and 'eye drops' on another name one treatment."""
    cs = _corpus(tmp_path, {
        "a": "Grebble fever\n\nGrebble fever is a rare illness. It is treated with eyedrops.\n",
        "b": "Grebble fever\n\nGrebble fever is rare. It is treated with eye drops.\n",
    }, topic="Grebble fever")
    subjects = {c.subject for c in cs.claims if c.predicate == "used_for"}
    assert len(subjects) == 1


@pytest.mark.parametrize(("medicine", "what", "kind"), [
    ("pain medicine", "pain", EntityType.SYMPTOM),
    ("rash treatment", "rash", EntityType.CONDITION),
    ("skin medication", "skin", EntityType.ANATOMY),
])
def test_a_medicine_for_a_thing_is_not_the_thing(medicine: str, what: str,
                                                 kind: EntityType) -> None:
    """"pain medicine" is no pain, though "steroid medicine" is a steroid."""
    resolver = Resolver()
    resolver.add(what, kind)
    resolver.add(medicine, EntityType.PROCEDURE)
    resolver.finish()
    assert resolver.resolve(medicine) != resolver.resolve(what)


def test_an_infection_with_a_virus_a_page_abbreviates_is_the_virus() -> None:
    """"QV infection" is the quorl virus once a page writes "quorl virus (QV)"; skin stays skin."""
    resolver = Resolver()
    resolver.learn_abbreviations("Some people carry the quorl virus (QV) for years.")
    for label in ("quorl virus", "QV", "QV infection", "skin", "skin infection"):
        resolver.add(label)
    resolver.finish()
    assert len({resolver.resolve(x) for x in ("quorl virus", "QV", "QV infection")}) == 1
    assert resolver.resolve("skin infection") != resolver.resolve("skin")


def test_an_infection_named_after_the_topic_is_the_topic() -> None:
    """"grebble infection" is the topic when grebble is one of its names."""
    resolver = Resolver()
    resolver.set_topic("tarn fever", ["grebble"])
    for label in ("grebble infection", "tarn fever infection", "ear infection", "ear"):
        resolver.add(label)
    resolver.finish()
    assert resolver.resolve("grebble infection") == resolver.resolve("tarn fever")
    assert resolver.resolve("tarn fever infection") == resolver.resolve("tarn fever")
    assert resolver.resolve("ear infection") != resolver.resolve("ear")


def test_two_kinds_of_one_thing_stay_apart_from_it() -> None:
    """With "dry eye drops" and "lubricating eye drops" both named, neither is "eye drops"."""
    names = ("dry eye drops", "lubricating eye drops", "eye drops")
    resolver = Resolver()
    for label in names:
        resolver.add(label)
    resolver.finish()
    assert len({resolver.resolve(x) for x in names}) == 3


def test_the_topic_is_never_one_kind_of_a_wider_thing() -> None:
    """"early grebble fever" does not swallow the topic "grebble fever", nor it the kind."""
    resolver = Resolver()
    resolver.set_topic("grebble fever")
    resolver.add("lingering grebble fever")
    resolver.finish()
    assert resolver.resolve("lingering grebble fever") != resolver.resolve("grebble fever")


def test_two_sites_of_one_test_stay_apart_from_it() -> None:
    """With a skin and a kidney biopsy both named, a bare "biopsy" is neither."""
    names = ("skin biopsy", "kidney biopsy", "biopsy")
    resolver = Resolver()
    for label in names:
        resolver.add(label)
    resolver.finish()
    assert len({resolver.resolve(x) for x in names}) == 3


def test_a_brand_name_in_brackets_merges(tmp_path: Path) -> None:
    """"quorlacin (Quorvex)" on one page makes "Quorvex" on another the same medicine."""
    cs = _corpus(tmp_path, {
        "a": "Grebble fever\n\nGrebble fever is rare. It is treated with quorlacin (Quorvex).\n",
        "b": "Grebble fever\n\nGrebble fever is rare. It is treated with Quorvex.\n",
    }, topic="Grebble fever")
    subjects = {c.subject for c in cs.claims if c.predicate == "used_for"}
    assert len(subjects) == 1


def test_a_name_in_brackets_that_no_claim_uses_merges_nothing(tmp_path: Path) -> None:
    """A bracketed word the claims never name ("(Tuesday)") joins no entity."""
    cs = _corpus(tmp_path, {
        "a": "Grebble fever\n\nGrebble fever is rare. It is treated with quorlacin (Tuesday).\n",
    }, topic="Grebble fever")
    subjects = {cs.label(c.subject) for c in cs.claims if c.predicate == "used_for"}
    assert subjects == {"quorlacin"}
    assert not [e for e in cs.entities if "tuesday" in (e.label, *e.synonyms)]


def test_the_topic_without_its_kind_word_is_the_topic() -> None:
    """"grebble shock" and "grebble shock disease" are the topic "grebble shock syndrome"."""
    resolver = Resolver()
    resolver.set_topic("grebble shock syndrome")
    for label in ("grebble shock", "grebble shock disease", "early grebble shock", "shock"):
        resolver.add(label)
    resolver.finish()
    topic = resolver.resolve("grebble shock syndrome")
    assert resolver.resolve("grebble shock") == topic
    assert resolver.resolve("grebble shock disease") == topic
    assert resolver.resolve("shock") != topic
    assert resolver.resolve("early grebble shock") != topic


def test_a_topic_named_after_an_organ_keeps_the_organ_apart() -> None:
    """With "kidney disease" the topic, "kidney" and "kidney infection" stay their own."""
    resolver = Resolver()
    resolver.set_topic("kidney disease")
    for label in ("kidney", "kidney infection", "kidney disorder"):
        resolver.add(label)
    resolver.finish()
    topic = resolver.resolve("kidney disease")
    assert resolver.resolve("kidney") != topic
    assert resolver.resolve("kidney infection") != topic


def test_two_vessel_sites_of_one_thing_stay_apart_from_it() -> None:
    """With a coronary and a renal artery bulge both named, a bare "bulge" is neither."""
    names = ("coronary artery bulge", "renal artery bulge", "bulge")
    resolver = Resolver()
    for label in names:
        resolver.add(label)
    resolver.finish()
    assert len({resolver.resolve(x) for x in names}) == 3


def test_an_other_name_of_the_topic_without_its_kind_word_is_the_topic() -> None:
    """With "tarn disease" another name of the topic, "tarn syndrome" is the topic too."""
    resolver = Resolver()
    resolver.set_topic("grebble fever", ["tarn disease"])
    for label in ("tarn syndrome", "tarn", "grebble"):
        resolver.add(label)
    resolver.finish()
    topic = resolver.resolve("grebble fever")
    assert resolver.resolve("tarn syndrome") == topic
    assert resolver.resolve("tarn") == topic
    assert resolver.resolve("grebble") != topic  # "fever" is no kind word


def test_an_infection_with_a_germ_the_pages_call_a_germ_is_the_germ() -> None:
    """"vorl infection" is vorl when pages speak of "vorl bacteria"; a species name is a germ."""
    resolver = Resolver()
    for label in ("vorl", "vorl bacteria", "vorl infection", "Quentella vorlaxii",
                  "Quentella vorlaxii infection", "wound", "wound infection"):
        resolver.add(label)
    resolver.finish()
    assert resolver.resolve("vorl infection") == resolver.resolve("vorl")
    assert resolver.resolve("Quentella vorlaxii infection") == \
        resolver.resolve("Quentella vorlaxii")
    assert resolver.resolve("wound infection") != resolver.resolve("wound")


def test_a_page_spelling_the_topic_the_other_way_is_about_the_topic(tmp_path: Path) -> None:
    """British and American spellings ("-ising" / "-izing", "haem" / "hem") name one topic."""
    cs = _corpus(tmp_path, {
        "a": "Grebbilising haemal fever\n\nGrebbilising haemal fever causes a rash.\n",
        "b": "Grebbilizing hemal fever\n\nGrebbilizing hemal fever causes joint pain.\n",
    }, topic="Grebbilizing hemal fever")
    signs = {(cs.label(c.subject), cs.label(c.object)) for c in cs.claims
             if c.predicate == "has_symptom"}
    assert signs == {("grebbilizing hemal fever", "rash"),
                     ("grebbilizing hemal fever", "joint pain")}


def test_pages_spelling_the_topic_two_ways_share_one_node(tmp_path: Path) -> None:
    """Without a manifest topic, the pages' two spellings still make one topic node."""
    cs = _corpus(tmp_path, {
        "a": "Grebbilising fever\n\nGrebbilising fever causes a rash.\n",
        "b": "Grebbilizing fever\n\nGrebbilizing fever causes joint pain.\n",
        "c": "Grebbilizing fever\n\nGrebbilizing fever causes a cough.\n",
    })
    subjects = {cs.label(c.subject) for c in cs.claims if c.predicate == "has_symptom"}
    assert subjects == {"grebbilizing fever"}


def test_the_rules_read_the_topic_without_its_kind_word(tmp_path: Path) -> None:
    """"Grebble shock causes a cough" and "The syndrome causes joint pain" are the topic's signs."""
    cs = _corpus(tmp_path, {
        "a": "Grebble shock syndrome\n\nGrebble shock causes a cough.\n"
             "The syndrome causes joint pain.\n",
    }, topic="Grebble shock syndrome")
    said = {(cs.label(c.subject), c.predicate, cs.label(c.object)) for c in cs.claims}
    assert said == {("grebble shock syndrome", "has_symptom", "cough"),
                    ("grebble shock syndrome", "has_symptom", "joint pain")}


def test_a_thing_named_with_the_topic_in_front_is_the_thing() -> None:
    """In a run about "grebble disease", "grebble arthritis" is the arthritis the pages name."""
    resolver = Resolver()
    resolver.set_topic("grebble disease")
    for label in ("grebble arthritis", "arthritis", "grebble infection", "infection",
                  "grebble type 2 rash", "rash"):
        resolver.add(label)
    resolver.finish()
    assert resolver.resolve("grebble arthritis") == resolver.resolve("arthritis")
    assert resolver.label(resolver._canon(label_key("arthritis"))) == "grebble arthritis"
    assert resolver.resolve("arthritis") != resolver.resolve("grebble disease")
    assert resolver.resolve("grebble infection") != resolver.resolve("infection")
    assert resolver.resolve("grebble type 2 rash") != resolver.resolve("rash")


@pytest.mark.parametrize("text", [
    "Grebble fever (GF; also called tarn fever) is rare.",
    "Grebble fever (GF, for short) is rare.",
    "Grebble fever (also known as GF) is rare.",
    "Grebble fever [GF] is rare.",
    "Most of it is grebble fever, or GF, in the end.",
])
def test_an_abbreviation_defined_in_other_brackets_is_found(text: str) -> None:
    """A short form in square brackets, after "or", or first in a longer bracket is defined."""
    from claimgraph.ingest.abbreviations import find_abbreviations

    assert [(long.lower(), short) for long, short in find_abbreviations(text)] == [
        ("grebble fever", "GF")]


@pytest.mark.parametrize("text", ["A fever, or Chills, may come first.",
                                  "It causes a rash, itching, or tingling."])
def test_a_list_with_or_defines_no_abbreviation(text: str) -> None:
    """", or Chills," is one more item of a list, not a short form."""
    from claimgraph.ingest.abbreviations import find_abbreviations

    assert list(find_abbreviations(text)) == []


def test_a_bare_name_on_one_page_is_the_one_kind_another_page_names(tmp_path: Path) -> None:
    """"tape" on one page, "surgical tape" on another: one; "tape ... surgical tape": two."""
    (tmp_path / "across").mkdir()
    (tmp_path / "within").mkdir()
    across = _corpus(tmp_path / "across", {
        "a": "Grebble fever\n\nTreatment\nGrebble fever is treated with surgical tape.\n",
        "b": "Grebble fever\n\nTreatment\nGrebble fever is treated with tape.\n",
    }, topic="Grebble fever")
    assert {across.label(c.subject) for c in across.claims if c.predicate == "used_for"} == {
        "surgical tape"}
    within = _corpus(tmp_path / "within", {
        "a": "Grebble fever\n\nTreatment\nGrebble fever is treated with tape. "
             "Grebble fever is treated with surgical tape.\n",
    }, topic="Grebble fever")
    assert len({c.subject for c in within.claims if c.predicate == "used_for"}) == 2


def test_the_one_kind_of_a_thing_the_pages_name_by_another_name_is_that_thing() -> None:
    """"painful lumps" on one page is the "lumps under the skin" another page names."""
    resolver = Resolver()
    for page in (["painful lumps", "fever"], ["lumps under the skin", "fever"]):
        for label in page:
            resolver.add(label)
        resolver.add_page(page)
    resolver.finish()
    assert resolver.resolve("painful lumps") == resolver.resolve("lumps under the skin")
    assert resolver.resolve("fever") != resolver.resolve("painful lumps")


def test_an_abbreviation_inside_a_longer_name_is_its_long_form() -> None:
    """With QVG and GSS defined, "QVG resistance" and "menstrual GSS" are their spelled names."""
    resolver = Resolver()
    resolver.set_topic("grebble shock syndrome", ["GSS"])
    resolver.learn_abbreviations("Doctors give quorbic vexin globulin (QVG) early.")
    names = ("QVG", "quorbic vexin globulin", "QVG treatment", "QVG resistance",
             "resistance to quorbic vexin globulin", "menstrual GSS",
             "menstrual grebble shock syndrome")
    for label in names:
        resolver.add(label)
    resolver.finish()
    assert resolver.resolve("QVG treatment") == resolver.resolve("quorbic vexin globulin") \
        == "quorbic-vexin-globulin"
    assert resolver.resolve("QVG resistance") == resolver.resolve(
        "resistance to quorbic vexin globulin") != resolver.resolve("QVG")
    assert resolver.resolve("menstrual GSS") == "menstrual-grebble-shock-syndrome"


def test_a_cut_genus_with_two_species_named_is_neither() -> None:
    """"quent" beside "Quentellus vorlaxii" and "Quentellus morvaxii" stays a name of its own."""
    names = ("quent", "Quentellus vorlaxii", "Quentellus morvaxii")
    resolver = Resolver()
    for label in names:
        resolver.add(label)
    resolver.finish()
    assert len({resolver.resolve(x) for x in names}) == 3


@pytest.mark.parametrize("text", [
    "Grebble fever, or tarn disease, is rare.",
    "Grebble fever - also known as tarn disease - is rare.",
    "Grebble fever, sometimes referred to as tarn disease, is rare.",
    "Grebble fever, otherwise known as tarn disease, is rare.",
    "Grebble fever, also termed tarn disease, is rare.",
    "Grebble fever, aka tarn disease, is rare.",
    "Grebble fever, formerly called tarn disease, is rare.",
])
def test_other_wordings_give_the_topic_another_name(text: str) -> None:
    """Each way a page says the topic's other name gives that name."""
    from claimgraph.ingest.topic import other_names

    assert other_names(text, "grebble fever") == ["tarn disease"]


@pytest.mark.parametrize("text", ["It follows grebble fever, or a cold, in most people.",
                                  "It follows grebble fever, or tarn fever, in most people.",
                                  "Grebble fever, or a cold, can start it."])
def test_an_alternative_after_or_is_no_other_name(text: str) -> None:
    """"X, or Y," names the topic twice only when a sentence opens with it and Y has no article."""
    from claimgraph.ingest.topic import other_names

    assert other_names(text, "grebble fever") == []


@pytest.mark.parametrize("text", ["A rash - also known as erythema spot - appears early.",
                                  "A rash, otherwise known as erythema spot, appears early.",
                                  "A rash, aka erythema spot, appears early."])
def test_other_wordings_of_another_name_are_read(text: str) -> None:
    """A dash-closed "also known as", "otherwise known as" and "aka" give a second name."""
    from claimgraph.ingest.abbreviations import find_other_names

    assert list(find_other_names(text)) == [(["A", "rash"], ["erythema", "spot"])]


def test_an_alternative_in_brackets_is_no_other_name() -> None:
    """"quorlacin (or blorpamycin)" offers a second medicine, not a second name."""
    from claimgraph.ingest.abbreviations import find_other_names

    assert list(find_other_names("Take quorlacin (or blorpamycin) twice a day.")) == []


def test_a_germ_is_named_by_its_species_not_its_cut_genus() -> None:
    """"quent" and "Quentellus vorlaxii" are one germ, shown by its full name."""
    resolver = Resolver()
    for label in ("quent", "Quentellus vorlaxii"):
        resolver.add(label)
    resolver.finish()
    assert resolver.resolve("quent") == "quentellus-vorlaxii"
