"""Drills: scenario files, the drill clock, scoring and reports (Qt-free, no sockets).

Contract: ``models.drills.scenario`` loads and validates a scenario TOML
(``load_scenario``; ``site_check.validate_against_site``); ``models.drills.events``
names the event kinds a drill writes; ``models.drills.clock`` maps wall time
to drill seconds from the ``drill.clock`` events; ``models.drills.scoring``
scores a drill from its committed event log only; ``report_json`` and
``report_html`` write the reports. The runner that injects through real
links lives in ``console.drills``.
"""

from __future__ import annotations

from models.drills.scenario import (
    DRILLS_DIR,
    Scenario,
    ScenarioError,
    load_scenario,
    shipped_scenarios,
)
from models.drills.site_check import SiteFacts, site_facts, validate_against_site

__all__ = [
    "DRILLS_DIR",
    "Scenario",
    "ScenarioError",
    "SiteFacts",
    "load_scenario",
    "shipped_scenarios",
    "site_facts",
    "validate_against_site",
]
