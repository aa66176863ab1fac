"""Sound and voice settings: volume, mute, voice on or off, engine, language and voice.

The dialog opens at once whatever the speech engine does: a speech worker
(``speech.SpeechWorker``) lists the engines and voices and fills the lists
when it answers ("Looking for voices…" until then, a plain message if it
never does). Voices are grouped by language, the UI language first (English
when the locale names none); **Test voice** says a sample with the chosen
voice through the same worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
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

from backcare_desktop.ui.session.speech import (
    SpeechWorker,
    engine_name,
    language_name,
    language_of,
    ui_language,
    ui_locale_name,
)


class SoundSettings(QDialog):
    def __init__(self, prefs: Any, parent: QWidget | None = None, *,
                 worker_command: tuple[str, list[str]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sound and voice"))
        self._prefs = prefs
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
        self._voices: dict[str, list[str]] = {}  # by language code, sorted
        self._wanted_voice: str = prefs.get_setting("voice_name")

        self.worker = SpeechWorker(self, command=worker_command)
        self.worker.replied.connect(self._on_reply)
        self.worker.failed.connect(self._on_failure)
        self.finished.connect(self.worker.close)
        self._look_for_voices(prefs.get_setting("voice_engine"))

        self.engine.activated.connect(lambda _i: self._look_for_voices(
            self.engine.currentData() or ""))
        self.language.currentIndexChanged.connect(lambda _i: self._fill_voices())
        self.test_button.clicked.connect(self.test_voice)

        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice, 1)
        voice_row.addWidget(self.test_button)
        form = QFormLayout()
        form.addRow(self.tr("Tone volume"), self.volume)
        form.addRow("", self.muted)
        form.addRow("", self.voice_on)
        form.addRow(self.tr("Speech engine"), self.engine)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Voice"), voice_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    # -- asking the worker ---------------------------------------------------------------

    def _look_for_voices(self, engine: str) -> None:
        self.loaded = False
        for widget in (self.engine, self.language, self.voice, self.test_button):
            widget.setEnabled(False)
        self.note.setText(self.tr("Looking for voices…"))
        self.worker.ask("use", {"do": "use", "engine": engine, "voice": self._wanted_voice,
                                "language": ui_locale_name()})
        self.worker.ask("catalog", {"do": "catalog"})

    def test_voice(self) -> None:
        """Say a short sample with the chosen engine and voice."""
        if not self.loaded:
            return
        self.worker.ask("use", {"do": "use", "engine": self.engine.currentData() or "",
                                "voice": self.voice.currentData() or "",
                                "language": self._language_locale()})
        self.worker.ask("speech", {"do": "say", "words": self.tr(
            "This is how BackCare sounds. Next: knee hugs. Get ready.")})

    def _on_reply(self, kind: str, reply: dict[str, Any]) -> None:
        if kind == "catalog":
            self._fill(reply)

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
        self.note.setText(self.tr("The voice starts with the next phase."))

    def _fill_voices(self) -> None:
        """The chosen language's voices; the UI language's list starts with the engine's
        own voice for it."""
        language = self.language.currentData()
        self.voice.clear()
        if language is None or language == ui_language():
            self.voice.addItem(self.tr("Default voice"), "")
        for name in self._voices.get(language, []):
            self.voice.addItem(name, name)
        self.voice.setCurrentIndex(max(0, self.voice.findData(self._wanted_voice)))

    def _language_locale(self) -> str:
        language = self.language.currentData()
        if language is None or language == ui_language():
            return ui_locale_name()
        return str(language)

    def _save(self) -> None:
        p = self._prefs
        p.set_setting("sound_volume", self.volume.value())
        p.set_setting("sound_muted", self.muted.isChecked())
        p.set_setting("voice_on", self.voice_on.isChecked())
        if self.loaded:  # else the engine never answered: the choice stays as it was
            p.set_setting("voice_engine", self.engine.currentData() or "")
            p.set_setting("voice_name", self.voice.currentData() or "")
        self.accept()
