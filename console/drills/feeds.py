"""The drill's side of the console's links: a pty, loopback sockets, HTTP POSTs.

Contract: ``await DrillFeeds.open(site)`` opens a pseudo-terminal for the
serial ALI link (the console opens the slave, through pyserial, by a stable
symlink path in a private folder), picks free loopback ports for the AVL and
radar UDP links, the zone-alarm TCP link and the HTTP endpoint, and makes a
per-drill random bearer token. ``drill_site()`` is a copy of the site whose
``links``/``http`` are exactly these (the site's own live links are left
out: a drill never listens on live ports nor opens live serial lines):

- ``drill-ali``: serial on the pty, the protocol and record layout of the
  site's own ALI link (default ``ali``);
- ``drill-avl``: UDP, NMEA; units name themselves in the TAG block;
- ``drill-asterix-<sensor>`` / ``drill-arpa-<sensor>``: UDP, ASTERIX or NMEA
  ARPA, bound to each radar sensor of the site;
- ``drill-alarm``: TCP server, zone-alarm lines (default grammar), this side
  connects as the panel;
- ``drill-http``: the HTTP endpoint, one source ``drill`` for every route.

Sending: ``send_ali`` queues a record; a sender task writes it and repeats it
until the console ACKs it (a NAK ends it), as a real ALI controller does.
``send_nmea``/``send_asterix`` send datagrams; ``send_alarm`` writes one line;
``post`` POSTs with the token and returns the HTTP status.

``set_down(link, down)`` for ``ali | avl | radar | alarm | http`` fails a
feed the way the real thing fails: the ALI pty is hung up and its device
path disappears (the console's serial link goes DOWN and retries until
``set_down(link, False)`` brings a new pty at the same path); the alarm TCP
connection is closed (the console sees its peer go); UDP fixes and radar
datagrams sent while down are lost; ALI records, alarm lines and HTTP bodies
sent while down are held and delivered on recovery (those senders retry).
POSIX only (``os.openpty``).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import secrets
import shutil
import socket
import tempfile
import tty
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from console.config.site import Site
from radio.codecs.ali import ACK, NAK
from radio.codecs.ali_profile import AliProfile
from radio.links.http_types import ROUTES, HttpConfig, HttpSource
from radio.links.spec import LinkSpec

_LOGGER = logging.getLogger(__name__)

FEED_LINKS = ("ali", "avl", "radar", "alarm", "http")
ALI_LINK = "drill-ali"
AVL_LINK = "drill-avl"
ALARM_LINK = "drill-alarm"
HTTP_LINK = "drill-http"
HTTP_SOURCE = "drill"
ACK_TIMEOUT_S = 1.0  # wall seconds before an unanswered ALI record is sent again
CONNECT_TIMEOUT_S = 10.0
RADAR_KINDS = ("radar", "asterix")


class FeedsError(Exception):
    """The drill's feeds cannot be opened here; the message says why."""


def free_port(kind: int = socket.SOCK_DGRAM) -> int:
    """A loopback port free right now (bound and released; the console binds it next)."""
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def asterix_link(sensor_id: str) -> str:
    return f"drill-asterix-{sensor_id}"


def arpa_link(sensor_id: str) -> str:
    return f"drill-arpa-{sensor_id}"


class _Pty:
    """One pseudo-terminal pair in raw mode; the console opens the slave by ``path``."""

    def __init__(self, path: Path) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.master)
        tty.setraw(self.slave)
        os.set_blocking(self.master, False)
        # Replace the symlink atomically: the console never sees a half-made path.
        temp = path.with_name(path.name + ".new")
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        temp.symlink_to(os.ttyname(self.slave))
        os.replace(temp, path)

    def close(self) -> None:
        for fd in (self.master, self.slave):
            with contextlib.suppress(OSError):
                os.close(fd)


class DrillFeeds:
    """The far ends of a drill site's links; build with ``await DrillFeeds.open(site)``."""

    def __init__(self, site: Site, folder: Path) -> None:
        self.site = site
        self.folder = folder
        self.token = secrets.token_urlsafe(24)
        self.ali_path = folder / "ali-tty"
        self.ports = {
            "avl": free_port(),
            "alarm": free_port(socket.SOCK_STREAM),
            "http": free_port(socket.SOCK_STREAM),
        }
        self.radar_sensors = [s.sensor_id for s in site.sensors if s.kind in RADAR_KINDS]
        for sensor_id in self.radar_sensors:
            self.ports[asterix_link(sensor_id)] = free_port()
            self.ports[arpa_link(sensor_id)] = free_port()
        self.down: set[str] = set()
        self.stats = {"ali_sent": 0, "ali_acked": 0, "ali_naked": 0, "datagrams_lost": 0}
        self._pty: _Pty | None = None
        self._answers: asyncio.Queue[int] = asyncio.Queue()
        self._ali_queue: asyncio.Queue[bytes] = asyncio.Queue()
        self._ali_up = asyncio.Event()
        self._ali_task: asyncio.Task[None] | None = None
        self._udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._udp.setblocking(False)
        self._alarm: asyncio.StreamWriter | None = None
        self._held: dict[str, list[tuple[Any, ...]]] = {"alarm": [], "http": []}
        self._http: Any = None  # aiohttp.ClientSession, made on the loop
        self._tasks: set[asyncio.Task[Any]] = set()

    @classmethod
    async def open(cls, site: Site) -> DrillFeeds:
        import aiohttp

        if not hasattr(os, "openpty"):
            raise FeedsError("drills need pseudo-terminals (os.openpty): POSIX systems only")
        feeds = cls(site, Path(tempfile.mkdtemp(prefix="dispatch-drill-")))
        try:
            feeds._open_pty()
        except OSError as exc:
            shutil.rmtree(feeds.folder, ignore_errors=True)
            raise FeedsError(f"cannot open a pseudo-terminal for the ALI feed: {exc}") from exc
        feeds._http = aiohttp.ClientSession()
        feeds._ali_task = asyncio.get_running_loop().create_task(feeds._ali_sender())
        return feeds

    # -- the drill site ------------------------------------------------------------

    def _own_ali(self) -> LinkSpec | None:
        return next((s for s in self.site.links if s.protocol.startswith("ali")), None)

    @property
    def ali_profile(self) -> AliProfile | None:
        """The record layout of the site's own ALI link (None: the default layout)."""
        own = self._own_ali()
        return self.site.ali_profiles.get(own.profile) if own and own.profile else None

    def drill_site(self) -> Site:
        own_ali = self._own_ali()
        links = [
            LinkSpec(
                name=ALI_LINK,
                transport="serial",
                protocol=own_ali.protocol if own_ali else "ali",
                url=str(self.ali_path),
                baudrate=own_ali.baudrate if own_ali and own_ali.transport == "serial" else 9600,
                profile=own_ali.profile if own_ali else None,
            ),
            LinkSpec(name=AVL_LINK, transport="udp", protocol="nmea", port=self.ports["avl"]),
            LinkSpec(
                name=ALARM_LINK,
                transport="tcp-server",
                protocol="zone-alarm",
                port=self.ports["alarm"],
            ),
        ]
        for sensor_id in self.radar_sensors:
            pairs = ((asterix_link(sensor_id), "asterix"), (arpa_link(sensor_id), "nmea"))
            for name, protocol in pairs:
                links.append(
                    LinkSpec(
                        name=name,
                        transport="udp",
                        protocol=protocol,
                        port=self.ports[name],
                        sensor=sensor_id,
                    )
                )
        http = HttpConfig(
            sources=(HttpSource(HTTP_SOURCE, self.token, frozenset(ROUTES)),),
            host="127.0.0.1",
            port=self.ports["http"],
            name=HTTP_LINK,
        )
        return dataclasses.replace(self.site, links=tuple(links), http=http)

    # -- ALI over the pty ------------------------------------------------------------

    def _open_pty(self) -> None:
        self._pty = _Pty(self.ali_path)
        asyncio.get_running_loop().add_reader(self._pty.master, self._on_pty_readable)
        self._ali_up.set()

    def _close_pty(self) -> None:
        self._ali_up.clear()
        pty, self._pty = self._pty, None
        if pty is None:
            return
        asyncio.get_running_loop().remove_reader(pty.master)
        with contextlib.suppress(FileNotFoundError):
            self.ali_path.unlink()
        pty.close()

    def _on_pty_readable(self) -> None:
        pty = self._pty
        if pty is None:
            return
        try:
            data = os.read(pty.master, 256)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            return  # EIO while nobody holds the slave: nothing to read
        for byte in data:
            if byte in (ACK[0], NAK[0]):
                self._answers.put_nowait(byte)

    async def send_ali(self, record: bytes) -> None:
        """Queue a framed ALI record; it is repeated until the console answers it."""
        await self._ali_queue.put(record)

    async def ali_idle(self) -> None:
        """Wait until every queued ALI record has been answered."""
        await self._ali_queue.join()

    async def _ali_sender(self) -> None:
        while True:
            record = await self._ali_queue.get()
            try:
                await self._deliver_ali(record)
            finally:
                self._ali_queue.task_done()

    async def _deliver_ali(self, record: bytes) -> None:
        while True:
            await self._ali_up.wait()
            pty = self._pty
            if pty is None:
                continue
            while not self._answers.empty():
                self._answers.get_nowait()  # late answers to an earlier attempt
            with contextlib.suppress(OSError):  # full buffer or hung up: repeat below
                os.write(pty.master, record)
                self.stats["ali_sent"] += 1
            try:
                async with asyncio.timeout(ACK_TIMEOUT_S):  # not wait_for: see clock.py
                    answer = await self._answers.get()
            except TimeoutError:
                continue
            if answer == ACK[0]:
                self.stats["ali_acked"] += 1
            else:
                self.stats["ali_naked"] += 1
                _LOGGER.warning("drill ALI record refused (NAK) by the console")
            return

    # -- datagrams ---------------------------------------------------------------------

    def _sendto(self, link: str, port: int, data: bytes) -> bool:
        if link in self.down:
            self.stats["datagrams_lost"] += 1
            return False
        try:
            self._udp.sendto(data, ("127.0.0.1", port))
        except OSError as exc:
            self.stats["datagrams_lost"] += 1
            _LOGGER.debug("drill datagram to %s lost: %s", port, exc)
            return False
        return True

    async def send_nmea(self, lines: Iterable[bytes], *, sensor: str | None = None) -> bool:
        """NMEA lines as one datagram: AVL by default, a sensor's ARPA link with ``sensor``."""
        data = b"".join(line if line.endswith(b"\n") else line + b"\r\n" for line in lines)
        if sensor is None:
            return self._sendto("avl", self.ports["avl"], data)
        return self._sendto("radar", self._radar_port(arpa_link(sensor), sensor), data)

    async def send_asterix(self, block: bytes, *, sensor: str) -> bool:
        return self._sendto("radar", self._radar_port(asterix_link(sensor), sensor), block)

    def _radar_port(self, link: str, sensor: str) -> int:
        try:
            return self.ports[link]
        except KeyError:
            known = ", ".join(self.radar_sensors) or "none"
            raise ValueError(f"no radar sensor {sensor!r} in the site (radars: {known})") from None

    # -- zone alarms over TCP --------------------------------------------------------

    async def send_alarm(self, line: bytes) -> bool:
        """One alarm line (CRLF added); held while the alarm link is down."""
        data = line if line.endswith(b"\n") else line + b"\r\n"
        if "alarm" in self.down:
            self._held["alarm"].append((data,))
            return False
        writer = await self._alarm_writer()
        writer.write(data)
        await writer.drain()
        return True

    async def _alarm_writer(self) -> asyncio.StreamWriter:
        if self._alarm is not None and not self._alarm.is_closing():
            return self._alarm
        loop = asyncio.get_running_loop()
        deadline = loop.time() + CONNECT_TIMEOUT_S
        while True:
            try:
                _reader, self._alarm = await asyncio.open_connection(
                    "127.0.0.1", self.ports["alarm"]
                )
                return self._alarm
            except OSError:
                if loop.time() > deadline:
                    raise
                await asyncio.sleep(0.1)  # the console's listener is not up yet

    # -- HTTP ---------------------------------------------------------------------------

    async def post(self, route: str, body: bytes, content_type: str) -> int:
        """POST ``body`` to the console's ``/route``; 0 when held because http is down."""
        if "http" in self.down:
            self._held["http"].append((route, body, content_type))
            return 0
        headers = {"Authorization": f"Bearer {self.token}", "Content-Type": content_type}
        url = f"http://127.0.0.1:{self.ports['http']}/{route}"
        async with self._http.post(url, data=body, headers=headers) as response:
            await response.read()
            return int(response.status)

    # -- failures ------------------------------------------------------------------------

    def set_down(self, link: str, down: bool) -> None:
        if link not in FEED_LINKS:
            raise ValueError(
                f"unknown drill link {link!r} (expected one of {', '.join(FEED_LINKS)})"
            )
        if down == (link in self.down):
            return
        if down:
            self.down.add(link)
            if link == "ali":
                self._close_pty()
            elif link == "alarm" and self._alarm is not None:
                self._alarm.close()
                self._alarm = None
            return
        self.down.discard(link)
        if link == "ali":
            self._open_pty()
        elif link in self._held:
            self._spawn(self._release_held(link))

    async def _release_held(self, link: str) -> None:
        held, self._held[link] = self._held[link], []
        for item in held:
            if link == "alarm":
                await self.send_alarm(*item)
            else:
                await self.post(*item)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        for task in [self._ali_task, *self._tasks]:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._close_pty()
        self._udp.close()
        if self._alarm is not None:
            self._alarm.close()
        if self._http is not None:
            await self._http.close()
        shutil.rmtree(self.folder, ignore_errors=True)
