"""The long-run fuzz harnesses and ``dev.py fuzz``'s reading of them work, on every platform.

The random engine (no atheris) runs everywhere, Windows included; the
atheris engine is tried only where atheris is installed (Linux x86-64
wheels, see pyproject.toml) and skipped elsewhere.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.radio.codecs.fuzz import harness
from tests.radio.codecs.fuzz.registry import TARGETS

REPO = Path(__file__).resolve().parents[4]


def load_dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_under_test", REPO / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_codec_has_a_harness() -> None:
    expected = {"nmea", "ali", "aml", "pidf", "cap", "zone-alarm", "asterix", "framing"}
    expected |= {"espa", "tetra-pei", "eido", "eido-answer"}
    assert set(TARGETS) == expected


@pytest.mark.parametrize("codec", sorted(TARGETS))
def test_random_engine_runs_each_harness(
    codec: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert harness.main([codec, "--work", str(tmp_path), "--runs", "30", "--engine", "random"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith("FUZZ-RESULT ")
    result = json.loads(line.split(" ", 1)[1])
    assert (result["codec"], result["executions"], result["crashes"]) == (codec, 30, [])


def test_crash_log_keeps_each_input_once_and_three_per_kind(tmp_path: Path) -> None:
    log = harness.CrashLog(tmp_path / "crashes")
    for index in range(5):
        log.save("nmea", b"input %d" % index, f"decoder crashed: internal error at {index}")
    log.save("nmea", b"other", "CallerLocation.lat: non-finite float inf")
    assert log.kinds == {
        "decoder crashed: internal error at #": 5,
        "CallerLocation.lat: non-finite float inf": 1,
    }
    saved = sorted(p.name for p in (tmp_path / "crashes").iterdir() if p.suffix != ".txt")
    assert len(saved) == 4
    note = next((tmp_path / "crashes").glob("*.txt")).read_text("utf-8")
    assert note.startswith("codec: nmea\nkind: ")


def test_dev_py_reads_both_engines_outputs(tmp_path: Path) -> None:
    dev = load_dev()
    random_output = 'x\nFUZZ-RESULT {"codec": "ali", "executions": 500, "seconds": 0.25}\n'
    assert dev._fuzz_stats(random_output) == (500, 2000.0)
    libfuzzer = "#4096\tpulse cov: 1 exec/s: 900 rss: 1Mb\nstat::number_of_executed_units: 5000\n"
    libfuzzer += "stat::average_exec_per_sec:     1234\n"
    assert dev._fuzz_stats(libfuzzer) == (5000, 1234.0)
    assert dev._fuzz_stats("#8192\tpulse  cov: 9 ft: 9 exec/s: 321 rss: 70Mb\n") == (8192, 321.0)
    assert dev._fuzz_stats("Traceback ...") == (None, None)
    folder = tmp_path / "crashes"
    harness.CrashLog(folder).save("ali", b"x", "decoder crashed: internal decoder error")
    (folder / "timeout-abc").write_bytes(b"slow")
    found = dev._fuzz_crashes(folder, 0.0)
    assert "decoder crashed: internal decoder error" in found
    assert any("libFuzzer artifact" in kind for kind in found)


@pytest.mark.skipif(sys.platform == "win32", reason="atheris runs on Linux and macOS only")
def test_atheris_engine_runs_a_harness(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    cmd = [sys.executable, "-m", "tests.radio.codecs.fuzz.harness", "aml", "--work", str(tmp_path)]
    done = subprocess.run(
        [*cmd, "--runs", "300"], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "stat::number_of_executed_units: 300" in done.stderr
    assert any((tmp_path / "corpus" / "aml").iterdir())
    assert not [p for p in (tmp_path / "crashes" / "aml").iterdir()]
