"""``--check-install``: is everything a packaged BackCare needs in place?

Frozen builds are known to lose data files and Qt's multimedia plug-ins
without any error until a sound should play, so this looks for each and
loads one tone through the same media back end the sessions use.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO


def check_install(out: TextIO) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtMultimedia import QAudioDecoder, QMediaFormat

    from backcare_desktop.core.routines.library import builtin_dir
    from backcare_desktop.ui.desktop.media import quiet_media_logs, sound_dir
    from backcare_desktop.ui.shell.i18n import LANGUAGES, translations_dir
    from backcare_desktop.ui.shell.icons import icon_file

    app = QGuiApplication.instance() or QGuiApplication(["backcare-desktop"])
    quiet_media_logs()
    results: list[tuple[bool, str]] = []
    routines = sorted(builtin_dir().glob("*.toml"))
    results.append((bool(routines), f"built-in routines: {len(routines)} in {builtin_dir()}"))
    sounds = sorted(sound_dir().glob("*.wav"))
    results.append((bool(sounds), f"sounds: {len(sounds)} in {sound_dir()}"))
    results.append((icon_file().exists(), f"icon: {icon_file()}"))
    ours = [lang for lang in LANGUAGES if (translations_dir() / f"backcare_{lang}.qm").is_file()]
    results.append((len(ours) == len(LANGUAGES),
                    f"translations: {' '.join(ours) or 'none'} in {translations_dir()}"))
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qts = [lang for lang in LANGUAGES[1:] if (qt_dir / f"qtbase_{lang}.qm").is_file()]
    results.append((len(qts) == len(LANGUAGES) - 1,
                    f"Qt's own translations: {' '.join(qts) or 'none'} in {qt_dir}"))
    decoders = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    results.append((bool(decoders), f"media back end: {len(decoders)} file formats it can decode"))
    if sounds:
        # Decode a tone (what playing needs, minus the sound card, which a build
        # machine may not have).
        decoder = QAudioDecoder()
        decoder.setSource(QUrl.fromLocalFile(str(sounds[0])))
        frames = 0

        def take() -> None:
            nonlocal frames
            frames += decoder.read().frameCount()
        decoder.bufferReady.connect(take)
        decoder.start()
        for _ in range(400):  # decoding is asynchronous; a short WAV takes milliseconds
            app.processEvents()
            if not decoder.isDecoding() and (frames or decoder.errorString()):
                break
            decoder.thread().msleep(5)
        decoder.stop()
        results.append((frames > 0, f"tone decodes: {sounds[0].name} ({frames} frames, "
                                    f"{decoder.errorString() or 'no error'})"))
    for ok, text in results:
        print(f"{'ok  ' if ok else 'FAIL'} {text}", file=out)
    return 0 if all(ok for ok, _ in results) else 1
