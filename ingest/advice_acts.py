"""Advice written as commands or gerunds, read as the acts it recommends.

A page says what to do ("Wash your hands after touching the rash", "Avoiding dust can
help"); a claim names the act ("hand washing", "avoiding dust").  The wordings that lead
such advice ("The best way to prevent it is ...", "To lower the risk, ...") live here too,
so the relation readers in :mod:`claimgraph.ingest.rules` only ask for the acts.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from . import phrases as pc
from .act_names import act_noun, gerund_parts
from .care_wordings import plain_command
from .normalize import inflection, label_key
from .side_phrases import phrases

# Advice written as a command: "Wash your hands thoroughly after ...", "Never use two at once".
# The verbs a piece of advice starts with; the first tuple's can also start a second
# command in the same sentence ("clean any cuts and cover them"), see advice_acts.
_CHAINED_COMMAND_VERBS = ("wash", "change", "use", "wear", "keep", "take", "drink", "eat",
                          "clean", "cover", "apply", "remove", "check", "limit", "stop",
                          "choose", "store", "replace", "follow", "avoid", "rest", "get",
                          "stay", "seek", "see", "boil", "cook", "protect", "dry", "treat",
                          "quit", "reduce", "maintain", "sleep", "seal", "wet", "disinfect",
                          "block")
_COMMAND_VERBS = (*_CHAINED_COMMAND_VERBS, "exercise", "alternate", "insert", "leave", "read",
                  "vaccinate", "share", "touch", "scratch", "pick", "squeeze", "burst", "handle",
                  "inspect", "trim", "wipe", "moisturise", "moisturize", "spray", "tuck",
                  "consume", "control", "sweep", "vacuum",
                  # ("Raise the affected area on a pillow": care of a swollen part)
                  "raise", "elevate")
_ADVICE = re.compile(
    r"^(?:(?:never|don't|do not|always|try to|remember to|be sure to|make sure you)\s+)?"
    # ("rest and plenty of fluids": two remedies named, no command to rest something)
    rf"(?P<verb>{'|'.join(_COMMAND_VERBS)})\s+(?!(?:and|or|&)\s)(?P<rest>\S.*)$",
    re.IGNORECASE)
# What ends the object of a command; "with the lowest absorbency" is part of it.
_KEPT_WITH = (r"with(?! (?:the |a |an )?(?:lowest|lower|low|least|smallest|highest|higher|high|"
              r"most|more|less)\b)")
_ADVICE_TAIL = re.compile(r"[,;(]|\s+(?:thoroughly|regularly|carefully|properly|daily|often|again|"
                          r"every|each|after|before|when|while|if|at least|at once|at a time|"
                          # ("at dusk", "at night": when, no part of the act's object)
                          r"at (?:dusk|dawn|night|all times|home|work)|outdoors|outside|"
                          r"such as|like|including|"
                          rf"for|as|to|during|until|so|and then|{_KEPT_WITH}|in|on|near|around|"
                          r"straight away|"
                          r"right away|immediately|promptly|quickly)\b", re.IGNORECASE)


# Breaks in the skin pages name one by one ("cuts, grazes and sores"): one thing, a wound,
# so that "clean any cuts" and "clean the ulcers daily" name the same act.
SKIN_BREAK = (r"(?:(?:any|all|every|minor|small|open|fresh|new|the|your|their|skin)\s+)*(?:cuts?|"
              r"grazes?|scrapes?|scratches?|sores?|ulcers?|wounds?|blisters?|burns?|bites?|"
              r"breaks? in (?:the|your) skin|skin (?:injur(?:y|ies)|breaks?))")
_WOUND_ACT = re.compile(
    rf"^(?P<verb>keep|keeping|clean|cleaning|wash|washing|rinse|rinsing|cover|covering|"
    rf"dress|dressing|bandage|bandaging|care for|caring for|look after|looking after|treat|"
    rf"treating|take care of|taking care of|make sure|making sure|ensure|ensuring)\s+"
    rf"{SKIN_BREAK}(?:(?:\s*,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+){SKIN_BREAK})*"
    r"(?P<state>\s+(?:(?:are|is|get|gets|stay|stays) (?:kept |properly )?)?(?:clean|cleaned|"
    r"covered|dry|protected|dressed)\b.*)?(?:\s+(?:promptly|quickly|early|"
    r"straight away|right away|immediately|at once))?\s*$", re.IGNORECASE)
_WOUND_VERB = {"clean": "wound cleaning", "wash": "wound cleaning", "rins": "wound cleaning",
               "cover": "wound covering", "dress": "wound dressing", "banda": "wound covering",
               "car": "wound care", "treat": "wound care", "look": "wound care",
               "keep": "wound care", "tak": "wound care", "mak": "wound care",
               "ensur": "wound care"}


def wound_act(act: str) -> str:
    """Return an act on breaks in the skin by what it does to a wound, else the act.

    >>> wound_act("keep cuts and grazes clean and covered"), wound_act("cleaning ulcers")
    ('wound care', 'wound cleaning')
    >>> wound_act("washing hands")
    'washing hands'
    """
    m = _WOUND_ACT.match(act.strip())
    if m is None or (m.group("verb").lower().startswith(("keep", "mak", "ensur"))
                     and not m.group("state")):
        return act
    low = m.group("verb").lower()
    return next(label for stem, label in _WOUND_VERB.items() if low.startswith(stem))


def advice_label(text: str) -> str | None:
    """Return advice given as a command as the act it names ("washing hands"), or None.

    Acts on breaks in the skin are named as what they do to a wound (:func:`wound_act`).

    >>> advice_label("Wash your hands thoroughly after using the toilet")
    'washing hands'
    >>> advice_label("Never use two plasters at once"), advice_label("Rest")
    ('two plasters', None)
    >>> advice_label("Keep cuts and grazes clean and covered")
    'wound care'
    """
    act = _command_act(text)
    return None if act is None else _named_act(act)


def _named_act(act: str) -> str:
    """Return an act as a reader names it: a wound act by what it does to the wound, "using
    X" or "taking X" as X itself (the thing used or taken is what prevents or treats, as
    "eye drops" do), an act whose verb has a noun of its own by that noun (:func:`act_noun`:
    "changing pads" is pad change)."""
    act = wound_act(act)
    if act.startswith("using "):
        return act.removeprefix("using ")
    if act.startswith("taking ") and not _TAKEN_NO_THING.match(act.removeprefix("taking ")):
        return act.removeprefix("taking ")
    return act_noun(act)


# "Take care", "take time off", "take steps to ...": no thing taken.
_TAKEN_NO_THING = re.compile(r"(?:(?:a |an |the |some |your |extra |regular |frequent )?(?:care|"
                             r"time|steps?|breaks?|part|place|action|precautions?|notice|"
                             r"it|them|this|these|turns?|a look|note)\b)", re.IGNORECASE)


# "Practise good hygiene": the habit itself is the act; "Consider using pads": using them.
_HABIT = re.compile(r"^(?:always\s+)?(?:practi[sc]e|maintain|keep up|follow)\s+(?P<x>(?:good|"
                    r"proper|careful|regular|strict|basic)\s+\S.*)$", re.IGNORECASE)
_CONSIDER = re.compile(r"^\s*(?:consider|think about|try)\s+(?=\w+ing\b)", re.IGNORECASE)
_POINTING = re.compile(r"^(?:these|this|those|the following|our|my)\b", re.IGNORECASE)


def _command_act(text: str, *, whole: bool = True) -> str | None:
    """Return the act a command names, as the page words it ("cleaning cuts"), or None.

    With ``whole``, a command on several breaks in the skin at once is named as one wound
    act ("keep cuts and grazes clean and covered" is wound care).
    """
    text = plain_command(text)
    wound = wound_act(pc.cut_clause(text.strip()).strip(" ."))
    if whole and wound.startswith("wound "):
        return wound  # "make sure any cuts are cleaned and covered"
    habit = _HABIT.match(text.strip())
    if habit is not None:
        return pc.clean_phrase(pc.cut_clause(habit.group("x"))).lower() or None
    if _CONSIDER.match(text):
        acts = gerund_acts(_CONSIDER.sub("", text.strip()))
        return acts[0] if acts else None
    m = _ADVICE.match(text.strip())
    if m is None:
        return None
    verb = m.group("verb").lower()
    looked_for = _CHECKED_FOR.match(m.group("rest")) if verb in _CHECK_VERBS else None
    if looked_for is not None:
        # "Check children for ticks after being outdoors": a tick check, whoever is checked
        return f"{label_key(looked_for['y'])} check"
    wound = wound_act(f"{verb} {pc.cut_clause(m.group('rest')).strip(' .')}")
    if whole and wound.startswith("wound "):
        return wound  # "keep cuts and grazes clean and covered": too long a name otherwise
    done = inflection(verb, "VBG")
    rest = _TAKEN_IN.sub("", m.group("rest")) if verb == "avoid" else m.group("rest")
    tail = _ADVICE_TAIL.search(rest)
    obj = pc.cut_clause(rest[:tail.start()] if tail else rest).strip(" .")
    obj = re.sub(r"\s+(?:needed|required|possible|necessary|(?:that )?(?:you|they) (?:need|"
                 r"can|use))$", "", obj, flags=re.IGNORECASE)
    obj = re.sub(r"^(?:your|the|a|an|their|any|some)\s+", "", obj, flags=re.IGNORECASE)
    if _POINTING.match(obj):
        return None  # "Follow these tips": the tips are the items that follow
    if not obj or len(obj.split()) > 5:
        return None
    return f"{done[0] if done else verb + 'ing'} {obj}".lower()


# "Check (your skin / children) for ticks": what is looked for names the act.
_CHECK_VERBS = frozenset({"check", "inspect", "examine", "search"})
_CHECKED_FOR = re.compile(r"^\s*(?:[\w']+\s+){0,3}?for\s+(?:any\s+)?(?:signs?\s+of\s+)?"
                          r"(?P<y>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:\s+(?:after|before|when|"
                          r"every|daily|each|regularly|at|on|if|once)\b.*)?\s*[.;]?\s*$", re.I)


# "Keep up to date with vaccines", "stay up to date with your jabs": being vaccinated.
_VACCINES_KEPT = re.compile(r"^\s*(?:(?:keep|keeping|stay|staying|be|being)\s+up[- ]to[- ]date "
                            r"with (?:your |all |any |the )?(?:recommended |routine )?(?:vaccines?|"
                            r"vaccinations?|jabs|immuni[sz]ations?)\b"
                            # "Make sure your vaccinations are up to date"
                            r"|(?:make sure|check|ensure)(?: that)? (?:your |all |"
                            r"you(?:r child)?'?s? )?"
                            r"(?:recommended |routine )?(?:vaccines?|vaccinations?|jabs|"
                            r"immuni[sz]ations?) (?:are|is) up[- ]to[- ]date)", re.IGNORECASE)


def advice_acts(text: str) -> list[str]:
    """Return each act a command names, its "them" / "it" being the one before it.

    >>> advice_acts("Clean any cuts and cover them with a dressing")
    ['wound cleaning', 'wound covering']
    >>> advice_acts("Wash your hands"), advice_acts("Rest")
    (['washing hands'], [])
    >>> advice_acts("Wipe the mat daily and keep it dry")
    ['wiping mat', 'keeping mat dry']
    """
    text = plain_command(text)  # "Take out X", "Clean and cover X"
    two = _TWO_VERBS_DENIED.match(text)
    if two is not None:
        # "Do not sweep or vacuum droppings": each act on the thing (the denial, read by the
        # caller, makes each an avoidance)
        return [_named_act(f"{_ing(two[v])} {two['obj']}".lower()) for v in ("a", "b")]
    if _VACCINES_KEPT.match(text):
        return ["vaccination"]  # "keep up to date with vaccines": no act of keeping
    things = _ONE_VERB_DENIED.match(text)
    members = [_LIST_DETERMINER.sub("", x.strip(" ,.;")) for x in pc.split_list(
        things["list"])] if things is not None else []
    if things is not None and len(members) >= 2 and all(members) and all(
            len(x.split()) <= 3 for x in members):
        # "Don't share cups, cutlery or towels": sharing each (an avoidance, as the caller
        # reads the denial)
        return [_named_act(f"{_ing(things['v'])} {x}".lower()) for x in members]
    listed = _avoided(text)
    if listed:
        return listed  # "avoid hot tubs, pools and lakes": each avoided
    kept = _command_act(text)
    if kept == "wound care":
        return [kept]  # "Keep the wound clean and dry": one act, "dry" starts no command
    parts: list[str] = []
    for piece in _NEXT_COMMAND.split(text.strip()):
        if parts and _ARTICLE_WORD_END.search(parts[-1]):
            parts[-1] = f"{parts[-1]}, {piece}"  # "with a clean, dry bandage": no "dry" command
        else:
            parts.append(piece)
    acts: list[str] = []
    last_object = ""
    for part in parts:
        act = _command_act(part, whole=False) or _command_act(part)
        if act is None:
            continue
        verb, _, obj = act.partition(" ")
        named = _PRONOUN_OBJECT.match(obj)
        if named is not None and last_object:
            act = f"{verb} {last_object}{named.group('rest')}"
        elif named is None:
            last_object = obj
        thing = _named_act(act)
        if act.startswith(("using ", "taking ")) and thing != act and (
                " or " in thing or " and " in thing or ", " in thing):
            # "Take paracetamol or ibuprofen": each thing taken ("a cool or warm compress":
            # a cool compress and a warm one)
            acts.extend(ph.label for ph in phrases(thing))
        else:
            acts.append(thing)
    return acts


# "Do not sweep or vacuum droppings": two acts denied on one thing.
_TWO_VERBS_DENIED = re.compile(r"^\s*(?:do not|don't|never)\s+(?P<a>[a-z]+)\s+or\s+"
                               r"(?P<b>[a-z]+)\s+(?:the |your |any )?(?P<obj>[a-z]+(?: [a-z]+)?)"
                               r"\s*(?:[,.;].*)?$", re.IGNORECASE)


# "Do not share razors or towels": one act denied on each thing listed.
_ONE_VERB_DENIED = re.compile(r"^\s*(?:do not|don't|never)\s+(?P<v>share|use|touch|eat|drink|"
                              r"wear|handle|swim in|pick|scratch|squeeze|burst)\s+"
                              r"(?P<list>[a-z][a-z ,'-]*?(?:,|\s(?:or|and)\s)[a-z ,'-]*?)"
                              r"\s*[.;]?\s*$", re.IGNORECASE)


def _ing(verb: str) -> str:
    """Return a verb's -ing form, as the lemma tables give it ("cut" → "cutting")."""
    forms = inflection(verb.lower(), "VBG")
    return forms[0] if forms else f"{verb.lower()}ing"


# "prevent germs from growing", "prevent them from getting ill", "... from getting it".
KEPT_FROM = re.compile(
    r"^\s*(?:(?P<germs>(?:the )?(?:germs?|bacteria|bacterium|microbes?|bugs?|infection)(?: called "
    r"[\w-]+)?)(?: (?:from )?(?:growing|getting in(?:to)?|entering|spreading|multiplying|taking "
    r"hold|developing)\b|\s*[.;,]?\s*$)|(?:(?:them|you|people|others|him|her|your child|"
    r"children|babies) (?:from )?"
    r"|(?:their|your|the|a|his|her) (?:risk|chances?) of )?(?:(?:getting|becoming|falling)? ?"
    r"(?:ill|sick|unwell|infected)"
    # "protects you from getting it", "stops children catching it": the topic kept away
    r"|(?:getting|catching|developing|contracting) (?:it|this|the (?:illness|infection|"
    r"disease|condition)))\b"
    # "stop it spreading", "stop the illness from spreading to others": the topic kept away
    # ("the infection spreading" is read above, as the germs kept away)
    r"|(?:it|this|the (?:infection|illness|disease|condition)) (?:from )?spreading\b)",
    re.IGNORECASE)
# "The risk is lower if you change pads often", "You're less likely to get it if you ...".
RISK_LOWER_IF = re.compile(
    r"(?:^(?:the |your )?(?:risk|chances?)(?: of (?:getting |developing )?(?P<obj>[\w' -]{2,40}?))?"
    r" (?:is|are|will be|may be|can be) (?:much |a lot |far )?(?:lower|smaller|reduced|less)|"
    r"\b(?:you're|you are|they're|they are|people are|you'll be) (?:much |far )?less likely to "
    r"(?:get|develop|catch) (?:it|this|(?P<obj2>[\w' -]{2,40}?))) (?:if|when) (?:you|they|"
    r"people) (?P<x>[^.;]{3,120})", re.IGNORECASE)
# "given to close contacts", "offered to people who live with them": not to the ill.
TO_CONTACTS = re.compile(
    r"^\s*(?:\w+ )?to (?:any |all |their |your |the )?(?:close |household |family |other )?"
    r"contacts\b|^\s*(?:\w+ )?to (?:people|anyone|those|everyone) (?:who (?:has|have) been )?in "
    r"(?:close )?contact\b|^\s*(?:\w+ )?to (?:people|anyone|those|everyone) (?:who )?(?:live|"
    r"lives|living) (?:with\b|in the same (?:house|household|home)\b)", re.IGNORECASE)
SPREAD_OF_GERMS = re.compile(r"^\s*(?:the )?(?:spread|passing on|transmission) of (?:the )?"
                             r"(?:germs?|bacteria|virus|infection)\s*[.;,]?\s*$", re.IGNORECASE)
# Words after "is given" that only say how or when: "through a drip", "straight away".
ONLY_HOW = re.compile(r"^\s*(?:(?:through|by|via|into|in|with|as|under|on|at|from) (?:an? |the |"
                      r"your )?[\w-]+(?: [\w-]+)?|straight away|right away|immediately|early|"
                      r"promptly|quickly|first|daily|(?:every|each) \w+)\s*,?\s*$", re.IGNORECASE)
# "You may need to ...", "It's important to ...": what comes after is a command.
TOLD_TO = re.compile(r"^(?:(?:you|they|patients|people)\s+)?(?:(?:may|might|will|should|must|"
                     r"can|could|also|often)\s+)*(?:(?:need|have|want|be asked|be told) to\s+)?"
                     # ("It is important to ...": the words left after the verb too)
                     r"|^(?:(?:it's|it is) )?(?:\w+ )?(?:important|vital|essential|best|"
                     r"a good idea) to\s+", re.IGNORECASE)
# "keep it dry": the thing named before, kept dry.
_PRONOUN_OBJECT = re.compile(r"^(?:them|it|these|this)(?P<rest>(?: [\w-]+)?)$", re.IGNORECASE)


# "Avoid hot tubs, swimming pools and lakes if you have a wound": a list of things avoided.
# ("not sharing razors or towels": a gerund denied is its act avoided)
_AVOID_LIST = re.compile(r"^\s*(?:(?:always|try to|please)\s+)?(?:avoid|avoiding|(?:not|never)"
                         # ("stay out of hot tubs, pools and lakes": each kept away from)
                         r"(?=\s+[a-z]+ing\b)|(?:stay|staying|keep|keeping) (?:out of|away "
                         r"from))\s+"
                         r"(?P<list>[^.;:()]+?)(?:,?\s+(?:(?:especially|particularly)\s+)?(?:if|"
                         r"when|while|during|until|in the|after|before|unless|because)\b[^.;]*)?"
                         r"\s*[.;]?\s*$", re.IGNORECASE)
_LIST_DETERMINER = re.compile(r"^(?:your|the|a|an|their|any|some|other)\s+", re.IGNORECASE)


# "Avoid breathing in dust", "avoid contact with bird droppings": what is kept away from is
# the dust and the droppings (the words before them cut the name to "breathing", "contact").
_TAKEN_IN = re.compile(r"^\s*(?:breathing in|inhaling|(?:close |direct )?contact with|"
                       r"(?:being )?exposed to|exposure to)\s+(?=\w)", re.IGNORECASE)


# ", and wearing a mask": after a comma, a gerund starts an act of its own.
_COMMA_THEN_ACT = re.compile(r",\s*(?:and|or)\s+[a-z]+ing\b", re.IGNORECASE)


def _avoided(text: str) -> list[str]:
    """Return one avoidance per thing a command or gerund lists as avoided, or none unless
    it lists two or more (one thing is read as any other command).

    >>> _avoided("Avoid hot tubs, swimming pools and lakes if you have a wound")
    ['hot tub avoidance', 'swimming pool avoidance', 'lake avoidance']
    """
    m = _AVOID_LIST.match(text)
    if m is None or not any(w in m.group("list") for w in (",", " and ", " or ")):
        return []
    listed = _TAKEN_IN.sub("", m.group("list"))
    if text.lstrip()[:4].lower() == "not " and _COMMA_THEN_ACT.search(listed):
        return []  # "Not smoking, and wearing a mask": a second act of its own, not avoided
    members = [_LIST_DETERMINER.sub("", x.strip(" ,.;")) for x in pc.split_list(listed)]
    if len(members) < 2 or not all(members) or any(len(x.split()) > 4 for x in members):
        return []
    if any(_ADVICE.match(x) for x in members[1:]):
        return []  # "Avoid swimming in lakes, and boil water": a second command, no member
    verb = members[0].split()[0]
    if verb.lower().endswith("ing") and len(members[0].split()) > 1 and not any(
            x.split()[0].lower().endswith("ing") for x in members[1:]):
        # "avoid sharing towels or razors": sharing each
        members = [members[0], *(f"{verb} {x}" for x in members[1:])]
    return [_named_act(f"avoiding {x}".lower()) for x in members]


# Care sought or given soon, which the reader of timely care names ("early treatment").
_TIMELY_CARE = re.compile(r"^\s*(?:getting|seeking|receiving|starting|having|giving)\s+"
                          r"(?:[\w-]+\s+)?(?:treatment|care|help|diagnosis|antibiotics)\b.*\b(?:quickly|"
                          r"promptly|immediately|early|straight away|right away|fast)\b",
                          re.IGNORECASE)
# An act not done, as a gerund: "not sharing towels", "never smoking".
NOT_DOING_ACT = re.compile(r"^\s*(?:not|never)\s+(?P<act>[a-z]+ing\b.*)$", re.IGNORECASE)


def avoidances(things: str) -> list[str]:
    """Return the avoidance of each thing a passive names as to be avoided ("Hot tubs and
    lakes should be avoided"), as the command "Avoid ..." would name them; none for a
    clause (a member of more than four words).

    >>> avoidances("Contact with sick animals"), avoidances("Sharing towels or razors")
    (['sick animal avoidance'], ['sharing towel avoidance', 'sharing razor avoidance'])
    """
    several = _avoided(f"Avoid {things}")
    if several:
        return several
    one = _LIST_DETERMINER.sub("", _TAKEN_IN.sub("", things.strip(" ,.;")))
    if not one or len(one.split()) > 4 or any(w in one for w in (",", " and ", " or ")):
        return []
    return [_named_act(f"avoiding {one}".lower())]


# "with a clean, dry bandage": an article and one word before the comma, so what follows
# is a second adjective, not a second command.
_ARTICLE_WORD_END = re.compile(r"\b(?:a|an|the|your|their)\s+(?:clean|fresh|dry|cool|warm|"
                               r"soft|loose|sterile|damp|moist|wet|light|thin|new|cold)$",
                               re.IGNORECASE)
# "... and cover them": a second command in the same sentence.
_NEXT_COMMAND = re.compile(r"(?:,\s*(?:and |or |then )?|\s+(?:and|then|or)\s+)"
                           rf"(?=(?:{'|'.join(_CHAINED_COMMAND_VERBS)})\b|"
                           r"(?:care for|look after) )", re.I)


_GERUND_ACT = re.compile(r"^\s*(?P<verb>[a-z]+ing)\s+(?:your |the |a |an |their |any |all )?"
                         # ("eating a diet high in fibre": the "in" is the diet's)
                         r"(?P<obj>[\w' -]{2,40}?)(?:(?<!\bhigh)(?<!\brich)(?<!\blow)(?<!\bpoor)"
                         r"\s+(?:regularly|thoroughly|carefully|often|quickly|promptly|"
                         r"immediately|frequently|gently|"
                         r"daily|properly|well|every|at|after|before|when|if|for|in|on|during|"
                         rf"while|{_KEPT_WITH})\b.*)?\s*[.;,]?\s*$", re.IGNORECASE)


def gerund_acts(text: str) -> list[str]:
    """Return the acts a gerund clause names ("washing your hands often and covering cuts").

    >>> gerund_acts("washing your hands regularly and keeping cuts covered")
    ['washing hands', 'wound care']
    >>> gerund_acts("washing hands and not sharing towels")
    ['washing hands', 'sharing towel avoidance']
    """
    out = []
    if _UP_TO_DATE_VACCINES.match(text):
        return ["vaccination"]  # "keeping up to date with recommended vaccines"
    # "avoiding triggers such as dust": the act is on the examples ("avoiding dust").
    text = _CLASS_SUCH_AS.sub(" ", text)
    parts = gerund_parts(text)
    if not any(_GERUND_ACT.match(part) for part in parts[1:]):
        listed = _avoided(text)
        if listed:
            return listed  # "avoiding dust, chemicals and smoke": each avoided
    for part in parts:
        listed = _avoided(part)
        if listed:
            out.extend(listed)  # "washing hands and avoiding dust, chemicals or smoke"
            continue
        not_done = NOT_DOING_ACT.match(part)
        if not_done is not None:
            out.extend(avoidances(not_done["act"]))  # "not sharing towels": their avoidance
            continue
        if _TIMELY_CARE.match(part):
            # "getting treatment quickly": whole, for the namer of timely care (early
            # treatment), which the time's word tells
            out.append(_named_act(part.strip(" .;,").lower()))
            continue
        m = _GERUND_ACT.match(part)
        if m is not None and m.group("verb").lower() not in ("including", "having", "being"):
            out.append(_named_act(f"{m.group('verb')} {m.group('obj')}".lower()))
    return out


_UP_TO_DATE_VACCINES = re.compile(r"^\s*(?:keeping|staying|being)\s+up[- ]to[- ]date\s+(?:with|on)"
                                  r"\s+(?:your\s+|all\s+|the\s+)?(?:recommended\s+|routine\s+)?"
                                  r"(?:vaccin|immuni[sz])", re.IGNORECASE)
_CLASS_SUCH_AS = re.compile(r"(?<=[a-z]ing) (?:known |possible |common |your |any )?(?:triggers|"
                            r"irritants|things|factors|substances|allergens),? (?:such as|like)"
                            r"(?= )", re.I)
IF_YOU_USE = re.compile(r"^\s*if you (?:use|wear|take|have|keep|need) (?:a |an |the |any )?"
                        r"(?P<x>[\w' -]{2,40}?),\s*(?P<rest>.+)$", re.I)
# "The best way to prevent it is to wash your hands", "... is by keeping cuts clean".
BEST_WAY = re.compile(
    r"^\s*(?:one of the |the |one )?(?:best|only|main|most effective|simplest|easiest|surest|"
    r"key|important|good) (?:ways?|means|methods?) (?:to|of) (?:help )?(?:prevent|avoid|"
    r"protect against|protect (?:yourself|yourselves|your child|your family|others)(?= (?:is|are|"
    r"against|from)\b)(?: (?:against|from))?|(?:reduce|lower|cut) (?:the|your) (?:risk|chance)s?"
    r"(?= (?:of|is|are)\b)"
    r"(?: of)?)(?:ing)?"
    r"(?: (?:getting |developing |catching )?(?P<y>[\w' -]{1,40}?))? (?:is|are) (?:to |(?P<by>by) "
    r"|(?P<noun>(?:good |careful |regular |proper |a |an )?(?=[a-z]+ (?:hygiene|care|washing)\b|"
    r"hygiene\b|vaccination\b|a vaccine\b)))(?P<act>[^.;]+)", re.I)
# "..., so the best protection is to avoid bites": the same, said of protection, also after
# a first clause ("noun" never takes part: the act is always a verb phrase here).
BEST_PROTECTION = re.compile(
    r"(?:^\s*|,\s*(?:so|and|but)\s+)(?:the )?(?:best|only|main|most effective|surest) "
    r"(?:protection|defen[cs]e|prevention)(?: (?:against|from) (?P<y>[\w' -]{1,40}?))? (?:is|are) "
    r"(?:to |(?P<by>by) )(?P<noun>(?!))?(?P<act>[^.;]+)", re.I)
# "To lower the risk, wash your hands often": the command is the preventive act.
TO_LOWER_RISK = re.compile(r"^\s*(?:to|you can|you could|you may be able to) (?:help )?(?:lower|"
                           r"reduce|cut|minimi[sz]e) (?:the|your|a|their) (?:risk|chances?)(?: "
                           r"of (?:getting |developing )?(?P<x>[\w' -]{2,40}?))?,\s*(?P<act>.+)$",
                           re.IGNORECASE)
