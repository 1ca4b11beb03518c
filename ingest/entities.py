"""Resolve the phrases extraction found to entities, and suggest unsure merges.

Order of evidence, most certain first: the user's vocabulary (a label or
synonym, or one contained in the phrase: "painful skin ulcers" holds "skin
ulcer"); then our normalised key (case, plural, punctuation); then
near-spellings ("net-like"/"netlike": merged when rapidfuzz scores them
≥ 95).  Pairs scoring 85–95 are *suggestions* for a person to confirm,
never merged silently.  Entity ids are ``slugify`` of the normalised key, so
they do not depend on which page was read first.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimgraph.graph.model import Entity, EntityType, slugify
from claimgraph.ingest import re_cache as re

from .lexicon import (
    BODY_PARTS,
    GENERIC_HEADS,
    GERM_WORDS,
    ILLNESS_WORD,
    KIND_WORDS,
    clipped_pairs,
    inverted,
    inverted_keeping_modifier,
    kind_free_names,
    lexicon_group,
    lexicon_names,
    name_form,
    names_a_germ,
    numbers,
    register_words,
    sole_kind_pairs,
    synonym_groups,
)
from .normalize import all_lemmas, label_key as _label_key
from .patterns import ANATOMY
from .phrases import REMEDY_TAIL
from .sign_names import state_names
from .vocabulary import Vocabulary

label_key = lru_cache(maxsize=200_000)(_label_key)
SURE = 95.0
UNSURE = 85.0
_PREPOSITIONS = frozenset({"in", "on", "of", "from", "with", "under", "around", "to", "for", "at",
                           "by", "into", "over", "near"})
_MAX_BLOCK = 200  # candidates compared per shared word, to keep the pass near-linear


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    """Two entities that may be the same, for a person to confirm or reject.

    ``method`` says what found them: "spelling" (rapidfuzz, ``score`` 0–100)
    or "embedding" (sentence embeddings, ``score`` a cosine 0–1).
    """

    a: str
    b: str
    a_label: str
    b_label: str
    score: float
    reason: str
    method: str = "spelling"


@lru_cache(maxsize=100_000)
def display_label(text: str) -> str:
    """Return a label as a vocabulary would write it: lower-case, acronyms kept.

    >>> display_label("Blood Infections"), display_label("CT scan")
    ('blood infections', 'CT scan')
    """
    words = []
    for w in text.split():
        words.append(w.lower() if w[:1].isupper() and not w[1:2].isupper() else w)
    return " ".join(words).strip(" .,;:")


def _words_within(a: str, b: str) -> bool:
    """Return whether every word of ``a`` is a word of ``b`` ("knee" in "knee arthritis")."""
    return set(a.split()) <= set(b.split())


def _after_joint(words: list[str], n: int) -> bool:
    """Return whether the last ``n`` words end a list ("spasms or [stiffness] (lockjaw)"): the
    bracket may name the whole list's sign, not its last member."""
    i = len(words) - n - 1
    return i >= 0 and words[i].lower() in ("or", "and")


def _after_preposition(words: list[str], n: int) -> bool:
    """Return whether the last ``n`` words follow a preposition ("vessels that go to [the heart]").

    A bracket after such words glosses the whole phrase they end, not them.

    >>> _after_preposition(["blood", "to", "the", "heart"], 1), _after_preposition(["a", "rash"], 1)
    (True, False)
    """
    i = _before_determiners(words, len(words) - n - 1)
    # ("stiffness in your jaw [muscles] (lockjaw)": a modifier between the preposition and
    # the name, the gloss still names the whole phrase)
    return (i >= 0 and words[i].lower() in _PREPOSITIONS) or _inside_longer_phrase(words, n)


_DETERMINERS = frozenset({"the", "a", "an", "your", "their", "its"})


def _before_determiners(words: list[str], i: int) -> int:
    """Return the index of the last word at or before ``i`` that is no determiner (-1 if
    none)."""
    while i >= 0 and words[i].lower() in _DETERMINERS:
        i -= 1
    return i


def _participle_object(words: list[str], n: int) -> bool:
    """Return whether the last ``n`` words are a participle's object after a determiner ("the
    sac covering [the heart] (pericarditis)"): the bracket names the whole phrase.

    >>> _participle_object(["sac", "covering", "the", "heart"], 1)
    True
    >>> _participle_object(["a", "burning", "pain"], 1)
    False
    """
    i = len(words) - n - 1
    if i < 0 or words[i].lower() not in _DETERMINERS:
        return False
    i = _before_determiners(words, i)
    return i >= 0 and words[i].lower().endswith("ing") and len(words[i]) > 4


def _inside_longer_phrase(words: list[str], n: int) -> bool:
    """Return whether the last ``n`` words end a longer phrase that a gloss after them names
    whole: after a modified place ("in your jaw [muscles]") or a participle's determiner ("the
    sac covering [the heart]")."""
    return _participle_object(words, n) or _after_modified_place(words, n)


def _after_modified_place(words: list[str], n: int) -> bool:
    """Return whether a preposition stands a word or two before the last ``n`` words, the
    words between modifying them ("stiffness in your jaw [muscles] (lockjaw)"): a bracket
    or "also called" after them names the whole phrase.  (Further back than the word before,
    "to" may be a verb's: "to reduce [inflammation]".)"""
    i = len(words) - n - 1
    return any(j >= 0 and words[j].lower() in _PREPOSITIONS and words[j].lower() != "to"
               for j in (i - 1, i - 2))


def _inside_phrase(words: list[str], start: int) -> bool:
    """Return whether words[start:] is what an "of" phrase is of ("scarring of [the lungs]").

    "scarring of the lungs, known as lung fibrosis" names the scarring; the lungs
    are only where it is.
    """
    i = _before_determiners(words, start - 1)
    return i > 0 and words[i].lower() == "of"  # "treated with X (Y)" names X itself


def _part_and_its_illness(x: str, y: str) -> bool:
    """Return whether ``y`` names an illness of the body part ``x`` ("the brain and spinal
    cord (meningitis)"): what befalls a part is no other name of it."""
    return bool(ANATOMY.fullmatch(x) and ILLNESS_WORD.search(y))


class Resolver:
    """Map extracted phrases to entity ids, shared across every page of a run."""

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary
        self._labels: dict[str, set[str]] = defaultdict(set)  # key -> surface labels
        self._types: dict[str, EntityType] = {}
        self._vocab_keys: list[tuple[str, str]] = []
        if vocabulary is not None:
            # Longest first, so "end-stage kidney disease" wins over "kidney disease".
            self._vocab_keys = sorted(
                ((k, i) for k, i in vocabulary.index.items() if len(k) >= 4),
                key=lambda kv: (-len(kv[0]), kv[0]),
            )
        self._alias: dict[str, str] = {}
        self._fixed: dict[str, str] = {}  # key -> key it is another name of (topic, abbreviations)
        self._display: dict[str, str] = {}  # canonical key -> label to show
        self._vocab_cache: dict[str, str | None] = {}
        self._resolved: dict[str, str] = {}
        self._topic_names: list[tuple[str, str]] = []  # (other name key, topic key)
        self._short_names: dict[str, str] = {}  # abbreviation key -> long form key
        self._acronyms: set[str] = set()  # keys of short forms, named last
        self._pages: dict[str, set[int]] = defaultdict(set)  # key -> pages naming it
        # (key, page) -> (sentence start, section) where the page first names it
        self._first: dict[tuple[str, int], tuple[int, str | None]] = {}
        self._page_count = 0
        # key -> one-word names a page gives it in brackets that no claim uses ("scan of
        # the heart (echogram)"): synonyms, as a reader looks it up by either.
        self._glossed: dict[str, set[str]] = defaultdict(set)
        # One-word names a page states are one ("inflammation (swelling)"), each way: the
        # names built on them are one too ("nerve swelling", "nerve inflammation").
        self._word_names: dict[str, set[str]] = defaultdict(set)

    def add(self, label: str, guess: EntityType = EntityType.OTHER) -> None:
        """Record a phrase before :meth:`finish` decides the merges."""
        key = label_key(label)
        if key:
            self._labels[key].add(display_label(label))
            self._types.setdefault(key, guess)

    def add_other_name(self, label: str, name: str) -> None:
        """Keep ``name`` as another name of ``label``'s entity, when no phrase of the run is
        that name itself (one name must find one entity): "age over 60" of "older age"."""
        key, other = label_key(label), label_key(name)
        if key and other and other != key and other not in self._labels:
            self._glossed[key].add(display_label(name))

    def add_page(self, labels: Iterable[str],
                 places: Iterable[tuple[int, str | None]] | None = None) -> None:
        """Record the phrases one page names (each also given to :meth:`add`).

        A one-word name and the one kind of it the pages name ("tape",
        "surgical tape") are joined when no page names both: the bare name
        of one page is the kind another page names, and sources are compared
        by what they share.  A page that names both joins them only when it
        shortens the kind within the section that named it ("surgical tape
        ... the tape", a later sentence under the same heading), as a reader
        refers back to a name just given; the bare name first, in the same
        sentence or under another heading is the wider thing and stays apart.
        ``places`` gives each label's sentence start and section heading.
        """
        page = self._page_count
        self._page_count += 1
        at = iter(places) if places is not None else None
        for label in labels:
            place = next(at, None) if at is not None else None
            key = label_key(label)
            if key:
                self._pages[key].add(page)
                if place is not None and ((key, page) not in self._first
                                          or place[0] < self._first[(key, page)][0]):
                    self._first[(key, page)] = place

    def _on_other_pages(self, a: str, b: str) -> bool:
        """Return whether pages name both keys and no page names the two."""
        pages_a, pages_b = self._pages.get(a), self._pages.get(b)
        return bool(pages_a and pages_b and not pages_a & pages_b)

    def _shortened_later(self, kind: str, bare: str) -> bool:
        """Return whether every page naming both first names ``bare`` after ``kind``, under
        the heading that named ``kind``."""
        both = self._pages.get(kind, set()) & self._pages.get(bare, set())
        for page in both:
            k, b = self._first.get((kind, page)), self._first.get((bare, page))
            if k is None or b is None or not (k[0] < b[0] and k[1] == b[1]):
                return False
        return bool(both)

    def set_topic(self, label: str | None, aliases: Iterable[str] = ()) -> None:
        """Make the topic one entity under its label, whichever other name a page uses."""
        if not label:
            return
        key = label_key(label)
        if not key or self.vocab_id(key) is not None:
            return
        self.add(label, EntityType.CONDITION)
        self._types[key] = EntityType.CONDITION
        self._display[key] = label
        for alias in aliases:
            akey = label_key(alias)
            if akey and akey != key and (len(akey) >= 4 or _is_acronym(alias)):
                self._topic_names.append((akey, key))
            if akey and _is_acronym(alias):
                self._acronyms.add(akey)
            if akey and akey != key and self.vocab_id(akey) is None:
                self._labels[akey].add(display_label(alias))
                self._fixed[akey] = key
        names = {key, *(label_key(a) for a in aliases)}
        for short in (s for name in sorted(names) for s in kind_free_names(name)):
            # Names, not labels: they join the topic only if a page uses them.
            if short not in names and short not in self._fixed and self.vocab_id(short) is None:
                self._fixed[short] = key
                self._topic_names.append((short, key))

    def learn_abbreviations(self, text: str) -> None:
        """Take the abbreviations a page defines ("long form (ABBR)") as names of one entity."""
        from .abbreviations import find_abbreviations

        for long, short in find_abbreviations(text):
            lkey, skey = label_key(long), label_key(short)
            if not lkey or not skey or lkey == skey:
                continue
            if self.vocab_id(skey) is not None or self.vocab_id(lkey) is not None:
                continue
            target = self._stated_root(lkey)
            if skey in self._fixed or skey == target:
                continue  # the first definition wins; never chain one onto itself
            self._labels[skey].add(short)
            self._labels[target].add(display_label(long))
            self._fixed[skey] = target
            self._short_names.setdefault(skey, target)
            self._acronyms.add(skey)

    def learn_other_names(self, text: str) -> None:
        """Take "X, also called Y" as two names of one entity when both were extracted.

        Only names the pages' claims use are joined, so a gloss about
        something the claims never mention changes nothing.
        """
        from .abbreviations import (
            bare_glosses,
            bracket_names,
            find_other_names,
            find_relative_glosses,
        )

        for before, after in find_other_names(text):
            x = self._name_ending(before)
            if x is not None and _inside_longer_phrase(before, len(x.split())):
                x = None  # "stiffness in your jaw muscles (lockjaw)": the phrase's name
            self._join_other_name(x, after)
        for before, words in bracket_names(text):
            x = self._name_ending(before)
            if x is not None and not _after_preposition(before, len(x.split())) \
                    and not _after_joint(before, len(x.split())):
                self._join_bracket_name(x, label_key(" ".join(words)))
        for before, name in bare_glosses(text):
            x = self._name_ending(before)
            if x is not None and _inside_longer_phrase(before, len(x.split())):
                x = None
            self._gloss_name(x, name)
        for head, clause, after in find_relative_glosses(text):
            # "a wash that is made from sea salt, known as ...": when the clause ends in
            # no name the pages use, the name glossed is the one the clause is about.
            if not any(label_key(" ".join(clause[-n:])) in self._labels
                       for n in range(1, len(clause) + 1)):
                x = self._name_ending(head)
                if x is not None and x not in GENERIC_HEADS:
                    self._join_other_name(x, after)

    def learn_bracket_name(self, label: str, name: str) -> None:
        """Take the name in brackets right after a claim's own words as its other name.

        "a crackling sensation under the skin (crepitus)": the claim's label is
        read from the words before the bracket, so the bracket names that thing
        however long its description (:meth:`learn_other_names` reads the last
        few words before a bracket and knows no claim).  A name the pages' claims
        use is joined with the label (as :meth:`_join_bracket_name` joins, with
        its guards); any other is kept as a synonym, as :meth:`_gloss_name` keeps
        a one-word one.
        """
        x, y = label_key(label), label_key(name)
        if not x or not y or x == y or _part_and_its_illness(x, y):
            return
        if y in self._labels:
            self._join_bracket_name(x, y)
        elif x not in GENERIC_HEADS and not _words_within(y, x):
            self.add_other_name(label, name)

    def _join_bracket_name(self, x: str | None, y: str) -> None:
        """Join "X (Y Z)" when the pages' claims use both names and neither is a kind of the other.

        "vorbic ulcers (plimsy sores)" names the ulcers twice; "plimsy
        (chronic plimsy)" names one kind of plimsy, "the knees (knee
        arthritis)" what befalls them (a body part and no part, or one
        name's words all in the other), and the topic's own names are set
        by :meth:`set_topic`.
        """
        if x is None or y not in self._labels or x in self._display or y in self._display \
                or x in GENERIC_HEADS or _words_within(x, y) or _words_within(y, x) \
                or (self._types.get(x) == EntityType.ANATOMY) != (
                    self._types.get(y) == EntityType.ANATOMY):
            return  # "the knees (knee arthritis)": what harms a part is no name of it
        self._join_other_name(x, y.split())

    def _gloss_name(self, x: str | None, name: str) -> None:
        """Keep a bracketed name no claim uses as a synonym of ``x`` ("X (echogram)").

        Only a lower-case word that can name a thing (a noun, or a term the
        dictionary lacks) counts: "dormant (inactive)" glosses no name, and a
        capitalised word in brackets may be anything ("(Tuesday)").
        """
        key = label_key(name)
        if x is None or not key or key == x or key in self._labels or x in GENERIC_HEADS \
                or not name.islower() or _part_and_its_illness(x, key):
            return
        lemmas = all_lemmas(name.lower())
        if not lemmas or "NOUN" in lemmas:
            self._glossed[x].add(display_label(name))
            self._same_words(x, key)

    def _same_words(self, a: str, b: str) -> None:
        """Record two one-word names a page states are one (every statement, whatever the
        order the pages come in)."""
        if " " not in a and " " not in b and a.isalpha() and b.isalpha() \
                and a not in self._display and b not in self._display:
            self._word_names[a].add(b)
            self._word_names[b].add(a)

    def _name_ending(self, words: list[str]) -> str | None:
        """Return the longest name the pages use that ends the words (an "of" object aside).

        A name with a word in front that can describe it and is no part of it
        ("a swollen [tongue] (often called ...)", "a red [tongue]": "red" is also
        a noun) is not what the gloss names: the gloss names the kind the words
        describe.
        """
        for n in range(len(words), 0, -1):
            k = label_key(" ".join(words[-n:]))
            if k in self._labels and not _inside_phrase(words, len(words) - n):
                lead = words[-n - 1].lower() if n < len(words) else ""
                return None if lead and "ADJ" in all_lemmas(lead) else k
        return None

    def _join_other_name(self, x: str | None, after: list[str]) -> None:
        """Make the name that opens ``after`` another name of ``x``, when the pages use both."""
        y = next((k for n in range(len(after), 0, -1)
                  if (k := label_key(" ".join(after[:n]))) in self._labels), None)
        if x is None or y is None or x == y or distinct(x, y) or _part_and_its_illness(x, y):
            return
        groups = synonym_groups()
        if groups.get(x, (x,)) != groups.get(y, (y,)) and x in groups and y in groups:
            return  # the lexicon knows them as two things ("fever, or chills, ...")
        if self.vocab_id(x) is not None or self.vocab_id(y) is not None:
            return
        self._same_words(x, y)
        x, y = self._stated_root(x), self._stated_root(y)
        if x != y and y not in self._fixed:
            self._fixed[y] = x

    def _stated_root(self, key: str) -> str:
        """Return the name a chain of stated names ends in ("X, also called Y" after "Y (Z)").

        Each statement points one name at another; a name pointed at may be
        pointed on by a later statement, and every name of the chain is one
        entity.
        """
        seen = {key}
        while (nxt := self._fixed.get(key)) is not None and nxt not in seen:
            seen.add(nxt)
            key = nxt
        return key

    def _canon(self, key: str) -> str:
        key = self._stated_root(key)
        return self._alias.get(key, key)

    def vocab_id(self, key: str) -> str | None:
        """Return the vocabulary entity a normalised phrase names or contains."""
        if self.vocabulary is None:
            return None
        if key in self._vocab_cache:
            return self._vocab_cache[key]
        found = self._vocab_lookup(key)
        self._vocab_cache[key] = found
        return found

    def _vocab_lookup(self, key: str) -> str | None:
        if self.vocabulary is None:
            return None
        found = self.vocabulary.index.get(key)
        if found:
            return found
        # A vocabulary name inside the phrase counts when it is the phrase's
        # head ("painful skin ulcer" → "skin ulcer", not "skin" in "ulcer on
        # the skin") or most of its words.
        words = key.split()
        cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS and i), len(words))
        head = " " + " ".join(words[:cut])
        padded = f" {key} "
        for vkey, vid in self._vocab_keys:
            if f" {vkey} " in padded and (
                head.endswith(" " + vkey) or 2 * len(vkey.split()) >= len(words)
            ):
                return vid
        return None

    def finish(self) -> None:
        """Join the names that mean one thing among non-vocabulary keys.

        Each rule proposes pairs (other word forms, germs and their
        infections, the lexicon, cut words, the one kind of a thing, sure
        near-spellings: "net-like" / "netlike"); no pair joins names that
        :func:`distinct` keeps apart, and joined sets take their shortest name
        that is spelled out and says which kind it is.
        """
        loose = sorted(k for k in self._labels
                       if self.vocab_id(k) is None and k not in self._fixed)
        present = set(loose)
        pairs = [*self._word_pairs(loose, present), *self._lexicon_pairs(loose, present)]
        # A germ named with its kind word ("staph bacteria") is cut short as the bare germ
        # is: the bare names stand in for it where no page wrote them.  (Not for species:
        # "X bacteria, such as X-ococcus vorlaxii" names a class the species is one of.)
        bare_germs = _bare_germ_names(loose, present)
        pairs += [(bare_germs.get(a, a), bare_germs.get(b, b))
                  for a, b in clipped_pairs([*loose, *bare_germs]) if not distinct(a, b)]
        # The one kind of a thing the pages name is the thing (never the topic's kinds).
        kinds = [(a, b) for a, b in sole_kind_pairs(loose)
                 if a not in self._display and b not in self._display and not distinct(a, b)]
        kinds += [(a, b) for a, b in sole_kind_pairs(loose, one_word=True)
                  if a not in self._display and b not in self._display and not distinct(a, b)
                  and (self._on_other_pages(a, b) or self._shortened_later(a, b))]
        pairs += kinds
        pairs += [(a, b) for a, b, score in _similar_pairs(loose)
                  if score >= SURE and not distinct(a, b)]
        grave = [(a, b) for a, b in _severity_pairs(loose, present) if b not in self._display]
        pairs += grave
        species = list(_sole_species_pairs(loose, present))
        pairs += species
        # A set is named by the topic's label, else by its shortest name written out
        # ("quorbic vexin globulin", not "QVG treatment") that says which kind it is
        # ("surgical tape", not "tape"; "grebble vaccine", not "vaccine").
        shorts = {f" {short} " for short in self._acronyms}
        wide = {bare for kind, bare in kinds if kind.endswith(" " + bare)}
        wide.update(genus for genus, _ in species)  # "Quentella vorlaxii", not "quent"
        wide.update(bare for k in loose if (bare := self._of_the_topic(k, present)))
        wide.update(bare for k in loose if (bare := _bare_of_kind(k, present)))  # "plimsy"
        wide.update(name for name, _ in grave)  # "vorbing", not "serious vorbing"
        canon = _union(loose, pairs, key=lambda k: (
            k not in self._display, any(s in f" {k} " for s in shorts), k in wide, len(k), k))
        self._alias = canon
        self._resolved.clear()

    def _word_pairs(self, loose: Sequence[str], present: set[str]) -> Iterator[tuple[str, str]]:
        """Yield (name, other name) for names that differ in a generic head or a word form."""
        forms: dict[str, str] = {}
        for k in loose:
            forms.setdefault(name_form(k), k)
        for k in loose:
            # "steroid medicine" is "steroid" when a page names it so: the generic head
            # adds nothing.  "<topic> treatment" is the class of its treatments, never
            # the topic, and "pain medicine" is no pain: only a medicine's own name
            # loses the head.  The name left may be written another way
            # ("quentellococcal bacteria" are "quentellococci").
            bare = _GENERIC_HEAD.sub("", k)
            if bare != k and bare not in present:
                bare = self._fixed.get(bare) or forms.get(name_form(bare), bare)
            if bare != k and bare in present and bare not in self._display \
                    and self._types.get(bare) not in _NOT_MEDICINES and not distinct(bare, k) \
                    and not _ILLNESS_END.search(bare):  # ("cancer drugs" are no cancer)
                yield k, bare
            for other in (self._same_by_form(k, present, forms),
                          self._infected_with(k, present, forms), _gland_state(k, present),
                          self._of_the_topic(k, present), _named_germ(k, present),
                          _latin_singular(k, present), _bare_of_kind(k, present),
                          self._with_stated_word(k, present, forms)):
                if other is not None:
                    yield k, other
        for k in loose:
            first = forms[name_form(k)]
            if first != k and not distinct(first, k):
                yield k, first  # "renal failure" is "kidney failure"

    @staticmethod
    def _lexicon_pairs(loose: Sequence[str], present: set[str]) -> Iterator[tuple[str, str]]:
        """Yield (name, first present name of its lexicon group): everyday and clinical names."""
        present_forms: dict[str, str] = {}
        for name in sorted(present):
            present_forms.setdefault(register_words(name), name)
        for k in loose:
            group = lexicon_group(k)
            first = next((f for g in group if (f := g if g in present else
                                                present_forms.get(register_words(g)))), k) \
                if group else k
            if first != k and not distinct(first, k):
                yield k, first

    def _same_by_form(self, key: str, present: set[str], forms: dict[str, str],
                      ) -> str | None:
        """Return another present key that names ``key``'s thing in another word form.

        "herpes vaccine" is "<topic> vaccine" when herpes is one of the topic's
        names, and "QVG resistance" is "resistance to quorbic vexin globulin"
        when a page defines QVG; "old age" is "older age".  (Word order and
        register are :func:`~claimgraph.ingest.lexicon.name_form`'s.)
        """
        words = key.split()
        # The topic's few names are tried whole; abbreviations by the key's words, so the
        # pass stays linear however many a corpus defines.
        shorts = [(w, self._short_names[w]) for w in dict.fromkeys(words)
                  if w in self._short_names]
        for alias, long in (*self._topic_names, *shorts):
            if alias in key and f" {alias} " in f" {key} " and key != alias:
                other = f" {key} ".replace(f" {alias} ", f" {long} ").strip()
                other = other if other in present else forms.get(name_form(other), other)
                if other != key and other in present and not distinct(other, key):
                    return other
        if len(words) >= 2:
            base = _adjective_base(words[0])
            other = " ".join([base, *words[1:]])
            if base != words[0] and other in present and not distinct(other, key):
                return other
        return None

    def _with_stated_word(self, key: str, present: set[str], forms: dict[str, str],
                          ) -> str | None:
        """Return the present name ``key`` is with one word swapped for the word a page said
        it is.

        A page that writes "plimsy (vorb)" says the two words name one thing,
        so "plimsy of the knee" is "knee vorb".  The name keeps its other
        words; a number or an opposite prefix still keeps two names apart.
        """
        if not self._word_names or " " not in key:
            return None
        words = key.split()
        for i, word in enumerate(words):
            for other in sorted(self._word_names.get(word, ())):
                swapped = " ".join([*words[:i], other, *words[i + 1:]])
                found = swapped if swapped in present else forms.get(name_form(swapped))
                if found is not None and found != key and not distinct(found, key):
                    return found
        return None

    def _of_the_topic(self, key: str, present: set[str]) -> str | None:
        """Return the present name that "<topic> <thing>" is without the topic's name.

        Every page of a run is about the topic, so "grebble arthritis" there is
        the arthritis the pages speak of.  The topic's kind words ("grebble
        infection"), the topic itself and names that differ in a number stay
        out: those are the topic or one of its kinds.
        """
        for name in (*self._display, *(alias for alias, _ in self._topic_names)):
            if not key.startswith(name + " "):
                continue
            rest = key[len(name) + 1:]
            if rest in present and rest not in self._display and rest not in self._fixed \
                    and rest.rsplit(" ", 1)[-1] not in KIND_WORDS and not distinct(rest, key):
                return rest
        return None

    def _infected_with(self, key: str, present: set[str], forms: dict[str, str]) -> str | None:
        """Return the germ or the topic that "<X> infection" is an infection with.

        "HIV infection" is HIV when a page spells HIV out as a virus, and
        "infection with the X virus" is the X virus; "skin infection" is no
        skin, so only names of germs and the topic's own names count.
        """
        m = _INFECTION.fullmatch(inverted(key))
        if m is None:
            return None
        other = self._fixed.get(m["what"], m["what"])
        if other not in present:  # "quentellococcal infection" is with quentellococci
            other = forms.get(name_form(other), other)
        if other not in present or distinct(other, key):
            return None
        return other if _is_germ(other, present) or other in self._display else None

    def label(self, key: str) -> str:
        """Return the display label for a normalised key (shortest surface form)."""
        if key in self._display:
            return self._display[key]
        surfaces = self._labels.get(key) or {key}
        return min(surfaces, key=lambda s: (len(s), s))

    def resolve(self, label: str) -> str:
        """Return the entity id of a phrase (after :meth:`finish`)."""
        found = self._resolved.get(label)
        if found is None:
            key = label_key(label)
            vid = self.vocab_id(key)
            found = vid if vid is not None else slugify(self._canon(key))
            self._resolved[label] = found
        return found

    def entities(self) -> tuple[Entity, ...]:
        """Return the entities the phrases resolved to, vocabulary ones included."""
        out: dict[str, Entity] = {}
        if self.vocabulary is not None:
            out.update(self.vocabulary.entities)
        grouped: dict[str, list[str]] = defaultdict(list)
        for key in self._labels:
            if self.vocab_id(key) is None:
                grouped[self._canon(key)].append(key)
        for canon, keys in grouped.items():
            surfaces = sorted({s for k in keys
                               for s in self._labels[k] | self._glossed.get(k, set())}
                              | part_first_names(keys, self._labels)
                              | state_names(keys, self._labels)
                              | (bare_remedy_names(keys, self._labels)
                                 if self._types.get(canon) in _REMEDY_TYPES else set())
                              | self._lexicon_synonyms(keys))
            label = self.label(canon)
            eid = slugify(canon)
            out[eid] = Entity(eid, label, self._types.get(canon, EntityType.OTHER),
                              synonyms=tuple(s for s in surfaces if s != label))
        return tuple(sorted(out.values(), key=lambda e: e.id))

    def _lexicon_synonyms(self, keys: Sequence[str]) -> set[str]:
        """Return the lexicon's names of the thing ``keys`` name that no other entity has.

        Another entity's name stays that entity's: the resolver kept the two apart
        (a number, a vocabulary entry), and one name must find one entity.
        """
        own = set(keys)
        return {name for name in lexicon_names(keys)
                if (key := label_key(name)) in own or key not in self._labels}

    def created(self, entities: Iterable[Entity] | None = None) -> tuple[str, ...]:
        """Return ids of entities that no vocabulary defined.

        ``entities`` is what :meth:`entities` returned, when the caller has it: building
        them again (every entity's synonyms) cost ~4 % of a run on a large table.
        """
        vocab_ids = set(self.vocabulary.entities) if self.vocabulary else set()
        made = self.entities() if entities is None else entities
        return tuple(sorted({e.id for e in made} - vocab_ids))


def _union(keys: Sequence[str], pairs: Iterable[tuple[str, str]],
           key: Callable[[str], tuple[object, ...]]) -> dict[str, str]:
    """Return each key's representative once every pair is joined (the least by ``key``).

    Merges found by different rules can form chains and cycles ("exam" →
    "examination" by one rule, back by another); joining sets, not pointing
    names at each other, gives every member of a set the same representative.
    """
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in pairs:
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb, key=key)] = min(ra, rb, key=key)
    return {k: find(k) for k in keys}


_INFECTION = re.compile(r"(?P<what>[a-z0-9 ]+?) infection")
# A gland's name with "overactive" / "underactive" is the hyper-/hypo- name of its state.
_GLAND_STATE = re.compile(r"(?P<state>over|under)active (?P<gland>[a-z]+)(?: gland)?")
# Types a name can have that say it is no medicine ("pain", "cancer", "skin").
_NOT_MEDICINES = frozenset({EntityType.CONDITION, EntityType.SYMPTOM, EntityType.ANATOMY})
# Names of illnesses by their last word: "cancer drugs" are drugs for a cancer, not it.
_ILLNESS_END = re.compile(r"(?:cancer|disease|infection|syndrome|disorder|failure|itis|emia|"
                          r"aemia|oma|pain|fever|diabetes|asthma)$")


def _is_germ(key: str, present: set[str]) -> bool:
    """Return whether a name is a germ's: by its last word, by the pages, or as a species.

    "X virus" names one; so does X when the pages also speak of "X bacteria";
    and a genus and species of no dictionary word ("quentella vorlaxii").

    >>> _is_germ("strep", {"strep", "strep bacterium"}), _is_germ("skin", {"skin"})
    (True, False)
    >>> _is_germ("quentella vorlaxii", set()), _is_germ("streptococcus vorlaxii", set())
    (True, True)
    """
    if names_a_germ(key) or any(f"{key} {w}" in present for w in GERM_WORDS):
        return True
    words = key.split()
    if len(words) != 2 or not all(len(w) >= 5 and w.isalpha() for w in words):
        return False
    # A species of no dictionary word, its genus either no word or a germ's ("...coccus").
    return not all_lemmas(words[1]) and (not all_lemmas(words[0]) or names_a_germ(words[0]))


# Latin and Greek plural endings and their singulars ("emboli" / "embolus"); "-oses"
# reaches us as "-os", the ending the rules for unknown words cut.
_LATIN_PLURALS = (("ae", "a"), ("i", "us"), ("ia", "ium"), ("a", "um"), ("ses", "sis"),
                  ("s", "sis"), ("ata", "a"), ("ices", "ix"), ("ices", "ex"))


def _latin_singular(key: str, present: set[str]) -> str | None:
    """Return the present singular of a Latin or Greek plural the dictionary lacks.

    Only both forms on the pages count, so a species' name ending in -i
    ("quentella vorlaxii") never becomes a word no page wrote.

    >>> _latin_singular("pulmonary vorbuli", {"pulmonary vorbulus"})
    'pulmonary vorbulus'
    >>> _latin_singular("quentella vorlaxii", {"quentella"}) is None
    True
    """
    head, _, last = key.rpartition(" ")
    for plural, singular in _LATIN_PLURALS:
        if last.endswith(plural) and len(last) > len(plural) + 3:
            other = f"{head} {last[:-len(plural)]}{singular}".strip()
            if other in present and not distinct(other, key):
                return other
    return None


def _bare_of_kind(key: str, present: set[str]) -> str | None:
    """Return the present one-word name that "<name> disease" is without its kind word.

    Pages write "Plimsy disease" and "Plimsy's" for one illness; the name must
    be a word of no dictionary ("heart disease" is no heart, "Grave's" a word).

    >>> _bare_of_kind("plimsy disease", {"plimsy"}), _bare_of_kind("heart disease", {"heart"})
    ('plimsy', None)
    """
    name, _, kind = key.partition(" ")
    if kind in KIND_WORDS and name in present and len(name) >= 4 and name.isalpha() \
            and not all_lemmas(name) and not distinct(name, key):
        return name
    return None


# How grave an outcome is said to be, and the words that set a milder kind against it.
# ("Severe" grades a sign's strength, mild to severe, and pages name the grades as signs
# of their own: "severe headache" stays apart from headache.)
_GRAVE = ("serious ", "dangerous ", "life threatening ")
_MILD = ("mild ", "minor ", "slight ", "moderate ", "less serious ", "non serious ")


def _severity_pairs(keys: Sequence[str], present: set[str]) -> Iterator[tuple[str, str]]:
    """Yield (grave name, bare name): "serious vorbing" is the vorbing the pages speak of.

    Saying a thing is serious says how bad it is, not which kind: a page that
    warns of "serious vorbing" and one that names "vorbing" speak of one
    thing.  When a page also names a milder kind ("mild vorbing") the words
    set kinds apart, and all stay apart.

    >>> list(_severity_pairs(["serious vorbing", "vorbing"], {"serious vorbing", "vorbing"}))
    [('serious vorbing', 'vorbing')]
    >>> names = {"severe vorbing", "mild vorbing", "vorbing"}
    >>> list(_severity_pairs(sorted(names), names))
    []
    """
    for key in keys:
        grave = next((g for g in _GRAVE if key.startswith(g)), None)
        if grave is None:
            continue
        bare = key[len(grave):]
        if bare in present and not distinct(bare, key) \
                and not any(f"{mild}{bare}" in present for mild in _MILD):
            yield key, bare


def _is_acronym(name: str) -> bool:
    """Return whether a name is written as an acronym ("GSS", "QVGs")."""
    letters = name.rstrip("s")
    return len(letters) >= 2 and letters.isalnum() and letters.isupper()


def _named_germ(key: str, present: set[str]) -> str | None:
    """Return the germ "the bacterium <germ>" names, when the pages name the germ alone.

    A word for what kind of germ it is ("the virus X", "spirochete X") adds
    nothing to the germ's own name; any other word in front ("drug-resistant
    X") names a kind of the germ and stays apart.

    >>> _named_germ("the bacterium quentella vorlaxii", {"quentella vorlaxii"})
    'quentella vorlaxii'
    >>> _named_germ("resistant quentella vorlaxii", {"quentella vorlaxii"}) is None
    True
    """
    words = key.split()
    for n in range(1, min(3, len(words) - 1) + 1):
        lead, rest = words[:n], " ".join(words[n:])
        if all(w in GERM_WORDS or w in ("the", "a", "an") for w in lead) \
                and lead[-1] in GERM_WORDS and rest in present and _is_germ(rest, present) \
                and not distinct(rest, key):
            return rest
    return None


def _sole_species_pairs(keys: Sequence[str], present: set[str]) -> Iterator[tuple[str, str]]:
    """Yield (genus, species) when the pages name one species of a genus and the genus alone.

    "Quentella" on a page that also names "Quentella vorlaxii", and no other
    Quentella, is that germ; with two species named, the genus stays apart.
    The genus may be cut short ("quent"), as pages shorten a germ's name,
    when the cut fits one genus named.

    >>> list(_sole_species_pairs(["quentella", "quentella vorlaxii", "skin"],
    ...                          {"quentella", "quentella vorlaxii", "skin"}))
    [('quentella', 'quentella vorlaxii')]
    >>> list(_sole_species_pairs(["quentella", "quentella vorlaxii", "quentella morvaxii"],
    ...                          {"quentella", "quentella vorlaxii", "quentella morvaxii"}))
    []
    >>> list(_sole_species_pairs(["quent", "quentella vorlaxii"], {"quent", "quentella vorlaxii"}))
    [('quent', 'quentella vorlaxii')]
    """
    species: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) == 2 and len(words[1]) >= 4 and words[0].isalpha() \
                and words[1].isalpha() and not all_lemmas(words[1]):
            species[words[0]].append(key)
    genera = sorted(species)
    cut_of: dict[str, list[str]] = defaultdict(list)  # genus -> the cuts that fit it alone
    for key in keys:
        if " " not in key and len(key) >= 4 and key.isalpha():
            # The genera a cut starts sort right after it: found by bisection.
            fits: list[str] = []
            for i in range(bisect.bisect_left(genera, key), len(genera)):
                genus = genera[i]
                if not genus.startswith(key) or len(fits) > 1:
                    break
                if len(genus) >= len(key) + 3 and (not all_lemmas(key) or names_a_germ(genus)):
                    fits.append(genus)
            if len(fits) == 1:
                cut_of[fits[0]].append(key)
    for genus, named in sorted(species.items()):
        if len(named) != 1 or not _is_germ(named[0], present):
            continue
        names = [genus] if genus in present else []
        for name in [*names, *cut_of.get(genus, ())]:
            if not distinct(name, named[0]):
                yield name, named[0]


_GERM_HEAD = re.compile(r"(?P<germ>[a-z][a-z ]*?) (?:bacterium|germ|microbe)")
_COCCAL = re.compile(r"cocc(?:al|i)$")


def _bare_germ_names(keys: Sequence[str], present: set[str]) -> dict[str, str]:
    """Return the germ each "<germ> bacteria" names, bare, when no page names it bare.

    The adjective is read as the germ ("staphylococcal bacteria" are
    staphylococci), so the rule for cut germ names meets it.

    >>> _bare_germ_names(["quentococcal bacterium", "quent bacterium", "skin"], {"skin"})
    {'quentococcus': 'quentococcal bacterium', 'quent': 'quent bacterium'}
    """
    out: dict[str, str] = {}
    for key in keys:
        m = _GERM_HEAD.fullmatch(key)
        if m is not None:
            bare = _COCCAL.sub("coccus", m["germ"])
            if bare not in present:
                out.setdefault(bare, key)
    return out


def _gland_state(key: str, present: set[str]) -> str | None:
    """Return the present "hyper<gland>ism" of "overactive <gland>" (hypo- of underactive).

    >>> _gland_state("overactive parathyroid gland", {"hyperparathyroidism"})
    'hyperparathyroidism'
    >>> _gland_state("underactive thyroid", {"hyperthyroidism"}) is None
    True
    """
    m = _GLAND_STATE.fullmatch(key)
    if m is None:
        return None
    other = ("hyper" if m["state"] == "over" else "hypo") + m["gland"] + "ism"
    return other if other in present else None


@lru_cache(maxsize=10_000)
def _adjective_base(word: str) -> str:
    """Return an adjective's positive form ("older" → "old"); other words as they are."""
    if not word.endswith(("er", "est")) or not word.isalpha():
        return word
    lemmas = all_lemmas(word)
    adj = lemmas.get("ADJ")
    return adj[0] if adj and "NOUN" not in lemmas else word


_ONE_SIDE_OF = re.compile(r" (?:on|in|of) (?:one|1|either|each|both|the other) sides? of "
                          r"(?:the |your |their |his |her )?")


def part_first_names(keys: Iterable[str], known: dict[str, set[str]]) -> set[str]:
    """Return "grebble ache in the knee" written part first ("knee grebble ache") as a synonym.

    Readers write a sign at a body part with the part in front (only a body
    part: "a rash of sores" is no "sore rash"); "on one side
    of the face" says where on the part, so it is read as "of the face". A
    form another entity already has is left to the merging rules.

    >>> sorted(part_first_names(["weakness on one side of the face"], {}))
    ['face weakness']
    """
    out: set[str] = set()
    for key in keys:
        if " of " not in key and " in " not in key and " on " not in key:
            continue
        flipped = inverted_keeping_modifier(_ONE_SIDE_OF.sub(" of the ", key))
        if flipped != key and flipped not in known \
                and any(w in BODY_PARTS for w in flipped.split()[:-1]):
            out.add(flipped)
    return out


_REMEDY_TYPES = frozenset({EntityType.MEDICATION, EntityType.PROCEDURE})
# Where care is given is no name of it: "hospital treatment" is not a hospital.
_CARE_SETTINGS = frozenset({"hospital", "home", "clinic", "inpatient", "outpatient", "community",
                            "specialist", "emergency"})


def bare_remedy_names(keys: Iterable[str], known: dict[str, set[str]]) -> set[str]:
    """Return a remedy's name without its generic tail, as a synonym of it.

    Readers name "zorbulin therapy" zorbulin and "antiviral medicines"
    antivirals. The bare word must be able to name a thing (a noun, or a word
    the lexicon does not know: a drug's own name), and must not already name
    another entity of the page: "pain medication" is not pain.

    >>> sorted(bare_remedy_names(["zorbulin therapy", "pain medication"], {"pain": {"pain"}}))
    ['zorbulin']
    """
    out: set[str] = set()
    for key in keys:
        m = REMEDY_TAIL.match(key)  # (keys are lower case)
        if m is None:
            continue
        bare = m["name"] + m["last"]
        if bare in known or m["last"] in _CARE_SETTINGS or m["last"] in BODY_PARTS:
            continue
        lemmas = all_lemmas(m["last"])
        if not lemmas or ("NOUN" in lemmas and "ADJ" not in lemmas):
            out.add(bare)
    return out


# Heads that say only that a name is a medicine (or a germ, or its use): "calcimimetic
# agents" are calcimimetics, as "steroid tablets" are steroids.
_GENERIC_HEAD = re.compile(
    r" (?:medicine|medication|drug|agent|tablet|pill|bacterium|treatment|therapy|use)$")


def without_generic_head(key: str) -> str:
    """Return a key without the generic head the resolver joins it across ("steroid medicine").

    >>> without_generic_head("zorbulin tablet"), without_generic_head("zorbulin")
    ('zorbulin', 'zorbulin')
    """
    return _GENERIC_HEAD.sub("", key)
_OPPOSITE_PREFIXES = (("hyper", "hypo"), ("over", "under"), ("high", "low"),
                      ("in", "out"), ("pre", "post"), ("upper", "lower"), ("left", "right"))


def distinct(a: str, b: str) -> bool:
    """Return whether two near-spelled keys must stay apart whatever their score.

    Labels that differ in a number ("type 1"/"type 2", "B12"/"B1", "stage
    4"/"stage 5"), a roman numeral, or an opposite prefix (hyper-/hypo-)
    name different things.

    >>> distinct("type 1 diabetes", "type 2 diabetes"), distinct("vitamin b12", "vitamin b1")
    (True, True)
    >>> distinct("hyperthyroidism", "hypothyroidism"), distinct("net like", "netlike")
    (True, False)
    >>> distinct("vitamin d deficiency", "vitamin e deficiency")
    True
    >>> distinct("type ii reaction", "type 2 reaction"), distinct("stage iv", "stage 5")
    (False, True)
    """
    if numbers(a) != numbers(b):
        return True  # "type 1" / "type 2", "stage iv" / "stage 5"; "type ii" is "type 2"
    letters_a, letters_b = _letters(a), _letters(b)
    if letters_a and letters_b and letters_a != letters_b:
        return True  # "protein c" / "protein s", "group a" / "group b"
    for x, y in _OPPOSITE_PREFIXES:
        for u, w in ((a, b), (b, a)):
            if re.search(rf"\b{x}", u) and re.search(rf"\b{y}", w) and not re.search(rf"\b{x}", w):
                return True
    return False


def _letters(key: str) -> list[str]:
    """Return the one-letter words of a key ("vitamin d"), an X-ray's X aside."""
    return [w for w in f" {key} ".replace(" x ray ", " xray ").split()
            if len(w) == 1 and w.isalpha()]


def _similar_pairs(keys: Sequence[str]) -> tuple[tuple[str, str, float], ...]:
    """Return (a, b, score) for keys sharing a word whose spelling is close.

    The last answer is kept: a run pairs the same names twice, when the
    resolver joins sure pairs (:meth:`Resolver.finish`) and when the merge
    suggestions are written (:func:`suggest_merges`); pairing 16 000 names
    from a long table cost ~0.08 s each time.
    """
    names = tuple(keys)
    known = _LAST_PAIRED.get(names)
    if known is None:
        _LAST_PAIRED.clear()
        known = _LAST_PAIRED[names] = tuple(_pairs_of(names))
    return known


# The names :func:`_similar_pairs` last paired, and its answer (one entry: the two calls
# of a run follow each other).
_LAST_PAIRED: dict[tuple[str, ...], tuple[tuple[str, str, float], ...]] = {}


def _pairs_of(keys: Sequence[str]) -> Iterator[tuple[str, str, float]]:
    """Yield :func:`_similar_pairs`'s pairs (the work, without the memory)."""
    by_word: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        for w in set(re.findall(r"[a-z0-9]{4,}", k + " " + k.replace(" ", ""))):
            if len(by_word[w]) < _MAX_BLOCK:
                by_word[w].append(k)
    seen: set[tuple[str, str]] = set()
    bare = {k: k.replace(" ", "") for k in keys}  # once a key, not once a pair
    if all(len(group) < 2 for group in by_word.values()):
        return  # no two keys share a word: no pair to score
    # rapidfuzz (~0.01 s of start-up) on first use: a run on a page or two may need none.
    from rapidfuzz import fuzz

    for group in by_word.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                pair = (a, b) if a < b else (b, a)
                if pair in seen:
                    continue
                seen.add(pair)
                score = fuzz.ratio(bare[a], bare[b])
                if score < UNSURE:
                    # Same words in another order ("kidney failure, chronic") is
                    # worth a look, never a sure merge.
                    score = min(fuzz.token_sort_ratio(a, b), SURE - 0.5)
                if score >= UNSURE:
                    yield pair[0], pair[1], float(score)


def suggest_merges(entities: Iterable[Entity], among: Iterable[str] | None = None,
                   ) -> list[MergeSuggestion]:
    """Return pairs of entities that may be the same, for a person to confirm.

    Only entities in ``among`` (default: all) are paired; pairs the
    resolver was sure of are already merged, so these are the unsure ones.
    """
    allowed = set(among) if among is not None else None
    by_key: dict[str, Entity] = {}
    for e in entities:
        if allowed is None or e.id in allowed:
            by_key.setdefault(label_key(e.label), e)
    out = []
    for a, b, score in _similar_pairs(sorted(by_key)):
        ea, eb = by_key[a], by_key[b]
        if ea.id != eb.id:
            out.append(MergeSuggestion(ea.id, eb.id, ea.label, eb.label, round(score, 1),
                                       "similar spelling"))
    return sorted(out, key=lambda s: (s.a, s.b))


def suggestion_records(suggestions: Iterable[MergeSuggestion]) -> list[dict[str, object]]:
    """Return suggestions as plain mappings for a review file."""
    return [{"merge": [s.a_label, s.b_label], "ids": [s.a, s.b], "score": s.score,
             "reason": s.reason, "method": s.method} for s in suggestions]
