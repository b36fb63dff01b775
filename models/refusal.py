"""A refusal a dispatcher reads: an English template and its named values (Qt-free).

Contract:
- ``Refusal(template, **values)`` is the base of every refusal the services
  and the models they call raise for a dispatcher's action (``DispatchError``,
  ``CallError``, ``AlertError``, ``ActionRefused``, ``StatusChangeError``,
  ``models.operators.roles.Refused``). ``template`` is a ``str.format``
  template written at the raise site as a literal marked
  ``QT_TRANSLATE_NOOP("Refusal", "...")`` (this module's marker: it returns its
  text; ``resources/translations/update.py`` hands the module to lupdate), so
  the console can translate it where it shows it
  (``console.controllers.refusals.refusal_text``).
- ``str(exc)`` is the English sentence (each value by its ``str``): logs, the
  event log's stored reasons and the tests read English whatever the
  console's language. A template without values is a plain sentence: its
  braces are never interpreted.
- ``values`` keep their kind, which says how a translated refusal shows them:
  a ``UnitStatus`` by its translated status name; a ``Refusal`` used as a value
  is a phrase translated in turn ("the dispatcher role", "dispatching units");
  ``Text`` (a reason, a typed word, a name that may be in any script) isolated
  by its own first letter; ``Listed`` (several values, each of its own kind)
  joined by ", " (the translated separator where shown); anything else (call
  signs, incident numbers, counts, link names) left to right.
- ``cls.of(exc)`` is ``exc`` as the refusal type ``cls``, keeping its template
  and values when it is a refusal (a service re-raising a model's refusal as
  its own type), else its English text as a plain sentence.
- ``reason(template, **values)`` is a refusal's English sentence as a ``Reason``
  (a ``str``, for code that stores, joins or compares reasons: the store's
  guards) that keeps the refusal it reads in ``reason.refusal``; an
  exception whose one argument is a ``Reason`` (``GuardRefused(reason)``)
  becomes a translatable refusal through ``cls.of(exc)``.
- ``template`` may also be a sentence already translated (a controller's
  ``self.tr(...)``): the translator then finds no entry and shows it as is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

__all__ = [
    "CONTEXT",
    "LIST_SEPARATOR",
    "QT_TRANSLATE_NOOP",
    "Listed",
    "Reason",
    "Refusal",
    "Text",
    "english",
    "reason",
    "refusal_of",
]

CONTEXT = "Refusal"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` as translatable under ``context`` for pyside6-lupdate; returns it."""
    return text


class Text(str):
    """A value of free text (a reason, a typed word, a name in any script): shown isolated
    by the direction of its own first letter, never translated."""

    __slots__ = ()


# What joins the values of a ``Listed`` ("available, dispatched"): translated where shown.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Refusal", ", ")


class Listed(tuple):
    """Several values (statuses, call signs, names), each shown by its own kind."""

    __slots__ = ()

    def __str__(self) -> str:
        return LIST_SEPARATOR.join(str(value) for value in self)


def english(template: str, values: Mapping[str, Any]) -> str:
    """``template`` filled with each value's English ``str`` (plain when no values)."""
    if not values:
        return template
    return template.format(**{key: str(value) for key, value in values.items()})


class Refusal(Exception):
    """An action refused, with the reason for the dispatcher (see the module contract)."""

    context: ClassVar[str] = CONTEXT

    def __init__(self, template: str, /, **values: Any) -> None:
        self.template = template
        self.values: dict[str, Any] = dict(values)
        super().__init__(english(template, self.values))

    def __str__(self) -> str:
        return english(self.template, self.values)

    @classmethod
    def of(cls, exc: BaseException) -> Self:
        """``exc`` as a ``cls``: a refusal keeps its template and values, anything else
        becomes its English text (shown untranslated)."""
        found = refusal_of(exc)
        if found is not None:
            return cls(found.template, **found.values)
        return cls(str(exc.args[0]) if len(exc.args) == 1 else str(exc))


class Reason(str):
    """A refusal's English sentence that keeps the refusal it reads (``.refusal``)."""

    refusal: Refusal


def reason(template: str, /, **values: Any) -> Reason:
    """The English sentence of ``Refusal(template, **values)``, keeping the refusal."""
    refusal = Refusal(template, **values)
    made = Reason(str(refusal))
    made.refusal = refusal
    return made


def refusal_of(exc: BaseException) -> Refusal | None:
    """``exc`` itself when it is a refusal, the refusal its first argument keeps when that
    is a ``Reason``, else None."""
    if isinstance(exc, Refusal):
        return exc
    if exc.args and isinstance(exc.args[0], Reason):
        return exc.args[0].refusal
    return None
