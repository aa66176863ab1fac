#!/usr/bin/env python3
"""Make the session's cue sounds: WAV, 48 kHz, 16-bit, mono, into assets/sounds/.

Every sound is synthesised here from sine waves with smooth envelopes, so
their origin is this file. The output is deterministic: running the script
again gives byte-identical files (a test checks this).

    python3 scripts/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 48_000
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(freqs: list[tuple[float, float]], seconds: float, *, attack: float = 0.01,
         decay: float = 6.0, volume: float = 0.6) -> list[float]:
    """Partials (frequency, weight) with a short attack and exponential decay."""
    n = int(RATE * seconds)
    total = sum(w for _, w in freqs)
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, t / attack) * math.exp(-decay * t)
        fade = min(1.0, (n - i) / (RATE * 0.01))  # no click at the end
        value = sum(w * math.sin(2 * math.pi * f * t) for f, w in freqs) / total
        out.append(volume * env * fade * value)
    return out


def join(*parts: list[float], gap: float = 0.0) -> list[float]:
    silence = [0.0] * int(RATE * gap)
    out: list[float] = []
    for p in parts:
        if out:
            out += silence
        out += p
    return out


def sounds() -> dict[str, list[float]]:
    return {
        # clear set, for strength and stretching
        "phase": join(tone([(660, 1), (1320, 0.2)], 0.18, decay=8),
                      tone([(880, 1), (1760, 0.2)], 0.32, decay=7), gap=0.02),
        "tick": tone([(1000, 1), (2000, 0.15)], 0.09, attack=0.003, decay=30, volume=0.5),
        "switch": join(*(tone([(f, 1), (2 * f, 0.15)], 0.12, decay=12) for f in
                         (523.25, 659.25, 783.99)), gap=0.03),
        "bell": tone([(528, 1), (1056, 0.5), (1452, 0.3), (2112, 0.15)], 2.2, attack=0.004,
                     decay=2.2, volume=0.55),
        # soft set, for relaxation and breathing: lower, rounder, quieter
        "phase_soft": tone([(392, 1), (784, 0.08)], 0.9, attack=0.12, decay=3.5, volume=0.35),
        "tick_soft": tone([(523.25, 1)], 0.12, attack=0.02, decay=18, volume=0.25),
        "bell_soft": tone([(396, 1), (792, 0.35), (1089, 0.15)], 3.0, attack=0.05, decay=1.4,
                          volume=0.35),
    }


def write(path: Path, samples: list[float]) -> None:
    frames = b"".join(struct.pack("<h", max(-32767, min(32767, round(s * 32767))))
                      for s in samples)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def main(out: Path = OUT) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for name, samples in sounds().items():
        write(out / f"{name}.wav", samples)
        print(f"{out / name}.wav: {len(samples) / RATE:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
