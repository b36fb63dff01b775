"""Signed checkpoints: anchors that make a re-hashed history and a cut-off tail detectable.

Contract:
- A ``Checkpoint`` says "the event at ``seq`` has ``hash``", signed by the
  recorder at ``signed_at`` with an Ed25519 key (``cryptography``) whose
  private half is kept outside the database (a file only the recorder's
  account can read); ``key_id`` is the first 16 hex digits of the SHA-256
  of the raw public key. The signed message is the canonical JSON of
  {format, seq, hash, signed_at, key_id}.
- Keys: ``generate_key(path)`` writes the private key (PEM, PKCS8, mode
  0600) and its public key beside it (``path`` + ``.pub``);
  ``load_private_key(path)``; ``load_public_key(path)`` accepts the public
  or the private file.
- Making one: ``sign_checkpoint(private_key, seq, hash, now)``; its event
  (``checkpoint_event``: kind ``log.checkpoint``, source ``system``) goes
  into the log like any other, and ``export_checkpoint(cp, folder)`` writes
  ``checkpoint-<seq>.json`` (atomically) for a supervisor to keep
  elsewhere (beside an SQLite store by default: ``default_export_dir``).
  ``Checkpointer`` decides when (every ``every_events`` events or
  ``every_s`` seconds, whichever first, and only when the log grew; at
  once with ``force``) and does all three; the recorder
  (``console.commands.record``) calls ``Checkpointer.maybe(store, submit,
  now)`` on its timer, off the event loop, and with ``force`` at its start
  and after its last flush. ``export_log_checkpoints(store, folder)``
  writes the files for every checkpoint already in the log (a supervisor's
  copy kept elsewhere; existing identical files are left alone).
- Checking: ``audit_checkpoints(store, public_key(s), files)`` reads the
  log's checkpoint events and the exported files, verifies each signature
  (with the key its key id names, among several after a rotation) and
  compares each signed hash with the log: a checkpoint beyond the log's
  last seq means the log was truncated after its last seq; a signed hash
  that differs from the stored one means the history up to it was rewritten
  and re-hashed (the chain itself may still look intact); a signature that
  does not verify is a forged checkpoint. It returns ``CheckpointReport``
  with the findings (plain sentences) and the newest verified checkpoint.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from models.store.events import NewEvent, canonical_json
from models.store.schema import events_table

if TYPE_CHECKING:
    from models.store.engine import Store

CHECKPOINT_KIND = "log.checkpoint"
FORMAT = 1
FILE_PATTERN = "checkpoint-*.json"


class CheckpointError(Exception):
    """A key or checkpoint file that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Checkpoint:
    seq: int
    hash: str
    signed_at: str
    key_id: str
    signature: str  # base64

    def message(self) -> bytes:
        body = {
            "format": FORMAT,
            "seq": self.seq,
            "hash": self.hash,
            "signed_at": self.signed_at,
            "key_id": self.key_id,
        }
        return canonical_json(body).encode()

    def verifies(self, public_key: Ed25519PublicKey) -> bool:
        if self.key_id != key_id(public_key):
            return False
        try:
            public_key.verify(base64.b64decode(self.signature), self.message())
        except (InvalidSignature, ValueError):
            return False
        return True

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Checkpoint:
        try:
            return cls(
                int(payload["seq"]),
                str(payload["hash"]),
                str(payload["signed_at"]),
                str(payload["key_id"]),
                str(payload["signature"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CheckpointError(f"not a checkpoint: {exc}") from None


# -- keys ---------------------------------------------------------------------


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def generate_key(path: Path) -> str:
    """Write a new private key to ``path`` (0600) and its public key to ``path.pub``."""
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    public = private.public_key()
    Path(f"{path}.pub").write_bytes(
        public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return key_id(public)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CheckpointError(
            f"cannot read the signing key {path}: {exc.strerror or exc}"
        ) from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise CheckpointError(f"cannot read the signing key {path}: {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise CheckpointError(f"{path} is not an Ed25519 private key")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CheckpointError(f"cannot read the key {path}: {exc.strerror or exc}") from None
    if b"PRIVATE KEY" in data:
        return load_private_key(path).public_key()
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise CheckpointError(f"{path} is not a PEM public key: {exc}") from None
    if not isinstance(key, Ed25519PublicKey):
        raise CheckpointError(f"{path} is not an Ed25519 public key")
    return key


# -- making checkpoints ---------------------------------------------------------


def sign_checkpoint(
    private_key: Ed25519PrivateKey, seq: int, hash: str, now: datetime
) -> Checkpoint:
    unsigned = Checkpoint(
        seq, hash, now.astimezone(UTC).isoformat(), key_id(private_key.public_key()), ""
    )
    signature = base64.b64encode(private_key.sign(unsigned.message())).decode()
    return Checkpoint(unsigned.seq, unsigned.hash, unsigned.signed_at, unsigned.key_id, signature)


def checkpoint_event(cp: Checkpoint, now: datetime) -> NewEvent:
    return NewEvent(source="system", kind=CHECKPOINT_KIND, rx_time=now, payload=asdict(cp))


def export_checkpoint(cp: Checkpoint, folder: Path, target: Path | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = target or folder / f"checkpoint-{cp.seq:012d}.json"
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".checkpoint-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(asdict(cp), indent=1, sort_keys=True) + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)
    return target


def default_export_dir(store_path: Path) -> Path:
    """Where the recorder exports checkpoint files beside an SQLite store: ``STORE.checkpoints``."""
    return store_path.with_name(store_path.name + ".checkpoints")


def export_log_checkpoints(store: Store, folder: Path) -> tuple[int, int]:
    """Write a file for every checkpoint in the log: (written, already there)."""
    written = kept = 0
    for cp in log_checkpoints(store):
        target = folder / f"checkpoint-{cp.seq:012d}.json"
        if target.exists():
            try:
                same = Checkpoint.from_payload(json.loads(target.read_text(encoding="utf-8")))
            except (OSError, ValueError, CheckpointError):
                same = None
            if same == cp:
                kept += 1
                continue
            if same is not None:
                # Two different checkpoints for one seq: keep both, the audit judges them.
                tag = hashlib.sha256(cp.signature.encode()).hexdigest()[:8]
                target = folder / f"checkpoint-{cp.seq:012d}-{tag}.json"
        export_checkpoint(cp, folder, target)
        written += 1
    return written, kept


def read_checkpoint_files(folder: Path) -> list[Checkpoint]:
    found = []
    for path in sorted(Path(folder).glob(FILE_PATTERN)):
        try:
            found.append(Checkpoint.from_payload(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, CheckpointError) as exc:
            raise CheckpointError(f"cannot read the checkpoint file {path}: {exc}") from None
    return found


@dataclass
class Checkpointer:
    """Signs the log's head now and then: an event in the log and a file outside it."""

    private_key: Ed25519PrivateKey
    export_to: Path | None = None
    every_events: int = 10_000
    every_s: float = 600.0
    _last_seq: int = 0
    _last_time: datetime | None = None

    def maybe(
        self,
        store: Store,
        submit: Callable[[NewEvent], Any],
        now: datetime,
        force: bool = False,
    ) -> Checkpoint | None:
        """Sign the head if due; ``submit`` appends the checkpoint's event (the writer's).

        ``force``: sign now whatever the interval (the recorder does at start
        and after its last flush), still only when the log grew.
        """
        if self._last_time is None:
            self._last_time = now  # the first interval starts with the first call
        seq, head = store.last_seq_and_hash()
        if seq == 0 or seq == self._last_seq:
            return None
        due_by_time = (now - self._last_time).total_seconds() >= self.every_s
        if not force and not due_by_time and seq - self._last_seq < self.every_events:
            return None
        cp = sign_checkpoint(self.private_key, seq, head, now)
        if self.export_to is not None:
            export_checkpoint(cp, self.export_to)
        submit(checkpoint_event(cp, now))
        self._last_seq = seq + 1  # its own event follows
        self._last_time = now
        return cp


# -- checking -------------------------------------------------------------------


@dataclass
class CheckpointReport:
    checked: int = 0  # checkpoints whose signature verified
    newest: Checkpoint | None = None
    findings: list[str] = field(default_factory=list)
    truncated_after: int | None = None
    rehashed_at: int | None = None

    @property
    def ok(self) -> bool:
        return not self.findings


def log_checkpoints(store: Store) -> list[Checkpoint]:
    stmt = (
        select(events_table.c.payload)
        .where(events_table.c.kind == CHECKPOINT_KIND)
        .order_by(events_table.c.seq)
    )
    with store.engine.connect() as conn:
        payloads = conn.execute(stmt).scalars().all()
    found = []
    for payload in payloads:
        try:
            found.append(Checkpoint.from_payload(payload or {}))
        except CheckpointError:
            continue  # counted as unverifiable below by having no valid signature
    return found


def _hashes_at(store: Store, seqs: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(seqs))
    found: dict[int, str] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            stmt = select(events_table.c.seq, events_table.c.hash).where(
                events_table.c.seq.in_(part)
            )
            found.update({row.seq: row.hash for row in conn.execute(stmt)})
    return found


def audit_checkpoints(
    store: Store,
    public_key: Ed25519PublicKey | Sequence[Ed25519PublicKey],
    files: Iterable[Checkpoint] = (),
) -> CheckpointReport:
    """Check the log's and the files' checkpoints against the recorder's key(s).

    Several keys (a rotated key, a standby recorder's): a checkpoint is
    genuine when it verifies with the key its ``key_id`` names among them.
    """
    keys = [public_key] if isinstance(public_key, Ed25519PublicKey) else list(public_key)
    by_id = {key_id(k): k for k in keys}
    report = CheckpointReport()
    unique = {(c.seq, c.hash, c.signature): c for c in [*log_checkpoints(store), *files]}
    valid = []
    for cp in sorted(unique.values(), key=lambda c: c.seq):
        key = by_id.get(cp.key_id)
        if key is not None and cp.verifies(key):
            valid.append(cp)
        else:
            report.findings.append(
                f"FORGED: a checkpoint for seq {cp.seq} does not verify with key "
                f"{', '.join(by_id)} (signed by key {cp.key_id} or altered)"
            )
    report.checked = len(valid)
    if not valid:
        return report
    last_seq, _head = store.last_seq_and_hash()
    hashes = _hashes_at(store, (cp.seq for cp in valid))
    good: Checkpoint | None = None
    for cp in valid:
        if cp.seq > last_seq:
            if report.truncated_after is None:
                report.truncated_after = last_seq
                report.findings.append(
                    f"TRUNCATED after seq {last_seq}: a checkpoint signed at {cp.signed_at} "
                    f"covers seq {cp.seq}; {cp.seq - last_seq} or more events are gone"
                )
            continue
        stored = hashes.get(cp.seq)
        if stored == cp.hash:
            good = cp
            continue
        if report.rehashed_at is None:
            report.rehashed_at = cp.seq
            since = f"after seq {good.seq}" if good else "from the start"
            report.findings.append(
                f"RE-HASHED: event seq {cp.seq} no longer has the hash signed at "
                f"{cp.signed_at}; history {since} up to seq {cp.seq} was rewritten"
                + ("" if stored else " (the event is missing)")
            )
    report.newest = valid[-1]
    return report
