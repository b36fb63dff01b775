"""``dispatch-console geocode`` and ``reverse`` on the shipped Helsinki site, single and batch."""

from __future__ import annotations

import io
import json

from console.cli import main
from console.commands.geocode import geocode_command, reverse_command


def _run(fn, *args, stdin: str = ""):
    out, err = io.StringIO(), io.StringIO()
    code = fn(*args, io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def test_geocode_json_names_the_address() -> None:
    code, out, _ = _run(geocode_command, "Aleksanterinkatu 52", None, 5, True)
    assert code == 0
    doc = json.loads(out)
    assert doc["query"] == "Aleksanterinkatu 52"
    top = doc["results"][0]
    assert top["kind"] == "address" and top["street"] == "Aleksanterinkatu"
    assert top["housenumber"] == "52" and 0 < top["score"] <= 1
    assert {"label", "lat", "lon"} <= set(top)


def test_nothing_found_is_an_empty_list_and_exit_1() -> None:
    code, out, _ = _run(geocode_command, "qqqqzzzz", None, 5, True)
    assert code == 1
    assert json.loads(out) == {"query": "qqqqzzzz", "results": []}


def test_batch_answers_each_line_in_order() -> None:
    code, out, _ = _run(
        geocode_command,
        "-",
        None,
        3,
        False,
        stdin="Aleksanterinkatu 52\n\nqqqqzzzz\nMikonkatu & Aleksanterinkatu\n",
    )
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["query"] for d in docs] == [
        "Aleksanterinkatu 52",
        "",
        "qqqqzzzz",
        "Mikonkatu & Aleksanterinkatu",
    ]
    assert docs[1]["results"] == [] and docs[2]["results"] == []
    assert docs[3]["results"][0]["kind"] == "intersection"


def test_reverse_json_and_batch() -> None:
    code, out, _ = _run(reverse_command, "60.1685,24.9490", None, True)
    assert code == 0
    top = json.loads(out)["results"][0]
    assert top["street"] and top["distance_m"] >= 0
    code, out, _ = _run(reverse_command, "-", None, True, stdin="60.1685,24.9490\nnonsense\n")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(lines) == 2 and lines[1]["results"] == []


def test_reverse_refuses_what_is_no_position() -> None:
    code, _, err = _run(reverse_command, "north pole", None, True)
    assert code == 1 and "LAT,LON" in err


def test_a_site_without_places_file_is_exit_2(tmp_path) -> None:
    code, _, err = _run(geocode_command, "x", str(tmp_path), 5, True)
    assert code == 2 and "places" in err


def test_the_cli_registers_both(capsys) -> None:
    assert main(["geocode", "Aleksanterinkatu 52", "--json", "--limit", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["results"][0]["housenumber"] == "52"
    assert main(["reverse", "60.1685,24.9490"]) == 0


def test_language_names_streets_as_the_console_in_it_would() -> None:
    out, err = io.StringIO(), io.StringIO()
    code = reverse_command("60.1685,24.9490", None, True, io.StringIO(), out, err, language="sv")
    swedish = json.loads(out.getvalue())["results"][0]["street"]
    _, local_out, _ = _run(reverse_command, "60.1685,24.9490", None, True)
    local = json.loads(local_out)["results"][0]["street"]
    assert code == 0 and swedish != local and swedish.endswith(("gatan", "vägen", "gränd"))
