"""The position's sound settings: volume and mute, remembered in QSettings.

Contract: ``SoundSettings(settings=None)`` reads and writes ``sound/volume`` (0–100,
default ``DEFAULT_VOLUME``) and ``sound/muted`` (default False) in ``settings`` (the
application's ``QSettings()`` when None: per user on this PC, i.e. per dispatcher
position). Values that are missing or unreadable give the defaults; a volume outside
0–100 is clamped. Writing is immediate (``sync``), so a position that crashes keeps
what the dispatcher chose.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

__all__ = ["DEFAULT_VOLUME", "MUTED_KEY", "VOLUME_KEY", "SoundSettings"]

VOLUME_KEY = "sound/volume"
MUTED_KEY = "sound/muted"
DEFAULT_VOLUME = 80


class SoundSettings:
    """Volume and mute of this position, backed by ``QSettings``."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings

    def _store(self) -> QSettings:
        return self._settings if self._settings is not None else QSettings()

    def volume(self) -> int:
        value = self._store().value(VOLUME_KEY, DEFAULT_VOLUME)
        try:
            return max(0, min(100, int(value)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_VOLUME

    def muted(self) -> bool:
        value = self._store().value(MUTED_KEY, False)
        if isinstance(value, str):  # INI files and some platforms hand back text
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    def set_volume(self, volume: int) -> None:
        store = self._store()
        store.setValue(VOLUME_KEY, max(0, min(100, int(volume))))
        store.sync()

    def set_muted(self, muted: bool) -> None:
        store = self._store()
        store.setValue(MUTED_KEY, bool(muted))
        store.sync()
