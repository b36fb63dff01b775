"""Status words the radio layer stores that the console shows in its own language (Qt-free).

Contract: ``QT_TRANSLATE_NOOP("LinkTexts", "literal")`` returns the literal
unchanged; it only marks it for ``pyside6-lupdate``
(``resources.translations.update`` reads the modules of ``radio/`` that use
it), as ``models.refusal`` does for the models' refusals (radio may not
import models). What is marked is what a device or network tells about a
message and is stored as text in a payload: a TETRA SDS delivery status
(``radio.codecs.tetra_pei.DELIVERY_STATUS``), an ESPA 4.4.4 call status
(``radio.codecs.espa.CALL_STATUS``). Payloads keep the English words (logs,
``decode`` and stored events stay as they were); the console shows them
through ``console.reports.link_texts.link_text``, which translates a marked
word and shows any other text (an older store's, a device's own) as it is.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` as it is: marked for the translators in ``context``."""
    return text
