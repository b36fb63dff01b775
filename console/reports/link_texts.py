"""A device's or network's status word, as stored by the radio layer, in the console's language.

Contract: ``link_text(text)`` translates a word ``radio`` marked with
``QT_TRANSLATE_NOOP("LinkTexts", ...)`` (``radio.translatable``: TETRA SDS
delivery statuses, ESPA call statuses, and the reach service's own "not
delivered") in context ``LinkTexts``; any other text (a newer device's word,
an older store's) comes back as it is. Stored payloads keep the English
words; this is only how the console shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The reach service's word when a failed delivery report names no status.
NOT_DELIVERED = QT_TRANSLATE_NOOP("LinkTexts", "not delivered")


def link_text(text: str) -> str:
    """``text`` in the console's language when it is one of the marked status words."""
    return QCoreApplication.translate("LinkTexts", text) if text else text
