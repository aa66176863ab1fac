"""The app's common dialogs (errors, questions, the safety notice, About, database
recovery), each behind one function.

Each feature keeps its own dialogs the same way in its ``dialogs`` module. Tests
replace these functions (monkeypatch) to answer for the person; the rest of the
code calls them and never builds a QMessageBox of its own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QTextEdit, QWidget

from backcare_desktop.ui.shell import modal, texts
from backcare_desktop.ui.shell.i18n import tr

if TYPE_CHECKING:
    from backcare_desktop.storage.errors import DatabaseProblem
    from backcare_desktop.storage.recovery import RecoveryChoice


class _WholeHeight(QObject):
    """Keeps a dialog as tall as its wrapped texts need at its width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QDialog) and event.type() in (
                QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                need = layout.totalHeightForWidth(watched.width())
                if need != watched.minimumHeight():
                    watched.setMinimumHeight(need)
        return False


def keep_whole_height(dialog: QDialog) -> None:
    """Make ``dialog`` at least as tall as its texts need at its width.

    Qt shows a window at most two thirds of the screen tall and gives it the
    height of its texts at some other width than its own, so a wrapped text can
    lose its last lines; with this the dialog grows to show them."""
    dialog.installEventFilter(_WholeHeight(dialog))


LONG_WORD = 30  # characters: a longer word (a file's path) may break after "/" or "\\"
PROBLEMS_SHOWN = 5  # lines of a list of problems in the box itself (all in its details)
MESSAGE_CHARS = 60  # a message box's text is given room for lines this long


def breakable(text: str) -> str:
    """``text`` with a place to break a line after each "/" or "\\" of a long word
    (a zero-width space), so a long path wraps instead of running off the box."""
    words = text.split(" ")
    for index, word in enumerate(words):
        if len(word) > LONG_WORD:
            words[index] = re.sub(r"(?<!<)([/\\])(?!>)", "\\1\u200b", word)
    return " ".join(words)


def roomy(box: QMessageBox) -> None:
    """Give a message box's texts room for lines of ``MESSAGE_CHARS`` characters
    (at most most of the screen's width): Qt otherwise keeps a box narrow, and a
    long text then makes it taller than a small screen."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel

    screen = box.screen().availableGeometry().width()
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        if label is None or not label.text():
            continue
        metrics = QFontMetrics(label.font())
        wanted = min(label.sizeHint().width(), metrics.averageCharWidth() * MESSAGE_CHARS,
                     screen * 2 // 3)
        label.setMinimumWidth(max(wanted, label.minimumWidth()))


def _recovery_words(problem: DatabaseProblem) -> tuple[str, str]:
    """The headline and the advice for ``problem``, in the person's words."""
    from backcare_desktop.storage.errors import ProblemKind

    kind = problem.kind
    if kind is ProblemKind.TOO_NEW:
        return (tr("Your data was saved by a newer version of BackCare."),
                tr("The safest choice is to quit and install the newer version."))
    if kind is ProblemKind.UNREADABLE:
        return (tr("Your data file cannot be opened."),
                tr("Check the file's permissions, or choose below."))
    if kind is ProblemKind.NOT_BACKCARE:
        return (tr("This file does not hold BackCare data."),
                tr("It may belong to another program. BackCare has not changed it. "
                    "Choose what to do:"))
    if kind is ProblemKind.FOREIGN_JOURNAL:
        return (tr("A file beside your data does not belong to it."),
                tr("Opening your data with it would have mixed it into your records, so "
                    "BackCare has not opened them. Choose what to do:"))
    if kind is ProblemKind.NOT_LAST_WRITTEN:
        return (tr("This is not the data file BackCare last saved."),
                tr("It may be an older copy, or another person's data, put in its place by "
                    "hand or by a sync or restore tool. BackCare has not changed it. "
                    "Choose what to do:"))
    if kind is ProblemKind.MISSING:
        return (tr("Your data file is missing."),
                tr("Choose what to do:"))
    return (tr("Your data file is damaged."),
            tr("Nothing has been changed yet. Choose what to do:"))


def recovery_text(problem: DatabaseProblem, backup: Path | None) -> tuple[str, str]:
    """The headline and the body of the recovery question: which files, what is
    wrong, where the copies are, and the choices."""
    from backcare_desktop.storage.recovery import can_use_as_it_is

    headline, advice = _recovery_words(problem)
    lines = [tr("File: {path}").format(path=problem.path)]
    others = [f.name for f in problem.files if f != problem.path]
    if others:
        lines.append(tr("Beside it: {names}").format(names=", ".join(others)))
    lines.append(tr("Details: {detail}").format(detail=problem.detail))
    if problem.kept is not None:
        lines.append(tr("Copies of these files, exactly as they were found, are in {folder}")
                     .format(folder=problem.kept))
    lines += ["", advice]
    if backup is not None:
        lines.append(tr("• Restore the latest backup ({name}).").format(name=backup.name))
    if can_use_as_it_is(problem):
        lines.append(tr("• Use this file as your data from now on."))
    if problem.files:
        lines.append(tr("• Start with empty data. The current files are kept, renamed, "
                         "next to it."))
    else:
        lines.append(tr("• Start with empty data."))
    lines.append(tr("• Quit and change nothing."))
    return headline, "\n".join(lines)


def ask_database_recovery(problem: DatabaseProblem, backup: Path | None) -> RecoveryChoice:
    """Explain a database problem and let the person choose what to do."""
    from backcare_desktop.storage.recovery import RecoveryChoice, can_use_as_it_is

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("BackCare cannot open your data"))
    headline, body = recovery_text(problem, backup)
    box.setText(f"<b>{html.escape(headline)}</b>")
    box.setInformativeText(breakable(body))
    roomy(box)
    restore = None
    if backup is not None:
        restore = box.addButton(tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    use = None
    if can_use_as_it_is(problem):
        use = box.addButton(tr("Use this file"), QMessageBox.ButtonRole.ApplyRole)
    fresh = box.addButton(tr("Start with empty data"), QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.setEscapeButton(quit_button)
    modal.run(box)
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return RecoveryChoice.RESTORE_BACKUP
    if use is not None and clicked is use:
        return RecoveryChoice.USE_AS_IT_IS
    if clicked is fresh:
        return RecoveryChoice.START_FRESH
    return RecoveryChoice.QUIT


def show_first_run_notice(parent: QWidget | None) -> None:
    """The one-time safety notice: not medical advice, consult, stop if it hurts."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Texts", texts.SAFETY_NOTICE_TITLE))
    box.setText(QCoreApplication.translate("Texts", texts.SAFETY_NOTICE))
    box.addButton(tr("I understand"), QMessageBox.ButtonRole.AcceptRole)
    roomy(box)
    modal.run(box)


def show_about(parent: QWidget | None, version: str, data_dir: Path, log_file: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("About BackCare"))
    box.setText(f"<h3>BackCare {html.escape(version)}</h3>")
    where = tr("<b>Your data:</b> {data}<br><b>Log file:</b> {log}").format(
        data=html.escape(breakable(str(data_dir))), log=html.escape(breakable(str(log_file))))
    # The wrapped lines in the informative text: the box keeps its first text on
    # one line, cut off where the box ends.
    privacy = QCoreApplication.translate("Texts", texts.PRIVACY_LINE)
    advice = QCoreApplication.translate("Texts", texts.NOT_ADVICE)
    box.setInformativeText(f"<p>{privacy}</p><p>{advice}</p><p>{where}</p>")
    roomy(box)
    modal.run(box)


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(breakable(text))
    roomy(box)
    modal.run(box)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    _tell(parent, QMessageBox.Icon.Critical, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    _tell(parent, QMessageBox.Icon.Information, title, text)


def show_problems(parent: QWidget | None, title: str, intro: str,
                  problems: Sequence[str]) -> None:
    """List every problem, one per line (the same lines ``--check-routine`` prints)."""
    from PySide6.QtCore import Qt

    box = QMessageBox(parent)
    # Plain text: the lines quote file names and values, which must show as written
    # (a name like "<b>x</b>.toml" would otherwise be taken for HTML).
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(breakable(intro))
    shown = problems[:PROBLEMS_SHOWN]
    more = len(problems) - len(shown)
    box.setInformativeText(breakable("\n".join(shown) + (
        "\n" + tr("… and {n} more (Show Details… lists them all)").format(n=more)
        if more else "")))
    box.setDetailedText("\n".join(problems))
    for details in box.findChildren(QTextEdit):  # Qt gives the details no name
        details.setAccessibleName(QCoreApplication.translate("dialogs", "Every problem"))
    roomy(box)
    modal.run(box)


def offer_restart(parent: QWidget | None, language: str, *, session_running: bool) -> bool:
    """Whether to restart now to show ``language`` (its own name, e.g. "Deutsch").
    Not during a session: it would end it; the language then comes at the next start."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Language", "Language"))
    if session_running:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(breakable(QCoreApplication.translate(
            "Language", "BackCare shows {language} the next time it starts. A session is "
            "running, so BackCare does not restart now.").format(language=language)))
        box.addButton(QMessageBox.StandardButton.Ok)
        modal.run(box)
        return False
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(breakable(QCoreApplication.translate(
        "Language", "BackCare shows {language} after a restart. Restart now?").format(
            language=language)))
    now = box.addButton(QCoreApplication.translate("Language", "Restart now"),
                        QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(QCoreApplication.translate("Language", "Later"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    modal.run(box)
    return box.clickedButton() is now


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(breakable(text))
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    modal.run(box)
    return box.clickedButton() is yes
