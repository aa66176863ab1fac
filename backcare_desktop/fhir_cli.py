"""``backcare-desktop --export-fhir FILE.json [--from DATE] [--to DATE]``: the records
of a date range as an HL7 FHIR R4 Bundle, without the window.

No Qt is imported on this path (no display is needed). The data folder's lock
is taken as for ``--export`` (``transfer_cli``). The file is new (never
replacing one), 0600, and whole or not there (``storage.fhir_export``).

Exit status 0 with what was written on stdout; 1 with the reason on stderr.
"""

from __future__ import annotations

import argparse
import errno
import sqlite3
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from backcare_desktop.core.progress.fhir import LOINC_NOTICE
from backcare_desktop.core.progress.records_file import shown_name
from backcare_desktop.paths import DataFolderError, resolve_paths
from backcare_desktop.transfer_cli import EXIT_FAILED, EXIT_OK, Refused, locked, parse_day

_ONE = {"sessions": "session", "pain entries": "pain entry", "weekly scores": "weekly score"}


def counted(counts: Mapping[str, int]) -> str:
    """``{"sessions": 1, "pain entries": 3}`` as "1 session, 3 pain entries"."""
    return ", ".join(f"{n} {_ONE[kind] if n == 1 else kind}" for kind, n in counts.items())


def range_text(first: date | None, last: date | None) -> str:
    if first is None and last is None:
        return "all records"
    if first is None:
        return f"up to {last}"
    if last is None:
        return f"from {first}"
    return f"{first} to {last}" if first != last else f"{first}"


def export_fhir(file: str, first: date | None, last: date | None, data_dir: str | None,
                environ: Mapping[str, str], out: TextIO) -> None:
    from backcare_desktop.storage import database
    from backcare_desktop.storage.errors import StorageError
    from backcare_desktop.storage.fhir_export import NothingInRange, write_bundle
    from backcare_desktop.storage.repository import Repository

    target = Path(file)
    name = shown_name(target)
    if first is not None and last is not None and first > last:
        raise Refused(f"--from {first} is after --to {last}; nothing was written.")
    if target.is_dir():
        raise Refused(f"{name} is a folder; give the name of a new file, such as "
                      f"{shown_name(target / 'backcare-fhir.json')}. Nothing was written.")
    if target.exists() or target.is_symlink():
        raise Refused(f"{name} already exists, and BackCare never replaces a file; give a "
                      "new name. Nothing was written.")
    if not target.parent.is_dir():
        raise Refused(f"{shown_name(target.parent)} is not a folder; nothing was written.")
    paths = resolve_paths(data_dir, environ)
    if not paths.database.exists():
        raise Refused(f"There are no BackCare records in {shown_name(paths.data_dir)} "
                      f"({paths.database.name} is not there); nothing was written.")
    with locked(paths, "File → Export for a health record (FHIR)… in its window"):
        try:
            conn = database.open_database(paths.database, paths.backups,
                                          datetime.now().astimezone())
        except StorageError as exc:
            raise Refused(f"{exc}\nStart BackCare to repair or restore it; nothing was "
                          "written.") from None
        repo = Repository(conn, paths.database)
        try:
            written = write_bundle(repo, target, first=first, last=last,
                                   made=datetime.now().astimezone())
        except NothingInRange:
            raise Refused(f"There are no records between {first or 'the first record'} "
                          f"and {last or 'the last'}; nothing was written.") from None
        except FileExistsError:
            raise Refused(f"{name} already exists, and BackCare never replaces a file; "
                          "give a new name. Nothing was written.") from None
        except OSError as exc:
            raise Refused(f"BackCare could not write {name}: {exc.strerror or exc}. "
                          "Nothing was written.") from None
        except (sqlite3.Error, StorageError) as exc:
            raise Refused(f"BackCare could not read {shown_name(paths.database)}: {exc}. "
                          "Nothing was written.") from None
        finally:
            repo.close()
    print(f"Wrote {counted(written.counts)} ({range_text(first, last)}) to {name} as an "
          "HL7 FHIR R4 Bundle.", file=out)
    print(f"Pain levels are coded with LOINC. {LOINC_NOTICE}", file=out)


def run_fhir(args: argparse.Namespace, environ: Mapping[str, str], out: TextIO,
             err: TextIO) -> int:
    """Do ``--export-fhir``; the exit status."""
    try:
        first = parse_day(args.from_day, "--from")
        last = parse_day(args.to_day, "--to")
        export_fhir(args.fhir_file, first, last, args.data_dir, environ, out)
    except (Refused, DataFolderError) as exc:
        print(f"backcare-desktop: {exc}", file=err)
        return EXIT_FAILED
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            return EXIT_FAILED
        print(f"backcare-desktop: {exc.strerror or exc}", file=err)
        return EXIT_FAILED
    return EXIT_OK
