"""Label normalisation shared by the vocabulary, the loader and extraction.

Two labels that differ only in case, plural, punctuation or spacing name the
same entity ("Blood clots", "blood-clot"), so every lookup goes through
:func:`label_key`.
"""

from __future__ import annotations

import bisect
import gzip
import importlib.util
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from claimgraph.ingest import re_cache as re
from claimgraph.ingest.kept_words import kept_key, kept_lemma_lines

_DOTS = re.compile(r"[.'\u2019]")
_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+s?\b")


@lru_cache(maxsize=100_000)
def _singular(word: str) -> str:
    """Return a noun's singular from lemminflect's dictionary ("arteries" → "artery").

    A dictionary, not suffix rules: "diabetes", "herpes" and "lupus" stay as
    they are, "feet" becomes "foot", "bacteria" "bacterium".  A word the
    dictionary lacks only loses a plural ending: lemminflect's rules for
    unknown words would clip adjectives and Latin singulars ("cutaneous" →
    "cutaneou", "keratitis" → "keratiti") and lengthen others ("varicella" →
    "varicellum", "multi" → "multus"), so "cutaneous" never met the words
    it is another name of.

    >>> [_singular(w) for w in ("subcutaneous", "uveitis", "erythema", "papules", "granulomas")]
    ['subcutaneous', 'uveitis', 'erythema', 'papule', 'granuloma']
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    known = all_lemmas(word).get("NOUN")
    if known:
        return known[0]
    if word.endswith(_SINGULAR_ENDINGS):
        return word
    lemmas = noun_lemmas(word)
    return lemmas[0] if lemmas and len(lemmas[0]) < len(word) else word


# Endings of singular words (adjectives in -ous, Latin and Greek nouns in -is and -us)
# that the rules for unknown words would read as plurals; no English plural ends so.
_SINGULAR_ENDINGS = ("ss", "us", "is")


@lru_cache(maxsize=200_000)
def label_key(label: str) -> str:
    """Return the lookup key of a label: case-, plural-, accent- and punctuation-insensitive.

    Acronyms ("AIDS", "HIV") are never singularised.  Remembered: resolution,
    review and the loader ask for the same labels many times over.

    >>> label_key("Blood-clots") == label_key("blood clot")
    True
    >>> label_key("Sjögren's syndrome")
    'sjogren syndrome'
    >>> label_key("E.S.R.D.")
    'esrd'
    >>> label_key("AIDS"), label_key("diabetes"), label_key("NSAIDs")
    ('aids', 'diabetes', 'nsaid')
    >>> label_key("Грипп") != label_key("Корь") != ""
    True
    """
    # Kept across runs (ingest/kept_words.py): computing a new word's key can need
    # lemminflect's whole table, most of what a run on one small page costs.
    return kept_key(label, _computed_label_key)


def _computed_label_key(label: str) -> str:
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    if not any(c.isalnum() for c in text):
        # A label in another script keeps its letters (accents dropped), so two
        # different names never share an empty key.
        text = "".join(c for c in unicodedata.normalize("NFKD", label)
                       if not unicodedata.combining(c))
    # An acronym needs a capital letter: a label lower-casing leaves as it is has none.
    keep = {m.group(0).lower(): _acronym_singular(m.group(0))
            for m in _ACRONYM.finditer(text)} if text != text.lower() else {}
    text = text.lower().replace("'s ", " ").replace("'s", "")
    text = _SPACE.sub(" ", _PUNCT.sub(" ", _DOTS.sub("", text))).strip()
    return " ".join(keep.get(w) or _singular(w) for w in text.split())


def _acronym_singular(acronym: str) -> str:
    """Return an acronym as a key word: "NSAIDs" is "nsaid", "AIDS" stays "aids"."""
    if acronym.endswith("s") and acronym[:-1].isupper():
        return acronym[:-1].lower()
    return acronym.lower()


# --- lemminflect's dictionary, read the fast way --------------------------------
# lemminflect parses its 80,000-line table line by line on first use (0.14 s of
# CPU, a quarter of a small run's start-up).  The same table, read whole, sorted
# and split by first letters (kept across runs, ingest/kept_words.py), answers a word
# by a search in a small text; words the table lacks still go to lemminflect's own
# rules, so answers are the same (tests/test_speed_lemmas.py compares every word of
# the table).


def _caps(word: str, style: str) -> str:
    return word.upper() if style == "upper" else word.capitalize() if style == "first" \
        else word.lower()


def _caps_style(word: str) -> str:
    return "upper" if word.isupper() else "first" if word[:1].isupper() else "lower"


@cache
def _resources() -> Path:
    spec = importlib.util.find_spec("lemminflect")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lemminflect is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


@cache
def _lemma_buckets() -> dict[str, str]:
    """Return lemminflect's lookup lines ("word,category,lemma/lemma"), sorted, by first two
    characters: each bucket one text, with a line feed before and after every line.

    Kept across runs (ingest/kept_words.py): a run reads ~550 texts back in about a
    millisecond instead of unzipping, splitting and sorting the table (~0.015 s).
    """
    return kept_lemma_lines(_read_lemma_buckets)


def _read_lemma_buckets() -> dict[str, str]:
    with gzip.open(_resources() / "lemma_lu.csv.gz", "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    lines.sort()
    grouped: dict[str, list[str]] = {}
    for line in lines:
        grouped.setdefault(line[:2], []).append(line)
    return {first: "\n" + "\n".join(group) + "\n" for first, group in grouped.items()}


def _lemma_lines(key: str) -> list[str]:
    """Return the table's lines that start with ``key + ","``, in sorted order.

    >>> _lemma_lines("arteries")
    ['arteries,noun,artery']
    """
    head = key + ","
    if len(head) < 2:  # "": lines starting with "," sit in every bucket named ",?"
        lines = [line for first in sorted(_lemma_buckets()) if first.startswith(head)
                 for line in _bucket_lines(first)]
    else:
        lines = _bucket_lines(head[:2])
    # Every line of the word sorts between "word," and "word-" ("," + 1 == "-").
    found = []
    for i in range(bisect.bisect_left(lines, head), len(lines)):
        if not lines[i].startswith(head):
            break
        found.append(lines[i])
    return found


@lru_cache(maxsize=1024)
def _bucket_lines(first: str) -> list[str]:
    """Return one bucket's lines, split on first use (a search in the text of a big bucket,
    "co" or "re", took ten times a bisection of its lines)."""
    text = _lemma_buckets().get(first)
    return text[1:-1].split("\n") if text else []


@cache
def _overrides(name: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """Return a ``word,category,form`` overrides file of ours, by word then category."""
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    text = (_resources() / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, category, form = line.split(",")
            found.setdefault(word, {})[category] = (form,)
    return found


def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Return a word's lemmas by part of speech, as ``lemminflect.getAllLemmas(word)``.

    A copy of the word's answer, worked out once: a page's words are asked
    about again and again (~2 calls per word), and a caller may change its dict.

    >>> all_lemmas("arteries")
    {'NOUN': ('artery',)}
    >>> sorted(all_lemmas("older"))
    ['ADJ']
    """
    return dict(_all_lemmas(word))


@lru_cache(maxsize=65_536)
def _all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Return :func:`all_lemmas` of ``word`` (kept: never changed, only copied)."""
    style = _caps_style(word)
    key = word.lower()
    found: dict[str, tuple[str, ...]] = {}
    for line in _lemma_lines(key):
        _, category, forms = line.split(",")
        found["AUX" if category == "modal" else category.upper()] = tuple(forms.split("/"))
    found.update(_overrides("lemma_overrides.csv").get(key, {}))
    return {upos: tuple(_caps(f, style) for f in forms) for upos, forms in found.items()}


@lru_cache(maxsize=100_000)
def noun_lemmas(word: str) -> tuple[str, ...]:
    """Return a noun's lemmas, as ``lemminflect.getLemma(word, upos="NOUN")``.

    A word the dictionary lacks goes to lemminflect's rules for unknown words.

    >>> noun_lemmas("feet"), noun_lemmas("diabetes")
    (('foot',), ('diabetes',))
    """
    found = all_lemmas(word).get("NOUN")
    if found:
        return found
    from .unknown_words import noun_lemma  # lemminflect's rules, without its numpy

    return (noun_lemma(word),)


# The inflection table's forms, in its column order, by category; the base form's tags.
_FORM_TAGS = {"noun": ("NNS",), "adj": ("JJR", "JJS"), "adv": ("RBR", "RBS"),
              "verb": ("VBD", "VBN", "VBG", "VBZ")}
_BASE_TAGS = {"noun": ("NN",), "adj": ("JJ",), "adv": ("RB",), "verb": ("VB", "VBP"),
              "aux": ("VB",), "modal": ("VB",)}
# lemminflect sets modals and auxiliaries by hand over what its table says.
_AUX_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "can": {"VB": ("can",), "VBD": ("could",)}, "may": {"VB": ("may",), "VBD": ("might",)},
    "will": {"VB": ("will",), "VBD": ("would",)}, "shall": {"VB": ("shall",), "VBD": ("should",)},
    "must": {"VB": ("must",), "VBD": ("must",)}, "ought": {"VB": ("ought",), "VBD": ("ought",)},
    "dare": {"VB": ("dare",)},
    "be": {"VB": ("be",), "VBD": ("was", "were"), "VBG": ("being",), "VBN": ("been",),
           "VBP": ("am", "are"), "VBZ": ("is",)},
}
_TAG_ALTERNATIVES = {"RP": ("JJ", "RB"), "VBD": ("VBN",), "VBN": ("VBD",)}


@cache
def _inflection_text() -> str:
    """Return lemminflect's inflection lines as one text, a newline before each line.

    A word's lines sit together in the file, so a lookup finds the first one with
    ``str.find`` and reads on: no split into 40,000 strings and no sort on every run.
    """
    with gzip.open(_resources() / "infl_lu.csv.gz", "rt", encoding="utf-8") as f:
        return "\n" + f.read()


def _inflection_lines(key: str) -> list[str]:
    """Return the file's lines for one word, in the file's order (a later line wins)."""
    text = _inflection_text()
    at = text.find(f"\n{key},")
    lines: list[str] = []
    while at != -1 and text.startswith(f"\n{key},", at):
        end = text.find("\n", at + 1)
        lines.append(text[at + 1:end if end != -1 else len(text)])
        at = end
    return lines


def _inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    """Return a lemma's forms by Penn tag, as ``lemminflect.getAllInflections(lemma)``."""
    style = _caps_style(lemma)
    key = lemma.lower()
    forms: dict[str, tuple[str, ...]] = {}
    if key in _AUX_FORMS:
        forms.update(_AUX_FORMS[key])
    else:
        for line in _inflection_lines(key):
            word, category, *columns = line.split(",")
            for tag, column in zip(_FORM_TAGS.get(category, ()), columns, strict=False):
                if column:
                    forms[tag] = tuple(column.split("/"))
            for tag in _BASE_TAGS[category]:
                forms[tag] = (word,)
    forms.update(_overrides("infl_overrides.csv").get(key, {}))
    return {tag: tuple(_caps(f, style) for f in spellings) for tag, spellings in forms.items()}


def _alternatives(tag: str) -> tuple[str, ...]:
    """Return the tags lemminflect tries when a lemma has no form for ``tag``."""
    if tag in _TAG_ALTERNATIVES:
        return _TAG_ALTERNATIVES[tag]
    return ("RB" + tag[2:],) if tag.startswith("JJ") else \
        ("JJ" + tag[2:],) if tag.startswith("RB") else ()


def _upos(tag: str) -> str | None:
    """Return the part of speech lemminflect's rules inflect for a Penn tag."""
    if tag[:1] == "J":
        return "ADJ"
    if tag[:1] == "R" and tag != "RP":
        return "ADV"
    return "NOUN" if tag[:1] == "N" else "VERB" if tag[:1] == "V" or tag == "MD" else None


@lru_cache(maxsize=10_000)
def inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """Return a lemma's form for a Penn tag, as ``lemminflect.getInflection(lemma, tag)``.

    Not for proper nouns (NNP, NNPS); a lemma the dictionary lacks goes to
    lemminflect's rules for unknown words.

    >>> inflection("wash", "VBG"), inflection("run", "VBG"), inflection("be", "VBD")
    (('washing',), ('running',), ('was', 'were'))
    """
    if tag in ("NNP", "NNPS"):
        raise ValueError(f"expected a tag other than NNP or NNPS, got {tag!r}")
    forms = _inflections(lemma)
    found = forms.get(tag)
    if found is None:
        for alternative in _alternatives(tag):
            found = forms.get(alternative)
            if found:
                break
    if found is None:
        upos = _upos(tag)
        if upos is None:
            return ()
        from .unknown_words import inflections  # lemminflect's rules, without its numpy

        found = inflections(lemma, upos).get(tag)
    return found or ()
