"""The shown language: which one, its translations, and the locale's words for
dates, times and numbers.

How a text is marked (``pyside6-lupdate`` reads the source; see
``docs/translations.md``):

* ``QCoreApplication.translate("Context", "Text")`` with both written out, or
  ``self.tr("Text")`` in a QObject subclass;
* a counted phrase with ``tr("%n set(s)", "", n)`` from this module: the
  counted phrases and core's templates (``core.words``) share the empty
  context, where ``lupdate`` files every call of a function named ``tr``;
* a label kept as data with ``QT_TRANSLATE_NOOP("Context", "Text")``.

English ships a translation of its own with the plural forms only, so "%n
set(s)" reads "1 set" and "2 sets" as "1 Satz" and "2 Sätze" do.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from backcare_desktop.core import words
from backcare_desktop.core.words import as_written

log = logging.getLogger(__name__)

LANGUAGES = ("en", "de", "es")
"""The languages BackCare speaks, English first (the one it is written in)."""

CHOICES = ("system", *LANGUAGES)
"""What the language setting may hold: the system's language, or one of them."""

ENDONYMS = {"en": "English", "de": "Deutsch", "es": "Español"}
"""Each language in its own words, as a language menu shows it (never translated)."""

_installed: list[QTranslator] = []
_shown = ["en"]


def translations_dir() -> Path:
    """Where the compiled translations are: the installed copy or the checkout's."""
    package = Path(__file__).resolve().parents[2]
    installed = package / "assets" / "translations"
    return installed if installed.is_dir() else package.parent / "assets" / "translations"


def resolve(setting: str, ui_languages: Sequence[str]) -> str:
    """The language to show for ``setting``: itself when it names one, else the
    first of the system's languages BackCare speaks, else English."""
    if setting in LANGUAGES:
        return setting
    for tag in ui_languages:
        base = tag.replace("_", "-").split("-")[0].lower()
        if base in LANGUAGES:
            return base
    return "en"


def install(app: QCoreApplication, setting: str = "system") -> str:
    """Show ``setting``'s language from now on: BackCare's translation, Qt's own
    (standard buttons and dialogs) and the locale's formats. Returns the
    language shown. Widgets built before keep their text."""
    system = QLocale.system()
    language = resolve(setting, system.uiLanguages())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # The system's own formats when it speaks the language (de_AT keeps Austrian
    # ones; the C locale, which calls itself en_US, keeps 24-hour times and ml).
    same = system.name().split("_")[0] == language
    QLocale.setDefault(system if same else QLocale(language))
    ours = QTranslator(app)
    if ours.load(f"backcare_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation backcare_%s in %s", language, translations_dir())
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    _shown[0] = language
    words.use_translation(tr)
    return language


def shown() -> str:
    """The language shown now ("en", "de" or "es")."""
    return _shown[0]


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in the shown language, from the empty context: counted phrases
    ("%n set(s)") and core's templates. Satisfies ``core.words.Translate``."""
    translated = QCoreApplication.translate("", text, disambiguation or None, n)
    if n >= 0 and translated == text.replace("%n", str(n)):  # no translation has it
        return as_written(text, disambiguation, n)
    return translated


# -- the locale's words --------------------------------------------------------


def date_text(day: dt.date, *, long: bool = False) -> str:
    """A day as the locale writes it: "04/12/2026", or "Friday, 4 December 2026"."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


_DAY_PATTERNS = {"de": "ddd, d. MMM yyyy", "es": "ddd, d MMM yyyy"}


def day_text(day: dt.date) -> str:
    """A day with its weekday, short: "Mon 23 Nov 2026", "Mo., 23. Nov. 2026"."""
    locale = QLocale()
    pattern = _DAY_PATTERNS.get(locale.name().split("_")[0], "ddd d MMM yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def day_month_text(day: dt.date) -> str:
    """A day of the year, short: "4 Dec", "4. Dez.", "4 dic"."""
    locale = QLocale()
    fmt = "d MMM" if locale.language() != QLocale.Language.German else "d. MMM"
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def time_text(moment: dt.time) -> str:
    """A time of day as the locale writes it: "18:00", or "6:00 PM"."""
    return QLocale().toString(QTime(moment.hour, moment.minute),
                              QLocale.FormatType.ShortFormat)


def number_text(value: float, decimals: int = 0) -> str:
    """A number as the locale writes it: "1,234.5" or "1.234,5"."""
    return QLocale().toString(float(value), "f", decimals)


def weekday_text(index: int, *, short: bool = False) -> str:
    """The name of a weekday, Monday being 0: "Monday", "Mo"."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(index + 1, form)


def month_text(month: int, *, short: bool = False) -> str:
    """The name of a month, January being 1."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, form)


def uses_fluid_ounces() -> bool:
    """Whether the locale measures drinks in US fluid ounces rather than ml."""
    return QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
