#!/usr/bin/env python3
"""Install the stand-alone BackCare bundle for the current user on Linux, or remove it.

    python3 scripts/install_user.py install [--bundle dist/backcare-desktop]
    python3 scripts/install_user.py uninstall

``install`` copies the bundle to ``$XDG_DATA_HOME/backcare-desktop/app``, links
``~/.local/bin/backcare-desktop`` to it, and adds the desktop entry, the icons
(hicolor theme, 16–256 px and scalable) and the AppStream metainfo, so BackCare
appears in the application menu. Every file and folder it adds is listed in
``$XDG_DATA_HOME/backcare-desktop/installed-files.txt``; ``uninstall`` removes
exactly those, and never your data (``$XDG_DATA_HOME/BackCare``). A file that
is already there and was not put there by this script is never overwritten.

Only the standard library is used.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.backcare.BackCare"
SIZES = (16, 32, 48, 64, 128, 256)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def bin_dir() -> Path:
    return Path.home() / ".local" / "bin"


def home_dir() -> Path:
    return data_home() / "backcare-desktop"


def manifest_path() -> Path:
    return home_dir() / "installed-files.txt"


def read_manifest() -> list[Path]:
    path = manifest_path()
    if not path.exists():
        return []
    return [Path(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


class Installer:
    """Adds files and folders, remembering each one it created."""

    def __init__(self, owned: set[Path]) -> None:
        self.owned = owned  # what an earlier install added (may be replaced)
        self.added: list[Path] = []

    def folder(self, path: Path) -> None:
        missing = []
        for parent in [path, *path.parents]:
            if parent.exists():
                break
            missing.append(parent)
        for folder in reversed(missing):
            folder.mkdir()
            self.added.append(folder)

    def check_free(self, path: Path) -> None:
        if (path.exists() or path.is_symlink()) and path not in self.owned:
            sys.exit(f"[backcare] {path} already exists and was not installed by BackCare; "
                     "move it away and try again. Nothing else was changed.")

    def file(self, source: Path | None, target: Path, *, text: str | None = None) -> None:
        self.folder(target.parent)
        if target.exists() or target.is_symlink():
            target.unlink()
        if text is not None:
            target.write_text(text, encoding="utf-8")
        else:
            assert source is not None
            shutil.copyfile(source, target)
        self.added.append(target)

    def link(self, source: Path, target: Path) -> None:
        self.folder(target.parent)
        if target.is_symlink() or target.exists():
            target.unlink()
        target.symlink_to(source)
        self.added.append(target)


def targets(app_dir: Path) -> dict[str, Path]:
    share = data_home()
    found = {
        "launcher": bin_dir() / "backcare-desktop",
        "desktop": share / "applications" / f"{APP_ID}.desktop",
        "metainfo": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in SIZES:
        found[f"png{size}"] = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / \
            f"{APP_ID}.png"
    return found


def cache_files() -> list[Path]:
    share = data_home()
    return [share / "applications" / "mimeinfo.cache",
            share / "icons" / "hicolor" / "icon-theme.cache"]


def refresh_caches() -> None:
    """Let menus notice at once (harmless when the tools are missing)."""
    share = data_home()
    for command in (["update-desktop-database", "-q", str(share / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", str(share / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def install(bundle: Path) -> int:
    executable = bundle / "backcare-desktop"
    if not executable.is_file():
        sys.exit(f"[backcare] no bundle at {bundle}; build it first with `make package` "
                 "(or python3 scripts/dev.py package).")
    previous = read_manifest()
    app_dir = home_dir() / "app"
    owned = set(previous) | {app_dir}
    installer = Installer(owned)
    places = targets(app_dir)
    for path in places.values():
        installer.check_free(path)
    installer.folder(home_dir())
    if app_dir.exists():
        shutil.rmtree(app_dir)
    shutil.copytree(bundle, app_dir, symlinks=True)
    installer.added.append(app_dir)
    installer.link(app_dir / "backcare-desktop", places["launcher"])
    entry = (ROOT / "packaging" / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = entry.replace("Exec=backcare-desktop", f"Exec={app_dir / 'backcare-desktop'}")
    installer.file(None, places["desktop"], text=entry)
    installer.file(ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml", places["metainfo"])
    icons = ROOT / "assets" / "icons"
    installer.file(icons / f"{APP_ID}.svg", places["svg"])
    for size in SIZES:
        installer.file(icons / f"{APP_ID}-{size}.png", places[f"png{size}"])
    new_caches = [path for path in cache_files() if not path.exists()]
    refresh_caches()
    # Caches the menu tools made only because of this install go with it too.
    installer.added += [path for path in new_caches if path.exists()]
    # Keep what an earlier install created (folders) so uninstall still removes it.
    recorded = list(dict.fromkeys([*previous, *installer.added, manifest_path()]))
    manifest_path().write_text("".join(f"{p}\n" for p in recorded), encoding="utf-8")
    print(f"[backcare] installed into {app_dir}; BackCare is in your application menu, "
          f"and `{places['launcher']}` starts it.")
    return 0


def uninstall() -> int:
    recorded = read_manifest()
    if not recorded:
        print("[backcare] nothing to remove: BackCare is not installed for this user.")
        return 0
    # Files first, then folders deepest first; a folder is removed only when empty
    # (something else may have been put in it since).
    for path in recorded:
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir() and path.name == "app" and path.parent == home_dir():
            shutil.rmtree(path)
    for path in sorted((p for p in recorded if p.is_dir()), key=lambda p: len(p.parts),
                       reverse=True):
        try:
            path.rmdir()
        except OSError:
            print(f"[backcare] kept {path}: it holds files BackCare did not put there.")
    if any(path.exists() for path in cache_files()):
        refresh_caches()  # caches that were there before: drop BackCare from them
    print(f"[backcare] removed BackCare's program files; your data in "
          f"{data_home() / 'BackCare'} is still there.")
    return 0


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        sys.exit("[backcare] install-user is for Linux; see packaging/README.md for "
                 "Windows and macOS.")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "backcare-desktop")
    args = parser.parse_args(argv)
    return install(args.bundle.resolve()) if args.action == "install" else uninstall()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
