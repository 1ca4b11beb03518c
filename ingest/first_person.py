"""A patient's own words, said as a page says them of anyone.

Pages quote people who had the illness ("I was given antibiotics", "I had a terrible
headache and a stiff neck", "My GP ran a blood test").  The rules read what pages say of
people in general ("You may be given antibiotics", "People may have a headache",
"Doctors may order a blood test"), so a sentence that opens in the first person with one
of a few verbs is said that way before it is read.  Only the opening is changed, and only
for the verbs below: "I recommend ..." (a doctor writing) and every other sentence stay as
written.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

# The patient's doctor, as the story names them.
_THEIR_DOCTOR = (r"^(?:My|The) (?:GP|doctor|specialist|consultant|neurologist|dermatologist|"
                 r"nurse)s?")
# (what the opening says, what a page would say of anyone; None: "You may" and the verb's
# base form)
_OPENINGS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    # "I was given antibiotics", "I was prescribed steroids", "I was started on X"
    (re.compile(r"^I (?:was|have been|had been|am being) (?P<v>given|prescribed|offered|"
                r"treated with|started on|put on)\b"), r"You may be \g<v>"),
    # "My specialist started me on X", "The doctor put me on steroids"
    (re.compile(rf"{_THEIR_DOCTOR} (?:started|put) me on\b"), "You may be started on"),
    # "My GP ran a blood test", "My doctor ordered an MRI scan"
    (re.compile(rf"{_THEIR_DOCTOR} (?:ran|did|ordered|arranged|sent me for|carried out)\b"),
     "Your doctor may order"),
    # "I had a terrible headache", "I felt exhausted", "I developed a rash"
    (re.compile(r"^I (?:also |first |then |suddenly |often )?(?P<v>had|got|developed|noticed|"
                r"felt|experienced|suffered from)\b"), None),
)
_BASE = {"had": "have", "got": "get", "developed": "develop", "noticed": "notice",
         "felt": "feel", "experienced": "experience", "suffered from": "suffer from"}


def first_person(text: str) -> str:
    """Return a sentence that opens in the first person as a page says it of anyone.

    >>> first_person("I was given antibiotics.")
    'You may be given antibiotics.'
    >>> first_person("I had a terrible headache and a stiff neck.")
    'You may have a terrible headache and a stiff neck.'
    >>> first_person("I recommend rest.")
    'I recommend rest.'
    """
    for pattern, said in _OPENINGS:
        m = pattern.match(text)
        if m is None:
            continue
        said = said if said is not None else f"You may {_BASE[m.group('v')]}"
        return m.expand(said) + text[m.end():]
    return text


# A line a patient says of themselves.
_FIRST_PERSON_LEAD = re.compile(r"\s*(?:I|I'm|I've|My)\s")


def opens_in_first_person(line: str) -> bool:
    """Return whether a line opens in the first person: a sentence of a patient's own, never
    a name a list gives ("I felt exhausted all the time.")."""
    return _FIRST_PERSON_LEAD.match(line) is not None
