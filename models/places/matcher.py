"""Word-level matching: which indexed words a typed word may mean, and how well a name matches.

Contract:

- ``edit_budget(word)``: the edits an indexed word tolerates: 0 below 4
  letters, 1 from 4, 2 from 8 (``BUDGETS``). Edits are Damerau (optimal
  string alignment: an adjacent swap is one edit), computed by rapidfuzz.
- ``Vocabulary(words, counts)`` holds the distinct indexed words (the
  ``vocab`` table); ``expand(word, prefix)`` lists the indexed words a
  typed word may stand for as ``(word, edits, is_prefix)``: the word itself,
  words it begins (only when ``prefix``; the most frequent ``MAX_PREFIX``),
  and words within their budget (at most ``MAX_FUZZY``, nearest first;
  candidates are the words sharing enough letter pairs, at most
  ``MAX_CANDIDATES`` of them measured).
- ``score_name(query_words, name_words, prefix) -> NameMatch | None``: how
  a folded name answers the folded query words. Each query word takes the
  best free name word: equal, the start of it (the last word, while typing),
  or within the name word's budget (a word still being typed may also be a
  misspelt start). Street-type words and particles (``normalise``) are
  optional on both sides. One query word may find nothing when it is short
  or at least two others matched (it costs two edits). Name words left
  unmatched make the match "partial" (as-you-type shows "Rue de la Paix" for
  "rue de la"). ``quality`` is "exact" (every word equal, none missing),
  "fuzzy" (edits, none missing) or "partial"; ``score`` 0..1, 1.0 for exact,
  a little less when a typed street-type word is not in the name or one in
  the name was not typed, so "bd des moulins" puts the boulevard first.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from models.places.normalise import FILLER_WORDS, STREET_WORDS, is_optional

BUDGETS = ((8, 2), (4, 1))
MAX_PREFIX = 300
MAX_FUZZY = 60
MAX_CANDIDATES = 4000  # words measured per typed word, those sharing the most letter pairs
SHORT = 3


def edit_budget(word: str) -> int:
    for length, budget in BUDGETS:
        if len(word) >= length:
            return budget
    return 0


class Vocabulary:
    def __init__(self, words: list[str], counts: list[int]) -> None:
        order = sorted(range(len(words)), key=words.__getitem__)
        self.words = [words[i] for i in order]
        self.counts = np.asarray([counts[i] for i in order], dtype=np.int64)
        self.known = set(self.words)
        self.lengths = np.asarray([len(w) for w in self.words], dtype=np.int32)
        self.budgets = np.asarray([edit_budget(w) for w in self.words], dtype=np.int32)
        self.array = np.asarray(self.words, dtype=object)
        postings: dict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(self.words):
            if len(word) >= 4:
                for gram in _bigrams(word):
                    postings[gram].append(i)
        self.postings = {g: np.asarray(ids, dtype=np.int32) for g, ids in postings.items()}

    def __len__(self) -> int:
        return len(self.words)

    def expand(self, word: str, prefix: bool) -> list[tuple[str, int, bool]]:
        out: dict[str, tuple[int, bool]] = {}
        if word in self.known:
            out[word] = (0, False)
        if prefix and word:
            lo = bisect.bisect_left(self.words, word)
            hi = bisect.bisect_left(self.words, word + "\U0010ffff")
            if hi - lo > MAX_PREFIX:
                top = lo + np.argpartition(-self.counts[lo:hi], MAX_PREFIX)[:MAX_PREFIX]
                picked = [self.words[int(i)] for i in top]
            else:
                picked = self.words[lo:hi]
            for w in picked:
                out.setdefault(w, (0, True))
        if len(word) >= 3:
            for w, dist in self._fuzzy(word):
                out.setdefault(w, (dist, False))
        return [(w, e, p) for w, (e, p) in out.items()]

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
    return None


def score_name(
    query_words: tuple[str, ...], name_words: list[str], prefix: bool
) -> NameMatch | None:
    if not query_words or not name_words:
        return None
    if len(query_words) == len(name_words) and list(query_words) == name_words:
        return _EXACT
    used = [False] * len(name_words)
    edits = 0
    used_prefix = False
    unmatched_query = 0
    last = len(query_words) - 1
    for qi, q in enumerate(query_words):
        best: tuple[int, bool, int] | None = None
        for ni, n in enumerate(name_words):
            if used[ni]:
                continue
            cost = _word_cost(q, n, prefix and qi == last)
            if cost is not None and (best is None or (cost[0], cost[1]) < (best[0], best[1])):
                best = (cost[0], cost[1], ni)
                if cost == (0, False):
                    break
        if best is None:
            if is_optional(q):
                continue
            unmatched_query += 1
            continue
        used[best[2]] = True
        edits += best[0]
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
    for q in query_words:
        if q in STREET_WORDS and q not in name_words:
            stray_typed += 1
        elif q in FILLER_WORDS and q not in name_words:
            stray_fillers += 1
    stray = 0.03 * stray_typed + 0.01 * stray_named + 0.005 * stray_fillers
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
