"""Entry point of the stand-alone build (PyInstaller runs this file)."""

import sys

from backcare_desktop.app import main

sys.exit(main())
