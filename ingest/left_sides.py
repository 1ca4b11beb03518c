"""Where the left side of a relation phrase starts, read back from the phrase.

"People who regularly use steroids are more likely to get it": the side is "people who
regularly use steroids", not the whole sentence before "more likely".  :func:`left_side`
cuts at clause openers ("because", "it is thought that", a verb of the main clause),
drops trailing modal and hedge words, and keeps a class named with its examples.
"""

from __future__ import annotations

from functools import lru_cache

from claimgraph.ingest import re_cache as re

from . import caseless, phrases as pc
from .normalize import all_lemmas

GERUND = re.compile(r"^\s*\w+ing\b", re.IGNORECASE)
# ("Moving about as soon as possible after surgery lowers the risk": when to do it, too)
_WHEN_WORDS = re.compile(r"\s*(?:when|while|whilst|if|before|after|as (?:soon|early|quickly) as)"
                         r"\s", re.I)
# ("people who are obese", "those that have had it": a relative clause's "are" or "have" is
# the people's own, no clause before the subject; "who receive X" names what they receive.)
_OPENER = re.compile(
    r"(?:^|,\s+|\s)(?<!such\s)(?:(?:it's|it is|it was) (?:thought|believed|suspected|likely|"
    r"possible|known|said)|(?:found|shown|thought|believed|known|said|seems?|appears?|is|are|was|"
    r"means|suggests?|risk|chance|possible|likely) that|whether|if|when|because|since|while|"
    r"whilst|whereas|although|though|so|besides|as|(?<=,\s)but|(?<=^)but|(?<=^\s)but|"
    r"(?<=^)once|(?<=^\s)once|"
    r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bhaving\s)(?:is|are|was|were|have|has|had)|take|takes|"
    r"taking|get|gets|"
    r"use|uses|receive|receives|"
    r"received|receiving|"
    # ("women who have recently given birth": a verb's participle, no opener)
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\brecently\s)(?<!\bjust\s)given|"
    r"prescribe|prescribed|prescribes|"
    r"(?<=\w\s)follow|(?<=\w\s)follows)\s+"  # "Hospitals follow strict rules": the rules
    # (a noun's "use" before "and": "alcohol use and smoking" opens no clause)
    r"(?!(?:and|or|nor|of|in|is|are|was|were|has|have|can|may|might|could|will|would|"
    r"should|also)\b)", re.IGNORECASE)
# A noun phrase of one to three words opening the words before a participle: "Antibiotics
# given after a bite" (a reduced relative clause: the participle is no opener).
_REDUCED_RELATIVE_HEAD = re.compile(r"\s*[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,2}\s*", re.I)
# A name given between commas: ", called an eschar,".
_CALLED_ASIDE = re.compile(r",\s+(?P<c>(?:called|known as)\s+[\w' -]{2,40}?),\s*$", re.I)
_WHO_USE_END = re.compile(rf"\b{pc.PEOPLE_WORDS}\s+who\s+(?:regularly\s+|often\s+|currently\s+)?"
                          r"uses?\s+[\w-]+(?:\s[\w-]+)?$", re.IGNORECASE)
_WHO_USE_WORDS = ("who",)
_WHOSE_END = re.compile(rf"\b{pc.PEOPLE_WORDS}\s+whose\s+[\w -]+$", re.IGNORECASE)
# "X is the main treatment and (works by ...)": X, the remedy the next verb is said of.
_CARE_AND = re.compile(r"^(?P<x>[\w' -]{1,60}?)\s+(?:is|are)\s+(?:the |a |an |one of the )?"
                       r"(?:main|usual|standard|first-line|best|preferred|recommended|most common)"
                       r"\s+(?:treatments?|therap(?:y|ies)|options?)\s+and\s*$", re.IGNORECASE)
_COPULA = re.compile(r"^([\w' -]{1,60}?)\s+(?:is|are)\s+(?:a|an)\s+[^,]*$", re.IGNORECASE)
TRAILING = re.compile(r"\s*\b(?:that|which|who|may|might|can|could|will|would|should|also|"
                      r"often|usually|typically|commonly|do|does|to|be|been|and|or|is|are|was|"
                      r"were|not|never|isn't|aren't|wasn't|weren't|cannot|can't|won't|doesn't|"
                      r"don't|didn't|generally|mostly|mainly|rarely|has|have|had|all|both|"
                      r"(?:thought|believed|said|known|considered|likely|seen|found|shown|"
                      r"suggested|reported|proposed)|"
                      r"appears?|seems?|tends?|eventually|gradually|slowly|ultimately|"
                      r"progressively|over time|in time)\s*$",
                      re.IGNORECASE)
# The words the two patterns around here end in (see caseless.ends_without).
_TRAILING_WORDS = ("that", "which", "who", "may", "might", "can", "could", "will", "would",
                   "should", "also", "often", "usually", "typically", "commonly", "do", "does",
                   "to", "be", "been", "and", "or", "is", "are", "was", "were", "not", "never",
                   "isn't", "aren't", "wasn't", "weren't", "cannot", "can't", "won't", "doesn't",
                   "don't", "didn't", "generally", "mostly", "mainly", "rarely", "has", "have",
                   "had", "all", "both", "thought", "believed", "said", "known", "considered",
                   "likely", "seen", "found", "shown", "suggested", "reported", "proposed",
                   "appear", "appears", "seem", "seems",
                   "tend", "tends",
                   # a chain's pace: "X gradually causes Y", "X eventually leads to Y"
                   "eventually", "gradually", "slowly", "ultimately", "progressively", "time")
_LEFT_ADVERBS = re.compile(r"\s+(?:probably|possibly|mostly|mainly|likely|usually|often|"
                           r"sometimes|generally|commonly|thought to be|believed to be|"
                           r"most likely|primarily|typically|predominantly|chiefly|largely|"
                           r"particularly|especially|frequently|most often|more often|"
                           r"altogether|completely|entirely)$",
                           re.IGNORECASE)
_LEFT_ADVERB_WORDS = ("probably", "possibly", "mostly", "mainly", "likely", "usually", "often",
                      "sometimes", "generally", "commonly", "thought to be", "believed to be",
                      "primarily", "typically", "predominantly", "chiefly", "largely",
                      "particularly", "especially", "frequently", "altogether", "completely",
                      "entirely")
# "A and B, as well as C": one list of subjects.
_AS_WELL_AS = re.compile(r"\s*,?\s+(?:as well as|along with|together with|combined with|"
                         r"in combination with)\s+", re.I)
# "Fortunately, X ...": a word about the whole sentence, not part of its subject.
_SENTENCE_ADVERB = re.compile(r"^(?:[a-z]+ly|however|therefore|thus|also|"
                              r"additionally|in addition|importantly|generally|typically|usually|"
                              r"often|sometimes|currently|today|overall|finally|in general|"
                              r"in most cases|in some cases|in rare cases|rarely|occasionally),"
                              r"\s*", re.IGNORECASE)
# "..., where it" / "... to the skin where they": the pronoun is the clause's subject (the
# germ or the illness the sentence is about), whatever place the sentence named.
_WHERE_PRONOUN = re.compile(r"(?:^|,\s*|\s)(?:where|whereupon|at which point)\s+(?P<p>it|they)"
                            r"(?:\s+(?:then|often|usually|also|soon|later|can|may|might))*$",
                            re.IGNORECASE)
# "In some people the condition causes X" (no comma): who it happens in, then the subject.
_IN_SOME_LEAD = re.compile(r"^(?:in|among) (?:some|many|most|rare|a few|a minority of|a small "
                           r"number of|severe|serious|untreated|older|younger) (?:people|patients|"
                           r"cases|children|adults|instances)\s+(?=(?:the|this|it|its|they|these)"
                           r"\b)", re.IGNORECASE)
_IT_IS = re.compile(r"\b(it|this|that)(?:'s| is| was)$", re.IGNORECASE)
_IT_IS_WORDS = tuple(a + b for a in ("it", "this", "that") for b in ("'s", " is", " was"))
# "(While ..., ) it is found that people with X are ...": what was found is about the people.
_FOUND_THAT = re.compile(r"^.*?\b(?:it is|it's|it has been|studies have|research has|evidence has|"
                         r"doctors have)\s+(?:(?:also|often|now|been|generally|widely|usually)\s+)*"
                         r"(?:found|known|thought|believed|shown|suggested|reported|observed|noted|"
                         r"accepted|agreed|assumed|recogni[sz]ed)\s+that\s+"
                         # "Most experts agree that", "Doctors believe that", "Scientists suspect"
                         r"|^.*?\b(?:experts?|doctors?|scientists?|researchers?|specialists?|"
                         r"clinicians?)\s+(?:(?:now|generally|mostly|largely|also|often)\s+)*"
                         r"(?:agree|think|believe|suspect|say|report|suggest|accept)s?\s+(?:that\s+)?",
                         re.I)
# A clause that reports what the one before shows: ", suggesting that ...".
SUGGESTING = r"(?:suggesting|showing|meaning|indicating|implying)"
# "Results confirm that X", "there's a risk that X": a frame around the clause's own subject.
_REPORT_THAT = re.compile(r"^.*?\b(?:(?:studies|results|research|data|findings|evidence|trials?|"
                          r"reviews?)\s+(?:\w+ly\s+)?(?:shows?|showed|suggests?|suggested|confirms?|"
                          r"confirmed|indicates?|indicated|demonstrates?|demonstrated)|"
                          r"there(?: is|'s) (?:an? )?(?:(?:small|slight|high|higher|real) )?"
                          r"(?:risk|chance|possibility|danger)|"
                          # "..., suggesting that genetics plays a role": what it suggests
                          rf",?\s*{SUGGESTING}|"
                          # "There's (good) evidence that removing dead tissue improves ..."
                          r"there(?: is|'s) (?:some |good |strong |growing |clear |no |"
                          r"little |not enough |insufficient |no good |no clear |no strong )?"
                          r"(?:evidence|proof)|there(?: is|'s) (?:little|no) doubt|"
                          # ("There is no | good evidence that X": a frame cut by "no")
                          r"^\s*(?:good |clear |strong |convincing |reliable |scientific )?"
                          r"(?:evidence|proof))"
                          r"\s+that\s+", re.I)
# "Skin injuries, including cuts, burns, and wounds": a class and its members before a verb.
_CLASS_AND_EXAMPLES = re.compile(r"^(?P<head>[^,;:()]{2,50}),\s+(?P<kw>including|such as|like|"
                                 r"e\.g\.)\s+(?P<list>[^;:()]+?(?:,? (?:and|or) [^,;:()]+))$",
                                 re.IGNORECASE)
# "People with X, including those taking Y": a group of people, then some of them; both
# name factors (the verbs inside the example are no openers).
_GROUP_AND_EXAMPLE = re.compile(r"^(?P<head>(?:people|those|adults|children|patients|anyone|"
                                r"individuals) [^,;:()]{2,60}),\s+(?P<rest>(?:including|such as|"
                                r"like|especially|particularly) (?:those|people|anyone|patients|"
                                r"children|adults)\b[^,;:()]{2,80})$", re.IGNORECASE)
# "X, a germ that lives on the skin, causes ...": the subject before a noun phrase in commas.
_SUBJECT_APPOSITIVE = re.compile(r"^\s*(?P<np>[^,;:()]{2,60}?),\s+(?:an?|the|one of the|one)\s"
                                 r"[^,;:()]{2,120},\s*$", re.IGNORECASE)
# A line's label before a colon ("Genetic factors: ..."): a heading of the line, no subject.
_LABEL_LEAD = re.compile(r"^[A-Z][\w' -]{2,40}:\s+\S")
# "Blunt trauma, even without a cut, may ...", "Surgery, however, can ...": an aside in commas
# between the subject and its verb says nothing of what the subject is.
_SUBJECT_ASIDE = re.compile(r"^\s*(?P<np>[^,;:()]{2,60}?),\s+(?:even|however|though|too|whether|"
                            r"at times|in (?:some|rare|many) cases|on (?:its|their) own|"
                            # "Eye inflammation, if not treated, can lead to X": the inflammation
                            r"if (?:it is |they are |it's |left )?(?:not |un)treated|"
                            r"if (?:left )?untreated|without (?:prompt |early )?treatment|"
                            r"if (?:severe|serious|not caught early)|"
                            # "The finger test, in which a cut is made, may": what it is
                            r"(?:in|during|by|through|with) which|which|where|whereby|"
                            # "Swollen legs, often following surgery, have been linked": the legs
                            r"(?:(?:often|usually|sometimes|typically|commonly|mostly) )?"
                            r"(?:following|after))\b"
                            r"[^,;:()]{0,60},\s*(?:(?:have|has|had|is|are|was|were)\s*)?$",
                            re.IGNORECASE)
# "Bacteria called X, found in warm seawater, can also cause it": where the subject lives,
# in commas before its verb (a modal may come first), says nothing of what it is.
_SUBJECT_WHERE_FOUND = re.compile(
    r"^\s*(?P<np>[^,;:()]{2,60}?),\s+(?:(?:often|usually|sometimes|typically|commonly|mostly|"
    r"mainly|normally) )?(?:found|living|present|carried) (?:in|on|by)\b[^,;:()]{0,60},\s*"
    r"(?:(?:have|has|had|is|are|was|were|can|may|might|could|will|also|often|sometimes)\s*)*$",
    re.IGNORECASE)
# "X, where the fingers go numb, contract and change colour, is ...": a clause about X in
# commas, with commas of its own (a list of what happens), before X's verb.
_WHERE_ASIDE = re.compile(r"^\s*(?P<np>[^,;:()]{2,60}?),\s+(?:where|which|in which|whereby|"
                          r"when)\b[^;:()]{0,160},\s*(?:(?:is|are|was|were|has|have)\s*)?$",
                          re.IGNORECASE)
# "A, B and C" before an example in brackets: a list of short names, read whole.
_LIST_BEFORE_EXAMPLE = re.compile(r"^[^,;:()]{1,60}(?:, [^,;:()]{1,60})*,? (?:and|or) "
                                  r"[^,;:()]{1,60}$", re.IGNORECASE)


# Openers of a clause that ends at a comma before the main one ("when organs fail, X ...").
_SUBORDINATE = frozenset({"when", "while", "whilst", "although", "though", "because", "since",
                          "whereas"})


def _after_subordinate_clause(text: str) -> str:
    """Return the main clause's words after "when organs fail, ": the subordinate clause ends
    at its first comma when it ends in a verb ("fail"), so it names no thing of its own."""
    clause, rest = text.split(", ", 1)
    words = clause.split()
    if len(words) >= 2 and "VERB" in all_lemmas(words[-1].lower()) and not any(
            w.lower() in ("and", "or") for w in words):
        return rest
    return text


# A clause joined after a comma ("..., and delay in surgery"), and a finite verb of a main
# clause before it (not one of a "who"/"that" clause, which lists may hold; and with no
# comma between the verb and the joint: "Signs include A, B, and C" is one list).
_AND_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?P<rest>[^,]+)$", re.I)
_MAIN_VERB = re.compile(r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:is|are|was|were|remains?|"
                        r"has|have|had|can|may|might|will|would|should|must|includes?|causes?|"
                        r"leads?|increases|decreases|rises|falls|occurs|varies|depends|"
                        # ("the fever comes and goes for months, and severe anaemia can develop")
                        r"comes|goes|fades|spreads|appears|develops|starts|begins|settles|"
                        r"clears|improves|worsens|lasts|continues|returns|subsides|resolves)\b",
                        re.I)


# "A and B are the foods": the members, the class after "are the" only says what they are.
_ARE_THE_KIND = re.compile(r"(?P<x>.+?)\s+(?:are|is)\s+the\s+(?:[\w-]+\s+){0,2}?(?:foods?|"
                           r"drinks?|things?|ones?|activities|jobs?|medicines?|drugs?|germs?|"
                           r"animals?|places?|groups?|settings?)", re.IGNORECASE)


# A list of subjects whose last member carries its own "if": "A, and B if you do C,".
_MEMBER_IF = re.compile(r"^(?P<np>[^,;]{2,60},\s*(?:and|or)\s+[^,;]{2,60}?)\s+if\s+(?:you|they|"
                        r"people|someone|a person)\s+[^,;]{2,60},\s*$", re.IGNORECASE)


@lru_cache(maxsize=65_536)
def left_side(text: str) -> str:
    """Return the noun phrase just before a relation phrase (memoised, as phrases are).

    "For some people, the buildup" → "the buildup"; "it is found that people
    with X" → "people with X"; "drugs that" → "drugs"; a list ("A, B, and C")
    is kept whole.
    """
    prev = None
    if "(" in text and ")" in text:  # "A biopsy (taking a sample via needle, tube or surgery)"
        text = pc.strip_parens(text)  # a gloss's commas cut no clause
    if ", called " in text or ", known as " in text:
        # "A dark scab, called an eschar, (often forms)": the name, no list of two things
        # (an aside before more members, ", called X, painful lumps and ...", is the list's)
        text = _CALLED_ASIDE.sub(r" \g<c>", text)
    if " as well as " in text or " with " in text:
        # "A and B, as well as C,", "Surgery, along with antibiotics,": one list of subjects
        text = _AS_WELL_AS.sub(" and ", text)
    appositive = _SUBJECT_APPOSITIVE.match(text) if text.count(",") == 2 else None
    if appositive is not None:  # "X, a germ that lives on the skin, causes": X
        return left_side(appositive.group("np"))
    aside = (_SUBJECT_ASIDE.match(text) or _SUBJECT_WHERE_FOUND.match(text)) \
        if text.count(",") == 2 else None
    if aside is not None:  # "Blunt trauma, even without a cut, may": the trauma
        return left_side(aside.group("np"))
    where = _WHERE_ASIDE.match(text) if text.count(",") > 2 else None
    if where is not None:  # "Zorby fingers, where the tips go numb, turn white, ...,"
        return left_side(where.group("np"))
    if " if " in text:
        member_if = _MEMBER_IF.match(text)
        if member_if is not None:
            # "Not smoking, and wearing a mask if you work with dust, may": the members
            # (the "if" says when the last one holds, it is no clause of its own)
            return left_side(member_if.group("np"))
    text = text.strip(" ,")
    if " are the " in text or " is the " in text:
        named = _ARE_THE_KIND.fullmatch(text)
        if named is not None:  # "A, B and C are the foods (most often linked to it)": A, B, C
            text = named["x"]
    if ": " in text and _LABEL_LEAD.match(text):
        # "Environmental factors: certain triggers can ...": the clause after the label
        text = text.split(": ", 1)[1]
    if " \u2013 " in text or " \u2014 " in text:
        # "loss of limbs \u2013 amputation is sometimes needed": the clause after the dash
        text = re.split(r" [\u2013\u2014] ", text)[-1]
    if " it" in text or " they" in text:
        where = _WHERE_PRONOUN.search(text)
        if where is not None:  # "The germ travels to the skin, where it causes X": it
            return where.group("p")
    if text[:3].lower() in ("in ", "amo"):
        text = _IN_SOME_LEAD.sub("", text)
    if " that " in text:  # "it is found that people with X": the people
        text = _REPORT_THAT.sub("", _FOUND_THAT.sub("", text))
    if "," in text:  # every match of _SENTENCE_ADVERB ends in one
        text = _SENTENCE_ADVERB.sub("", text)
    while prev != text and not caseless.ends_without(text, _LEFT_ADVERB_WORDS):
        prev, text = text, _LEFT_ADVERBS.sub("", text)
    if not caseless.lacks(text, _IT_IS_WORDS):
        text = _IT_IS.sub(r"\1", text)
    prev = None
    named_care = _CARE_AND.match(text) if " and" in text else None
    if named_care:  # "Steroid tablets are the main treatment and work by": the tablets
        return named_care.group("x")
    copula = _COPULA.match(text)
    if copula:  # "Shingles is a rash caused by": the rash is the subject itself
        return copula.group(1)
    while prev != text:
        if caseless.ends_without(text, _TRAILING_WORDS):
            break
        prev, text = text, TRAILING.sub("", text)
    examples = _CLASS_AND_EXAMPLES.match(text.strip(' ,')) if ", " in text else None
    if examples is not None:  # "Skin injuries, including cuts, burns and wounds,": all of it
        return f"{examples.group('head')} {examples.group('kw')} {examples.group('list')}"
    group = _GROUP_AND_EXAMPLE.match(text.strip(' ,')) if ", " in text else None
    if group is not None:  # "People with X, including those taking Y,": the group and its own
        return f"{group.group('head')} {group.group('rest')}"
    whose = _WHOSE_END.search(text) if " whose " in text else None
    if whose:  # "people whose spleen has been removed": the verbs are the group's own
        return whose.group(0)
    who_use = None if caseless.lacks(text, _WHO_USE_WORDS) else _WHO_USE_END.search(text)
    if who_use:  # "people who use inhalers": the opener "use" is not where the phrase starts
        return who_use.group(0)
    cut, opener = 0, ""
    for m in _OPENER.finditer(text):
        if cut == 0 and GERUND.match(text) and _WHEN_WORDS.match(text, m.start()):
            # "Using gloves when gardening lowers the risk": the act is the subject, and
            # "when gardening" only says when to do it.
            return text[:m.start()].strip(" ,")
        if cut == 0 and m.end() < len(text.rstrip()) and \
                m.group(0).strip().lower() == "given" and \
                _REDUCED_RELATIVE_HEAD.fullmatch(text, 0, m.start()):
            continue  # "Antibiotics given after a bite do not ...": the antibiotics
        cut = m.end()
        opener = m.group(0).strip(" ,").lower()
    text = text[cut:]
    if " to " in text and ", " in text:
        bare = pc.cut_purpose(text)
        if bare != text and bare.strip() and "," not in bare:
            # "Surgery to repair, replace, or fuse joints (may help)": the care; the list
            # is its purpose's verbs, no members of a list of care
            return bare.strip(" ,")
    if cut and opener in _SUBORDINATE and ", " in text:
        text = _after_subordinate_clause(text)
    clause = _AND_NEW_CLAUSE.search(text) if ", " in text else None
    if clause is not None:
        verb = _MAIN_VERB.search(text, 0, clause.start())
        if verb is not None and "," not in text[verb.end():clause.start()]:
            # "A and B remain the mainstays of care, and delay in surgery": the last
            # clause's own subject, no list with the clause before
            return clause.group("rest").strip(" ,")
    if ", " in text and not re.search(r",? (?:and|or) [^,]+$", text.strip()):
        head, last = text.rsplit(", ", 1)
        if last.lower().startswith(("such as ", "like ", "including ")) and (
                "," not in head or _LIST_BEFORE_EXAMPLE.match(head)):
            # "Antibiotics, such as penicillin,": class and member; "A, B and C (for
            # example after X)": the list with its example, not the example alone.
            return f"{head} {last}"
        return last
    return text
