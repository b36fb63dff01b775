"""Which language the console speaks, and remembering the choice.

Contract:
- :func:`parse_language` is the ``--lang`` argument's type: it accepts a
  supported code in any usual spelling ("he", "he_IL", "sr-Latn",
  "sr_RS@latin", "FR") and returns the canonical code; anything else raises
  ``argparse.ArgumentTypeError`` naming the languages there are.
- :func:`choose_language` decides, first match wins: the ``--lang`` value;
  the ``DISPATCH_LANG`` environment variable (for scripts and screenshots;
  an unsupported value is logged and ignored); the choice remembered in
  ``QSettings`` under :data:`SETTINGS_KEY`; the system locale when supported;
  English. A ``--lang`` value is remembered (the next start speaks it too)
  unless ``remember=False`` (a ``--screenshot`` run changes nothing of the
  operator's); the environment variable is never remembered.
- :func:`remember_language` stores a choice (the Language menu calls it).

Qt is only touched through the ``QSettings`` and ``QLocale`` passed in or
created here; loading the translations is ``widgets.i18n.install_language``.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import QLocale, QSettings

from widgets.i18n import LANGUAGES, canonical_code, system_language

_LOGGER = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
ENV_VAR = "DISPATCH_LANG"


def parse_language(text: str) -> str:
    """``--lang`` type: the canonical code, or a clear refusal."""
    code = canonical_code(text)
    if code is None:
        choices = ", ".join(f"{c} ({name})" for c, name in LANGUAGES.items())
        raise argparse.ArgumentTypeError(f"unknown language {text!r}; choose one of: {choices}")
    return code


def remember_language(settings: QSettings, code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def remembered_language(settings: QSettings) -> str | None:
    value = settings.value(SETTINGS_KEY)
    return canonical_code(str(value)) if value else None


def choose_language(
    requested: str | None,
    settings: QSettings,
    environ: Mapping[str, str] | None = None,
    system: QLocale | None = None,
    *,
    remember: bool = True,
) -> str:
    """The language to start in (see the module contract)."""
    if requested:
        code = parse_language(requested)
        if remember:
            remember_language(settings, code)
        return code
    env = (environ if environ is not None else os.environ).get(ENV_VAR, "").strip()
    if env:
        code = canonical_code(env)
        if code is not None:
            return code
        _LOGGER.warning("%s=%r is not a language the console speaks; ignored", ENV_VAR, env)
    remembered = remembered_language(settings)
    if remembered is not None:
        return remembered
    return system_language(system)
