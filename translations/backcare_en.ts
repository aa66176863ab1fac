<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>{day}: %n session(s) are planned; at most {most} fit a day.</source>
        <translation>
            <numerusform>{day}: %n session is planned; at most {most} fit a day.</numerusform>
            <numerusform>{day}: %n sessions are planned; at most {most} fit a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your pain after the last session was {after}, %n point(s) higher than before it ({before}).</source>
        <translation>
            <numerusform>Your pain after the last session was {after}, %n point higher than before it ({before}).</numerusform>
            <numerusform>Your pain after the last session was {after}, %n points higher than before it ({before}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hard} of your last %n sessions felt too hard.</source>
        <translation>
            <numerusform>{hard} of your last %n session felt too hard.</numerusform>
            <numerusform>{hard} of your last %n sessions felt too hard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last %n sessions felt too easy and your pain did not rise.</source>
        <translation>
            <numerusform>Your last %n session felt too easy and your pain did not rise.</numerusform>
            <numerusform>Your last %n sessions felt too easy and your pain did not rise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problems}; left out with its %n step(s)</source>
        <translation>
            <numerusform>{problems}; left out with its %n step</numerusform>
            <numerusform>{problems}; left out with its %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>a hold done this many times</comment>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each side</source>
        <translation>
            <numerusform>%n rep each side</numerusform>
            <numerusform>%n reps each side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) done</source>
        <translation>
            <numerusform>%n session done</numerusform>
            <numerusform>%n sessions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain entry(s)</source>
        <translation>
            <numerusform>%n pain entry</numerusform>
            <numerusform>%n pain entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly score(s)</source>
        <translation>
            <numerusform>%n weekly score</numerusform>
            <numerusform>%n weekly scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain entries</source>
        <translation>
            <numerusform>%n pain entry</numerusform>
            <numerusform>%n pain entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drink(s)</source>
        <translation>
            <numerusform>%n drink</numerusform>
            <numerusform>%n drinks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n week(s)</source>
        <translation>
            <numerusform>over %n week</numerusform>
            <numerusform>over %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n day(s)</source>
        <translation>
            <numerusform>over %n day</numerusform>
            <numerusform>over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average pain {mean} on the %n day(s) logged {span}</source>
        <translation>
            <numerusform>Average pain {mean} on the %n day logged {span}</numerusform>
            <numerusform>Average pain {mean} on the %n days logged {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>goal of {goal} met {met} of %n week(s)</source>
        <translation>
            <numerusform>goal of {goal} met {met} of %n week</numerusform>
            <numerusform>goal of {goal} met {met} of %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{missed} of %n planned day(s) missed</source>
        <translation>
            <numerusform>{missed} of %n planned day missed</numerusform>
            <numerusform>{missed} of %n planned days missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weekly score (PEG): {last}, from {first} at the start of this range (average {mean} over %n answer(s)).</source>
        <translation>
            <numerusform>Weekly score (PEG): {last}, from {first} at the start of this range (average {mean} over %n answer).</numerusform>
            <numerusform>Weekly score (PEG): {last}, from {first} at the start of this range (average {mean} over %n answers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks in a row meeting your goal of %n session(s): {streak} (best {best}).</source>
        <translation>
            <numerusform>Weeks in a row meeting your goal of %n session: {streak} (best {best}).</numerusform>
            <numerusform>Weeks in a row meeting your goal of %n sessions: {streak} (best {best}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned</source>
        <translation>
            <numerusform>%n session planned</numerusform>
            <numerusform>%n sessions planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glass(es)</source>
        <translation>
            <numerusform>%n glass</numerusform>
            <numerusform>%n glasses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average pain {mean} out of 10 on %n day(s) logged.</source>
        <translation>
            <numerusform>Average pain {mean} out of 10 on %n day logged.</numerusform>
            <numerusform>Average pain {mean} out of 10 on %n days logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain was logged on {days} of %n day(s); the worst was {worst}.</source>
        <translation>
            <numerusform>Pain was logged on {days} of %n day; the worst was {worst}.</numerusform>
            <numerusform>Pain was logged on {days} of %n days; the worst was {worst}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished session(s).</source>
        <translation>
            <numerusform>%n finished session.</numerusform>
            <numerusform>%n finished sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The goal of {goal} a week was met in {met} of %n week(s).</source>
        <translation>
            <numerusform>The goal of {goal} a week was met in {met} of %n week.</numerusform>
            <numerusform>The goal of {goal} a week was met in {met} of %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) were planned; {done} were done in the same weeks.</source>
        <translation>
            <numerusform>%n session was planned; {done} were done in the same weeks.</numerusform>
            <numerusform>%n sessions were planned; {done} were done in the same weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around sessions, pain averaged {before} before and {after} after (%n session(s) with both).</source>
        <translation>
            <numerusform>Around sessions, pain averaged {before} before and {after} after (%n session with both).</numerusform>
            <numerusform>Around sessions, pain averaged {before} before and {after} after (%n sessions with both).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) stopped because it hurt.</source>
        <translation>
            <numerusform>%n session stopped because it hurt.</numerusform>
            <numerusform>%n sessions stopped because it hurt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A flare-up was on for %n day(s).</source>
        <translation>
            <numerusform>A flare-up was on for %n day.</numerusform>
            <numerusform>A flare-up was on for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Check it, then save it as a PDF to print or send.</source>
        <translation>
            <numerusform>%n page. Check it, then save it as a PDF to print or send.</numerusform>
            <numerusform>%n pages. Check it, then save it as a PDF to print or send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n day(s))</source>
        <translation>
            <numerusform>{first} to {last} (%n day)</numerusform>
            <numerusform>{first} to {last} (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average over %n day(s)</source>
        <translation>
            <numerusform>average over %n day</numerusform>
            <numerusform>average over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worst of the day, averaged over %n day(s)</source>
        <translation>
            <numerusform>worst of the day, averaged over %n day</numerusform>
            <numerusform>worst of the day, averaged over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average of %n session(s) with pain logged both before and after (0–10).</source>
        <translation>
            <numerusform>Average of %n session with pain logged both before and after (0–10).</numerusform>
            <numerusform>Average of %n sessions with pain logged both before and after (0–10).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each exercise of the sessions started in the period: how often it was done, skipped, or stopped because it hurt, with the dates of the last two (the newest %n of each).</source>
        <translation>
            <numerusform>Each exercise of the sessions started in the period: how often it was done, skipped, or stopped because it hurt, with the dates of the last two (the newest %n of each).</numerusform>
            <numerusform>Each exercise of the sessions started in the period: how often it was done, skipped, or stopped because it hurt, with the dates of the last two (the newest %n of each).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest {shown} of %n note(s).</source>
        <translation>
            <numerusform>The newest {shown} of %n note.</numerusform>
            <numerusform>The newest {shown} of %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average {mean} ml a day against a goal of {goal} ml; the goal was reached on {met} of %n day(s) (drinks logged on {logged} of them).</source>
        <translation>
            <numerusform>On average {mean} ml a day against a goal of {goal} ml; the goal was reached on {met} of %n day (drinks logged on {logged} of them).</numerusform>
            <numerusform>On average {mean} ml a day against a goal of {goal} ml; the goal was reached on {met} of %n days (drinks logged on {logged} of them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished step(s) lost.</source>
        <translation>
            <numerusform>%n finished step is lost.</numerusform>
            <numerusform>%n finished steps are lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished step(s) waiting.</source>
        <translation>
            <numerusform>%n finished step is waiting.</numerusform>
            <numerusform>%n finished steps are waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: {done} of %n session(s)</source>
        <translation>
            <numerusform>This week: {done} of %n session</numerusform>
            <numerusform>This week: {done} of %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) at your own pace, press Enter for each one</source>
        <translation>
            <numerusform>%n rep at your own pace, press Enter for each one</numerusform>
            <numerusform>%n reps at your own pace, press Enter for each one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are saved</source>
        <translation>
            <numerusform>%n step is saved</numerusform>
            <numerusform>%n steps are saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{saved}; %n step(s) still waiting to be saved. BackCare keeps them and saves them {when}.</source>
        <translation>
            <numerusform>{saved}; %n step is still waiting to be saved. BackCare keeps it and saves it {when}.</numerusform>
            <numerusform>{saved}; %n steps are still waiting to be saved. BackCare keeps them and saves them {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s). Go.</source>
        <translation>
            <numerusform>%n rep. Go.</numerusform>
            <numerusform>%n reps. Go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) at your own pace. Press Enter for each one.</source>
        <translation>
            <numerusform>%n rep at your own pace. Press Enter for each one.</numerusform>
            <numerusform>%n reps at your own pace. Press Enter for each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not go into {file} as they are stored, so another computer will not import them. The CSV files hold them as stored, and {file} lists them under “left_out”:</source>
        <translation>
            <numerusform>%n record could not go into {file} as it is stored, so another computer will not import it. The CSV files hold it as stored, and {file} lists it under “left_out”:</numerusform>
            <numerusform>%n records could not go into {file} as they are stored, so another computer will not import them. The CSV files hold them as stored, and {file} lists them under “left_out”:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were already here and were skipped.</source>
        <translation>
            <numerusform>%n record was already here and was skipped.</numerusform>
            <numerusform>%n records were already here and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settings were taken from the file.</source>
        <translation>
            <numerusform>%n setting was taken from the file.</numerusform>
            <numerusform>%n settings were taken from the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>&lt;b&gt;{title}&lt;/b&gt;: %n exercise(s), {length} in all. The guided session leads you through them with a countdown, tones and a voice.</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: %n exercise, {length} in all. The guided session leads you through it with a countdown, tones and a voice.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: %n exercises, {length} in all. The guided session leads you through them with a countdown, tones and a voice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message numerus="yes">
        <source>%n sessions, {minutes} minutes of exercise.</source>
        <translation>
            <numerusform>%n session, {minutes} minutes of exercise.</numerusform>
            <numerusform>%n sessions, {minutes} minutes of exercise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed first: %n sessions whose dates cannot be used.</source>
        <translation>
            <numerusform>Listed first: %n session whose date cannot be used.</numerusform>
            <numerusform>Listed first: %n sessions whose dates cannot be used.</numerusform>
        </translation>
    </message>
</context>
</TS>
