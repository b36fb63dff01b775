"""The text a dispatcher reads for a refused action, in the console's language.

Contract: ``refusal_text(exc)`` is the one way the console turns an exception
it shows (command line, status bar, dialogs, panels) into text:
- a ``models.refusal.Refusal`` (or an exception carrying one as its
  ``Reason``, e.g. the store's ``GuardRefused``) is translated (its template looked up under
  its context, ``Refusal``) and filled with its values as the console shows
  them: a ``UnitStatus`` by its translated name (``widgets.status_style.
  status_label``, as the unit board shows it), a refusal used as a value (a
  phrase) translated in turn, ``Text`` isolated by its own first letter, a
  ``Listed`` value by value joined by the translated separator, anything
  else (call signs, incident numbers, counts) left to right. Values are
  isolated only in a right-to-left console (``widgets.bidi.shown_*``). A
  translation that lost a placeholder falls back to the English template,
  so a refusal is never swallowed;
- a reason given as text (``answer.unavailable`` of the places service, a
  store guard's reason) is translated when it is a ``models.refusal.Reason``;
- anything else is its ``str`` as before, isolated in a right-to-left
  console (it is English or the session's own words).
Thread: the GUI thread (``QCoreApplication.translate`` is thread-safe, the
status names too, but refusals are shown on the GUI thread).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from models.dispatch.status import UnitStatus
from models.refusal import LIST_SEPARATOR, Listed, Reason, Refusal, Text, refusal_of
from widgets.bidi import shown_isolated, shown_ltr
from widgets.status_style import status_label

__all__ = ["refusal_text"]

_LOGGER = logging.getLogger(__name__)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _shown(value: Any, context: str) -> str:
    if isinstance(value, Refusal):
        return shown_isolated(_sentence(value))
    if isinstance(value, UnitStatus):
        return shown_isolated(status_label(value.value))
    if isinstance(value, Text):
        return shown_isolated(str(value))
    if isinstance(value, Listed):
        separator = _translate(context, LIST_SEPARATOR)
        return separator.join(_shown(item, context) for item in value)
    return shown_ltr(value)


def _sentence(refusal: Refusal) -> str:
    translated = _translate(refusal.context, refusal.template)
    if not refusal.values:
        return translated
    shown = {key: _shown(value, refusal.context) for key, value in refusal.values.items()}
    try:
        return translated.format(**shown)
    except (KeyError, IndexError, ValueError):
        _LOGGER.warning("translation of %r does not fit its values", refusal.template)
        return refusal.template.format(**shown)


def refusal_text(exc: BaseException | str) -> str:
    """What the console shows for ``exc`` (see the module contract)."""
    if isinstance(exc, str):
        return _sentence(exc.refusal) if isinstance(exc, Reason) else shown_isolated(exc)
    found = refusal_of(exc)
    if found is not None:
        return _sentence(found)
    return shown_isolated(str(exc))
