"""The progress report and the programme sheet, read as a reader would: opened
with poppler's ``pdfinfo`` and ``pdftotext``, from a test database."""

from __future__ import annotations

import errno
import itertools
import os
import re
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from backcare_desktop.core.programme.plan import Slot, WeeklyPlan
from backcare_desktop.core.routines.library import builtin_dir, load_folder
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.core.vocabulary import PainArea, PainMoment, SessionState, StepOutcome
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage import database
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.progress import pdf_pages, report_make
from backcare_desktop.ui.progress.pdf_pages import WriteRefused, write_new_file
from backcare_desktop.ui.progress.programme_pdf import programme_pdf
from tests.desktop_services import need

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
TZ = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 24)


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


def routines() -> dict[str, Routine]:
    return {r.id: r for _n, r in load_folder(builtin_dir(), builtin=True).loaded}


def fill(repo: Repository, today: date) -> None:
    """Two weeks: pain easing from 6 to 3, four sessions with pain before and after,
    one stopped because it hurt at Leg raise, a note, drinks, a plan with a lost routine."""
    first = today - timedelta(days=13)
    for n in range(14):
        day = first + timedelta(days=n)
        repo.add_pain(6 if n < 7 else 3, at(day, 9), area=PainArea.LOWER_BACK,
                      note="long drive" if n == 3 else "")
        repo.add_water(1500 if n % 2 else 2200, at(day, 10))
    for n in (1, 4, 8, 11):
        day = first + timedelta(days=n)
        sid = repo.start_session("core-stability", "Core stability", 600, at(day, 17))
        repo.add_pain(5, at(day, 17), session_id=sid, moment=PainMoment.BEFORE)
        repo.record_step(sid, 0, "Bridge", StepOutcome.COMPLETED, 2, 10, 60, at(day, 17))
        repo.record_step(sid, 1, "Plank", StepOutcome.SKIPPED if n == 4 else
                         StepOutcome.COMPLETED, 1, 0, 20, at(day, 17))
        repo.finish_session(sid, SessionState.FINISHED, at(day, 18), 500)
        repo.add_pain(3, at(day, 18), session_id=sid, moment=PainMoment.AFTER)
    day = first + timedelta(days=12)
    sid = repo.start_session("core-stability", "Core stability", 600, at(day, 17))
    repo.add_pain(4, at(day, 17), session_id=sid, moment=PainMoment.BEFORE)
    repo.record_step(sid, 0, "Leg raise", StepOutcome.HURT, 0, 3, 12, at(day, 17))
    repo.finish_session(sid, SessionState.STOPPED, at(day, 17), 12, stop_reason="hurt")
    repo.add_pain(8, at(day, 17), session_id=sid, moment=PainMoment.HURT)
    repo.save_plan(WeeklyPlan((Slot(0, "08:00", "core-stability"),
                               Slot(3, "18:30", "deleted-since"))), first - timedelta(days=7))


def pdf_text(path: Path, *args: str) -> str:
    tool = need("pdftotext", "poppler-utils")
    return subprocess.run([tool, *args, str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def pdf_info(path: Path) -> dict[str, str]:
    tool = need("pdfinfo", "poppler-utils")
    out = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def assert_nothing_cut(path: Path) -> None:
    """Every word lies inside its page, clear of the edges, and no two words on a
    line run into each other (a cell too narrow for its text)."""
    html = pdf_text(path, "-bbox")
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    assert pages
    for width, height, body in pages:
        words = [(float(x0), float(y0), float(x1), float(y1), word) for x0, y0, x1, y1, word
                 in re.findall(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)"'
                               r' yMax="([\d.-]+)">(.*?)</word>', body)]
        for x0, y0, x1, y1, word in words:
            assert x0 >= 20 and x1 <= float(width) - 20, word
            assert y0 >= 20 and y1 <= float(height) - 10, word
        words.sort(key=lambda w: (round(w[1]), w[0]))
        for a, b in itertools.pairwise(words):
            if abs(a[1] - b[1]) < 1 and abs(a[3] - b[3]) < 1:
                assert b[0] >= a[2] - 0.5, (a[4], b[4])


def fonts_embedded(path: Path) -> None:
    tool = need("pdffonts", "poppler-utils")
    lines = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True,
                           timeout=60).stdout.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines), lines


def test_the_report_reads_right(repo: Repository, tmp_path: Path) -> None:
    fill(repo, TODAY)
    first = TODAY - timedelta(days=13)
    made = report_make.make_report(repo, routines(), first, TODAY, TODAY, name="Alex Example",
                                   locale=QLocale(QLocale.Language.English,
                                                  QLocale.Country.UnitedKingdom))
    target = tmp_path / "report.pdf"
    write_new_file(target, made.pdf)
    assert target.stat().st_mode & 0o777 == 0o600
    info = pdf_info(target)
    assert "A4" in info["Page size"]
    pages = int(info["Pages"])
    assert pages >= 2
    text = pdf_text(target, "-layout")
    flat = " ".join(text.split())
    assert "Alex Example" in flat
    assert "Period: 11 November 2026 to 24 November 2026 (14 days)" in flat
    assert "Self-reported by the person; not a diagnosis." in flat
    # the first three days' averages (6, (6+5+3)/3, 6) against the last three's
    # ((3+5+3)/3, (3+4+8)/3, 3): the pain before and after sessions counts too
    assert "Pain eased: the daily average went from 5.6 to 3.9 out of 10" in flat
    assert "Pain was logged on 14 of 14 days; the worst was 8." in flat
    assert "2.0 finished sessions a week on average (4 in all)." in flat
    assert "4 sessions were planned; 4 were done in the same weeks." in flat
    # before: 5 four times and 4 once; after: 3 four times and 8 (stopped: it hurt)
    assert "pain averaged 4.8 before and 4.0 after (5 sessions with both)" in flat
    assert "No weekly score recorded." in flat
    assert "1 session stopped because it hurt." in flat
    assert f"page 1 of {pages}" in flat and f"page {pages} of {pages}" in flat
    page_one = text.split("\f")[0]
    assert "Pain, 0–10" in page_one and "Finished sessions per week" in page_one
    assert "Weekly score (PEG, 0–10)" in page_one
    assert re.search(r"Leg raise\s+0\s+0\s+1\s+it hurt: 23 Nov 2026", text)
    assert re.search(r"Plank\s+3\s+1\s+0\s+skipped: 15 Nov 2026", text)
    assert "long drive" in flat and "Lower back" in flat
    assert "deleted-since" in flat and "This routine was deleted or cannot be read." in flat
    assert "Bridge" in flat and "10 reps: move 2 s, hold 2 s, return 2 s · twice" in flat
    assert "On average 1,850 ml a day against a goal of 2,000 ml" in flat
    assert_nothing_cut(target)
    fonts_embedded(target)


def test_letter_paper_in_the_united_states(repo: Repository, tmp_path: Path) -> None:
    made = report_make.make_report(repo, {}, TODAY, TODAY, TODAY,
                                   locale=QLocale(QLocale.Language.English,
                                                  QLocale.Country.UnitedStates))
    target = tmp_path / "letter.pdf"
    target.write_bytes(made.pdf)
    assert "letter" in pdf_info(target)["Page size"].lower()


@pytest.mark.parametrize("days", [1, 0])
def test_a_report_with_nothing_in_it_says_so(repo: Repository, tmp_path: Path,
                                            days: int) -> None:
    first = TODAY - timedelta(days=days)
    target = tmp_path / "empty.pdf"
    target.write_bytes(report_make.make_report(repo, {}, first, TODAY, TODAY).pdf)
    flat = " ".join(pdf_text(target).split())
    assert "No pain was logged in this period." in flat
    assert "No session was finished in this period." in flat
    assert "No weekly score recorded." in flat
    assert "No drink was logged in this period." in flat
    assert "No weekly plan is set." in flat
    assert_nothing_cut(target)


def test_ten_years_make_a_whole_report(tmp_path: Path) -> None:
    from decade import build  # benchmarks/decade.py

    db = tmp_path / "backcare.sqlite3"
    conn = database.open_database(db, tmp_path / "backups", at(TODAY, 12))
    build(conn, TODAY, years=10, sessions=5000)
    repo = Repository(conn, db)
    try:
        first = TODAY - timedelta(days=3652)
        made = report_make.make_report(repo, routines(), first, TODAY, TODAY)
    finally:
        repo.close()
    target = tmp_path / "decade.pdf"
    target.write_bytes(made.pdf)
    info = pdf_info(target)
    assert int(info["Pages"]) >= 3
    flat = " ".join(pdf_text(target).split())
    assert "(3653 days)" in flat
    assert "Pain eased" in flat
    assert made.report.sessions > 4000
    assert_nothing_cut(target)


def test_the_programme_sheet(tmp_path: Path) -> None:
    plan = WeeklyPlan((Slot(0, "08:00", "core-stability"), Slot(2, "08:00", "flexibility"),
                       Slot(4, "08:00", "deleted-since")))
    target = tmp_path / "programme.pdf"
    write_new_file(target, programme_pdf(plan, routines()))
    info = pdf_info(target)
    assert int(info["Pages"]) == 2  # a page each; the lost routine's line needs none
    flat = " ".join(pdf_text(target).split())
    stability = routines()["core-stability"]
    for exercise in stability.exercises:
        assert exercise.name in flat
    assert "When: Monday 08:00" in flat
    assert "hold 20 s, 3 times" in flat  # the plank's dose
    assert stability.safety[0] in flat
    assert "This routine was deleted or cannot be read" in flat
    assert_nothing_cut(target)
    fonts_embedded(target)


def test_no_plan_gives_a_sheet_that_says_so(tmp_path: Path) -> None:
    target = tmp_path / "none.pdf"
    target.write_bytes(programme_pdf(WeeklyPlan(), routines()))
    assert "No weekly plan is set" in pdf_text(target)


# -- writing the file ------------------------------------------------------------------------

def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "there.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(WriteRefused, match=r"there\.pdf is already there"):
        write_new_file(target, b"%PDF-")
    assert target.read_bytes() == b"mine"


def test_an_unwritable_folder_gives_a_plain_message(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object) -> int:  # as a read-only folder answers, even for root
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(pdf_pages.os, "open", refused)
    with pytest.raises(WriteRefused, match=f"cannot write into {tmp_path}: Permission denied"):
        write_new_file(tmp_path / "r.pdf", b"%PDF-")
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_leaves_no_half_file(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    calls: list[int] = []

    def full(fd: int, data: bytes | memoryview) -> int:
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data)[:10])

    monkeypatch.setattr(pdf_pages.os, "write", full)
    with pytest.raises(WriteRefused, match=r"No space left on device\. Nothing was left behind"):
        write_new_file(tmp_path / "r.pdf", b"%PDF-" + b"x" * 100)
    assert list(tmp_path.iterdir()) == []


# -- the command line ------------------------------------------------------------------------

def command(paths: AppPaths, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "backcare_desktop", "--data-dir",
                           str(paths.data_dir), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env=env)


def test_the_command_line_writes_the_report_and_the_sheet(paths: AppPaths,
                                                          tmp_path: Path) -> None:
    today = datetime.now().astimezone().date()
    paths.data_dir.mkdir(parents=True, mode=0o700)
    conn = database.open_database(paths.database, paths.backups, datetime.now().astimezone())
    repo = Repository(conn, paths.database)
    fill(repo, today)
    repo.close()
    first = today - timedelta(days=13)
    target = tmp_path / "out.pdf"
    done = command(paths, "--report", str(target), "--from", first.isoformat(),
                   "--to", today.isoformat())
    assert done.returncode == 0, done.stderr
    assert done.stdout == (f"Wrote the progress report for {first} to {today} "
                           f"to {target}.\n")
    assert target.stat().st_mode & 0o777 == 0o600
    assert "the daily average went from 5.6 to 3.9" in " ".join(pdf_text(target).split())

    again = command(paths, "--report", str(target))
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr == (f"backcare-desktop: {target} is already there; it was left as it "
                            "is. Give a new file name.\n")

    # The last report ended today: the next one, made today, covers eight weeks again.
    nxt = tmp_path / "next.pdf"
    done = command(paths, "--report", str(nxt))
    assert done.returncode == 0, done.stderr
    assert f"for {today - timedelta(days=55)} to {today} to" in done.stdout

    sheet = tmp_path / "sheet.pdf"
    done = command(paths, "--programme", str(sheet))
    assert done.returncode == 0, done.stderr
    assert "Core stability" in pdf_text(sheet)


def test_the_command_line_refuses_bad_input_plainly(paths: AppPaths, tmp_path: Path) -> None:
    paths.data_dir.mkdir(parents=True, mode=0o700)
    target = tmp_path / "r.pdf"
    done = command(paths, "--report", str(target))
    assert done.returncode == 1
    assert "There are no BackCare records in" in done.stderr
    conn = database.open_database(paths.database, paths.backups, datetime.now().astimezone())
    conn.close()
    done = command(paths, "--report", str(target), "--from", "2026-13-01")
    assert done.stderr == ("backcare-desktop: --from '2026-13-01' is not a date; give the day "
                           "as YYYY-MM-DD, for example 2026-03-01. Nothing was written.\n")
    done = command(paths, "--report", str(target), "--from", "2026-11-02", "--to", "2026-11-01")
    assert done.stderr == ("backcare-desktop: The period ends (2026-11-01) before it starts "
                           "(2026-11-02); nothing was written.\n")
    done = command(paths, "--report", str(target), "--programme", str(target))
    assert done.stderr == "backcare-desktop: Give --report or --programme, one at a time.\n"
    done = command(paths, "--report", str(tmp_path / "no" / "r.pdf"))
    assert done.returncode == 1 and "is not there; nothing was written" in done.stderr
    assert not target.exists()


def test_the_weekly_scores_stored_are_in_the_report(repo: Repository, tmp_path: Path) -> None:
    zone = timezone(timedelta(hours=1))
    repo.add_peg_answer(datetime.combine(TODAY - timedelta(days=10), datetime.min.time(),
                                         zone).replace(hour=18), 7, 6, 6)
    repo.add_peg_answer(datetime.combine(TODAY - timedelta(days=3), datetime.min.time(),
                                         zone).replace(hour=18), 4, 3, 3)
    made = report_make.make_report(repo, routines(), TODAY - timedelta(days=13), TODAY, TODAY)
    target = tmp_path / "report.pdf"
    write_new_file(target, made.pdf)
    flat = " ".join(pdf_text(target, "-layout").split())
    assert "Weekly score (PEG, 0–10): 6.3 in the first week answered, 3.3 in the last." in flat
    assert "No weekly score recorded." not in flat
