"""What a remedy or a precaution is said to act on, when the words name it indirectly.

Pages say what care does with a noun in front of the thing it acts on: "hand
washing helps prevent the spread of the infection" keeps the infection away (the
spread is no illness of its own), "X is the treatment of choice for Y" treats Y
(the choice is no illness either). The relation rules read the words after the
verb as the object; these helpers give the thing those words point to, so a
claim names the illness rather than "spread" or "choice".
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

_I = re.IGNORECASE

# "the spread of X", "transmission of X", "passing X on": what spreads is what is kept away.
_SPREAD_OF = re.compile(r"^(?:the |its |any |further )?(?:spread(?:ing)?|transmission|"
                        r"passing on) of (?P<x>.+)$", _I)
# Words that name the page's own illness in general ("the spread of the virus").
_OWN_KIND = re.compile(r"^(?:the |this |that )?(?:infection|illness|disease|condition|virus|"
                       r"viruses|bacteria|bacterium|germs?)$", _I)
# "the treatment of choice for Y" read as "treatment of" + "choice for Y".
_CHOICE = re.compile(r"^choice(?:\s+(?:for|in)\s+(?P<x>.+))?$", _I)


def spread_of(obj: str) -> tuple[str, bool] | None:
    """Return what a "spread of X" object names, and whether it is the illness in general.

    None when the object names no spread.

    >>> spread_of("spread of the virus")
    ('the virus', True)
    >>> spread_of("the spread of head lice")
    ('head lice', False)
    >>> spread_of("spread") is None
    True
    """
    m = _SPREAD_OF.match(obj.strip())
    if m is None:
        return None
    what = m.group("x").strip()
    return what, _OWN_KIND.match(what) is not None


def chosen_for(obj: str) -> tuple[str] | tuple[()] | None:
    """Return what "choice (for Y)" says a remedy of choice is for: (Y,), () if unsaid.

    None when the object is no "choice".

    >>> chosen_for("choice for grebble fever")
    ('grebble fever',)
    >>> chosen_for("choice")
    ()
    >>> chosen_for("itching") is None
    True
    """
    m = _CHOICE.match(obj.strip())
    if m is None:
        return None
    return (m.group("x").strip(),) if m.group("x") else ()


# A remedy named by its kind just before what it does: "antiviral therapy may shorten
# it", "a cooling lotion can soothe the itch", "painkillers ease the pain".  Outside
# care sections a bare "reduce" or "ease" is read only after such a name: "smoking can
# lower your immunity" names no remedy.
_REMEDY_BEFORE = re.compile(
    r"\b(?:medicines?|medications?|drugs?|tablets?|pills?|creams?|lotions?|ointments?|gels?|"
    r"(?:eye |ear |nose )?drops|sprays?|painkillers?|pain ?killers?|pain relievers?|"
    r"antibiotics?|antivirals?|antifungals?|antihistamines?|(?:cortico)?steroids?|"
    r"therapy|therapies|treatments?|injections?|infusions?|compress(?:es)?|vaccines?)\s+"
    r"(?:(?:can|may|might|could|will|should|often|usually|also|generally|typically)\s+)*$", _I)


def remedy_before(left: str) -> bool:
    """Return whether the words before a verb end with a remedy's kind (and modals).

    >>> remedy_before("Antiviral therapy may "), remedy_before("Smoking can ")
    (True, False)
    """
    return _REMEDY_BEFORE.search(left[-80:]) is not None


# "X may help your rash (to) improve": what X helps get better is what it works on.
_HELPED_TO_MEND = re.compile(
    r"\bhelps? (?:to )?(?:your |the |their |his |her |a person's |any )(?P<y>[\w' -]{2,40}?)"
    r" (?:to )?(?:improve|heal|clear up|clear|get better|go away|settle(?: down)?|fade|"
    r"recover)\b", _I)


def helped_to_mend(sentence: str) -> str | None:
    """Return the thing a remedy "helps (to) improve", as the sentence words it.

    >>> helped_to_mend("Zorbulin may help your rash to improve.")
    'rash'
    >>> helped_to_mend("Zorbulin may help you sleep.") is None
    True
    """
    if "help" not in sentence:
        return None
    m = _HELPED_TO_MEND.search(sentence)
    return m.group("y") if m else None


# A sentence that opens with "It" and a verb only a remedy does ("It also lowers the risk of
# X", "It is given by injection"): after a sentence naming one remedy, "it" is that remedy.
# "It usually improves" or "it can spread" are the illness's own and stay the topic's.
_IT_DOES_CARE = re.compile(
    r"^\s*it\s(?:can |may |might |will |also |often |usually |should |could |then )*"
    r"(?:(?:is|be) (?:usually |often |also |sometimes )?(?:given|used|taken|prescribed|started)|"
    r"helps?|reduces?|relieves?|eases?|lowers?|controls?|stops?|blocks?|kills?|prevents?|"
    r"shortens?|speeds? up|fights?|decreases?|cuts?|protects?)\b", _I)


def it_does_care(sentence: str) -> bool:
    """Return whether a sentence opens with "It" doing what a remedy does.

    >>> it_does_care("It also lowers the risk of nerve pain."), it_does_care("It improves.")
    (True, False)
    """
    return _IT_DOES_CARE.match(sentence) is not None
