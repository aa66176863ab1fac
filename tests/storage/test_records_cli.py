"""``--import FILE`` and ``--export FOLDER``: no window, no Qt, the window's checks and
messages, exit 1 with the reasons on stderr, exit 0 with one line on stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backcare_desktop import app, cli
from backcare_desktop.storage import database, transfer
from backcare_desktop.storage.repository import Repository
from backcare_desktop.transfer_cli import FolderLock

from .conftest import NOW
from .test_transfer import fill, numbered

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = app.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def exported_file(repo: Repository, tmp_path: Path) -> Path:
    fill(repo)
    folder = transfer.export_to_folder(tmp_path, transfer.read_records(repo), NOW, "1.0")
    return folder / transfer.JSON_NAME


def test_import_into_a_new_data_folder_then_again(repo, tmp_path, capsys) -> None:
    source = exported_file(repo, tmp_path)
    data = tmp_path / "new-laptop"
    code, out, err = run("--data-dir", str(data), "--import", str(source), capsys=capsys)
    assert (code, err) == (0, "")
    assert out == (f"Imported {source} into {data}: added 2 sessions, 3 pain entries, "
                   "2 drinks; 1 setting taken from the file.\n")
    code, out, err = run("--data-dir", str(data), "--import", str(source), capsys=capsys)
    assert code == 0 and "7 records were already there and skipped" in out
    assert len(out.splitlines()) == 1
    new = Repository(database.connect(data / "backcare.sqlite3"), data / "backcare.sqlite3")
    try:
        assert numbered(transfer.read_records(new)) == numbered(transfer.read_records(repo))
    finally:
        new.close()
    assert not (data / "backcare.lock").exists()


def test_a_refused_file_changes_nothing_and_says_why_on_stderr(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "backcare-records", "version": 1, "water": [
        {"time": "9999-12-31T23:59:59-12:00", "amount_ml": 250},
        {"time": "2026-01-01T09:00:00+01:00", "amount_ml": 0}]}))
    data = tmp_path / "data"
    code, out, err = run("--data-dir", str(data), "--import", str(bad), capsys=capsys)
    assert (code, out) == (1, "")
    with pytest.raises(transfer.ImportProblem) as caught:
        transfer.read_export(bad)
    assert err.splitlines() == [f"backcare-desktop: {bad} was not imported; nothing was "
                                "changed.", *(f"  {p}" for p in caught.value.problems)]
    assert not (data / "backcare.sqlite3").exists()


@pytest.mark.parametrize("make", ["fifo", "folder", "missing", "utf16", "deep"])
def test_hostile_files_are_refused_plainly(tmp_path, capsys, make) -> None:
    path = tmp_path / "in.json"
    if make == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)
    elif make == "folder":
        path.mkdir()
    elif make == "utf16":
        path.write_text('{"format": "backcare-records"}', encoding="utf-16")
    elif make == "deep":
        path.write_text('{"format": "backcare-records", "version": 1, "water": ['
                        + "[" * 500_000)
    code, out, err = run("--data-dir", str(tmp_path / "d"), "--import", str(path),
                         capsys=capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"backcare-desktop: {path} was not imported; nothing was changed.")
    assert "Traceback" not in err and len(err.splitlines()) == 2


def test_export_writes_a_folder_that_imports_elsewhere(repo, tmp_path, capsys) -> None:
    fill(repo)
    data = repo.path.parent
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    repo.close()
    code, out, err = run("--data-dir", str(data), "--export", str(out_dir), capsys=capsys)
    assert (code, err) == (0, "")
    [folder] = out_dir.iterdir()
    assert out == f"Exported 2 sessions, 3 pain entries, 2 drinks to {folder}.\n"
    assert transfer.read_export(folder / transfer.JSON_NAME).counts() == {
        "sessions": 2, "pain entries": 3, "drinks": 2}


def test_export_names_the_records_the_json_file_left_out(repo, tmp_path, capsys) -> None:
    fill(repo)
    repo.add_water(250, NOW.replace(year=1965))
    data = repo.path.parent
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    repo.close()
    code, out, err = run("--data-dir", str(data), "--export", str(out_dir), capsys=capsys)
    assert (code, err) == (0, "")
    [folder] = out_dir.iterdir()
    lines = out.splitlines()
    assert lines[0] == f"Exported 2 sessions, 3 pain entries, 3 drinks to {folder}."
    assert lines[1].startswith("1 record could not go into backcare-records.json as stored")
    assert lines[2].startswith("  drink of 1965-11-24T10:30:00+01:00: ")
    assert "from 1970 to 2100" in lines[2] and len(lines) == 3
    assert transfer.read_export(folder / transfer.JSON_NAME).counts()["drinks"] == 2


def test_export_refuses_plainly(tmp_path, capsys) -> None:
    code, _, err = run("--data-dir", str(tmp_path / "none"), "--export", str(tmp_path),
                       capsys=capsys)
    assert code == 1 and "There are no BackCare records in" in err
    code, _, err = run("--data-dir", str(tmp_path), "--export", str(tmp_path / "nowhere"),
                       capsys=capsys)
    assert code == 1 and "is not a folder; nothing was exported" in err


def test_both_commands_wait_for_a_running_backcare(repo, tmp_path, capsys) -> None:
    source = exported_file(repo, tmp_path)
    data = tmp_path / "in-use"
    data.mkdir()
    lock = FolderLock(data / "backcare.lock")
    assert lock.acquire()
    try:
        for option, value in (("--import", source), ("--export", tmp_path)):
            (data / "backcare.sqlite3").touch()
            code, out, err = run("--data-dir", str(data), option, str(value), capsys=capsys)
            assert (code, out) == (1, "")
            assert f"BackCare is running with the data folder {data}" in err
    finally:
        lock.release()
    assert not (data / "backcare.lock").exists()


def test_a_lock_left_by_a_process_that_is_gone_is_taken_over(tmp_path) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    path = tmp_path / "backcare.lock"
    path.write_text(f"{ended.stdout.strip()}\npython3\n{os.uname().nodename}\n\n\n")
    lock = FolderLock(path)
    assert lock.acquire()
    assert path.read_text().split("\n")[0] == str(os.getpid())
    other = FolderLock(path)
    assert not other.acquire()  # held now, by this process's lock
    lock.release()
    assert other.acquire()
    other.release()


def test_the_help_tells_both_commands_and_they_exclude_each_other(capsys) -> None:
    text = cli.build_parser().format_help()
    assert "--import FILE" in text and "--export FOLDER" in text
    assert "the window does not open" in text
    with pytest.raises(SystemExit) as caught:
        cli.parse_args(["--import", "a.json", "--export", "b"])
    assert caught.value.code == 2
    capsys.readouterr()


def test_the_commands_import_no_qt_and_need_no_display(repo, tmp_path) -> None:
    source = exported_file(repo, tmp_path)
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    probe = ("import sys; from backcare_desktop.app import main; code = main(sys.argv[1:]); "
             "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')));"
             "print('qt:', qt); sys.exit(code)")
    for args in (["--import", str(source)], ["--export", str(tmp_path)]):
        done = subprocess.run([sys.executable, "-c", probe, "--data-dir",
                               str(tmp_path / "cli-data"), *args],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[-1] == "qt: []"
        assert done.stderr == ""
