#!/usr/bin/env python3
"""Set up everything BackCare needs, then run the app or its tests.

    python3 scripts/dev.py run [app options]   # e.g. --data-dir /tmp/try
    python3 scripts/dev.py test [pytest options]
    python3 scripts/dev.py package             # stand-alone bundle in dist/backcare-desktop
    python3 scripts/dev.py test-package        # build it, then its smoke test
    python3 scripts/dev.py install-user        # build it, install it for you (Linux)
    python3 scripts/dev.py uninstall-user      # remove exactly what install-user added
    python3 scripts/dev.py translations        # extract texts into translations/*.ts, compile .qm

Steps, each skipped when already done:
1. On Linux, check the system libraries Qt needs (and, to build the bundle,
   binutils and Python's shared library). As root with apt-get, install the
   missing ones; otherwise stop with the one line to run as root.
2. Create .venv and install BackCare into it (editable, with the test extra),
   again only when pyproject.toml changed.
3. Run the app, or the whole test suite headless (QT_QPA_PLATFORM=offscreen).

Only the standard library is used here, so it runs on a bare Python 3.11.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".backcare-installed"

# Shared library (as the dynamic loader names it) -> Debian/Ubuntu package.
SYSTEM_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libpulse.so.0": "libpulse0",
    "libXrandr.so.2": "libxrandr2",  # Qt's FFmpeg media back end (sound) links it
}
# Checkers the packaging tests run when present (installed for `test` as root).
# What the tests use besides Python, installed for `test` as root: the desktop-file
# and AppStream validators, and the real desktop services the tests marked
# `desktop` talk to (a program name, or an absolute path for helpers outside PATH).
TEST_TOOLS = {
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "Xvfb": "xvfb",
    "dunst": "dunst",
    "pulseaudio": "pulseaudio",
    "parec": "pulseaudio-utils",
    "speech-dispatcher": "speech-dispatcher",
    "espeak-ng": "espeak-ng",
    "/usr/lib/speech-dispatcher-modules/sd_espeak-ng": "speech-dispatcher-espeak-ng",
    "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
    "xdg-open": "xdg-utils",
    "file": "file",  # xdg-open asks it what a folder is when no desktop is running
    "pdfinfo": "poppler-utils",  # the PDF report and programme sheet, read as a reader would
}
PYINSTALLER = "pyinstaller>=6.10,<7"
FONT_PACKAGE = "fonts-dejavu-core"
FONTCONFIG_PACKAGE = "fontconfig"
# PyInstaller reads each library's dependencies with objdump and strips with strip.
BUNDLE_TOOLS = {"objdump": "binutils", "strip": "binutils"}


def say(message: str) -> None:
    print(f"[backcare] {message}", flush=True)


def known_libraries() -> set[str]:
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True)
    return {line.split()[0] for line in out.stdout.splitlines()[1:] if line.strip()}


def has_a_font() -> bool:
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return False
    out = subprocess.run([fc_list], capture_output=True, text=True)
    return bool(out.stdout.strip())


def has_venv_module() -> bool:
    try:
        import ensurepip  # noqa: F401
        import venv  # noqa: F401
    except ImportError:
        return False
    return True


def missing_system_packages() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    libs = known_libraries()
    missing = sorted({pkg for lib, pkg in SYSTEM_LIBRARIES.items() if lib not in libs})
    if not shutil.which("fc-list"):
        missing.append(FONTCONFIG_PACKAGE)
    if not has_a_font():
        missing.append(FONT_PACKAGE)
    if not shutil.which("dbus-daemon"):
        missing.append("dbus")  # tests talk to a private session bus
    if not has_venv_module():
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        missing.append(f"python{version}-venv")
    return missing


def is_distribution_python() -> bool:
    """Debian's or Ubuntu's python3 (not a pyenv, conda or python.org build)."""
    return sys.base_prefix == "/usr"


def has_python_shared_library(prefix: str = sys.base_prefix,
                              config: Callable[[str], Any] = sysconfig.get_config_var) -> bool:
    """Whether PyInstaller will find this Python's shared library, looking where it
    does. Debian's and Ubuntu's python3 is linked statically and ships that library
    apart (package libpython3.X, found through ldconfig); a pyenv or python.org build
    with --enable-shared keeps it in its own lib/."""
    shared = bool(config("Py_ENABLE_SHARED"))
    if shared:
        name = config("INSTSONAME") or config("LDLIBRARY")
        places = [prefix, os.path.join(prefix, "lib"), config("LIBDIR")]
    else:  # PyInstaller then looks in the prefix only
        name = f"libpython{sys.version_info.major}.{sys.version_info.minor}.so.1.0"
        places = [prefix, os.path.join(prefix, "lib")]
    if not name:
        return False
    if any(place and os.path.exists(os.path.join(place, name)) for place in places):
        return True
    return shared and name in known_libraries()


def missing_bundle_packages() -> list[str]:
    """What building the stand-alone bundle needs on top of missing_system_packages()."""
    if not sys.platform.startswith("linux"):
        return []
    missing = sorted({pkg for tool, pkg in BUNDLE_TOOLS.items() if not shutil.which(tool)})
    # Only the distribution's Python has its shared library in a package; for any
    # other build without one, PyInstaller itself says to rebuild with --enable-shared.
    if is_distribution_python() and not has_python_shared_library():
        missing.append(f"libpython{sys.version_info.major}.{sys.version_info.minor}")
    return missing


def apt_names(packages: list[str]) -> list[str]:
    """Debian's package names, as this system's apt knows them: where only the 64-bit
    time_t rename has a candidate (Ubuntu 24.04: libglib2.0-0t64, libpython3.12t64),
    that one. Unchanged where apt knows neither (no package lists yet)."""
    if not shutil.which("apt-cache"):
        return packages
    asked = [name for pkg in packages for name in (pkg, pkg + "t64")]
    out = subprocess.run(["apt-cache", "policy", *asked], capture_output=True, text=True,
                         env=dict(os.environ, LC_ALL="C")).stdout
    known = installable(out)
    return [pkg + "t64" if pkg + "t64" in known and pkg not in known else pkg
            for pkg in packages]


def installable(policy_output: str) -> set[str]:
    """The packages that `apt-cache policy` output gives a candidate version."""
    found: set[str] = set()
    name = ""
    for line in policy_output.splitlines():
        if line and not line[0].isspace() and line.rstrip().endswith(":"):
            name = line.rstrip()[:-1].split(":")[0]
        elif line.strip().startswith("Candidate:") and line.split(":", 1)[1].strip() != "(none)":
            found.add(name)
    return found


def root_hint(packages: list[str]) -> str:
    """The one line a person without root runs: with sudo (Ubuntu) or without (a
    minimal Debian, where su - asks for root's password)."""
    if not shutil.which("apt-get"):
        return ("[backcare] missing system libraries; install these (Debian/Ubuntu names) "
                f"with your package manager: {' '.join(packages)}")
    return ("[backcare] missing system packages; as root (sudo -i, or su - where there is "
            f"no sudo) run: apt-get update && apt-get install -y {' '.join(packages)}")


def ensure_system_packages(extra: list[str] | None = None) -> None:
    missing = missing_system_packages() + (extra or [])
    if not missing:
        return
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if is_root and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        names = apt_names(missing)
        say(f"installing the system packages BackCare needs: {' '.join(names)}")
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *names],
                       check=True, env=env)
        still = missing_system_packages() + (missing_bundle_packages() if extra else [])
        if still:
            sys.exit(f"[backcare] still missing after install: {' '.join(still)}")
        return
    sys.exit(root_hint(apt_names(missing)))


def tool_found(tool: str) -> bool:
    return Path(tool).exists() if os.path.isabs(tool) else shutil.which(tool) is not None


def missing_test_tools() -> list[str]:
    return sorted({pkg for tool, pkg in TEST_TOOLS.items() if not tool_found(tool)})


def ensure_test_tools() -> None:
    """The validators and desktop services the tests use, when we may install them;
    outside CI the tests that need a missing one skip, saying why."""
    missing = missing_test_tools()
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not missing or not is_root or not shutil.which("apt-get"):
        return
    say(f"installing what the tests use: {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]
    if subprocess.run(install, env=env, check=False).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
        if subprocess.run(install, env=env, check=False).returncode != 0:
            say("could not install them; the tests that use them will be skipped")


def build_bundle() -> int:
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "-q", PYINSTALLER], check=True)
    say("building the stand-alone bundle (about a minute)")
    return subprocess.call([str(venv_python()), "-m", "PyInstaller", "--noconfirm",
                            "--log-level", "WARN", "--distpath", str(ROOT / "dist"),
                            "--workpath", str(ROOT / "build" / "pyinstaller"),
                            str(ROOT / "packaging" / "pyinstaller" / "backcare.spec")],
                           cwd=ROOT)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted and venv_python().exists():
        return
    if not venv_python().exists():
        say(f"creating {VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    say("installing BackCare and its test tools into .venv")
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "-q", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted + "\n")


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script runs before any venv)
        sys.exit("[backcare] Python 3.11 or newer is needed; this is " + sys.version.split()[0])
    commands = ("run", "test", "setup", "package", "test-package", "install-user",
                "uninstall-user", "translations")
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    installer = [sys.executable, str(ROOT / "scripts" / "install_user.py")]
    if command == "uninstall-user":
        return subprocess.call([*installer, "uninstall"])
    bundle = command in ("package", "test-package", "install-user")
    ensure_system_packages(missing_bundle_packages() if bundle else None)
    ensure_venv()
    if command == "setup":
        return 0
    if command == "translations":
        return subprocess.call([str(venv_python()), str(ROOT / "scripts" / "translations.py")])
    if command == "run":
        return subprocess.call([str(venv_python()), "-m", "backcare_desktop", *rest], cwd=ROOT)
    if command in ("package", "install-user"):
        built = build_bundle()
        if built != 0 or command == "package":
            return built
        return subprocess.call([*installer, "install"])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if command == "test-package":
        built = build_bundle()
        if built != 0:
            return built
        env["BACKCARE_TEST_BUNDLE"] = str(ROOT / "dist" / "backcare-desktop")
        return subprocess.call([str(venv_python()), "-m", "pytest", "-m", "slow",
                                "tests/test_bundle.py", *rest], cwd=ROOT, env=env)
    ensure_test_tools()
    return subprocess.call([str(venv_python()), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
