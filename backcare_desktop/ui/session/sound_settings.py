"""Sound and voice settings: volume, mute, voice on or off, engine and voice."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.ui.session.cue_player import available_engines, speech_class


class SoundSettings(QDialog):
    def __init__(self, prefs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setWindowTitle("Sound and voice")
        self._prefs = prefs
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(prefs.get_setting("sound_volume"))
        self.volume.setAccessibleName("Tone volume")
        self.muted = QCheckBox("Silence the tones")
        self.muted.setChecked(prefs.get_setting("sound_muted"))
        self.voice_on = QCheckBox("Speak exercise and phase names")
        self.voice_on.setChecked(prefs.get_setting("voice_on"))
        self.engine = QComboBox()
        self.engine.setAccessibleName("Speech engine")
        self.voice = QComboBox()
        self.voice.setAccessibleName("Voice")
        self.note = QLabel()
        self.note.setWordWrap(True)
        engines = available_engines()
        if engines:
            for name in engines:
                self.engine.addItem(name, name)
            wanted = prefs.get_setting("voice_engine")
            self.engine.setCurrentIndex(max(0, self.engine.findData(wanted)))
            self.note.setText("The voice starts with the next phase.")
        else:
            self.engine.setEnabled(False)
            self.voice.setEnabled(False)
            self.note.setText("No text-to-speech engine is installed on this computer, so the "
                              "voice is off and the tones guide you. On Linux, install "
                              "speech-dispatcher (for example: sudo apt-get install "
                              "speech-dispatcher espeak-ng).")
        self.engine.currentIndexChanged.connect(self._fill_voices)
        self._fill_voices()
        form = QFormLayout()
        form.addRow("Tone volume", self.volume)
        form.addRow("", self.muted)
        form.addRow("", self.voice_on)
        form.addRow("Speech engine", self.engine)
        form.addRow("Voice", self.voice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _fill_voices(self) -> None:
        self.voice.clear()
        self.voice.addItem("Default voice", "")
        engine = self.engine.currentData()
        if not engine:
            return
        for voice in speech_class()(engine).availableVoices():
            self.voice.addItem(voice.name(), voice.name())
        self.voice.setCurrentIndex(max(0, self.voice.findData(
            self._prefs.get_setting("voice_name"))))

    def _save(self) -> None:
        p = self._prefs
        p.set_setting("sound_volume", self.volume.value())
        p.set_setting("sound_muted", self.muted.isChecked())
        p.set_setting("voice_on", self.voice_on.isChecked())
        p.set_setting("voice_engine", self.engine.currentData() or "")
        p.set_setting("voice_name", self.voice.currentData() or "")
        self.accept()
