"""The questions a session asks: pain now, and how it went."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

PAIN_LABELS = {0: "No pain", 2: "Mild", 4: "Moderate", 6: "Severe", 8: "Very severe",
               10: "Worst imaginable"}
FEELINGS = (("too_easy", "Too easy"), ("about_right", "About right"), ("too_hard", "Too hard"))


class PainScale(QWidget):
    """Eleven large buttons, 0 to 10, with plain words at the anchors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        grid = QGridLayout(self)
        for level in range(11):
            button = QPushButton(str(level))
            button.setCheckable(True)
            button.setMinimumSize(44, 44)
            words = PAIN_LABELS.get(level)
            button.setAccessibleName(f"{level}" + (f", {words}" if words else ""))
            self.group.addButton(button, level)
            grid.addWidget(button, 0, level)
            if words:
                label = QLabel(words)
                label.setWordWrap(True)
                grid.addWidget(label, 1, level)

    def level(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_level(self, level: int) -> None:
        self.group.button(level).setChecked(True)


class PainDialog(QDialog):
    def __init__(self, title: str, question: str, *, can_skip: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.scale = PainScale()
        text = QLabel(question)
        text.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save = buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setEnabled(False)
        if can_skip:
            buttons.addButton("Skip", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.scale.group.idClicked.connect(lambda _level: self.save.setEnabled(True))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.scale)
        layout.addWidget(buttons)


@dataclass(frozen=True)
class SessionSummary:
    title: str
    finished: bool
    active_s: float
    done: tuple[str, ...]
    skipped: tuple[str, ...]


class SummaryDialog(QDialog):
    def __init__(self, summary: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from backcare_desktop.core.routines.loading import format_duration

        self.setWindowTitle("Session summary")
        head = "Well done!" if summary.finished else "Session stopped"
        lines = [f"<h2>{head}</h2>",
                 f"<p><b>{summary.title}</b>: {format_duration(summary.active_s)} of exercise.</p>"]
        if summary.done:
            lines.append(f"<p>Done: {', '.join(summary.done)}.</p>")
        if summary.skipped:
            lines.append(f"<p>Skipped: {', '.join(summary.skipped)}.</p>")
        lines.append("<p>Remember to drink some water.</p>")
        text = QLabel("".join(lines))
        text.setWordWrap(True)
        self.scale = PainScale()
        self.feel = QButtonGroup(self)
        feel_row = QHBoxLayout()
        for number, (key, words) in enumerate(FEELINGS):
            radio = QRadioButton(words)
            radio.setProperty("feeling", key)
            self.feel.addButton(radio, number)
            feel_row.addWidget(radio)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel("How is your back now? (optional)"))
        layout.addWidget(self.scale)
        layout.addWidget(QLabel("How did it feel? (optional)"))
        layout.addLayout(feel_row)
        layout.addWidget(buttons)

    def feeling(self) -> str | None:
        button = self.feel.checkedButton()
        return None if button is None else str(button.property("feeling"))
