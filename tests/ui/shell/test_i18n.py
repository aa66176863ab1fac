"""The shown language: chosen from the setting and the system, loaded with Qt's
own translations, and used for dates, times and numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from backcare_desktop.core.words import as_written
from backcare_desktop.ui.shell import i18n


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    """Lets a test switch the language, and puts English back afterwards."""
    yield qapp
    i18n.install(qapp, "en")


@pytest.mark.parametrize(("setting", "system", "shown"), [
    ("de", ["en-US"], "de"),
    ("en", ["de-DE"], "en"),
    ("system", ["es-ES", "en-US"], "es"),
    ("system", ["fr-FR", "de-AT", "en"], "de"),  # the first it speaks
    ("system", ["fr-FR", "it"], "en"),  # none: English
    ("system", ["de_CH"], "de"),
    ("system", [], "en"),
])
def test_the_language_shown_follows_the_setting_then_the_system(
        setting: str, system: list[str], shown: str) -> None:
    assert i18n.resolve(setting, system) == shown


def test_each_choice_of_the_setting_is_a_language_or_the_system() -> None:
    assert i18n.CHOICES == ("system", "en", "de", "es")
    assert set(i18n.ENDONYMS) == set(i18n.LANGUAGES)


def test_the_compiled_translations_ship_with_the_package() -> None:
    for language in i18n.LANGUAGES:
        assert (i18n.translations_dir() / f"backcare_{language}.qm").is_file()


def test_german_brings_qts_own_words_and_the_german_formats(speaking: QApplication) -> None:
    assert i18n.install(speaking, "de") == "de"
    assert i18n.shown() == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert i18n.number_text(1234.5, 1) == "1.234,5"
    assert i18n.date_text(dt.date(2026, 12, 4)) == "04.12.26"
    assert i18n.weekday_text(0) == "Montag"
    assert i18n.month_text(3) == "März"
    assert i18n.day_month_text(dt.date(2026, 12, 4)) == "4. Dez."
    assert i18n.time_text(dt.time(18, 5)) == "18:05"


def test_spanish_then_english_again_leaves_no_spanish_behind(speaking: QApplication) -> None:
    i18n.install(speaking, "es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert i18n.weekday_text(6) == "domingo"
    i18n.install(speaking, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() == QLocale.Language.English
    assert i18n.number_text(1234.5, 1) == "1,234.5"


def test_english_counts_read_as_english_does(qapp: QApplication) -> None:
    # Through the English translation of the counted phrases, as core writes them.
    assert i18n.tr("%n rep(s)", "", 1) == as_written("%n rep(s)", "", 1) == "1 rep"
    assert i18n.tr("%n rep(s)", "", 3) == as_written("%n rep(s)", "", 3) == "3 reps"


def test_a_missing_translation_leaves_english_and_says_so_in_the_log(
        speaking: QApplication, tmp_path: object, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install(speaking, "de") == "de"
    assert QCoreApplication.translate("", "%n rep(s)", None, 2) == "2 rep(s)"
    assert i18n.tr("%n rep(s)", "", 2) == "2 reps"  # the English, at least
    assert "no translation backcare_de" in caplog.text


def test_fluid_ounces_only_where_the_locale_measures_so(speaking: QApplication) -> None:
    QLocale.setDefault(QLocale("en_US"))
    assert i18n.uses_fluid_ounces()
    QLocale.setDefault(QLocale("en_GB"))
    assert not i18n.uses_fluid_ounces()


def test_messages_made_in_core_follow_the_shown_language(speaking: QApplication) -> None:
    from backcare_desktop.core import words

    i18n.install(speaking, "de")
    assert words.tr("%n rep(s)", "", 2) == i18n.tr("%n rep(s)", "", 2)
    assert words.tr("Cancel") == QCoreApplication.translate("", "Cancel")
