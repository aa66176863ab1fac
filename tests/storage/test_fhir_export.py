"""``--export-fhir FILE.json [--from DATE] [--to DATE]`` and the storage under it:
no window, no Qt; the range by each record's own day; a new 0600 file, whole or
not there; a plain message for every bad input."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from backcare_desktop import app
from backcare_desktop.core.progress.fhir import LOINC_NOTICE
from backcare_desktop.storage import fhir_export
from backcare_desktop.storage.repository import Repository
from backcare_desktop.transfer_cli import FolderLock

from ..disks import fill as fill_disk
from ..disks import read_only, small_disk
from .conftest import NOW
from .test_transfer import fill

ROOT = Path(__file__).resolve().parents[2]
Bundle = pytest.importorskip("fhir.resources.bundle").Bundle


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = app.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def filled(repo: Repository) -> Path:
    """The data folder of ``repo`` with ``fill``'s records, closed for the command."""
    fill(repo)
    repo.close()
    return repo.path.parent


def kinds(path: Path) -> list[str]:
    bundle = json.loads(path.read_text(encoding="utf-8"))
    Bundle.parse_obj(bundle)
    return [e["resource"]["resourceType"] for e in bundle["entry"]]


def test_everything_by_default_in_a_new_private_file(repo, tmp_path, capsys) -> None:
    data = filled(repo)
    target = tmp_path / "record.json"
    code, out, err = run("--data-dir", str(data), "--export-fhir", str(target), capsys=capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Wrote 2 sessions, 3 pain entries (all records) to {target} as an HL7 FHIR R4 "
        "Bundle.", f"Pain levels are coded with LOINC. {LOINC_NOTICE}"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert kinds(target) == ["Patient", "Procedure", "Procedure", "Observation",
                             "Observation", "Observation"]
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
    assert not (data / "backcare.lock").exists()


def test_a_range_keeps_each_record_by_its_own_day(repo, tmp_path, capsys) -> None:
    data = filled(repo)
    target = tmp_path / "june.json"
    code, out, err = run("--data-dir", str(data), "--export-fhir", str(target),
                         "--from", "2026-06-01", "--to", "2026-06-01", capsys=capsys)
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote 1 session, 2 pain entries (2026-06-01) to {target}")
    bundle = json.loads(target.read_text(encoding="utf-8"))
    times = [e["resource"].get("effectiveDateTime") for e in bundle["entry"]]
    assert times[2:] == ["2026-06-01T09:00:00+02:00", "2026-06-01T09:11:00+02:00"]
    # The session of 20 November, 21:00 in New York, is the 21st in UTC but the 20th there.
    target = tmp_path / "november.json"
    code, out, err = run("--data-dir", str(data), "--export-fhir", str(target),
                         "--from", "2026-11-20", "--to", "2026-11-20", capsys=capsys)
    assert code == 0 and kinds(target) == ["Patient", "Procedure"]


def test_the_patient_is_the_same_in_every_export_of_a_folder(repo, tmp_path, capsys) -> None:
    data = filled(repo)
    ids = []
    for name in ("one.json", "two.json"):
        assert run("--data-dir", str(data), "--export-fhir", str(tmp_path / name),
                   capsys=capsys)[0] == 0
        bundle = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        patient = bundle["entry"][0]["resource"]
        assert set(patient) == {"resourceType", "id", "meta"}  # no name, no birth date
        ids.append(patient["id"])
    assert ids[0] == ids[1]


@pytest.mark.parametrize(("args", "said"), [
    (("--from", "2026-13-01"), "--from '2026-13-01' is not a date; give the day as "
                               "YYYY-MM-DD, for example 2026-03-01. Nothing was written."),
    (("--to", "1/6/2026"), "--to '1/6/2026' is not a date"),
    (("--from", "2026-6-1"), "--from '2026-6-1' is not a date"),
    (("--from", "2026-06-02", "--to", "2026-06-01"),
     "--from 2026-06-02 is after --to 2026-06-01; nothing was written."),
    (("--from", "2025-01-01", "--to", "2025-12-31"),
     "There are no records between 2025-01-01 and 2025-12-31; nothing was written."),
])
def test_bad_ranges_are_refused_plainly(repo, tmp_path, capsys, args, said) -> None:
    data = filled(repo)
    target = tmp_path / "out.json"
    code, out, err = run("--data-dir", str(data), "--export-fhir", str(target), *args,
                         capsys=capsys)
    assert (code, out) == (1, "")
    assert err.startswith("backcare-desktop: ") and said in err
    assert len(err.splitlines()) == 1
    assert not target.exists()


def test_an_existing_file_is_never_replaced(repo, tmp_path, capsys) -> None:
    data = filled(repo)
    target = tmp_path / "out.json"
    target.write_text("mine")
    code, out, err = run("--data-dir", str(data), "--export-fhir", str(target), capsys=capsys)
    assert (code, out) == (1, "")
    assert f"{target} already exists, and BackCare never replaces a file" in err
    assert target.read_text() == "mine"
    with pytest.raises(FileExistsError):
        fhir_export.write_new_file(target, b"{}")
    assert target.read_text() == "mine"


def test_a_missing_folder_or_no_records_are_said_plainly(repo, tmp_path, capsys) -> None:
    data = filled(repo)
    code, _, err = run("--data-dir", str(data), "--export-fhir",
                       str(tmp_path / "nowhere" / "out.json"), capsys=capsys)
    assert code == 1 and f"{tmp_path / 'nowhere'} is not a folder; nothing was written." in err
    code, _, err = run("--data-dir", str(data), "--export-fhir", str(tmp_path), capsys=capsys)
    assert code == 1 and f"{tmp_path} is a folder; give the name of a new file" in err
    code, _, err = run("--data-dir", str(tmp_path / "none"), "--export-fhir",
                       str(tmp_path / "out.json"), capsys=capsys)
    assert code == 1 and "There are no BackCare records in" in err


def test_a_running_backcare_keeps_the_folder(repo, tmp_path, capsys) -> None:
    data = filled(repo)
    lock = FolderLock(data / "backcare.lock")
    assert lock.acquire()
    try:
        code, out, err = run("--data-dir", str(data), "--export-fhir",
                             str(tmp_path / "out.json"), capsys=capsys)
    finally:
        lock.release()
    assert (code, out) == (1, "")
    assert f"BackCare is running with the data folder {data}" in err
    assert not (tmp_path / "out.json").exists()


def test_an_unwritable_folder(repo, tmp_path, capsys) -> None:
    data = filled(repo)
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        code, out, err = run("--data-dir", str(data), "--export-fhir",
                             str(folder / "out.json"), capsys=capsys)
    assert (code, out) == (1, "")
    assert f"BackCare could not write {folder / 'out.json'}: Read-only file system. " \
           "Nothing was written." in err
    assert list(folder.iterdir()) == []


def test_a_full_disk_leaves_no_half_file(repo, tmp_path, capsys) -> None:
    for n in range(300):  # a Bundle larger than what is left on the disk
        repo.add_pain(n % 11, NOW.replace(minute=n % 60, hour=n // 60 % 24),
                      note="x" * 400)
    data = filled(repo)
    with small_disk(tmp_path / "usb", 256) as usb:
        filler = fill_disk(usb)
        os.truncate(filler, max(0, filler.stat().st_size - 16 * 1024))  # 16 KiB left
        code, out, err = run("--data-dir", str(data), "--export-fhir", str(usb / "out.json"),
                             capsys=capsys)
        assert (code, out) == (1, "")
        assert f"BackCare could not write {usb / 'out.json'}: No space left on device. " \
               "Nothing was written." in err
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]


def test_the_command_needs_no_display_and_imports_no_qt(repo, tmp_path) -> None:
    data = filled(repo)
    target = tmp_path / "out.json"
    code = ("import sys\nfrom backcare_desktop import app\n"
            f"status = app.main(['--data-dir', {str(data)!r}, '--export-fhir', "
            f"{str(target)!r}])\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
            "sys.exit(status)\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = ""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert target.exists()


def test_the_help_names_the_option(capsys) -> None:
    with pytest.raises(SystemExit):
        app.main(["--help"])
    out = capsys.readouterr().out
    assert "--export-fhir FILE.json" in out and "--from DATE" in out


class _Peg:
    """A stand-in for a weekly PEG answer (the real one comes with the weekly score)."""

    def __init__(self, answered, pain, enjoyment, activity) -> None:
        self.answered, self.pain = answered, pain
        self.enjoyment, self.activity = enjoyment, activity


def test_stored_weekly_scores_of_the_range_go_in(repo, tmp_path, capsys, monkeypatch) -> None:
    answers = [_Peg(NOW.replace(month=6, day=2), 5, 4, 6), _Peg(NOW, 3, 3, 2)]
    monkeypatch.setattr(fhir_export, "stored_peg_answers",
                        lambda _repo, _first, _last: answers)
    data = filled(repo)
    target = tmp_path / "june.json"
    code, out, err = run("--data-dir", str(data), "--export-fhir", str(target),
                         "--from", "2026-06-01", "--to", "2026-06-30", capsys=capsys)
    assert (code, err) == (0, "")
    assert out.startswith("Wrote 1 session, 2 pain entries, 1 weekly score (2026-06-01 to "
                          "2026-06-30)")
    assert kinds(target)[-2:] == ["Questionnaire", "QuestionnaireResponse"]


def test_the_weekly_answers_stored_go_with_the_records(repo, tmp_path, capsys) -> None:
    repo.add_peg_answer(NOW, 6, 5, 4)
    data = filled(repo)
    target = tmp_path / "record.json"
    code, _out, err = run("--data-dir", str(data), "--export-fhir", str(target), capsys=capsys)
    assert (code, err) == (0, "")
    assert kinds(target).count("Questionnaire") == 1
    bundle = json.loads(target.read_text(encoding="utf-8"))
    (response,) = [e["resource"] for e in bundle["entry"]
                   if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    assert [item["answer"][0]["valueInteger"] for item in response["item"]] == [6, 5, 4]
