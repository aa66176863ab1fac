"""The Progress page: this week against last, and charts of pain, sessions and water.

Its module brings in pyqtgraph and numpy. The page is built and filled in idle
time after start-up (``preparation``, driven by ``install.py``), or at the latest
when it is first opened. All figures come from ``core.progress.stats`` over SQL
aggregates; this page only turns them into arrays and widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping, Sequence
from datetime import date, timedelta

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
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
from backcare_desktop.core.progress import outlook, peg, stats
from backcare_desktop.core.status import week_start
from backcare_desktop.storage.progress_data import ProgressSource
from backcare_desktop.ui.progress import charts as charts
from backcare_desktop.ui.progress import dialogs as progress_dialogs
from backcare_desktop.ui.progress import outlook_text
from backcare_desktop.ui.progress.calendar import CalendarPanel
from backcare_desktop.ui.shell import dialogs
from backcare_desktop.ui.shell.i18n import date_text, number_text, tr
from backcare_desktop.ui.shell.pages import fill_with_scrolling

NAN = float("nan")
PlannedDays = Callable[[date, date], Mapping[date, Sequence[str]]]
"""Routine ids planned per local day in a range (days without a plan absent)."""
FlareDays = Callable[[date, date], set[date]]
"""The flare-up days in a range."""
PegAnswers = Callable[[date, date], Sequence[peg.PegAnswer]]
"""The weekly questions' answers given in a range, oldest first."""


def nothing_planned(_first: date, _last: date) -> Mapping[date, Sequence[str]]:
    return {}


def no_flare_days(_first: date, _last: date) -> set[date]:
    return set()


def no_peg_answers(_first: date, _last: date) -> Sequence[peg.PegAnswer]:
    return []


def peg_text(found: peg.PegSummary | None) -> str:
    """The weekly score's line for a range."""
    if found is None:
        return QCoreApplication.translate("ProgressPage",
                                          "Weekly score (PEG): no answers in this range.")
    if found.count == 1:
        return QCoreApplication.translate(
            "ProgressPage", "Weekly score (PEG): {score} (one answer in this range).").format(
            score=number_text(found.last, 1))
    return tr("Weekly score (PEG): {last}, from {first} at the start of this range "
              "(average {mean} over %n answer(s)).", "", found.count).format(
        last=number_text(found.last, 1), first=number_text(found.first, 1),
        mean=number_text(found.mean, 1))


def peg_explanation() -> str:
    return QCoreApplication.translate(
        "ProgressPage", "PEG is a short, widely used scale: three questions about the past "
        "week (average pain, and how much pain got in the way of enjoying life and of "
        "everyday activities), each 0 to 10. The score is their average; lower is "
        "better. Turn the weekly questions on in Settings ▸ Pain check-in.")

_CHART_COUNT = 4  # pain, sessions per week, pain per routine, water


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
    peg_requested = Signal()  # "Answer the weekly questions…"
    report_requested = Signal()

    def __init__(self, source: ProgressSource, today: Callable[[], date],
                 parent: QWidget | None = None, *,
                 planned_days: PlannedDays = nothing_planned,
                 flare_days: FlareDays = no_flare_days) -> None:
        super().__init__(parent)
        self.setObjectName("page-progress")
        self.setAccessibleName(self.tr("Progress"))
        self._source = source
        self._today = today
        self._planned_days = planned_days
        self._flare_days = flare_days
        self._peg_answers: PegAnswers = no_peg_answers

        title = QLabel(self.tr("Progress"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Time range"))
        for name in stats.RANGES:  # shown translated; the English name is the data
            self.range.addItem(QCoreApplication.translate("ProgressPage", name), name)
        self.range.setCurrentIndex(self.range.findData("3 months"))
        self.range.currentTextChanged.connect(lambda _t: self.redraw())
        log_pain = QPushButton(self.tr("Log pain…"))
        log_pain.clicked.connect(self.log_pain_requested)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(QLabel(self.tr("Show")))
        heading.addWidget(self.range)
        report = QPushButton(self.tr("Report for your physiotherapist…"))
        report.setObjectName("report-button")
        report.clicked.connect(self.report_requested)
        # The commands under the heading, so the page is no wider than the window
        # with large text.
        commands = QHBoxLayout()
        commands.addWidget(log_pain)
        commands.addWidget(report)
        commands.addStretch(1)
        top = QVBoxLayout()
        top.addLayout(heading)
        top.addLayout(commands)

        # -- empty state --
        empty = QWidget()
        self.empty_text = QLabel(self.tr(
            "<h3>Nothing to show yet</h3><p>Your progress appears here as you go. To begin:</p>"
            "<ol><li>Start a routine on the Routines page — three sessions a week is a "
            "good aim.</li><li>Log how your back feels with <b>Log pain…</b>, before and "
            "after sessions or at any time.</li><li>Log your drinks on the Hydration "
            "page.</li></ol>"))
        self.empty_text.setWordWrap(True)
        start = QPushButton(self.tr("Choose a routine"))
        start.clicked.connect(self.go_to_routines)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        # -- the sentence, cards, calendar and charts --
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setObjectName("progress-sentence")
        self.sentence.setAccessibleName(self.tr("Is it working?"))
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.sentence.setFont(font)
        self.calendar = CalendarPanel()
        self.figures: outlook.Outlook | None = None  # behind the sentence
        self.cards = {key: Card(title) for key, title in (
            ("sessions", self.tr("Sessions this week")),
            ("minutes", self.tr("Minutes of exercise")),
            ("pain", self.tr("Average pain")), ("water", self.tr("Water per day")))}
        cards = QGridLayout()  # four in a row, or two rows of two when narrow
        self._card_grid = cards
        self._card_columns = 0
        self._place_cards(4)
        self.streak = QLabel()
        self.streak.setWordWrap(True)
        self.streak.setAccessibleName(self.tr("Streaks"))
        # The weekly score (PEG): a line, a button to answer, and a small chart made
        # once there are answers.
        self.peg_box = QWidget()
        self.peg_line = QLabel()
        self.peg_line.setWordWrap(True)
        self.peg_line.setAccessibleName(self.tr("Weekly score"))
        self.peg_line.setToolTip(peg_explanation())
        self.peg_line.setAccessibleDescription(peg_explanation())
        self.peg_answer = QPushButton(self.tr("Answer the weekly questions…"))
        self.peg_answer.clicked.connect(self.peg_requested)
        peg_row = QHBoxLayout()
        peg_row.setContentsMargins(0, 0, 0, 0)
        peg_row.addWidget(self.peg_line, 1)
        peg_row.addWidget(self.peg_answer, 0, Qt.AlignmentFlag.AlignTop)
        self._peg_layout = QVBoxLayout(self.peg_box)
        self._peg_layout.setContentsMargins(0, 0, 0, 0)
        self._peg_layout.addLayout(peg_row)
        self.peg_chart: charts.PegChart | None = None
        self.peg_box.hide()
        # The charts are made one at a time (``preparation``) or all at once when the
        # page is first drawn before that (``_make_charts``).
        self.pain_chart: charts.PainChart
        self.weeks_chart: charts.BarChart
        self.routine_chart: charts.BeforeAfterChart
        self.water_chart: charts.BarChart
        self._charts: list[charts.Chart] = []
        self._grid = QGridLayout()
        self.save_buttons: dict[str, QPushButton] = {}
        filled = QWidget()
        filled_layout = QVBoxLayout(filled)
        filled_layout.setContentsMargins(0, 0, 0, 0)
        filled_layout.addWidget(self.sentence)
        filled_layout.addLayout(cards)
        filled_layout.addWidget(self.streak)
        filled_layout.addWidget(self.peg_box)
        filled_layout.addWidget(self.calendar)
        filled_layout.addLayout(self._grid)

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
        self._changes = 0  # how often the records changed
        self._drawn = 0  # how often the charts were given the records
        self._history: _History | None = None

    # -- the cards fit the width -------------------------------------------------------

    def _place_cards(self, columns: int) -> None:
        if columns == self._card_columns:
            return
        self._card_columns = columns
        for index, card in enumerate(self.cards.values()):
            self._card_grid.addWidget(card, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side when four fit the page's width (less its margins), else two rows.
        needed = sum(card.minimumSizeHint().width() for card in self.cards.values()) + 3 * 12
        self._place_cards(4 if event.size().width() - 80 >= needed else 2)

    # -- the plan and flare-ups, from other features ----------------------------------

    def set_planned_days(self, provider: PlannedDays) -> None:
        """Where the planned sessions come from; the page reads them again."""
        self._planned_days = provider
        self.mark_stale()

    def set_flare_days(self, provider: FlareDays) -> None:
        """Where the flare-up days come from; the page reads them again."""
        self._flare_days = provider
        self.mark_stale()

    def set_peg_answers(self, provider: PegAnswers) -> None:
        """Where the weekly questions' answers come from; the page reads them again."""
        self._peg_answers = provider
        self.mark_stale()

    @property
    def empty(self) -> bool:
        return self.views.currentIndex() == 0

    @property
    def stale(self) -> bool:
        """The records changed since the page last read them."""
        return self._stale

    def mark_stale(self) -> None:
        """Records changed: redraw now if shown, else when next shown (or readied)."""
        self._stale = True
        self._changes += 1
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: object) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    # -- made ready before it is shown ------------------------------------------------

    def preparation(self) -> Generator[None, None, None]:
        """The page readied in small steps, one per ``next()``, while it is hidden:
        the charts one at a time, then the records read (a query at a time) and
        handed to them (a chart at a time). Showing the page before the end simply
        does what is left at once."""
        while len(self._charts) < _CHART_COUNT:
            self._make_chart()
            yield
        if self._stale and not self.isVisible():
            yield from self._refresh_steps()

    def _make_charts(self) -> None:
        while len(self._charts) < _CHART_COUNT:
            self._make_chart()

    def _make_chart(self) -> None:
        n = len(self._charts)
        chart: charts.Chart
        if n == 0:
            chart = self.pain_chart = charts.PainChart()
        elif n == 1:
            chart = self.weeks_chart = charts.BarChart(
                self.tr("Sessions per week"), self.tr("sessions", "a chart's axis"), "sessions",
                charts.GREEN)
            self.weeks_chart.show_planned()
            chart.setXLink(self.pain_chart)  # one shared date axis
        elif n == 2:
            chart = self.routine_chart = charts.BeforeAfterChart()
        else:
            chart = self.water_chart = charts.BarChart(
                self.tr("Water per day"), "ml", "water", charts.BLUE, charts.SKY)
            chart.setXLink(self.pain_chart)
        self._charts.append(chart)
        save = QPushButton(self.tr("Save as PNG…"))
        save.setAccessibleName(self.tr("Save the {chart} chart as PNG").format(chart=chart.title))
        save.clicked.connect(lambda _c=False, ch=chart: self.save_chart(ch))
        self.save_buttons[chart.title] = save
        self._grid.addWidget(chart, n * 2, 0)
        self._grid.addWidget(save, n * 2 + 1, 0, Qt.AlignmentFlag.AlignRight)

    # -- drawing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the records again (they changed), hand the charts the whole history,
        and show the chosen range."""
        for _ in self._refresh_steps():
            pass

    def _refresh_steps(self) -> Generator[None, None, None]:
        """``refresh`` in steps: a query per step, then the charts given the records
        a few at a time; the page is fresh after the last step. A step finds out when
        the records changed, or another refresh started, meanwhile, and stops."""
        self._make_charts()
        self._drawn += 1
        mine = (self._changes, self._drawn)

        def superseded() -> bool:
            return (self._changes, self._drawn) != mine

        source, today = self._source, self._today()
        earliest = source.earliest_day()
        h = None
        if earliest is not None:
            h = yield from _History.reading(source, today, earliest, self._planned_days,
                                            self._flare_days, self._peg_answers)
        if superseded():
            return
        self._history = h
        if h is None:
            self.views.setCurrentIndex(0)
            self._stale = False
            return
        self.views.setCurrentIndex(1)
        self._cards(h)
        self.pain_chart.set_days(h.pain_x, h.pain_mean, h.pain_worst, h.x, h.rolling)
        self.pain_chart.set_flares(np.array(sorted(charts.day_x(d) for d in h.flares),
                                            dtype=float))
        yield
        if superseded():
            return
        titles = h.titles
        self.calendar.view.routine_title = lambda rid: titles.get(rid, rid)
        self.calendar.set_calendar(outlook.year_calendar(
            today, h.session_days, h.pain_days, h.planned, h.flares, today))
        self._set_weeks(h.weeks, h.goal_sessions, h.planned_weeks)
        self._set_water(h.days, h.x, h.water, h.water_goal, h.unit, h.glass)
        yield
        if superseded():
            return
        self._show_range(h)
        self._stale = False

    def redraw(self) -> None:
        """Show the chosen range: the charts already hold the data, so this only
        moves the view (and redoes the small per-routine chart)."""
        if self._stale or self._history is None:
            self.refresh()
            return
        self._show_range(self._history)

    def _show_range(self, h: _History) -> None:
        first = stats.range_start(str(self.range.currentData()), h.today, h.earliest)
        p = h.first_pain(first)
        share = stats.high_pain_share(h.pain_days[p:])
        high = self.tr("No pain logged in this range.") if share is None else self.tr(
            "{percent}% of the days with pain logged in this range had pain of 7 or more."
        ).format(percent=number_text(share * 100))
        streak = tr("Weeks in a row meeting your goal of %n session(s): {streak} (best {best}).",
                    "", h.goal_sessions).format(streak=h.streak, best=h.best_streak)
        self.streak.setText(f"{streak}   ·   {high}")
        # The sentence covers the range from the first record on: two weeks of records
        # are not "0.5 sessions a week over 13 weeks".
        since = min(max(first, h.earliest), h.today)
        o = outlook.outlook(since, h.today, h.pain_days[h.first_pain(since):], h.session_days,
                            h.goal_sessions, h.today)
        planned = outlook.planned_weeks(since, h.today, h.planned, h.session_days, h.today)
        self.figures = o
        self.sentence.setText(outlook_text.sentence(o, planned))
        self.pain_chart.show_from(p, h.index(first), charts.day_x(first))
        monday = week_start(first)
        self.weeks_chart.show_from(sum(1 for w in h.weeks if w.monday < monday))
        self.water_chart.show_from(h.index(first))
        self._draw_routines([s for s in h.session_pain if s.day >= first])
        left, right = charts.day_x(first) - charts.DAY_S, charts.day_x(h.today) + charts.DAY_S
        self.pain_chart.plotItem.setXRange(left, right, padding=0)
        self._show_peg(h, first)

    def _show_peg(self, h: _History, first: date) -> None:
        """The weekly score's line and chart for the range; hidden while the weekly
        questions are off and were never answered."""
        self.peg_box.setVisible(bool(h.peg) or h.peg_on)
        found = peg.summary(h.peg, first, h.today)
        self.peg_line.setText(peg_text(found))
        weeks = peg.weekly_means(h.peg, first, h.today)
        if weeks and self.peg_chart is None:
            self.peg_chart = charts.PegChart()
            self.peg_chart.setXLink(self.pain_chart)
            self._peg_layout.addWidget(self.peg_chart)
        if self.peg_chart is not None:
            self.peg_chart.setVisible(bool(weeks))
            self.peg_chart.set_weeks([m for m, _ in weeks], [v for _, v in weeks])

    def _cards(self, h: _History) -> None:
        monday = week_start(h.today)
        water = dict(zip(h.days, h.water.tolist(), strict=True))
        this = stats.summarise_week(monday, h.session_days, h.pain_days, water, h.today)
        last = stats.summarise_week(monday - timedelta(days=7), h.session_days, h.pain_days,
                                    water, h.today)
        def last_week(value: str) -> str:
            return self.tr("Last week: {value}").format(value=value)

        def minutes(value: float) -> str:
            return self.tr("{minutes} min").format(minutes=number_text(value))

        def pain_text(value: float | None) -> str:
            return "—" if value is None else self.tr("{pain} / 10").format(
                pain=number_text(value, 1))
        self.cards["sessions"].set(number_text(this.sessions), last_week(
            number_text(last.sessions)))
        self.cards["minutes"].set(minutes(this.minutes), last_week(minutes(last.minutes)))
        self.cards["pain"].set(pain_text(this.mean_pain), last_week(pain_text(last.mean_pain)))
        self.cards["water"].set(show(this.water_ml_per_day, h.unit, h.glass),
                                last_week(show(last.water_ml_per_day, h.unit, h.glass)))

    def _set_weeks(self, weeks: list[stats.Week], goal: int,
                   planned: list[outlook.PlannedWeek]) -> None:
        x = np.array([charts.day_x(w.monday) + 3 * charts.DAY_S for w in weeks], dtype=float)
        values = np.array([w.sessions for w in weeks], dtype=float)
        by_monday = {p.monday: p for p in planned}
        with_plan = [i for i, w in enumerate(weeks)
                     if w.monday in by_monday and by_monday[w.monday].planned]
        plan = np.array([by_monday[weeks[i].monday].planned for i in with_plan], dtype=float)

        def describe(i: int) -> str:
            w = weeks[i]
            text = self.tr("Week of {day}\n{sessions}, {minutes} (goal {goal})").format(
                day=date_text(w.monday), sessions=tr("%n session(s)", "", w.sessions),
                minutes=tr("%n minute(s)", "", round(w.minutes)), goal=goal)
            p = by_monday.get(w.monday)
            if p is not None and p.planned:
                text += "\n" + tr("%n session(s) planned", "", p.planned)
            return text
        self.weeks_chart.set_planned(x[with_plan], plan)
        self.weeks_chart.set_bars(x, values, 5 * charts.DAY_S, goal, describe)

    def _draw_routines(self, pairs: list[stats.SessionPain]) -> None:
        means = stats.mean_by_routine(pairs)
        routines = list(means)
        self.routine_chart.show_routines(
            routines, np.array([means[r][0] for r in routines], dtype=float),
            np.array([means[r][1] for r in routines], dtype=float))

    def _set_water(self, days: list[date], x: np.ndarray, values: np.ndarray, goal: int,
                   unit: str, glass: int) -> None:
        def describe(i: int) -> str:
            return self.tr("{day}\n{amount} (goal {goal})").format(
                day=date_text(days[i], long=True), amount=show(values[i], unit, glass),
                goal=show(goal, unit, glass))
        self.water_chart.set_bars(x, values, 0.8 * charts.DAY_S, goal, describe)

    def save_chart(self, chart: charts.Chart) -> None:
        name = chart.title.lower().replace(" ", "-").replace(",", "")
        path = progress_dialogs.ask_save_png(self, f"backcare-{name}-{self._today():%Y-%m-%d}.png")
        if path is None:
            return
        try:
            charts.save_png(chart, str(path))
        except OSError as exc:
            dialogs.show_error(self, self.tr("The chart was not saved"),
                               self.tr("BackCare could not write {path}: {why}.").format(
                                   path=path, why=exc.strerror or exc))


class _History:
    """Everything the charts show, over the whole history, read once per change of
    the records; a range is then a slice of these arrays."""

    def __init__(self, today: date, earliest: date, base: date) -> None:
        self.today, self.earliest, self.base = today, earliest, base
        self.days = stats.days_between(base, today)
        self.x = np.array([charts.day_x(d) for d in self.days], dtype=float)
        self.pain_days: list[stats.PainDay] = []
        self.session_days: list[stats.SessionDay] = []
        self.session_pain: list[stats.SessionPain] = []
        self.weeks: list[stats.Week] = []
        self.pain_x = self.pain_mean = self.pain_worst = self.rolling = self.water = self.x
        self.planned: Mapping[date, Sequence[str]] = {}
        self.titles: dict[str, str] = {}
        self.flares: set[date] = set()
        self.peg: Sequence[peg.PegAnswer] = []
        self.peg_on = False
        self.planned_weeks: list[outlook.PlannedWeek] = []
        self.goal_sessions = self.water_goal = self.glass = self.streak = self.best_streak = 0
        self.unit = "ml"

    @classmethod
    def read(cls, source: ProgressSource, today: date, earliest: date,
             planned_days: PlannedDays = nothing_planned,
             flare_days: FlareDays = no_flare_days,
             peg_answers: PegAnswers = no_peg_answers) -> _History:
        reading = cls.reading(source, today, earliest, planned_days, flare_days, peg_answers)
        while True:
            try:
                next(reading)
            except StopIteration as done:
                history: _History = done.value
                return history

    @classmethod
    def reading(cls, source: ProgressSource, today: date, earliest: date,
                planned_days: PlannedDays = nothing_planned,
                flare_days: FlareDays = no_flare_days,
                peg_answers: PegAnswers = no_peg_answers) -> Generator[None, None, _History]:
        """``read`` in steps: it pauses after each query."""
        # The charts can always show the longest fixed range, even before the first record.
        longest = max(n for n in stats.RANGES.values() if n is not None)
        h = cls(today, earliest, min(earliest, today - timedelta(days=longest - 1)))
        h.unit, h.glass = source.setting("water_unit"), int(source.setting("glass_ml"))
        h.goal_sessions = int(source.setting("sessions_per_week_goal"))
        h.water_goal = int(source.setting("water_goal_ml"))
        h.pain_days = source.pain_days(earliest, today)
        yield
        h.session_days = source.session_days(earliest, today)
        yield
        h.session_pain = source.session_pain(earliest, today)
        yield
        water = source.water_per_day(h.base, today)
        yield
        h.water = np.array([water[d] for d in h.days], dtype=float)
        h.pain_x = h.x[[h.index(p.day) for p in h.pain_days]]  # pain days are among days
        h.pain_mean = np.array([p.mean for p in h.pain_days], dtype=float)
        h.pain_worst = np.array([p.worst for p in h.pain_days], dtype=float)
        yield
        rolling = stats.rolling_mean(h.days, {p.day: p.mean for p in h.pain_days})
        h.rolling = np.array([NAN if v is None else v for v in rolling], dtype=float)
        h.weeks = stats.weeks(h.session_days, earliest, today)
        h.streak, h.best_streak = stats.streaks(h.weeks, h.goal_sessions, today)
        yield
        # The plan and flare-ups over the charts' days and the calendar's year, to the
        # end of this week (its days still to come are on the calendar).
        first = min(h.base, outlook.calendar_first(today))
        last = week_start(today) + timedelta(days=6)
        h.planned = planned_days(first, last)
        if h.planned:  # routine ids, named as their latest session was
            h.titles = {r.id: r.title for r in source.routines_in_history()}
        h.flares = set(flare_days(first, today))
        h.planned_weeks = outlook.planned_weeks(earliest, last, h.planned, h.session_days,
                                                today)
        h.peg = peg_answers(h.base, today)
        h.peg_on = bool(source.setting("peg_enabled"))
        return h

    def index(self, day: date) -> int:
        """Position of ``day`` in ``days`` (the first day if it is earlier)."""
        return max(0, (day - self.base).days)

    def first_pain(self, day: date) -> int:
        """Position of the first pain day on or after ``day``."""
        return int(np.searchsorted(self.pain_x, charts.day_x(day)))
