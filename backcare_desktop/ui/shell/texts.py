"""Longer texts shown to people, kept in one place so they stay consistent."""

SAFETY_NOTICE_TITLE = "Before you start"

SAFETY_NOTICE = """\
<p>BackCare guides you through exercise routines and keeps a record of how your
back feels. <b>It is not medical advice</b> and it cannot diagnose anything.</p>
<ul>
<li>Talk to a doctor or physiotherapist before you begin, especially after
surgery or if you live with a medical condition.</li>
<li><b>Stop any exercise straight away if it hurts.</b> Mild effort is fine;
pain is not.</li>
<li>See a doctor if your pain lasts more than three days, or if soreness lasts
more than an hour after exercising.</li>
</ul>
<p>Start gently and build up a little at a time.</p>"""

NOT_ADVICE = (
    "<b>BackCare is not medical advice.</b> Help → Safety notice says when to see a "
    "doctor and when to stop."
)

PRIVACY_LINE = (
    "Everything you record stays on this computer. BackCare has no account "
    "and never uses the network."
)

# What each kind of phase is called on screen (and, later, by the voice).
PHASE_NAMES = {
    "prepare": "Get ready",
    "hold": "Hold",
    "rep_move": "Move",
    "rep_hold": "Hold",
    "rep_return": "Return",
    "counted_set": "Your pace",
    "rest_set": "Rest",
    "switch_side": "Switch sides",
    "tense": "Tense",
    "relax": "Let go and relax",
    "inhale": "Breathe in",
    "hold_in": "Hold",
    "exhale": "Breathe out",
    "hold_out": "Hold",
    "rest_exercise": "Rest",
}

HURT_ADVICE = """\
<p><b>You stopped because it hurt. That was the right thing to do.</b></p>
<ul>
<li>Rest, and do not repeat the movement that hurt today.</li>
<li>See a doctor if the pain lasts more than three days.</li>
<li>See a doctor too if soreness lasts more than an hour after exercising.</li>
<li>Get help at once for severe pain, numbness, weakness in the legs, or trouble
with bladder or bowels.</li>
</ul>
<p>Next time, try a gentler routine, or ask a physiotherapist to adjust this one.</p>"""
