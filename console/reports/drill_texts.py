"""The drill reports' language, from the console's translators.

Contract: ``report_language() -> ReportLanguage`` is the language installed
in the application now (``widgets.i18n.installed_language``; English when
none was installed, as in a command run from a shell without ``--lang``),
for ``models.drills.report_html`` and ``report_json``, which are Qt-free
and take their texts from it: ``translate`` is
``QCoreApplication.translate("DrillReport", source)``, ``translate_n`` the
plural form of one of ``models.drills.report_texts.PLURALS`` (each named
here as a literal, so lupdate files it as a plural entry), numbers and
percentages are written as the default ``QLocale`` writes them
(``widgets.i18n.format_share``), unit and incident types by the
catalogue's words (``widgets.catalogue_labels``; ``incident_types`` maps
an incident type code to the catalogue's English name, which is what is
translated), and a right-to-left language
(``widgets.i18n.RIGHT_TO_LEFT``) isolates the values. Thread-safe: Qt's
``translate`` and ``QLocale`` need no GUI thread.
``write_drill_reports(score, scenario, json_path, html_path,
incident_types=None)`` writes both
reports in that language (what the drill session and the headless runner
call).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from console.reports.plural import english_plural
from models.drills.report_texts import (
    ALARMS_RAISED,
    ALARMS_UNANSWERED,
    CONTEXT,
    PLURALS,
    TRACK_POINTS,
    ReportLanguage,
)
from widgets.catalogue_labels import incident_type_label, unit_type_label
from widgets.i18n import RIGHT_TO_LEFT, format_share, installed_language

if TYPE_CHECKING:
    from models.drills.scenario import Scenario
    from models.drills.scoring import DrillScore


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrillReport", text)


def _trn(text: str, n: int) -> str:
    return english_plural(text, n, QCoreApplication.translate("DrillReport", text, "", n))


#: Each plural source of the reports as a literal (lupdate reads these).
_PLURAL_FORMS: dict[str, Callable[[int], str]] = {
    ALARMS_RAISED: lambda n: _trn("%n alarm(s) raised", n),
    ALARMS_UNANSWERED: lambda n: _trn("%n never acted on", n),
    TRACK_POINTS: lambda n: _trn("%n point(s)", n),
}
assert set(_PLURAL_FORMS) == set(PLURALS) and CONTEXT == "DrillReport"


def _plural(source: str, n: int) -> str:
    form = _PLURAL_FORMS.get(source)
    return form(n) if form is not None else _trn(source, n)


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _percent(share: float) -> str:
    return format_share(share)


def report_language(incident_types: Mapping[str, str] | None = None) -> ReportLanguage:
    """The installed language for the drill reports (see the module contract)."""
    code = installed_language()
    names = dict(incident_types or {})

    def incident_type(type_code: str) -> str:
        return incident_type_label(names.get(type_code, type_code))

    return ReportLanguage(
        code=code,
        right_to_left=code in RIGHT_TO_LEFT,
        translate=_tr,
        translate_n=_plural,
        number=_number,
        percent=_percent,
        unit_type=unit_type_label,
        incident_type=incident_type,
    )


def write_drill_reports(
    score: DrillScore,
    scenario: Scenario,
    json_path: str | Path,
    html_path: str | Path,
    incident_types: Mapping[str, str] | None = None,
) -> tuple[Path, Path]:
    """Both reports of a scored drill in the installed language."""
    from models.drills.report_html import write_html_report
    from models.drills.report_json import write_json_report

    lang = report_language(incident_types)
    return (
        write_json_report(score, json_path, lang, scenario),
        write_html_report(score, scenario, html_path, lang),
    )
