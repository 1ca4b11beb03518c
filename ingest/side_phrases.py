"""The things one side of a relation phrase names, each as a short noun phrase.

"Diabetes, heart disease or a weak immune system" is three things; "red, dry, cracked lips"
one sign per state; "pain in your legs" leg pain; "stopping smoking" an act, not smoking.
:func:`phrases` splits a side into its members, gives them the words the list shares
(:mod:`claimgraph.ingest.shared_heads`), names signs at their body sites, and drops what
names nothing (a clause, a bare preposition, a generic word).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimgraph.ingest import re_cache as re

from . import patterns as p, phrases as pc
from .care_wordings import REMOVING, name_by_purpose
from .factor_clauses import clause_factor, kin_factor
from .lexicon import FEELINGS, synonym_groups
from .name_fragments import examples_of_anything
from .normalize import label_key as _label_key, noun_lemmas
from .shared_heads import (
    ADJ_SPLIT as _ADJ_SPLIT,
    SIGNS_OF_A_PAIR as _SIGNS_OF_A_PAIR,
    adjective as _adjective,
    at_class_site as _at_class_site,
    share_complement_head as _share_complement_head,
    share_noun as _share_noun,
    share_participle as _share_participle,
)

MAX_WORDS = 8  # a phrase longer than this is a clause, not a name
_STOPPING = re.compile(r"^(?:stopping|stop|avoiding|avoid|switching from|reducing|cutting)\b",
                       re.IGNORECASE)
_STOP_USING = re.compile(r"^(?:stopping|stop|switching from|discontinuing)\b", re.IGNORECASE)
# A member that only names the member before it ("X, called Y, ...").
_CALLED_MEMBER = re.compile(r"^\s*(?:(?P<also>also|often|sometimes) )?(?:called|known as|termed)"
                            r"\s+(?P<name>[^,;()]{2,60}?)\s*$", re.IGNORECASE)
# A member that opens a clause of its own ("..., when part of it breaks off").
_CLAUSE_MEMBER = re.compile(r"^\s*(?:when|whenever|where|because|since|while|whereas)\s",
                            re.IGNORECASE)
_MODAL_LEAD = re.compile(r"^\s*(?:can|may|might|could|will|would|should|must)\s|"
                         # "... and benefits many patients": a second verb of the subject
                         r"^\s*(?:benefits|helps|works|reduces|improves|lowers|relieves|"
                         r"prevents|shortens|protects) (?:many|most|some|all|the|a|an|its|"
                         r"their|your|people|patients)\b"
                         # ("carried by rats and spread through their urine": how it spreads)
                         r"|^\s*(?:spread|passed on|passed|transmitted|caught)\s+(?:through|by|via|"
                         r"to|from)\b", re.IGNORECASE)
_APPOSITIVE = re.compile(r"^(?:a|an)\s+(?:\w+\s+){0,2}?(?:of|for|that|which|used)\b",
                         re.IGNORECASE)
# What people can do, whose trouble a page names: "trouble with memory and concentration".
_FACULTY = re.compile(r"memory|concentration|balance|coordination|speech|speaking|vision|"
                      r"eyesight|sight|hearing|sleep|sleeping|breathing|swallowing|walking|"
                      r"thinking|attention|movement|chewing|eating|learning|mobility|"
                      r"digestion|bladder control|bowel control|growth|development|fertility|mood|"
                      r"behaviou?r", re.I)
_PREPOSITION_FIRST = re.compile(r"(?:in|on|at|into|onto|from|by|within|during|until|around|"
                                r"about|approximately|roughly|after|before|up to)\s", re.I)
# ("... and usually starts between the ages of 40 and 60": the clause's next verb)
_VERB_FIRST = re.compile(r"(?:(?:usually|often|typically|mostly|generally|normally) )?(?:lasts|"
                         r"persists|continues|starts|begins|appears|develops|occurs|peaks|"
                         r"happens|affects|tends)\b", re.I)
# A later member that repeats the preposition before the list ("caused by X or by Y").
# ("after a minor injury or after childbirth": the relation phrase took the first "after")
_SHARED_PREPOSITIONS = r"by|from|through|via|in association with|in connection with"
_REPEATED_PREPOSITION = re.compile(rf"^\s*(?:{_SHARED_PREPOSITIONS}|(?:(?:shortly|soon|just|"
                                   rf"immediately) )?(?:after|following))\s+(?=[a-z])", re.I)
# ... and without "after" when the first member has its own ("pain after eating or after X")
_BY_ONLY = re.compile(rf"^\s*(?:{_SHARED_PREPOSITIONS})\s+(?=[a-z])", re.I)
_OWN_AFTER = re.compile(r"\b(?:after|following)\b", re.I)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A cleaned noun phrase with the level it was stated at."""

    label: str
    level: str | None
    surface: str


def phrases(text: str, *, split: bool = True, people: bool = False) -> list[Phrase]:
    """Return the entity phrases in one side of a relation (lists split, heads kept).

    "conditions such as A, B and C" gives the class and its members;
    adjective-only members ("painful, ischemic and necrotic lesions") are
    modifiers of the last member, not entities of their own.  Memoised:
    pages repeat their phrases ("the rash", "your doctor"), and a side is
    cut the same way wherever it appears.  A new list each call, so callers
    may extend it.  A name of the topic that holds a list's commas or "and"
    (see :func:`set_whole_names`) stays one name.
    """
    names = _whole_names
    if names:
        low = text.lower()
        if any(n in low for n in names):
            return list(_phrases_keeping(text, split, people, names))
    return list(_phrases(text, split, people))


# Names of the topic that hold a list's commas or "and" ("hand, foot and mouth disease"),
# set by the rules for each document: each is one name, never split as a list.
_whole_names: tuple[str, ...] = ()


def set_whole_names(names: tuple[str, ...]) -> None:
    """Keep these names whole in every list read from now on (the page's topic and its other
    names; only those with a comma or an "and" in them matter)."""
    global _whole_names
    _whole_names = tuple(sorted({n.lower() for n in names if ", " in n or " and " in n},
                                key=lambda n: (-len(n), n)))


@lru_cache(maxsize=4096)
def _phrases_keeping(text: str, split: bool, people: bool,
                     names: tuple[str, ...]) -> tuple[Phrase, ...]:
    """Return :func:`_phrases` of ``text`` with each of ``names`` read as one word (a
    stand-in word while the list is split; then the name in each label, and the words as
    written in each surface)."""
    marks: dict[str, tuple[str, str]] = {}  # stand-in: (name, the words as written)
    for i, name in enumerate(names):
        pattern = re.compile(re.escape(name), re.I)
        said = pattern.search(text)
        if said is not None:
            mark = "wholenamez" + "".join(chr(ord("a") + int(d)) for d in str(i))
            text = pattern.sub(mark, text)
            marks[mark] = (name, said.group(0))
    out = []
    for ph in _phrases(text, split, people):
        label, surface = ph.label, ph.surface
        for mark, (name, written) in marks.items():
            label, surface = label.replace(mark, name), surface.replace(mark, written)
        out.append(Phrase(label, ph.level, surface))
    return tuple(out)


def item_states(text: str) -> list[str]:
    """Return the states a list item names with a gerund: "being confused or very sleepy"
    gives confusion and sleepiness, "feeling faint" faintness (none for other words)."""
    m = _ITEM_FEELS.match(text)
    states: list[str] = []
    while m is not None and m.group("adj").lower() in FEELINGS:
        states.append(FEELINGS[m.group("adj").lower()])
        m = AND_STATE.match(text, m.end())
    return states


# "excluding other causes", "ruling out other conditions": how a diagnosis by exclusion
# is made, one means however the page words it.  (The noun may be cut off already:
# "causes" starts a relation phrase of its own.)
_RULE_OUT_MEMBER = re.compile(r"\b(?:excluding|ruling out|rule out|rules out) (?:all |any )?"
                              r"other (?:possible )?(?:causes|conditions|diagnoses|illnesses|"
                              r"diseases)\b", re.I)
_EXCLUDING = re.compile(r"^(?:by )?(?:and )?(?:(?:excluding|ruling out|rule out|rules out|the "
                        r"exclusion of|exclusion of|eliminating) (?:all |any )?(?:other|"
                        r"alternative)(?: (?:possible )?"
                        r"(?:causes|conditions|diagnoses|illnesses|diseases|explanations))?"
                        # "a diagnosis of exclusion": the word alone.
                        r"|exclusion"
                        # "(diagnosed after) other conditions have been ruled out"
                        r"|(?:all )?other (?:possible )?(?:causes|conditions|diagnoses|illnesses|"
                        r"diseases) (?:have been|has been|are|were) (?:ruled out|excluded))"
                        r"\s*[.;]?$", re.I)


# A list's next members brought in as what follows the first: ", followed (within hours) by".
_FOLLOWED_BY = re.compile(r",\s*(?:and\s+)?(?:then\s+|later\s+|often\s+|usually\s+)?followed\s+"
                          r"(?:[\w-]+\s+){0,3}?by\s+(?=\w)", re.I)


# When a sign comes, said after the list of signs ("1-2 weeks after onset"): cut before the
# list is split, so the words it shares ("peeling of the hands and feet") still spread.
_WHEN_TAIL = re.compile(r"\s+" + pc.WHEN_AFTER + r".*$", re.I)


# A sign named with another it comes with: "a painful rash with blisters in one area".
_SIGN_WITH_SIGN = re.compile(r"^(?P<a>.+?)\s+with\s+(?:an?\s+|some\s+)?(?P<b>(?P<w>[\w-]+)"
                             r"\b.*)$", re.I)
# Where the second sign shows, said after it ("in one area"): the first's place too.
_PLACE_TAIL = re.compile(r"\s+(?:in|on|over|across|around|at)\s+(?:an?|one|the|some)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:areas?|parts?|places?|sides?|spots?)\s*[.;]?$",
                         re.I)


def _signs_together(text: str) -> str:
    """Return "A and B" for "A with B" when both name signs ("a painful rash with blisters",
    "fever with chills"): two signs, not one long name; else the text unchanged."""
    if " with " not in text:
        return text
    m = _SIGN_WITH_SIGN.match(text)
    if m is None or not p.SYMPTOM_HEAD.fullmatch(" " + m["a"].split()[-1]) or \
            not p.SYMPTOM_HEAD.fullmatch(" " + m["w"]):
        return text
    return f"{m['a']} and {_PLACE_TAIL.sub('', m['b'])}"


# A "which" clause after a name ("pain which may go on for weeks or years"): what it says
# of the name, not more members of a list.
_WHICH_TAIL = re.compile(r"\s+which\s+(?:can|may|might|will|could|often|usually|sometimes|"
                         r"tends?|lasts?|is|are)\b.*$"
                         # "learning difficulties that may be temporary or permanent": how long
                         r"|\s+that\s+(?:(?:can|may|might|could|will|are|is|often|usually) )*"
                         r"(?:be )?(?:temporary|permanent|short-term|long-term|lifelong|mild|"
                         r"severe|partial|complete|total)\b.*$", re.I)


_BEING_EXPOSED = re.compile(r"^(?:being |getting |having been |becoming )?exposed to ", re.I)
_THERE_BE = re.compile(r"^there (?:(?:may|can|might|could|will|would|often|sometimes|also) )*"
                       r"(?:be|is|are)\s+", re.I)
_HISTORY_LEAD = re.compile(r"^(?:an? |the )?(?:personal |past |previous |prior )?history of "
                           r"(?=[a-z])", re.I)
# A name, a comma, and "a/an" with three or more words and no "and"/"or": a gloss.
_GLOSS_AFTER = re.compile(r"^(?P<x>[\w'-]+(?: [\w'-]+){0,2}),\s+(?:an?)\s+"
                          r"(?![^,;]*\b(?:and|or)\b)(?:[\w'-]+(?: [\w'-]+){2,}|"
                          # ("pneumonia, a lung infection": the class of illness it is)
                          r"(?:[\w'-]+ )?(?:infection|disease|condition|disorder|illness|"
                          r"syndrome))\s*[.;]?\s*$", re.I)


# "perforation of the ": a harm's head and "of", said once for parts named after it.
_OF_PART_LEAD = re.compile(r"^(?:an? |the )?[a-z-]+ of (?:the |your |a )?", re.I)
_CAUSE_LEAD = re.compile(r"^(?:due to|because of|caused by)\s+", re.I)
# "in both children and adults" after a name: who has it, not a second member.
_PEOPLE_PAIR_WORD = (r"(?:children|adults|older adults|infants|babies|men|women|teenagers|"
                     r"adolescents|young people|the elderly|males|females)")
_IN_PEOPLE_PAIR = re.compile(rf"\s+(?:in|among)\s+(?:both\s+)?{_PEOPLE_PAIR_WORD}\s+(?:and|or)\s+"
                             rf"{_PEOPLE_PAIR_WORD}\b", re.I)


# How many of a class a side names, before the class: no member of any list.
_HOW_MANY = re.compile(r"\b(?:at )?least one (?!of\b)", re.IGNORECASE)


_PARTICIPLE_TAIL = re.compile(rf",\s*(?:{pc.PARTICIPLE_CLAUSE}"
                              # ", with infection spreading via the skin": how, no member
                              r"|with\s+(?:the\s+)?[\w-]+\s+[\w-]+ing\b).*$", re.IGNORECASE)
_UNVACCINATED = re.compile(
    r"(?:(?:a )?failure to (?:get |be )?(?:fully )?(?:vaccinated|immuni[sz]ed)|not (?:being|"
    r"getting|having been) (?:fully )?(?:vaccinated|immuni[sz]ed)|(?:being )?unvaccinated|"
    r"(?:a )?lack of (?:vaccination|immuni[sz]ation))\b", re.IGNORECASE)


# A member that names a harm of its own ("scarring of the lungs and heart rhythm problems"):
# no part the first member's harm reaches.
_HARM_TAIL = re.compile(r"\b(?:problems?|issues?|damage|failure|disease|infections?|attacks?|"
                        r"disorders?)$", re.I)


# A germ's adjective with no noun after it names the germ ("group A streptococcal (strep)").
_COCCAL_ALONE = re.compile(r"\b((?:strepto|staphylo|pneumo|meningo|entero|gono))coccal\b"
                           r"(?!\s+(?!(?:or|and|but|is|are|was|can|may)\b)[a-z])", re.I)


# A bare gerund before a gerund with its place: "swimming or wading in lakes".
_LONE_GERUND = re.compile(r"\s*[a-z]+ing\s*", re.IGNORECASE)
_GERUND_PLACE = re.compile(r"\s*[a-z]+ing (?P<tail>(?:in|on|at|near|around) [\w' -]+?)\s*[.;]?\s*$",
                           re.IGNORECASE)


def _share_gerund_place(parts: list[str]) -> list[str]:
    """Give bare gerunds the place of the last member: "swimming or wading in lakes" is
    swimming in lakes too (read apart, "swimming" anywhere would be the risk)."""
    place = _GERUND_PLACE.match(parts[-1])
    if place is None or not all(_LONE_GERUND.fullmatch(x) for x in parts[:-1]):
        return parts
    return [*(f"{x.strip()} {place['tail']}" for x in parts[:-1]), parts[-1]]


@lru_cache(maxsize=65_536)
def _phrases(text: str, split: bool, people: bool) -> tuple[Phrase, ...]:
    """Return :func:`phrases` as a tuple (hashable, shared between calls)."""
    if " whose " in text and kin_factor(text.strip(" .;,")) is not None:
        # "people whose parents or siblings have had it": family history, the kin one group
        return (Phrase("family history", None, text),)
    if split:
        text = pc.drop_when_aside(text)
    text = name_by_purpose(pc.strip_parens(text).strip())
    text = pc.skin_area_states(text)
    if "course" in text:  # "a 2 to 3 week course of X": X (the length is a figure of its own)
        text = _COURSE_LENGTH.sub("a course of", text)
    text = pc.strip_size(text)  # "red nodules 1 to 5 cm across": how big, no part of a name
    if "piece" in text or "bit of" in text:  # "a biopsy of a small piece of artery": of it
        text = _BIOPSY_PIECE.sub(r"\g<b> of the ", text)
    if "coccal" in text:  # "bacteria called group A streptococcal or X": the germ's name
        text = _COCCAL_ALONE.sub(r"\1coccus", text)
    if "vacc" in text or "immuni" in text:
        unvaccinated = _UNVACCINATED.match(text)
        if unvaccinated is not None:
            # "failure to get vaccinated", "not being vaccinated": the lack of it (and "or
            # to keep up to date with boosters" an incomplete course, the same lack)
            return (Phrase("lack of vaccination", None, text),)
    if split and text[:5].lower() == "there":
        # "There may be problems with memory and concentration" as a list item: the problems
        text = _THERE_BE.sub("", text)
    if " one" in text or text[:3].lower() == "one":
        # "at least one underlying condition", "one or more long-term illnesses": how many
        text = _HOW_MANY.sub("", text)
    if "exposed to" in text:
        # "being exposed to dust or chemicals": exposure to each, named as a noun
        text = _BEING_EXPOSED.sub("exposure to ", text)
    if split and "history of" in text:
        # "a history of swelling in the arms and legs": the swelling, in each place
        text = _HISTORY_LEAD.sub("", text)
    if " out other" in text or "excluding other" in text:
        # "the symptoms and rule out other illnesses": a member that is the exclusion
        text = _RULE_OUT_MEMBER.sub("exclusion of other causes", text)
    if _EXCLUDING.match(text):  # "by excluding other causes": a diagnosis by exclusion
        return (Phrase("exclusion of other causes", None, text),)
    if " with " in text or " who " in text:
        kin = kin_factor(text.rstrip(" .;,"))
        if kin is not None:  # "having a parent or sibling with it": family history
            return (Phrase(kin, None, text),)
    if " in " in text or " among " in text:
        text = _IN_PEOPLE_PAIR.sub("", text)  # "death in both children and adults": death
    if " after" in text or " later" in text or " following" in text or " before" in text:
        text = _WHEN_TAIL.sub("", text)  # "... of the hands and feet 1-2 weeks after onset"
    weakens = _WEAKENS_IMMUNITY.match(text) if "immun" in text else None
    if weakens is not None:
        # "conditions that weaken the immune system", "medicines that suppress it": the weak
        # immune system they bring, or the medicine that brings it
        return (Phrase("immunosuppressive medicine" if weakens["drug"] else
                       "weakened immune system", None, text),)
    immune = _IMMUNE_STATE_FROM.match(text) if split and "immun" in text else None
    if immune is not None:  # "a weakened immune system from A, B or C": the state, and each
        state = pc.clean_phrase(immune["state"])
        return (Phrase(state, None, immune["state"]),
                *_phrases(immune["rest"], split, people))
    pair = _SIGNS_OF_A_PAIR.fullmatch(text) if split and " and " in text else None
    if pair is not None and all(map(_adjective, _ADJ_SPLIT.split(pair.group("adjs")))):
        # "swollen and red hands and feet": each state of the pair of parts, one sign.
        parts = pair.group("pair")
        return tuple(Phrase(f"{adj} {parts}", None, text)
                     for adj in _ADJ_SPLIT.split(pair.group("adjs")))
    spread = spread_over_sites(text) if split else None
    if spread:
        return spread
    if not split:
        ex = pc.examples(text)
        if ex is not None and ex[1].strip():
            text = ex[1]
        name = pc.called_name(text)
        # ("Being over 65 years old" is older age: cleaned first, only "old" was left)
        text = name or pc.clean_phrase(clause_factor(text))
        level, rest = pc.level_of(text)
        parts = pc.split_list(pc.cut_clause(rest)) if level else [rest]
    else:
        level = None
        parts = []
        ex = pc.examples(text)
        if ex is not None and ex[1].strip():
            head = pc.split_list(ex[0])
            # ("X, due to factors such as A or B": the class the examples are of, no member)
            parts = [h for h in head if not (h.strip()[:3].lower() in ("due", "bec", "cau")
                                             and pc.is_generic(_CAUSE_LEAD.sub("", h.strip())))]
            members = pc.split_list(pc.cut_purpose(ex[1]))
            # ("foods such as A and B, and medicines such as C": a later class that names
            # nothing by itself stands for its example; a class with a name of its own keeps
            # the member whole)
            members = [m.split(" such as ", 1)[1] if " such as " in m and pc.is_generic(
                pc.clean_phrase(m.split(" such as ", 1)[0])) else m for m in members]
            if head and _STOP_USING.match(head[-1].strip()):
                # "stopping medicines such as X" recommends stopping X, not X
                parts = head[:-1] + [f"{pc.clean_phrase(m)} discontinuation" for m in members]
            elif head and REMOVING.match(head[-1].strip()):
                # "removing the source, such as a splinter": the splinter's removal
                parts = head[:-1] + [f"removal of {pc.clean_phrase(m)}" for m in members]
            elif not (head and _STOPPING.match(head[-1].strip())) and not (
                    head and examples_of_anything(head[-1])):
                # "avoiding foods such as X" does not recommend X; "pain from something
                # harmless, such as cold air" names no sign in the air
                parts += _at_class_site(head[-1] if head else "", members)
        elif (glossed := _GLOSS_AFTER.match(text)) is not None:
            # "sepsis, a serious reaction to infection": the words after the comma say
            # what the name is, no second member
            parts = [glossed.group("x")]
        elif GERUND_PLACE_LIST.match(text):
            # "raising the arm on a pillow or chair": one act; the chair is where, no member
            parts = [pc.cut_purpose(text)]
        else:
            whole = _WHICH_TAIL.sub("", _signs_together(text))
            if "followed" in whole:
                # "severe pain, followed within hours by swelling and redness": more members
                whole = _FOLLOWED_BY.sub(", ", whole)
            if " that " in whole or " which " in whole:
                # "a fungus that grows in soil and rotting wood": where it lives, no members
                whole = _LIVES_IN_TAIL.sub("", whole)
                # "a fever that does not come down with paracetamol or ibuprofen, a rash":
                # the clause's own list, no members of the list it sits in
                whole = _RELATIVE_WITH_LIST.sub("", whole)
            if ", " in whole:
                whole = _PARTICIPLE_TAIL.sub("", whole)  # ", starving the skin of oxygen"
            cut = pc.cut_purpose(whole)
            rest = whole[len(cut):]
            if cut != whole and rest.lstrip().lower().startswith(("to ", "in order to ")) \
                    and ", " in rest:
                # "A, medication to relieve spasms, and B": the purpose is one member's
                # own; the members after it are members still
                parts = [pc.cut_purpose(x) for x in pc.split_list(whole)]
            else:
                parts = pc.split_list(cut)
    if len(parts) >= 2 and _PAIN_LAST.search(parts[-1]):
        # "burning, aching or stabbing pain": each quality names a pain of its own.
        parts = [f"{x.strip()} pain" if _PAIN_QUALITY.fullmatch(x.strip()) else x
                 for x in parts]
    if len(parts) >= 2 and " of " in parts[0]:
        # "perforation of the stomach or intestine wall": each part perforated
        of_part = _OF_PART_LEAD.match(parts[0].strip())
        if of_part is not None and p.ANATOMY.fullmatch(parts[0].strip()[of_part.end():]) and all(
                len(x.split()) <= 3 and " of " not in x and p.ANATOMY.search(x)
                and not p.SYMPTOM_HEAD.search(" " + x) and not _HARM_TAIL.search(x.strip(" .;"))
                for x in parts[1:]):
            parts = [parts[0], *(of_part.group(0) + ARTICLE.sub("", x.strip())
                                 for x in parts[1:])]
    if len(parts) >= 2 and " the " in text:
        parts = _pair_sites_shared(parts)
    if len(parts) >= 2:
        # "by X or by Y": Y, as X.
        # (not "pain after eating or after exercise": there the first member has its own)
        shared = _REPEATED_PREPOSITION if not _OWN_AFTER.search(parts[0]) else _BY_ONLY
        parts = [parts[0], *(shared.sub("", x) for x in parts[1:])]
        parts = _share_complement_head(_share_participle(_share_noun(parts)))
        parts = _share_gerund_place(parts)
        # "causes pain and stiffness in the hips": each sign at the hips.
        parts = signs_at_shared_site(parts, [*parts[:-1], pc.cut_shared_tail(parts[-1])]) \
            or parts
    for i in range(len(parts) - 1, 0, -1):
        called = _CALLED_MEMBER.match(parts[i])
        if called is not None and not _CALLED_MEMBER.match(parts[i - 1]) \
                and len(parts[i - 1].split()) >= 3 and not called.group("also"):
            # "Small bleeds under the nails, called splinter haemorrhages, ...": the name
            # given stands for the description before it ("X, also called Y": X's other
            # name, read elsewhere)
            parts[i - 1:i + 1] = [called.group("name")]
    clause = next((i for i, part in enumerate(parts) if i > 0 and _CLAUSE_MEMBER.match(part)),
                  None)
    if clause is not None:
        # "pulmonary embolism, when part of the clot breaks off and travels to the lungs":
        # a clause on the last name, and the words after it, are no members
        parts = parts[:clause]
    gloss = next((i for i, part in enumerate(parts) if i > 0 and (
        _GLOSS_START.match(part.strip()) or (
            part.strip()[:2].lower() in ("a ", "an") and pc.is_modifier(part.strip()[2:].strip())
            and _GLOSS_START.match(", ".join(x.strip() for x in parts[i:]))))), None)
    if gloss is not None:
        # "X, a chronic, often painful condition that lasts months or years": what comes
        # from the gloss on is what X is, not more members ("years" was read as one).
        parts = parts[:gloss]
    out: list[Phrase] = []
    faculty_trouble = False  # "trouble with memory and concentration": both are troubled
    organ_trouble = False  # "problems with the heart and lungs": both parts
    trouble_at = -2  # "problems with blood pressure and heart rhythm": both (the member's index)
    shared_act = ""
    for i, part in enumerate(parts):
        if 0 < i < len(parts) - 1 and _APPOSITIVE.match(part.strip()) and not \
                parts[i - 1].strip().lower().startswith(("a ", "an ")):
            # "X, a solution of antibodies, and Y": a gloss on X, not a member (but "a high
            # fever, a rash that looks like sunburn, and ...": members alike, each a thing)
            continue
        if _THE_REST.fullmatch(part.strip(" .;,")):
            continue  # "G causes most of the rest" (of the cases): nothing named
        if i and _FIGURE_GLOSS.match(part):
            continue  # "diabetes, present in up to 60 % of cases": how often, no member
        if people:  # "those who are diabetic" → "diabetic", before clauses are cut
            said = part
            part = pc.people_factor(part)
            acted = _GERUND_FIRST.match(part) if i == 0 and " who " in said else None
            if acted is not None:
                shared_act = acted.group(1)  # "people who clean barns, sheds or cabins"
            elif i and shared_act and _BARE_NOUN_MEMBER.fullmatch(said.strip()) and \
                    said.strip() == part.strip():  # ("people with asthma" names its own)
                part = f"{shared_act} {part.strip()}"  # cleaning each
        part = clause_factor(part)  # "having had surgery" is surgery, "being older" older age
        if _MODAL_LEAD.match(part) or part.lstrip().lower().startswith("without "):
            continue  # "..., can cause X": a verb phrase that ran on past the list; ", without
            # blisters" denies a member, never names one
        lv, body = pc.level_of(part.strip())
        label = pc.called_name(body) or _one_site_sign(body) or pc.clean_phrase(body)
        if _FACULTY.fullmatch(label) and (lv == "abnormal" or (faculty_trouble and not lv)):
            # A faculty in trouble is a problem with it: "memory problems".
            faculty_trouble, lv, label = True, None, f"{label.lower()} problems"
        elif (lv == "abnormal" or (organ_trouble and not lv)) and (
                organ := _organ_named(label) or _system_named(label)):
            # "problems with your kidneys"; "problems in the blood vessels, internal organs
            # and digestive tract": each part has them
            organ_trouble, lv, label = True, None, f"{organ} problems"
        elif (lv == "abnormal" and _TROUBLE_WITH.match(part.strip())) or (
                trouble_at == i - 1 == len(parts) - 2 and not lv
                and _BARE_NOUN_MEMBER.fullmatch(part.strip())):
            # "problems with blood pressure and heart rhythm": each has the problems (the
            # last member, right after them, too), not the blood pressure itself
            trouble_at, lv, label = i, None, f"{label} problems"
        if _PREPOSITION_FIRST.match(label) or _VERB_FIRST.match(label):
            continue  # "(often) in large sheets", "lasts more than 5 days": no thing named
        if not label or len(label.split()) > MAX_WORDS or (
                pc.is_generic(label) and _label_key(label) not in synonym_groups()):
            continue  # a name the lexicon knows ("feeling of being unwell") is never generic
        if not re.search(r"[a-zA-Z]{2}", label) or (
                split and not people and pc.is_modifier(label)
                and _label_key(label) not in synonym_groups()):
            continue  # "painful, ischemic and necrotic lesions" (not "an antiviral", a name)
        out.append(Phrase(label, lv or level, part.strip()))
    return tuple(out)


# A member that names the problems with a thing ("problems with blood pressure").
_TROUBLE_WITH = re.compile(r"(?:(?:and|or)\s+)?(?:problems|trouble|issues)\s+with\s", re.I)
# A group's act named as a gerund with its object ("cleaning barns"), and a member after it
# named by a noun alone ("sheds"): the act is done to each.
# (A gerund and a short object only: "spending time in these areas for work" shares its
# phrase with no member after it.)
_GERUND_FIRST = re.compile(r"^\s*([a-z]+ing)\s+(?!(?:and|or|time|in|on|at|for|with|to)\b)"
                           r"[a-z]+(?:\s+(?!(?:in|on|at|for|with|to|of)\b)[a-z]+)?\s*$", re.I)
_BARE_NOUN_MEMBER = re.compile(r"(?:(?:and|or)\s+)?(?:the\s+|their\s+)?[a-z]+(?:\s+[a-z]+)?",
                               re.I)
# A list item that says it with a gerund and no subject: "being confused", "feeling faint".
_ITEM_FEELS = re.compile(r"^\s*(?:being|feeling|becoming|getting|looking)\s+(?:very |extremely |"
                         r"really |quite |unusually )?(?P<adj>[a-z-]+)\b", re.I)
# A second state after the first: "(may feel) dizzy or faint", "(being) confused or sleepy".
AND_STATE = re.compile(r"(?:\s*,\s*(?:and |or )?|\s+(?:and|or)\s+)(?:very |extremely |really |"
                       r"quite |unusually )?(?P<adj>[a-z-]+)\b", re.I)
# An act whose list is inside its place or means: "raising the arm on a pillow or chair".
GERUND_PLACE_LIST = re.compile(
    r"^\s*[a-z]+ing\s+(?:the|an?|your|their|his|her|its|it|them|some)\b[^,;]*?"
    r"\b(?:on|in|with|onto|under|against|over|into)\s+(?:an?\s+|the\s+|"
    r"your\s+)?[\w-]+\s+(?:or|and)\s+(?:an?\s+|the\s+)?(?![a-z]+ing\b)[\w-]+\b(?!\s*,)", re.I)
# A weak immune system and what weakens it, said as one member: "a weakened immune system
# from diabetes, cancer or steroids" (each raises the risk as the state does).
_IMMUNE_STATE_FROM = re.compile(
    r"^\s*(?P<state>(?:an? |the )?(?:(?:weak|weakened|low|lowered|poor|reduced|impaired|"
    r"compromised|suppressed) (?:immune systems?|immunity|immune defen[cs]es)|immunosuppression|"
    r"immunodeficiency|immune suppression)),? (?:(?:for example|for instance|e\.g\.,?|such as|"
    r"say) )?(?:from|due to|caused by|because of|resulting from|as a result of) (?P<rest>\S.*)$",
    re.I)
_BIOPSY_PIECE = re.compile(r"\b(?P<b>biops(?:y|ies)) of (?:an? |some )?(?:(?:very )?(?:small|tiny|"
                           r"little|thin) )?(?:pieces?|bits?|samples?) of (?:the |your )?", re.I)
_COURSE_LENGTH = re.compile(r"\b(?:an? )?(?:\d+|[a-z]+)(?:\s*(?:-|to|–|or)\s*(?:\d+|[a-z]+))?"
                            r"[- ](?:day|week|month)s?(?:-long)? course of\b", re.I)
# (A denied clause only: "that does not come down with A or B"; "bacteria that live in soil
# and water", "X that is caused by A or B" are left to the readers that know them.)
_RELATIVE_WITH_LIST = re.compile(r"\s(?:that|which)\s[^,;()]*?\b(?:does|do|did|will|would|can|"
                                 r"may)(?: not|n't)\s[^,;()]*?\s(?:or|and)\s[^,;()]*", re.I)
# A relative clause of where a thing lives: "(a fungus) that grows in soil and rotting wood".
_LIVES_IN_TAIL = re.compile(r"\s(?:that|which)\s+(?:[a-z]+ly\s+)?(?:lives?|grows?|(?:is|are) "
                            r"(?:commonly |often )?found|thrives?|exists?|breeds?)\s+(?:in|on|"
                            r"at|near|around|inside)\b.*$", re.I)
# Things named by their weakening of the immune system, with nothing else said of them.
_WEAKENS_IMMUNITY = re.compile(
    r"^\s*(?:an? |any |other |some |certain |underlying |chronic |long-term )*(?:(?P<drug>"
    r"medicines?|medications?|drugs?|treatments?|therap(?:y|ies))|conditions?|diseases?|"
    r"illness(?:es)?|disorders?|anything|things?|problems?) (?:that|which) (?:can |may |might |"
    r"also |often )*(?:weaken|weakens|suppress|suppresses|lower|lowers|reduce|reduces|damage|"
    r"damages|impair|impairs|compromise|compromises) (?:the |your |a person's |their |the "
    r"body's |someone's )?(?:immune systems?|immunity|immune defen[cs]es)\s*[.,;]?\s*$",
    re.I)
# "most of the rest", "the remainder": the others of what was counted before, no name.
_THE_REST = re.compile(r"(?:(?:most|many|some|all|much) of )?the (?:rest|remainder)", re.I)
# "diabetes, present in up to 60 % of cases": how often a member is found, no member.
_FIGURE_GLOSS = re.compile(r"\s*(?:present|seen|found|occurring|noted|reported|identified|"
                           r"accounting|responsible)\s+(?:in|for|among)\b", re.I)
# A gloss naming what the thing before it is: "a chronic pain condition", "a type of germ".
# (Not "a family history of the condition": a member, no gloss.)
_GLOSS_START = re.compile(r"^an? (?![\w ]*\bhistory of\b)(?:(?!(?:and|or)\b)[\w-]+,? ){0,4}?"
                          r"(?:condition|disease|illness|disorder|syndrome|"
                          r"type|kind|form|complication|term|name|group|family)\b", re.I)
# "pain in the joints", "redness of the eyes, lips and tongue": a sign, then its site(s).
_SIGN_AT_SITES = re.compile(r"^(?P<n>(?:[\w-]+ ){0,2}[\w-]+) (?:of|in|on|around|affecting) "
                            r"(?P<sites>[\w ,-]+)$", re.I)
# One sense felt in one part, as clinicians name it: "pain in your legs" is leg pain.
_ONE_SITE_SIGN = re.compile(r"^(?:(?:an? |the )?[\w-]+ )?(?:pain|aches?|numbness|tingling|"
                            r"stiffness|swelling|weakness|cramps?|redness|tenderness|itching)\s+"
                            r"(?:in|of)\s+(?:your|the|their|his|her|both)\s", re.I)
_SITE_DET = re.compile(r"^(?:the|your|their|both|one|an?)\s+", re.I)
_SIGN_NOUNS = re.compile(r"(?:pain|aches?|swelling|redness|numbness|tingling|weakness|stiffness|"
                         r"tenderness|itching|peeling|bleeding|rash|sores?|blisters?|spots?|"
                         r"paralysis|inflammation|discolou?ration|burning|cramps?|scarring|"
                         r"scars?|ulcers?|lesions?|necrosis|dryness|irritation|lumps?|bumps?|"
                         r"patches|glands|lymph nodes|desquamation|erythema|o?edema)$", re.I)


# A part in a state, named before the parts it shows at: "peeling skin (on the hands and
# feet)", "dry skin".
_STATE_OF_PART = re.compile(r"(?:peeling|flaking|cracked|cracking|dry|scaly|thickened|blistered|"
                            r"broken|itchy|swollen|red|discolou?red) (?:skin|nails?)", re.I)


def sign_at_sites(text: str) -> tuple[str, list[str]] | None:
    """Return (sign, body sites without "the/your") when a one-word sign is named at sites."""
    m = _SIGN_AT_SITES.match(text)
    if m is None or not (_SIGN_NOUNS.search(m.group("n")) or _STATE_OF_PART.fullmatch(
            m.group("n"))):
        return None
    named = [s.strip() for s in pc.split_list(m.group("sites"))]
    sites = [_SITE_DET.sub("", s) for s in named]
    # "one side of the face" is a site only with its "one" ("side of the face" is none).
    if not sites or not all(p.ANATOMY.fullmatch(s) or p.ANATOMY.fullmatch(n) or (
            i and _LISTED_SITE.fullmatch(s)) for i, (s, n) in enumerate(zip(sites, named,
                                                                             strict=True))):
        return None
    return m.group("n"), sites


# Parts named as sites only after another part in a list ("pain in the neck, back or
# legs"): alone, "back" is rarely a part ("come back").
_LISTED_SITE = re.compile(r"(?:lower |upper )?back|armpits?|underarms?", re.I)


# A sign at one of a pair of parts, the other part listed bare after it ("swelling in the
# hands", "feet").
_SIGN_AT_PART = re.compile(r"^(?P<sign>.+?) (?P<prep>in|on|of) (?:the |your |both )?"
                           r"(?P<part>[a-z]+)\s*$", re.I)


def _pair_sites_shared(parts: list[str]) -> list[str]:
    """Give the bare second part of a pair the sign of the first: in "fever, swelling in the
    hands and feet, and a rash" the feet swell too (split as written, "feet" was a sign)."""
    out = list(parts)
    for i in range(len(out) - 1):
        m = _SIGN_AT_PART.match(out[i].strip())
        if m is not None and pc.PAIRED_PARTS.get(m["part"].lower()) == _SITE_DET.sub(
                "", out[i + 1].strip(" .;:")).lower():
            out[i + 1] = f"{m['sign']} {m['prep']} the {pc.PAIRED_PARTS[m['part'].lower()]}"
    return out


def _one_site_sign(text: str) -> str | None:
    """Return "leg pain" for "pain in your legs", "eye redness" for "redness of the eyes":
    a felt or seen sign at one body part, named as clinicians and most pages name it."""
    if not _ONE_SITE_SIGN.match(text.strip()):
        found = sign_at_sites(text.strip().rstrip(" .;:!")) if " skin " in text or \
            " nail" in text else None
        # "peeling skin on the hands": the state of the part, wherever it shows
        return pc.clean_phrase(found[0]).lower() if found is not None and \
            _STATE_OF_PART.fullmatch(found[0]) else None
    found = sign_at_sites(text.strip().rstrip(" .;:!"))
    if found is None or len(found[1]) != 1 or _SIDE_OF.match(found[1][0]):
        return None
    return _sign_at(found[0], found[1][0])


def _sign_at(sign: str, site: str) -> str:
    """Return a sign named with its body site before it: ("pain", "the legs") -> "leg pain"."""
    *lead, head = pc.clean_phrase(sign).split()
    head = head.lower() if head[:1].isupper() and not lead else head  # "Pain in the neck"
    return " ".join([*lead, site_word(site), head])


def spread_over_sites(text: str) -> tuple[Phrase, ...]:
    """Return one sign per body site it is named at ("redness of the eyes and lips").

    Empty unless the sign is one (pain, redness, swelling ...) and every member
    after "of/in/on" is a body site.
    """
    found = sign_at_sites(text.strip().rstrip(" .;:!"))  # a sentence's or item's stop too
    if found is None or (len(found[1]) < 2 and not _ONE_SITE_SIGN.match(text.strip())
                         and not _STATE_OF_PART.fullmatch(found[0])):
        return ()
    if _GLANDS.search(found[0]):  # "swollen glands in the neck, armpits or groin": one sign
        return (Phrase(pc.clean_phrase(found[0]).lower(), None, text),)
    first = found[0].split(maxsplit=1)
    if (len(first) > 1 and p.ANATOMY.fullmatch(first[0]) and not any(
            site_word(site) == site_word(first[0]) for site in found[1])) \
            or _STATE_OF_PART.fullmatch(found[0]):
        # "skin peeling on the palms and soles", "peeling skin on the hands and feet": one
        # sign, by the part it names
        return (Phrase(pc.clean_phrase(found[0]).lower(), None, text),)
    signs = _ADJ_SPLIT.split(found[0])
    if len(signs) >= 2 and not all(_SIGN_NOUNS.fullmatch(sign) for sign in signs) \
            and _SIGN_NOUNS.fullmatch(signs[-1]) and not all(map(_adjective, signs[:-1])):
        return ()  # "fever and redness of the palms and soles": a list, the last sign's sites
    if len(signs) < 2 or not all(_SIGN_NOUNS.fullmatch(sign) for sign in signs):
        signs = [found[0]]
    # ("redness and swelling of the hands and feet": each sign at each part, not "redness
    # and hand swelling")
    return tuple(Phrase(_sign_at(sign, site), None, text) for sign in signs
                 for site in found[1])


# Glands swell wherever they are: one sign, whichever sites a page lists.
_GLANDS = re.compile(r"\b(?:glands|lymph nodes|nodes)$", re.I)


# "one side of the face" is the face, as the word before a sign ("face weakness").
_SIDE_OF = re.compile(r"^(?:(?:one|either|the (?:left|right)|one or both|both) )?sides? of\s+",
                      re.I)


_NO_S_PLURALS = frozenset({"feet", "teeth"})


def site_word(site: str) -> str:
    """Return a body site as the word before a sign: "the eyes" → "eye", "feet" → "foot"."""
    words = _SITE_DET.sub("", _SIDE_OF.sub("", site.strip())).lower().split()
    # (a plural only: "conjunctiva" is one, its lemma no English word)
    lemma = noun_lemmas(words[-1]) if words[-1].endswith("s") or words[-1] in _NO_S_PLURALS \
        else None
    words[-1] = lemma[0] if lemma else words[-1]
    return " ".join(words)


# What a list's last member says of where it is: " in the joints", " of the skin".
_SITE_TAIL = re.compile(r"^\s+(?:of|in|on|around|affecting) (?:the |your |their |both |one )?"
                        r"[\w -]+$", re.I)


def signs_at_shared_site(members: list[str], trimmed: list[str]) -> list[str] | None:
    """Return each sign with the body site the last one names, or None.

    "pain and swelling in the joints" names joint pain and joint swelling; read
    whole it is one long name no page shares.  Every member must be a sign noun
    (with at most one word before it), so "fever and pain in the back" is left alone.
    """
    if not 2 <= len(members) <= 4:
        return None
    tail = members[-1].rstrip(" .;:")[len(trimmed[-1]):]
    if not _SITE_TAIL.match(tail) or not p.ANATOMY.fullmatch(
            _SITE_DET.sub("", tail.split(None, 1)[1].strip())):
        return None
    signs = [ARTICLE.sub("", x.strip()) for x in trimmed]
    if not all(s and len(s.split()) <= 2 and _SIGN_NOUNS.search(s) for s in signs):
        return None
    return [f"{s}{tail}" for s in signs]


def _organ_named(label: str) -> str | None:
    """Return a body part, or a part's own working ("the heart's rhythm"), as a name's
    first words ("kidney", "heart rhythm"), else None.

    >>> _organ_named("kidneys"), _organ_named("heart's rhythm"), _organ_named("calcium")
    ('kidney', 'heart rhythm', None)
    """
    words = label.replace("'s ", " ").split()
    if not words or len(words) > 2 or not p.ANATOMY.fullmatch(words[0]):
        return None
    if len(words) == 2 and not (label.count("'s ") == 1 or _PART_WORKINGS.fullmatch(words[1])):
        return None
    return " ".join([site_word(words[0]), *words[1:]])


# A body system named in a few words: "blood vessels", "digestive tract", "internal organs".
_SYSTEM = re.compile(r"^(?:(?:blood|lymph|digestive|nervous|immune|urinary|respiratory|"
                     r"internal|reproductive|gastrointestinal)\s+)(?:vessels?|tract|organs?|"
                     r"system|nodes?)$", re.IGNORECASE)


def _system_named(label: str) -> str | None:
    """Return a body system a name is, in the singular ("blood vessel"), else None."""
    if not _SYSTEM.match(label):
        return None
    head, _, last = label.rpartition(" ")
    return f"{head.lower()} {site_word(last.lower())}"


# What a body part does, named after it ("kidney function", "heart rhythm").
_PART_WORKINGS = re.compile(r"function|rhythm|rate|movement|control", re.I)
# Words that say what a pain feels like; in "burning, stabbing or shooting pain" each
# names a pain, not a symptom of its own.
_PAIN_QUALITY = re.compile(r"(?:aching|stabbing|throbbing|burning|shooting|sharp|dull|constant|"
                           r"intermittent|gnawing|cramping|piercing|searing|pricking|"
                           r"electric(?: shock-like)?|severe|mild|deep)", re.I)
_PAIN_LAST = re.compile(r"\bpains?[\s.;:]*$", re.I)
ARTICLE = re.compile(r"^(?:the|your|their|a|an|both|one)\s+", re.I)
