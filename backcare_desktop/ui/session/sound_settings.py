"""Sound and voice settings: volume, mute, voice on or off, engine, language and voice.

The dialog opens at once whatever the speech engine does: a speech worker
(``speech.SpeechWorker``) lists the engines and voices and fills the lists
when it answers ("Looking for voices…" until then, a plain message if it
never does). Voices are grouped by language, the shown language first, whose
list starts with the automatic voice (the engine's voice for that language).
The voice speaks the shown language, so a chosen voice is used only while it
speaks it: a voice chosen for another language stays saved but is set aside,
and the automatic voice shows as the one in use. **Test voice** says a sample
with the chosen voice through the same worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent, QShowEvent

from backcare_desktop.ui.session.speech import (
    SpeechWorker,
    engine_name,
    language_name,
    language_of,
    ui_language,
    ui_locale_name,
)


class SoundVoiceForm(QWidget):
    """The controls and the speech worker, shared by the dialog (saved with Save)
    and the Settings section (saved when changed). ``choice_changed`` comes when
    the person changes a control (not when the lists are filled)."""

    choice_changed = Signal()

    def __init__(self, prefs: Any, parent: QWidget | None = None, *,
                 worker_command: tuple[str, list[str]] | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._worker_command = worker_command
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(prefs.get_setting("sound_volume"))
        self.volume.setAccessibleName(self.tr("Tone volume"))
        self.muted = QCheckBox(self.tr("Silence the tones"))
        self.muted.setChecked(prefs.get_setting("sound_muted"))
        self.voice_on = QCheckBox(self.tr("Speak exercise and phase names"))
        self.voice_on.setChecked(prefs.get_setting("voice_on"))
        self.engine = QComboBox()
        self.engine.setAccessibleName(self.tr("Speech engine"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the voice"))
        self.voice = QComboBox()
        self.voice.setAccessibleName(self.tr("Voice"))
        self.test_button = QPushButton(self.tr("Test voice"))
        self.test_button.setToolTip(self.tr("Say a short sample with the chosen voice"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Voice status"))
        self.loaded = False  # the lists hold the worker's answer
        self._filled_once = False
        self._filling = False  # the lists are being filled from the worker's answer
        self._voices: dict[str, list[str]] = {}  # by language code, sorted
        self._wanted_voice: str = prefs.get_setting("voice_name")
        # The saved voice speaks another language than the one shown: it is kept in
        # the settings (it speaks again when its language is shown) but not used,
        # and the automatic voice shows as chosen until the person picks one.
        self._set_aside = False

        self.worker: SpeechWorker | None = None
        self._worker_open = False
        self.open_worker()

        self.engine.activated.connect(self._engine_chosen)
        self.language.currentIndexChanged.connect(lambda _i: self._fill_voices())
        self.voice.currentIndexChanged.connect(lambda _i: self._chosen())
        self.test_button.clicked.connect(self.test_voice)
        self.muted.toggled.connect(lambda _on: self.choice_changed.emit())
        self.voice_on.toggled.connect(lambda _on: self.choice_changed.emit())
        self.volume.sliderReleased.connect(self.choice_changed)
        self.volume.valueChanged.connect(
            lambda _v: None if self.volume.isSliderDown() else self.choice_changed.emit())

        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice, 1)
        voice_row.addWidget(self.test_button)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Tone volume"), self.volume)
        form.addRow("", self.muted)
        form.addRow("", self.voice_on)
        form.addRow(self.tr("Speech engine"), self.engine)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Voice"), voice_row)
        self.form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.note)

    # -- asking the worker ---------------------------------------------------------------

    def open_worker(self) -> None:
        """Start the speech worker and ask it for the engines and voices."""
        if self._worker_open:
            return
        if self.worker is not None:
            self.worker.deleteLater()
        self._worker_open = True
        self._filled_once = False
        self.worker = SpeechWorker(self, command=self._worker_command)
        self.worker.replied.connect(self._on_reply)
        self.worker.failed.connect(self._on_failure)
        self._look_for_voices(self._prefs.get_setting("voice_engine"))

    def close_worker(self) -> None:
        """End the speech worker (the lists stay as they are until it is opened again)."""
        if self._worker_open and self.worker is not None:
            self._worker_open = False
            self.worker.close()
            self.loaded = False
            self.test_button.setEnabled(False)

    def _chosen(self) -> None:
        if not self._filling:
            self._set_aside = False
            self._say_which_voice()
            self.choice_changed.emit()

    def _say_which_voice(self) -> None:
        """The note under the lists, once they are filled."""
        if not self.loaded:
            return
        language = self.language.currentData()
        if self._set_aside:
            self.note.setText(QCoreApplication.translate(
                "SoundVoiceForm",
                "The voice you chose speaks another language, so the automatic voice "
                "speaks while BackCare is shown in this language."))
        elif self.voice.currentData() and language != ui_language():
            self.note.setText(QCoreApplication.translate(
                "SoundVoiceForm",
                "This voice speaks another language than BackCare shows, so sessions "
                "use the automatic voice instead."))
        else:
            self.note.setText(QCoreApplication.translate(
                "SoundVoiceForm", "The voice starts with the next phase."))

    def _engine_chosen(self, _index: int) -> None:
        self._look_for_voices(self.engine.currentData() or "")

    def _look_for_voices(self, engine: str) -> None:
        if self.worker is None or not self._worker_open:
            return
        self.loaded = False
        for widget in (self.engine, self.language, self.voice, self.test_button):
            widget.setEnabled(False)
        self.note.setText(self.tr("Looking for voices…"))
        self.worker.ask("use", {"do": "use", "engine": engine, "voice": self._wanted_voice,
                                "language": ui_locale_name()})
        self.worker.ask("catalog", {"do": "catalog"})

    def test_voice(self) -> None:
        """Say a short sample with the chosen engine and voice."""
        if not self.loaded or self.worker is None or not self._worker_open:
            return
        self.worker.ask("use", {"do": "use", "engine": self.engine.currentData() or "",
                                "voice": self.voice.currentData() or "",
                                "language": self._language_locale()})
        self.worker.ask("speech", {"do": "say", "words": QCoreApplication.translate(
            "SoundVoiceForm", "This is how BackCare sounds. Next: knee hugs. Get ready.")})

    def _on_reply(self, kind: str, reply: dict[str, Any]) -> None:
        if kind == "catalog":
            first = not self._filled_once
            self._filling = True
            try:
                self._fill(reply)
            finally:
                self._filling = False
            self._filled_once = True
            if not first:  # another engine was chosen and answered: save its voice
                self.choice_changed.emit()

    def _on_failure(self, message: str) -> None:
        self.loaded = False
        for widget in (self.engine, self.language, self.voice, self.test_button):
            widget.setEnabled(False)
        self.note.setText(message)

    # -- the lists ----------------------------------------------------------------------

    def _fill(self, catalog: dict[str, Any]) -> None:
        self.engine.clear()
        for name in catalog.get("engines", []):
            self.engine.addItem(engine_name(name), name)
        self.engine.setCurrentIndex(max(0, self.engine.findData(catalog.get("engine"))))
        self._voices = {}
        wanted_language: str | None = None
        for locale, names in catalog.get("voices", {}).items():
            language = language_of(locale)
            self._voices.setdefault(language, []).extend(names)
            if self._wanted_voice in names:
                wanted_language = language
        for names in self._voices.values():
            names.sort(key=str.casefold)
        first = ui_language()
        self._set_aside = wanted_language not in (None, first)
        if self._set_aside:
            wanted_language = None  # the automatic voice of the shown language
        others = sorted((lang for lang in self._voices if lang != first),
                        key=lambda lang: (not lang, language_name(lang)))  # "Other voices" last
        self.language.blockSignals(True)
        self.language.clear()
        if first in self._voices:
            self.language.addItem(language_name(first), first)
            if others:
                self.language.insertSeparator(1)
        for language in others:
            self.language.addItem(language_name(language), language)
        shown = wanted_language if wanted_language is not None else first
        self.language.setCurrentIndex(max(0, self.language.findData(shown)))
        self.language.blockSignals(False)
        self._fill_voices()
        self.loaded = True
        self.engine.setEnabled(self.engine.count() > 0)
        self.language.setEnabled(bool(self._voices))
        self.voice.setEnabled(True)
        self.test_button.setEnabled(True)
        self._say_which_voice()

    def _fill_voices(self) -> None:
        """The chosen language's voices; the UI language's list starts with the engine's
        own voice for it."""
        language = self.language.currentData()
        self.voice.blockSignals(True)
        self.voice.clear()
        if language is None or language == ui_language():
            self.voice.addItem(self.tr("Automatic voice"), "")
        for name in self._voices.get(language, []):
            self.voice.addItem(name, name)
        wanted = "" if self._set_aside else self._wanted_voice
        self.voice.setCurrentIndex(max(0, self.voice.findData(wanted)))
        self.voice.blockSignals(False)
        self._chosen()

    def _language_locale(self) -> str:
        """The language of the chosen voice (the sample is said with it)."""
        language = self.language.currentData()
        if language is None or language == ui_language():
            return ui_locale_name()
        return str(language)

    def save(self) -> None:
        p = self._prefs
        p.set_setting("sound_volume", self.volume.value())
        p.set_setting("sound_muted", self.muted.isChecked())
        p.set_setting("voice_on", self.voice_on.isChecked())
        if self.loaded:  # else the engine never answered: the choice stays as it was
            p.set_setting("voice_engine", self.engine.currentData() or "")
            if not self._set_aside:  # else the voice of another language stays saved
                p.set_setting("voice_name", self.voice.currentData() or "")
                self._wanted_voice = self.voice.currentData() or ""


class SoundSettings(QDialog):
    """The form in a dialog, saved with Save (during a session)."""

    def __init__(self, prefs: Any, parent: QWidget | None = None, *,
                 worker_command: tuple[str, list[str]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sound and voice"))
        self.form = form = SoundVoiceForm(prefs, self, worker_command=worker_command)
        self.volume, self.muted, self.voice_on = form.volume, form.muted, form.voice_on
        self.engine, self.language, self.voice = form.engine, form.language, form.voice
        self.test_button, self.note = form.test_button, form.note
        self.finished.connect(lambda _code: form.close_worker())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)

    @property
    def loaded(self) -> bool:
        return self.form.loaded

    @property
    def worker(self) -> SpeechWorker:
        assert self.form.worker is not None
        return self.form.worker

    def test_voice(self) -> None:
        self.form.test_voice()

    def _save(self) -> None:
        self.form.save()
        self.accept()


class SoundSection(QWidget):
    """Sound and voice in Settings: each change is saved at once and ``changed``
    comes (a running session takes the new settings); **Test tone** plays a tone
    at the chosen volume (``play_tone``), **Test voice** says a sample. The
    speech worker runs only while the section is shown."""

    changed = Signal()

    def __init__(self, prefs: Any, play_tone: Callable[[int], None],
                 parent: QWidget | None = None, *,
                 worker_command: tuple[str, list[str]] | None = None) -> None:
        super().__init__(parent)
        self.form = SoundVoiceForm(prefs, self, worker_command=worker_command)
        self._play_tone = play_tone
        self.tone_button = QPushButton(self.tr("Test tone"))
        self.tone_button.setToolTip(self.tr("Play a tone at the chosen volume"))
        self.tone_button.clicked.connect(self.test_tone)
        row = QHBoxLayout()
        row.addWidget(self.tone_button)
        row.addStretch(1)
        self.form.form.insertRow(1, "", row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.form.choice_changed.connect(self._save)
        self.form.muted.toggled.connect(lambda on: self.tone_button.setEnabled(not on))
        self.tone_button.setEnabled(not self.form.muted.isChecked())

    def _save(self) -> None:
        self.form.save()
        self.changed.emit()

    def test_tone(self) -> None:
        self._play_tone(self.form.volume.value())

    def showEvent(self, event: QShowEvent) -> None:
        self.form.open_worker()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.form.close_worker()
        super().hideEvent(event)
