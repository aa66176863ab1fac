"""After a session: a suggestion to do a little more, or a little less, the person accepts.

When the session feature says a session was recorded (``session_recorded``, after
its summary was answered), the progression rules (``core.programme.progression``)
read that routine's recent sessions. If they suggest a change, one calm dialog
shows the exercise, the dose now and the dose proposed, and why. Nothing is
asked while a session runs or during a flare-up.

Accept: a built-in routine stays as it is and the person gets their own copy
("Core stability (my copy)", ``based_on`` the built-in) with the change; their
own routine is rewritten with it. Either way the text the routine had before is
kept (``Repository.keep_routine_version``), and the picker reads the routines
again (``routines_changed``). Not now (or closing the dialog): remembered, and
the routine is not looked at again for a while (see the rules).
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.ui.shell import i18n, modal
from backcare_desktop.ui.shell.dialogs import keep_whole_height
from backcare_desktop.ui.shell.i18n import tr

if TYPE_CHECKING:
    from backcare_desktop.core.programme.progression import Suggestion
    from backcare_desktop.core.routines.collection import RoutineCollection
    from backcare_desktop.core.routines.model import Routine
    from backcare_desktop.ui.shell.context import AppContext

log = logging.getLogger(__name__)


def copy_title(routine: Routine) -> str:
    return QCoreApplication.translate("Progression", "{title} (my copy)").format(
        title=routine.title)[:80]


def suggestion_html(suggestion: Suggestion, *, builtin: bool, copy: str,
                    easier_title: str = "") -> str:
    """What the dialog says: the change, the dose now and proposed, why, and where
    an accepted change goes."""
    from backcare_desktop.core.programme.progression import Direction

    esc = html.escape
    title = esc(suggestion.routine_title)
    if suggestion.easier_routine is not None:
        head = QCoreApplication.translate("Progression", "Perhaps try an easier routine")
        body = [QCoreApplication.translate(
            "Progression", "Next time, you could do {easier} instead of {routine}.").format(
            easier=f"<b>{esc(easier_title)}</b>", routine=f"<b>{title}</b>")]
    else:
        head = (QCoreApplication.translate("Progression", "Ready for a little more?")
                if suggestion.direction is Direction.HARDER
                else QCoreApplication.translate("Progression", "A little less for now?"))
        exercise = f"<b>{esc(suggestion.exercise_name)}</b>"
        body = [
            QCoreApplication.translate(
                "Progression", "One change to {exercise} in {routine}:").format(
                exercise=exercise, routine=f"<b>{title}</b>"),
            QCoreApplication.translate(
                "Progression", "Now: {dose}").format(dose=esc(suggestion.current_words(tr))),
            QCoreApplication.translate("Progression", "Suggested: {dose}").format(
                dose=esc(suggestion.proposed_words(tr))),
        ]
        if builtin:
            body.append(QCoreApplication.translate(
                "Progression", "Built-in routines stay as they are: accepting makes your own "
                "copy, {copy}, with this change.").format(copy=f"<b>{esc(copy)}</b>"))
        else:
            body.append(QCoreApplication.translate(
                "Progression", "Accepting changes your routine; the earlier version is kept."))
    why = QCoreApplication.translate(
        "Progression", "Why: {reason}").format(reason=esc(suggestion.reason))
    paragraphs = [*body, why]
    if suggestion.easier_routine is None:
        paragraphs.append(esc(QCoreApplication.translate(
            "Progression", "Only if it feels right to you. You can always change it back in "
            "the routine editor.")))
    return f"<h3>{esc(head)}</h3>" + "".join(f"<p>{p}</p>" for p in paragraphs)


class SuggestionDialog(QDialog):
    def __init__(self, suggestion: Suggestion, *, builtin: bool, copy: str,
                 easier_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate(
            "Progression", "A suggestion for {routine}").format(
            routine=suggestion.routine_title))
        text = QLabel(suggestion_html(suggestion, builtin=builtin, copy=copy,
                                      easier_title=easier_title))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setMinimumWidth(560)
        buttons = QDialogButtonBox()
        accept = (QCoreApplication.translate(
            "Progression", "Show {routine}").format(routine=easier_title)
                  if suggestion.easier_routine is not None else QCoreApplication.translate(
                      "Progression", "Accept"))
        self.accept_button = buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
        self.not_now = buttons.addButton(QCoreApplication.translate(
            "Progression", "Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.not_now.setDefault(True)  # Enter from across the room changes nothing
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        keep_whole_height(self)


def show_suggestion(parent: QWidget | None, suggestion: Suggestion, *, builtin: bool,
                    copy: str, easier_title: str = "") -> bool:
    """Show the suggestion; True when the person accepts it."""
    dialog = SuggestionDialog(suggestion, builtin=builtin, copy=copy,
                              easier_title=easier_title, parent=parent)
    return modal.run(dialog) == QDialog.DialogCode.Accepted


class Progression(QObject):
    """Looks at a routine after each recorded session and applies what is accepted
    (a child of the window, so it lives as long as the window)."""

    def __init__(self, ctx: AppContext, flare_active: Callable[[], bool],
                 collection: RoutineCollection | None = None) -> None:
        super().__init__(ctx.window)
        self._ctx = ctx
        self._flare_active = flare_active
        self._collection = collection

    @property
    def collection(self) -> RoutineCollection:
        if self._collection is None:
            from backcare_desktop.core.routines.collection import RoutineCollection

            self._collection = RoutineCollection(self._ctx.paths.routines, self._ctx.repo,
                                                 language=i18n.shown())
        return self._collection

    def suggestion_for(self, session_id: int) -> Suggestion | None:
        """What the rules suggest after that session (None if nothing)."""
        from backcare_desktop.core.programme.progression import EASIER_ROUTINE, suggest

        repo = self._ctx.repo
        row = repo.session_row(session_id)
        if row is None:
            return None
        self.collection.reload()  # the files may have changed since
        routine = self.collection.get(row.routine_id)
        if routine is None:
            return None
        return suggest(routine, repo.routine_sessions(routine.id),
                       flare=self._flare_active(), now=self._ctx.clock.now(),
                       last=repo.last_decision(routine.id),
                       turn=repo.accepted_changes(routine.id),
                       easier_available=self.collection.get(EASIER_ROUTINE) is not None,
                       tr=tr)

    def session_recorded(self, session_id: int) -> None:
        if self._ctx.session.active:
            return  # never during a session
        try:
            suggestion = self.suggestion_for(session_id)
        except Exception:  # a suggestion is never worth an error on top of a session
            log.exception("could not look at progression after session %s", session_id)
            return
        if suggestion is None:
            return
        routine = self.collection.get(suggestion.routine_id)
        if routine is None:
            return
        easier = (self.collection.get(suggestion.easier_routine)
                  if suggestion.easier_routine else None)
        accepted = show_suggestion(self._ctx.window, suggestion, builtin=routine.builtin,
                                   copy=copy_title(routine),
                                   easier_title="" if easier is None else easier.title)
        self.decide(suggestion, routine, accepted=accepted)

    def decide(self, suggestion: Suggestion, routine: Routine, *, accepted: bool) -> None:
        """Record the answer; on Accept apply the change (or show the easier routine)."""
        from backcare_desktop.core.routines.loading import RoutineError
        from backcare_desktop.storage.errors import StorageWriteError
        from backcare_desktop.ui.shell import dialogs

        repo, now = self._ctx.repo, self._ctx.clock.now()
        words = {"exercise_name": suggestion.exercise_name,
                 "current": suggestion.current_words(),
                 "proposed": suggestion.proposed_words() or (suggestion.easier_routine or ""),
                 "reason": suggestion.reason}
        try:
            if not accepted:
                repo.record_decision(routine.id, accepted=False, at=now, **words)
                return
            if suggestion.easier_routine is not None:
                repo.record_decision(routine.id, accepted=True, at=now, **words)
                self._ctx.window.show_page("routines")
                return
            saved = self.apply(suggestion, routine)
            repo.record_decision(routine.id, accepted=True, at=now,
                                 new_routine_id=saved.id, **words)
        except (RoutineError, StorageWriteError, OSError) as exc:
            log.warning("progression not saved: %s", exc)
            dialogs.show_error(
                self._ctx.window,
                QCoreApplication.translate("Progression", "The change was not saved"),
                QCoreApplication.translate(
                    "Progression", "BackCare could not save the change to {routine}: "
                    "{problem}").format(routine=routine.title, problem=str(exc)))
            return
        self._ctx.events.routines_changed.emit()

    def apply(self, suggestion: Suggestion, routine: Routine) -> Routine:
        """Write the changed routine, keeping the text it had before; the routine saved."""
        from backcare_desktop.core.routines import library as lib
        from backcare_desktop.core.routines.writing import routine_to_toml

        collection, now = self.collection, self._ctx.clock.now()
        changed = suggestion.apply(routine)
        why = QCoreApplication.translate(
            "Progression", "Before: {exercise}, {dose}").format(exercise=suggestion.exercise_name,
                                                      dose=suggestion.current_words())
        if routine.builtin:
            title = copy_title(routine)
            copy = replace(changed, id=lib.unique_id(lib.slugify(title), collection.taken_ids()),
                           title=title, builtin=False, based_on=routine.id)
            self._ctx.repo.keep_routine_version(copy.id, routine_to_toml(routine), now,
                                                why + " " + QCoreApplication.translate(
                                                    "Progression", "(the built-in routine)"))
            return collection.save(copy)
        file_name = collection.library.files.get(routine.id)
        before = routine_to_toml(routine)
        if file_name is not None:
            # If the file cannot be read now, the routine as it was read stands for it.
            with contextlib.suppress(OSError, UnicodeDecodeError):
                before = (collection.user_dir / file_name).read_text(encoding="utf-8")
        self._ctx.repo.keep_routine_version(routine.id, before, now, why)
        return collection.save(changed)
