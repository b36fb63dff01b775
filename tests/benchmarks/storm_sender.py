"""A radar-and-AVL storm over loopback UDP, sent from its own process (bench_storm's load).

Contract: ``python -m tests.benchmarks.storm_sender --nmea-port P --asterix-port Q
--rate N --seconds S [--units A,B,...] [--unit-speed 20] [--sac 246 --sic 1]`` sends
``N`` datagrams a second for ``S`` seconds (or until killed): half NMEA GGA fixes with
a TAG block naming a unit (round robin over ``--units``, each unit circling the
Helsinki demo area at ``--unit-speed`` m/s, 20 by default: a fire engine in town;
before, each fix moved its unit a step, so the flood of fixes drove them round at
~1,000 m/s), half ASTERIX CAT048 blocks of one plot each (200 tracks circling the radar).
Sending is paced in 5 ms slices against the monotonic clock, so a slow slice is
caught up, never skipped. Every datagram is encoded when it is sent (fix time and
time of day are now). Prints one JSON line at the end: ``{"sent": n, "nmea": a,
"asterix": b, "elapsed_s": t, "late_slices": k}``. A separate process so that the
sender never shares the console's interpreter lock.
"""

from __future__ import annotations

import argparse
import json
import math
import signal
import socket
import time
from datetime import UTC, datetime

from radio.codecs.asterix import encode_block
from radio.codecs.nmea_encode import encode_gga, with_tag_block

SLICE_S = 0.005
CENTER = (60.1695, 24.9440)  # the demo site's centre
TRACKS = 200
RADIUS_M = 333.0  # of the units' circles: 0.003 deg of latitude, 0.006 of longitude at 60 N


def _nmea(i: int, units: list[str], elapsed_s: float, speed_m_s: float) -> bytes:
    unit = units[i % len(units)]
    angle = (elapsed_s * speed_m_s / RADIUS_M + units.index(unit)) % (2 * math.pi)
    lat = CENTER[0] + 0.003 * math.sin(angle)
    lon = CENTER[1] + 0.006 * math.cos(angle)
    now = datetime.now(UTC)
    return with_tag_block(encode_gga(lat, lon, now.time()), unit) + b"\r\n"


def _asterix(i: int, sac: int, sic: int) -> bytes:
    now = datetime.now(UTC)
    tod = now.hour * 3600 + now.minute * 60 + now.second + now.microsecond / 1e6
    track = i % TRACKS
    record = {
        "010": {"SAC": sac, "SIC": sic},
        "140": {"ToD": round(tod, 3)},
        "020": {"TYP": 5, "SIM": 0, "RDP": 0, "SPI": 0, "RAB": 0},
        "040": {"RHO": 0.5 + (track % 20) * 0.1, "THETA": (track * 7.3 + i * 0.001) % 360.0},
        "161": {"TRN": track + 1},
    }
    return encode_block(48, [record])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--nmea-port", type=int, required=True)
    parser.add_argument("--asterix-port", type=int, required=True)
    parser.add_argument("--rate", type=float, default=5000.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--units", default="HE11,HE12,HE14,HE16,HE121,HE122,HE221,HE222")
    parser.add_argument("--unit-speed", type=float, default=20.0)
    parser.add_argument("--sac", type=int, default=246)
    parser.add_argument("--sic", type=int, default=1)
    args = parser.parse_args(argv)
    units = args.units.split(",")
    stop = False

    def on_term(_signum: int, _frame: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_term)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    nmea_to = (args.host, args.nmea_port)
    asterix_to = (args.host, args.asterix_port)
    sent = nmea = asterix = late = 0
    start = time.monotonic()
    end = start + args.seconds
    while not stop:
        now = time.monotonic()
        if now >= end:
            break
        due = int((now - start + SLICE_S) * args.rate)  # what should be out by the slice's end
        while sent < due:
            if sent % 2 == 0:
                sock.sendto(_nmea(nmea, units, now - start, args.unit_speed), nmea_to)
                nmea += 1
            else:
                sock.sendto(_asterix(asterix, args.sac, args.sic), asterix_to)
                asterix += 1
            sent += 1
        slice_end = start + (int((now - start) / SLICE_S) + 1) * SLICE_S
        pause = slice_end - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        else:
            late += 1
    sock.close()
    elapsed = time.monotonic() - start
    result = {"sent": sent, "nmea": nmea, "asterix": asterix, "elapsed_s": round(elapsed, 3),
              "late_slices": late}  # fmt: skip
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
