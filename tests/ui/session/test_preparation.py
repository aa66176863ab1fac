"""The session is readied in idle time after start-up: its modules, its page and
the tones, so the first Start waits for none of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop import app as app_module
from backcare_desktop.core.session.cues import SOUNDS, Cue
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.desktop.media import sound_dir
from backcare_desktop.ui.desktop.tone import Tone
from backcare_desktop.ui.session.cue_player import QtCuePlayer, ToneBank, VoiceChoice
from backcare_desktop.ui.session.install import SessionPreparation
from backcare_desktop.ui.session.page import SessionPage
from tests.fakes import FakeClock
from tests.ui.conftest import DialogLog

from .conftest import ROUTINE

# A test machine may have no audio server; Qt then says so while loading sounds.
NO_AUDIO = pytest.mark.qt_log_ignore("PulseAudioService", "qt.multimedia")


def test_the_steps_run_later_from_the_event_loop_in_order_each_until_done(
    qtbot: QtBot
) -> None:
    calls: list[str] = []
    left = [3]

    def repeated() -> bool:
        calls.append("repeated")
        left[0] -= 1
        return left[0] > 0

    def once() -> bool:
        calls.append("once")
        return False

    preparation = SessionPreparation([once, repeated, once])
    preparation.start()
    assert calls == [] and not preparation.done  # nothing runs before the event loop
    qtbot.waitUntil(lambda: preparation.done)
    assert calls == ["once", "repeated", "repeated", "repeated", "once"]


def test_stopping_drops_what_is_left(qtbot: QtBot) -> None:
    calls: list[str] = []
    preparation = SessionPreparation([lambda: bool(calls.append("x"))])
    preparation.start()
    preparation.stop()
    assert preparation.done
    preparation.start()  # nothing left: nothing is armed
    assert calls == []


@NO_AUDIO
def test_a_tone_bank_loads_one_piece_per_call_and_players_share_it(qapp: object) -> None:
    bank = ToneBank()
    pieces = 1
    while bank.prepare_one():
        pieces += 1
    assert pieces == 1 + len(SOUNDS) and bank.ready  # the import, then one per sound
    effects = bank.effects()
    assert {n: e.path for n, e in effects.items()} == {n: sound_dir() / f"{n}.wav" for n in SOUNDS}
    assert all(e.loaded for e in effects.values())
    loud = QtCuePlayer(volume=80, muted=True, voice=VoiceChoice(on=False), tones=bank)
    assert loud._effects is effects
    QtCuePlayer(volume=30, muted=True, voice=VoiceChoice(on=False), tones=bank)
    assert all(e.volume() == pytest.approx(0.3) for e in effects.values())  # the newest


@NO_AUDIO
def test_a_player_made_before_the_bank_is_ready_finishes_it(qapp: object) -> None:
    bank = ToneBank()
    bank.prepare_one()
    player = QtCuePlayer(volume=50, muted=True, voice=VoiceChoice(on=False), tones=bank)
    assert bank.ready and set(player._effects) == set(SOUNDS)
    player.play(Cue("tick"))  # muted: nothing is heard, nothing fails
    player.stop()


@NO_AUDIO
def test_after_start_up_the_page_and_the_tones_are_ready_before_any_start(
    paths: AppPaths, clock: FakeClock, qtbot: QtBot, dialog_log: DialogLog
) -> None:
    running = app_module.start(paths, clock=clock)  # the real tones
    assert isinstance(running, app_module.Running)
    try:
        window = running.window
        preparation = window.findChild(SessionPreparation)
        assert preparation is not None and not preparation.done
        assert window.built_page("session") is None  # not before the window is shown
        qtbot.waitUntil(lambda: running.ready)
        qtbot.waitUntil(lambda: preparation.done)
        page = window.built_page("session")
        assert isinstance(page, SessionPage)
        tones = window.findChildren(Tone)
        assert sorted(e.path.name for e in tones) == sorted(f"{n}.wav" for n in SOUNDS)

        running.repo.set_setting("voice_on", False)
        running.ctx.events.start_routine.emit(ROUTINE)
        player = page.controller.cues
        assert isinstance(player, QtCuePlayer)
        assert set(map(id, player._effects.values())) == set(map(id, tones))  # no new ones
    finally:
        running.shutdown()


def test_quitting_before_the_preparation_ran_stops_it(
    launch: Callable[[AppPaths], app_module.Running | int], paths: AppPaths, qtbot: QtBot
) -> None:
    running = launch(paths)
    assert isinstance(running, app_module.Running)
    qtbot.waitUntil(lambda: running.ready)
    preparation = running.window.findChild(SessionPreparation)
    assert preparation is not None
    running.shutdown()
    assert preparation.done
