"""The cue sounds are what the script makes: 48 kHz, 16-bit, mono, reproducible."""

from __future__ import annotations

import importlib.util
import wave
from pathlib import Path

import pytest

from backcare_desktop.core.session.cues import SOUNDS

ROOT = Path(__file__).resolve().parent.parent
SOUND_DIR = ROOT / "assets" / "sounds"


@pytest.mark.parametrize("name", SOUNDS)
def test_each_cue_sound_is_48khz_16bit_mono_and_short(name: str) -> None:
    with wave.open(str(SOUND_DIR / f"{name}.wav")) as w:
        assert (w.getframerate(), w.getsampwidth(), w.getnchannels()) == (48_000, 2, 1)
        assert 0.05 <= w.getnframes() / 48_000 <= 3.5


def test_the_script_makes_exactly_the_committed_files(tmp_path: Path) -> None:
    script = ROOT / "scripts" / "make_sounds.py"
    spec = importlib.util.spec_from_file_location("make_sounds", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    made = sorted(p.name for p in tmp_path.glob("*.wav"))
    assert made == sorted(f"{n}.wav" for n in SOUNDS)
    for name in made:
        assert (tmp_path / name).read_bytes() == (SOUND_DIR / name).read_bytes(), name
