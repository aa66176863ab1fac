"""``backcare-desktop --report FILE.pdf [--from DATE] [--to DATE]`` and
``--programme FILE.pdf``: the progress report and the programme sheet without
the window.

Qt draws the PDF on its offscreen platform, so no display is needed. The data
folder's lock is respected as for ``--export`` (``transfer_cli``). An existing
file is never overwritten: the command refuses plainly.

Exit status 0 with one line on stdout; 1 with the reason on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TextIO

from backcare_desktop.core.progress.records_file import shown_name
from backcare_desktop.paths import AppPaths, DataFolderError, resolve_paths
from backcare_desktop.transfer_cli import EXIT_FAILED, EXIT_OK, Refused, locked, parse_day


def _make(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> None:
    from backcare_desktop.storage import database
    from backcare_desktop.storage.errors import StorageError
    from backcare_desktop.storage.repository import Repository

    programme = args.programme_file is not None
    if programme and args.report_file is not None:
        raise Refused("Give --report or --programme, one at a time.")
    target = Path(args.programme_file if programme else args.report_file)
    first, last = parse_day(args.from_day, "--from"), parse_day(args.to_day, "--to")
    if programme and (first or last):
        raise Refused("--from and --to go with --report, not with --programme.")
    if target.exists() or target.is_symlink():
        raise Refused(f"{shown_name(target)} is already there; it was left as it is. "
                      "Give a new file name.")
    if not target.parent.is_dir():
        raise Refused(f"The folder {shown_name(target.parent)} is not there; nothing was "
                      "written.")
    if not paths.database.exists():
        raise Refused(f"There are no BackCare records in {shown_name(paths.data_dir)} "
                      f"({paths.database.name} is not there); nothing was written.")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed
    from PySide6.QtGui import QGuiApplication

    from backcare_desktop.ui.progress import report_make
    from backcare_desktop.ui.progress.pdf_pages import WriteRefused, write_new_file

    app = QGuiApplication.instance() or QGuiApplication(["backcare-desktop"])
    now = datetime.now().astimezone()
    today = now.date()
    with locked(paths):
        try:
            conn = database.open_database(paths.database, paths.backups, now)
        except StorageError as exc:
            raise Refused(f"{exc}\nStart BackCare to repair or restore it; nothing was "
                          "written.") from None
        repo = Repository(conn, paths.database)
        try:
            routines = report_make.routines_by_id(paths.routines)
            if programme:
                from backcare_desktop.ui.progress.programme_pdf import programme_pdf

                data = programme_pdf(repo.load_plan(today), routines)
                what = "the programme sheet"
            else:
                start, end = report_make.default_report_range(repo, today)
                first, last = first or start, last or end
                if last < first:
                    raise Refused(f"The period ends ({last}) before it starts ({first}); "
                                  "nothing was written.")
                made = report_make.make_report(repo, routines, first, last, today)
                data = made.pdf
                what = f"the progress report for {first} to {last}"
            try:
                write_new_file(target, data)
            except WriteRefused as exc:
                raise Refused(str(exc)) from None
            if not programme:
                assert last is not None
                # The report is written; if this is refused the next one starts 8 weeks back.
                with contextlib.suppress(StorageError):
                    repo.set_ui_state(report_make.LAST_REPORT, last.isoformat())
        finally:
            repo.close()
    del app
    print(f"Wrote {what} to {shown_name(target)}.", file=out)


def run(args: argparse.Namespace, environ: Mapping[str, str], out: TextIO,
        err: TextIO) -> int:
    """Do ``--report`` or ``--programme``; the exit status."""
    try:
        paths = resolve_paths(args.data_dir, environ)
        _make(args, paths, out)
    except (Refused, DataFolderError) as exc:
        print(f"backcare-desktop: {exc}", file=err)
        return EXIT_FAILED
    except OSError as exc:
        print(f"backcare-desktop: {exc.strerror or exc}", file=err)
        return EXIT_FAILED
    return EXIT_OK
