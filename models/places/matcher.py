"""Word-level matching: which indexed words a typed word may mean, and how well a name matches.

Contract:

- ``edit_budget(word)``: the edits an indexed word tolerates: 0 below 4
  letters, 1 from 4, 2 from 8 (``BUDGETS``). Edits are Damerau (optimal
  string alignment: an adjacent swap is one edit), computed by rapidfuzz.
- ``Vocabulary(words, counts)`` holds the distinct indexed words (the
  ``vocab`` table), and for Hebrew and Arabic words their article-less cores
  and Hebrew skeletons (``models.places.clitics``); ``expand(word, prefix)``
  lists the indexed words a typed word may stand for as ``(word, edits,
  is_prefix)``: the word itself, words it begins (only when ``prefix``; the
  most frequent ``MAX_PREFIX``), and words within their budget (at most
  ``MAX_FUZZY``, nearest first; candidates are the words sharing enough
  letter pairs, at most ``MAX_CANDIDATES`` of them measured); each of these
  also for the typed word without its prefix letters ("ביפו" -> "יפו") and
  against indexed words without their article ("נביאים" -> "הנביאים"), and
  the Hebrew words of the same skeleton (one edit: "הלל" -> "הילל"); and
  the compounds a typed word of ``MIN_SUFFIX`` letters or more ends, after a
  head of ``MIN_HEAD`` letters or more ("esplanadi" -> "pohjoisesplanadi";
  never a street-type word: "gatan" finds no "mariegatan"), the most
  frequent ``MAX_SUFFIX`` (``compounds_ending``).
- ``score_name(query_words, name_words, prefix) -> NameMatch | None``: how
  a folded name answers the folded query words. Each query word takes the
  best free name word: equal, the start of it (the last word, while typing),
  or within the name word's budget (a word still being typed may also be a
  misspelt start), or its end after a compound's head (as ``compounds_ending``
  says; such a match is partial: "esplanadi" is the end of both
  Pohjoisesplanadi and Eteläesplanadi). Street-type words and particles (``normalise``) are
  optional on both sides. Hebrew prefix letters and the Arabic article are
  optional too (``models.places.clitics``): a word matched through them
  is exact at a small cost to the score (0.01), unless the typed word is an
  indexed word as it stands (``literal``), when the reading through clitics
  counts one edit ("הרצל" never verifies a street "רצל"); the budget then
  applies to the core, by the indexed core's length. A Hebrew spelling
  with or without ו/י (same skeleton) is one edit, whatever the length. One
  query word may find nothing when it is short
  or at least two others matched (it costs two edits). Name words left
  unmatched make the match "partial" (as-you-type shows "Rue de la Paix" for
  "rue de la"). ``quality`` is "exact" (every word equal, none missing),
  "fuzzy" (edits, none missing) or "partial"; ``score`` 0..1, 1.0 for exact,
  a little less when a typed street-type word is not in the name or one in
  the name was not typed, so "bd des moulins" puts the boulevard first. A
  typed type word of another kind than the name's (``normalise.street_kind``:
  "bd" for an avenue) makes the match partial; one of the same kind ("rue"
  for "X Street") or before a name without a type word ("ul. Národní",
  "ברחוב יפו") does not.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from models.places.clitics import MIN_CORE, article_core, script, skeleton, typed_cores
from models.places.normalise import FILLER_WORDS, STREET_WORDS, is_optional, street_kind

BUDGETS = ((8, 2), (4, 1))
MAX_PREFIX = 300
MAX_FUZZY = 60
MAX_CANDIDATES = 4000  # words measured per typed word, those sharing the most letter pairs
SHORT = 3
MIN_SUFFIX = 5  # a typed word finds the compounds it ends from this length on
MIN_HEAD = 3  # ... when at least this many letters stand before it
MAX_SUFFIX = 20  # compounds a typed word finds by its end, the most frequent


def edit_budget(word: str) -> int:
    for length, budget in BUDGETS:
        if len(word) >= length:
            return budget
    return 0


class Vocabulary:
    def __init__(self, words: list[str], counts: list[int]) -> None:
        self.known = set(words)
        # Hebrew and Arabic words are also found by their article-less core ("נביאים" for
        # "הנביאים") and Hebrew ones by their skeleton (spelling without matres lectionis).
        self.aliases: dict[str, list[str]] = defaultdict(list)
        self.skeletons: dict[str, list[str]] = defaultdict(list)
        weight: dict[str, int] = dict(zip(words, counts, strict=True))
        for word, count in zip(words, counts, strict=True):
            if script(word) is None:
                continue
            core = article_core(word)
            if core is not None:
                self.aliases[core].append(word)
                if core not in self.known:
                    weight[core] = weight.get(core, 0) + count
            bare = skeleton(word)
            if bare is not None:
                self.skeletons[bare].append(word)
        self.words = sorted(weight)
        self.counts = np.asarray([weight[w] for w in self.words], dtype=np.int64)
        self.lengths = np.asarray([len(w) for w in self.words], dtype=np.int32)
        self.budgets = np.asarray([edit_budget(w) for w in self.words], dtype=np.int32)
        self.array = np.asarray(self.words, dtype=object)
        postings: dict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(self.words):
            if len(word) >= 4:
                for gram in _bigrams(word):
                    postings[gram].append(i)
        self.postings = {g: np.asarray(ids, dtype=np.int32) for g, ids in postings.items()}
        # compounds by their ends: "esplanadi" finds "pohjoisesplanadi"
        self.reversed = sorted(w[::-1] for w in self.known if len(w) >= MIN_SUFFIX + MIN_HEAD)
        self.weight = weight

    def __len__(self) -> int:
        return len(self.known)

    def _real(self, entry: str) -> list[str]:
        """The indexed words an entry stands for: itself, and the words it is the core of."""
        found = self.aliases.get(entry, [])
        return [entry, *found] if entry in self.known else list(found)

    def expand(self, word: str, prefix: bool) -> list[tuple[str, int, bool]]:
        out: dict[str, tuple[int, bool]] = {}
        forms = (word, *typed_cores(word)) if script(word) else (word,)
        for form in forms:
            for w in self._real(form):
                out.setdefault(w, (0, False))
        if prefix and word:
            for form in forms:
                lo = bisect.bisect_left(self.words, form)
                hi = bisect.bisect_left(self.words, form + "\U0010ffff")
                if hi - lo > MAX_PREFIX:
                    top = lo + np.argpartition(-self.counts[lo:hi], MAX_PREFIX)[:MAX_PREFIX]
                    picked = [self.words[int(i)] for i in top]
                else:
                    picked = self.words[lo:hi]
                for entry in picked:
                    for w in self._real(entry):
                        out.setdefault(w, (0, True))
        for form in forms:
            if len(form) >= 3:
                for entry, dist in self._fuzzy(form):
                    for w in self._real(entry):
                        out.setdefault(w, (dist, False))
            bare = skeleton(form)
            if bare is not None:
                for w in self.skeletons.get(bare, ()):
                    out.setdefault(w, (1, False))
        for w in self.compounds_ending(word):
            out.setdefault(w, (0, False))
        return [(w, e, p) for w, (e, p) in out.items()]

    def compounds_ending(self, word: str) -> list[str]:
        """Indexed words that end in ``word`` after a head of ``MIN_HEAD`` letters or more,
        the most frequent ``MAX_SUFFIX``; none for a short word or a street-type word."""
        if len(word) < MIN_SUFFIX or word in STREET_WORDS:
            return []
        tail = word[::-1]
        lo = bisect.bisect_left(self.reversed, tail)
        hi = bisect.bisect_left(self.reversed, tail + "\U0010ffff")
        found = [r[::-1] for r in self.reversed[lo:hi] if len(r) - len(word) >= MIN_HEAD]
        if len(found) > MAX_SUFFIX:
            found.sort(key=lambda w: -self.weight.get(w, 0))
            found = found[:MAX_SUFFIX]
        return found

    def _fuzzy(self, word: str) -> list[tuple[str, int]]:
        """Indexed words within their budget of ``word``, nearest first.

        Candidates come from shared letter pairs (an edit changes at most three of a word's
        pairs, with start and end marks), then rapidfuzz measures each: far fewer distance
        computations than measuring the whole vocabulary.
        """
        grams = _bigrams(word)
        lists = [self.postings[g] for g in grams if g in self.postings]
        if not lists:
            return []
        most = 2 if len(word) + 2 >= 8 else 1
        hits = np.bincount(np.concatenate(lists), minlength=len(self.words))
        candidates = np.nonzero(hits >= max(1, len(grams) - 3 * most))[0]
        budgets = self.budgets[candidates]
        keep = (np.abs(self.lengths[candidates] - len(word)) <= budgets) & (
            hits[candidates] >= len(grams) - 3 * budgets
        )
        candidates = candidates[keep]
        if not len(candidates):
            return []
        if len(candidates) > MAX_CANDIDATES:
            best = np.argpartition(-hits[candidates], MAX_CANDIDATES)[:MAX_CANDIDATES]
            candidates = candidates[best]
        choices = self.array[candidates].tolist()
        found = []
        for w, dist, _ in process.extract(
            word, choices, scorer=OSA.distance, score_cutoff=most, limit=None
        ):
            if 0 < dist <= edit_budget(w):
                found.append((w, int(dist)))
        found.sort(key=lambda t: t[1])
        return found[:MAX_FUZZY]


def _bigrams(word: str) -> set[str]:
    padded = f"\x02{word}\x03"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


@dataclass(frozen=True, slots=True)
class NameMatch:
    quality: str  # "exact", "fuzzy", "partial"
    score: float
    edits: int
    missing: int  # name words neither matched nor optional
    prefix: bool  # the last query word matched as a prefix


_EXACT = NameMatch("exact", 1.0, 0, 0, False)


def _word_cost(q: str, n: str, may_prefix: bool) -> tuple[int, bool] | None:
    if q == n:
        return 0, False
    kind = street_kind(q)
    if kind is not None and kind == street_kind(n):
        return 0, False  # "ul." (ulice) for "Ulica", "rue" for "Street": one kind of way
    if may_prefix and n.startswith(q):
        return 0, True
    length = len(n)
    budget = 2 if length >= 8 else 1 if length >= 4 else 0
    if budget == 0:
        return None
    if abs(length - len(q)) <= budget:
        dist = OSA.distance(q, n, score_cutoff=budget)
        if dist <= budget:
            return int(dist), False
    if may_prefix and len(q) >= 4 and length > len(q):
        # a typo in a word still being typed: compare with the name word's start
        head_budget = 2 if len(q) >= 8 else 1
        dist = OSA.distance(q, n[: len(q)], score_cutoff=head_budget)
        if dist <= head_budget:
            return int(dist), True
    if (len(q) >= MIN_SUFFIX and length - len(q) >= MIN_HEAD and n.endswith(q)
            and q not in STREET_WORDS):  # fmt: skip
        return 0, True  # the end of a compound: "esplanadi" in "pohjoisesplanadi", partial
    return None


def _clitic_cost(q: str, n: str, may_prefix: bool) -> tuple[int, bool, bool] | None:
    """A Hebrew or Arabic word through its prefix letters, article or spelling
    (``models.places.clitics``): ``(edits, as a prefix, through clitics)``."""
    if script(q) is None and script(n) is None:
        return None
    best: tuple[int, bool, bool] | None = None
    core = article_core(n)
    names = (n, core) if core is not None else (n,)
    for typed in (q, *typed_cores(q)):
        for name in names:
            if typed == q and name == n:
                continue
            cost = _word_cost(typed, name, may_prefix and len(typed) >= MIN_CORE)
            if cost is not None and (best is None or (cost[0], cost[1]) < best[:2]):
                best = (cost[0], cost[1], True)
    if best is None or best[0] > 0:
        bare = skeleton(q)
        if bare is not None and bare == skeleton(n):
            best = (1, False, False)  # plene / defective spelling: one edit
    return best


def score_name(
    query_words: tuple[str, ...],
    name_words: list[str],
    prefix: bool,
    literal: frozenset[str] | set[str] = frozenset(),
) -> NameMatch | None:
    if not query_words or not name_words:
        return None
    if len(query_words) == len(name_words) and list(query_words) == name_words:
        return _EXACT
    used = [False] * len(name_words)
    edits = clitics = 0
    used_prefix = False
    unmatched_query = 0
    last = len(query_words) - 1
    for qi, q in enumerate(query_words):
        best: tuple[int, bool, int, bool] | None = None
        growing = prefix and qi == last
        for ni, n in enumerate(name_words):
            if used[ni]:
                continue
            cost = _word_cost(q, n, growing)
            if cost is not None and (best is None or (cost[0], cost[1]) < (best[0], best[1])):
                best = (cost[0], cost[1], ni, False)
                if cost == (0, False):
                    break
        if best is None or best[0] > 0:
            for ni, n in enumerate(name_words):
                if used[ni]:
                    continue
                through = _clitic_cost(q, n, growing)
                if through is None:
                    continue
                cost = through[0] + (1 if through[2] and q in literal else 0)
                if best is None or (cost, through[1]) < (best[0], best[1]):
                    best = (cost, through[1], ni, through[2])
        if best is None:
            if is_optional(q):
                continue
            unmatched_query += 1
            continue
        used[best[2]] = True
        edits += best[0]
        clitics += best[3] and best[0] == 0
        used_prefix = used_prefix or best[1]
    matched = sum(used)
    if matched == 0:
        return None
    core_total = missing = stray_named = 0
    for n, u in zip(name_words, used, strict=True):
        if is_optional(n):
            stray_named += not u and n in STREET_WORDS
        else:
            core_total += 1
            missing += not u
    if unmatched_query:
        # One short (or hopelessly misspelt) query word may miss when the rest match.
        short = all(len(q) <= SHORT for q in query_words if q not in name_words)
        if unmatched_query > 1 or not (short or matched >= 2):
            return None
        edits += 2
    coverage = min(1.0, matched / max(1, core_total))
    # A street-type word typed but not in the name ("bd" for "Chemin des Moulins") and one in
    # the name not typed both count a little, so equal names rank by the words typed.
    stray_typed = stray_fillers = 0
    name_kinds = {street_kind(n) for n in name_words} - {None}
    for q in query_words:
        if q in STREET_WORDS and q not in name_words:
            if name_kinds and street_kind(q) not in name_kinds:
                stray_typed += 1  # "bd" for an avenue: a contradiction
            else:
                stray_fillers += 1  # "ul." for "Národní", "rue" for "X Street": agreement
        elif q in FILLER_WORDS and q not in name_words:
            stray_fillers += 1
    stray = 0.03 * stray_typed + 0.01 * stray_named + 0.005 * stray_fillers + 0.01 * clitics
    if edits == 0 and missing == 0 and not used_prefix:
        if stray_typed:
            return NameMatch("partial", round(0.92 - stray, 3), 0, 0, False)
        return NameMatch("exact", round(1.0 - stray, 3), 0, 0, False)
    if edits == 0:
        score = 0.9 * (0.4 + 0.6 * coverage) - (0.02 if used_prefix else 0.0) - stray
        return NameMatch("partial", round(score, 3), 0, missing, used_prefix)
    score = max(0.05, 0.85 - 0.12 * edits) * (0.4 + 0.6 * coverage) - stray
    quality = "fuzzy" if missing == 0 else "partial"
    return NameMatch(quality, round(max(score, 0.01), 3), edits, missing, used_prefix)
