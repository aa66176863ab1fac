"""The command line. Parsing imports no Qt, so ``--version`` and ``--help`` are instant."""

from __future__ import annotations

import argparse

from backcare_desktop import __version__
from backcare_desktop.paths import ENV_DATA_DIR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcare-desktop",
        description=(
            "BackCare: guided back-care exercise sessions, hydration reminders and "
            "pain trends. Everything stays on this computer."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"backcare-desktop {__version__}"
    )
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help=(
            "keep all data (and logs) in PATH instead of the usual user data folder; "
            f"the {ENV_DATA_DIR} environment variable does the same"
        ),
    )
    parser.add_argument(
        "--language",
        choices=("system", "en", "de", "es"),
        help=(
            "show and speak this language for this run (English, German, Spanish, or the "
            "system's), whatever Settings says"
        ),
    )
    parser.add_argument(
        "--verbose", action="store_true", help="log debugging detail, also to the terminal"
    )
    parser.add_argument(
        "--check-routine",
        metavar="FILE",
        nargs="+",
        help=(
            "check routine files and print every problem, then exit "
            "(status 0 when all are valid, 1 otherwise); the app does not start"
        ),
    )
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help=(
            "show the main window, print one JSON line when its first frame is out and "
            "one when its page is ready, then quit (for benchmarks and installation checks)"
        ),
    )
    parser.add_argument(
        "--check-install",
        action="store_true",
        help=(
            "check that the routines, sounds and icon are in place and that the sound "
            "system's media back end loads, print one line each, then exit "
            "(status 0 when all is well); for packagers"
        ),
    )
    records = parser.add_mutually_exclusive_group()
    records.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        help=(
            "add the records of FILE, a backcare-records.json made by Export (for example "
            "on your old laptop), to the data folder, print one line saying what was added, "
            "then exit (status 0); the window does not open. The file is checked in full "
            "first: if anything is wrong, nothing is added and every problem is printed "
            "(status 1). Records already there are skipped. Refused (status 1) while "
            "BackCare runs with the same data folder"
        ),
    )
    records.add_argument(
        "--export",
        dest="export_folder",
        metavar="FOLDER",
        help=(
            "export every record into a new folder backcare-export-DATE inside FOLDER "
            "(one CSV file per kind of record, columns.txt, and backcare-records.json for "
            "--import on another computer), print one line naming it, then exit (status 0); "
            "the window does not open. Refused (status 1) while BackCare runs with the "
            "same data folder"
        ),
    )
    _add_fhir_options(parser)
    papers = parser.add_argument_group(
        "for the physiotherapist (PDF files; the window does not open, no display is needed)")
    papers.add_argument(
        "--report",
        dest="report_file",
        metavar="FILE.pdf",
        help=(
            "write the progress report (pain trend, sessions against the goal and the plan, "
            "pain before and after sessions, what changed, then the detail) to the new file "
            "FILE.pdf, print one line, then exit (status 0). The period is --from to --to; "
            "by default since the last report, or the last 8 weeks. An existing file is "
            "never overwritten (status 1)"
        ),
    )
    papers.add_argument(
        "--programme",
        dest="programme_file",
        metavar="FILE.pdf",
        help=(
            "write the programme sheet (each planned routine's exercises with their figure, "
            "dose, instructions, cues and safety notes) to the new file FILE.pdf, then exit"
        ),
    )
    return parser


def _add_fhir_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--export-fhir",
        dest="fhir_file",
        metavar="FILE.json",
        help=(
            "write the sessions, pain entries and weekly scores of the range (--from, --to; "
            "everything by default) as an HL7 FHIR R4 Bundle for a health record into the "
            "new file FILE.json (never replacing a file), print what was written and "
            "LOINC's notice (pain levels carry LOINC codes), then exit (status 0); the "
            "window does not open. Refused (status 1) while BackCare runs with the same "
            "data folder"
        ),
    )
    parser.add_argument(
        "--from", dest="from_day", metavar="DATE",
        help="the first day (YYYY-MM-DD) of --export-fhir's or --report's range; default: "
             "the first record (--export-fhir), since the last report or 8 weeks (--report)")
    parser.add_argument(
        "--to", dest="to_day", metavar="DATE",
        help="the last day (YYYY-MM-DD) of --export-fhir's or --report's range; default: "
             "the last record (--export-fhir), today (--report)")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
