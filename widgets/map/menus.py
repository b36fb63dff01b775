"""Context menus of the map: on a unit, on an incident, on empty ground.

Contract: each builder returns a fresh ``QMenu`` (parented, deleted on
close) whose actions call back with plain values; an action's ``data()``
names what it does so tests and callers can find it: a status value for the
unit menu (exactly the statuses ``models.dispatch.status.ALLOWED`` permits
next, see ``widgets.status_style.build_status_menu``), ``"recommend"`` for
the incident menu, ``"new-incident"`` for the empty-map menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QWidget

from widgets.status_style import build_status_menu
from widgets.views import IncidentView, UnitView

RECOMMEND = "recommend"
NEW_INCIDENT = "new-incident"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapWidget", text)


def _owned(menu: QMenu) -> QMenu:
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    return menu


def unit_menu(
    parent: QWidget, unit: UnitView, on_status: Callable[[str, str], None], dark: bool
) -> QMenu:
    return _owned(build_status_menu(parent, unit.call_sign, unit.status, on_status, dark))


def incident_menu(
    parent: QWidget, incident: IncidentView, on_recommend: Callable[[str], None]
) -> QMenu:
    menu = QMenu(parent)
    menu.setTitle(incident.incident_id)
    action = menu.addAction(_tr("Recommend units"))
    action.setData(RECOMMEND)
    incident_id = incident.incident_id
    action.triggered.connect(lambda _checked=False: on_recommend(incident_id))
    return _owned(menu)


def empty_menu(
    parent: QWidget, lat: float, lon: float, on_new: Callable[[float, float], None]
) -> QMenu:
    menu = QMenu(parent)
    action = menu.addAction(_tr("New incident here…"))
    action.setData(NEW_INCIDENT)
    action.setToolTip(f"{lat:.5f}, {lon:.5f}")
    action.triggered.connect(lambda _checked=False: on_new(lat, lon))
    return _owned(menu)
