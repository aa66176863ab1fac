"""The routine editor: every field of every kind, validated as you type.

It edits the same document a routine file holds and validates it with the
same function as ``--check-routine``, so the messages are the file check's.
Saving is possible only when there is no problem.
"""

from __future__ import annotations

import copy
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.figures.catalogue import FIGURES
from backcare_desktop.core.routines.describe import (
    category_in_words,
    difficulty_in_words,
    duration_in_words,
)
from backcare_desktop.core.routines.fields import KIND_FIELDS, Field
from backcare_desktop.core.routines.library import slugify, unique_id
from backcare_desktop.core.routines.loading import RoutineError, routine_from_dict
from backcare_desktop.core.routines.model import CATEGORIES, DIFFICULTIES, KINDS, Routine
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.core.routines.writing import routine_to_dict
from backcare_desktop.core.words import QT_TRANSLATE_NOOP
from backcare_desktop.ui.shell.figure_view import figure_pixmap
from backcare_desktop.ui.shell.i18n import tr

FIGURE_ICON = QSize(72, 45)

# Where a new exercise of each kind starts (values inside the guidance).
STARTERS: dict[str, dict[str, Any]] = {
    "hold": {"hold_s": 20},
    "reps": {"reps": 10},
    "pmr": {"tense_s": 7, "relax_s": 50},
    "breathing": {"inhale_s": 4, "exhale_s": 6, "cycles": 10},
}
KIND_LABELS = {"hold": QT_TRANSLATE_NOOP("RoutineEditor", "Hold"),
               "reps": QT_TRANSLATE_NOOP("RoutineEditor", "Repetitions"),
               "pmr": QT_TRANSLATE_NOOP("RoutineEditor", "Muscle relaxation (PMR)"),
               "breathing": QT_TRANSLATE_NOOP("RoutineEditor", "Breathing")}
# The labels and hints of the kinds' fields (core.routines.fields), by field name.
FIELD_LABELS = {
    "per_side": QT_TRANSLATE_NOOP("RoutineEditor", "Each side"),
    "switch_s": QT_TRANSLATE_NOOP("RoutineEditor", "Switch sides (s)"),
    "hold_s": QT_TRANSLATE_NOOP("RoutineEditor", "Hold (s)"),
    "sets": QT_TRANSLATE_NOOP("RoutineEditor", "Sets"),
    "rest_between_sets_s": QT_TRANSLATE_NOOP("RoutineEditor", "Rest between sets (s)"),
    "reps": QT_TRANSLATE_NOOP("RoutineEditor", "Reps"),
    "pace": QT_TRANSLATE_NOOP("RoutineEditor", "Pace"),
    "move_s": QT_TRANSLATE_NOOP("RoutineEditor", "Move (s)"),
    "return_s": QT_TRANSLATE_NOOP("RoutineEditor", "Return (s)"),
    "tense_s": QT_TRANSLATE_NOOP("RoutineEditor", "Tense (s)"),
    "relax_s": QT_TRANSLATE_NOOP("RoutineEditor", "Relax (s)"),
    "inhale_s": QT_TRANSLATE_NOOP("RoutineEditor", "Breathe in (s)"),
    "hold_in_s": QT_TRANSLATE_NOOP("RoutineEditor", "Hold in (s)"),
    "exhale_s": QT_TRANSLATE_NOOP("RoutineEditor", "Breathe out (s)"),
    "hold_out_s": QT_TRANSLATE_NOOP("RoutineEditor", "Hold out (s)"),
    "cycles": QT_TRANSLATE_NOOP("RoutineEditor", "Cycles"),
    "duration_s": QT_TRANSLATE_NOOP("RoutineEditor", "Duration (s)"),
}
FIELD_HINTS = {
    "tense_s": QT_TRANSLATE_NOOP("RoutineEditor", "guidance: 5–10 s"),
    "relax_s": QT_TRANSLATE_NOOP("RoutineEditor", "guidance: 45–60 s"),
}
CHOICE_LABELS = {
    "tempo": QT_TRANSLATE_NOOP("RoutineEditor", "tempo"),
    "counted": QT_TRANSLATE_NOOP("RoutineEditor", "counted"),
}
FIGURE_LABELS = {
    "bridge": QT_TRANSLATE_NOOP("RoutineEditor", "Bridge"),
    "pelvic-tilt": QT_TRANSLATE_NOOP("RoutineEditor", "Pelvic tilt"),
    "partial-curl": QT_TRANSLATE_NOOP("RoutineEditor", "Partial curl"),
    "leg-raise": QT_TRANSLATE_NOOP("RoutineEditor", "Leg raise"),
    "knee-to-chest": QT_TRANSLATE_NOOP("RoutineEditor", "Knee to chest"),
    "double-knee-to-chest": QT_TRANSLATE_NOOP("RoutineEditor", "Double knee to chest"),
    "hamstring-stretch": QT_TRANSLATE_NOOP("RoutineEditor", "Hamstring stretch"),
    "knee-rolls": QT_TRANSLATE_NOOP("RoutineEditor", "Knee rolls"),
    "lower-back-rotation": QT_TRANSLATE_NOOP("RoutineEditor", "Lower back rotation"),
    "belly-breathing": QT_TRANSLATE_NOOP("RoutineEditor", "Belly breathing"),
    "plank": QT_TRANSLATE_NOOP("RoutineEditor", "Plank"),
    "bird-dog": QT_TRANSLATE_NOOP("RoutineEditor", "Bird dog"),
    "side-bridge": QT_TRANSLATE_NOOP("RoutineEditor", "Side bridge"),
    "hip-flexor-stretch": QT_TRANSLATE_NOOP("RoutineEditor", "Hip flexor stretch"),
    "standing-back-bend": QT_TRANSLATE_NOOP("RoutineEditor", "Standing back bend"),
    "standing-hip-abduction": QT_TRANSLATE_NOOP("RoutineEditor", "Standing hip abduction"),
    "standing-reach": QT_TRANSLATE_NOOP("RoutineEditor", "Standing reach"),
    "shoulder-rolls": QT_TRANSLATE_NOOP("RoutineEditor", "Shoulder rolls"),
    "march": QT_TRANSLATE_NOOP("RoutineEditor", "March"),
    "seated-breathing": QT_TRANSLATE_NOOP("RoutineEditor", "Seated breathing"),
    "pmr-right-hand": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: right hand"),
    "pmr-left-hand": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: left hand"),
    "pmr-right-upper-arm": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: right upper arm"),
    "pmr-left-upper-arm": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: left upper arm"),
    "pmr-forehead": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: forehead"),
    "pmr-eyes": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: eyes"),
    "pmr-jaw": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: jaw"),
    "pmr-neck": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: neck"),
    "pmr-shoulders": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: shoulders"),
    "pmr-chest": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: chest"),
    "pmr-stomach": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: stomach"),
    "pmr-buttocks": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: buttocks"),
    "pmr-thighs": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: thighs"),
    "pmr-calves": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: calves"),
    "pmr-feet": QT_TRANSLATE_NOOP("RoutineEditor", "PMR: feet"),
}
WIDE = 99_999  # inputs accept more than allowed, so the message can say what is allowed


def _field_label(f: Field) -> str:
    """A field's label in the shown language, with its hint where it has one."""
    label = f.label
    if f.name in FIELD_LABELS:
        label = QCoreApplication.translate("RoutineEditor", FIELD_LABELS[f.name])
    if f.kind == "choice" or not f.help:
        return label
    hint = f.help
    if f.name in FIELD_HINTS:
        hint = QCoreApplication.translate("RoutineEditor", FIELD_HINTS[f.name])
    return QCoreApplication.translate("RoutineEditor", "{label} ({hint})").format(
        label=label, hint=hint)


def new_exercise(kind: str, name: str = "") -> dict[str, Any]:
    if not name:
        name = QCoreApplication.translate("RoutineEditor", "New exercise")
    item: dict[str, Any] = {"name": name, "kind": kind, "instructions": [], "cues": [],
                            "prepare_s": 5.0, "rest_after_s": 20.0}
    for f in KIND_FIELDS[kind]:
        if f.default is not None:
            item[f.name] = f.default
    item.update(STARTERS[kind])
    return item


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class RoutineEditor(QDialog):
    def __init__(self, routine: Routine, taken_ids: set[str], *, creating: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New routine") if creating
                            else self.tr("Edit “{title}”").format(title=routine.title))
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(940, screen.width() - 40), min(720, screen.height() - 60))
        self._doc = routine_to_dict(routine)
        self._taken = set(taken_ids)
        self._creating = creating
        self._row = -1
        self._loading = False
        self.routine: Routine | None = None
        self.problems: list[str] = []

        # routine fields
        self.title_edit = QLineEdit(self._doc["title"])
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(category_in_words(c, tr), c)
        self.category.setCurrentIndex(CATEGORIES.index(self._doc["category"]))
        self.difficulty = QComboBox()
        for d in DIFFICULTIES:
            self.difficulty.addItem(difficulty_in_words(d, tr), d)
        self.difficulty.setCurrentIndex(DIFFICULTIES.index(self._doc["difficulty"]))
        self.description = QPlainTextEdit(self._doc["description"])
        self.description.setMaximumHeight(64)
        self.safety = QPlainTextEdit("\n".join(self._doc["safety"]))
        self.safety.setMaximumHeight(64)
        self.safety.setPlaceholderText(self.tr("One safety note per line"))
        top = QFormLayout()
        top.addRow(self.tr("&Title"), self.title_edit)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.category, 1)
        difficulty_label = QLabel(self.tr("Di&fficulty"))
        difficulty_label.setBuddy(self.difficulty)
        kind_row.addWidget(difficulty_label)
        kind_row.addWidget(self.difficulty, 1)
        category_label = QLabel(self.tr("&Category"))
        category_label.setBuddy(self.category)
        top.addRow(category_label, kind_row)
        top.addRow(self.tr("&Description"), self.description)
        top.addRow(self.tr("&Safety notes"), self.safety)

        # exercise list
        self.exercises = QListWidget()
        self.exercises.setAccessibleName(self.tr("Exercises"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        list_buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            list_buttons.addWidget(b)
        list_box = QVBoxLayout()
        list_box.addWidget(QLabel(self.tr("Exercises, in order")))
        list_box.addWidget(self.exercises, 1)
        list_box.addLayout(list_buttons)

        # exercise form
        self.name_edit = QLineEdit()
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(QCoreApplication.translate("RoutineEditor", KIND_LABELS[k]), k)
        self.instructions = QPlainTextEdit()
        self.instructions.setPlaceholderText(self.tr("One step per line"))
        self.instructions.setMinimumHeight(90)
        self.cues = QPlainTextEdit()
        self.cues.setPlaceholderText(self.tr("One cue per line, e.g. Keep your core engaged"))
        self.cues.setMaximumHeight(60)
        self.prepare = self._spin_number()
        self.rest_after = self._spin_number()
        # The picture, chosen by looking: each choice shows its figure.
        self.figure = QComboBox()
        self.figure.setObjectName("input-figure")
        self.figure.setAccessibleName(QCoreApplication.translate("RoutineEditor", "Figure"))
        self.figure.setIconSize(FIGURE_ICON)
        self.figure.addItem(QCoreApplication.translate(
            "RoutineEditor", "Chosen by the exercise's name"), "")
        for key, figure in FIGURES.items():
            self.figure.addItem(QIcon(figure_pixmap(figure, FIGURE_ICON, self.palette(),
                                                    self.devicePixelRatioF())),
                                QCoreApplication.translate("RoutineEditor", FIGURE_LABELS[key])
                                if key in FIGURE_LABELS else key.replace("-", " ").capitalize(),
                                key)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Instructions"), self.instructions)
        form.addRow(self.tr("Form c&ues"), self.cues)
        form.addRow(self.tr("Get ready (s)"), self.prepare)
        form.addRow(self.tr("Rest after (s)"), self.rest_after)
        form.addRow(QCoreApplication.translate("RoutineEditor", "&Figure"), self.figure)
        self.kind_pages = QStackedWidget()
        self.kind_inputs: dict[str, dict[str, QWidget]] = {}
        for k in KINDS:
            page = QWidget()
            page_form = QFormLayout(page)
            page_form.setContentsMargins(0, 0, 0, 0)
            inputs: dict[str, QWidget] = {}
            for f in KIND_FIELDS[k]:
                widget = self._input_for(f)
                inputs[f.name] = widget
                page_form.addRow(_field_label(f), widget)
            self.kind_inputs[k] = inputs
            self.kind_pages.addWidget(page)
        form.addRow(self.kind_pages)
        self.exercise_box = QGroupBox(self.tr("Exercise"))
        self.exercise_box.setLayout(form)

        exercise_scroll = QScrollArea()
        exercise_scroll.setAccessibleName(self.tr("The chosen exercise"))
        exercise_scroll.setWidgetResizable(True)
        exercise_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        exercise_scroll.setWidget(self.exercise_box)
        middle = QHBoxLayout()
        middle.addLayout(list_box, 2)
        middle.addWidget(exercise_scroll, 3)

        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total time"))
        self.problem_list = QLabel()
        self.problem_list.setWordWrap(True)
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.problem_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.problem_list)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._connect()
        self._fill_list()
        self.exercises.setCurrentRow(0)
        self._validate()

    # -- building ------------------------------------------------------------------

    @staticmethod
    def _spin_number() -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, WIDE)
        spin.setDecimals(1)
        spin.setSingleStep(1)
        return spin

    def _input_for(self, f: Field) -> QWidget:
        widget: QWidget
        if f.kind == "bool":
            widget = QCheckBox()
        elif f.kind == "choice":
            combo = QComboBox()
            for choice in f.choices:
                combo.addItem(QCoreApplication.translate("RoutineEditor", CHOICE_LABELS[choice])
                              if choice in CHOICE_LABELS else choice, choice)
            widget = combo
        elif f.kind == "int":
            spin = QSpinBox()
            spin.setRange(0, WIDE)
            widget = spin
        else:
            widget = self._spin_number()
            if f.name.startswith(("move", "return")):
                widget.setSingleStep(0.5)
        if not f.required and f.default is None and isinstance(widget, (QSpinBox,
                                                                        QDoubleSpinBox)):
            widget.setSpecialValueText(self.tr("not set"))  # optional with no default: 0 = not set
        widget.setAccessibleName(QCoreApplication.translate("RoutineEditor", FIELD_LABELS[f.name])
                                 if f.name in FIELD_LABELS else f.label)
        widget.setObjectName(f"input-{f.name}")
        return widget

    def _connect(self) -> None:
        for w in (self.title_edit, self.name_edit):
            w.textEdited.connect(self._changed)
        for box in (self.category, self.difficulty, self.figure):
            box.currentIndexChanged.connect(self._changed)
        for text in (self.description, self.safety, self.instructions, self.cues):
            text.textChanged.connect(self._changed)
        for spin in (self.prepare, self.rest_after):
            spin.valueChanged.connect(self._changed)
        for inputs in self.kind_inputs.values():
            for widget in inputs.values():
                if isinstance(widget, QCheckBox):
                    widget.toggled.connect(self._changed)
                elif isinstance(widget, QComboBox):
                    widget.currentIndexChanged.connect(self._changed)
                else:
                    widget.valueChanged.connect(self._changed)  # type: ignore[attr-defined]
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.exercises.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self.add_exercise)
        self.remove_button.clicked.connect(self.remove_exercise)
        self.up_button.clicked.connect(lambda: self.move_exercise(-1))
        self.down_button.clicked.connect(lambda: self.move_exercise(1))

    # -- exercises -----------------------------------------------------------------

    @property
    def _items(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self._doc["exercise"]
        return items

    def _fill_list(self) -> None:
        self.exercises.blockSignals(True)
        self.exercises.clear()
        for i, item in enumerate(self._items, start=1):
            self.exercises.addItem(self._list_label(i, item))
        self.exercises.blockSignals(False)

    def _list_label(self, number: int, item: dict[str, Any]) -> str:
        return self.tr("{number}. {name}").format(
            number=number, name=item.get("name") or self.tr("(no name)"))

    def _select(self, row: int) -> None:
        self._row = row
        has = 0 <= row < len(self._items)
        self.exercise_box.setEnabled(has)
        self.remove_button.setEnabled(has and len(self._items) > 1)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._items) - 1)
        if has:
            self._load_exercise(self._items[row])

    def _load_exercise(self, item: dict[str, Any]) -> None:
        self._loading = True
        self.name_edit.setText(item.get("name", ""))
        kind = item.get("kind", "hold")
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.kind_pages.setCurrentIndex(KINDS.index(kind))
        self.instructions.setPlainText("\n".join(item.get("instructions", [])))
        self.cues.setPlainText("\n".join(item.get("cues", [])))
        self.prepare.setValue(item.get("prepare_s", 5))
        self.rest_after.setValue(item.get("rest_after_s", 20))
        self.figure.setCurrentIndex(max(0, self.figure.findData(item.get("figure", ""))))
        for f in KIND_FIELDS[kind]:
            widget = self.kind_inputs[kind][f.name]
            value = item.get(f.name, f.default)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setValue(value or 0)  # type: ignore[attr-defined]
        self._loading = False

    def _store_exercise(self) -> None:
        if not 0 <= self._row < len(self._items):
            return
        kind = self.kind.currentData()
        item: dict[str, Any] = {
            "name": self.name_edit.text(), "kind": kind,
            "instructions": _lines(self.instructions.toPlainText()),
            "cues": _lines(self.cues.toPlainText()),
            "prepare_s": self.prepare.value(), "rest_after_s": self.rest_after.value(),
        }
        if self.figure.currentData():
            item["figure"] = self.figure.currentData()
        for f in KIND_FIELDS[kind]:
            widget = self.kind_inputs[kind][f.name]
            if isinstance(widget, QCheckBox):
                item[f.name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                item[f.name] = widget.currentData()
            else:
                value = widget.value()  # type: ignore[attr-defined]
                if not (f.default is None and not f.required and value == 0):
                    item[f.name] = value
        self._items[self._row] = item
        label = self._list_label(self._row + 1, item)
        if self.exercises.item(self._row).text() != label:
            self.exercises.item(self._row).setText(label)

    def _kind_changed(self) -> None:
        if self._loading or not 0 <= self._row < len(self._items):
            return
        old = self._items[self._row]
        fresh = new_exercise(self.kind.currentData(), old.get("name", ""))
        for key in ("instructions", "cues", "prepare_s", "rest_after_s"):
            fresh[key] = old.get(key, fresh[key])
        if old.get("figure"):
            fresh["figure"] = old["figure"]
        self._items[self._row] = fresh
        self._load_exercise(fresh)
        self._validate()

    def add_exercise(self) -> None:
        self._items.insert(self._row + 1, new_exercise("hold"))
        self._fill_list()
        self.exercises.setCurrentRow(self._row + 1)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self._validate()

    def remove_exercise(self) -> None:
        if len(self._items) > 1 and 0 <= self._row < len(self._items):
            row = self._row
            del self._items[row]
            self._fill_list()
            self._row = -1
            self.exercises.setCurrentRow(min(row, len(self._items) - 1))
            self._validate()

    def move_exercise(self, step: int) -> None:
        row, target = self._row, self._row + step
        if 0 <= row < len(self._items) and 0 <= target < len(self._items):
            self._items[row], self._items[target] = self._items[target], self._items[row]
            self._fill_list()
            self._row = -1
            self.exercises.setCurrentRow(target)
            self._validate()

    # -- validation ----------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._doc["title"] = self.title_edit.text()
        self._doc["category"] = self.category.currentData()
        self._doc["difficulty"] = self.difficulty.currentData()
        self._doc["description"] = self.description.toPlainText()
        self._doc["safety"] = _lines(self.safety.toPlainText())
        if self._creating:
            self._doc["id"] = unique_id(slugify(self._doc["title"]), self._taken)
        self._store_exercise()
        self._validate()

    def document(self) -> dict[str, Any]:
        return copy.deepcopy(self._doc)

    def _validate(self) -> None:
        source = f"{self._doc['id']}.toml"
        try:
            routine = routine_from_dict(self._doc, source)
            problems = ([self.tr('{file}: id "{id}" is already used').format(
                file=source, id=routine.id)]
                        if routine.id in self._taken else [])
        except RoutineError as exc:
            routine, problems = None, exc.problems
        self.problems = problems
        self.routine = routine if not problems else None
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)
        if problems:
            items = "".join(f"<li>{escape(p)}</li>" for p in problems)
            self.problem_list.setText(
                self.tr("<b>To fix before saving:</b><ul>{problems}</ul>").format(
                    problems=items))
            self.total.setText(self.tr("Total: —"))
        else:
            self.problem_list.setText(self.tr("No problems."))
            assert routine is not None
            self.total.setText(self.tr("Total: about {length}").format(
                length=duration_in_words(expand(routine).estimated_total_s, tr)))

    def _save(self) -> None:
        self._changed()
        if self.routine is not None:
            self.accept()
