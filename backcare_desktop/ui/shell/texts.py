"""Longer texts shown to people, kept in one place so they stay consistent.

Each is marked for translation in the context "Texts" and shown through
``QCoreApplication.translate("Texts", texts.NAME)``.
"""

from backcare_desktop.core.words import QT_TRANSLATE_NOOP

SAFETY_NOTICE_TITLE = QT_TRANSLATE_NOOP("Texts", "Before you start")

SAFETY_NOTICE = QT_TRANSLATE_NOOP(
    "Texts",
    "<p>BackCare guides you through exercise routines and keeps a record of how your "
    "back feels. <b>It is not medical advice</b> and it cannot diagnose anything.</p> "
    "<ul> "
    "<li>Talk to a doctor or physiotherapist before you begin, especially after "
    "surgery or if you live with a medical condition.</li> "
    "<li><b>Stop any exercise straight away if it hurts.</b> Mild effort is fine; "
    "pain is not.</li> "
    "<li>See a doctor if your pain lasts more than three days, or if soreness lasts "
    "more than an hour after exercising.</li> "
    "</ul> "
    "<p>Start gently and build up a little at a time.</p>")

NOT_ADVICE = QT_TRANSLATE_NOOP(
    "Texts",
    "<b>BackCare is not medical advice.</b> Help → Safety notice says when to see a "
    "doctor and when to stop."
)

PRIVACY_LINE = QT_TRANSLATE_NOOP(
    "Texts",
    "Everything you record stays on this computer. BackCare has no account "
    "and never uses the network."
)

# What each kind of phase is called on screen (and, later, by the voice).
PHASE_NAMES = {
    "prepare": QT_TRANSLATE_NOOP("Texts", "Get ready"),
    "hold": QT_TRANSLATE_NOOP("Texts", "Hold"),
    "rep_move": QT_TRANSLATE_NOOP("Texts", "Move"),
    "rep_hold": QT_TRANSLATE_NOOP("Texts", "Hold"),
    "rep_return": QT_TRANSLATE_NOOP("Texts", "Return"),
    "counted_set": QT_TRANSLATE_NOOP("Texts", "Your pace"),
    "rest_set": QT_TRANSLATE_NOOP("Texts", "Rest"),
    "switch_side": QT_TRANSLATE_NOOP("Texts", "Switch sides"),
    "tense": QT_TRANSLATE_NOOP("Texts", "Tense"),
    "relax": QT_TRANSLATE_NOOP("Texts", "Let go and relax"),
    "inhale": QT_TRANSLATE_NOOP("Texts", "Breathe in"),
    "hold_in": QT_TRANSLATE_NOOP("Texts", "Hold"),
    "exhale": QT_TRANSLATE_NOOP("Texts", "Breathe out"),
    "hold_out": QT_TRANSLATE_NOOP("Texts", "Hold"),
    "rest_exercise": QT_TRANSLATE_NOOP("Texts", "Rest"),
}

HURT_ADVICE = QT_TRANSLATE_NOOP(
    "Texts",
    "<p><b>You stopped because it hurt. That was the right thing to do.</b></p> "
    "<ul> "
    "<li>Rest, and do not repeat the movement that hurt today.</li> "
    "<li>See a doctor if the pain lasts more than three days.</li> "
    "<li>See a doctor too if soreness lasts more than an hour after exercising.</li> "
    "<li>Get help at once for severe pain, numbness, weakness in the legs, or trouble "
    "with bladder or bowels.</li> "
    "</ul> "
    "<p>Next time, try a gentler routine, or ask a physiotherapist to adjust this one.</p>")
