"""Every text the person sees is translatable, found by lupdate, and translated.

The rules the code keeps (docs/translations.md):

* ``QCoreApplication.translate`` gets its context and text written out, and
  no count: ``pyside6-lupdate`` cannot read anything else and would silently
  file the text wrongly or not at all;
* a counted phrase goes through a function named ``tr`` (``ui.shell.i18n.tr``,
  core's ``Translate``) or ``self.tr``, with its text written out;
* a string literal handed to something that shows it (``setText``, ``QLabel``,
  a message box, ``drawText``, ...) is translated.

And the files: each .ts is up to date with the source (nothing new, nothing
vanished or obsolete), complete (nothing unfinished, every plural form), keeps
the source's placeholders, and each .qm is the compiled .ts.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "backcare_desktop"
sys.path.insert(0, str(ROOT / "scripts"))
import translations as build  # noqa: E402

TRANSLATED = ("de", "es")
WRAPPER = "backcare_desktop/ui/shell/i18n.py"  # tr() itself: the one wrapper lupdate knows

# Calls that show their string arguments: name -> which positional arguments.
SHOWS: dict[str, tuple[int, ...]] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,),
    "setWhatsThis": (0,), "setPlaceholderText": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "addAction": (0,), "addMenu": (0,), "addTab": (1,),
    "insertTab": (2,), "addItem": (0,), "insertItem": (1,), "setTabText": (1,),
    "setTitle": (0,), "setLabelText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setSpecialValueText": (0,), "setInformativeText": (0,), "setDetailedText": (0,),
    "showMessage": (0, 1), "setButtonText": (1,), "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,), "addRow": (0,),
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": (0,), "QMenu": (0,), "QCommandLinkButton": (0, 1),
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
    "about": (1, 2), "getSaveFileName": (1, 3), "getOpenFileName": (1, 3),
    "getExistingDirectory": (1,), "getText": (1, 2), "getInt": (1, 2), "getItem": (1, 2),
    "drawText": (1, 2, 3), "setLabel": (1,), "notify": (0, 1),
}
SHOWS_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "body", "caption"}
# Written the same in every language BackCare speaks.
UNTRANSLATED = {"BackCare", "BackCare Desktop", "PEG", "FHIR", "PDF", "CSV", "JSON", "TOML",
                "LOINC", "Ctrl+,", "OK"}
WORDS = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Marked:
    file: str
    line: int
    context: str | None  # None: the class's (self.tr)
    source: str
    counted: bool


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _is_translate(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate" and (
        isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication")


def _is_tr(func: ast.AST) -> bool:
    return (isinstance(func, ast.Name) and func.id == "tr") or (
        isinstance(func, ast.Attribute) and func.attr == "tr"
        and isinstance(func.value, ast.Name) and func.value.id == "self")


def _scan() -> tuple[list[Marked], list[str]]:
    """Every marked text in the package, and every marking lupdate cannot read."""
    marked: list[Marked] = []
    wrong: list[str] = []
    for path in _modules():
        rel = str(path.relative_to(ROOT))
        if rel == WRAPPER:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes: dict[ast.AST, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    classes.setdefault(inner, node.name) if inner is not node else None
            if isinstance(node, ast.Assign | ast.AnnAssign) and _is_translate(
                    node.value if node.value is not None else node):
                wrong.append(f"{rel}:{node.lineno}: QCoreApplication.translate under "
                             "another name is not found by lupdate")
        # A function named tr is the one wrapper lupdate knows (its calls are read
        # as markings); what it calls inside is not a marking.
        inside_tr = {id(inner) for f in ast.walk(tree)
                     if isinstance(f, ast.FunctionDef) and f.name == "tr"
                     for inner in ast.walk(f)}
        # Any other function that only hands its parameter to translate hides
        # its callers' texts from lupdate.
        wrappers = {id(f.body[-1].value) for f in ast.walk(tree)
                    if isinstance(f, ast.FunctionDef) and f.name != "tr"
                    and isinstance(f.body[-1], ast.Return)
                    and isinstance(f.body[-1].value, ast.Call)
                    and _is_translate(f.body[-1].value.func)
                    and len(f.body[-1].value.args) >= 2
                    and isinstance(f.body[-1].value.args[1], ast.Name)
                    and f.body[-1].value.args[1].id in {a.arg for a in f.args.args}}
        in_fstrings = {id(inner) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr)
                       for inner in ast.walk(f)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{rel}:{node.lineno}"
            if id(node) in in_fstrings and (_is_translate(node.func) or _is_tr(node.func)):
                wrong.append(f"{where}: lupdate does not read inside f-strings; translate "
                             "before the f-string")
                continue
            if id(node) in inside_tr:
                continue
            if id(node) in wrappers:
                wrong.append(f"{where}: a wrapper of QCoreApplication.translate hides its "
                             "callers' texts from lupdate")
                continue
            if _is_translate(node.func):
                args = node.args
                texts = [_literal(a) for a in args[:3]]
                if len(args) == 2 and texts[0] is not None and texts[1] is None:
                    continue  # a label marked where it is kept (QT_TRANSLATE_NOOP)
                if node.keywords or len(args) not in (2, 3) or None in texts:
                    wrong.append(f"{where}: QCoreApplication.translate needs its context, "
                                 "text (and disambiguation) written out and no count")
                    continue
                marked.append(Marked(rel, node.lineno, texts[0], texts[1] or "", False))
            elif _is_tr(node.func):
                name = "self.tr" if isinstance(node.func, ast.Attribute) else "tr"
                text = _literal(node.args[0]) if node.args else None
                if text is None or node.keywords or len(node.args) > 3 or (
                        len(node.args) >= 2 and _literal(node.args[1]) is None):
                    wrong.append(f"{where}: {name} needs its text written out, then an "
                                 "optional written disambiguation and count")
                    continue
                context = "" if name == "tr" else None
                if context is None and node not in classes:
                    wrong.append(f"{where}: self.tr outside a class")
                    continue
                marked.append(Marked(rel, node.lineno, context, text, len(node.args) == 3))
            elif isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP":
                texts = [_literal(a) for a in node.args]
                if len(texts) != 2 or None in texts:
                    wrong.append(f"{where}: QT_TRANSLATE_NOOP needs context and text written")
                    continue
                marked.append(Marked(rel, node.lineno, texts[0], texts[1] or "", False))
    return marked, wrong


def _shown_literals(node: ast.AST) -> list[str]:
    """The untranslated words a shown argument writes out."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _shown_literals(node.left) + _shown_literals(node.right)
    if isinstance(node, ast.IfExp):
        return _shown_literals(node.body) + _shown_literals(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return [text for item in node.elts for text in _shown_literals(item)]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("format", "join")):
        return _shown_literals(node.func.value)
    return []


def _needs_words(text: str) -> bool:
    text = re.sub(r"<[^>]*>|&\w+;|\{[^}]*\}", " ", text)
    return text.strip() not in UNTRANSLATED and bool(WORDS.search(text))


def unmarked_shown_texts(root: Path = PACKAGE) -> list[str]:
    """``file:line: "text"`` for each literal shown without translation."""
    found = []
    for path in sorted(p for p in (root / "ui").rglob("*.py") if "__pycache__" not in p.parts):
        rel = str(path.relative_to(root.parent))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else (
                func.id if isinstance(func, ast.Name) else "")
            shown = [node.args[i] for i in SHOWS.get(name, ()) if i < len(node.args)]
            shown += [k.value for k in node.keywords if k.arg in SHOWS_KEYWORDS]
            for arg in shown:
                for text in _shown_literals(arg):
                    if _needs_words(text):
                        found.append(f"{rel}:{node.lineno}: {text[:70]!r}")
    return found


# -- the source ----------------------------------------------------------------


def test_every_marking_is_one_lupdate_reads() -> None:
    _, wrong = _scan()
    assert wrong == [], "\n".join(wrong)


def test_no_shown_text_is_left_untranslated() -> None:
    found = unmarked_shown_texts()
    assert found == [], f"{len(found)} shown texts are not translated:\n" + "\n".join(found)


def test_the_checks_catch_what_they_should(tmp_path: Path) -> None:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "bad.py").write_text(
        "label = QLabel('Start the session')\n"
        "button.setToolTip(f'Pause {name}')\n"
        "box.setText(QCoreApplication.translate('Box', 'Fine'))\n"
        "p.drawText(rect, 0, '%')\n", encoding="utf-8")
    found = unmarked_shown_texts(tmp_path)
    assert [f.split(": ", 1)[1] for f in found] == ["'Start the session'", "'Pause '"]
    assert found[0].startswith(f"{tmp_path.name}/ui/bad.py:1: ")


# -- the files -----------------------------------------------------------------


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def test_lupdate_finds_every_marked_text_where_the_code_looks_for_it() -> None:
    marked, _ = _scan()
    messages = _messages(build.ts_file("de"))
    missing = []
    for m in marked:
        candidates = [k for k in messages if k[1] == m.source
                      and (m.context is None or k[0] == m.context)]
        if not candidates:
            missing.append(f"{m.file}:{m.line}: {m.context!r} {m.source[:60]!r}")
            continue
        if m.counted and not any(messages[k].get("numerus") == "yes" for k in candidates):
            missing.append(f"{m.file}:{m.line}: {m.source[:60]!r} is counted but not plural")
    assert missing == [], "\n".join(missing)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate makes them from the source now."""
    folder = tmp_path_factory.mktemp("ts")
    for language in build.LANGUAGES:
        shutil.copy(build.ts_file(language), folder)
    build.extract(folder)
    return folder


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_each_ts_file_is_up_to_date_with_the_source(fresh: Path, language: str) -> None:
    committed = set(_messages(build.ts_file(language)))
    now = set(_messages(build.ts_file(language, fresh)))
    new, gone = sorted(now - committed), sorted(committed - now)
    assert (new, gone) == ([], []), (
        f"run `python3 scripts/dev.py translations`: {len(new)} new texts, e.g. {new[:3]}, "
        f"{len(gone)} vanished, e.g. {gone[:3]}")


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%n|%\d|</?\w+", text))


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_each_ts_file_is_complete_and_keeps_the_placeholders(language: str) -> None:
    problems = []
    for (context, source, _), message in _messages(build.ts_file(language)).items():
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source[:60]!r}"
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{where} needs 2 plural forms, has {len(forms)}")
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            elif _placeholders(form) != _placeholders(source) and not (
                    message.get("numerus") == "yes"
                    and _placeholders(form.replace("%n", "")) == _placeholders(
                        source.replace("%n", ""))):
                problems.append(f"{where}: placeholders {_placeholders(form)} differ "
                                f"from {_placeholders(source)}")
    assert problems == [], f"{language}: {len(problems)} problems\n" + "\n".join(problems)


def test_each_qm_file_is_the_compiled_ts_file(tmp_path: Path) -> None:
    build.compile_all(out=tmp_path)
    for language in build.LANGUAGES:
        compiled = (tmp_path / f"backcare_{language}.qm").read_bytes()
        shipped = build.QM_DIR / f"backcare_{language}.qm"
        assert shipped.read_bytes() == compiled, (
            f"{shipped.name} is older than its .ts: run `python3 scripts/dev.py translations`")


def test_lupdate_and_lrelease_come_with_pyside6() -> None:
    for name in ("pyside6-lupdate", "pyside6-lrelease"):
        version = subprocess.run([build.tool(name), "-version"], capture_output=True,
                                 text=True, check=True)
        assert "6." in version.stdout + version.stderr
