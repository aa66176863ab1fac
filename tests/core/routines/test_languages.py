"""Routines in several languages: one file, each text per language, shown in
one, written back with all, and refused plainly when the languages disagree."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.core.routines.collection import RoutineCollection
from backcare_desktop.core.routines.library import builtin_dir, filter_entries, load_folder
from backcare_desktop.core.routines.loading import RoutineError, load_routine_bytes
from backcare_desktop.core.routines.model import LANGUAGES, Exercise, Hold
from backcare_desktop.core.routines.writing import routine_to_toml
from tests.core.routines.hostile import TWO
from tests.fakes import FakePrefs


def load(text: str):  # type: ignore[no-untyped-def]
    return load_routine_bytes(text.encode(), "two.toml")


def test_a_file_in_two_languages_is_shown_in_either() -> None:
    routine = load(TWO)
    assert routine.language == "en" and routine.languages == ("en", "de")
    assert (routine.title, routine.exercises[0].name) == ("Fine", "Plank")
    german = routine.in_language("de")
    assert (german.title, german.description) == ("Fein", "Stark.")
    assert german.exercises[0].instructions == ("Eins.", "Zwei.")
    assert german.exercises[0].spec == routine.exercises[0].spec  # only the words change
    assert routine.in_language("es") is routine  # no Spanish: the file's own language


def test_a_file_in_one_language_is_as_it_was() -> None:
    from tests.core.routines.hostile import good

    plain = load(good())
    assert plain.language == "en" and plain.languages == ("en",) and plain.texts == ()
    assert plain.in_language("de") is plain
    assert load(routine_to_toml(plain)) == plain


def test_editing_the_german_text_keeps_the_english(tmp_path: Path) -> None:
    german = load(TWO).in_language("de")
    edited = replace(german, title="Fein und ruhig")
    back = load(routine_to_toml(edited))
    assert back.title == "Fine" and back.in_language("de").title == "Fein und ruhig"
    assert back.in_language("de").exercises[0].name == "Brett"


def test_a_changed_number_of_exercises_keeps_the_other_languages() -> None:
    german = load(TWO).in_language("de")
    ex = german.exercises[0]
    cat = replace(ex, name="Katze", instructions=("Rund.",))
    edited = replace(german, exercises=(cat, ex))  # one added before the other
    back = load(routine_to_toml(edited))
    assert back.languages == ("en", "de") and back.title == "Fine"
    assert [x.name for x in back.exercises] == ["Katze", "Plank"]
    assert back.exercises[1].instructions == ("One.", "Two.")
    assert back.in_language("de").exercises[0].instructions == ("Rund.",)


def test_a_list_given_another_length_is_written_in_the_words_edited() -> None:
    german = load(TWO).in_language("de")
    ex = replace(german.exercises[0], instructions=("Eins.", "Zwei.", "Drei."))
    back = load(routine_to_toml(replace(german, exercises=(ex,), title="Fein!")))
    assert back.languages == ("en", "de")
    assert back.exercises[0].instructions == ("Eins.", "Zwei.", "Drei.")
    assert (back.title, back.exercises[0].name) == ("Fine", "Plank")
    assert back.in_language("de").title == "Fein!"


def test_an_emptied_text_is_left_out_in_every_language() -> None:
    german = load(TWO).in_language("de")
    ex = replace(german.exercises[0], instructions=())
    back = load(routine_to_toml(replace(german, exercises=(ex,), description="")))
    assert back.languages == ("en", "de")
    assert back.description == "" and back.exercises[0].instructions == ()
    assert back.in_language("de").exercises[0].name == "Brett"


def test_renamed_and_reordered_exercises_keep_their_translations() -> None:
    two = TWO + (
        '\n[[exercise]]\nname.en = "Bridge"\nname.de = "Brücke"\nkind = "hold"\n'
        'hold_s = 20\n')
    german = load(two).in_language("de")
    plank, bridge = german.exercises
    swapped = load(routine_to_toml(replace(german, exercises=(bridge, plank))))
    assert [x.name for x in swapped.exercises] == ["Bridge", "Plank"]
    renamed = replace(german, exercises=(replace(plank, name="Unterarmstütz"), bridge))
    back = load(routine_to_toml(renamed))
    assert [x.name for x in back.exercises] == ["Plank", "Bridge"]
    assert back.in_language("de").exercises[0].name == "Unterarmstütz"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_built_in_routine_is_complete_in_every_language(language: str) -> None:
    folder = load_folder(builtin_dir(), builtin=True)
    assert folder.problems == []
    for _name, routine in folder.loaded:
        assert language in routine.languages, (routine.id, routine.languages)
        shown = routine.in_language(language)
        assert shown.title and all(ex.name for ex in shown.exercises)


def test_the_search_finds_the_words_of_the_shown_language(tmp_path: Path) -> None:
    (tmp_path / "two.toml").write_text(TWO, encoding="utf-8")
    empty = tmp_path / "none"
    empty.mkdir()
    german = RoutineCollection(tmp_path, FakePrefs(), empty, language="de")
    english = RoutineCollection(tmp_path, FakePrefs(), empty, language="en")
    assert [e.routine.title for e in filter_entries(german.entries(), text="brett")] == ["Fein"]
    assert filter_entries(english.entries(), text="brett") == []
    assert [e.routine.title for e in filter_entries(english.entries(), text="plank")] == ["Fine"]


WORDS = st.text(st.characters(categories=("L", "N"), max_codepoint=0x2FF), min_size=1,
                max_size=20)


@given(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True),
       st.integers(1, 3), st.integers(0, 4), WORDS)
def test_any_routine_in_several_languages_round_trips(
        languages: list[str], exercises: int, lines: int, word: str) -> None:
    def text(name: str, value: str) -> str:
        return "".join(f'{name}.{code} = "{value} {code}"\n' for code in languages)

    def listed(name: str) -> str:
        def items(code: str) -> str:
            return ", ".join(f'"{word} {n} {code}"' for n in range(lines))

        return "".join(f"{name}.{code} = [{items(code)}]\n" for code in languages)

    doc = (f'id = "any"\nlanguage = "{languages[0]}"\n' + text("title", word)
           + 'category = "mixed"\ndifficulty = "gentle"\n'
           + "".join("\n[[exercise]]\n" + text("name", word) + 'kind = "hold"\nhold_s = 10\n'
                     + listed("instructions") for _ in range(exercises)))
    routine = load(doc)
    assert set(routine.languages) == set(languages)
    again = load(routine_to_toml(routine))
    for code in languages:
        assert again.in_language(code) == routine.in_language(code)


@given(st.sampled_from(["title.de", "name.de", "instructions.de", "description.de"]),
       st.sampled_from(['""', "5", "[]", '["x"]', "true", '{ a = "b" }', '" "']))
def test_any_mangled_translation_is_refused_with_a_message(key: str, value: str) -> None:
    line = next(line for line in TWO.splitlines() if line.startswith(key + " "))
    try:
        routine = load(TWO.replace(line, f"{key} = {value}"))
    except RoutineError as exc:
        assert exc.problems and all(p.startswith("two.toml") for p in exc.problems)
    else:  # a value that happens to be fine for that field
        assert "de" in routine.languages


LINES = st.lists(WORDS, max_size=3).map(tuple)


@given(st.lists(st.tuples(st.integers(0, 2), WORDS, LINES, LINES), min_size=1, max_size=4),
       st.sampled_from(["en", "de"]), st.none() | WORDS)
def test_any_edit_in_one_language_keeps_it_exactly_and_every_language_in_the_file(
        picks: list[tuple[int, str, tuple[str, ...], tuple[str, ...]]], language: str,
        description: str | None) -> None:
    shown = load(TWO + '\n[[exercise]]\nname.en = "Bridge"\nname.de = "Brücke"\n'
                 'kind = "hold"\nhold_s = 20\n').in_language(language)
    made = (*shown.exercises, Exercise("", Hold(hold_s=5)))
    exercises = tuple(
        replace(made[which], name=name if which == 2 else made[which].name,
                instructions=instructions if which == 2 else made[which].instructions,
                cues=cues)
        for which, name, instructions, cues in picks)
    edited = replace(shown, exercises=exercises, description=description or "")
    back = load(routine_to_toml(edited))
    assert back.languages == ("en", "de")
    again = back.in_language(language)
    assert again.title == edited.title and again.description == edited.description
    assert [(x.name, x.instructions, x.cues) for x in again.exercises] == [
        (x.name, x.instructions, x.cues) for x in edited.exercises]


def test_check_routine_names_the_languages_and_each_problem_plainly(tmp_path: Path) -> None:
    import io

    from backcare_desktop.check_routines import check_routine_files

    (tmp_path / "two.toml").write_text(TWO, encoding="utf-8")
    (tmp_path / "bad.toml").write_text(
        TWO.replace('title.de = "Fein"', 'title.fr = "Fin"')
        .replace('instructions.de = ["Eins.", "Zwei."]', 'instructions.de = ["Eins.", 2]'),
        encoding="utf-8")
    out = io.StringIO()
    status = check_routine_files([str(tmp_path / "two.toml"), str(tmp_path / "bad.toml")], out)
    assert status == 1
    assert out.getvalue().splitlines() == [
        'two.toml: ok, "Fine", 1 exercise, 25 s, in en de',
        'bad.toml: title.fr: "fr" is not a language BackCare knows; it may be one of: '
        "en, de, es",
    ]
    out = io.StringIO()
    (tmp_path / "bad.toml").write_text(
        TWO.replace('instructions.de = ["Eins.", "Zwei."]', 'instructions.de = ["Eins.", 2]'),
        encoding="utf-8")
    assert check_routine_files([str(tmp_path / "bad.toml")], out) == 1
    assert out.getvalue().splitlines() == [
        'bad.toml (in de): exercise 1 "Brett": instructions line 2 is 2, not text; each '
        "line is text in quotes",
    ]


def test_a_new_routine_is_in_the_shown_language_and_a_copy_keeps_every_language(
        tmp_path: Path) -> None:
    (tmp_path / "two.toml").write_text(TWO, encoding="utf-8")
    empty = tmp_path / "none"
    empty.mkdir()
    german = RoutineCollection(tmp_path, FakePrefs(), empty, language="de")
    assert german.new_routine().language == "de"
    two = german.get("two")
    assert two is not None and two.title == "Fein"
    copy = german.duplicate(two)
    assert copy.title == "Fein (my copy)"  # as written here; translated in the app
    again = german.get(copy.id)
    assert again is not None and again.languages == ("en", "de")
    assert again.title == "Fein (my copy)" and again.in_language("en").title == "Fine"
