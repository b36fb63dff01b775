"""PlacesService: a real places index built from a small OSM file, asked off the loop's thread.

The index is built once with the places builder from ``data/kruununhaka.osm``
(Finnish and Swedish names, a corner, house numbers, a landmark, one street
name in two districts). Every answer comes back on the loop's thread, tagged
with its request; a newer request of the same consumer drops older answers;
a missing or corrupt file leaves coordinates working and says why.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from console.services.places import (
    PlacesService,
    ReverseAnswer,
    SearchAnswer,
    from_place,
    reverse_payload,
    site_places_path,
    unambiguous,
    verify_typed,
)
from models.places.build import build_places
from models.places.index import PlacesIndex
from models.places.types import PLACES_FILE

DATA = Path(__file__).parent / "data" / "kruununhaka.osm"
MARIANKATU_12 = (60.1712, 24.9528)


@pytest.fixture(scope="module")
def places_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("places") / PLACES_FILE
    build_places(DATA, out)
    return out


def run(body, path: Path | None, **kwargs) -> object:  # type: ignore[no-untyped-def]
    async def main() -> object:
        service = PlacesService(path, **kwargs)
        service.start(asyncio.get_running_loop())
        try:
            return await body(service)
        finally:
            await asyncio.get_running_loop().run_in_executor(None, service.close)

    return asyncio.run(main())


async def _collect(service: PlacesService, count: int, answers: list) -> None:
    for _ in range(400):
        if len(answers) >= count:
            return
        await asyncio.sleep(0.01)


def test_search_answers_on_the_loops_thread_with_its_request(places_file: Path) -> None:
    answers: list[SearchAnswer] = []
    threads: list[int] = []

    async def body(service: PlacesService) -> None:
        def got(answer: SearchAnswer) -> None:
            threads.append(threading.get_ident())
            answers.append(answer)

        request = service.request_search("cli", "marainkatu 12", got, near=MARIANKATU_12)
        await _collect(service, 1, answers)
        assert answers[0].request_id == request

    run(body, places_file)
    (answer,) = answers
    assert threads == [threading.get_ident()]  # asyncio.run's loop runs on this thread
    assert answer.query == "marainkatu 12" and answer.consumer == "cli"
    top = answer.places[0]
    assert (top.label, top.kind, top.match, top.locality) == (
        "Mariankatu 12",
        "address",
        "fuzzy",
        "Kruununhaka",
    )
    with PlacesIndex.open(places_file) as index:
        assert answer.build_id == index.build_id
    assert answer.unavailable is None


def test_latest_wins_per_consumer(places_file: Path) -> None:
    answers: list[SearchAnswer] = []
    others: list[SearchAnswer] = []

    async def body(service: PlacesService) -> None:
        await service.search("warm up")  # the index is open before the burst
        typed = ["m", "ma", "mar", "mari", "maria", "marian", "mariankatu 1", "mariankatu 12"]
        ids = [service.request_search("line", q, answers.append) for q in typed]
        service.request_search("map", "kauppatori", others.append)
        await _collect(service, 1, others)
        await _collect(service, 1, answers)
        await asyncio.sleep(0.2)  # any stale answer would have arrived by now
        assert [a.request_id for a in answers] == [ids[-1]]

    run(body, places_file)
    assert [a.query for a in answers] == ["mariankatu 12"]
    assert answers[0].places[0].label == "Mariankatu 12"
    assert others[0].places[0].label == "Kauppatori"  # another consumer is not superseded


def test_reverse_and_the_async_forms(places_file: Path) -> None:
    got: list[ReverseAnswer] = []

    async def body(service: PlacesService) -> tuple[SearchAnswer, ReverseAnswer]:
        service.request_reverse("panel", 60.1722, 24.9530, got.append)
        await _collect(service, 1, got)
        return await service.search("liisankatu & mariankatu"), await service.reverse(
            *MARIANKATU_12
        )

    corner, near = run(body, places_file)  # type: ignore[misc]
    assert got[0].name is not None and got[0].name.label == "Liisankatu near Mariankatu, 35 m"
    assert corner.places[0].kind == "intersection"
    assert near.name is not None and near.name.label == "Mariankatu 12"


def test_map_layers_name_streets_in_the_language_asked(places_file: Path, tmp_path: Path) -> None:
    box = (60.15, 24.90, 60.20, 25.00)

    async def body(service: PlacesService) -> tuple[object, object]:
        return await service.map_layers(box, "sv"), await service.map_layers(box, None)

    swedish, plain = run(body, places_file)  # type: ignore[misc]
    assert "Mariegatan" in {line.name for line in swedish.street_lines}
    assert "Mariankatu" in {line.name for line in plain.street_lines}
    assert "Kauppatori" in {place.label for place in plain.landmarks}
    assert swedish.build_id is not None and swedish.unavailable is None

    async def without(service: PlacesService) -> object:
        return await service.map_layers(box, "sv")

    missing = run(without, tmp_path / PLACES_FILE)
    assert (missing.street_lines, missing.landmarks) == ([], [])  # type: ignore[attr-defined]
    assert "no places index" in (missing.unavailable or "")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "query", ["", "   ", "x" * 10_000, "\x00\x07\u200f\u202e", "מריאנקטו 12 ماريانكاتو"]
)
def test_bad_input_answers_never_raises(places_file: Path, query: str) -> None:
    async def body(service: PlacesService) -> SearchAnswer:
        return await service.search(query)

    answer = run(body, places_file)
    assert isinstance(answer, SearchAnswer) and answer.unavailable is None
    assert answer.query == query  # tagged with what was asked, however long


def test_without_a_places_file_coordinates_still_answer(tmp_path: Path) -> None:
    async def body(service: PlacesService) -> tuple[SearchAnswer, SearchAnswer, ReverseAnswer]:
        return (
            await service.search("60°10'16\"N 24°57'10\"E"),
            await service.search("Mariankatu 12"),
            await service.reverse(*MARIANKATU_12),
        )

    coordinates, street, reverse = run(body, tmp_path / PLACES_FILE)  # type: ignore[misc]
    (place,) = coordinates.places
    assert place.kind == "coordinates"
    assert place.lat == pytest.approx(60.171111, abs=1e-5)
    assert place.lon == pytest.approx(24.952778, abs=1e-5)
    assert "no places index" in (coordinates.unavailable or "")
    assert street.places == () and street.build_id is None
    assert reverse.name is None and reverse.unavailable


def test_a_corrupt_file_is_unavailable_with_its_reason(tmp_path: Path) -> None:
    broken = tmp_path / PLACES_FILE
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)

    async def body(service: PlacesService) -> SearchAnswer:
        return await service.search("60.17, 24.95")

    answer = run(body, broken)
    assert answer.places[0].kind == "coordinates"
    assert answer.unavailable is not None and str(broken) in answer.unavailable


def test_site_places_path() -> None:
    from console.config.site import DEFAULT_SITE_DIR, load_site

    assert site_places_path(load_site(DEFAULT_SITE_DIR)) == DEFAULT_SITE_DIR / PLACES_FILE


def test_resolving_never_guesses(places_file: Path) -> None:
    async def body(service: PlacesService) -> dict[str, object]:
        return {
            "exact": await service.search("Mariankatu 12"),
            "typo": await service.search("marainkatu 12"),
            "twice": await service.search("puistokatu 1"),
            "coords": await service.search("60.1712, 24.9528"),
            "verified": await verify_typed(service, "Mariankatu 12", 60.1713, 24.9530),
            "too_far": await verify_typed(service, "Mariankatu 12", 60.1740, 24.9530),
            "reverse": await reverse_payload(service, 60.1722, 24.9530),
        }

    found = run(body, places_file)
    assert isinstance(found, dict)
    exact = unambiguous(found["exact"].places)
    assert exact is not None and exact.label == "Mariankatu 12"
    resolved = from_place(exact, found["exact"].build_id, "mariankatu 12")
    assert resolved.verified and not resolved.override and resolved.location == "mariankatu 12"
    assert resolved.place is not None and resolved.place["build_id"] == found["exact"].build_id
    assert unambiguous(found["typo"].places) is None  # a fuzzy match is never taken on its own
    assert unambiguous(found["twice"].places) is None  # equal names in two districts
    coords = unambiguous(found["coords"].places)
    assert coords is not None and from_place(coords, None, None).override
    verified = found["verified"]
    assert isinstance(verified, dict) and verified["label"] == "Mariankatu 12"
    assert 0 < verified["distance_m"] < 30
    assert found["too_far"] is None
    reverse = found["reverse"]
    assert isinstance(reverse, dict) and reverse["kind"] == "reverse"
    assert reverse["label"] == "Liisankatu near Mariankatu, 35 m"


def test_close_stops_the_worker(places_file: Path) -> None:
    service = PlacesService(places_file)

    async def main() -> None:
        service.start(asyncio.get_running_loop())
        await service.search("kauppatori")
        await asyncio.get_running_loop().run_in_executor(None, service.close)

    asyncio.run(main())
    assert not any(t.name == "places" and t.is_alive() for t in threading.enumerate())


def test_the_console_language_names_reverse_names_and_kind_word_results(
    places_file: Path,
) -> None:
    async def body(service: PlacesService) -> tuple[ReverseAnswer, ReverseAnswer]:
        local = await service.reverse(*MARIANKATU_12)
        service.language = "sv"
        return local, await service.reverse(*MARIANKATU_12)

    local, swedish = run(body, places_file)  # type: ignore[misc]
    assert local.name is not None and local.name.label == "Mariankatu 12"
    assert swedish.name is not None and swedish.name.label == "Mariegatan 12"
    assert PlacesService.for_site(object(), language="he").language == "he"
