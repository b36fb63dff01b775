"""What site.toml may contain: every table and key, with its type and range, as data.

Contract: ``SITE_SCHEMA`` is the ``console.config.schema`` description of
the whole file; ``console.config.site`` checks a parsed site.toml against it
before reading anything, so an unknown key or table anywhere is refused
(with the nearest known name), and every number has a type and a range,
every flag is a boolean, every closed set of words (disciplines, transports,
protocols, ...) is checked, with the file, line and field in the message.
The ``[http]`` table is ``console.config.http_config.HTTP_SCHEMA``. What a
schema cannot say (a unit's station must exist, a radar link's sensor must
be declared, a polygon must not cross itself, ...) stays with the parsers.

Ranges, and why:

- lat -90..90, lon -180..180 degrees; heading -360..360 degrees;
- ports 0..65535 (0: any free port; only listening links may use it);
- baud rates 50..12 000 000 (the fastest USB serial adapters);
- ``[dispatch.overdue]`` more than 0 and at most 10080 minutes (a week), or
  ``false`` for no limit: beyond that a limit warns nobody and a huge one
  overflows the time arithmetic;
- ``[calls.duplicates]`` distance more than 0 and at most 100 000 m, window
  more than 0 and at most 10080 minutes, radius factor 0..10;
- a sensor's range more than 0 and at most 1 000 000 m, ASTERIX SAC/SIC 0..255;
- an ALI layout 1..200 lines of 1..1000 columns;
- ``[[places]]`` (the site's own names: alias, kind, a point or an address):
  lat -90..90, lon -180..180; that an entry has a point or an address is
  the parser's to check;
- ``[operators]``: idle lock 0..1440 minutes (0: never; a day at most, a
  longer one protects nothing), break-glass 0..480 minutes (0: off; at most
  a shift, an emergency session is not a way of working);
- ``[http]``: see ``HTTP_SCHEMA``: bodies 1 byte..16 MiB per route, and the
  endpoint's own limits (timeouts 0.1..3600 s, requests in flight,
  connections, refused-request budgets) in the ranges
  ``radio.links.http_types.LIMIT_RANGES`` gives.
"""

from __future__ import annotations

from console.config.http_config import HTTP_SCHEMA
from console.config.reach import REACH_SCHEMA, TETRA_STATUS_SCHEMA
from console.config.schema import Array, Either, Named, Table, Value
from models.dispatch.status import UnitStatus
from models.sensors.config import SENSOR_KINDS
from radio.codecs.ali_profile import PARSERS
from radio.links.spec import TRANSPORTS
from radio.protocols import PROTOCOLS

__all__ = ["DISCIPLINES", "SITE_SCHEMA", "status_key"]

DISCIPLINES = ("police", "fire", "medical")
WEEK_MIN = 7 * 24 * 60

_TEXT = Value("str")
_NEEDED_TEXT = Value("str", required=True)
_LAT = Value("number", -90, 90, unit="degrees", required=True)
_LON = Value("number", -180, 180, unit="degrees", required=True)
_DISCIPLINE = Value("str", choices=DISCIPLINES, required=True)
# [stats] targets: more than 0 s and at most a day (models.stats.definitions).
_STATS_SECONDS = Value("number", 0, 86_400, above=True, unit="seconds")
_MINUTES_OR_NEVER = Value("number", 0, WEEK_MIN, above=True, unit="minutes", false_means="no limit")


def status_key(key: str) -> str:
    """How a ``[dispatch.overdue]`` key names a status: ``"En route"`` -> ``en_route``."""
    return "_".join(key.strip().lower().replace("-", " ").replace("_", " ").split())


_ALI_FIELD = {
    "line": Value("int", 1, 200, required=True),
    "column": Value("int", 1, 1000, required=True),
    "width": Value("int", 1, 1000, required=True),
    "parser": Value("str", choices=tuple(sorted(PARSERS))),
    "required": Value("bool"),
}

SITE_SCHEMA = Table(
    {
        "site": Table(
            {
                "name": _NEEDED_TEXT,
                "timezone": _NEEDED_TEXT,
                "roads": _TEXT,
                "center": Table({"lat": _LAT, "lon": _LON}, hint="{ lat = ..., lon = ... }"),
            },
            required=True,
        ),
        "stations": Table(
            {
                "id": _NEEDED_TEXT,
                "name": _NEEDED_TEXT,
                "discipline": _DISCIPLINE,
                "lat": _LAT,
                "lon": _LON,
            },
            many=True,
        ),
        "units": Table(
            {
                "call_sign": _NEEDED_TEXT,
                "type": _NEEDED_TEXT,
                "discipline": _DISCIPLINE,
                "station": _NEEDED_TEXT,
            },
            many=True,
        ),
        "reach": REACH_SCHEMA,
        "tetra_status": TETRA_STATUS_SCHEMA,
        "links": Table(
            {
                "name": _NEEDED_TEXT,
                "transport": Value("str", choices=TRANSPORTS, required=True),
                "protocol": Value("str", choices=tuple(sorted(PROTOCOLS)), required=True),
                "url": _TEXT,
                "baudrate": Value("int", 50, 12_000_000),
                "bytesize": Value("int", 5, 8),
                "parity": Value("str", choices=("N", "E", "O", "M", "S")),
                "stopbits": Value("number", 1, 2),
                "host": _TEXT,
                "port": Value("int", 0, 65535),
                "unit": _TEXT,
                "enabled": Value("bool"),
                "profile": _TEXT,
                "grammar": _TEXT,
                "sensor": _TEXT,
            },
            many=True,
        ),
        "dispatch": Table(
            {
                "overdue": Table(
                    {status.value.replace(" ", "_"): _MINUTES_OR_NEVER for status in UnitStatus},
                    normalise=status_key,
                    noun="status",
                ),
            }
        ),
        "stats": Table(
            {
                "high_priority": Value("int", 1, 5),
                "percentile": Value("number", 0, 100, above=True),
                "answer_s": _STATS_SECONDS,
                "answer_95_s": _STATS_SECONDS,
                "process_s": _STATS_SECONDS,
                "alarm_handling_s": _STATS_SECONDS,
                "travel_s": _STATS_SECONDS,
                "total_response_s": _STATS_SECONDS,
                "alert_handle_s": _STATS_SECONDS,
                "turnout_s": Table({d: _STATS_SECONDS for d in DISCIPLINES}),
            }
        ),
        "calls": Table(
            {
                "duplicates": Table(
                    {
                        "distance_m": Value("number", 0, 100_000, above=True, unit="m"),
                        "window_min": Value("number", 0, WEEK_MIN, above=True, unit="minutes"),
                        "radius_factor": Value("number", 0, 10),
                    }
                ),
            }
        ),
        "http": HTTP_SCHEMA,
        "sensors": Table(
            {
                "id": _NEEDED_TEXT,
                "name": _TEXT,
                "kind": Value("str", choices=SENSOR_KINDS, required=True),
                "lat": _LAT,
                "lon": _LON,
                "heading_deg": Value("number", -360, 360, unit="degrees"),
                "range_m": Value("number", 0, 1_000_000, above=True, unit="m"),
                "sac": Value("int", 0, 255),
                "sic": Value("int", 0, 255),
            },
            many=True,
        ),
        "zones": Table(
            {
                "id": _NEEDED_TEXT,
                "name": _TEXT,
                "polygon": Array(required=True),  # points: models.sensors.config
                "alert_on_entry": Value("bool"),
                "suggested_type": _TEXT,
                "severity": _TEXT,  # any case: models.sensors.config
            },
            many=True,
        ),
        "ali_profiles": Named(
            Table(
                {
                    "name": _TEXT,
                    "lines": Value("int", 1, 200),
                    "columns": Value("int", 1, 1000),
                    "bcc": Value("str", choices=("none", "xor")),
                    "time_format": _TEXT,
                    "timezone": _TEXT,
                    "fields": Either(
                        Table({"name": _NEEDED_TEXT, **_ALI_FIELD}, many=True),
                        Named(Table({"name": _TEXT, **_ALI_FIELD})),
                        required=True,
                    ),
                }
            )
        ),
        "places": Table(
            {
                "alias": _NEEDED_TEXT,
                "kind": _TEXT,
                "lat": Value("number", -90, 90, unit="degrees"),
                "lon": Value("number", -180, 180, unit="degrees"),
                "address": _TEXT,
            },
            many=True,
        ),
        "operators": Table(
            {
                "idle_lock_minutes": Value("number", 0, 1440, unit="minutes"),
                "break_glass_minutes": Value("number", 0, 480, unit="minutes"),
                "allow_multiple_positions": Value("bool"),
                "position": _TEXT,
            }
        ),
        "alarm_grammars": Named(
            Table(
                {
                    "name": _TEXT,
                    "pattern": _NEEDED_TEXT,
                    "time_format": _TEXT,
                    "timezone": _TEXT,
                    "encoding": _TEXT,
                }
            )
        ),
    }
)
