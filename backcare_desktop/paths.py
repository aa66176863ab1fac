"""Where BackCare keeps its files.

All user data lives in one folder: platformdirs' user data folder for the app
unless ``--data-dir`` or ``BACKCARE_DATA_DIR`` names another one (tests and
portable use). Logs go to the user log folder, or to ``logs/`` inside an
overridden data folder so that a portable or test folder holds everything.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from backcare_desktop import APP_NAME

ENV_DATA_DIR = "BACKCARE_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "backcare.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def routines(self) -> Path:
        return self.data_dir / "routines"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "backcare.lock"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "backcare.log"


def resolve_paths(cli_data_dir: str | None, environ: Mapping[str, str]) -> AppPaths:
    """Pick the data and log folders: the command line wins over the environment."""
    override = cli_data_dir or environ.get(ENV_DATA_DIR) or None
    if override:
        data = Path(override).expanduser().absolute()
        return AppPaths(data_dir=data, log_dir=data / "logs")
    import platformdirs

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


class DataFolderError(OSError):
    """The data folder cannot be created or written; the message names it."""


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if needed and make it readable by the user alone.

    Raises ``DataFolderError`` naming the folder when it cannot be created or
    written to.
    """
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(path, 0o700)
    except OSError as exc:
        raise DataFolderError(
            f"BackCare cannot create or use the folder {path}: {exc.strerror or exc}."
        ) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataFolderError(
            f"BackCare cannot write to the folder {path}. "
            "Check its permissions, or start BackCare with --data-dir to use another folder."
        )
