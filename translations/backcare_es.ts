<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>No pain was logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain {mean} out of 10 on {days} day(s) logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain eased: the daily average went from {start} to {end} out of 10 between the start and the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain rose: the daily average went from {start} to {end} out of 10 between the start and the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain stayed about the same: a daily average of {start} at the start of the period and {end} at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain was logged on {days} of {all} days; the worst was {worst}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session was finished in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{per_week} finished sessions a week on average ({sessions} in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sessions} finished session(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal of {goal} a week was met in {met} of {weeks} week(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{planned} sessions were planned; {done} were done in the same weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session has pain logged both before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around sessions, pain averaged {before} before and {after} after ({n} session(s) with both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} session(s) stopped because it hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flare-up was on for {days} day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weekly score recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly score (PEG, 0–10): {start} in the first week answered, {end} in the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly score (PEG, 0–10): {score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records start on {day}; the days before hold nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period runs past today ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rep each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} reps each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} at your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps}: {tempo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tense {tense}, then relax {relax}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{breaths}, {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{set}, {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HydrationPage</source>
        <comment>Date not readable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HydrationPage</source>
        <comment>Dated before {year}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HydrationPage</source>
        <comment>Dated after today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HistoryPage</source>
        <comment>Date not readable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HistoryPage</source>
        <comment>Dated before {year}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HistoryPage</source>
        <comment>Dated after today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HistoryPage</source>
        <comment>Exercises without their session</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed, so BackCare goes on with tones only. On Linux, install speech-dispatcher (for example: sudo apt-get install speech-dispatcher espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{engine} did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{engine} did not start: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{engine} did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its helper process stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is not working ({why}), so BackCare goes on with tones only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInSettings</name>
    <message>
        <source>Ask me every day how my back feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle reminder, shown like drink reminders, on days you have not logged pain yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question comes at this time on days you have not logged your pain yet, never during a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me the weekly questions (PEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEG scale: average pain, and how much pain got in the way of enjoying life and of everyday activities, each 0 to 10. Its weekly score shows on Progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the weekly questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the weekly questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three questions about the past week, each 0 to 10; their score shows on Progress. If the computer is off at that time, they come once later that week, and not when you answered them in the last six days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Your records, routines and backups are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every record as CSV files and as one file BackCare can import (on the History page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the records of a BackCare export (on the History page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCare backs up your data once a day when it changed, and before every upgrade. A backup you restore replaces your data the next time BackCare starts; your data as it is then is backed up first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} replaces your data the next time BackCare starts. Quit and start BackCare again to restore it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCare could not open the folder; it is {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being written; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is replaced by the backup of {when} the next time BackCare starts. Your data as it is then is backed up first, so you can go back to it. Restoring cannot happen while BackCare runs: quit and start it again to restore now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore at next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <source>Export for a health record (FHIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder. Choose the name of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} already exists. Replace it with the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported for a health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {counts} in {file}, an HL7 FHIR R4 Bundle that a health record can take in. Pain levels are coded with LOINC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions, pain entries or weekly scores yet; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions, pain entries or weekly scores between {first} and {last}; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was made by something else meanwhile, and BackCare does not replace it without asking. Export again to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCare could not write {file}: {why}. Nothing was written; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that BackCare did not expect; nothing was written. The details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirRangeDialog</name>
    <message>
        <source>Export for a health record (FHIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only these days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions, pain entries and weekly scores as an HL7 FHIR R4 file that a health record can take in. It names no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“From” is after “To”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstWeekQuestions</name>
    <message>
        <source>A plan for your first weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions, all optional, so BackCare can propose a plan: a gentle first week, then a little more. You can change it before you accept it, or skip this and plan later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your back today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How active are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What time suits you? (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your back today? (0 no pain, 10 the worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How active are you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which days suit you? (none ticked: any day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What time suits you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time of day; write it as hours and minutes, like 18:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source> a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal: sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance: at least 3 sessions a week, with rest days between strength days. From 1 to 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Sessions and pain log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop; nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting your records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCare could not write into {folder}: {why}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {counts} in {folder}: one CSV file per kind of record (columns.txt explains them) and {file}, which BackCare can import on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 record could not go into {file} as it is stored, so another computer will not import it. The CSV files hold it as stored, and {file} lists it under “left_out”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records could not go into {file} as they are stored, so another computer will not import them. The CSV files hold them as stored, and {file} lists them under “left_out”:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the records of {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not imported, so nothing changed. What is wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record was already here and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records were already here and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} settings were taken from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that BackCare did not expect; nothing was changed. The details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HydrationPage</name>
    <message>
        <source>What was just done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drink reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinks with a date that cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this drink a time today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These drinks are in your records, but their date cannot be read or lies far off, so no day counts them and reminders ignore them. Move one to today or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drink reminders, active hours, the daily goal and units, in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} stored with the time {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to today: {amount} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this drink?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the drink of {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the drink of {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HydrationSettings</name>
    <message>
        <source>Remind me to drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal in millilitres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glass size in millilitres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show amounts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A soft tone with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a soft tone with reminders shown in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps reminders coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this is on, closing the window keeps reminders coming from the tray; Quit ends BackCare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glass size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved until the form is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare-up mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare-up mode is on: gentle routines, and no suggestions to do more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad day for your back: advice, and a short gentle routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for a &amp;health record (FHIR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report for your physiotherapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gramme sheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainTab</name>
    <message>
        <source>Daily check-in settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether and when BackCare asks each day how your back feels, in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already there. Replace it with this PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Weekly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which routine on which days, at what time. At most {most} sessions a day, at least {gap} minutes apart. Nothing is saved until the plan is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week or the first week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first week runs from {first} to {last}; then the weekly plan begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: sessions for the first seven days only (a gentle start), from the day you save the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>{title}: the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {count} exercises, {length} in all. The guided session leads you through them with a countdown, tones and a voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each exercise with when it starts, how much of it and how long; under it its sets, sides and rests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {number}, {name}: {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts {length}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSettings</name>
    <message>
        <source>Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of the sessions in my plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} page(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Report for your physiotherapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it working?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the weekly questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts; choose its first day again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} page(s). Check it, then save it as a PDF to print or send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the exercise&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the routine&apos;s timeline: each exercise, its sets and rests, and when they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today&apos;s planned session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See or change the weekly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weekly plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These routine files could not be read and were left as they are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routines folder could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionReminderDelivery</name>
    <message>
        <source>Time for your session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>The session paused because the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Stopped at {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session, {minutes} minutes of exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions, {minutes} minutes of exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed first: 1 session whose date cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listed first: %n sessions whose dates cannot be used.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session “{title}” of {when} with its exercises? Pain logged with it stays in the pain log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>BackCare cannot write its lock file in {folder}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <source>Test tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a tone at the chosen volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundVoiceForm</name>
    <message>
        <source>Tone volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence the tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak exercise and phase names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say a short sample with the chosen voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how BackCare sounds. Next: knee hugs. Get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice starts with the next phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Flare-up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SlotList</name>
    <message>
        <source>Planned sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Every problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing: {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
