"""Search a places file: typed text in, ranked places out.

Contract: ``Searcher(conn, vocabulary, site_places, bbox)``;
``search(text, near, limit) -> list[Place]``, best first, never raising on
any text (``PlacesIndex.search`` is the public face). Steps:

1. clean the text (``models.places.query.clean``); empty -> ``[]``;
2. coordinates in any usual form -> one ``coordinates`` place at exactly
   that point (``models.places.coordinates``; a swapped pair carries a
   warning), with the street, number and locality ``reverse`` names there;
3. corners ("X & Y", ...): the streets each side may mean, joined through
   the precomputed ``intersections``; a corner is one concrete node, so
   both streets always lie in the same place;
4. names: the FTS5 table ``names_fts`` finds the names holding every typed
   word (each word expanded by ``models.places.matcher.Vocabulary``: itself,
   its typo-budget neighbours, as a prefix when it is the last word); when
   that finds too little, each word in turn may be left out; each name is
   then scored word by word (``score_name``). A house number turns street
   hits into the address with that number on that very street (never one
   on a same-named street elsewhere); when the street lacks the number, the
   street is returned with a warning saying so;
5. the site's own places are scored the same way and rank first on an
   equal match;
6. a query may name its place ("Herzl 12, Rehavia", or "Herzl 12 Rehavia"
   when the words alone find nothing exact): results in that suburb or
   town keep their match; any elsewhere are downgraded to "partial" with a
   warning naming where they are, never verified across localities.

Ranking: exact matches before all others; then by score (0.01 steps); then
site place, address, street, intersection, landmark; then distance to
``near``. Work is capped (``MAX_ROWS`` names per FTS query, ``MAX_STREETS``
streets per house-number lookup), so a query matching 100,000 names still
answers within the latency budget. Equal labels are told apart by their
locality ("Herzl 12, Rehavia").
"""

from __future__ import annotations

import logging
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from models.places.clitics import typed_cores
from models.places.coordinates import parse_coordinates
from models.places.geometry import haversine_m
from models.places.labels import address_label, name_key
from models.places.matcher import NameMatch, Vocabulary, score_name
from models.places.normalise import fold, is_optional
from models.places.query import Query, clean, parse
from models.places.reverse import reverse
from models.places.types import Place

_LOGGER = logging.getLogger(__name__)

MAX_ROWS = 250  # names scored per FTS query (rows come in order of importance)
MAX_ROWS_SHORT = 100  # the same while the last word is one or two letters long
ENOUGH = 40  # fewer hits than this: widen (drop type words, then each word in turn)
MAX_STREETS = 60
MAX_CORNER_STREETS = 40
SAME_PLACE_M = 250.0
MIN_CHARS = 2  # one letter names nothing yet
MIN_FUZZY_PREFIX = 4  # a word still being typed is looked up with typos from this length on
SITE_KEY_SHARE = 0.2  # a name variant on this share of the streets is one of the site's
MAX_CORE_PREFIX = 40  # words a Hebrew or Arabic word being typed may begin under its prefix
KIND_RANK = {"site": 0, "address": 1, "street": 2, "intersection": 3, "landmark": 4, "place": 4}


@dataclass(slots=True)
class _Hit:
    kind: str  # "street", "landmark"
    target: int
    display: str
    match: NameMatch
    literal: bool = True  # matched a name as written (not a kind word nor a split compound)


def _script(text: str) -> str | None:
    """The script of the first letter of ``text``: "LATIN", "HEBREW", "ARABIC", ..."""
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split(" ")[0]
    return None


def _same_script(display: str, typed: str | None) -> bool:
    return typed is not None and typed != "LATIN" and _script(display) == typed


def _key_rank(key: str, language_key: str | None) -> int:
    """How well a name variant labels a result: the console's language, the local name, the
    untagged variants (alt_name, ...), English (the usual transliteration), the others."""
    if language_key and key == language_key:
        return 0
    if key == "name":
        return 1
    if ":" not in key and key != "category":
        return 2
    if key in ("name:en", "int_name"):
        return 3
    return 4


@dataclass(frozen=True, slots=True)
class SiteEntry:
    alias: str
    kind: str
    lat: float
    lon: float
    words: tuple[str, ...]
    address: str | None = None


def _fts_term(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


class Searcher:
    def __init__(
        self,
        conn: sqlite3.Connection,
        vocabulary: Vocabulary,
        site_entries: Sequence[SiteEntry],
        bbox: tuple[float, float, float, float] | None,
    ) -> None:
        self.conn = conn
        self.vocab = vocabulary
        self.site = list(site_entries)
        self.bbox = bbox
        self._language: str | None = None
        # name variants most streets carry (Helsinki's name:sv, Jerusalem's name:he and
        # name:en): a compound split in one of these still labels its result as typed
        total = conn.execute("SELECT count(*) FROM streets").fetchone()[0] or 1
        self.site_keys = {
            key
            for key, count in conn.execute(
                "SELECT key, count(DISTINCT street_id) FROM street_names GROUP BY key"
            )
            if count >= SITE_KEY_SHARE * total
        }
        self.localities: dict[str, str] = {}
        for (name,) in conn.execute(
            "SELECT locality FROM streets UNION SELECT town FROM streets "
            "UNION SELECT locality FROM landmarks UNION SELECT town FROM landmarks"
        ):
            if name:
                self.localities.setdefault(fold(name), name)

    # -- entry ---------------------------------------------------------------------------
    def search(
        self,
        text: object,
        near: tuple[float, float] | None,
        limit: int,
        language: str | None = None,
    ) -> list[Place]:
        self._language = language
        try:
            return self._search(clean(text), near, max(1, min(int(limit), 200)))
        except Exception:  # a search must answer, whatever the text: log and say nothing found
            _LOGGER.exception("places search failed for %r", text)
            return []

    def _search(self, text: str, near: tuple[float, float] | None, limit: int) -> list[Place]:
        self._towns: dict[str, str | None] = {}
        if sum(ch.isalnum() for ch in text) < MIN_CHARS:
            return []
        coords = parse_coordinates(text, self.bbox)
        if coords is not None:
            label = f"{coords.lat:.6f}, {coords.lon:.6f}"
            # where it is, for the dispatcher
            named = reverse(self.conn, coords.lat, coords.lon, self._language)
            return [Place(label, "coordinates", coords.lat, coords.lon, 1.0,
                          street=named.street if named else None,
                          housenumber=named.housenumber if named else None,
                          locality=named.locality if named else None,
                          warning=coords.warning, place_id=f"c:{label}")]  # fmt: skip
        head, wanted = self._locality_suffix(text, after_comma=True)
        places = self._places(head, wanted)
        if wanted is None and not any(p.match == "exact" for p in places):
            head, wanted = self._locality_suffix(text, after_comma=False)
            if wanted is not None:
                places += self._places(head, wanted)
        return self._rank(places, near, limit)

    def _locality_suffix(self, text: str, after_comma: bool) -> tuple[str, str | None]:
        """``"Herzl 12, Rehavia"`` -> ``("Herzl 12", "Rehavia")``: a place the query names."""
        if after_comma:
            if "," not in text:
                return text, None
            head, tail = text.rsplit(",", 1)
            key = fold(tail)
            if not key or not head.strip():
                return text, None
            if key in self.localities:
                return head, self.localities[key]
            started = [name for k, name in self.localities.items() if k.startswith(key)]
            return (head, started[0]) if len(started) == 1 else (text, None)
        words = text.split()
        for k in (3, 2, 1):
            if len(words) > k and fold(" ".join(words[-k:])) in self.localities:
                return " ".join(words[:-k]), self.localities[fold(" ".join(words[-k:]))]
        return text, None

    def _places(self, text: str, wanted: str | None) -> list[Place]:
        query = parse(text)
        places: list[Place] = []
        if query.corner is not None:
            places += self._corners(*query.corner)
            if query.corner_also_name or not places:
                places += self._named(query)
        else:
            places += self._named(query)
            if query.housenumber is not None and not any(p.kind == "address" for p in places):
                plain = Query(query.text, query.number_words, query.prefix)
                places += [p for p in self._named(plain) if p.match == "exact"]
        if wanted is not None:
            places = [self._verify(p, wanted) for p in places]
        places += self._site_places(query)
        return places

    def _verify(self, place: Place, wanted: str) -> Place:
        """A result elsewhere than the place the query names is never a verified match."""
        key = fold(wanted)
        town = self._towns.get(place.place_id)
        if fold(place.locality or "") == key or fold(town or "") == key:
            return place
        where = place.locality or town or "another place"
        return replace(place, match="partial", score=round(place.score * 0.5, 3),
                       warning=f"in {where}, not in {wanted}")  # fmt: skip

    # -- names ---------------------------------------------------------------------------
    def match_names(
        self, words: tuple[str, ...], prefix: bool, kinds: tuple[str, ...] | None = None
    ) -> list[_Hit]:
        if not words:
            return []
        last = len(words) - 1
        short_prefix = prefix and len(words[-1]) <= 2
        cap = MAX_ROWS_SHORT if short_prefix else MAX_ROWS
        every: list[str | None] = []
        core: list[str | None] = []
        for i, word in enumerate(words):
            growing = prefix and i == last
            if growing and len(word) < MIN_FUZZY_PREFIX:
                terms = [_fts_term(word)] if word in self.vocab.known else []
            else:
                expanded = self.vocab.expand(word, growing and bool(typed_cores(word)))
                terms = [_fts_term(w) for w, _e, p in expanded if not p]
                # a word being typed under prefix letters: the words its core begins ("בנבי")
                terms += [_fts_term(w) for w, _e, p in expanded
                          if p and not w.startswith(word)][:MAX_CORE_PREFIX]  # fmt: skip
            if prefix and i == last:
                terms.append(_fts_term(word) + "*")
            group = " OR ".join(terms) if terms else None
            every.append(group)
            if not is_optional(word):
                core.append(group)
        core = core or every
        rows: dict[int, tuple] = {}
        if len(core) < len(every) and all(every):
            # the street-type words typed narrow a short prefix ("avenue s") before they are
            # let go
            rows = self._fts(every, kinds, cap)  # type: ignore[arg-type]
        if len(rows) < ENOUGH and all(core):
            rows.update(self._fts(core, kinds, cap))  # type: ignore[arg-type]
        if len(core) >= 2 and len(rows) < ENOUGH:
            for skip in range(len(core)):
                rest = [g for j, g in enumerate(core) if j != skip]
                if rest and all(rest):
                    rows.update(self._fts(rest, kinds, cap))  # type: ignore[arg-type]
        literal = {w for w in words if w in self.vocab.known}
        language_key = name_key(self._language)
        typed_script = _script(" ".join(words))
        best: dict[tuple[str, int], tuple[tuple, _Hit]] = {}
        for norm, display, kind, target, key, is_literal in rows.values():
            match = score_name(words, norm.split(), prefix, literal)
            if match is None:
                continue
            # A variant in a language neither the console's nor the site's ("Jaffastraße" in
            # Jerusalem) labels its result only when typed whole and as written, or when it is
            # in the script typed and that is not Latin (one Arabic variant for Arabic typed);
            # a compound split in the site's languages ("marie gatan") labels it as typed.
            local = (key == language_key or ":" not in key or key in self.site_keys
                     or _same_script(display, typed_script))  # fmt: skip
            if key != "category":
                is_literal = (is_literal or local) and (local or match.quality == "exact")
            # the best match; among equals the name as written (not a compound split nor a
            # kind word), in the console's language, the local name, then the others
            rank = (match.quality == "exact", match.score, bool(is_literal),
                    -_key_rank(key, language_key))  # fmt: skip
            old = best.get((kind, target))
            if old is None or rank > old[0]:
                best[(kind, target)] = (rank, _Hit(kind, target, display, match, bool(is_literal)))
        hits = [hit for _rank, hit in best.values()]
        self._relabel([h for h in hits if not h.literal], language_key)
        return hits

    def _relabel(self, hits: list[_Hit], language_key: str | None) -> None:
        """Hits found through a kind word or a split compound read in the console's language
        where the data has it, else by their local name: never in an unrelated language."""
        if not hits:
            return
        keys = ("name", language_key) if language_key else ("name",)
        for kind in ("street", "landmark"):
            ids = sorted({h.target for h in hits if h.kind == kind})
            if not ids:
                continue
            names: dict[tuple[int, str], str] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks, key_marks = ",".join("?" * len(chunk)), ",".join("?" * len(keys))
                if kind == "street":
                    sql = (f"SELECT street_id, key, name FROM street_names WHERE street_id IN "
                           f"({marks}) AND key IN ({key_marks})")  # fmt: skip
                    primary = "SELECT id, 'primary', name FROM streets WHERE id IN "
                else:
                    sql = (f"SELECT target, key, display FROM names WHERE kind = 'landmark' "
                           f"AND target IN ({marks}) AND key IN ({key_marks}) AND literal = 1"
                           )  # fmt: skip
                    primary = "SELECT id, 'primary', name FROM landmarks WHERE id IN "
                for target, key, name in self.conn.execute(sql, [*chunk, *keys]):
                    names.setdefault((target, key), name)
                for target, key, name in self.conn.execute(f"{primary}({marks})", chunk):
                    if name:
                        names[(target, key)] = name
            for hit in hits:
                if hit.kind != kind:
                    continue
                for key in (language_key, "name", "primary"):
                    if key and (hit.target, key) in names:
                        hit.display = names[(hit.target, key)]
                        break

    def _fts(
        self, groups: list[str], kinds: tuple[str, ...] | None, cap: int = 0
    ) -> dict[int, tuple]:
        if not groups:
            return {}
        expr = " AND ".join(f"({g})" for g in groups)
        sql = (
            "SELECT n.id, n.norm, n.display, n.kind, n.target, n.key, n.literal FROM names_fts "
            "JOIN names n ON n.id = names_fts.rowid WHERE names_fts MATCH ?"
        )
        params: list[object] = [expr]
        if kinds:
            sql += f" AND n.kind IN ({','.join('?' * len(kinds))})"
            params += list(kinds)
        sql += f" LIMIT {int(cap or MAX_ROWS)}"
        try:
            return {r[0]: r[1:] for r in self.conn.execute(sql, params)}
        except sqlite3.OperationalError as exc:  # an FTS expression it could not read
            _LOGGER.debug("fts query %r refused: %s", expr, exc)
            return {}

    def _named(self, query: Query) -> list[Place]:
        hits = self.match_names(query.words, query.prefix)
        streets = sorted((h for h in hits if h.kind == "street"), key=lambda h: -h.match.score)
        landmarks = [h for h in hits if h.kind == "landmark"]
        out: list[Place] = []
        street_rows = self._rows("streets", [h.target for h in streets[:MAX_STREETS]])
        number = query.housenumber
        found = (
            self._addresses([h.target for h in streets[:MAX_STREETS]], number.keys)
            if number
            else {}
        )
        for hit in streets[:MAX_STREETS]:
            row = street_rows.get(hit.target)
            if row is None:
                continue
            _, _name, locality, lat, lon, town = row
            if number is not None and hit.target in found:
                address_id, housenumber, alat, alon, key, loose = found[hit.target]
                match, score, warning = hit.match.quality, hit.match.score, None
                if loose or key != number.keys[0]:
                    match, score = "fuzzy", score * 0.8
                    warning = f"no number {number.text} here: {housenumber} shown"
                out.append(Place(address_label(hit.display, housenumber), "address", alat, alon,
                                 round(score, 3), match, hit.display, housenumber, locality,
                                 place_id=f"a:{address_id}", warning=warning))  # fmt: skip
                self._towns[f"a:{address_id}"] = town
                continue
            self._towns[f"s:{hit.target}"] = town
            warning = f"no number {number.text} on this street" if number is not None else None
            score = hit.match.score * (0.7 if number is not None else 1.0)
            quality = hit.match.quality if number is None else "partial"
            out.append(Place(hit.display, "street", lat, lon, round(score, 3), quality,  # type: ignore[arg-type]
                             hit.display, None, locality, place_id=f"s:{hit.target}",
                             warning=warning))  # fmt: skip
        landmark_rows = self._rows("landmarks", [h.target for h in landmarks[:MAX_ROWS]])
        for hit in landmarks:
            row = landmark_rows.get(hit.target)
            if row is None:
                continue
            _, _name, category, lat, lon, locality, town = row
            self._towns[f"l:{hit.target}"] = town
            score = hit.match.score * (0.7 if number is not None else 1.0)
            out.append(Place(hit.display, "landmark", lat, lon, round(score, 3),
                             hit.match.quality if number is None else "partial",  # type: ignore[arg-type]
                             locality=locality, category=category,
                             place_id=f"l:{hit.target}"))  # fmt: skip
        return out

    def _rows(self, table: str, ids: list[int]) -> dict[int, tuple]:
        if not ids:
            return {}
        columns = "id, name, locality, lat, lon, town" if table == "streets" else \
            "id, name, category, lat, lon, locality, town"  # fmt: skip
        out: dict[int, tuple] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = f"SELECT {columns} FROM {table} WHERE id IN ({','.join('?' * len(chunk))})"
            out.update({r[0]: r for r in self.conn.execute(sql, chunk)})
        return out

    def _addresses(self, street_ids: list[int], keys: tuple[str, ...]) -> dict[int, tuple]:
        """street id -> (address id, housenumber, lat, lon, key) for the best key it has."""
        if not street_ids or not keys:
            return {}
        marks = ",".join("?" * len(street_ids))
        key_marks = ",".join("?" * len(keys))
        sql = (
            "SELECT k.street_id, k.key, k.loose, a.id, a.housenumber, a.lat, a.lon "
            "FROM addr_keys k "
            "JOIN addresses a ON a.id = k.address_id "
            f"WHERE k.street_id IN ({marks}) AND k.key IN ({key_marks})"
        )
        order = {k: i for i, k in enumerate(keys)}
        best: dict[int, tuple] = {}
        rank: dict[int, tuple[int, int, int]] = {}
        for street_id, key, loose, address_id, housenumber, lat, lon in self.conn.execute(
            sql, [*street_ids, *keys]
        ):
            # the key typed first; among equals the address that is that number ("14" before
            # "14 A"), then the lowest id (stable)
            mine = (order[key], loose, address_id)
            if street_id not in rank or mine < rank[street_id]:
                rank[street_id] = mine
                best[street_id] = (address_id, housenumber, lat, lon, key, loose)
        return best

    # -- corners -------------------------------------------------------------------------
    def _corners(self, left: Query, right: Query) -> list[Place]:
        if not right.words:
            return []
        a_hits = self._street_hits(left.words, False)
        b_hits = self._street_hits(right.words, right.prefix)
        if not a_hits or not b_hits:
            return []
        a_ids, b_ids = list(a_hits), list(b_hits)
        ma, mb = ",".join("?" * len(a_ids)), ",".join("?" * len(b_ids))
        sql = (
            "SELECT i.id, i.street_a, i.street_b, i.lat, i.lon, s.locality, s.town "
            "FROM intersections i "
            "JOIN streets s ON s.id = i.street_a WHERE "
            f"(i.street_a IN ({ma}) AND i.street_b IN ({mb})) OR "
            f"(i.street_a IN ({mb}) AND i.street_b IN ({ma}))"
        )
        out: list[Place] = []
        for cid, sa, sb, lat, lon, locality, town in self.conn.execute(
            sql, [*a_ids, *b_ids, *b_ids, *a_ids]
        ):
            first, second = (a_hits[sa], b_hits[sb]) if sa in a_hits and sb in b_hits else (
                a_hits[sb], b_hits[sa])  # fmt: skip
            qualities = (first.match.quality, second.match.quality)
            quality = "exact" if qualities == ("exact", "exact") else (
                "fuzzy" if "fuzzy" in qualities else "partial")  # fmt: skip
            score = round(min(first.match.score, second.match.score), 3)
            self._towns[f"i:{cid}"] = town
            out.append(Place(f"{first.display} & {second.display}", "intersection", lat, lon,
                             score, quality, first.display, None, locality,  # type: ignore[arg-type]
                             place_id=f"i:{cid}"))  # fmt: skip
        return out

    def _street_hits(self, words: tuple[str, ...], prefix: bool) -> dict[int, _Hit]:
        hits = self.match_names(words, prefix, ("street",))
        hits.sort(key=lambda h: (h.match.quality != "exact", -h.match.score))
        return {h.target: h for h in hits[:MAX_CORNER_STREETS]}

    # -- site places ---------------------------------------------------------------------
    def _site_places(self, query: Query) -> list[Place]:
        out = []
        words = query.number_words or query.words
        for i, entry in enumerate(self.site):
            match = score_name(words, list(entry.words), query.prefix)
            if match is None:
                continue
            out.append(Place(entry.alias, "site", entry.lat, entry.lon, match.score,
                             match.quality, category=entry.kind,  # type: ignore[arg-type]
                             place_id=f"site:{i}", street=entry.address))  # fmt: skip
        return out

    # -- ranking -------------------------------------------------------------------------
    def _rank(
        self, places: list[Place], near: tuple[float, float] | None, limit: int
    ) -> list[Place]:
        unique: dict[str, Place] = {}
        for place in places:
            old = unique.get(place.place_id)
            if old is None or place.score > old.score:
                unique[place.place_id] = place

        def distance(place: Place) -> float:
            if near is None:
                return 0.0
            try:
                return haversine_m(near[0], near[1], place.lat, place.lon)
            except (TypeError, ValueError, IndexError):
                return 0.0

        ordered = sorted(
            unique.values(),
            key=lambda p: (
                p.match != "exact",
                -round(p.score, 2),
                KIND_RANK.get(p.kind, 5),
                distance(p),
                p.label,
            ),
        )
        ranked: list[Place] = []
        for place in ordered:  # one of each name and kind within SAME_PLACE_M: tram stop pairs
            if any(
                kept.label == place.label
                and kept.kind == place.kind
                and haversine_m(kept.lat, kept.lon, place.lat, place.lon) <= SAME_PLACE_M
                for kept in ranked
            ):
                continue
            ranked.append(place)
            if len(ranked) >= limit:
                break
        counts: dict[str, int] = {}
        for place in ranked:
            counts[place.label] = counts.get(place.label, 0) + 1
        localities: dict[str, set[str | None]] = {}
        for place in ranked:
            localities.setdefault(place.label, set()).add(place.locality)
        return [
            replace(p, label=f"{p.label}, {p.locality}")
            if counts[p.label] > 1 and len(localities[p.label]) > 1 and p.locality
            else p
            for p in ranked
        ]
