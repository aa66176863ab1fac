<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>No pain was logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Schmerzen eingetragen.</translation>
    </message>
    <message>
        <source>Pain eased: the daily average went from {start} to {end} out of 10 between the start and the end of the period.</source>
        <translation>Die Schmerzen haben nachgelassen: Der Tagesmittelwert ging zwischen Anfang und Ende des Zeitraums von {start} auf {end} von 10 zurück.</translation>
    </message>
    <message>
        <source>Pain rose: the daily average went from {start} to {end} out of 10 between the start and the end of the period.</source>
        <translation>Die Schmerzen haben zugenommen: Der Tagesmittelwert stieg zwischen Anfang und Ende des Zeitraums von {start} auf {end} von 10.</translation>
    </message>
    <message>
        <source>Pain stayed about the same: a daily average of {start} at the start of the period and {end} at the end.</source>
        <translation>Die Schmerzen blieben etwa gleich: ein Tagesmittelwert von {start} am Anfang des Zeitraums und {end} am Ende.</translation>
    </message>
    <message>
        <source>No session was finished in this period.</source>
        <translation>In diesem Zeitraum wurde keine Einheit abgeschlossen.</translation>
    </message>
    <message>
        <source>{per_week} finished sessions a week on average ({sessions} in all).</source>
        <translation>Im Mittel {per_week} abgeschlossene Einheiten pro Woche ({sessions} insgesamt).</translation>
    </message>
    <message>
        <source>No session has pain logged both before and after.</source>
        <translation>Keine Einheit hat eine Schmerzangabe sowohl vorher als auch nachher.</translation>
    </message>
    <message numerus="yes">
        <source>Average pain {mean} out of 10 on %n day(s) logged.</source>
        <translation>
            <numerusform>Durchschnittliche Schmerzstärke {mean} von 10 an %n eingetragenen Tag.</numerusform>
            <numerusform>Durchschnittliche Schmerzstärke {mean} von 10 an %n eingetragenen Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain was logged on {days} of %n day(s); the worst was {worst}.</source>
        <translation>
            <numerusform>Schmerzen wurden an {days} von %n Tag eingetragen; der höchste Wert war {worst}.</numerusform>
            <numerusform>Schmerzen wurden an {days} von %n Tagen eingetragen; der höchste Wert war {worst}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished session(s).</source>
        <translation>
            <numerusform>%n abgeschlossene Einheit.</numerusform>
            <numerusform>%n abgeschlossene Einheiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The goal of {goal} a week was met in {met} of %n week(s).</source>
        <translation>
            <numerusform>Das Ziel von {goal} pro Woche wurde in {met} von %n Woche erreicht.</numerusform>
            <numerusform>Das Ziel von {goal} pro Woche wurde in {met} von %n Wochen erreicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) were planned; {done} were done in the same weeks.</source>
        <translation>
            <numerusform>%n Einheit war geplant; {done} wurden in denselben Wochen gemacht.</numerusform>
            <numerusform>%n Einheiten waren geplant; {done} wurden in denselben Wochen gemacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around sessions, pain averaged {before} before and {after} after (%n session(s) with both).</source>
        <translation>
            <numerusform>Rund um die Einheiten lag die Schmerzstärke im Mittel bei {before} vorher und {after} nachher (%n Einheit mit beiden Angaben).</numerusform>
            <numerusform>Rund um die Einheiten lag die Schmerzstärke im Mittel bei {before} vorher und {after} nachher (%n Einheiten mit beiden Angaben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) stopped because it hurt.</source>
        <translation>
            <numerusform>%n Einheit wegen Schmerzen abgebrochen.</numerusform>
            <numerusform>%n Einheiten wegen Schmerzen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A flare-up was on for %n day(s).</source>
        <translation>
            <numerusform>Ein Schub bestand an %n Tag.</numerusform>
            <numerusform>Ein Schub bestand an %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No weekly score recorded.</source>
        <translation>Kein Wochenwert erfasst.</translation>
    </message>
    <message>
        <source>Weekly score (PEG, 0–10): {start} in the first week answered, {end} in the last.</source>
        <translation>Wochenwert (PEG, 0–10): {start} in der ersten beantworteten Woche, {end} in der letzten.</translation>
    </message>
    <message>
        <source>Weekly score (PEG, 0–10): {score}.</source>
        <translation>Wochenwert (PEG, 0–10): {score}.</translation>
    </message>
    <message>
        <source>The records start on {day}; the days before hold nothing.</source>
        <translation>Die Aufzeichnungen beginnen am {day}; für die Tage davor gibt es keine.</translation>
    </message>
    <message>
        <source>The period runs past today ({day}).</source>
        <translation>Der Zeitraum reicht über heute ({day}) hinaus.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>etwa {minutes} min</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>Tag {number}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>The first week has no start date.</source>
        <translation>Die erste Woche hat kein Startdatum.</translation>
    </message>
    <message>
        <source>{when} (“{routine}”)</source>
        <translation>{when} („{routine}“)</translation>
    </message>
    <message>
        <source>These planned sessions lost their routine, which was deleted or cannot be read: {sessions}. The rest of the plan goes on; choose another routine for them in the plan.</source>
        <translation>Diese geplanten Einheiten haben ihre Übungsfolge verloren, weil sie gelöscht wurde oder nicht gelesen werden kann: {sessions}. Der Rest des Plans gilt weiter; wählen Sie im Plan eine andere Übungsfolge für sie.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>First week, {day}</source>
        <translation>Erste Woche, {day}</translation>
    </message>
    <message>
        <source>{day} is not a day of the week (Monday to Sunday).</source>
        <translation>{day} ist kein Wochentag (Montag bis Sonntag).</translation>
    </message>
    <message>
        <source>{day}: “{time}” is not a time of day; write it as hours and minutes, 00:00 to 23:59.</source>
        <translation>{day}: „{time}“ ist keine Uhrzeit; schreiben Sie Stunden und Minuten, 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>{session}: no routine is chosen.</source>
        <translation>{session}: Keine Übungsfolge ausgewählt.</translation>
    </message>
    <message>
        <source>{session}: the routine “{routine}” does not exist (deleted, or its file cannot be read); choose another.</source>
        <translation>{session}: Die Übungsfolge „{routine}“ gibt es nicht (gelöscht, oder ihre Datei kann nicht gelesen werden); wählen Sie eine andere.</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n session(s) are planned; at most {most} fit a day.</source>
        <translation>
            <numerusform>{day}: %n Einheit ist geplant; höchstens {most} passen in einen Tag.</numerusform>
            <numerusform>{day}: %n Einheiten sind geplant; höchstens {most} passen in einen Tag.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {first} and {second} are less than {gap} minutes apart; leave at least an hour between sessions.</source>
        <translation>{day}: {first} und {second} liegen weniger als {gap} Minuten auseinander; lassen Sie mindestens eine Stunde zwischen den Einheiten.</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal point, as in 2.5</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>twice</source>
        <comment>a hold done two times</comment>
        <translation>zweimal</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>a hold done this many times</comment>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>twice</source>
        <comment>two sets of repetitions</comment>
        <translation>2 Sätze</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each side</source>
        <translation>
            <numerusform>%n Wiederholung je Seite</numerusform>
            <numerusform>%n Wiederholungen je Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>keep moving {time}</source>
        <translation>{time} in Bewegung bleiben</translation>
    </message>
    <message>
        <source>hold {time}</source>
        <translation>{time} halten</translation>
    </message>
    <message>
        <source>move {time}</source>
        <translation>{time} bewegen</translation>
    </message>
    <message>
        <source>return {time}</source>
        <translation>{time} zurück</translation>
    </message>
    <message>
        <source>breathe in {time}</source>
        <translation>{time} einatmen</translation>
    </message>
    <message>
        <source>out {time}</source>
        <translation>{time} ausatmen</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <source>{reps} at your own pace</source>
        <translation>{reps} in Ihrem eigenen Tempo</translation>
    </message>
    <message>
        <source>{reps}: {tempo}</source>
        <translation>{reps}: {tempo}</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>tense {tense}, then relax {relax}</source>
        <translation>{tense} anspannen, dann {relax} entspannen</translation>
    </message>
    <message>
        <source>{breaths}, {length}</source>
        <translation>{breaths}, {length}</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Challenging</source>
        <translation>Anspruchsvoll</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{category} · {difficulty} · {length}</source>
        <translation>{category} · {difficulty} · {length}</translation>
    </message>
    <message>
        <source>Set {number} of {total}</source>
        <translation>Satz {number} von {total}</translation>
    </message>
    <message>
        <source>Rep {number} of {total}</source>
        <translation>Wiederholung {number} von {total}</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Breath {number} of {total}</source>
        <translation>Atemzug {number} von {total}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <source>Let go and relax</source>
        <translation>Loslassen und entspannen</translation>
    </message>
    <message>
        <source>Rest before the next exercise</source>
        <translation>Pause vor der nächsten Übung</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Satz {number}</translation>
    </message>
    <message>
        <source>{set}, {side}</source>
        <translation>{set}, {side}</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>{file} is a folder, not a regular file; it was not read.</source>
        <translation>{file} ist ein Ordner, keine normale Datei; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{file} is a pipe (FIFO), not a regular file; it was not read.</source>
        <translation>{file} ist eine Pipe (FIFO), keine normale Datei; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{file} is a socket, not a regular file; it was not read.</source>
        <translation>{file} ist ein Socket, keine normale Datei; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{file} is a device, not a regular file; it was not read.</source>
        <translation>{file} ist ein Gerät, keine normale Datei; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{file} is not a regular file; it was not read.</source>
        <translation>{file} ist keine normale Datei; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>{file} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} is {size}; at most {limit} is allowed.</source>
        <translation>{file} ist {size} groß; erlaubt sind höchstens {limit}.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit}, the most that is allowed.</source>
        <translation>{file} ist größer als {limit}, das erlaubte Maximum.</translation>
    </message>
    <message>
        <source>You stopped the last session because it hurt.</source>
        <translation>Sie haben die letzte Einheit beendet, weil es wehtat.</translation>
    </message>
    <message numerus="yes">
        <source>Your pain after the last session was {after}, %n point(s) higher than before it ({before}).</source>
        <translation>
            <numerusform>Ihre Schmerzstärke nach der letzten Einheit war {after}, %n Punkt höher als davor ({before}).</numerusform>
            <numerusform>Ihre Schmerzstärke nach der letzten Einheit war {after}, %n Punkte höher als davor ({before}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hard} of your last %n sessions felt too hard.</source>
        <translation>
            <numerusform>{hard} Ihrer letzten %n Einheit waren zu schwer.</numerusform>
            <numerusform>{hard} Ihrer letzten %n Einheiten waren zu schwer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last %n sessions felt too easy and your pain did not rise.</source>
        <translation>
            <numerusform>Ihre letzte %n Einheit war zu leicht, und Ihre Schmerzen sind nicht gestiegen.</numerusform>
            <numerusform>Ihre letzten %n Einheiten waren zu leicht, und Ihre Schmerzen sind nicht gestiegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason} Every exercise is already at its gentlest.</source>
        <translation>{reason} Jede Übung ist schon in ihrer sanftesten Form.</translation>
    </message>
    <message>
        <source>{file} was not imported: {problems}</source>
        <translation>{file} wurde nicht importiert: {problems}</translation>
    </message>
    <message>
        <source>session #{number}, step #{step}</source>
        <translation>Einheit Nr. {number}, Schritt Nr. {step}</translation>
    </message>
    <message>
        <source>session #{number}</source>
        <translation>Einheit Nr. {number}</translation>
    </message>
    <message>
        <source>pain entry #{number}</source>
        <translation>Schmerzeintrag Nr. {number}</translation>
    </message>
    <message>
        <source>drink #{number}</source>
        <translation>Getränk Nr. {number}</translation>
    </message>
    <message>
        <source>record left out #{number}</source>
        <translation>ausgelassener Eintrag Nr. {number}</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>{subject} holds a broken character (a lone surrogate, U+{code})</source>
        <translation>{subject} enthält ein defektes Zeichen (ein einzelnes Surrogat, U+{code})</translation>
    </message>
    <message>
        <source>{subject} holds the direction control U+{code}, which can make text show differently from what it says</source>
        <translation>{subject} enthält das Richtungssteuerzeichen U+{code}, das Text anders anzeigen kann, als er lautet</translation>
    </message>
    <message>
        <source>{subject} holds the control character U+{code}</source>
        <translation>{subject} enthält das Steuerzeichen U+{code}</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>… and more problems; the first {count} are listed.</source>
        <translation>… und weitere Probleme; die ersten {count} sind aufgeführt.</translation>
    </message>
    <message>
        <source>“{name}” is missing</source>
        <translation>„{name}“ fehlt</translation>
    </message>
    <message>
        <source>“{name}” is {value}; it must be a whole number</source>
        <translation>„{name}“ ist {value}; es muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>“{name}” is {value}; it must be a number</source>
        <translation>„{name}“ ist {value}; es muss eine Zahl sein</translation>
    </message>
    <message>
        <source>“{name}” is {value}; allowed is {low}–{high}</source>
        <translation>„{name}“ ist {value}; erlaubt ist {low}–{high}</translation>
    </message>
    <message>
        <source>“{name}” is {value}; it must be a text</source>
        <translation>„{name}“ ist {value}; es muss ein Text sein</translation>
    </message>
    <message>
        <source>“{name}” is {value}; allowed: {allowed}</source>
        <translation>„{name}“ ist {value}; erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>“{name}” is {length} characters long; the limit is {limit}</source>
        <translation>„{name}“ ist {length} Zeichen lang; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>“{name}” is {value}; it must be a time in ISO 8601 with its UTC offset, e.g. 2026-11-24T09:05:00+01:00</source>
        <translation>„{name}“ ist {value}; es muss eine Zeit nach ISO 8601 mit UTC-Versatz sein, z. B. 2026-11-24T09:05:00+01:00</translation>
    </message>
    <message>
        <source>“{name}” is {value}; its UTC offset must be whole minutes from -12:00 to +14:00</source>
        <translation>„{name}“ ist {value}; der UTC-Versatz muss aus ganzen Minuten zwischen -12:00 und +14:00 bestehen</translation>
    </message>
    <message>
        <source>“{name}” is {value}; BackCare accepts times from 1970 to 2100 (UTC)</source>
        <translation>„{name}“ ist {value}; BackCare akzeptiert Zeiten von 1970 bis 2100 (UTC)</translation>
    </message>
    <message>
        <source>must be an object with named values</source>
        <translation>muss ein Objekt mit benannten Werten sein</translation>
    </message>
    <message>
        <source>session number {number} is used twice</source>
        <translation>Einheit Nummer {number} kommt zweimal vor</translation>
    </message>
    <message>
        <source>“steps” must be a list</source>
        <translation>„steps“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>it has {count} steps; the limit is {limit}</source>
        <translation>sie hat {count} Schritte; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>position {position} is used twice in this session</source>
        <translation>Position {position} kommt in dieser Einheit zweimal vor</translation>
    </message>
    <message>
        <source>setting {name}: {value}</source>
        <translation>Einstellung {name}: {value}</translation>
    </message>
    <message>
        <source>{subject} is longer than {limit} characters</source>
        <translation>{subject} ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>it belongs to session {number}, which is not in the file</source>
        <translation>gehört zu Einheit {number}, die nicht in der Datei ist</translation>
    </message>
    <message>
        <source>This is not a BackCare export (its “format” is not “{format}”).</source>
        <translation>Dies ist kein BackCare-Export (sein „format“ ist nicht „{format}“).</translation>
    </message>
    <message>
        <source>This export has format version {version}; this BackCare reads version {supported} and older. Update BackCare, then import again.</source>
        <translation>Dieser Export hat die Formatversion {version}; dieses BackCare liest Version {supported} und älter. Aktualisieren Sie BackCare und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message numerus="yes">
        <source>{problems}; left out with its %n step(s)</source>
        <translation>
            <numerusform>{problems}; zusammen mit ihrem %n Schritt ausgelassen</numerusform>
            <numerusform>{problems}; zusammen mit ihren %n Schritten ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>session {number} is not in the file</source>
        <translation>Einheit {number} ist nicht in der Datei</translation>
    </message>
    <message>
        <source>a value is missing or is not JSON</source>
        <translation>ein Wert fehlt oder ist kein JSON</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>ein Komma fehlt</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>ein Doppelpunkt fehlt</translation>
    </message>
    <message>
        <source>a name in double quotes is expected</source>
        <translation>ein Name in doppelten Anführungszeichen wird erwartet</translation>
    </message>
    <message>
        <source>a text in double quotes is not closed</source>
        <translation>ein Text in doppelten Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a text in double quotes holds a control character</source>
        <translation>ein Text in doppelten Anführungszeichen enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>a text in double quotes holds a broken \u escape</source>
        <translation>ein Text in doppelten Anführungszeichen enthält eine defekte \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>a text in double quotes holds a broken \ escape</source>
        <translation>ein Text in doppelten Anführungszeichen enthält eine defekte \-Escape-Sequenz</translation>
    </message>
    <message>
        <source>more follows after the end of the data</source>
        <translation>nach dem Ende der Daten folgt noch mehr</translation>
    </message>
    <message>
        <source>an object has {count} names; a records file has at most {limit}</source>
        <translation>ein Objekt hat {count} Namen; eine Eintragsdatei hat höchstens {limit}</translation>
    </message>
    <message>
        <source>the name {name} appears twice in one object, so it is not clear which value to take</source>
        <translation>der Name {name} kommt in einem Objekt zweimal vor, daher ist unklar, welcher Wert gilt</translation>
    </message>
    <message>
        <source>a number has {count} digits; a records file needs at most {limit}</source>
        <translation>eine Zahl hat {count} Ziffern; eine Eintragsdatei braucht höchstens {limit}</translation>
    </message>
    <message>
        <source>a number has {count} characters; a records file needs at most {limit}</source>
        <translation>eine Zahl hat {count} Zeichen; eine Eintragsdatei braucht höchstens {limit}</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows</source>
        <translation>{value} ist keine in JSON erlaubte Zahl</translation>
    </message>
    <message>
        <source>a text is longer than {size} MB</source>
        <translation>ein Text ist länger als {size} MB</translation>
    </message>
    <message>
        <source>one value is larger than {size} MB</source>
        <translation>ein Wert ist größer als {size} MB</translation>
    </message>
    <message>
        <source>lists and objects are nested more than {depth} deep</source>
        <translation>Listen und Objekte sind mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>lists and objects are nested too deeply</source>
        <translation>Listen und Objekte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a value cannot be read ({reason})</source>
        <translation>ein Wert kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{file}: a name at the top of the file is longer than 1,000 characters.</source>
        <translation>{file}: ein Name oben in der Datei ist länger als 1.000 Zeichen.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {problem} (line {line}, column {column}).</source>
        <translation>{file} ist kein gültiges JSON: {problem} (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} ist leer.</translation>
    </message>
    <message>
        <source>{file}: the name {name} appears twice at the top of the file, so it is not clear which to read.</source>
        <translation>{file}: der Name {name} kommt oben in der Datei zweimal vor, daher ist unklar, welcher gelesen werden soll.</translation>
    </message>
    <message>
        <source>{file} is saved as {encoding} text; BackCare reads records files saved as UTF-8. Save it as UTF-8, then import again.</source>
        <translation>{file} ist als {encoding}-Text gespeichert; BackCare liest Eintragsdateien, die als UTF-8 gespeichert sind. Speichern Sie die Datei als UTF-8 und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>{file} holds zero bytes, so it is not UTF-8 text (it may be UTF-16 or not text at all). BackCare reads records files saved as UTF-8.</source>
        <translation>{file} enthält Null-Bytes und ist daher kein UTF-8-Text (vielleicht UTF-16 oder gar kein Text). BackCare liest Eintragsdateien, die als UTF-8 gespeichert sind.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte} is not UTF-8). BackCare reads records files saved as UTF-8.</source>
        <translation>{file} ist kein UTF-8-Text (Byte {byte} ist kein UTF-8). BackCare liest Eintragsdateien, die als UTF-8 gespeichert sind.</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB, the most that is allowed.</source>
        <translation>{file} ist größer als {size} MB, das erlaubte Maximum.</translation>
    </message>
    <message>
        <source>BackCare copied the files in this folder here on {date} at {time}, byte for byte, as it found them in its data folder, before opening them.

Why: {why}

They are kept in case they hold records you want back. To use them again, quit BackCare and copy them into the data folder under the same names.
</source>
        <translation>BackCare hat die Dateien in diesem Ordner am {date} um {time} hierher kopiert, Byte für Byte, so wie es sie in seinem Datenordner vorgefunden hat, bevor es sie geöffnet hat.

Grund: {why}

Sie werden aufbewahrt, falls sie Einträge enthalten, die Sie zurückhaben möchten. Um sie wieder zu verwenden, beenden Sie BackCare und kopieren Sie sie unter denselben Namen in den Datenordner.
</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} is damaged and cannot be read safely.</source>
        <translation>Ihre BackCare-Datendatei {file} ist beschädigt und kann nicht sicher gelesen werden.</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} cannot be opened (it may belong to another user or be locked).</source>
        <translation>Ihre BackCare-Datendatei {file} lässt sich nicht öffnen (sie gehört vielleicht einem anderen Benutzer oder ist gesperrt).</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} was written by a newer version of BackCare than this one.</source>
        <translation>Ihre BackCare-Datendatei {file} wurde von einer neueren BackCare-Version geschrieben als dieser.</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} does not hold BackCare data.</source>
        <translation>Ihre BackCare-Datendatei {file} enthält keine BackCare-Daten.</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} has a file beside it that does not belong to it.</source>
        <translation>Neben Ihrer BackCare-Datendatei {file} liegt eine Datei, die nicht zu ihr gehört.</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} is not the one BackCare last saved here.</source>
        <translation>Ihre BackCare-Datendatei {file} ist nicht die, die BackCare hier zuletzt gespeichert hat.</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} is missing.</source>
        <translation>Ihre BackCare-Datendatei {file} fehlt.</translation>
    </message>
    <message>
        <source>{problem} Details: {detail}</source>
        <translation>{problem} Einzelheiten: {detail}</translation>
    </message>
    <message>
        <source>{message} Copies of {files}, as they were found, are in {folder}.</source>
        <translation>{message} Kopien von {files}, so wie sie vorgefunden wurden, liegen in {folder}.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then start BackCare again.</source>
        <translation>Geben Sie etwas Speicherplatz frei und starten Sie BackCare dann neu.</translation>
    </message>
    <message>
        <source>Make it writable, or start BackCare with --data-dir to use another folder.</source>
        <translation>Machen Sie ihn beschreibbar oder starten Sie BackCare mit --data-dir, um einen anderen Ordner zu verwenden.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>BackCare cannot write to its data file</source>
        <translation>BackCare kann nicht in seine Datendatei schreiben</translation>
    </message>
    <message>
        <source>Part of your session could not be saved because {why}, and BackCare could not keep it anywhere else on this computer: it is lost.</source>
        <translation>Ein Teil Ihrer Einheit konnte nicht gespeichert werden, weil {why}, und BackCare konnte ihn nirgends sonst auf diesem Computer ablegen: Er ist verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished step(s) lost.</source>
        <translation>
            <numerusform>%n abgeschlossener Schritt ist verloren.</numerusform>
            <numerusform>%n abgeschlossene Schritte sind verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of your session could not be saved because {why}. BackCare keeps it in {file} and adds it to your records the next time it starts.</source>
        <translation>Ein Teil Ihrer Einheit konnte nicht gespeichert werden, weil {why}. BackCare bewahrt ihn in {file} auf und fügt ihn beim nächsten Start Ihren Einträgen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished step(s) waiting.</source>
        <translation>
            <numerusform>%n abgeschlossener Schritt wartet.</numerusform>
            <numerusform>%n abgeschlossene Schritte warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of your session is not saved yet</source>
        <translation>Ein Teil Ihrer Einheit ist noch nicht gespeichert</translation>
    </message>
    <message>
        <source>BackCare cannot use its data folder</source>
        <translation>BackCare kann seinen Datenordner nicht verwenden</translation>
    </message>
    <message>
        <source>BackCare cannot write to the folder {folder}: {why}.</source>
        <translation>BackCare kann nicht in den Ordner {folder} schreiben: {why}.</translation>
    </message>
    <message>
        <source>BackCare cannot start</source>
        <translation>BackCare kann nicht starten</translation>
    </message>
    <message>
        <source>BackCare is already running</source>
        <translation>BackCare läuft bereits</translation>
    </message>
    <message>
        <source>Another BackCare is using {folder} but does not answer. Close it, or wait a moment and try again.</source>
        <translation>Ein anderes BackCare verwendet {folder}, antwortet aber nicht. Schließen Sie es oder warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>BackCare cannot open your data</source>
        <translation>BackCare kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>BackCare cannot save to your data file {file}: {why}.</source>
        <translation>BackCare kann nicht in Ihre Datendatei {file} speichern: {why}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>BackCare cannot save your data</source>
        <translation>BackCare kann Ihre Daten nicht speichern</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Your data is now the backup {file}, as you asked. Your data as it was before is kept as a backup too (before restore), listed in Settings ▸ Data.</source>
        <translation>Ihre Daten sind jetzt, wie gewünscht, die Sicherung {file}. Ihre vorherigen Daten sind ebenfalls als Sicherung aufbewahrt („vor der Wiederherstellung“), aufgeführt unter Einstellungen ▸ Daten.</translation>
    </message>
    <message>
        <source>Something went wrong that BackCare did not expect. What you had already saved is safe. The details were written to {file}.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Was Sie schon gespeichert hatten, ist sicher. Die Einzelheiten stehen in {file}.</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>ein anderes Programm verwendet die Datei</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may be failing or have been removed)</source>
        <translation>auf den Datenträger konnte nicht geschrieben werden (er ist vielleicht defekt oder wurde entfernt)</translation>
    </message>
    <message>
        <source>the file could not be opened (it may have been moved, or its folder removed)</source>
        <translation>die Datei konnte nicht geöffnet werden (sie wurde vielleicht verschoben oder ihr Ordner entfernt)</translation>
    </message>
    <message>
        <source>BackCare could not save to {file}: {reason}. Nothing was half-saved.</source>
        <translation>BackCare konnte nicht in {file} speichern: {reason}. Nichts wurde nur halb gespeichert.</translation>
    </message>
    <message>
        <source>BackCare could not restore the backup {file}: {reason}. Nothing was deleted.</source>
        <translation>BackCare konnte die Sicherung {file} nicht wiederherstellen: {reason}. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>BackCare could not move or copy files in {folder}: {reason}. Nothing was deleted.</source>
        <translation>BackCare konnte Dateien in {folder} nicht verschieben oder kopieren: {reason}. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>its start time cannot be read: {time}</source>
        <translation>die Startzeit ist nicht lesbar: {time}</translation>
    </message>
    <message>
        <source>its end time cannot be read: {time}</source>
        <translation>die Endzeit ist nicht lesbar: {time}</translation>
    </message>
    <message>
        <source>its entry time cannot be read: {time}</source>
        <translation>der Zeitpunkt ist nicht lesbar: {time}</translation>
    </message>
    <message>
        <source>its drink time cannot be read: {time}</source>
        <translation>der Zeitpunkt ist nicht lesbar: {time}</translation>
    </message>
    <message>
        <source>its position is {value}, not a whole number</source>
        <translation>die Position ist {value}, keine ganze Zahl</translation>
    </message>
    <message>
        <source>its sets done is {value}, not a whole number</source>
        <translation>die Zahl erledigter Sätze ist {value}, keine ganze Zahl</translation>
    </message>
    <message>
        <source>its repetitions done is {value}, not a whole number</source>
        <translation>die Zahl erledigter Wiederholungen ist {value}, keine ganze Zahl</translation>
    </message>
    <message>
        <source>its number is {value}, not a whole number</source>
        <translation>die Nummer ist {value}, keine ganze Zahl</translation>
    </message>
    <message>
        <source>its level is {value}, not a whole number</source>
        <translation>die Schmerzstärke ist {value}, keine ganze Zahl</translation>
    </message>
    <message>
        <source>its session is {value}, not a whole number</source>
        <translation>die Einheit ist {value}, keine ganze Zahl</translation>
    </message>
    <message>
        <source>its amount is {value}, not a whole number</source>
        <translation>die Menge ist {value}, keine ganze Zahl</translation>
    </message>
    <message>
        <source>its time is {value}, not a number</source>
        <translation>die Dauer ist {value}, keine Zahl</translation>
    </message>
    <message>
        <source>its planned length is {value}, not a number</source>
        <translation>die geplante Dauer ist {value}, keine Zahl</translation>
    </message>
    <message>
        <source>its exercise time is {value}, not a number</source>
        <translation>die Übungszeit ist {value}, keine Zahl</translation>
    </message>
    <message>
        <source>it belongs to session {number}, which is not in the database</source>
        <translation>gehört zu Einheit {number}, die nicht in der Datenbank ist</translation>
    </message>
    <message>
        <source>setting {name} = {value} is not a time of day like 09:00</source>
        <translation>Einstellung {name} = {value} ist keine Uhrzeit wie 09:00</translation>
    </message>
    <message>
        <source>The database refused a record ({reason}); nothing was imported.</source>
        <translation>Die Datenbank hat einen Eintrag abgelehnt ({reason}); nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) done</source>
        <translation>
            <numerusform>%n Einheit erledigt</numerusform>
            <numerusform>%n Einheiten erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain entry(s)</source>
        <translation>
            <numerusform>%n Schmerzeintrag</numerusform>
            <numerusform>%n Schmerzeinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly score(s)</source>
        <translation>
            <numerusform>%n Wochenwert</numerusform>
            <numerusform>%n Wochenwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain entries</source>
        <translation>
            <numerusform>%n Schmerzeintrag</numerusform>
            <numerusform>%n Schmerzeinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drink(s)</source>
        <translation>
            <numerusform>%n Getränk</numerusform>
            <numerusform>%n Getränke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n week(s)</source>
        <translation>
            <numerusform>über %n Woche</numerusform>
            <numerusform>über %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n day(s)</source>
        <translation>
            <numerusform>über %n Tag</numerusform>
            <numerusform>über %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average pain {mean} on the %n day(s) logged {span}</source>
        <translation>
            <numerusform>Durchschnittliche Schmerzstärke {mean} an %n erfassten Tag {span}</numerusform>
            <numerusform>Durchschnittliche Schmerzstärke {mean} an %n erfassten Tagen {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>goal of {goal} met {met} of %n week(s)</source>
        <translation>
            <numerusform>Ziel von {goal} in {met} von %n Woche erreicht</numerusform>
            <numerusform>Ziel von {goal} in {met} von %n Wochen erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{missed} of %n planned day(s) missed</source>
        <translation>
            <numerusform>{missed} von %n geplanten Tag verpasst</numerusform>
            <numerusform>{missed} von %n geplanten Tagen verpasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weekly score (PEG): {last}, from {first} at the start of this range (average {mean} over %n answer(s)).</source>
        <translation>
            <numerusform>Wochenwert (PEG): {last}, zu Beginn dieses Zeitraums {first} (Durchschnitt {mean} aus %n Antwort).</numerusform>
            <numerusform>Wochenwert (PEG): {last}, zu Beginn dieses Zeitraums {first} (Durchschnitt {mean} aus %n Antworten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks in a row meeting your goal of %n session(s): {streak} (best {best}).</source>
        <translation>
            <numerusform>Wochen in Folge mit Ihrem Ziel von %n Einheit: {streak} (Bestwert {best}).</numerusform>
            <numerusform>Wochen in Folge mit Ihrem Ziel von %n Einheiten: {streak} (Bestwert {best}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned</source>
        <translation>
            <numerusform>%n Einheit geplant</numerusform>
            <numerusform>%n Einheiten geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>etwa {time}</translation>
    </message>
    <message>
        <source>a daily goal of {amount} ml is outside {low}–{high} ml</source>
        <translation>ein Tagesziel von {amount} ml liegt außerhalb von {low}–{high} ml</translation>
    </message>
    <message>
        <source>a glass of {amount} ml is outside {low}–{high} ml</source>
        <translation>ein Glas von {amount} ml liegt außerhalb von {low}–{high} ml</translation>
    </message>
    <message>
        <source>choose at least one day for reminders</source>
        <translation>wählen Sie mindestens einen Tag für Erinnerungen</translation>
    </message>
    <message>
        <source>a drink of {amount} ml is outside {low}–{high} ml</source>
        <translation>ein Getränk von {amount} ml liegt außerhalb von {low}–{high} ml</translation>
    </message>
    <message>
        <source>{amount} fl oz</source>
        <translation>{amount} fl oz</translation>
    </message>
    <message numerus="yes">
        <source>%n glass(es)</source>
        <translation>
            <numerusform>%n Glas</numerusform>
            <numerusform>%n Gläser</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} glasses</source>
        <translation>{amount} Gläser</translation>
    </message>
    <message>
        <source>{amount} ml</source>
        <translation>{amount} ml</translation>
    </message>
    <message>
        <source>fl oz</source>
        <translation>fl oz</translation>
    </message>
    <message>
        <source>glasses</source>
        <translation>Gläser</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>reminder interval = {minutes} min is outside {low}–{high} min</source>
        <translation>ein Erinnerungsabstand von {minutes} min liegt außerhalb von {low}–{high} min</translation>
    </message>
    <message>
        <source>active hours {start}–{end}: the start must come before the end</source>
        <translation>aktive Zeit {start}–{end}: Der Beginn muss vor dem Ende liegen</translation>
    </message>
    <message>
        <source>active days must be weekdays 0 (Monday) to 6 (Sunday)</source>
        <translation>aktive Tage müssen Wochentage von 0 (Montag) bis 6 (Sonntag) sein</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Check it, then save it as a PDF to print or send.</source>
        <translation>
            <numerusform>%n Seite. Prüfen Sie sie und speichern Sie sie dann als PDF zum Drucken oder Versenden.</numerusform>
            <numerusform>%n Seiten. Prüfen Sie sie und speichern Sie sie dann als PDF zum Drucken oder Versenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n Seite.</numerusform>
            <numerusform>%n Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n day(s))</source>
        <translation>
            <numerusform>{first} bis {last} (%n Tag)</numerusform>
            <numerusform>{first} bis {last} (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average over %n day(s)</source>
        <translation>
            <numerusform>Mittel über %n Tag</numerusform>
            <numerusform>Mittel über %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worst of the day, averaged over %n day(s)</source>
        <translation>
            <numerusform>Tageshöchstwert, gemittelt über %n Tag</numerusform>
            <numerusform>Tageshöchstwert, gemittelt über %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average of %n session(s) with pain logged both before and after (0–10).</source>
        <translation>
            <numerusform>Mittelwert aus %n Einheit mit Schmerzangabe vorher und nachher (0–10).</numerusform>
            <numerusform>Mittelwert aus %n Einheiten mit Schmerzangabe vorher und nachher (0–10).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each exercise of the sessions started in the period: how often it was done, skipped, or stopped because it hurt, with the dates of the last two (the newest %n of each).</source>
        <translation>
            <numerusform>Jede Übung der im Zeitraum begonnenen Einheiten: wie oft sie gemacht, übersprungen oder wegen Schmerzen abgebrochen wurde, mit den Daten der beiden letzten Fälle (jeweils die neuesten %n).</numerusform>
            <numerusform>Jede Übung der im Zeitraum begonnenen Einheiten: wie oft sie gemacht, übersprungen oder wegen Schmerzen abgebrochen wurde, mit den Daten der beiden letzten Fälle (jeweils die neuesten %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest {shown} of %n note(s).</source>
        <translation>
            <numerusform>Die neuesten {shown} von %n Notiz.</numerusform>
            <numerusform>Die neuesten {shown} von %n Notizen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average {mean} ml a day against a goal of {goal} ml; the goal was reached on {met} of %n day(s) (drinks logged on {logged} of them).</source>
        <translation>
            <numerusform>Im Mittel {mean} ml am Tag bei einem Ziel von {goal} ml; das Ziel wurde an {met} von %n Tag erreicht (Getränke eingetragen an {logged} davon).</numerusform>
            <numerusform>Im Mittel {mean} ml am Tag bei einem Ziel von {goal} ml; das Ziel wurde an {met} von %n Tagen erreicht (Getränke eingetragen an {logged} davon).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: {done} of %n session(s)</source>
        <translation>
            <numerusform>Diese Woche: {done} von %n Einheit</numerusform>
            <numerusform>Diese Woche: {done} von %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Water today: {water}</source>
        <translation>Wasser heute: {water}</translation>
    </message>
    <message>
        <source>Today: {planned}</source>
        <translation>Heute: {planned}</translation>
    </message>
    <message>
        <source>{drunk} of {goal}</source>
        <translation>{drunk} von {goal}</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of BackCare.</source>
        <translation>Ihre Daten wurden von einer neueren Version von BackCare gespeichert.</translation>
    </message>
    <message>
        <source>The safest choice is to quit and install the newer version.</source>
        <translation>Am sichersten ist es, BackCare zu beenden und die neuere Version zu installieren.</translation>
    </message>
    <message>
        <source>Your data file cannot be opened.</source>
        <translation>Ihre Datendatei lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or choose below.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei oder wählen Sie unten.</translation>
    </message>
    <message>
        <source>This file does not hold BackCare data.</source>
        <translation>Diese Datei enthält keine BackCare-Daten.</translation>
    </message>
    <message>
        <source>It may belong to another program. BackCare has not changed it. Choose what to do:</source>
        <translation>Sie gehört vielleicht zu einem anderen Programm. BackCare hat sie nicht verändert. Wählen Sie, was geschehen soll:</translation>
    </message>
    <message>
        <source>A file beside your data does not belong to it.</source>
        <translation>Eine Datei neben Ihren Daten gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Opening your data with it would have mixed it into your records, so BackCare has not opened them. Choose what to do:</source>
        <translation>Beim Öffnen wäre sie in Ihre Einträge gemischt worden, daher hat BackCare Ihre Daten nicht geöffnet. Wählen Sie, was geschehen soll:</translation>
    </message>
    <message>
        <source>This is not the data file BackCare last saved.</source>
        <translation>Dies ist nicht die Datendatei, die BackCare zuletzt gespeichert hat.</translation>
    </message>
    <message>
        <source>It may be an older copy, or another person&apos;s data, put in its place by hand or by a sync or restore tool. BackCare has not changed it. Choose what to do:</source>
        <translation>Vielleicht ist es eine ältere Kopie oder die Daten einer anderen Person, von Hand oder von einem Synchronisations- oder Wiederherstellungsprogramm an ihre Stelle gelegt. BackCare hat sie nicht verändert. Wählen Sie, was geschehen soll:</translation>
    </message>
    <message>
        <source>Your data file is missing.</source>
        <translation>Ihre Datendatei fehlt.</translation>
    </message>
    <message>
        <source>Choose what to do:</source>
        <translation>Wählen Sie, was geschehen soll:</translation>
    </message>
    <message>
        <source>Your data file is damaged.</source>
        <translation>Ihre Datendatei ist beschädigt.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Choose what to do:</source>
        <translation>Noch wurde nichts verändert. Wählen Sie, was geschehen soll:</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <source>Beside it: {names}</source>
        <translation>Daneben: {names}</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Details: {detail}</translation>
    </message>
    <message>
        <source>Copies of these files, exactly as they were found, are in {folder}</source>
        <translation>Kopien dieser Dateien, genau so, wie sie vorgefunden wurden, liegen in {folder}</translation>
    </message>
    <message>
        <source>• Restore the latest backup ({name}).</source>
        <translation>• Die neueste Sicherung wiederherstellen ({name}).</translation>
    </message>
    <message>
        <source>• Use this file as your data from now on.</source>
        <translation>• Diese Datei ab jetzt als Ihre Daten verwenden.</translation>
    </message>
    <message>
        <source>• Start with empty data. The current files are kept, renamed, next to it.</source>
        <translation>• Mit leeren Daten beginnen. Die jetzigen Dateien bleiben umbenannt daneben erhalten.</translation>
    </message>
    <message>
        <source>• Start with empty data.</source>
        <translation>• Mit leeren Daten beginnen.</translation>
    </message>
    <message>
        <source>• Quit and change nothing.</source>
        <translation>• Beenden und nichts verändern.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>Diese Datei verwenden</translation>
    </message>
    <message>
        <source>Start with empty data</source>
        <translation>Mit leeren Daten beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>About BackCare</source>
        <translation>Über BackCare</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your data:&lt;/b&gt; {data}&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Ihre Daten:&lt;/b&gt; {data}&lt;br&gt;&lt;b&gt;Protokolldatei:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details… lists them all)</source>
        <translation>… und {n} weitere (Details anzeigen… listet alle auf)</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) at your own pace, press Enter for each one</source>
        <translation>
            <numerusform>%n Wiederholung in Ihrem Tempo, drücken Sie nach jeder die Eingabetaste</numerusform>
            <numerusform>%n Wiederholungen in Ihrem Tempo, drücken Sie nach jeder die Eingabetaste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are saved</source>
        <translation>
            <numerusform>%n Schritt ist gespeichert</numerusform>
            <numerusform>%n Schritte sind gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{saved}; %n step(s) still waiting to be saved. BackCare keeps them and saves them {when}.</source>
        <translation>
            <numerusform>{saved}; %n Schritt wartet noch darauf, gespeichert zu werden. BackCare bewahrt ihn auf und speichert ihn, {when}.</numerusform>
            <numerusform>{saved}; %n Schritte warten noch darauf, gespeichert zu werden. BackCare bewahrt sie auf und speichert sie, {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left side.</source>
        <translation>Linke Seite.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <translation>Rechte Seite.</translation>
    </message>
    <message>
        <source>Next: {name}. Get ready.</source>
        <translation>Als Nächstes: {name}. Machen Sie sich bereit.</translation>
    </message>
    <message>
        <source>Last set.</source>
        <translation>Letzter Satz.</translation>
    </message>
    <message>
        <source>Keep moving.</source>
        <translation>In Bewegung bleiben.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s). Go.</source>
        <translation>
            <numerusform>%n Wiederholung. Los.</numerusform>
            <numerusform>%n Wiederholungen. Los.</numerusform>
        </translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) at your own pace. Press Enter for each one.</source>
        <translation>
            <numerusform>%n Wiederholung in Ihrem Tempo. Drücken Sie danach die Eingabetaste.</numerusform>
            <numerusform>%n Wiederholungen in Ihrem Tempo. Drücken Sie nach jeder die Eingabetaste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>Switch to your left side.</source>
        <translation>Wechseln Sie zur linken Seite.</translation>
    </message>
    <message>
        <source>Switch to your right side.</source>
        <translation>Wechseln Sie zur rechten Seite.</translation>
    </message>
    <message>
        <source>Tense your {name}.</source>
        <translation>Anspannen: {name}.</translation>
    </message>
    <message>
        <source>Let go, and relax.</source>
        <translation>Loslassen und entspannen.</translation>
    </message>
    <message>
        <source>Breathe in.</source>
        <translation>Einatmen.</translation>
    </message>
    <message>
        <source>Breathe out.</source>
        <translation>Ausatmen.</translation>
    </message>
    <message>
        <source>Well done. That is the end.</source>
        <translation>Gut gemacht. Das war die letzte Übung.</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>eines von: {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of up to {count} lines of text</source>
        <translation>eine Liste von bis zu {count} Textzeilen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{value} is outside {allowed}</source>
        <translation>{value} liegt außerhalb von {allowed}</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} ist weder true noch false</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} ist kein Text</translation>
    </message>
    <message>
        <source>{value} is not {allowed}</source>
        <translation>{value} ist nicht {allowed}</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} ist leer</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters</source>
        <translation>{field} ist länger als {count} Zeichen</translation>
    </message>
    <message>
        <source>{value} is not a list of text lines</source>
        <translation>{value} ist keine Liste von Textzeilen</translation>
    </message>
    <message>
        <source>{field} line {number} is {value}, not text; each line is text in quotes</source>
        <translation>{field} Zeile {number} ist {value}, kein Text; jede Zeile ist Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>{field} has {count} lines; the limit is {limit}</source>
        <translation>{field} hat {count} Zeilen; die Grenze ist {limit}</translation>
    </message>
    <message>
        <source>{field} has a line longer than {count} characters</source>
        <translation>{field} hat eine Zeile, die länger als {count} Zeichen ist</translation>
    </message>
    <message>
        <source>has {character} at character {number}; only visible text is allowed</source>
        <translation>enthält {character} an Zeichen {number}; erlaubt ist nur sichtbarer Text</translation>
    </message>
    <message>
        <source> (did you mean &quot;{key}&quot;?)</source>
        <translation> (meinten Sie „{key}“?)</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}{hint}</source>
        <translation>{where}: unbekannter Schlüssel {key}{hint}</translation>
    </message>
    <message>
        <source>{where}: {field} is missing ({allowed})</source>
        <translation>{where}: {field} fehlt ({allowed})</translation>
    </message>
    <message>
        <source>{file}: exercise {number} is not a table</source>
        <translation>{file}: Übung {number} ist keine Tabelle</translation>
    </message>
    <message>
        <source>{file}: exercise {number}</source>
        <translation>{file}: Übung {number}</translation>
    </message>
    <message>
        <source>{where}: give cycles or duration_s, not both</source>
        <translation>{where}: Geben Sie cycles oder duration_s an, nicht beides</translation>
    </message>
    <message>
        <source>{where}: cycles or duration_s is missing (cycles 1–200, or duration_s 30–3600)</source>
        <translation>{where}: cycles oder duration_s fehlt (cycles 1–200 oder duration_s 30–3600)</translation>
    </message>
    <message>
        <source>{file} (in {language})</source>
        <translation>{file} (auf {language})</translation>
    </message>
    <message>
        <source>{file}: language = {value} is not one BackCare knows; it may be one of: {allowed}</source>
        <translation>{file}: language = {value} ist keine Sprache, die BackCare kennt; erlaubt ist eine von: {allowed}</translation>
    </message>
    <message>
        <source>exercise {number} &quot;{name}&quot;: </source>
        <translation>Übung {number} „{name}“: </translation>
    </message>
    <message>
        <source>exercise {number}: </source>
        <translation>Übung {number}: </translation>
    </message>
    <message>
        <source>{file}: {where}{field}.{key}: {code} is not a language BackCare knows; it may be one of: {allowed}</source>
        <translation>{file}: {where}{field}.{key}: {code} ist keine Sprache, die BackCare kennt; erlaubt ist eine von: {allowed}</translation>
    </message>
    <message>
        <source>{file}: {where}{field} is given in one language, but the file uses {languages}: give it in each ({field}.{first} = …)</source>
        <translation>{file}: {where}{field} ist nur in einer Sprache angegeben, die Datei verwendet aber {languages}: Geben Sie es in jeder an ({field}.{first} = …)</translation>
    </message>
    <message>
        <source>{file}: {where}{field} has no text in {missing}</source>
        <translation>{file}: {where}{field} hat keinen Text in {missing}</translation>
    </message>
    <message>
        <source>{count} in {language}</source>
        <translation>{count} in {language}</translation>
    </message>
    <message>
        <source>{file}: {where}{field} has a different number of lines in each language ({counts}); each language needs the same lines</source>
        <translation>{file}: {where}{field} hat in jeder Sprache eine andere Zahl von Zeilen ({counts}); jede Sprache braucht dieselben Zeilen</translation>
    </message>
    <message>
        <source>{file}: {where}{field}.{code} has an empty text</source>
        <translation>{file}: {where}{field}.{code} hat einen leeren Text</translation>
    </message>
    <message>
        <source>{file}: id = {value} may hold only lowercase letters, digits and single dashes</source>
        <translation>{file}: id = {value} darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten</translation>
    </message>
    <message>
        <source>{file}: based_on = {value} must be a routine id: lowercase letters, digits and single dashes</source>
        <translation>{file}: based_on = {value} muss die id einer Übungsfolge sein: Kleinbuchstaben, Ziffern und einzelne Bindestriche</translation>
    </message>
    <message>
        <source>{file}: exercise is missing (1–{limit} exercises, each an [[exercise]] table)</source>
        <translation>{file}: exercise fehlt (1–{limit} Übungen, jede eine [[exercise]]-Tabelle)</translation>
    </message>
    <message>
        <source>{file}: exercise must be a list of [[exercise]] tables</source>
        <translation>{file}: exercise muss eine Liste von [[exercise]]-Tabellen sein</translation>
    </message>
    <message>
        <source>{file}: the routine has no exercises (at least 1)</source>
        <translation>{file}: Die Übungsfolge hat keine Übungen (mindestens 1)</translation>
    </message>
    <message>
        <source>{file}: the routine has {count} exercises; the limit is {limit}</source>
        <translation>{file}: Die Übungsfolge hat {count} Übungen; die Grenze ist {limit}</translation>
    </message>
    <message>
        <source>{file}: … and {count} more problems</source>
        <translation>{file}: … und {count} weitere Probleme</translation>
    </message>
    <message>
        <source>{file}: the routine expands to {count} timed steps; the limit is {limit}</source>
        <translation>{file}: Die Übungsfolge ergibt {count} zeitgesteuerte Schritte; die Grenze ist {limit}</translation>
    </message>
    <message>
        <source>{file}: the routine lasts {length}; the limit is {limit}</source>
        <translation>{file}: Die Übungsfolge dauert {length}; die Grenze ist {limit}</translation>
    </message>
    <message>
        <source>{file}: the file is {size} KB; a routine file may be at most {limit} KB</source>
        <translation>{file}: Die Datei ist {size} KB groß; eine Übungsfolgen-Datei darf höchstens {limit} KB groß sein</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {why}</source>
        <translation>{file}: kein gültiges TOML: {why}</translation>
    </message>
    <message>
        <source>{name} must be from {low} to {high}{unit}; {value} is not allowed. Nothing was saved.</source>
        <translation>{name} muss zwischen {low} und {high}{unit} liegen; {value} ist nicht erlaubt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{name} must be one of: {allowed}; {value} is not allowed. Nothing was saved.</source>
        <translation>{name} muss eines davon sein: {allowed}; {value} ist nicht erlaubt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{name} cannot be {value}. Nothing was saved.</source>
        <translation>{name} kann nicht {value} sein. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The weekly goal</source>
        <translation>Das Wochenziel</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <translation> Einheiten pro Woche</translation>
    </message>
    <message>
        <source>The day of the weekly questions</source>
        <translation>Der Tag der Wochenfragen</translation>
    </message>
    <message>
        <source>The colour scheme</source>
        <translation>Das Farbschema</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>Die Sprache</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Übungsfolge</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>{title} (my copy)</source>
        <translation>{title} (meine Kopie)</translation>
    </message>
    <message>
        <source>id &quot;{id}&quot; belongs to a built-in routine</source>
        <translation>Die Kennung „{id}“ gehört zu einer mitgelieferten Übungsfolge</translation>
    </message>
    <message>
        <source>{file} is already in your routines folder and was left as it is; give the routine another id</source>
        <translation>{file} liegt schon in Ihrem Ordner für Übungsfolgen und wurde so belassen; geben Sie der Übungsfolge eine andere Kennung</translation>
    </message>
    <message>
        <source>A routine with id &quot;{id}&quot; exists already; imported as &quot;{new_id}&quot;.</source>
        <translation>Eine Übungsfolge mit der Kennung „{id}“ gibt es schon; als „{new_id}“ importiert.</translation>
    </message>
    <message>
        <source>Your routines folder already holds a file named {file}; imported as &quot;{new_id}&quot;.</source>
        <translation>Ihr Ordner für Übungsfolgen enthält schon eine Datei namens {file}; als „{new_id}“ importiert.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Atemhilfe</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{weekday} {day}</source>
        <comment>a date axis&apos; tick</comment>
        <translation>{weekday} {day}.</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Flare-up day</source>
        <translation>Schubtag</translation>
    </message>
    <message>
        <source>Worst of the day</source>
        <translation>Stärkster des Tages</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>Average pain {mean}, worst {worst}</source>
        <translation>Durchschnittliche Schmerzstärke {mean}, höchste {worst}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Pain before and after sessions, per routine</source>
        <translation>Schmerz vor und nach den Einheiten, je Übungsfolge</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>{routine}
Average pain before {before}, after {after} ({change})</source>
        <translation>{routine}
Durchschnittliche Schmerzstärke vorher {before}, nachher {after} ({change})</translation>
    </message>
    <message>
        <source>Weekly score (PEG)</source>
        <translation>Wochenwert (PEG)</translation>
    </message>
    <message>
        <source>Week of {day}
Weekly score {score}</source>
        <translation>Woche vom {day}
Wochenwert {score}</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>How is your back today? Logging it takes a few seconds and shows your trend.</source>
        <translation>Wie geht es Ihrem Rücken heute? Das Eintragen dauert nur ein paar Sekunden und zeigt Ihren Verlauf.</translation>
    </message>
</context>
<context>
    <name>CheckInDelivery</name>
    <message>
        <source>Daily check-in</source>
        <translation>Tägliche Schmerz-Abfrage</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Schmerz eintragen…</translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation>BackCare öffnen</translation>
    </message>
</context>
<context>
    <name>CheckInSettings</name>
    <message>
        <source>Ask me every day how my back feels</source>
        <translation>Mich jeden Tag fragen, wie es meinem Rücken geht</translation>
    </message>
    <message>
        <source>A gentle reminder, shown like drink reminders, on days you have not logged pain yet</source>
        <translation>Eine sanfte Erinnerung, angezeigt wie die Trinkerinnerungen, an Tagen, an denen Sie noch keinen Schmerz eingetragen haben</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Uhrzeit der Abfrage</translation>
    </message>
    <message>
        <source>The question comes at this time on days you have not logged your pain yet, never during a session.</source>
        <translation>Die Frage kommt zu dieser Uhrzeit an Tagen, an denen Sie noch keinen Schmerz eingetragen haben, nie während einer Einheit.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Ask me the weekly questions (PEG)</source>
        <translation>Mir die Wochenabfrage stellen (PEG)</translation>
    </message>
    <message>
        <source>The PEG scale: average pain, and how much pain got in the way of enjoying life and of everyday activities, each 0 to 10. Its weekly score shows on Progress.</source>
        <translation>Die PEG-Skala: durchschnittliche Schmerzstärke und wie sehr der Schmerz Lebensfreude und Alltagsaktivitäten beeinträchtigt hat, jeweils 0 bis 10. Ihr Wochenwert erscheint unter Fortschritt.</translation>
    </message>
    <message>
        <source>Day of the weekly questions</source>
        <translation>Tag der Wochenabfrage</translation>
    </message>
    <message>
        <source>Time of the weekly questions</source>
        <translation>Uhrzeit der Wochenabfrage</translation>
    </message>
    <message>
        <source>Three questions about the past week, each 0 to 10; their score shows on Progress. If the computer is off at that time, they come once later that week, and not when you answered them in the last six days.</source>
        <translation>Drei Fragen zur vergangenen Woche, jeweils 0 bis 10; ihr Wert erscheint unter Fortschritt. Ist der Computer zu dieser Zeit aus, kommen sie einmal später in dieser Woche, und nicht, wenn Sie sie in den letzten sechs Tagen beantwortet haben.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von Ihnen erstellt</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einem Upgrade</translation>
    </message>
    <message>
        <source>{day} {time} — {kind}</source>
        <translation>{day} {time} — {kind}</translation>
    </message>
    <message>
        <source>Your records, routines and backups are kept in {folder}</source>
        <translation>Ihre Einträge, Übungsfolgen und Sicherungen liegen in {folder}</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Export records…</source>
        <translation>Einträge exportieren…</translation>
    </message>
    <message>
        <source>Save every record as CSV files and as one file BackCare can import (on the History page)</source>
        <translation>Alle Einträge als CSV-Dateien und als eine Datei speichern, die BackCare importieren kann (auf der Seite Verlauf)</translation>
    </message>
    <message>
        <source>Import records…</source>
        <translation>Einträge importieren…</translation>
    </message>
    <message>
        <source>Add the records of a BackCare export (on the History page)</source>
        <translation>Die Einträge eines BackCare-Exports hinzufügen (auf der Seite Verlauf)</translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation>Was gerade geschehen ist</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Diese Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>Nicht wiederherstellen</translation>
    </message>
    <message>
        <source>Restore at the next start</source>
        <translation>Beim nächsten Start wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>BackCare backs up your data once a day when it changed, and before every upgrade. A backup you restore replaces your data the next time BackCare starts; your data as it is then is backed up first, so nothing is lost.</source>
        <translation>BackCare sichert Ihre Daten einmal am Tag, wenn sie sich geändert haben, und vor jedem Upgrade. Eine Sicherung, die Sie wiederherstellen, ersetzt Ihre Daten beim nächsten Start von BackCare; Ihre Daten werden vorher in ihrem dann aktuellen Stand gesichert, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>The backup {file} replaces your data the next time BackCare starts. Quit and start BackCare again to restore it now.</source>
        <translation>Die Sicherung {file} ersetzt Ihre Daten beim nächsten Start von BackCare. Beenden und starten Sie BackCare neu, um sie jetzt wiederherzustellen.</translation>
    </message>
    <message>
        <source>BackCare could not open the folder; it is {folder}.</source>
        <translation>BackCare konnte den Ordner nicht öffnen; er ist {folder}.</translation>
    </message>
    <message>
        <source>A backup is being written; try again in a moment.</source>
        <translation>Eine Sicherung wird gerade geschrieben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Gesichert in {file}.</translation>
    </message>
    <message>
        <source>The backup could not be written: {why}.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {why}.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your data is replaced by the backup of {when} the next time BackCare starts. Your data as it is then is backed up first, so you can go back to it. Restoring cannot happen while BackCare runs: quit and start it again to restore now.</source>
        <translation>Ihre Daten werden beim nächsten Start von BackCare durch die Sicherung vom {when} ersetzt. Ihre Daten werden vorher in ihrem dann aktuellen Stand gesichert, sodass Sie zu ihnen zurückkehren können. Während BackCare läuft, kann nicht wiederhergestellt werden: Beenden und starten Sie es neu, um jetzt wiederherzustellen.</translation>
    </message>
    <message>
        <source>Restore at next start</source>
        <translation>Beim nächsten Start wiederherstellen</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {why}</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden: {why}</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
</context>
<context>
    <name>DiskProblem</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger voll ist</translation>
    </message>
    <message>
        <source>your share of the disk (your quota) is used up</source>
        <translation>Ihr Anteil am Datenträger (Ihr Kontingent) aufgebraucht ist</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger schreibgeschützt ist</translation>
    </message>
    <message>
        <source>you do not have permission to write there</source>
        <translation>Sie dort keine Schreibrechte haben</translation>
    </message>
    <message>
        <source>the folder is not there any more</source>
        <translation>der Ordner nicht mehr da ist</translation>
    </message>
    <message>
        <source>part of its path is a file, not a folder</source>
        <translation>ein Teil des Pfads eine Datei ist, kein Ordner</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may be failing or have been removed)</source>
        <translation>auf den Datenträger nicht geschrieben werden konnte (er ist vielleicht defekt oder wurde entfernt)</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>er schreibgeschützt ist</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <source>Export for a health record (FHIR)</source>
        <translation>Für eine Gesundheitsakte exportieren (FHIR)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>{file} is a folder. Choose the name of a file.</source>
        <translation>{file} ist ein Ordner. Wählen Sie den Namen einer Datei.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it with the export?</source>
        <translation>{file} gibt es schon. Durch den Export ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Exported for a health record</source>
        <translation>Für eine Gesundheitsakte exportiert</translation>
    </message>
    <message>
        <source>Saved {counts} in {file}, an HL7 FHIR R4 Bundle that a health record can take in. Pain levels are coded with LOINC.</source>
        <translation>{counts} in {file} gespeichert, einem HL7-FHIR-R4-Bundle, das eine Gesundheitsakte übernehmen kann. Die Schmerzstärken sind mit LOINC codiert.</translation>
    </message>
    <message>
        <source>There are no sessions, pain entries or weekly scores yet; nothing was written.</source>
        <translation>Es gibt noch keine Einheiten, Schmerzeinträge oder Wochenwerte; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>There are no sessions, pain entries or weekly scores between {first} and {last}; nothing was written.</source>
        <translation>Zwischen {first} und {last} gibt es keine Einheiten, Schmerzeinträge oder Wochenwerte; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} was made by something else meanwhile, and BackCare does not replace it without asking. Export again to choose.</source>
        <translation>{file} wurde inzwischen von etwas anderem angelegt, und BackCare ersetzt die Datei nicht ohne Rückfrage. Exportieren Sie erneut, um zu wählen.</translation>
    </message>
    <message>
        <source>BackCare could not write {file}: {why}. Nothing was written; choose another folder.</source>
        <translation>BackCare konnte {file} nicht schreiben: {why}. Es wurde nichts geschrieben; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Something went wrong that BackCare did not expect; nothing was written. The details were written to the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; es wurde nichts geschrieben. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>FhirRangeDialog</name>
    <message>
        <source>Export for a health record (FHIR)</source>
        <translation>Für eine Gesundheitsakte exportieren (FHIR)</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>&amp;Only these days:</source>
        <translation>&amp;Nur diese Tage:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Your sessions, pain entries and weekly scores as an HL7 FHIR R4 file that a health record can take in. It names no one.</source>
        <translation>Ihre Einheiten, Schmerzeinträge und Wochenwerte als HL7-FHIR-R4-Datei, die eine Gesundheitsakte übernehmen kann. Sie nennt keine Namen.</translation>
    </message>
    <message>
        <source>“From” is after “To”.</source>
        <translation>„Von“ liegt nach „Bis“.</translation>
    </message>
</context>
<context>
    <name>FirstWeekQuestions</name>
    <message>
        <source>A plan for your first weeks</source>
        <translation>Ein Plan für Ihre ersten Wochen</translation>
    </message>
    <message>
        <source>A few questions, all optional, so BackCare can propose a plan: a gentle first week, then a little more. You can change it before you accept it, or skip this and plan later.</source>
        <translation>Ein paar Fragen, alle freiwillig, damit BackCare einen Plan vorschlagen kann: eine sanfte erste Woche, dann etwas mehr. Sie können ihn ändern, bevor Sie ihn annehmen, oder dies überspringen und später planen.</translation>
    </message>
    <message>
        <source>How is your back today?</source>
        <translation>Wie geht es Ihrem Rücken heute?</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Ein wenig</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Einigermaßen</translation>
    </message>
    <message>
        <source>Very active</source>
        <translation>Sehr aktiv</translation>
    </message>
    <message>
        <source>How active are you?</source>
        <translation>Wie aktiv sind Sie?</translation>
    </message>
    <message>
        <source>What time suits you? (HH:MM)</source>
        <translation>Welche Uhrzeit passt Ihnen? (HH:MM)</translation>
    </message>
    <message>
        <source>Propose a plan</source>
        <translation>Plan vorschlagen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>How is your back today? (0 no pain, 10 the worst)</source>
        <translation>Wie geht es Ihrem Rücken heute? (0 keine Schmerzen, 10 die schlimmsten)</translation>
    </message>
    <message>
        <source>How active are you now?</source>
        <translation>Wie aktiv sind Sie zurzeit?</translation>
    </message>
    <message>
        <source>Which days suit you? (none ticked: any day)</source>
        <translation>Welche Tage passen Ihnen? (keiner angekreuzt: jeder Tag)</translation>
    </message>
    <message>
        <source>What time suits you?</source>
        <translation>Welche Uhrzeit passt Ihnen?</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day; write it as hours and minutes, like 18:00.</source>
        <translation>„{text}“ ist keine Uhrzeit; schreiben Sie Stunden und Minuten, etwa 18:00.</translation>
    </message>
</context>
<context>
    <name>FlareAdvice</name>
    <message>
        <source>Seek urgent care now if you have any of these</source>
        <translation>Holen Sie sofort dringend Hilfe, wenn Sie eines davon haben</translation>
    </message>
    <message>
        <source>Numbness or tingling around your bottom, genitals or inner thighs (the saddle area).</source>
        <translation>Taubheit oder Kribbeln am Gesäß, an den Genitalien oder an den Innenseiten der Oberschenkel (Reithosenbereich).</translation>
    </message>
    <message>
        <source>New trouble with your bladder or bowels: you cannot pass urine, or you cannot hold it in.</source>
        <translation>Neue Probleme mit Blase oder Darm: Sie können kein Wasser lassen oder es nicht halten.</translation>
    </message>
    <message>
        <source>Weakness in one or both legs.</source>
        <translation>Schwäche in einem oder beiden Beinen.</translation>
    </message>
    <message>
        <source>A fever together with your back pain.</source>
        <translation>Fieber zusammen mit Ihren Rückenschmerzen.</translation>
    </message>
    <message>
        <source>Do not wait and do not exercise: call your doctor&apos;s urgent line or emergency services now.</source>
        <translation>Warten Sie nicht und üben Sie nicht: Rufen Sie jetzt den Notdienst Ihrer Arztpraxis oder den Rettungsdienst an.</translation>
    </message>
    <message>
        <source>For a flare-up</source>
        <translation>Bei einem Schub</translation>
    </message>
    <message>
        <source>Keep gently moving: a little easy movement, such as a short walk, helps more than lying still.</source>
        <translation>Bleiben Sie sanft in Bewegung: Ein wenig leichte Bewegung, etwa ein kurzer Spaziergang, hilft mehr als Stillliegen.</translation>
    </message>
    <message>
        <source>Rest from what hurts: leave out any movement that makes the pain worse, and come back to it slowly.</source>
        <translation>Schonen Sie, was wehtut: Lassen Sie jede Bewegung weg, die den Schmerz verstärkt, und kehren Sie langsam zu ihr zurück.</translation>
    </message>
    <message>
        <source>See a doctor if the pain lasts more than three days.</source>
        <translation>Gehen Sie zum Arzt, wenn der Schmerz länger als drei Tage anhält.</translation>
    </message>
    <message>
        <source>See a doctor if soreness lasts more than an hour after exercising.</source>
        <translation>Gehen Sie zum Arzt, wenn Beschwerden länger als eine Stunde nach dem Üben anhalten.</translation>
    </message>
    <message>
        <source>Flare-up mode ends by itself when the pain you log stays below {pain} for {days} days, or when you end it. Suggestions to do more wait until then.</source>
        <translation>Der Schubmodus endet von selbst, wenn Ihre eingetragene Schmerzstärke {days} Tage lang unter {pain} bleibt, oder wenn Sie ihn beenden. Vorschläge für mehr warten bis dahin.</translation>
    </message>
</context>
<context>
    <name>FlareUp</name>
    <message>
        <source>Flare-up</source>
        <translation>Schub</translation>
    </message>
    <message>
        <source>You gave your pain as {level} out of 10 before “{routine}”. On a day like this, a short, gentle routine with slow breathing may suit you better. You choose.</source>
        <translation>Sie haben Ihre Schmerzstärke vor „{routine}“ mit {level} von 10 angegeben. An einem Tag wie heute passt vielleicht eine kurze, sanfte Übungsfolge mit ruhigem Atmen besser. Sie entscheiden.</translation>
    </message>
    <message>
        <source>Flare-up mode is on since {day}.</source>
        <translation>Der Schubmodus ist seit {day} an.</translation>
    </message>
    <message>
        <source>Flare-up mode is on.</source>
        <translation>Der Schubmodus ist an.</translation>
    </message>
    <message>
        <source>{mode} {ending}</source>
        <translation>{mode} {ending}</translation>
    </message>
    <message>
        <source>Flare-up mode could not be saved; the advice stands.</source>
        <translation>Der Schubmodus konnte nicht gespeichert werden; die Ratschläge gelten trotzdem.</translation>
    </message>
    <message>
        <source>Start the gentle routine</source>
        <translation>Sanfte Übungsfolge starten</translation>
    </message>
    <message>
        <source>Do the gentle routine instead</source>
        <translation>Stattdessen die sanfte Übungsfolge</translation>
    </message>
    <message>
        <source>Stop the running session first.</source>
        <translation>Beenden Sie zuerst die laufende Einheit.</translation>
    </message>
    <message>
        <source>End flare-up mode</source>
        <translation>Schubmodus beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Go on with my routine</source>
        <translation>Mit meiner Übungsfolge weitermachen</translation>
    </message>
    <message>
        <source>Flare-up mode is still on</source>
        <translation>Der Schubmodus ist noch an</translation>
    </message>
    <message>
        <source>BackCare could not save that it ended: {why}</source>
        <translation>BackCare konnte nicht speichern, dass er beendet ist: {why}</translation>
    </message>
    <message>
        <source>The gentle routine is missing</source>
        <translation>Die sanfte Übungsfolge fehlt</translation>
    </message>
    <message>
        <source>BackCare could not read its gentle routine ({file}). Reinstalling BackCare brings it back.</source>
        <translation>BackCare konnte seine sanfte Übungsfolge nicht lesen ({file}). Wenn Sie BackCare neu installieren, ist sie wieder da.</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source> a week</source>
        <translation> pro Woche</translation>
    </message>
    <message>
        <source>Weekly goal: sessions a week</source>
        <translation>Wochenziel: Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Guidance: at least 3 sessions a week, with rest days between strength days. From 1 to 14.</source>
        <translation>Empfehlung: mindestens 3 Einheiten pro Woche, mit Ruhetagen zwischen Krafttagen. Von 1 bis 14.</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Date not readable</source>
        <translation>Datum nicht lesbar</translation>
    </message>
    <message>
        <source>Dated before {year}</source>
        <translation>Datiert vor {year}</translation>
    </message>
    <message>
        <source>Dated after today</source>
        <translation>Datiert nach heute</translation>
    </message>
    <message>
        <source>Exercises without their session</source>
        <translation>Übungen ohne ihre Einheit</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save every record as CSV files (for a spreadsheet or your physiotherapist) and as one file BackCare can import</source>
        <translation>Alle Einträge als CSV-Dateien speichern (für eine Tabellenkalkulation oder Ihre Physiotherapeutin oder Ihren Physiotherapeuten) und als eine Datei, die BackCare importieren kann</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add the records of a BackCare export, e.g. from another computer</source>
        <translation>Die Einträge eines BackCare-Exports hinzufügen, z. B. von einem anderen Computer</translation>
    </message>
    <message>
        <source>Sessions and pain log</source>
        <translation>Einheiten und Schmerztagebuch</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Pain log</source>
        <translation>Schmerztagebuch</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop; nothing is changed</source>
        <translation>Anhalten; nichts wird geändert</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Exporting your records…</source>
        <translation>Ihre Einträge werden exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Export abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Nichts wurde exportiert</translation>
    </message>
    <message>
        <source>BackCare could not write into {folder}: {why}. Choose another folder.</source>
        <translation>BackCare konnte nicht in {folder} schreiben: {why}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved {counts} in {folder}: one CSV file per kind of record (columns.txt explains them) and {file}, which BackCare can import on another computer.</source>
        <translation>{counts} in {folder} gespeichert: eine CSV-Datei je Art von Eintrag (columns.txt erklärt sie) und {file}, die BackCare auf einem anderen Computer importieren kann.</translation>
    </message>
    <message>
        <source>Records exported</source>
        <translation>Einträge exportiert</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were already here and were skipped.</source>
        <translation>
            <numerusform>%n Eintrag war schon vorhanden und wurde übersprungen.</numerusform>
            <numerusform>%n Einträge waren schon vorhanden und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settings were taken from the file.</source>
        <translation>
            <numerusform>%n Einstellung wurde aus der Datei übernommen.</numerusform>
            <numerusform>%n Einstellungen wurden aus der Datei übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not go into {file} as they are stored, so another computer will not import them. The CSV files hold them as stored, and {file} lists them under “left_out”:</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht so, wie er gespeichert ist, in {file} übernommen werden; ein anderer Computer importiert ihn daher nicht. Die CSV-Dateien enthalten ihn wie gespeichert, und {file} führt ihn unter „left_out“ auf:</numerusform>
            <numerusform>%n Einträge konnten nicht so, wie sie gespeichert sind, in {file} übernommen werden; ein anderer Computer importiert sie daher nicht. Die CSV-Dateien enthalten sie wie gespeichert, und {file} führt sie unter „left_out“ auf:</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} wird geprüft…</translation>
    </message>
    <message>
        <source>Adding the records of {file}…</source>
        <translation>Die Einträge aus {file} werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>{file} was not imported, so nothing changed. What is wrong:</source>
        <translation>{file} wurde nicht importiert, es hat sich also nichts geändert. Was nicht stimmt:</translation>
    </message>
    <message>
        <source>Added {counts}.</source>
        <translation>{counts} hinzugefügt.</translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation>Einträge importiert</translation>
    </message>
    <message>
        <source>Something went wrong that BackCare did not expect; nothing was changed. The details were written to the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; nichts wurde geändert. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>Hydration</name>
    <message>
        <source>Drink reminders and units</source>
        <translation>Trinkerinnerungen und Einheiten</translation>
    </message>
    <message>
        <source>BackCare — water today: {amount} of {goal}</source>
        <translation>BackCare – Wasser heute: {amount} von {goal}</translation>
    </message>
    <message>
        <source>BackCare is still running</source>
        <translation>BackCare läuft weiter</translation>
    </message>
    <message>
        <source>Drink reminders keep coming while the window is closed. To quit, choose Quit from this icon&apos;s menu. You can change this in Settings, under Drink reminders and units.</source>
        <translation>Trinkerinnerungen kommen weiter, auch wenn das Fenster geschlossen ist. Zum Beenden wählen Sie „Beenden“ im Menü dieses Symbols. Ändern können Sie das in den Einstellungen unter „Trinkerinnerungen und Einheiten“.</translation>
    </message>
    <message>
        <source>A sip of water keeps you going. You have had {amount} today: your goal is met.</source>
        <translation>Ein Schluck Wasser hält Sie in Schwung. Sie haben heute {amount} getrunken: Ihr Ziel ist erreicht.</translation>
    </message>
    <message>
        <source>Time for a glass of water. Today so far: {amount} of {goal}.</source>
        <translation>Zeit für ein Glas Wasser. Heute bisher: {amount} von {goal}.</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Erinnerungen sind aus.</translation>
    </message>
    <message>
        <source>Reminders are paused until tomorrow.</source>
        <translation>Erinnerungen pausieren bis morgen.</translation>
    </message>
    <message>
        <source>No reminder is planned in the next week (check the days and hours).</source>
        <translation>In der nächsten Woche ist keine Erinnerung geplant (prüfen Sie Tage und Uhrzeiten).</translation>
    </message>
    <message>
        <source>Next reminder: {day} at {time}.</source>
        <translation>Nächste Erinnerung: {day} um {time}.</translation>
    </message>
    <message>
        <source>Next reminder: {time}.</source>
        <translation>Nächste Erinnerung: {time}.</translation>
    </message>
</context>
<context>
    <name>HydrationPage</name>
    <message>
        <source>What was just done</source>
        <translation>Was gerade geschehen ist</translation>
    </message>
    <message>
        <source>Drink reminders</source>
        <translation>Trinkerinnerungen</translation>
    </message>
    <message>
        <source>Stored time</source>
        <translation>Gespeicherte Zeit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Warum es hier steht</translation>
    </message>
    <message>
        <source>Drinks with a date that cannot be used</source>
        <translation>Getränke mit unbrauchbarem Datum</translation>
    </message>
    <message>
        <source>Move to today…</source>
        <translation>Auf heute verschieben…</translation>
    </message>
    <message>
        <source>Give this drink a time today</source>
        <translation>Diesem Getränk eine Uhrzeit von heute geben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Date not readable</source>
        <translation>Datum nicht lesbar</translation>
    </message>
    <message>
        <source>Dated before {year}</source>
        <translation>Datiert vor {year}</translation>
    </message>
    <message>
        <source>Dated after today</source>
        <translation>Datiert nach heute</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Trinken</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> ml</translation>
    </message>
    <message>
        <source>Custom amount in millilitres</source>
        <translation>Eigene Menge in Millilitern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the custom amount</source>
        <translation>Eigene Menge hinzufügen</translation>
    </message>
    <message>
        <source>Undo last entry</source>
        <translation>Letzten Eintrag rückgängig</translation>
    </message>
    <message>
        <source>Snooze 30 min</source>
        <translation>30 Min. später erinnern</translation>
    </message>
    <message>
        <source>Pause for today</source>
        <translation>Für heute pausieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Today&apos;s drinks</source>
        <translation>Heutige Getränke</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete the chosen drink</source>
        <translation>Ausgewähltes Getränk löschen</translation>
    </message>
    <message>
        <source>These drinks are in your records, but their date cannot be read or lies far off, so no day counts them and reminders ignore them. Move one to today or delete it.</source>
        <translation>Diese Getränke stehen in Ihren Aufzeichnungen, aber ihr Datum ist nicht lesbar oder liegt weit entfernt. Deshalb zählt sie kein Tag, und die Erinnerungen beachten sie nicht. Verschieben Sie eines auf heute oder löschen Sie es.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Reminder settings…</source>
        <translation>Erinnerungseinstellungen…</translation>
    </message>
    <message>
        <source>Drink reminders, active hours, the daily goal and units, in Settings</source>
        <translation>Trinkerinnerungen, aktive Zeit, Tagesziel und Einheiten in den Einstellungen</translation>
    </message>
    <message>
        <source>+ Glass ({amount})</source>
        <translation>+ Glas ({amount})</translation>
    </message>
    <message>
        <source>Log a glass of {amount}</source>
        <translation>Ein Glas von {amount} eintragen</translation>
    </message>
    <message>
        <source>+ Bottle ({amount})</source>
        <translation>+ Flasche ({amount})</translation>
    </message>
    <message>
        <source>Log a bottle of {amount}</source>
        <translation>Eine Flasche von {amount} eintragen</translation>
    </message>
    <message>
        <source>Last 7 days ({unit})</source>
        <translation>Letzte 7 Tage ({unit})</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Not logged: {problem}.</source>
        <translation>Nicht eingetragen: {problem}.</translation>
    </message>
    <message>
        <source>Logged {amount}.</source>
        <translation>{amount} eingetragen.</translation>
    </message>
    <message>
        <source>Removed {amount} from {time}.</source>
        <translation>{amount} von {time} entfernt.</translation>
    </message>
    <message>
        <source>{amount} stored with the time {time}</source>
        <translation>{amount}, gespeichert mit der Zeit {time}</translation>
    </message>
    <message>
        <source>Not changed: {problem}.</source>
        <translation>Nicht geändert: {problem}.</translation>
    </message>
    <message>
        <source>Moved to today: {amount} at {time}.</source>
        <translation>Auf heute verschoben: {amount} um {time}.</translation>
    </message>
    <message>
        <source>Delete this drink?</source>
        <translation>Dieses Getränk löschen?</translation>
    </message>
    <message>
        <source>Delete the drink of {what}?</source>
        <translation>Das Getränk {what} löschen?</translation>
    </message>
    <message>
        <source>Deleted the drink of {what}.</source>
        <translation>Das Getränk {what} wurde gelöscht.</translation>
    </message>
    <message>
        <source>Changed to {amount} at {time}.</source>
        <translation>Geändert auf {amount} um {time}.</translation>
    </message>
    <message>
        <source>Delete {amount} at {time} from today&apos;s log?</source>
        <translation>{amount} um {time} aus den heutigen Einträgen löschen?</translation>
    </message>
    <message>
        <source>Deleted {amount} at {time}.</source>
        <translation>{amount} um {time} gelöscht.</translation>
    </message>
</context>
<context>
    <name>HydrationSettings</name>
    <message>
        <source>Remind me to drink</source>
        <translation>Ans Trinken erinnern</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minuten zwischen Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders from</source>
        <translation>Erinnerungen ab</translation>
    </message>
    <message>
        <source>Reminders until</source>
        <translation>Erinnerungen bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> ml</translation>
    </message>
    <message>
        <source>Daily goal in millilitres</source>
        <translation>Tagesziel in Millilitern</translation>
    </message>
    <message>
        <source>Glass size in millilitres</source>
        <translation>Glasgröße in Millilitern</translation>
    </message>
    <message>
        <source>Show amounts in</source>
        <translation>Mengen anzeigen in</translation>
    </message>
    <message>
        <source>Millilitres (ml)</source>
        <translation>Milliliter (ml)</translation>
    </message>
    <message>
        <source>Fluid ounces (fl oz)</source>
        <translation>Flüssigunzen (fl oz)</translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation>Gläser</translation>
    </message>
    <message>
        <source>A soft tone with reminders</source>
        <translation>Ein leiser Ton bei Erinnerungen</translation>
    </message>
    <message>
        <source>Play a soft tone with reminders shown in this window</source>
        <translation>Bei Erinnerungen in diesem Fenster einen leisen Ton spielen</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Closing the window keeps reminders coming</source>
        <translation>Nach dem Schließen des Fensters kommen weiter Erinnerungen</translation>
    </message>
    <message>
        <source>When this is on, closing the window keeps reminders coming from the tray; Quit ends BackCare.</source>
        <translation>Ist dies eingeschaltet, kommen nach dem Schließen des Fensters weiter Erinnerungen aus dem Infobereich; „Beenden“ beendet BackCare.</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktive Zeit</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Glass size</source>
        <translation>Glasgröße</translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation>Was gerade geschehen ist</translation>
    </message>
    <message>
        <source>Not saved until the form is valid.</source>
        <translation>Nicht gespeichert, bis alle Angaben gültig sind.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>BackCare shows {language} the next time it starts. A session is running, so BackCare does not restart now.</source>
        <translation>BackCare zeigt {language} beim nächsten Start. Gerade läuft eine Einheit, daher startet BackCare jetzt nicht neu.</translation>
    </message>
    <message>
        <source>BackCare shows {language} after a restart. Restart now?</source>
        <translation>BackCare zeigt {language} nach einem Neustart. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Today&apos;s status</source>
        <translation>Stand heute</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Schmerz eintragen…</translation>
    </message>
    <message>
        <source>Log how your back feels now (Ctrl+L)</source>
        <translation>Eintragen, wie sich Ihr Rücken jetzt anfühlt (Strg+L)</translation>
    </message>
    <message>
        <source>Flare-up mode</source>
        <translation>Schub-Modus</translation>
    </message>
    <message>
        <source>Flare-up mode is on: gentle routines, and no suggestions to do more</source>
        <translation>Schub-Modus ist an: sanfte Übungsfolgen und keine Vorschläge, mehr zu tun</translation>
    </message>
    <message>
        <source>Flare-up…</source>
        <translation>Schub…</translation>
    </message>
    <message>
        <source>A bad day for your back: advice, and a short gentle routine</source>
        <translation>Ein schlechter Tag für Ihren Rücken: Rat und eine kurze, sanfte Übungsfolge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Log &amp;pain…</source>
        <translation>Schmerz &amp;eintragen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Export records…</source>
        <translation>Einträge e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>Einträge &amp;importieren…</translation>
    </message>
    <message>
        <source>Export for a &amp;health record (FHIR)…</source>
        <translation>Für eine &amp;Gesundheitsakte exportieren (FHIR)…</translation>
    </message>
    <message>
        <source>&amp;Report for your physiotherapist…</source>
        <translation>Bericht für die &amp;Physiotherapie…</translation>
    </message>
    <message>
        <source>Pro&amp;gramme sheet…</source>
        <translation>Üb&amp;ungsblatt…</translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation>&amp;Sicherheitshinweis</translation>
    </message>
    <message>
        <source>&amp;About BackCare</source>
        <translation>&amp;Über BackCare</translation>
    </message>
</context>
<context>
    <name>Outlook</name>
    <message>
        <source>No pain logged {span}</source>
        <translation>Kein Schmerz eingetragen {span}</translation>
    </message>
    <message>
        <source>Average pain down from {start} to {end} {span}</source>
        <translation>Durchschnittliche Schmerzstärke von {start} auf {end} gesunken {span}</translation>
    </message>
    <message>
        <source>Average pain up from {start} to {end} {span}</source>
        <translation>Durchschnittliche Schmerzstärke von {start} auf {end} gestiegen {span}</translation>
    </message>
    <message>
        <source>Average pain about the same ({start} to {end}) {span}</source>
        <translation>Durchschnittliche Schmerzstärke etwa gleich ({start} zu {end}) {span}</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>keine Einheiten</translation>
    </message>
    <message>
        <source>{rate} sessions a week</source>
        <translation>{rate} Einheiten pro Woche</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a sentence</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Routines</source>
        <translation>Übungsfolgen</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>Ü&amp;bungsfolgen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Trinken</translation>
    </message>
    <message>
        <source>&amp;Hydration</source>
        <translation>&amp;Trinken</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>E&amp;instellungen</translation>
    </message>
</context>
<context>
    <name>PainLogDialog</name>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Optional: what you were doing, what helped</source>
        <translation>Optional: was Sie gerade getan haben, was geholfen hat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>How is your pain right now? 0 is no pain, 10 the worst imaginable.</source>
        <translation>Wie stark ist Ihr Schmerz gerade? 0 ist kein Schmerz, 10 der schlimmste vorstellbare.</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Schlimmster vorstellbarer</translation>
    </message>
</context>
<context>
    <name>PainTab</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Daily check-in settings…</source>
        <translation>Einstellungen der Schmerz-Abfrage…</translation>
    </message>
    <message>
        <source>Whether and when BackCare asks each day how your back feels, in Settings</source>
        <translation>Ob und wann BackCare jeden Tag fragt, wie es Ihrem Rücken geht, in den Einstellungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Pain entries</source>
        <translation>Schmerzeinträge</translation>
    </message>
    <message>
        <source>Delete pain entry</source>
        <translation>Schmerzeintrag löschen</translation>
    </message>
    <message>
        <source>Delete the pain entry of {when} (pain {level})?</source>
        <translation>Den Schmerzeintrag vom {when} (Schmerzstärke {level}) löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <source>{name} is already there; it was left as it is.</source>
        <translation>{name} gibt es schon; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>BackCare cannot write into {folder}: {why}.</source>
        <translation>BackCare kann nicht in {folder} schreiben: {why}.</translation>
    </message>
    <message>
        <source>{name} could not be written: {why}. Nothing was left behind.</source>
        <translation>{name} konnte nicht geschrieben werden: {why}. Es ist nichts zurückgeblieben.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{name} is already there. Replace it with this PDF?</source>
        <translation>{name} gibt es schon. Durch dieses PDF ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>PegDialog</name>
    <message>
        <source>Over the past week, how bad was your pain on average?</source>
        <translation>Wie stark waren Ihre Schmerzen in der vergangenen Woche im Durchschnitt?</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Pain as bad as you can imagine</source>
        <translation>Schlimmster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>Over the past week, how much did pain get in the way of enjoying life?</source>
        <translation>Wie sehr haben Schmerzen Sie in der vergangenen Woche darin beeinträchtigt, das Leben zu genießen?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Überhaupt nicht</translation>
    </message>
    <message>
        <source>Completely</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Over the past week, how much did pain get in the way of your everyday activities?</source>
        <translation>Wie sehr haben Schmerzen Sie in der vergangenen Woche bei Ihren Alltagsaktivitäten beeinträchtigt?</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Durchschnittliche Schmerzstärke</translation>
    </message>
    <message>
        <source>Getting in the way of enjoying life</source>
        <translation>Beeinträchtigung der Lebensfreude</translation>
    </message>
    <message>
        <source>Getting in the way of everyday activities</source>
        <translation>Beeinträchtigung der Alltagsaktivitäten</translation>
    </message>
    <message>
        <source>Weekly questions</source>
        <translation>Wochenabfrage</translation>
    </message>
    <message>
        <source>Three short questions about the past week. Choose a number from 0 to 10 for each; together they give your weekly score.</source>
        <translation>Drei kurze Fragen zur vergangenen Woche. Wählen Sie für jede eine Zahl von 0 bis 10; zusammen ergeben sie Ihren Wochenwert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}.&lt;/b&gt; {question}</source>
        <translation>&lt;b&gt;{number}.&lt;/b&gt; {question}</translation>
    </message>
    <message>
        <source>Answer all three questions to save.</source>
        <translation>Beantworten Sie alle drei Fragen, um zu speichern.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Plan and session reminders</source>
        <translation>Plan und Erinnerungen an Einheiten</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>Der Plan wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Accept this plan</source>
        <translation>Diesen Plan annehmen</translation>
    </message>
    <message>
        <source>Your proposed plan</source>
        <translation>Ihr vorgeschlagener Plan</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Uhrzeit (HH:MM)</translation>
    </message>
    <message>
        <source>(missing: {id})</source>
        <translation>(fehlt: {id})</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Weekly plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Which routine on which days, at what time. At most {most} sessions a day, at least {gap} minutes apart. Nothing is saved until the plan is valid.</source>
        <translation>Welche Übungsfolge an welchen Tagen, zu welcher Uhrzeit. Höchstens {most} Einheiten am Tag, mindestens {gap} Minuten auseinander. Gespeichert wird erst, wenn der Plan gültig ist.</translation>
    </message>
    <message>
        <source>Every week or the first week</source>
        <translation>Jede Woche oder die erste Woche</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Erste Woche</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Suggest a plan…</source>
        <translation>Plan vorschlagen…</translation>
    </message>
    <message>
        <source>The first week runs from {first} to {last}; then the weekly plan begins.</source>
        <translation>Die erste Woche geht von {first} bis {last}; danach beginnt der Wochenplan.</translation>
    </message>
    <message>
        <source>Optional: sessions for the first seven days only (a gentle start), from the day you save the plan.</source>
        <translation>Freiwillig: Einheiten nur für die ersten sieben Tage (ein sanfter Anfang), ab dem Tag, an dem Sie den Plan speichern.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>{title}: the timeline</source>
        <translation>{title}: der Ablauf</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{title}&lt;/b&gt;: %n exercise(s), {length} in all. The guided session leads you through them with a countdown, tones and a voice.</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: %n Übung, insgesamt {length}. Die geführte Einheit leitet Sie mit Countdown, Tönen und Stimme hindurch.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: %n Übungen, insgesamt {length}. Die geführte Einheit leitet Sie mit Countdown, Tönen und Stimme hindurch.</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine&apos;s timeline</source>
        <translation>Der Ablauf der Übungsfolge</translation>
    </message>
    <message>
        <source>Each exercise with when it starts, how much of it and how long; under it its sets, sides and rests</source>
        <translation>Jede Übung mit Beginn, Umfang und Dauer; darunter ihre Sätze, Seiten und Pausen</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>{number}. {name} — {dose}</source>
        <translation>{number}. {name} — {dose}</translation>
    </message>
    <message>
        <source>Exercise {number}, {name}: {dose}</source>
        <translation>Übung {number}, {name}: {dose}</translation>
    </message>
    <message>
        <source>Starts at {time}</source>
        <translation>Beginnt bei {time}</translation>
    </message>
    <message>
        <source>Lasts {length}</source>
        <translation>Dauert {length}</translation>
    </message>
</context>
<context>
    <name>PlanSettings</name>
    <message>
        <source>No plan yet. A plan says which routine to do on which days, and BackCare reminds you at those times.</source>
        <translation>Noch kein Plan. Ein Plan legt fest, welche Übungsfolge Sie an welchen Tagen machen, und BackCare erinnert Sie zu diesen Zeiten.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{routine} {time}</source>
        <translation>{routine} {time}</translation>
    </message>
    <message>
        <source>{day}: {sessions}</source>
        <translation>{day}: {sessions}</translation>
    </message>
    <message>
        <source>Only a first week is planned.</source>
        <translation>Nur eine erste Woche ist geplant.</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Plan bearbeiten…</translation>
    </message>
    <message>
        <source>Remind me of the sessions in my plan</source>
        <translation>An die Einheiten in meinem Plan erinnern</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Exercise programme</source>
        <translation>Übungsblatt</translation>
    </message>
    <message>
        <source>Stop an exercise if it causes sharp pain, numbness, tingling or pain spreading down a leg, and ask your physiotherapist or doctor.</source>
        <translation>Brechen Sie eine Übung ab, wenn sie stechende Schmerzen, Taubheit, Kribbeln oder ins Bein ausstrahlende Schmerzen auslöst, und fragen Sie Ihre Physiotherapeutin, Ihren Physiotherapeuten oder Ihre Ärztin bzw. Ihren Arzt.</translation>
    </message>
    <message>
        <source>No weekly plan is set, so there is no programme to show. Plan your week on the Routines page first.</source>
        <translation>Es ist kein Wochenplan festgelegt, daher gibt es kein Programm. Planen Sie Ihre Woche zuerst auf der Seite „Übungsfolgen“.</translation>
    </message>
    <message>
        <source>When: {days}</source>
        <translation>Wann: {days}</translation>
    </message>
    <message>
        <source>This routine was deleted or cannot be read; choose another one for these days in the plan.</source>
        <translation>Diese Übungsfolge wurde gelöscht oder ist nicht lesbar; wählen Sie im Plan eine andere für diese Tage.</translation>
    </message>
    <message>
        <source>BackCare exercise programme</source>
        <translation>BackCare-Übungsblatt</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme sheet</source>
        <translation>Übungsblatt</translation>
    </message>
</context>
<context>
    <name>ProgressDialogs</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export your records into…</source>
        <translation>Ihre Einträge exportieren nach…</translation>
    </message>
    <message>
        <source>Import records from a BackCare export</source>
        <translation>Einträge aus einem BackCare-Export importieren</translation>
    </message>
    <message>
        <source>BackCare export (*.json)</source>
        <translation>BackCare-Export (*.json)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Weekly score (PEG): no answers in this range.</source>
        <translation>Wochenwert (PEG): keine Antworten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Weekly score (PEG): {score} (one answer in this range).</source>
        <translation>Wochenwert (PEG): {score} (eine Antwort in diesem Zeitraum).</translation>
    </message>
    <message>
        <source>PEG is a short, widely used scale: three questions about the past week (average pain, and how much pain got in the way of enjoying life and of everyday activities), each 0 to 10. The score is their average; lower is better. Turn the weekly questions on in Settings ▸ Pain check-in.</source>
        <translation>PEG ist eine kurze, weit verbreitete Skala: drei Fragen zur vergangenen Woche (durchschnittliche Schmerzstärke und wie sehr der Schmerz Lebensfreude und Alltagsaktivitäten beeinträchtigt hat), jeweils 0 bis 10. Der Wert ist ihr Durchschnitt; niedriger ist besser. Schalten Sie die Wochenabfrage unter Einstellungen ▸ Schmerz-Abfrage ein.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Schmerz eintragen…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Report for your physiotherapist…</source>
        <translation>Bericht für die Physiotherapie…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to show yet&lt;/h3&gt;&lt;p&gt;Your progress appears here as you go. To begin:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Start a routine on the Routines page — three sessions a week is a good aim.&lt;/li&gt;&lt;li&gt;Log how your back feels with &lt;b&gt;Log pain…&lt;/b&gt;, before and after sessions or at any time.&lt;/li&gt;&lt;li&gt;Log your drinks on the Hydration page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Noch nichts zu zeigen&lt;/h3&gt;&lt;p&gt;Ihr Fortschritt erscheint hier nach und nach. So fangen Sie an:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Starten Sie eine Übungsfolge auf der Seite Übungsfolgen – drei Einheiten pro Woche sind ein gutes Ziel.&lt;/li&gt;&lt;li&gt;Tragen Sie mit &lt;b&gt;Schmerz eintragen…&lt;/b&gt; ein, wie es Ihrem Rücken geht, vor und nach den Einheiten oder jederzeit.&lt;/li&gt;&lt;li&gt;Tragen Sie Ihre Getränke auf der Seite Trinken ein.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Übungsfolge wählen</translation>
    </message>
    <message>
        <source>Is it working?</source>
        <translation>Hilft es?</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Einheiten diese Woche</translation>
    </message>
    <message>
        <source>Minutes of exercise</source>
        <translation>Übungsminuten</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Durchschnittliche Schmerzstärke</translation>
    </message>
    <message>
        <source>Water per day</source>
        <translation>Wasser pro Tag</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Weekly score</source>
        <translation>Wochenwert</translation>
    </message>
    <message>
        <source>Answer the weekly questions…</source>
        <translation>Wochenabfrage beantworten…</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>sessions</source>
        <comment>a chart&apos;s axis</comment>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save the {chart} chart as PNG</source>
        <translation>Das Diagramm „{chart}“ als PNG speichern</translation>
    </message>
    <message>
        <source>No pain logged in this range.</source>
        <translation>In diesem Zeitraum kein Schmerz eingetragen.</translation>
    </message>
    <message>
        <source>{percent}% of the days with pain logged in this range had pain of 7 or more.</source>
        <translation>An {percent} % der Tage mit eingetragenem Schmerz in diesem Zeitraum lag die Schmerzstärke bei 7 oder mehr.</translation>
    </message>
    <message>
        <source>Last week: {value}</source>
        <translation>Letzte Woche: {value}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{pain} / 10</source>
        <translation>{pain} / 10</translation>
    </message>
    <message>
        <source>Week of {day}
{sessions}, {minutes} (goal {goal})</source>
        <translation>Woche vom {day}
{sessions}, {minutes} (Ziel {goal})</translation>
    </message>
    <message>
        <source>{day}
{amount} (goal {goal})</source>
        <translation>{day}
{amount} (Ziel {goal})</translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation>Das Diagramm wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>BackCare could not write {path}: {why}.</source>
        <translation>BackCare konnte {path} nicht schreiben: {why}.</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>Water today</source>
        <translation>Wasser heute</translation>
    </message>
    <message>
        <source>{amount} of {goal} ({percent} %)</source>
        <translation>{amount} von {goal} ({percent} %)</translation>
    </message>
    <message>
        <source>of {goal}</source>
        <translation>von {goal}</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>{title} (my copy)</source>
        <translation>{title} (meine Kopie)</translation>
    </message>
    <message>
        <source>Perhaps try an easier routine</source>
        <translation>Vielleicht eine leichtere Übungsfolge?</translation>
    </message>
    <message>
        <source>Next time, you could do {easier} instead of {routine}.</source>
        <translation>Beim nächsten Mal könnten Sie {easier} statt {routine} machen.</translation>
    </message>
    <message>
        <source>Ready for a little more?</source>
        <translation>Bereit für etwas mehr?</translation>
    </message>
    <message>
        <source>A little less for now?</source>
        <translation>Vorerst etwas weniger?</translation>
    </message>
    <message>
        <source>One change to {exercise} in {routine}:</source>
        <translation>Eine Änderung an {exercise} in {routine}:</translation>
    </message>
    <message>
        <source>Now: {dose}</source>
        <translation>Jetzt: {dose}</translation>
    </message>
    <message>
        <source>Suggested: {dose}</source>
        <translation>Vorschlag: {dose}</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are: accepting makes your own copy, {copy}, with this change.</source>
        <translation>Mitgelieferte Übungsfolgen bleiben, wie sie sind: Wenn Sie annehmen, entsteht Ihre eigene Kopie, {copy}, mit dieser Änderung.</translation>
    </message>
    <message>
        <source>Accepting changes your routine; the earlier version is kept.</source>
        <translation>Wenn Sie annehmen, ändert sich Ihre Übungsfolge; die frühere Fassung wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Warum: {reason}</translation>
    </message>
    <message>
        <source>Only if it feels right to you. You can always change it back in the routine editor.</source>
        <translation>Nur wenn es sich für Sie richtig anfühlt. Sie können es im Editor für Übungsfolgen jederzeit zurückändern.</translation>
    </message>
    <message>
        <source>A suggestion for {routine}</source>
        <translation>Ein Vorschlag für {routine}</translation>
    </message>
    <message>
        <source>Show {routine}</source>
        <translation>{routine} zeigen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>BackCare could not save the change to {routine}: {problem}</source>
        <translation>BackCare konnte die Änderung an {routine} nicht speichern: {problem}</translation>
    </message>
    <message>
        <source>Before: {exercise}, {dose}</source>
        <translation>Vorher: {exercise}, {dose}</translation>
    </message>
    <message>
        <source>(the built-in routine)</source>
        <translation>(die mitgelieferte Übungsfolge)</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Answer…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Answer the weekly questions</source>
        <translation>Die Wochenfragen beantworten</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. später</translation>
    </message>
    <message>
        <source>Drink reminder</source>
        <translation>Trinkerinnerung</translation>
    </message>
    <message>
        <source>I drank a glass</source>
        <translation>Ich habe ein Glas getrunken</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Schmerz eintragen…</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Die Erinnerung schließen</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Tägliche Abfrage</translation>
    </message>
    <message>
        <source>Weekly questions</source>
        <translation>Wochenfragen</translation>
    </message>
    <message>
        <source>Session reminder</source>
        <translation>Erinnerung an die Einheit</translation>
    </message>
</context>
<context>
    <name>ReminderDelivery</name>
    <message>
        <source>Time for some water</source>
        <translation>Zeit für etwas Wasser</translation>
    </message>
    <message>
        <source>I drank a glass</source>
        <translation>Ich habe ein Glas getrunken</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>In {minutes} Min. erinnern</translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation>BackCare öffnen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Pain, 0–10</source>
        <translation>Schmerzstärke, 0–10</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>daily average</source>
        <translation>Tagesmittel</translation>
    </message>
    <message>
        <source>worst of the day</source>
        <translation>Tageshöchstwert</translation>
    </message>
    <message>
        <source>flare-up day</source>
        <translation>Tag mit Schub</translation>
    </message>
    <message>
        <source>No pain was logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Schmerzen eingetragen.</translation>
    </message>
    <message>
        <source>Finished sessions per week</source>
        <translation>Abgeschlossene Einheiten pro Woche</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gemacht</translation>
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation>Ziel: {goal} pro Woche</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Schmerzen vor und nach den Einheiten</translation>
    </message>
    <message>
        <source>No session has pain logged both before and after.</source>
        <translation>Keine Einheit hat eine Schmerzangabe sowohl vorher als auch nachher.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Weekly score (PEG, 0–10)</source>
        <translation>Wochenwert (PEG, 0–10)</translation>
    </message>
    <message>
        <source>No weekly score recorded.</source>
        <translation>Kein Wochenwert erfasst.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Zeitraum: {period}</translation>
    </message>
    <message>
        <source>Self-reported by the person; not a diagnosis. Made with BackCare on {day} from the records kept on their computer.</source>
        <translation>Eigene Angaben der Person; keine Diagnose. Mit BackCare am {day} aus den Aufzeichnungen auf ihrem Computer erstellt.</translation>
    </message>
    <message>
        <source>Sessions: each routine and exercise</source>
        <translation>Einheiten: jede Übungsfolge und Übung</translation>
    </message>
    <message>
        <source>No session was started in this period.</source>
        <translation>In diesem Zeitraum wurde keine Einheit begonnen.</translation>
    </message>
    <message>
        <source>{title} (no longer among the routines)</source>
        <translation>{title} (nicht mehr unter den Übungsfolgen)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Tat weh</translation>
    </message>
    <message>
        <source>Dates skipped / it hurt</source>
        <translation>Daten übersprungen / tat weh</translation>
    </message>
    <message>
        <source>skipped: {days}</source>
        <translation>übersprungen: {days}</translation>
    </message>
    <message>
        <source>it hurt: {days}</source>
        <translation>tat weh: {days}</translation>
    </message>
    <message>
        <source>When it hurt</source>
        <translation>Wann es wehtat</translation>
    </message>
    <message>
        <source>No session was stopped because it hurt.</source>
        <translation>Keine Einheit wurde wegen Schmerzen abgebrochen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Where it hurt</source>
        <translation>Wo es wehtat</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Mittlere Schmerzstärke</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes were written with the pain entries of this period.</source>
        <translation>Zu den Schmerzeinträgen dieses Zeitraums gibt es keine Notizen.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation>Getrunkenes Wasser</translation>
    </message>
    <message>
        <source>No drink was logged in this period.</source>
        <translation>In diesem Zeitraum wurde kein Getränk eingetragen.</translation>
    </message>
    <message>
        <source>The current programme</source>
        <translation>Das aktuelle Programm</translation>
    </message>
    <message>
        <source>No weekly plan is set.</source>
        <translation>Es ist kein Wochenplan festgelegt.</translation>
    </message>
    <message>
        <source>This routine was deleted or cannot be read.</source>
        <translation>Diese Übungsfolge wurde gelöscht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>BackCare progress report · {period}</source>
        <translation>BackCare-Fortschrittsbericht · {period}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Bericht für Ihre Physiotherapeutin oder Ihren Physiotherapeuten</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Name on the report:</source>
        <translation>Name im Bericht:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>The period ends before it starts; choose its first day again.</source>
        <translation>Der Zeitraum endet, bevor er beginnt; wählen Sie den ersten Tag neu.</translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Übungsfolge-Dateien (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Übungsfolge importieren</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Übungsfolge exportieren</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Muscle relaxation (PMR)</source>
        <translation>Muskelentspannung (PMR)</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Je Seite</translation>
    </message>
    <message>
        <source>Switch sides (s)</source>
        <translation>Seitenwechsel (s)</translation>
    </message>
    <message>
        <source>Hold (s)</source>
        <translation>Halten (s)</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest between sets (s)</source>
        <translation>Pause zwischen Sätzen (s)</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Move (s)</source>
        <translation>Bewegen (s)</translation>
    </message>
    <message>
        <source>Return (s)</source>
        <translation>Zurück (s)</translation>
    </message>
    <message>
        <source>Tense (s)</source>
        <translation>Anspannen (s)</translation>
    </message>
    <message>
        <source>Relax (s)</source>
        <translation>Entspannen (s)</translation>
    </message>
    <message>
        <source>Breathe in (s)</source>
        <translation>Einatmen (s)</translation>
    </message>
    <message>
        <source>Hold in (s)</source>
        <translation>Halten nach Einatmen (s)</translation>
    </message>
    <message>
        <source>Breathe out (s)</source>
        <translation>Ausatmen (s)</translation>
    </message>
    <message>
        <source>Hold out (s)</source>
        <translation>Halten nach Ausatmen (s)</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>guidance: 5–10 s</source>
        <translation>Richtwert: 5–10 s</translation>
    </message>
    <message>
        <source>guidance: 45–60 s</source>
        <translation>Richtwert: 45–60 s</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>vom Timer vorgegeben</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>selbst gezählt</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Beckenkippen</translation>
    </message>
    <message>
        <source>Partial curl</source>
        <translation>Teil-Crunch</translation>
    </message>
    <message>
        <source>Leg raise</source>
        <translation>Beinheben</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <source>Double knee to chest</source>
        <translation>Beide Knie zur Brust</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Dehnung der Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>Knee rolls</source>
        <translation>Knie zur Seite kippen</translation>
    </message>
    <message>
        <source>Lower back rotation</source>
        <translation>Drehung des unteren Rückens</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Bauchatmung</translation>
    </message>
    <message>
        <source>Plank</source>
        <translation>Unterarmstütz</translation>
    </message>
    <message>
        <source>Bird dog</source>
        <translation>Vierfüßlerstand mit Arm und Bein</translation>
    </message>
    <message>
        <source>Side bridge</source>
        <translation>Seitstütz</translation>
    </message>
    <message>
        <source>Hip flexor stretch</source>
        <translation>Hüftbeuger-Dehnung</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Rückbeuge im Stehen</translation>
    </message>
    <message>
        <source>Standing hip abduction</source>
        <translation>Bein seitlich heben im Stehen</translation>
    </message>
    <message>
        <source>Standing reach</source>
        <translation>Strecken im Stehen</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Schulterkreisen</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Marschieren</translation>
    </message>
    <message>
        <source>Seated breathing</source>
        <translation>Atmen im Sitzen</translation>
    </message>
    <message>
        <source>PMR: right hand</source>
        <translation>PMR: rechte Hand</translation>
    </message>
    <message>
        <source>PMR: left hand</source>
        <translation>PMR: linke Hand</translation>
    </message>
    <message>
        <source>PMR: right upper arm</source>
        <translation>PMR: rechter Oberarm</translation>
    </message>
    <message>
        <source>PMR: left upper arm</source>
        <translation>PMR: linker Oberarm</translation>
    </message>
    <message>
        <source>PMR: forehead</source>
        <translation>PMR: Stirn</translation>
    </message>
    <message>
        <source>PMR: eyes</source>
        <translation>PMR: Augen</translation>
    </message>
    <message>
        <source>PMR: jaw</source>
        <translation>PMR: Kiefer</translation>
    </message>
    <message>
        <source>PMR: neck</source>
        <translation>PMR: Nacken</translation>
    </message>
    <message>
        <source>PMR: shoulders</source>
        <translation>PMR: Schultern</translation>
    </message>
    <message>
        <source>PMR: chest</source>
        <translation>PMR: Brust</translation>
    </message>
    <message>
        <source>PMR: stomach</source>
        <translation>PMR: Bauch</translation>
    </message>
    <message>
        <source>PMR: buttocks</source>
        <translation>PMR: Gesäß</translation>
    </message>
    <message>
        <source>PMR: thighs</source>
        <translation>PMR: Oberschenkel</translation>
    </message>
    <message>
        <source>PMR: calves</source>
        <translation>PMR: Waden</translation>
    </message>
    <message>
        <source>PMR: feet</source>
        <translation>PMR: Füße</translation>
    </message>
    <message>
        <source>{label} ({hint})</source>
        <translation>{label} ({hint})</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Übungsfolge</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>One safety note per line</source>
        <translation>Ein Sicherheitshinweis pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Di&amp;fficulty</source>
        <translation>Sch&amp;wierigkeit</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Safety notes</source>
        <translation>&amp;Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Übungen, der Reihe nach</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>One cue per line, e.g. Keep your core engaged</source>
        <translation>Ein Hinweis pro Zeile, z. B. Bauch fest halten</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Chosen by the exercise&apos;s name</source>
        <translation>Nach dem Namen der Übung gewählt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>Anleitun&amp;g</translation>
    </message>
    <message>
        <source>Form c&amp;ues</source>
        <translation>&amp;Hinweise zur Ausführung</translation>
    </message>
    <message>
        <source>Get ready (s)</source>
        <translation>Vorbereiten (s)</translation>
    </message>
    <message>
        <source>Rest after (s)</source>
        <translation>Pause danach (s)</translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Figur</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>The chosen exercise</source>
        <translation>Die gewählte Übung</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>{file}: id &quot;{id}&quot; is already used</source>
        <translation>{file}: Die Kennung „{id}“ ist schon vergeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;To fix before saving:&lt;/b&gt;&lt;ul&gt;{problems}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Vor dem Speichern zu beheben:&lt;/b&gt;&lt;ul&gt;{problems}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Gesamt: —</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>Total: about {length}</source>
        <translation>Gesamt: etwa {length}</translation>
    </message>
</context>
<context>
    <name>RoutineListModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{title}, favourite. {about}</source>
        <translation>{title}, Favorit. {about}</translation>
    </message>
    <message>
        <source>{title}. {about}</source>
        <translation>{title}. {about}</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>Any length</source>
        <translation>Jede Dauer</translation>
    </message>
    <message>
        <source>Up to 5 min</source>
        <translation>Bis 5 min</translation>
    </message>
    <message>
        <source>Up to 10 min</source>
        <translation>Bis 10 min</translation>
    </message>
    <message>
        <source>Up to 15 min</source>
        <translation>Bis 15 min</translation>
    </message>
    <message>
        <source>Up to 20 min</source>
        <translation>Bis 20 min</translation>
    </message>
    <message>
        <source>Up to 30 min</source>
        <translation>Bis 30 min</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Übungsfolgen</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Übungsfolgen werden geladen…</translation>
    </message>
    <message>
        <source>Loading routines</source>
        <translation>Übungsfolgen werden geladen</translation>
    </message>
    <message>
        <source>Search routines and exercises</source>
        <translation>Übungsfolgen und Übungen suchen</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Übungsfolgen suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Longest length</source>
        <translation>Höchstdauer</translation>
    </message>
    <message>
        <source>Routine files with problems</source>
        <translation>Übungsfolge-Dateien mit Problemen</translation>
    </message>
    <message>
        <source>No routine matches. Clear the search or the filters.</source>
        <translation>Keine Übungsfolge passt. Leeren Sie die Suche oder die Filter.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Create a routine of your own</source>
        <translation>Eine eigene Übungsfolge anlegen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a routine file, for example from your physiotherapist</source>
        <translation>Eine Übungsfolge-Datei hinzufügen, zum Beispiel von Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten</translation>
    </message>
    <message>
        <source>The chosen routine</source>
        <translation>Die gewählte Übungsfolge</translation>
    </message>
    <message>
        <source>Start  ▶</source>
        <translation>Starten  ▶</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Diese Übungsfolge starten</translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation>Diese Übungsfolge starten (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Steps…</source>
        <translation>&amp;Ablauf…</translation>
    </message>
    <message>
        <source>See the routine&apos;s timeline: each exercise, its sets and rests, and when they start</source>
        <translation>Den Ablauf der Übungsfolge ansehen: jede Übung, ihre Sätze und Pausen und wann sie beginnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Make your own copy to change</source>
        <translation>Eine eigene Kopie zum Ändern anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start today&apos;s planned session</source>
        <translation>Die heute geplante Einheit starten</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>See or change the weekly plan</source>
        <translation>Den Wochenplan ansehen oder ändern</translation>
    </message>
    <message>
        <source>Today: {planned}</source>
        <translation>Heute: {planned}</translation>
    </message>
    <message>
        <source>No weekly plan yet.</source>
        <translation>Noch kein Wochenplan.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>These routine files could not be read and were left as they are: {names}.</source>
        <translation>Diese Übungsfolge-Dateien konnten nicht gelesen werden und bleiben unverändert: {names}.</translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation>Die Probleme anzeigen</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Ihre Übungsfolge</translation>
    </message>
    <message>
        <source>{about} · {origin}</source>
        <translation>{about} · {origin}</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorit</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>These files in {folder} were not loaded, and were left as they are. Fix them in a text editor, or import a corrected copy:</source>
        <translation>Diese Dateien in {folder} wurden nicht geladen und bleiben unverändert. Korrigieren Sie sie in einem Texteditor oder importieren Sie eine korrigierte Kopie:</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Übungsfolge löschen</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>„{title}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>{file} could not be imported:</source>
        <translation>{file} konnte nicht importiert werden:</translation>
    </message>
    <message>
        <source>BackCare could not save the routine: {reason}.</source>
        <translation>BackCare konnte die Übungsfolge nicht speichern: {reason}.</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Übungsfolge importiert</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>BackCare could not do that:</source>
        <translation>BackCare konnte das nicht tun:</translation>
    </message>
    <message>
        <source>BackCare could not do that: {reason}.</source>
        <translation>BackCare konnte das nicht tun: {reason}.</translation>
    </message>
    <message>
        <source>The routines folder could not be read.</source>
        <translation>Der Ordner der Übungsfolgen konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>The session paused because the screen was locked.</source>
        <translation>Die Einheit wurde angehalten, weil der Bildschirm gesperrt wurde.</translation>
    </message>
    <message>
        <source>The session paused because the computer went to sleep.</source>
        <translation>Die Einheit wurde angehalten, weil der Computer in den Ruhezustand ging.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>A session is running</source>
        <translation>Eine Einheit läuft</translation>
    </message>
    <message>
        <source>Stop the current session before starting another.</source>
        <translation>Beenden Sie die laufende Einheit, bevor Sie eine neue starten.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>How is your back right now? (0 is no pain, 10 the worst imaginable.) You can skip this.

Have a drink of water before you begin, and keep it within reach for the rests.</source>
        <translation>Wie geht es Ihrem Rücken gerade? (0 heißt kein Schmerz, 10 der schlimmste vorstellbare.) Sie können das überspringen.

Trinken Sie etwas Wasser, bevor Sie beginnen, und stellen Sie es für die Pausen in Reichweite.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>Stop this session? What you have done so far is saved.</source>
        <translation>Diese Einheit beenden? Was Sie bisher gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation>Sie haben aufgehört, weil es wehtat</translation>
    </message>
    <message>
        <source>How bad is the pain now? (0 is no pain, 10 the worst imaginable.)</source>
        <translation>Wie stark ist der Schmerz jetzt? (0 heißt kein Schmerz, 10 der schlimmste vorstellbare.)</translation>
    </message>
    <message>
        <source>Your steps are kept and will be saved {when}.</source>
        <translation>Ihre Schritte werden aufbewahrt und gespeichert, {when}.</translation>
    </message>
    <message>
        <source>when there is space on the disk</source>
        <translation>sobald auf dem Datenträger wieder Platz ist</translation>
    </message>
    <message>
        <source>as soon as BackCare can write to its data file again</source>
        <translation>sobald BackCare wieder in seine Datendatei schreiben kann</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Tense your {part}</source>
        <translation>{part} anspannen</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>In Bewegung bleiben</translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <comment>a length: 1 minute 5 seconds</comment>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of an announcement</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Progress through the session</source>
        <translation>Fortschritt in der Einheit</translation>
    </message>
    <message>
        <source>{percent} % done</source>
        <translation>{percent} % geschafft</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>No session is running.

Choose a routine on the Routines page and press Start.</source>
        <translation>Keine Einheit läuft.

Wählen Sie auf der Seite Übungsfolgen eine Übungsfolge und drücken Sie auf Starten.</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Übungsfolge wählen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Set, rep and side</source>
        <translation>Satz, Wiederholung und Seite</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Reps in this set</source>
        <translation>Wiederholungen in diesem Satz</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <translation>Bild der Übung</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Stand der Einheit</translation>
    </message>
    <message>
        <source>Drink reminder</source>
        <translation>Trinkerinnerung</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Verbleibende Zeit der Einheit</translation>
    </message>
    <message>
        <source>The step after this one</source>
        <translation>Der nächste Schritt</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Vorheriger Schritt (Pfeil links)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pause oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>Nächster Schritt (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Übung überspringen</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>Diese Übung überspringen</translation>
    </message>
    <message>
        <source>Count rep</source>
        <translation>Wdh. zählen</translation>
    </message>
    <message>
        <source>Count a rep (Enter)</source>
        <translation>Eine Wiederholung zählen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Fokusmodus</translation>
    </message>
    <message>
        <source>Focus mode: full screen (F11)</source>
        <translation>Fokusmodus: Vollbild (F11)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the session (Escape)</source>
        <translation>Einheit beenden (Esc)</translation>
    </message>
    <message>
        <source>Stop — this hurts</source>
        <translation>Aufhören – es tut weh</translation>
    </message>
    <message>
        <source>Stop now: this hurts (H)</source>
        <translation>Sofort aufhören: Es tut weh (H)</translation>
    </message>
    <message>
        <source>Sound and voice…</source>
        <translation>Ton und Stimme…</translation>
    </message>
    <message>
        <source>Sound and voice settings</source>
        <translation>Einstellungen für Ton und Stimme</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>{reminder} Take a sip at the next rest.</source>
        <translation>{reminder} Trinken Sie in der nächsten Pause einen Schluck.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <source>Start on the left side</source>
        <translation>Beginnen Sie mit der linken Seite</translation>
    </message>
    <message>
        <source>Start on the right side</source>
        <translation>Beginnen Sie mit der rechten Seite</translation>
    </message>
    <message>
        <source>Seconds until the session goes on</source>
        <translation>Sekunden, bis die Einheit weitergeht</translation>
    </message>
    <message>
        <source>Reps counted in this set</source>
        <translation>Gezählte Wiederholungen in diesem Satz</translation>
    </message>
    <message>
        <source>of {reps} · press Enter for each rep</source>
        <translation>von {reps} · Eingabetaste nach jeder Wiederholung</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>of {reps}</source>
        <translation>von {reps}</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Up next: {exercise} — {step}</source>
        <translation>Als Nächstes: {exercise} – {step}</translation>
    </message>
    <message>
        <source>Up next: the end</source>
        <translation>Als Nächstes: das Ende</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused — press Space to continue</source>
        <translation>Pausiert – zum Fortsetzen Leertaste drücken</translation>
    </message>
    <message>
        <source>{time} left · BackCare</source>
        <translation>noch {time} · BackCare</translation>
    </message>
</context>
<context>
    <name>SessionReminderDelivery</name>
    <message>
        <source>Time for your session</source>
        <translation>Zeit für Ihre Einheit</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>In {minutes} min erinnern</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation>BackCare öffnen</translation>
    </message>
</context>
<context>
    <name>SessionReminders</name>
    <message>
        <source>Time for {routine}, planned at {time}.</source>
        <translation>Zeit für {routine}, geplant um {time}.</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>{routine} at {time}</source>
        <translation>{routine} um {time}</translation>
    </message>
    <message>
        <source>the routine planned at {time} no longer exists</source>
        <translation>die für {time} geplante Übungsfolge gibt es nicht mehr</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{routines} done</source>
        <translation>{routines} erledigt</translation>
    </message>
    <message>
        <source>Session reminders are off.</source>
        <translation>Erinnerungen an Einheiten sind aus.</translation>
    </message>
    <message>
        <source>No session reminder is planned in the next week.</source>
        <translation>In der nächsten Woche ist keine Erinnerung an eine Einheit geplant.</translation>
    </message>
    <message>
        <source>Next session reminder: {time}.</source>
        <translation>Nächste Erinnerung an eine Einheit: {time}.</translation>
    </message>
    <message>
        <source>Next session reminder: {day} at {time}.</source>
        <translation>Nächste Erinnerung an eine Einheit: {day} um {time}.</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>The session paused because the computer went to sleep.</source>
        <translation>Die Einheit wurde angehalten, weil der Computer in den Ruhezustand gegangen ist.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Stopped at {exercise}</source>
        <translation>Beendet bei {exercise}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Nothing done this time</source>
        <translation>Diesmal nichts erledigt</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Beendet, weil es wehtat</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between exercise names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Done ({n}): {names}.</source>
        <translation>Erledigt ({n}): {names}.</translation>
    </message>
    <message>
        <source>Skipped ({n}): {names}.</source>
        <translation>Übersprungen ({n}): {names}.</translation>
    </message>
    <message>
        <source>Stopped because it hurt ({n}): {names}.</source>
        <translation>Beendet, weil es wehtat ({n}): {names}.</translation>
    </message>
    <message>
        <source>{title}: {time} of exercise.</source>
        <translation>{title}: {time} Bewegung.</translation>
    </message>
    <message>
        <source>Remember to drink some water.</source>
        <translation>Denken Sie daran, etwas Wasser zu trinken.</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <source>How is your back now? (optional)</source>
        <translation>Wie geht es Ihrem Rücken jetzt? (freiwillig)</translation>
    </message>
    <message>
        <source>How did it feel? (optional)</source>
        <translation>Wie hat es sich angefühlt? (freiwillig)</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation>Die gewählte Einheit löschen</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Done /
skipped</source>
        <translation>Erledigt /
übersprungen</translation>
    </message>
    <message>
        <source>Pain
before → after</source>
        <translation>Schmerz
vorher → nachher</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Empfunden</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Frühere Einheiten</translation>
    </message>
    <message>
        <source>Choose a session to see its exercises.</source>
        <translation>Wählen Sie eine Einheit, um ihre Übungen zu sehen.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Exercises of the chosen session</source>
        <translation>Übungen der gewählten Einheit</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Alle Übungsfolgen</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions, {minutes} minutes of exercise.</source>
        <translation>
            <numerusform>%n Einheit, {minutes} Minuten Übung.</numerusform>
            <numerusform>%n Einheiten, {minutes} Minuten Übung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed first: %n sessions whose dates cannot be used.</source>
        <translation>
            <numerusform>Zuerst aufgeführt: %n Einheit, deren Datum nicht verwendet werden kann.</numerusform>
            <numerusform>Zuerst aufgeführt: %n Einheiten, deren Datum nicht verwendet werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Delete the session “{title}” of {when} with its exercises? Pain logged with it stays in the pain log.</source>
        <translation>Die Einheit „{title}“ vom {when} mit ihren Übungen löschen? Dazu eingetragene Schmerzen bleiben im Schmerztagebuch.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Pain check-in</source>
        <translation>Schmerz-Abfrage</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>BackCare cannot write its lock file in {folder}: {why}.</source>
        <translation>BackCare kann seine Sperrdatei in {folder} nicht schreiben: {why}.</translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <source>Test tone</source>
        <translation>Ton testen</translation>
    </message>
    <message>
        <source>Play a tone at the chosen volume</source>
        <translation>Einen Ton in der gewählten Lautstärke abspielen</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
</context>
<context>
    <name>SoundVoiceForm</name>
    <message>
        <source>Tone volume</source>
        <translation>Lautstärke der Töne</translation>
    </message>
    <message>
        <source>Silence the tones</source>
        <translation>Töne stumm schalten</translation>
    </message>
    <message>
        <source>Speak exercise and phase names</source>
        <translation>Übungen und Phasen ansagen</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>Language of the voice</source>
        <translation>Sprache der Stimme</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Say a short sample with the chosen voice</source>
        <translation>Ein kurzes Beispiel mit der gewählten Stimme sprechen</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Status der Stimme</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The voice you chose speaks another language, so the automatic voice speaks while BackCare is shown in this language.</source>
        <translation>Die von Ihnen gewählte Stimme spricht eine andere Sprache. Solange BackCare in dieser Sprache angezeigt wird, spricht daher die automatische Stimme.</translation>
    </message>
    <message>
        <source>This voice speaks another language than BackCare shows, so sessions use the automatic voice instead.</source>
        <translation>Diese Stimme spricht nicht die Sprache, in der BackCare angezeigt wird. In den Einheiten spricht daher die automatische Stimme.</translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation>Stimmen werden gesucht…</translation>
    </message>
    <message>
        <source>This is how BackCare sounds. Next: knee hugs. Get ready.</source>
        <translation>So klingt BackCare. Als Nächstes: Knie umarmen. Machen Sie sich bereit.</translation>
    </message>
    <message>
        <source>Automatic voice</source>
        <translation>Automatische Stimme</translation>
    </message>
    <message>
        <source>The voice starts with the next phase.</source>
        <translation>Die Stimme setzt mit der nächsten Phase ein.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Windows speech (SAPI)</source>
        <translation>Windows-Sprachausgabe (SAPI)</translation>
    </message>
    <message>
        <source>Windows speech</source>
        <translation>Windows-Sprachausgabe</translation>
    </message>
    <message>
        <source>macOS speech</source>
        <translation>macOS-Sprachausgabe</translation>
    </message>
    <message>
        <source>Test engine</source>
        <translation>Test-Sprachausgabe</translation>
    </message>
    <message>
        <source>Other voices</source>
        <translation>Weitere Stimmen</translation>
    </message>
    <message>
        <source>the speech engine</source>
        <translation>die Sprachausgabe</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed, so BackCare goes on with tones only. On Linux, install speech-dispatcher (for example: sudo apt-get install speech-dispatcher espeak-ng).</source>
        <translation>Es ist keine Sprachausgabe installiert, daher macht BackCare nur mit Tönen weiter. Installieren Sie unter Linux speech-dispatcher (zum Beispiel: sudo apt-get install speech-dispatcher espeak-ng).</translation>
    </message>
    <message>
        <source>{engine} did not answer</source>
        <translation>{engine} hat nicht geantwortet</translation>
    </message>
    <message>
        <source>{engine} did not start: {detail}</source>
        <translation>{engine} ist nicht gestartet: {detail}</translation>
    </message>
    <message>
        <source>{engine} did not start</source>
        <translation>{engine} ist nicht gestartet</translation>
    </message>
    <message>
        <source>its helper process stopped</source>
        <translation>ihr Hilfsprozess wurde beendet</translation>
    </message>
    <message>
        <source>The voice is not working ({why}), so BackCare goes on with tones only.</source>
        <translation>Die Stimme funktioniert nicht ({why}), daher macht BackCare nur mit Tönen weiter.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;BackCare guides you through exercise routines and keeps a record of how your back feels. &lt;b&gt;It is not medical advice&lt;/b&gt; and it cannot diagnose anything.&lt;/p&gt; &lt;ul&gt; &lt;li&gt;Talk to a doctor or physiotherapist before you begin, especially after surgery or if you live with a medical condition.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Stop any exercise straight away if it hurts.&lt;/b&gt; Mild effort is fine; pain is not.&lt;/li&gt; &lt;li&gt;See a doctor if your pain lasts more than three days, or if soreness lasts more than an hour after exercising.&lt;/li&gt; &lt;/ul&gt; &lt;p&gt;Start gently and build up a little at a time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BackCare leitet Sie durch Übungsfolgen und hält fest, wie sich Ihr Rücken anfühlt. &lt;b&gt;Es ist keine medizinische Beratung&lt;/b&gt; und kann nichts diagnostizieren.&lt;/p&gt; &lt;ul&gt; &lt;li&gt;Sprechen Sie vor dem Beginn mit einer Ärztin, einem Arzt oder einer Physiotherapeutin bzw. einem Physiotherapeuten, besonders nach einer Operation oder wenn Sie eine Erkrankung haben.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Brechen Sie jede Übung sofort ab, wenn sie wehtut.&lt;/b&gt; Leichte Anstrengung ist in Ordnung, Schmerz nicht.&lt;/li&gt; &lt;li&gt;Gehen Sie zum Arzt, wenn Ihre Schmerzen länger als drei Tage anhalten oder ein Muskelkater länger als eine Stunde nach dem Üben bleibt.&lt;/li&gt; &lt;/ul&gt; &lt;p&gt;Beginnen Sie sanft und steigern Sie sich nach und nach.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;BackCare is not medical advice.&lt;/b&gt; Help → Safety notice says when to see a doctor and when to stop.</source>
        <translation>&lt;b&gt;BackCare ist keine medizinische Beratung.&lt;/b&gt; Hilfe → Sicherheitshinweis sagt, wann Sie zum Arzt gehen und wann Sie aufhören sollten.</translation>
    </message>
    <message>
        <source>Everything you record stays on this computer. BackCare has no account and never uses the network.</source>
        <translation>Alles, was Sie eintragen, bleibt auf diesem Computer. BackCare hat kein Konto und nutzt nie das Netzwerk.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückkommen</translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation>Ihr Tempo</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <source>Let go and relax</source>
        <translation>Loslassen und entspannen</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You stopped because it hurt. That was the right thing to do.&lt;/b&gt;&lt;/p&gt; &lt;ul&gt; &lt;li&gt;Rest, and do not repeat the movement that hurt today.&lt;/li&gt; &lt;li&gt;See a doctor if the pain lasts more than three days.&lt;/li&gt; &lt;li&gt;See a doctor too if soreness lasts more than an hour after exercising.&lt;/li&gt; &lt;li&gt;Get help at once for severe pain, numbness, weakness in the legs, or trouble with bladder or bowels.&lt;/li&gt; &lt;/ul&gt; &lt;p&gt;Next time, try a gentler routine, or ask a physiotherapist to adjust this one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sie haben aufgehört, weil es wehtat. Das war richtig.&lt;/b&gt;&lt;/p&gt; &lt;ul&gt; &lt;li&gt;Ruhen Sie sich aus und wiederholen Sie die Bewegung, die heute wehtat, nicht.&lt;/li&gt; &lt;li&gt;Gehen Sie zum Arzt, wenn der Schmerz länger als drei Tage anhält.&lt;/li&gt; &lt;li&gt;Gehen Sie auch zum Arzt, wenn ein Muskelkater länger als eine Stunde nach dem Üben bleibt.&lt;/li&gt; &lt;li&gt;Holen Sie sofort Hilfe bei starken Schmerzen, Taubheit, Schwäche in den Beinen oder Problemen mit Blase oder Darm.&lt;/li&gt; &lt;/ul&gt; &lt;p&gt;Versuchen Sie beim nächsten Mal eine sanftere Übungsfolge oder lassen Sie diese von einer Physiotherapeutin oder einem Physiotherapeuten anpassen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Log a glass</source>
        <translation>Ein Glas eintragen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>Pause for today</source>
        <translation>Für heute pausieren</translation>
    </message>
    <message>
        <source>Flare-up…</source>
        <translation>Schub…</translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation>BackCare öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Too easy</source>
        <translation>Zu leicht</translation>
    </message>
    <message>
        <source>About right</source>
        <translation>Genau richtig</translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation>Zu schwer</translation>
    </message>
</context>
<context>
    <name>WaterEntryDialog</name>
    <message>
        <source>Change this drink</source>
        <translation>Dieses Getränk ändern</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> ml</translation>
    </message>
    <message>
        <source>Amount in millilitres</source>
        <translation>Menge in Millilitern</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>A drink is {low}–{high} ml.</source>
        <translation>Ein Getränk hat {low}–{high} ml.</translation>
    </message>
</context>
<context>
    <name>WeekBars</name>
    <message>
        <source>Water, last 7 days</source>
        <translation>Wasser, letzte 7 Tage</translation>
    </message>
    <message>
        <source>{day}: {amount}</source>
        <translation>{day}: {amount}</translation>
    </message>
</context>
<context>
    <name>WeeklyCheckIn</name>
    <message>
        <source>Weekly questions</source>
        <translation>Wochenabfrage</translation>
    </message>
    <message>
        <source>Three quick questions about your past week: they give your weekly score (PEG) and show how you are doing over time.</source>
        <translation>Drei kurze Fragen zu Ihrer vergangenen Woche: Sie ergeben Ihren Wochenwert (PEG) und zeigen, wie es Ihnen mit der Zeit geht.</translation>
    </message>
    <message>
        <source>Your weekly questions are waiting; they come after the session.</source>
        <translation>Ihre Wochenabfrage wartet; sie kommt nach der Einheit.</translation>
    </message>
    <message>
        <source>Answer them on the Progress page.</source>
        <translation>Beantworten Sie sie auf der Seite Fortschritt.</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Beantworten…</translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation>BackCare öffnen</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <source>planned and missed: {names}</source>
        <translation>geplant und verpasst: {names}</translation>
    </message>
    <message>
        <source>planned: {names}</source>
        <translation>geplant: {names}</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>average pain {mean}, worst {worst}</source>
        <translation>durchschnittliche Schmerzstärke {mean}, höchste {worst}</translation>
    </message>
    <message>
        <source>no pain logged</source>
        <translation>kein Schmerz eingetragen</translation>
    </message>
    <message>
        <source>flare-up</source>
        <translation>Schub</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a sentence</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>{day}: {details}.</source>
        <translation>{day}: {details}.</translation>
    </message>
    <message>
        <source>Calendar of the year</source>
        <translation>Kalender des Jahres</translation>
    </message>
    <message>
        <source>Pain 0</source>
        <translation>Schmerz 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;The year, day by day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Jahr, Tag für Tag&lt;/b&gt;</translation>
    </message>
    <message>
        <source>● session done   ✕ planned and missed   ○ planned   ◥ flare-up   plain: rest day; the fill is the day&apos;s average pain</source>
        <translation>● Einheit erledigt   ✕ geplant und verpasst   ○ geplant   ◥ Schub   leer: Ruhetag; die Füllung zeigt die durchschnittliche Schmerzstärke des Tages</translation>
    </message>
    <message>
        <source>Key to the calendar</source>
        <translation>Legende des Kalenders</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>Gewählter Tag</translation>
    </message>
</context>
<context>
    <name>_SlotList</name>
    <message>
        <source>Planned sessions</source>
        <translation>Geplante Einheiten</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Einheit hinzufügen</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Every problem</source>
        <translation>Alle Probleme</translation>
    </message>
</context>
</TS>
