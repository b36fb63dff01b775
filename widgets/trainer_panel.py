"""Trainer panel: controls of a running drill (start, pause, speed, hand injections, end).

Contract: ``TrainerPanelDock(parent)`` shows plain data only (no console,
radio or store imports). ``set_scenario(title, injections)`` with
``InjectionRow`` values (the scenario's timeline, in order);
``set_status(TrainerStatus)`` refreshes the state, the drill clock
("drill s / duration s"), the speed and the list of injections still to come
(the timeline after the first ``played`` ones); ``set_report(path)`` shows
where the report was written; ``set_message(text)`` a line for the trainer;
``set_score(ScoreSummary)`` shows the ended drill's score at the top of the
panel: "Score 82 / 100" with PASSED (green) or NOT PASSED (red) in words
as well as colour, then one line per part of the score (its share, or "—"
when the drill gave nothing to measure) and one per measure with its
verdict, all as the session phrased them.
Buttons and the speed selector only emit: ``sigStartRequested``,
``sigPauseRequested``, ``sigResumeRequested``, ``sigEndRequested``,
``sigSpeedChanged(float)`` and ``sigInjectRequested(int)`` (the injection's
1-based ``index`` in the scenario file). Buttons are enabled per state:
ready -> Start; running -> Pause, End, Inject now; paused -> Resume, End,
Inject now; ended -> nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from widgets.bidi import shown_isolated
from widgets.i18n import format_share

__all__ = ["SPEEDS", "InjectionRow", "ScoreSummary", "TrainerPanelDock", "TrainerStatus"]

SPEEDS: tuple[float, ...] = (1.0, 2.0, 5.0, 10.0, 30.0)
_INDEX_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class InjectionRow:
    index: int  # 1-based position in the scenario file
    at_s: float
    type: str
    summary: str


@dataclass(frozen=True, slots=True)
class TrainerStatus:
    state: str  # ready | running | paused | ended
    drill_s: float
    duration_s: float
    speed: float
    played: int  # timeline injections already played
    last: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ScoreSummary:
    """An ended drill's score as the panel shows it (text already phrased)."""

    score: float  # 0..100
    passed: bool
    parts: tuple[tuple[str, float | None], ...] = ()  # (part, share 0..1 | None)
    measures: tuple[tuple[str, bool | None], ...] = ()  # (sentence, passed | None)


_PASS_STYLE = "QLabel { background: #1b7f3b; color: white; font-size: 16pt; font-weight: bold;"
_FAIL_STYLE = "QLabel { background: #b00020; color: white; font-size: 16pt; font-weight: bold;"


def speed_label(speed: float) -> str:
    return f"{speed:g}×"


def clock_text(drill_s: float, duration_s: float) -> str:
    """ "120 s / 900 s": the drill's clock and its length, in the console's language."""
    text = QCoreApplication.translate("TrainerPanelDock", "{now} s / {total} s")
    return text.format(now=f"{drill_s:.0f}", total=f"{duration_s:.0f}")


class TrainerPanelDock(QDockWidget):
    sigStartRequested = Signal()
    sigPauseRequested = Signal()
    sigResumeRequested = Signal()
    sigEndRequested = Signal()
    sigSpeedChanged = Signal(float)
    sigInjectRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Trainer — DRILL"), parent)
        self.setObjectName("TrainerPanel")
        self._rows: list[InjectionRow] = []
        self._played = -1
        self._state = "ready"

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title_label = QLabel(self.tr("No scenario"), body)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("QLabel { font-weight: bold; }")
        self.state_label = QLabel(body)
        self.clock_label = QLabel(clock_text(0.0, 0.0), body)
        self.clock_label.setStyleSheet("QLabel { font-size: 16pt; font-weight: bold; }")
        self.score_label = QLabel(body)
        self.score_label.setObjectName("DrillScore")
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score_label.hide()
        self.score_details = QLabel(body)
        self.score_details.setObjectName("DrillScoreDetails")
        self.score_details.setTextFormat(Qt.TextFormat.PlainText)
        self.score_details.setWordWrap(True)
        self.score_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score_details.hide()
        layout.addWidget(self.title_label)
        layout.addWidget(self.score_label)
        layout.addWidget(self.score_details)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.state_label)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start"), body)
        self.pause_button = QPushButton(self.tr("Pause"), body)
        self.end_button = QPushButton(self.tr("End drill"), body)
        for button in (self.start_button, self.pause_button, self.end_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        speed_row = QHBoxLayout()
        speed_row.addWidget(QLabel(self.tr("Speed"), body))
        self.speed_box = QComboBox(body)
        for speed in SPEEDS:
            self.speed_box.addItem(speed_label(speed), speed)
        speed_row.addWidget(self.speed_box, 1)
        layout.addLayout(speed_row)

        layout.addWidget(QLabel(self.tr("Injections to come"), body))
        self.injection_list = QListWidget(body)
        layout.addWidget(self.injection_list, 1)
        self.inject_button = QPushButton(self.tr("Inject now"), body)
        layout.addWidget(self.inject_button)
        self.message_label = QLabel(body)
        self.message_label.setWordWrap(True)
        self.report_label = QLabel(body)
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)
        layout.addWidget(self.report_label)
        self.setWidget(body)

        self.start_button.clicked.connect(self._on_start_clicked)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.end_button.clicked.connect(self._on_end_clicked)
        self.inject_button.clicked.connect(self._on_inject_clicked)
        self.injection_list.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.speed_box.activated.connect(self._on_speed_activated)
        self._apply_state()

    # -- input from the session ----------------------------------------------

    def set_scenario(self, title: str, injections: Sequence[InjectionRow]) -> None:
        self.title_label.setText(title)
        self._rows = list(injections)
        self._played = -1
        self._fill(0)

    def set_status(self, status: TrainerStatus) -> None:
        self._state = status.state
        self.clock_label.setText(clock_text(status.drill_s, status.duration_s))
        text = {
            "ready": self.tr("Ready"),
            "running": self.tr("Running"),
            "paused": self.tr("PAUSED"),
            "ended": self.tr("Ended"),
        }.get(status.state, status.state)
        if status.state == "ended" and status.reason:
            text = self.tr("Ended: {reason}").format(reason=status.reason)
        self.state_label.setText(text)
        self.set_speed(status.speed)
        if status.last:
            self.message_label.setText(self.tr("Last: {what}").format(what=status.last))
        played = len(self._rows) if status.state == "ended" else status.played
        if played != self._played:
            self._fill(played)
        self._apply_state()

    def set_speed(self, speed: float) -> None:
        """Show ``speed`` without emitting (a speed outside the list is added)."""
        found = self.speed_box.findData(float(speed))
        if found < 0:
            self.speed_box.addItem(speed_label(speed), float(speed))
            found = self.speed_box.count() - 1
        self.speed_box.setCurrentIndex(found)

    def set_report(self, path: str) -> None:
        self.report_label.setText(self.tr("Report: {path}").format(path=shown_isolated(path)))

    def set_message(self, text: str) -> None:
        self.message_label.setText(text)

    def set_score(self, summary: ScoreSummary) -> None:
        """Show the ended drill's score, its parts and its measures."""
        verdict = self.tr("PASSED") if summary.passed else self.tr("NOT PASSED")
        self.score_label.setText(
            self.tr("Score {score} / 100 — {verdict}").format(
                score=f"{summary.score:.0f}", verdict=verdict
            )
        )
        self.score_label.setStyleSheet(
            (_PASS_STYLE if summary.passed else _FAIL_STYLE) + " padding: 6px; }"
        )
        lines = [
            self.tr("{part}: {share}").format(part=part, share=format_share(share))
            for part, share in summary.parts
        ]
        marks = {True: "✓", False: "✗", None: "–"}
        lines += [f"{marks[ok]} {sentence}" for sentence, ok in summary.measures]
        self.score_details.setText("\n".join(lines))
        self.score_label.show()
        self.score_details.setVisible(bool(lines))

    def score_text(self) -> str:
        """The score and its details as shown ("" before the drill has a score)."""
        if self.score_label.isHidden():
            return ""
        return f"{self.score_label.text()}\n{self.score_details.text()}".strip()

    # -- reading (tests, session) --------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    def remaining_indexes(self) -> list[int]:
        items = (self.injection_list.item(i) for i in range(self.injection_list.count()))
        return [int(item.data(_INDEX_ROLE)) for item in items if item is not None]

    # -- internals -------------------------------------------------------------

    def _fill(self, played: int) -> None:
        self._played = played
        selected = self._selected_index()
        self.injection_list.clear()
        for row in self._rows[played:]:
            item = QListWidgetItem(f"{row.at_s:>6.0f} s  {row.type:<10} {row.summary}")
            item.setData(_INDEX_ROLE, row.index)
            self.injection_list.addItem(item)
            if row.index == selected:
                self.injection_list.setCurrentItem(item)

    def _selected_index(self) -> int | None:
        item = self.injection_list.currentItem()
        return None if item is None else int(item.data(_INDEX_ROLE))

    def _apply_state(self) -> None:
        state = self._state
        active = state in ("running", "paused")
        self.start_button.setEnabled(state == "ready")
        self.pause_button.setEnabled(active)
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.end_button.setEnabled(active)
        self.inject_button.setEnabled(active)
        self.speed_box.setEnabled(state != "ended")

    def _on_start_clicked(self) -> None:
        self.sigStartRequested.emit()

    def _on_pause_clicked(self) -> None:
        if self._state == "paused":
            self.sigResumeRequested.emit()
        else:
            self.sigPauseRequested.emit()

    def _on_end_clicked(self) -> None:
        self.sigEndRequested.emit()

    def _on_inject_clicked(self) -> None:
        index = self._selected_index()
        if index is None:
            self.set_message(self.tr("Select an injection to send it now."))
            return
        self.sigInjectRequested.emit(index)

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        if self._state in ("running", "paused"):
            self.sigInjectRequested.emit(int(item.data(_INDEX_ROLE)))

    def _on_speed_activated(self, position: int) -> None:
        self.sigSpeedChanged.emit(float(self.speed_box.itemData(position)))
