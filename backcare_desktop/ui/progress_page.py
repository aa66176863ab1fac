"""The Progress page: this week against last, and charts of pain, sessions and water.

Built the first time the page is opened (it brings in pyqtgraph and numpy).
All figures come from ``core.progress.stats`` over SQL aggregates; this page
only turns them into arrays and widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.hydration.amounts import show
from backcare_desktop.core.progress import stats
from backcare_desktop.core.status import week_start
from backcare_desktop.storage.progress_data import ProgressSource
from backcare_desktop.ui import progress_charts as charts
from backcare_desktop.ui.lazy_dialogs import dialogs
from backcare_desktop.ui.pages import fill_with_scrolling

NAN = float("nan")


class Card(QFrame):
    """One figure for this week, with last week's beside it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.title = QLabel(title)
        self.value = QLabel()
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.compare = QLabel()
        self.compare.setWordWrap(True)
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.compare):
            layout.addWidget(label)

    def set(self, value: str, compare: str) -> None:
        self.value.setText(value)
        self.compare.setText(compare)
        self.setAccessibleDescription(f"{value}. {compare}")


class ProgressPage(QWidget):
    log_pain_requested = Signal()
    go_to_routines = Signal()

    def __init__(self, source: ProgressSource, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-progress")
        self.setAccessibleName("Progress")
        self._source = source
        self._today = today

        title = QLabel("Progress")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.range = QComboBox()
        self.range.setAccessibleName("Time range")
        self.range.addItems(list(stats.RANGES))
        self.range.setCurrentText("3 months")
        self.range.currentTextChanged.connect(lambda _t: self.redraw())
        log_pain = QPushButton("Log pain…")
        log_pain.clicked.connect(self.log_pain_requested)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel("Show"))
        top.addWidget(self.range)
        top.addWidget(log_pain)

        # -- empty state --
        empty = QWidget()
        self.empty_text = QLabel(
            "<h3>Nothing to show yet</h3><p>Your progress appears here as you go. To begin:</p>"
            "<ol><li>Start a routine on the Routines page — three sessions a week is a "
            "good aim.</li><li>Log how your back feels with <b>Log pain…</b>, before and "
            "after sessions or at any time.</li><li>Log your drinks on the Hydration "
            "page.</li></ol>")
        self.empty_text.setWordWrap(True)
        start = QPushButton("Choose a routine")
        start.clicked.connect(self.go_to_routines)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        # -- cards and charts --
        self.cards = {key: Card(title) for key, title in (
            ("sessions", "Sessions this week"), ("minutes", "Minutes of exercise"),
            ("pain", "Average pain"), ("water", "Water per day"))}
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        self.streak = QLabel()
        self.streak.setWordWrap(True)
        self.streak.setAccessibleName("Streaks")
        self.pain_chart = charts.Chart("Pain", "0–10")
        self.weeks_chart = charts.Chart("Sessions per week", "sessions")
        self.routine_chart = charts.Chart("Pain before and after sessions, per routine",
                                          "0–10", dates=False)
        self.water_chart = charts.Chart("Water per day", "ml")
        for chart in (self.weeks_chart, self.water_chart):
            chart.setXLink(self.pain_chart)  # one shared date axis
        grid = QGridLayout()
        self.save_buttons: dict[str, QPushButton] = {}
        for n, chart in enumerate((self.pain_chart, self.weeks_chart, self.routine_chart,
                                   self.water_chart)):
            save = QPushButton("Save as PNG…")
            save.setAccessibleName(f"Save the {chart.title} chart as PNG")
            save.clicked.connect(lambda _c=False, ch=chart: self.save_chart(ch))
            self.save_buttons[chart.title] = save
            grid.addWidget(chart, n * 2, 0)
            grid.addWidget(save, n * 2 + 1, 0, Qt.AlignmentFlag.AlignRight)
        filled = QWidget()
        filled_layout = QVBoxLayout(filled)
        filled_layout.setContentsMargins(0, 0, 0, 0)
        filled_layout.addLayout(cards)
        filled_layout.addWidget(self.streak)
        filled_layout.addLayout(grid)

        self.views = QStackedWidget()
        self.views.addWidget(empty)
        self.views.addWidget(filled)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)
        fill_with_scrolling(self, content)
        self._stale = True
        # (today, earliest day, pain per day, sessions per day) over the whole history
        self._history: tuple[date, date, list[stats.PainDay],
                             list[stats.SessionDay]] | None = None

    @property
    def empty(self) -> bool:
        return self.views.currentIndex() == 0

    def mark_stale(self) -> None:
        """Records changed: redraw now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: object) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    # -- drawing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the records again (they changed) and redraw."""
        self._stale = False
        source, today = self._source, self._today()
        earliest = source.earliest_day()
        if earliest is None:
            self.views.setCurrentIndex(0)
            return
        self.views.setCurrentIndex(1)
        # Whole-history aggregates, one query per kind: a decade is a few
        # thousand rows, and range changes then need no query but water.
        self._history = (today, earliest, source.pain_days(earliest, today),
                         source.session_days(earliest, today))
        self.redraw()

    def redraw(self) -> None:
        """Draw the chosen range from the aggregates already read."""
        if self._stale or self._history is None:
            self.refresh()
            return
        source = self._source
        today, earliest, pain_days, session_days = self._history
        first = stats.range_start(self.range.currentText(), today, earliest)
        unit, glass = source.setting("water_unit"), source.setting("glass_ml")
        goal_sessions = int(source.setting("sessions_per_week_goal"))
        water_goal = int(source.setting("water_goal_ml"))
        water = source.water_per_day(first, today)
        in_range_pain = [p for p in pain_days if p.day >= first]
        self._cards(today, pain_days, session_days, source.water_per_day(
            week_start(today) - timedelta(days=7), today), unit, glass)
        all_weeks = stats.weeks(session_days, earliest, today)
        current, best = stats.streaks(all_weeks, goal_sessions, today)
        share = stats.high_pain_share(in_range_pain)
        high = "no pain logged in this range" if share is None else (
            f"{share:.0%} of the days with pain logged in this range had pain of 7 or more")
        self.streak.setText(
            f"Weeks in a row meeting your goal of {goal_sessions} sessions: {current} "
            f"(best {best}).   ·   {high[0].upper()}{high[1:]}.")

        self._draw_pain(first, today, in_range_pain, pain_days)
        self._draw_weeks([w for w in all_weeks if w.monday >= week_start(first)], goal_sessions)
        self._draw_routines(source.session_pain(first, today))
        self._draw_water(water, water_goal, unit, glass)
        left, right = charts.day_x(first) - charts.DAY_S, charts.day_x(today) + charts.DAY_S
        self.pain_chart.plotItem.setXRange(left, right, padding=0)

    def _cards(self, today: date, pain_days: list[stats.PainDay],
               session_days: list[stats.SessionDay], water: dict[date, int], unit: str,
               glass: int) -> None:
        monday = week_start(today)
        this = stats.summarise_week(monday, session_days, pain_days, water, today)
        last = stats.summarise_week(monday - timedelta(days=7), session_days, pain_days, water,
                                    today)
        self.cards["sessions"].set(str(this.sessions), f"Last week: {last.sessions}")
        self.cards["minutes"].set(f"{this.minutes:.0f} min", f"Last week: {last.minutes:.0f} min")

        def pain_text(value: float | None) -> str:
            return "—" if value is None else f"{value:.1f} / 10"
        self.cards["pain"].set(pain_text(this.mean_pain),
                               f"Last week: {pain_text(last.mean_pain)}")
        self.cards["water"].set(show(this.water_ml_per_day, unit, glass),
                                f"Last week: {show(last.water_ml_per_day, unit, glass)}")

    def _draw_pain(self, first: date, today: date, in_range: list[stats.PainDay],
                   all_days: list[stats.PainDay]) -> None:
        x = np.array([charts.day_x(p.day) for p in in_range], dtype=float)
        mean = np.array([p.mean for p in in_range], dtype=float)
        worst = np.array([p.worst for p in in_range], dtype=float)
        days = stats.days_between(first, today)
        daily = {p.day: p.mean for p in all_days}  # earlier days feed the first week's mean
        rolling = stats.rolling_mean(days, daily)
        rolling_x = np.array([charts.day_x(d) for d in days], dtype=float)
        rolling_y = np.array([NAN if v is None else v for v in rolling], dtype=float)
        charts.draw_pain(self.pain_chart, x, mean, worst, rolling_y, rolling_x)

    def _draw_weeks(self, shown: list[stats.Week], goal: int) -> None:
        x = np.array([charts.day_x(w.monday) + 3 * charts.DAY_S for w in shown], dtype=float)
        values = np.array([w.sessions for w in shown], dtype=float)

        def describe(i: int) -> str:
            w = shown[i]
            return (f"Week of {w.monday:%d %b %Y}\n{w.sessions} sessions, "
                    f"{w.minutes:.0f} minutes (goal {goal})")
        charts.draw_bars(self.weeks_chart, "sessions", x, values, 5 * charts.DAY_S, goal,
                         describe, charts.GREEN)

    def _draw_routines(self, pairs: list[stats.SessionPain]) -> None:
        means = stats.mean_by_routine(pairs)
        routines = list(means)
        charts.draw_before_after(self.routine_chart, routines,
                                 np.array([means[r][0] for r in routines], dtype=float),
                                 np.array([means[r][1] for r in routines], dtype=float))

    def _draw_water(self, water: dict[date, int], goal: int, unit: str, glass: int) -> None:
        days = sorted(water)
        x = np.array([charts.day_x(d) for d in days], dtype=float)
        values = np.array([water[d] for d in days], dtype=float)

        def describe(i: int) -> str:
            return f"{days[i]:%a %d %b %Y}\n{show(values[i], unit, glass)} " \
                   f"(goal {show(goal, unit, glass)})"
        charts.draw_bars(self.water_chart, "water", x, values, 0.8 * charts.DAY_S, goal,
                         describe, charts.BLUE if not self.water_chart.dark else charts.SKY)

    def save_chart(self, chart: charts.Chart) -> None:
        name = chart.title.lower().replace(" ", "-").replace(",", "")
        path = dialogs.ask_save_png(self, f"backcare-{name}-{self._today():%Y-%m-%d}.png")
        if path is None:
            return
        try:
            charts.save_png(chart, str(path))
        except OSError as exc:
            dialogs.show_error(self, "The chart was not saved",
                               f"BackCare could not write {path}: {exc.strerror or exc}.")
