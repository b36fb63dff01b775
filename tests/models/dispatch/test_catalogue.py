"""Dispatch catalogue: the embedded files, site overrides, and errors that say where."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from models.dispatch.catalogue import (
    CATALOGUE_FILES,
    DEFAULT_CATALOGUE_DIR,
    Catalogue,
    CatalogueError,
    IncidentType,
    ResponsePlan,
    Slot,
    UnitType,
    UnknownCodeError,
    default_catalogue,
    load_catalogue,
)

HELSINKI = DEFAULT_CATALOGUE_DIR.parent / "sites" / "helsinki" / "site.toml"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL = """
[unit_types.engine]
discipline = "fire"
[unit_types."BLS ambulance"]
discipline = "medical"

[incident_types.fire]
name = "Fire"
discipline = "fire"
priority = 2

[plans.fire]
slots = [{ unit_type = "engine", count = 2 }]
"""


def test_default_catalogue_files_exist() -> None:
    assert [p.name for p in default_catalogue().sources] == list(CATALOGUE_FILES)
    assert default_catalogue() is default_catalogue()


def test_unit_types_of_the_default_site_are_known(catalogue: Catalogue) -> None:
    site = tomllib.loads(HELSINKI.read_text(encoding="utf-8"))
    types = {unit["type"] for unit in site["units"]}
    assert types == {"engine", "ladder", "rescue", "ALS ambulance", "BLS ambulance", "patrol car"}
    for unit in site["units"]:
        assert catalogue.unit_type(unit["type"]).discipline == unit["discipline"]


def test_unit_type_lookup(catalogue: Catalogue) -> None:
    assert catalogue.unit_type("ALS ambulance") == UnitType(
        "ALS ambulance", "Advanced life support ambulance", "medical"
    )
    assert catalogue.unit_type("patrol car").discipline == "police"
    codes = [u.code for u in catalogue.unit_types()]
    assert codes == sorted(codes)


def test_incident_types(catalogue: Catalogue) -> None:
    codes = [i.code for i in catalogue.incident_types()]
    assert codes == sorted(codes)
    required = {
        "structure-fire",
        "traffic-collision-injury",
        "cardiac-arrest",
        "burglary-in-progress",
        "vehicle-fire",
        "medical-emergency",
        "fall-injury",
        "assault",
        "alarm-fire-automatic",
        "hazmat-leak",
        "person-in-water",
    }
    assert required <= set(codes)
    assert catalogue.incident_type("structure-fire") == IncidentType(
        "structure-fire", "Structure fire", "fire", 1
    )
    assert catalogue.incident_type("burglary-in-progress").discipline == "police"
    assert all(1 <= i.priority <= 5 for i in catalogue.incident_types())
    # Every incident type has a plan.
    assert all(catalogue.plan(code).slots for code in codes)


def test_the_four_reference_plans(catalogue: Catalogue) -> None:
    assert catalogue.plan("structure-fire") == ResponsePlan(
        "structure-fire",
        (
            Slot("engine", 2),
            Slot("ladder", 1, ("engine",)),
            Slot("ALS ambulance", 1, ("BLS ambulance",)),
        ),
    )
    assert catalogue.plan("structure-fire").unit_count == 4
    assert catalogue.plan("traffic-collision-injury").slots == (
        Slot("patrol car", 1),
        Slot("ALS ambulance", 1, ("BLS ambulance",)),
        Slot("rescue", 1, ("engine",)),
    )
    assert catalogue.plan("cardiac-arrest").slots == (
        Slot("ALS ambulance", 1, ("BLS ambulance",)),
        Slot("engine", 1),
    )
    assert catalogue.plan("burglary-in-progress").slots == (Slot("patrol car", 2),)


def test_unknown_codes(catalogue: Catalogue) -> None:
    with pytest.raises(UnknownCodeError, match="unknown incident type 'fire'; known: alarm"):
        catalogue.incident_type("fire")
    with pytest.raises(UnknownCodeError, match="unknown unit type 'Engine'"):
        catalogue.unit_type("Engine")
    with pytest.raises(LookupError):
        catalogue.plan("nope")


def test_site_folder_extends_and_overrides(tmp_path: Path) -> None:
    site = tmp_path / "site" / "catalogue"
    write(
        site,
        "unit_types.toml",
        '[unit_types."snowmobile"]\ndiscipline = "fire"\nname = "Snowmobile"\n',
    )
    write(
        site,
        "incident_types.toml",
        # Only the priority changes; name and discipline stay.
        "[incident_types.fall-injury]\npriority = 2\n"
        '[incident_types.ice-rescue]\nname = "Ice rescue"\ndiscipline = "fire"\npriority = 1\n',
    )
    write(
        site,
        "response_plans.toml",
        '[plans.ice-rescue]\nslots = [{ unit_type = "snowmobile", count = 1, '
        'substitutes = ["rescue"] }]\n'
        # A plan given again replaces the default plan whole.
        '[plans.structure-fire]\nslots = [{ unit_type = "engine", count = 3 }]\n',
    )
    merged = load_catalogue(DEFAULT_CATALOGUE_DIR, site)
    assert merged.incident_type("fall-injury") == IncidentType(
        "fall-injury", "Fall with injury", "medical", 2
    )
    assert merged.plan("ice-rescue").slots == (Slot("snowmobile", 1, ("rescue",)),)
    assert merged.plan("structure-fire").slots == (Slot("engine", 3),)
    assert merged.plan("cardiac-arrest") == load_catalogue().plan("cardiac-arrest")
    assert len(merged.sources) == 6


def test_single_file_may_hold_every_table(tmp_path: Path) -> None:
    path = write(tmp_path, "catalogue.toml", MINIMAL)
    catalogue = load_catalogue(path)
    assert catalogue.unit_type("BLS ambulance").name == "BLS ambulance"  # name defaults to code
    assert catalogue.plan("fire").slots == (Slot("engine", 2),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            MINIMAL.replace('unit_type = "engine"', 'unit_type = "enigne"'),
            "plans.fire.slots[0].unit_type: unknown unit type 'enigne'; "
            "known: BLS ambulance, engine",
        ),
        (
            MINIMAL.replace("count = 2", 'count = 2, substitutes = ["ladder"]'),
            "plans.fire.slots[0].substitutes: unknown unit type 'ladder'",
        ),
        (
            MINIMAL.replace("count = 2", 'count = 2, substitutes = ["engine"]'),
            "plans.fire.slots[0].substitutes: 'engine' substitutes itself",
        ),
        (MINIMAL.replace("count = 2", "count = 0"), "plans.fire.slots[0].count: must be a whole"),
        (MINIMAL.replace("count = 2", "count = true"), "plans.fire.slots[0].count"),
        (MINIMAL.replace("count = 2", "cuont = 2"), "plans.fire.slots[0].cuont: unknown field"),
        (
            MINIMAL.replace("count = 2 }", 'count = 1 }, { unit_type = "engine" }'),
            "plans.fire.slots[1].unit_type: 'engine' has two slots",
        ),
        (MINIMAL.replace("slots = [{", "slots = [] #"), "plans.fire.slots: a plan needs at least"),
        (MINIMAL.replace("[plans.fire]", "[plans.flood]"), "plans.flood: plan for an unknown"),
        (
            MINIMAL.replace("[plans.fire]\nslots", "[plans.x]\nslots"),
            "plans.x: plan for an unknown incident type",
        ),
        (
            MINIMAL.replace("priority = 2", "priority = 0"),
            "incident_types.fire.priority: must be 1",
        ),
        (MINIMAL.replace("priority = 2", "priority = 6"), "got 6"),
        (
            MINIMAL.replace("priority = 2", 'priority = "high"'),
            "incident_types.fire.priority: must be int, got str",
        ),
        (MINIMAL.replace('name = "Fire"\n', ""), "incident_types.fire.name: missing"),
        (
            MINIMAL.replace('discipline = "medical"', 'discipline = "ems"'),
            "unit_types.\"BLS ambulance\".discipline: unknown discipline 'ems'; "
            "expected police, fire, medical",
        ),
        (
            MINIMAL.replace('name = "Fire"', 'name = "Fire"\nnmae = "x"'),
            "incident_types.fire.nmae: unknown field",
        ),
        (MINIMAL + "\n[stations]\n", "unknown table [stations]"),
        (MINIMAL + "\n[unit_types]\nx = 1\n", "unit_types.x: must be a table of fields"),
        (MINIMAL.replace("priority = 2", "priority = "), "TOML syntax error"),
    ],
)
def test_errors_name_file_entry_and_field(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, "catalogue.toml", text)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path)
    assert str(info.value).startswith(f"{path}: ")
    assert message in str(info.value)


def test_incident_type_without_plan_names_the_incident_file(tmp_path: Path) -> None:
    write(tmp_path, "unit_types.toml", '[unit_types.engine]\ndiscipline = "fire"\n')
    incidents = write(
        tmp_path,
        "incident_types.toml",
        '[incident_types.fire]\nname = "Fire"\ndiscipline = "fire"\npriority = 1\n',
    )
    with pytest.raises(CatalogueError) as info:
        load_catalogue(tmp_path)
    assert str(info.value) == (
        f"{incidents}: incident_types.fire: no response plan; "
        "add [plans.fire] to a response plan file"
    )


def test_override_error_names_the_overriding_file(tmp_path: Path) -> None:
    site = write(tmp_path, "incident_types.toml", "[incident_types.assault]\npriority = 9\n")
    with pytest.raises(CatalogueError, match=f"^{site}: incident_types.assault.priority"):
        load_catalogue(DEFAULT_CATALOGUE_DIR, tmp_path)


def test_missing_paths(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="catalogue file or folder not found"):
        load_catalogue(tmp_path / "nope")
    with pytest.raises(CatalogueError, match="no catalogue files in this folder"):
        load_catalogue(tmp_path)


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.toml"
    path.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(CatalogueError, match="cannot read the catalogue file"):
        load_catalogue(path)


def test_names_in_other_languages_are_optional_and_fall_back(tmp_path: Path) -> None:
    own = tmp_path / "unit_types.toml"
    own.write_text(
        '[unit_types.engine]\nname_he = "רכב כיבוי עירוני"\nname_sr_Latn = "vatrogasno vozilo"\n',
        encoding="utf-8",
    )
    catalogue = load_catalogue(DEFAULT_CATALOGUE_DIR, tmp_path)
    engine = catalogue.unit_type("engine")
    assert engine.name == "Fire engine"  # the default file's name is kept
    assert engine.name_in("he") == "רכב כיבוי עירוני"
    assert engine.name_in("sr_Latn") == "vatrogasno vozilo"
    assert engine.name_in("cs") == "Fire engine"
    assert catalogue.incident_type("structure-fire").name_in("he") == "Structure fire"
    own.write_text('[unit_types.engine]\nname_klingon = "x"\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="name_klingon: unknown field"):
        load_catalogue(DEFAULT_CATALOGUE_DIR, tmp_path)
    own.write_text('[unit_types.engine]\nname_he = " "\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="name_he: must not be blank"):
        load_catalogue(DEFAULT_CATALOGUE_DIR, tmp_path)
