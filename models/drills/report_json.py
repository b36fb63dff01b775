"""The JSON report of a scored drill.

Contract: ``write_json_report(score, path)`` writes ``score.to_json()`` as
UTF-8 JSON (sorted keys, indented, no NaN: unfinished intervals are null)
and returns the path; ``read_json_report(path)`` reads one back as a dict
equal to what was written. Keys are documented on ``DrillScore.to_json``
and in ``models.drills.scoring``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from models.drills.scoring import DrillScore


def write_json_report(score: DrillScore, path: str | Path) -> Path:
    out = Path(path)
    text = json.dumps(
        score.to_json(), indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False
    )
    out.write_text(text + "\n", encoding="utf-8")
    return out


def read_json_report(path: str | Path) -> dict[str, Any]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a drill report")
    return data
