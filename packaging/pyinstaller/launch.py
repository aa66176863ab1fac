"""Entry point of the stand-alone build (PyInstaller runs this file)."""

import sys

if sys.argv[1:] == ["--speech-worker"]:  # the voice's worker process (ui/session/speech.py)
    from backcare_desktop.ui.session.speech import serve

    sys.exit(serve())

from backcare_desktop.app import main

sys.exit(main())
