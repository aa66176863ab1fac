<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>No pain was logged in this period.</source>
        <translation>No se registró dolor en este periodo.</translation>
    </message>
    <message>
        <source>Pain eased: the daily average went from {start} to {end} out of 10 between the start and the end of the period.</source>
        <translation>El dolor ha disminuido: la media diaria pasó de {start} a {end} sobre 10 entre el principio y el final del periodo.</translation>
    </message>
    <message>
        <source>Pain rose: the daily average went from {start} to {end} out of 10 between the start and the end of the period.</source>
        <translation>El dolor ha aumentado: la media diaria pasó de {start} a {end} sobre 10 entre el principio y el final del periodo.</translation>
    </message>
    <message>
        <source>Pain stayed about the same: a daily average of {start} at the start of the period and {end} at the end.</source>
        <translation>El dolor se mantuvo más o menos igual: una media diaria de {start} al principio del periodo y de {end} al final.</translation>
    </message>
    <message>
        <source>No session was finished in this period.</source>
        <translation>No se terminó ninguna sesión en este periodo.</translation>
    </message>
    <message>
        <source>{per_week} finished sessions a week on average ({sessions} in all).</source>
        <translation>De media, {per_week} sesiones terminadas a la semana ({sessions} en total).</translation>
    </message>
    <message>
        <source>No session has pain logged both before and after.</source>
        <translation>Ninguna sesión tiene el dolor registrado antes y después.</translation>
    </message>
    <message numerus="yes">
        <source>Average pain {mean} out of 10 on %n day(s) logged.</source>
        <translation>
            <numerusform>Dolor medio de {mean} sobre 10 en %n día registrado.</numerusform>
            <numerusform>Dolor medio de {mean} sobre 10 en %n días registrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain was logged on {days} of %n day(s); the worst was {worst}.</source>
        <translation>
            <numerusform>Se registró dolor {days} de %n día; el peor valor fue {worst}.</numerusform>
            <numerusform>Se registró dolor {days} de %n días; el peor valor fue {worst}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished session(s).</source>
        <translation>
            <numerusform>%n sesión terminada.</numerusform>
            <numerusform>%n sesiones terminadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The goal of {goal} a week was met in {met} of %n week(s).</source>
        <translation>
            <numerusform>El objetivo de {goal} a la semana se cumplió {met} de %n semana.</numerusform>
            <numerusform>El objetivo de {goal} a la semana se cumplió {met} de %n semanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) were planned; {done} were done in the same weeks.</source>
        <translation>
            <numerusform>Había %n sesión planificada; se hicieron {done} en las mismas semanas.</numerusform>
            <numerusform>Había %n sesiones planificadas; se hicieron {done} en las mismas semanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around sessions, pain averaged {before} before and {after} after (%n session(s) with both).</source>
        <translation>
            <numerusform>En torno a las sesiones, el dolor medio fue {before} antes y {after} después (%n sesión con ambos datos).</numerusform>
            <numerusform>En torno a las sesiones, el dolor medio fue {before} antes y {after} después (%n sesiones con ambos datos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) stopped because it hurt.</source>
        <translation>
            <numerusform>%n sesión interrumpida porque dolía.</numerusform>
            <numerusform>%n sesiones interrumpidas porque dolía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A flare-up was on for %n day(s).</source>
        <translation>
            <numerusform>Hubo un brote durante %n día.</numerusform>
            <numerusform>Hubo un brote durante %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>No weekly score recorded.</source>
        <translation>No hay ninguna puntuación semanal.</translation>
    </message>
    <message>
        <source>Weekly score (PEG, 0–10): {start} in the first week answered, {end} in the last.</source>
        <translation>Puntuación semanal (PEG, 0–10): {start} en la primera semana respondida, {end} en la última.</translation>
    </message>
    <message>
        <source>Weekly score (PEG, 0–10): {score}.</source>
        <translation>Puntuación semanal (PEG, 0–10): {score}.</translation>
    </message>
    <message>
        <source>The records start on {day}; the days before hold nothing.</source>
        <translation>Los registros empiezan el {day}; los días anteriores no tienen nada.</translation>
    </message>
    <message>
        <source>The period runs past today ({day}).</source>
        <translation>El periodo va más allá de hoy ({day}).</translation>
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
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>día {number}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>The first week has no start date.</source>
        <translation>La primera semana no tiene fecha de inicio.</translation>
    </message>
    <message>
        <source>{when} (“{routine}”)</source>
        <translation>{when} («{routine}»)</translation>
    </message>
    <message>
        <source>These planned sessions lost their routine, which was deleted or cannot be read: {sessions}. The rest of the plan goes on; choose another routine for them in the plan.</source>
        <translation>Estas sesiones planificadas han perdido su rutina, que se borró o no se puede leer: {sessions}. El resto del plan sigue; elige otra rutina para ellas en el plan.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>First week, {day}</source>
        <translation>Primera semana, {day}</translation>
    </message>
    <message>
        <source>{day} is not a day of the week (Monday to Sunday).</source>
        <translation>{day} no es un día de la semana (de lunes a domingo).</translation>
    </message>
    <message>
        <source>{day}: “{time}” is not a time of day; write it as hours and minutes, 00:00 to 23:59.</source>
        <translation>{day}: «{time}» no es una hora; escríbela en horas y minutos, de 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>{session}: no routine is chosen.</source>
        <translation>{session}: no has elegido ninguna rutina.</translation>
    </message>
    <message>
        <source>{session}: the routine “{routine}” does not exist (deleted, or its file cannot be read); choose another.</source>
        <translation>{session}: la rutina «{routine}» no existe (se borró o no se puede leer su archivo); elige otra.</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n session(s) are planned; at most {most} fit a day.</source>
        <translation>
            <numerusform>{day}: hay %n sesión planificada; caben como mucho {most} al día.</numerusform>
            <numerusform>{day}: hay %n sesiones planificadas; caben como mucho {most} al día.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {first} and {second} are less than {gap} minutes apart; leave at least an hour between sessions.</source>
        <translation>{day}: entre {first} y {second} hay menos de {gap} minutos; deja al menos una hora entre sesiones.</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal point, as in 2.5</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>twice</source>
        <comment>a hold done two times</comment>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>a hold done this many times</comment>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>twice</source>
        <comment>two sets of repetitions</comment>
        <translation>2 series</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each side</source>
        <translation>
            <numerusform>%n repetición por lado</numerusform>
            <numerusform>%n repeticiones por lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>keep moving {time}</source>
        <translation>sigue en movimiento {time}</translation>
    </message>
    <message>
        <source>hold {time}</source>
        <translation>mantén {time}</translation>
    </message>
    <message>
        <source>move {time}</source>
        <translation>mueve {time}</translation>
    </message>
    <message>
        <source>return {time}</source>
        <translation>vuelve {time}</translation>
    </message>
    <message>
        <source>breathe in {time}</source>
        <translation>inspira {time}</translation>
    </message>
    <message>
        <source>out {time}</source>
        <translation>espira {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respiración</numerusform>
            <numerusform>%n respiraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>{reps} at your own pace</source>
        <translation>{reps} a tu ritmo</translation>
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
        <translation>tensa {tense} y luego relaja {relax}</translation>
    </message>
    <message>
        <source>{breaths}, {length}</source>
        <translation>{breaths}, {length}</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Relajación</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Variada</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Challenging</source>
        <translation>Exigente</translation>
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
        <translation>Serie {number} de {total}</translation>
    </message>
    <message>
        <source>Rep {number} of {total}</source>
        <translation>Repetición {number} de {total}</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Breath {number} of {total}</source>
        <translation>Respiración {number} de {total}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Tensa</translation>
    </message>
    <message>
        <source>Let go and relax</source>
        <translation>Suelta y relaja</translation>
    </message>
    <message>
        <source>Rest before the next exercise</source>
        <translation>Descanso antes del siguiente ejercicio</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Serie {number}</translation>
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
        <translation>{file} es una carpeta, no un archivo normal; no se ha leído.</translation>
    </message>
    <message>
        <source>{file} is a pipe (FIFO), not a regular file; it was not read.</source>
        <translation>{file} es una tubería (FIFO), no un archivo normal; no se ha leído.</translation>
    </message>
    <message>
        <source>{file} is a socket, not a regular file; it was not read.</source>
        <translation>{file} es un socket, no un archivo normal; no se ha leído.</translation>
    </message>
    <message>
        <source>{file} is a device, not a regular file; it was not read.</source>
        <translation>{file} es un dispositivo, no un archivo normal; no se ha leído.</translation>
    </message>
    <message>
        <source>{file} is not a regular file; it was not read.</source>
        <translation>{file} no es un archivo normal; no se ha leído.</translation>
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
        <translation>No se pudo leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is {size}; at most {limit} is allowed.</source>
        <translation>{file} ocupa {size}; se permite como máximo {limit}.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit}, the most that is allowed.</source>
        <translation>{file} ocupa más de {limit}, el máximo permitido.</translation>
    </message>
    <message>
        <source>You stopped the last session because it hurt.</source>
        <translation>Terminaste la última sesión porque te dolía.</translation>
    </message>
    <message numerus="yes">
        <source>Your pain after the last session was {after}, %n point(s) higher than before it ({before}).</source>
        <translation>
            <numerusform>La intensidad del dolor después de la última sesión fue {after}, %n punto más que antes ({before}).</numerusform>
            <numerusform>La intensidad del dolor después de la última sesión fue {after}, %n puntos más que antes ({before}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hard} of your last %n sessions felt too hard.</source>
        <translation>
            <numerusform>{hard} de tus últimas %n sesión fueron demasiado difíciles.</numerusform>
            <numerusform>{hard} de tus últimas %n sesiones fueron demasiado difíciles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last %n sessions felt too easy and your pain did not rise.</source>
        <translation>
            <numerusform>Tu última %n sesión fue demasiado fácil y el dolor no aumentó.</numerusform>
            <numerusform>Tus últimas %n sesiones fueron demasiado fáciles y el dolor no aumentó.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason} Every exercise is already at its gentlest.</source>
        <translation>{reason} Todos los ejercicios ya están en su versión más suave.</translation>
    </message>
    <message>
        <source>{file} was not imported: {problems}</source>
        <translation>{file} no se ha importado: {problems}</translation>
    </message>
    <message>
        <source>session #{number}, step #{step}</source>
        <translation>sesión n.º {number}, paso n.º {step}</translation>
    </message>
    <message>
        <source>session #{number}</source>
        <translation>sesión n.º {number}</translation>
    </message>
    <message>
        <source>pain entry #{number}</source>
        <translation>registro de dolor n.º {number}</translation>
    </message>
    <message>
        <source>drink #{number}</source>
        <translation>bebida n.º {number}</translation>
    </message>
    <message>
        <source>record left out #{number}</source>
        <translation>registro omitido n.º {number}</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>{subject} holds a broken character (a lone surrogate, U+{code})</source>
        <translation>{subject} contiene un carácter roto (un sustituto suelto, U+{code})</translation>
    </message>
    <message>
        <source>{subject} holds the direction control U+{code}, which can make text show differently from what it says</source>
        <translation>{subject} contiene el control de dirección U+{code}, que puede hacer que el texto se vea distinto de lo que dice</translation>
    </message>
    <message>
        <source>{subject} holds the control character U+{code}</source>
        <translation>{subject} contiene el carácter de control U+{code}</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>… and more problems; the first {count} are listed.</source>
        <translation>… y más problemas; se muestran los primeros {count}.</translation>
    </message>
    <message>
        <source>“{name}” is missing</source>
        <translation>falta «{name}»</translation>
    </message>
    <message>
        <source>“{name}” is {value}; it must be a whole number</source>
        <translation>«{name}» es {value}; debe ser un número entero</translation>
    </message>
    <message>
        <source>“{name}” is {value}; it must be a number</source>
        <translation>«{name}» es {value}; debe ser un número</translation>
    </message>
    <message>
        <source>“{name}” is {value}; allowed is {low}–{high}</source>
        <translation>«{name}» es {value}; se permite de {low} a {high}</translation>
    </message>
    <message>
        <source>“{name}” is {value}; it must be a text</source>
        <translation>«{name}» es {value}; debe ser un texto</translation>
    </message>
    <message>
        <source>“{name}” is {value}; allowed: {allowed}</source>
        <translation>«{name}» es {value}; valores permitidos: {allowed}</translation>
    </message>
    <message>
        <source>“{name}” is {length} characters long; the limit is {limit}</source>
        <translation>«{name}» tiene {length} caracteres; el límite es {limit}</translation>
    </message>
    <message>
        <source>“{name}” is {value}; it must be a time in ISO 8601 with its UTC offset, e.g. 2026-11-24T09:05:00+01:00</source>
        <translation>«{name}» es {value}; debe ser una hora en ISO 8601 con su desfase UTC, p. ej. 2026-11-24T09:05:00+01:00</translation>
    </message>
    <message>
        <source>“{name}” is {value}; its UTC offset must be whole minutes from -12:00 to +14:00</source>
        <translation>«{name}» es {value}; su desfase UTC debe ser de minutos enteros entre -12:00 y +14:00</translation>
    </message>
    <message>
        <source>“{name}” is {value}; BackCare accepts times from 1970 to 2100 (UTC)</source>
        <translation>«{name}» es {value}; BackCare acepta horas de 1970 a 2100 (UTC)</translation>
    </message>
    <message>
        <source>must be an object with named values</source>
        <translation>debe ser un objeto con valores con nombre</translation>
    </message>
    <message>
        <source>session number {number} is used twice</source>
        <translation>el número de sesión {number} aparece dos veces</translation>
    </message>
    <message>
        <source>“steps” must be a list</source>
        <translation>«steps» debe ser una lista</translation>
    </message>
    <message>
        <source>it has {count} steps; the limit is {limit}</source>
        <translation>tiene {count} pasos; el límite es {limit}</translation>
    </message>
    <message>
        <source>position {position} is used twice in this session</source>
        <translation>la posición {position} aparece dos veces en esta sesión</translation>
    </message>
    <message>
        <source>setting {name}: {value}</source>
        <translation>ajuste {name}: {value}</translation>
    </message>
    <message>
        <source>{subject} is longer than {limit} characters</source>
        <translation>{subject} tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>it belongs to session {number}, which is not in the file</source>
        <translation>pertenece a la sesión {number}, que no está en el archivo</translation>
    </message>
    <message>
        <source>This is not a BackCare export (its “format” is not “{format}”).</source>
        <translation>Esto no es una exportación de BackCare (su «format» no es «{format}»).</translation>
    </message>
    <message>
        <source>This export has format version {version}; this BackCare reads version {supported} and older. Update BackCare, then import again.</source>
        <translation>Esta exportación tiene la versión de formato {version}; este BackCare lee la versión {supported} y anteriores. Actualiza BackCare y vuelve a importar.</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message numerus="yes">
        <source>{problems}; left out with its %n step(s)</source>
        <translation>
            <numerusform>{problems}; se omite junto con su %n paso</numerusform>
            <numerusform>{problems}; se omite junto con sus %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>session {number} is not in the file</source>
        <translation>la sesión {number} no está en el archivo</translation>
    </message>
    <message>
        <source>a value is missing or is not JSON</source>
        <translation>falta un valor o no es JSON</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>falta una coma</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>faltan dos puntos</translation>
    </message>
    <message>
        <source>a name in double quotes is expected</source>
        <translation>se espera un nombre entre comillas dobles</translation>
    </message>
    <message>
        <source>a text in double quotes is not closed</source>
        <translation>un texto entre comillas dobles no está cerrado</translation>
    </message>
    <message>
        <source>a text in double quotes holds a control character</source>
        <translation>un texto entre comillas dobles contiene un carácter de control</translation>
    </message>
    <message>
        <source>a text in double quotes holds a broken \u escape</source>
        <translation>un texto entre comillas dobles contiene un escape \u roto</translation>
    </message>
    <message>
        <source>a text in double quotes holds a broken \ escape</source>
        <translation>un texto entre comillas dobles contiene un escape \ roto</translation>
    </message>
    <message>
        <source>more follows after the end of the data</source>
        <translation>hay más contenido después del final de los datos</translation>
    </message>
    <message>
        <source>an object has {count} names; a records file has at most {limit}</source>
        <translation>un objeto tiene {count} nombres; un archivo de registros tiene como máximo {limit}</translation>
    </message>
    <message>
        <source>the name {name} appears twice in one object, so it is not clear which value to take</source>
        <translation>el nombre {name} aparece dos veces en un objeto, así que no está claro qué valor usar</translation>
    </message>
    <message>
        <source>a number has {count} digits; a records file needs at most {limit}</source>
        <translation>un número tiene {count} dígitos; un archivo de registros necesita como máximo {limit}</translation>
    </message>
    <message>
        <source>a number has {count} characters; a records file needs at most {limit}</source>
        <translation>un número tiene {count} caracteres; un archivo de registros necesita como máximo {limit}</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows</source>
        <translation>{value} no es un número que JSON permita</translation>
    </message>
    <message>
        <source>a text is longer than {size} MB</source>
        <translation>un texto ocupa más de {size} MB</translation>
    </message>
    <message>
        <source>one value is larger than {size} MB</source>
        <translation>un valor ocupa más de {size} MB</translation>
    </message>
    <message>
        <source>lists and objects are nested more than {depth} deep</source>
        <translation>las listas y los objetos están anidados a más de {depth} niveles</translation>
    </message>
    <message>
        <source>lists and objects are nested too deeply</source>
        <translation>las listas y los objetos están anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>a value cannot be read ({reason})</source>
        <translation>no se puede leer un valor ({reason})</translation>
    </message>
    <message>
        <source>{file}: a name at the top of the file is longer than 1,000 characters.</source>
        <translation>{file}: un nombre al principio del archivo tiene más de 1000 caracteres.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {problem} (line {line}, column {column}).</source>
        <translation>{file} no es JSON válido: {problem} (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <source>{file}: the name {name} appears twice at the top of the file, so it is not clear which to read.</source>
        <translation>{file}: el nombre {name} aparece dos veces al principio del archivo, así que no está claro cuál leer.</translation>
    </message>
    <message>
        <source>{file} is saved as {encoding} text; BackCare reads records files saved as UTF-8. Save it as UTF-8, then import again.</source>
        <translation>{file} está guardado como texto {encoding}; BackCare lee archivos de registros guardados como UTF-8. Guárdalo como UTF-8 y vuelve a importar.</translation>
    </message>
    <message>
        <source>{file} holds zero bytes, so it is not UTF-8 text (it may be UTF-16 or not text at all). BackCare reads records files saved as UTF-8.</source>
        <translation>{file} contiene bytes nulos, así que no es texto UTF-8 (puede que sea UTF-16 o que no sea texto). BackCare lee archivos de registros guardados como UTF-8.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte} is not UTF-8). BackCare reads records files saved as UTF-8.</source>
        <translation>{file} no es texto UTF-8 (el byte {byte} no es UTF-8). BackCare lee archivos de registros guardados como UTF-8.</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB, the most that is allowed.</source>
        <translation>{file} ocupa más de {size} MB, el máximo permitido.</translation>
    </message>
    <message>
        <source>BackCare copied the files in this folder here on {date} at {time}, byte for byte, as it found them in its data folder, before opening them.

Why: {why}

They are kept in case they hold records you want back. To use them again, quit BackCare and copy them into the data folder under the same names.
</source>
        <translation>BackCare copió aquí los archivos de esta carpeta el {date} a las {time}, byte a byte, tal como los encontró en su carpeta de datos, antes de abrirlos.

Motivo: {why}

Se guardan por si contienen registros que quieras recuperar. Para volver a usarlos, cierra BackCare y cópialos en la carpeta de datos con los mismos nombres.
</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} is damaged and cannot be read safely.</source>
        <translation>Tu archivo de datos de BackCare {file} está dañado y no se puede leer con seguridad.</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} cannot be opened (it may belong to another user or be locked).</source>
        <translation>No se puede abrir tu archivo de datos de BackCare {file} (puede que sea de otro usuario o que esté bloqueado).</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} was written by a newer version of BackCare than this one.</source>
        <translation>Tu archivo de datos de BackCare {file} lo escribió una versión de BackCare más nueva que esta.</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} does not hold BackCare data.</source>
        <translation>Tu archivo de datos de BackCare {file} no contiene datos de BackCare.</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} has a file beside it that does not belong to it.</source>
        <translation>Junto a tu archivo de datos de BackCare {file} hay un archivo que no le pertenece.</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} is not the one BackCare last saved here.</source>
        <translation>Tu archivo de datos de BackCare {file} no es el que BackCare guardó aquí la última vez.</translation>
    </message>
    <message>
        <source>Your BackCare data file {file} is missing.</source>
        <translation>Falta tu archivo de datos de BackCare {file}.</translation>
    </message>
    <message>
        <source>{problem} Details: {detail}</source>
        <translation>{problem} Detalles: {detail}</translation>
    </message>
    <message>
        <source>{message} Copies of {files}, as they were found, are in {folder}.</source>
        <translation>{message} Hay copias de {files}, tal como se encontraron, en {folder}.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then start BackCare again.</source>
        <translation>Libera algo de espacio en el disco y vuelve a abrir BackCare.</translation>
    </message>
    <message>
        <source>Make it writable, or start BackCare with --data-dir to use another folder.</source>
        <translation>Dale permiso de escritura, o abre BackCare con --data-dir para usar otra carpeta.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>BackCare cannot write to its data file</source>
        <translation>BackCare no puede escribir en su archivo de datos</translation>
    </message>
    <message>
        <source>Part of your session could not be saved because {why}, and BackCare could not keep it anywhere else on this computer: it is lost.</source>
        <translation>Parte de tu sesión no se pudo guardar porque {why}, y BackCare no pudo conservarla en ningún otro lugar de este ordenador: se ha perdido.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished step(s) lost.</source>
        <translation>
            <numerusform>Se ha perdido %n paso terminado.</numerusform>
            <numerusform>Se han perdido %n pasos terminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of your session could not be saved because {why}. BackCare keeps it in {file} and adds it to your records the next time it starts.</source>
        <translation>Parte de tu sesión no se pudo guardar porque {why}. BackCare la guarda en {file} y la añade a tus registros la próxima vez que se abra.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished step(s) waiting.</source>
        <translation>
            <numerusform>%n paso terminado está esperando.</numerusform>
            <numerusform>%n pasos terminados están esperando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of your session is not saved yet</source>
        <translation>Parte de tu sesión aún no está guardada</translation>
    </message>
    <message>
        <source>BackCare cannot use its data folder</source>
        <translation>BackCare no puede usar su carpeta de datos</translation>
    </message>
    <message>
        <source>BackCare cannot write to the folder {folder}: {why}.</source>
        <translation>BackCare no puede escribir en la carpeta {folder}: {why}.</translation>
    </message>
    <message>
        <source>BackCare cannot start</source>
        <translation>BackCare no puede abrirse</translation>
    </message>
    <message>
        <source>BackCare is already running</source>
        <translation>BackCare ya está abierto</translation>
    </message>
    <message>
        <source>Another BackCare is using {folder} but does not answer. Close it, or wait a moment and try again.</source>
        <translation>Otro BackCare está usando {folder} pero no responde. Ciérralo, o espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>BackCare cannot open your data</source>
        <translation>BackCare no puede abrir tus datos</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>BackCare cannot save to your data file {file}: {why}.</source>
        <translation>BackCare no puede guardar en tu archivo de datos {file}: {why}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>BackCare cannot save your data</source>
        <translation>BackCare no puede guardar tus datos</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Your data is now the backup {file}, as you asked. Your data as it was before is kept as a backup too (before restore), listed in Settings ▸ Data.</source>
        <translation>Tus datos son ahora la copia {file}, como pediste. Tus datos anteriores también se guardan como copia («antes de restaurar»), en Ajustes ▸ Datos.</translation>
    </message>
    <message>
        <source>Something went wrong that BackCare did not expect. What you had already saved is safe. The details were written to {file}.</source>
        <translation>Algo ha fallado de forma inesperada. Lo que ya habías guardado está a salvo. Los detalles se han escrito en {file}.</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>otro programa está usando el archivo</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may be failing or have been removed)</source>
        <translation>no se pudo escribir en el disco (puede que esté fallando o que se haya extraído)</translation>
    </message>
    <message>
        <source>the file could not be opened (it may have been moved, or its folder removed)</source>
        <translation>no se pudo abrir el archivo (puede que se haya movido o que se haya eliminado su carpeta)</translation>
    </message>
    <message>
        <source>BackCare could not save to {file}: {reason}. Nothing was half-saved.</source>
        <translation>BackCare no pudo guardar en {file}: {reason}. No se ha guardado nada a medias.</translation>
    </message>
    <message>
        <source>BackCare could not restore the backup {file}: {reason}. Nothing was deleted.</source>
        <translation>BackCare no pudo restaurar la copia de seguridad {file}: {reason}. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>BackCare could not move or copy files in {folder}: {reason}. Nothing was deleted.</source>
        <translation>BackCare no pudo mover ni copiar archivos en {folder}: {reason}. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>its start time cannot be read: {time}</source>
        <translation>su hora de inicio no se puede leer: {time}</translation>
    </message>
    <message>
        <source>its end time cannot be read: {time}</source>
        <translation>su hora de fin no se puede leer: {time}</translation>
    </message>
    <message>
        <source>its entry time cannot be read: {time}</source>
        <translation>su hora de registro no se puede leer: {time}</translation>
    </message>
    <message>
        <source>its drink time cannot be read: {time}</source>
        <translation>su hora de bebida no se puede leer: {time}</translation>
    </message>
    <message>
        <source>its position is {value}, not a whole number</source>
        <translation>su posición es {value}, no un número entero</translation>
    </message>
    <message>
        <source>its sets done is {value}, not a whole number</source>
        <translation>sus series hechas son {value}, no un número entero</translation>
    </message>
    <message>
        <source>its repetitions done is {value}, not a whole number</source>
        <translation>sus repeticiones hechas son {value}, no un número entero</translation>
    </message>
    <message>
        <source>its number is {value}, not a whole number</source>
        <translation>su número es {value}, no un número entero</translation>
    </message>
    <message>
        <source>its level is {value}, not a whole number</source>
        <translation>su intensidad del dolor es {value}, no un número entero</translation>
    </message>
    <message>
        <source>its session is {value}, not a whole number</source>
        <translation>su sesión es {value}, no un número entero</translation>
    </message>
    <message>
        <source>its amount is {value}, not a whole number</source>
        <translation>su cantidad es {value}, no un número entero</translation>
    </message>
    <message>
        <source>its time is {value}, not a number</source>
        <translation>su duración es {value}, no un número</translation>
    </message>
    <message>
        <source>its planned length is {value}, not a number</source>
        <translation>su duración prevista es {value}, no un número</translation>
    </message>
    <message>
        <source>its exercise time is {value}, not a number</source>
        <translation>su tiempo de ejercicio es {value}, no un número</translation>
    </message>
    <message>
        <source>it belongs to session {number}, which is not in the database</source>
        <translation>pertenece a la sesión {number}, que no está en la base de datos</translation>
    </message>
    <message>
        <source>setting {name} = {value} is not a time of day like 09:00</source>
        <translation>el ajuste {name} = {value} no es una hora del día como 09:00</translation>
    </message>
    <message>
        <source>The database refused a record ({reason}); nothing was imported.</source>
        <translation>La base de datos rechazó un registro ({reason}); no se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) done</source>
        <translation>
            <numerusform>%n sesión hecha</numerusform>
            <numerusform>%n sesiones hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain entry(s)</source>
        <translation>
            <numerusform>%n registro de dolor</numerusform>
            <numerusform>%n registros de dolor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly score(s)</source>
        <translation>
            <numerusform>%n puntuación semanal</numerusform>
            <numerusform>%n puntuaciones semanales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain entries</source>
        <translation>
            <numerusform>%n registro de dolor</numerusform>
            <numerusform>%n registros de dolor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drink(s)</source>
        <translation>
            <numerusform>%n bebida</numerusform>
            <numerusform>%n bebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n week(s)</source>
        <translation>
            <numerusform>en %n semana</numerusform>
            <numerusform>en %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average pain {mean} on the %n day(s) logged {span}</source>
        <translation>
            <numerusform>Dolor medio {mean} en %n día registrado {span}</numerusform>
            <numerusform>Dolor medio {mean} en los %n días registrados {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>goal of {goal} met {met} of %n week(s)</source>
        <translation>
            <numerusform>objetivo de {goal} cumplido {met} de %n semana</numerusform>
            <numerusform>objetivo de {goal} cumplido {met} de %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{missed} of %n planned day(s) missed</source>
        <translation>
            <numerusform>{missed} de %n día planificado sin hacer</numerusform>
            <numerusform>{missed} de %n días planificados sin hacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weekly score (PEG): {last}, from {first} at the start of this range (average {mean} over %n answer(s)).</source>
        <translation>
            <numerusform>Puntuación semanal (PEG): {last}, desde {first} al inicio de este periodo (media {mean} de %n respuesta).</numerusform>
            <numerusform>Puntuación semanal (PEG): {last}, desde {first} al inicio de este periodo (media {mean} de %n respuestas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks in a row meeting your goal of %n session(s): {streak} (best {best}).</source>
        <translation>
            <numerusform>Semanas seguidas cumpliendo tu objetivo de %n sesión: {streak} (récord {best}).</numerusform>
            <numerusform>Semanas seguidas cumpliendo tu objetivo de %n sesiones: {streak} (récord {best}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned</source>
        <translation>
            <numerusform>%n sesión planificada</numerusform>
            <numerusform>%n sesiones planificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>unos {time}</translation>
    </message>
    <message>
        <source>a daily goal of {amount} ml is outside {low}–{high} ml</source>
        <translation>un objetivo diario de {amount} ml está fuera de {low}–{high} ml</translation>
    </message>
    <message>
        <source>a glass of {amount} ml is outside {low}–{high} ml</source>
        <translation>un vaso de {amount} ml está fuera de {low}–{high} ml</translation>
    </message>
    <message>
        <source>choose at least one day for reminders</source>
        <translation>elige al menos un día para los recordatorios</translation>
    </message>
    <message>
        <source>a drink of {amount} ml is outside {low}–{high} ml</source>
        <translation>una bebida de {amount} ml está fuera de {low}–{high} ml</translation>
    </message>
    <message>
        <source>{amount} fl oz</source>
        <translation>{amount} fl oz</translation>
    </message>
    <message numerus="yes">
        <source>%n glass(es)</source>
        <translation>
            <numerusform>%n vaso</numerusform>
            <numerusform>%n vasos</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} glasses</source>
        <translation>{amount} vasos</translation>
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
        <translation>vasos</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>reminder interval = {minutes} min is outside {low}–{high} min</source>
        <translation>un intervalo de recordatorio de {minutes} min está fuera de {low}–{high} min</translation>
    </message>
    <message>
        <source>active hours {start}–{end}: the start must come before the end</source>
        <translation>horas activas {start}–{end}: el inicio debe ser anterior al final</translation>
    </message>
    <message>
        <source>active days must be weekdays 0 (Monday) to 6 (Sunday)</source>
        <translation>los días activos deben ser días de la semana de 0 (lunes) a 6 (domingo)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Check it, then save it as a PDF to print or send.</source>
        <translation>
            <numerusform>%n página. Revísala y guárdala como PDF para imprimirla o enviarla.</numerusform>
            <numerusform>%n páginas. Revísalas y guárdalas como PDF para imprimirlas o enviarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n página.</numerusform>
            <numerusform>%n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n day(s))</source>
        <translation>
            <numerusform>Del {first} al {last} (%n día)</numerusform>
            <numerusform>Del {first} al {last} (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average over %n day(s)</source>
        <translation>
            <numerusform>media de %n día</numerusform>
            <numerusform>media de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worst of the day, averaged over %n day(s)</source>
        <translation>
            <numerusform>peor del día, media de %n día</numerusform>
            <numerusform>peor del día, media de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average of %n session(s) with pain logged both before and after (0–10).</source>
        <translation>
            <numerusform>Media de %n sesión con dolor registrado antes y después (0–10).</numerusform>
            <numerusform>Media de %n sesiones con dolor registrado antes y después (0–10).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each exercise of the sessions started in the period: how often it was done, skipped, or stopped because it hurt, with the dates of the last two (the newest %n of each).</source>
        <translation>
            <numerusform>Cada ejercicio de las sesiones empezadas en el periodo: cuántas veces se hizo, se saltó o se interrumpió porque dolía, con las fechas de los dos últimos casos (las %n más recientes de cada uno).</numerusform>
            <numerusform>Cada ejercicio de las sesiones empezadas en el periodo: cuántas veces se hizo, se saltó o se interrumpió porque dolía, con las fechas de los dos últimos casos (las %n más recientes de cada uno).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest {shown} of %n note(s).</source>
        <translation>
            <numerusform>Las {shown} más recientes de %n nota.</numerusform>
            <numerusform>Las {shown} más recientes de %n notas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average {mean} ml a day against a goal of {goal} ml; the goal was reached on {met} of %n day(s) (drinks logged on {logged} of them).</source>
        <translation>
            <numerusform>De media {mean} ml al día con un objetivo de {goal} ml; el objetivo se alcanzó {met} de %n día (con bebidas registradas en {logged} de ellos).</numerusform>
            <numerusform>De media {mean} ml al día con un objetivo de {goal} ml; el objetivo se alcanzó {met} de %n días (con bebidas registradas en {logged} de ellos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: {done} of %n session(s)</source>
        <translation>
            <numerusform>Esta semana: {done} de %n sesión</numerusform>
            <numerusform>Esta semana: {done} de %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Water today: {water}</source>
        <translation>Agua hoy: {water}</translation>
    </message>
    <message>
        <source>Today: {planned}</source>
        <translation>Hoy: {planned}</translation>
    </message>
    <message>
        <source>{drunk} of {goal}</source>
        <translation>{drunk} de {goal}</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of BackCare.</source>
        <translation>Tus datos se guardaron con una versión más reciente de BackCare.</translation>
    </message>
    <message>
        <source>The safest choice is to quit and install the newer version.</source>
        <translation>Lo más seguro es salir e instalar la versión más reciente.</translation>
    </message>
    <message>
        <source>Your data file cannot be opened.</source>
        <translation>No se puede abrir tu archivo de datos.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or choose below.</source>
        <translation>Comprueba los permisos del archivo o elige abajo.</translation>
    </message>
    <message>
        <source>This file does not hold BackCare data.</source>
        <translation>Este archivo no contiene datos de BackCare.</translation>
    </message>
    <message>
        <source>It may belong to another program. BackCare has not changed it. Choose what to do:</source>
        <translation>Puede que pertenezca a otro programa. BackCare no lo ha cambiado. Elige qué hacer:</translation>
    </message>
    <message>
        <source>A file beside your data does not belong to it.</source>
        <translation>Un archivo junto a tus datos no les pertenece.</translation>
    </message>
    <message>
        <source>Opening your data with it would have mixed it into your records, so BackCare has not opened them. Choose what to do:</source>
        <translation>Abrir tus datos con él lo habría mezclado con tus registros, así que BackCare no los ha abierto. Elige qué hacer:</translation>
    </message>
    <message>
        <source>This is not the data file BackCare last saved.</source>
        <translation>Este no es el archivo de datos que BackCare guardó por última vez.</translation>
    </message>
    <message>
        <source>It may be an older copy, or another person&apos;s data, put in its place by hand or by a sync or restore tool. BackCare has not changed it. Choose what to do:</source>
        <translation>Puede ser una copia antigua o los datos de otra persona, puestos en su lugar a mano o por una herramienta de sincronización o restauración. BackCare no lo ha cambiado. Elige qué hacer:</translation>
    </message>
    <message>
        <source>Your data file is missing.</source>
        <translation>Falta tu archivo de datos.</translation>
    </message>
    <message>
        <source>Choose what to do:</source>
        <translation>Elige qué hacer:</translation>
    </message>
    <message>
        <source>Your data file is damaged.</source>
        <translation>Tu archivo de datos está dañado.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Choose what to do:</source>
        <translation>Todavía no se ha cambiado nada. Elige qué hacer:</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
    <message>
        <source>Beside it: {names}</source>
        <translation>Junto a él: {names}</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Detalles: {detail}</translation>
    </message>
    <message>
        <source>Copies of these files, exactly as they were found, are in {folder}</source>
        <translation>Hay copias de estos archivos, tal como se encontraron, en {folder}</translation>
    </message>
    <message>
        <source>• Restore the latest backup ({name}).</source>
        <translation>• Restaurar la copia de seguridad más reciente ({name}).</translation>
    </message>
    <message>
        <source>• Use this file as your data from now on.</source>
        <translation>• Usar este archivo como tus datos a partir de ahora.</translation>
    </message>
    <message>
        <source>• Start with empty data. The current files are kept, renamed, next to it.</source>
        <translation>• Empezar con datos vacíos. Los archivos actuales se conservan, con otro nombre, a su lado.</translation>
    </message>
    <message>
        <source>• Start with empty data.</source>
        <translation>• Empezar con datos vacíos.</translation>
    </message>
    <message>
        <source>• Quit and change nothing.</source>
        <translation>• Salir sin cambiar nada.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>Usar este archivo</translation>
    </message>
    <message>
        <source>Start with empty data</source>
        <translation>Empezar con datos vacíos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>About BackCare</source>
        <translation>Acerca de BackCare</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your data:&lt;/b&gt; {data}&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Tus datos:&lt;/b&gt; {data}&lt;br&gt;&lt;b&gt;Archivo de registro:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details… lists them all)</source>
        <translation>… y {n} más («Mostrar detalles…» los lista todos)</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problemas con los ajustes</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) at your own pace, press Enter for each one</source>
        <translation>
            <numerusform>%n repetición a tu ritmo, pulsa Intro en cada una</numerusform>
            <numerusform>%n repeticiones a tu ritmo, pulsa Intro en cada una</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are saved</source>
        <translation>
            <numerusform>%n paso está guardado</numerusform>
            <numerusform>%n pasos están guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{saved}; %n step(s) still waiting to be saved. BackCare keeps them and saves them {when}.</source>
        <translation>
            <numerusform>{saved}; %n paso aún espera a guardarse. BackCare lo conserva y lo guardará {when}.</numerusform>
            <numerusform>{saved}; %n pasos aún esperan a guardarse. BackCare los conserva y los guardará {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left side.</source>
        <translation>Lado izquierdo.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <translation>Lado derecho.</translation>
    </message>
    <message>
        <source>Next: {name}. Get ready.</source>
        <translation>Ahora: {name}. Prepárate.</translation>
    </message>
    <message>
        <source>Last set.</source>
        <translation>Última serie.</translation>
    </message>
    <message>
        <source>Keep moving.</source>
        <translation>Sigue moviéndote.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Mantén.</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s). Go.</source>
        <translation>
            <numerusform>%n repetición. ¡Vamos!</numerusform>
            <numerusform>%n repeticiones. ¡Vamos!</numerusform>
        </translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Mitad.</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) at your own pace. Press Enter for each one.</source>
        <translation>
            <numerusform>%n repetición a tu ritmo. Pulsa Intro al terminarla.</numerusform>
            <numerusform>%n repeticiones a tu ritmo. Pulsa Intro tras cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Descansa.</translation>
    </message>
    <message>
        <source>Switch to your left side.</source>
        <translation>Cambia al lado izquierdo.</translation>
    </message>
    <message>
        <source>Switch to your right side.</source>
        <translation>Cambia al lado derecho.</translation>
    </message>
    <message>
        <source>Tense your {name}.</source>
        <translation>Tensa: {name}.</translation>
    </message>
    <message>
        <source>Let go, and relax.</source>
        <translation>Suelta y relaja.</translation>
    </message>
    <message>
        <source>Breathe in.</source>
        <translation>Inspira.</translation>
    </message>
    <message>
        <source>Breathe out.</source>
        <translation>Espira.</translation>
    </message>
    <message>
        <source>Well done. That is the end.</source>
        <translation>Muy bien. Has terminado.</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>uno de: {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a list of up to {count} lines of text</source>
        <translation>una lista de hasta {count} líneas de texto</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} no es un número finito</translation>
    </message>
    <message>
        <source>{value} is outside {allowed}</source>
        <translation>{value} está fuera de {allowed}</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} no es true ni false</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} no es texto</translation>
    </message>
    <message>
        <source>{value} is not {allowed}</source>
        <translation>{value} no es {allowed}</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} está vacío</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters</source>
        <translation>{field} tiene más de {count} caracteres</translation>
    </message>
    <message>
        <source>{value} is not a list of text lines</source>
        <translation>{value} no es una lista de líneas de texto</translation>
    </message>
    <message>
        <source>{field} line {number} is {value}, not text; each line is text in quotes</source>
        <translation>{field} línea {number} es {value}, no texto; cada línea es texto entre comillas</translation>
    </message>
    <message>
        <source>{field} has {count} lines; the limit is {limit}</source>
        <translation>{field} tiene {count} líneas; el límite es {limit}</translation>
    </message>
    <message>
        <source>{field} has a line longer than {count} characters</source>
        <translation>{field} tiene una línea de más de {count} caracteres</translation>
    </message>
    <message>
        <source>has {character} at character {number}; only visible text is allowed</source>
        <translation>tiene {character} en el carácter {number}; solo se admite texto visible</translation>
    </message>
    <message>
        <source> (did you mean &quot;{key}&quot;?)</source>
        <translation> (¿querías decir «{key}»?)</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}{hint}</source>
        <translation>{where}: clave desconocida {key}{hint}</translation>
    </message>
    <message>
        <source>{where}: {field} is missing ({allowed})</source>
        <translation>{where}: falta {field} ({allowed})</translation>
    </message>
    <message>
        <source>{file}: exercise {number} is not a table</source>
        <translation>{file}: el ejercicio {number} no es una tabla</translation>
    </message>
    <message>
        <source>{file}: exercise {number}</source>
        <translation>{file}: ejercicio {number}</translation>
    </message>
    <message>
        <source>{where}: give cycles or duration_s, not both</source>
        <translation>{where}: da cycles o duration_s, no los dos</translation>
    </message>
    <message>
        <source>{where}: cycles or duration_s is missing (cycles 1–200, or duration_s 30–3600)</source>
        <translation>{where}: falta cycles o duration_s (cycles 1–200, o duration_s 30–3600)</translation>
    </message>
    <message>
        <source>{file} (in {language})</source>
        <translation>{file} (en {language})</translation>
    </message>
    <message>
        <source>{file}: language = {value} is not one BackCare knows; it may be one of: {allowed}</source>
        <translation>{file}: language = {value} no es un idioma que BackCare conozca; puede ser uno de: {allowed}</translation>
    </message>
    <message>
        <source>exercise {number} &quot;{name}&quot;: </source>
        <translation>ejercicio {number} «{name}»: </translation>
    </message>
    <message>
        <source>exercise {number}: </source>
        <translation>ejercicio {number}: </translation>
    </message>
    <message>
        <source>{file}: {where}{field}.{key}: {code} is not a language BackCare knows; it may be one of: {allowed}</source>
        <translation>{file}: {where}{field}.{key}: {code} no es un idioma que BackCare conozca; puede ser uno de: {allowed}</translation>
    </message>
    <message>
        <source>{file}: {where}{field} is given in one language, but the file uses {languages}: give it in each ({field}.{first} = …)</source>
        <translation>{file}: {where}{field} está en un solo idioma, pero el archivo usa {languages}: dalo en cada uno ({field}.{first} = …)</translation>
    </message>
    <message>
        <source>{file}: {where}{field} has no text in {missing}</source>
        <translation>{file}: {where}{field} no tiene texto en {missing}</translation>
    </message>
    <message>
        <source>{count} in {language}</source>
        <translation>{count} en {language}</translation>
    </message>
    <message>
        <source>{file}: {where}{field} has a different number of lines in each language ({counts}); each language needs the same lines</source>
        <translation>{file}: {where}{field} tiene un número distinto de líneas en cada idioma ({counts}); cada idioma necesita las mismas líneas</translation>
    </message>
    <message>
        <source>{file}: {where}{field}.{code} has an empty text</source>
        <translation>{file}: {where}{field}.{code} tiene un texto vacío</translation>
    </message>
    <message>
        <source>{file}: id = {value} may hold only lowercase letters, digits and single dashes</source>
        <translation>{file}: id = {value} solo puede tener minúsculas, cifras y guiones sueltos</translation>
    </message>
    <message>
        <source>{file}: based_on = {value} must be a routine id: lowercase letters, digits and single dashes</source>
        <translation>{file}: based_on = {value} debe ser el id de una rutina: minúsculas, cifras y guiones sueltos</translation>
    </message>
    <message>
        <source>{file}: exercise is missing (1–{limit} exercises, each an [[exercise]] table)</source>
        <translation>{file}: falta exercise (1–{limit} ejercicios, cada uno una tabla [[exercise]])</translation>
    </message>
    <message>
        <source>{file}: exercise must be a list of [[exercise]] tables</source>
        <translation>{file}: exercise debe ser una lista de tablas [[exercise]]</translation>
    </message>
    <message>
        <source>{file}: the routine has no exercises (at least 1)</source>
        <translation>{file}: la rutina no tiene ejercicios (al menos 1)</translation>
    </message>
    <message>
        <source>{file}: the routine has {count} exercises; the limit is {limit}</source>
        <translation>{file}: la rutina tiene {count} ejercicios; el límite es {limit}</translation>
    </message>
    <message>
        <source>{file}: … and {count} more problems</source>
        <translation>{file}: … y {count} problemas más</translation>
    </message>
    <message>
        <source>{file}: the routine expands to {count} timed steps; the limit is {limit}</source>
        <translation>{file}: la rutina tiene {count} pasos cronometrados; el límite es {limit}</translation>
    </message>
    <message>
        <source>{file}: the routine lasts {length}; the limit is {limit}</source>
        <translation>{file}: la rutina dura {length}; el límite es {limit}</translation>
    </message>
    <message>
        <source>{file}: the file is {size} KB; a routine file may be at most {limit} KB</source>
        <translation>{file}: el archivo ocupa {size} KB; un archivo de rutina puede ocupar como máximo {limit} KB</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {why}</source>
        <translation>{file}: no es TOML válido: {why}</translation>
    </message>
    <message>
        <source>{name} must be from {low} to {high}{unit}; {value} is not allowed. Nothing was saved.</source>
        <translation>{name} debe estar entre {low} y {high}{unit}; {value} no está permitido. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>{name} must be one of: {allowed}; {value} is not allowed. Nothing was saved.</source>
        <translation>{name} debe ser uno de: {allowed}; {value} no está permitido. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>{name} cannot be {value}. Nothing was saved.</source>
        <translation>{name} no puede ser {value}. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The weekly goal</source>
        <translation>El objetivo semanal</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <translation> sesiones por semana</translation>
    </message>
    <message>
        <source>The day of the weekly questions</source>
        <translation>El día de las preguntas semanales</translation>
    </message>
    <message>
        <source>The colour scheme</source>
        <translation>El esquema de colores</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>El idioma</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>{title} (my copy)</source>
        <translation>{title} (mi copia)</translation>
    </message>
    <message>
        <source>id &quot;{id}&quot; belongs to a built-in routine</source>
        <translation>El identificador «{id}» pertenece a una rutina incluida</translation>
    </message>
    <message>
        <source>{file} is already in your routines folder and was left as it is; give the routine another id</source>
        <translation>{file} ya está en tu carpeta de rutinas y se ha dejado como estaba; dale a la rutina otro identificador</translation>
    </message>
    <message>
        <source>A routine with id &quot;{id}&quot; exists already; imported as &quot;{new_id}&quot;.</source>
        <translation>Ya existe una rutina con el identificador «{id}»; importada como «{new_id}».</translation>
    </message>
    <message>
        <source>Your routines folder already holds a file named {file}; imported as &quot;{new_id}&quot;.</source>
        <translation>Tu carpeta de rutinas ya contiene un archivo llamado {file}; importada como «{new_id}».</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Guía de respiración</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{weekday} {day}</source>
        <comment>a date axis&apos; tick</comment>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Flare-up day</source>
        <translation>Día de brote</translation>
    </message>
    <message>
        <source>Worst of the day</source>
        <translation>Peor del día</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Media diaria</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Average pain {mean}, worst {worst}</source>
        <translation>Dolor medio {mean}, máximo {worst}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Pain before and after sessions, per routine</source>
        <translation>Dolor antes y después de las sesiones, por rutina</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>{routine}
Average pain before {before}, after {after} ({change})</source>
        <translation>{routine}
Dolor medio antes {before}, después {after} ({change})</translation>
    </message>
    <message>
        <source>Weekly score (PEG)</source>
        <translation>Puntuación semanal (PEG)</translation>
    </message>
    <message>
        <source>Week of {day}
Weekly score {score}</source>
        <translation>Semana del {day}
Puntuación semanal {score}</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>How is your back today? Logging it takes a few seconds and shows your trend.</source>
        <translation>¿Cómo está tu espalda hoy? Registrarlo lleva unos segundos y muestra tu tendencia.</translation>
    </message>
</context>
<context>
    <name>CheckInDelivery</name>
    <message>
        <source>Daily check-in</source>
        <translation>Registro diario del dolor</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Registrar dolor…</translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation>Abrir BackCare</translation>
    </message>
</context>
<context>
    <name>CheckInSettings</name>
    <message>
        <source>Ask me every day how my back feels</source>
        <translation>Preguntarme cada día cómo está mi espalda</translation>
    </message>
    <message>
        <source>A gentle reminder, shown like drink reminders, on days you have not logged pain yet</source>
        <translation>Un recordatorio suave, mostrado como los recordatorios de beber, los días en que aún no has registrado dolor</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Hora del registro</translation>
    </message>
    <message>
        <source>The question comes at this time on days you have not logged your pain yet, never during a session.</source>
        <translation>La pregunta llega a esta hora los días en que aún no has registrado tu dolor, nunca durante una sesión.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Ask me the weekly questions (PEG)</source>
        <translation>Hacerme el registro semanal (PEG)</translation>
    </message>
    <message>
        <source>The PEG scale: average pain, and how much pain got in the way of enjoying life and of everyday activities, each 0 to 10. Its weekly score shows on Progress.</source>
        <translation>La escala PEG: dolor medio y cuánto ha interferido el dolor en disfrutar de la vida y en las actividades diarias, cada una de 0 a 10. Su puntuación semanal aparece en Progreso.</translation>
    </message>
    <message>
        <source>Day of the weekly questions</source>
        <translation>Día del registro semanal</translation>
    </message>
    <message>
        <source>Time of the weekly questions</source>
        <translation>Hora del registro semanal</translation>
    </message>
    <message>
        <source>Three questions about the past week, each 0 to 10; their score shows on Progress. If the computer is off at that time, they come once later that week, and not when you answered them in the last six days.</source>
        <translation>Tres preguntas sobre la semana pasada, cada una de 0 a 10; su puntuación aparece en Progreso. Si el ordenador está apagado a esa hora, llegan una vez más tarde esa semana, y no si las has respondido en los últimos seis días.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por ti</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>{day} {time} — {kind}</source>
        <translation>{day} {time} — {kind}</translation>
    </message>
    <message>
        <source>Your records, routines and backups are kept in {folder}</source>
        <translation>Tus registros, rutinas y copias de seguridad se guardan en {folder}</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Export records…</source>
        <translation>Exportar registros…</translation>
    </message>
    <message>
        <source>Save every record as CSV files and as one file BackCare can import (on the History page)</source>
        <translation>Guardar todos los registros como archivos CSV y como un archivo que BackCare puede importar (en la página Historial)</translation>
    </message>
    <message>
        <source>Import records…</source>
        <translation>Importar registros…</translation>
    </message>
    <message>
        <source>Add the records of a BackCare export (on the History page)</source>
        <translation>Añadir los registros de una exportación de BackCare (en la página Historial)</translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation>Lo que se acaba de hacer</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restaurar esta copia…</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>No restaurar</translation>
    </message>
    <message>
        <source>Restore at the next start</source>
        <translation>Restaurar en el próximo inicio</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>BackCare backs up your data once a day when it changed, and before every upgrade. A backup you restore replaces your data the next time BackCare starts; your data as it is then is backed up first, so nothing is lost.</source>
        <translation>BackCare hace una copia de tus datos una vez al día si han cambiado, y antes de cada actualización. Una copia que restauras sustituye tus datos la próxima vez que BackCare se inicie; antes se hace una copia de tus datos tal como estén entonces, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>The backup {file} replaces your data the next time BackCare starts. Quit and start BackCare again to restore it now.</source>
        <translation>La copia {file} sustituirá tus datos la próxima vez que BackCare se inicie. Cierra BackCare y ábrelo de nuevo para restaurarla ahora.</translation>
    </message>
    <message>
        <source>BackCare could not open the folder; it is {folder}.</source>
        <translation>BackCare no ha podido abrir la carpeta; es {folder}.</translation>
    </message>
    <message>
        <source>A backup is being written; try again in a moment.</source>
        <translation>Se está escribiendo una copia; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Copia guardada en {file}.</translation>
    </message>
    <message>
        <source>The backup could not be written: {why}.</source>
        <translation>No se ha podido escribir la copia: {why}.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Your data is replaced by the backup of {when} the next time BackCare starts. Your data as it is then is backed up first, so you can go back to it. Restoring cannot happen while BackCare runs: quit and start it again to restore now.</source>
        <translation>Tus datos se sustituirán por la copia del {when} la próxima vez que BackCare se inicie. Antes se hace una copia de tus datos tal como estén entonces, así que puedes volver a ellos. No se puede restaurar mientras BackCare está abierto: ciérralo y ábrelo de nuevo para restaurar ahora.</translation>
    </message>
    <message>
        <source>Restore at next start</source>
        <translation>Restaurar al iniciar</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {why}</source>
        <translation>Esta copia no se puede restaurar: {why}</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
</context>
<context>
    <name>DiskProblem</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>your share of the disk (your quota) is used up</source>
        <translation>tu parte del disco (tu cuota) se ha agotado</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>you do not have permission to write there</source>
        <translation>no tienes permiso para escribir ahí</translation>
    </message>
    <message>
        <source>the folder is not there any more</source>
        <translation>la carpeta ya no existe</translation>
    </message>
    <message>
        <source>part of its path is a file, not a folder</source>
        <translation>parte de su ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may be failing or have been removed)</source>
        <translation>no se pudo escribir en el disco (puede que esté fallando o que se haya retirado)</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>es de solo lectura</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <source>Export for a health record (FHIR)</source>
        <translation>Exportar para un historial de salud (FHIR)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>No se exportó nada</translation>
    </message>
    <message>
        <source>{file} is a folder. Choose the name of a file.</source>
        <translation>{file} es una carpeta. Elige el nombre de un archivo.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it with the export?</source>
        <translation>{file} ya existe. ¿Reemplazarlo por la exportación?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Exported for a health record</source>
        <translation>Exportado para una historia clínica</translation>
    </message>
    <message>
        <source>Saved {counts} in {file}, an HL7 FHIR R4 Bundle that a health record can take in. Pain levels are coded with LOINC.</source>
        <translation>Se guardaron {counts} en {file}, un Bundle HL7 FHIR R4 que una historia clínica puede importar. La intensidad del dolor está codificada con LOINC.</translation>
    </message>
    <message>
        <source>There are no sessions, pain entries or weekly scores yet; nothing was written.</source>
        <translation>Todavía no hay sesiones, registros de dolor ni puntuaciones semanales; no se escribió nada.</translation>
    </message>
    <message>
        <source>There are no sessions, pain entries or weekly scores between {first} and {last}; nothing was written.</source>
        <translation>No hay sesiones, registros de dolor ni puntuaciones semanales entre el {first} y el {last}; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} was made by something else meanwhile, and BackCare does not replace it without asking. Export again to choose.</source>
        <translation>Otro programa creó {file} mientras tanto, y BackCare no lo reemplaza sin preguntar. Vuelve a exportar para elegir.</translation>
    </message>
    <message>
        <source>BackCare could not write {file}: {why}. Nothing was written; choose another folder.</source>
        <translation>BackCare no pudo escribir {file}: {why}. No se escribió nada; elige otra carpeta.</translation>
    </message>
    <message>
        <source>Something went wrong that BackCare did not expect; nothing was written. The details were written to the log.</source>
        <translation>Algo salió mal de forma inesperada; no se escribió nada. Los detalles están en el registro de la aplicación.</translation>
    </message>
</context>
<context>
    <name>FhirRangeDialog</name>
    <message>
        <source>Export for a health record (FHIR)</source>
        <translation>Exportar para una historia clínica (FHIR)</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <source>&amp;Only these days:</source>
        <translation>&amp;Solo estos días:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Elegir el archivo…</translation>
    </message>
    <message>
        <source>Your sessions, pain entries and weekly scores as an HL7 FHIR R4 file that a health record can take in. It names no one.</source>
        <translation>Tus sesiones, registros de dolor y puntuaciones semanales en un archivo HL7 FHIR R4 que una historia clínica puede importar. No incluye ningún nombre.</translation>
    </message>
    <message>
        <source>“From” is after “To”.</source>
        <translation>«Desde» es posterior a «Hasta».</translation>
    </message>
</context>
<context>
    <name>FirstWeekQuestions</name>
    <message>
        <source>A plan for your first weeks</source>
        <translation>Un plan para tus primeras semanas</translation>
    </message>
    <message>
        <source>A few questions, all optional, so BackCare can propose a plan: a gentle first week, then a little more. You can change it before you accept it, or skip this and plan later.</source>
        <translation>Unas pocas preguntas, todas opcionales, para que BackCare te proponga un plan: una primera semana suave y luego un poco más. Puedes cambiarlo antes de aceptarlo, o saltarte esto y planificar más tarde.</translation>
    </message>
    <message>
        <source>How is your back today?</source>
        <translation>¿Cómo está tu espalda hoy?</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Algo</translation>
    </message>
    <message>
        <source>Very active</source>
        <translation>Muy activo</translation>
    </message>
    <message>
        <source>How active are you?</source>
        <translation>¿Cuánto te mueves?</translation>
    </message>
    <message>
        <source>What time suits you? (HH:MM)</source>
        <translation>¿A qué hora te viene bien? (HH:MM)</translation>
    </message>
    <message>
        <source>Propose a plan</source>
        <translation>Proponer un plan</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>How is your back today? (0 no pain, 10 the worst)</source>
        <translation>¿Cómo está tu espalda hoy? (0 sin dolor, 10 el peor)</translation>
    </message>
    <message>
        <source>How active are you now?</source>
        <translation>¿Cuánto te mueves ahora?</translation>
    </message>
    <message>
        <source>Which days suit you? (none ticked: any day)</source>
        <translation>¿Qué días te vienen bien? (ninguno marcado: cualquier día)</translation>
    </message>
    <message>
        <source>What time suits you?</source>
        <translation>¿A qué hora te viene bien?</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day; write it as hours and minutes, like 18:00.</source>
        <translation>«{text}» no es una hora; escríbela en horas y minutos, por ejemplo 18:00.</translation>
    </message>
</context>
<context>
    <name>FlareAdvice</name>
    <message>
        <source>Seek urgent care now if you have any of these</source>
        <translation>Busca atención urgente ahora si tienes alguno de estos síntomas</translation>
    </message>
    <message>
        <source>Numbness or tingling around your bottom, genitals or inner thighs (the saddle area).</source>
        <translation>Entumecimiento u hormigueo alrededor de las nalgas, los genitales o la cara interna de los muslos (la zona del sillín).</translation>
    </message>
    <message>
        <source>New trouble with your bladder or bowels: you cannot pass urine, or you cannot hold it in.</source>
        <translation>Problemas nuevos con la vejiga o el intestino: no puedes orinar o no puedes retener la orina.</translation>
    </message>
    <message>
        <source>Weakness in one or both legs.</source>
        <translation>Debilidad en una o en las dos piernas.</translation>
    </message>
    <message>
        <source>A fever together with your back pain.</source>
        <translation>Fiebre junto con el dolor de espalda.</translation>
    </message>
    <message>
        <source>Do not wait and do not exercise: call your doctor&apos;s urgent line or emergency services now.</source>
        <translation>No esperes ni hagas ejercicio: llama ahora a la línea de urgencias de tu médico o a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>For a flare-up</source>
        <translation>Ante un brote</translation>
    </message>
    <message>
        <source>Keep gently moving: a little easy movement, such as a short walk, helps more than lying still.</source>
        <translation>Sigue moviéndote con suavidad: un poco de movimiento fácil, como un paseo corto, ayuda más que quedarse quieto en la cama.</translation>
    </message>
    <message>
        <source>Rest from what hurts: leave out any movement that makes the pain worse, and come back to it slowly.</source>
        <translation>Descansa de lo que duele: deja cualquier movimiento que empeore el dolor y vuelve a él poco a poco.</translation>
    </message>
    <message>
        <source>See a doctor if the pain lasts more than three days.</source>
        <translation>Ve al médico si el dolor dura más de tres días.</translation>
    </message>
    <message>
        <source>See a doctor if soreness lasts more than an hour after exercising.</source>
        <translation>Ve al médico si las molestias duran más de una hora después de hacer ejercicio.</translation>
    </message>
    <message>
        <source>Flare-up mode ends by itself when the pain you log stays below {pain} for {days} days, or when you end it. Suggestions to do more wait until then.</source>
        <translation>El modo brote termina solo cuando el dolor que registras se mantiene por debajo de {pain} durante {days} días, o cuando lo terminas tú. Las sugerencias de hacer más esperan hasta entonces.</translation>
    </message>
</context>
<context>
    <name>FlareUp</name>
    <message>
        <source>Flare-up</source>
        <translation>Brote</translation>
    </message>
    <message>
        <source>You gave your pain as {level} out of 10 before “{routine}”. On a day like this, a short, gentle routine with slow breathing may suit you better. You choose.</source>
        <translation>Indicaste un dolor de {level} sobre 10 antes de «{routine}». En un día así, quizá te siente mejor una rutina corta y suave con respiración lenta. Tú decides.</translation>
    </message>
    <message>
        <source>Flare-up mode is on since {day}.</source>
        <translation>El modo brote está activo desde el {day}.</translation>
    </message>
    <message>
        <source>Flare-up mode is on.</source>
        <translation>El modo brote está activo.</translation>
    </message>
    <message>
        <source>{mode} {ending}</source>
        <translation>{mode} {ending}</translation>
    </message>
    <message>
        <source>Flare-up mode could not be saved; the advice stands.</source>
        <translation>No se pudo guardar el modo brote; los consejos siguen valiendo.</translation>
    </message>
    <message>
        <source>Start the gentle routine</source>
        <translation>Empezar la rutina suave</translation>
    </message>
    <message>
        <source>Do the gentle routine instead</source>
        <translation>Mejor la rutina suave</translation>
    </message>
    <message>
        <source>Stop the running session first.</source>
        <translation>Termina primero la sesión en curso.</translation>
    </message>
    <message>
        <source>End flare-up mode</source>
        <translation>Terminar el modo brote</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Go on with my routine</source>
        <translation>Seguir con mi rutina</translation>
    </message>
    <message>
        <source>Flare-up mode is still on</source>
        <translation>El modo brote sigue activo</translation>
    </message>
    <message>
        <source>BackCare could not save that it ended: {why}</source>
        <translation>BackCare no pudo guardar que ha terminado: {why}</translation>
    </message>
    <message>
        <source>The gentle routine is missing</source>
        <translation>Falta la rutina suave</translation>
    </message>
    <message>
        <source>BackCare could not read its gentle routine ({file}). Reinstalling BackCare brings it back.</source>
        <translation>BackCare no pudo leer su rutina suave ({file}). Si vuelves a instalar BackCare, volverá a estar.</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source> a week</source>
        <translation> por semana</translation>
    </message>
    <message>
        <source>Weekly goal: sessions a week</source>
        <translation>Objetivo semanal: sesiones por semana</translation>
    </message>
    <message>
        <source>Guidance: at least 3 sessions a week, with rest days between strength days. From 1 to 14.</source>
        <translation>Recomendación: al menos 3 sesiones por semana, con días de descanso entre los días de fuerza. De 1 a 14.</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Esquema de colores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
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
        <translation>Fecha ilegible</translation>
    </message>
    <message>
        <source>Dated before {year}</source>
        <translation>Con fecha anterior a {year}</translation>
    </message>
    <message>
        <source>Dated after today</source>
        <translation>Con fecha posterior a hoy</translation>
    </message>
    <message>
        <source>Exercises without their session</source>
        <translation>Ejercicios sin su sesión</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save every record as CSV files (for a spreadsheet or your physiotherapist) and as one file BackCare can import</source>
        <translation>Guardar todos los registros como archivos CSV (para una hoja de cálculo o tu fisioterapeuta) y como un archivo que BackCare puede importar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add the records of a BackCare export, e.g. from another computer</source>
        <translation>Añadir los registros de una exportación de BackCare, p. ej. de otro ordenador</translation>
    </message>
    <message>
        <source>Sessions and pain log</source>
        <translation>Sesiones y diario del dolor</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Pain log</source>
        <translation>Diario del dolor</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop; nothing is changed</source>
        <translation>Detener; no se cambia nada</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Exporting your records…</source>
        <translation>Exportando tus registros…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Exportación cancelada; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>No se ha exportado nada</translation>
    </message>
    <message>
        <source>BackCare could not write into {folder}: {why}. Choose another folder.</source>
        <translation>BackCare no ha podido escribir en {folder}: {why}. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Saved {counts} in {folder}: one CSV file per kind of record (columns.txt explains them) and {file}, which BackCare can import on another computer.</source>
        <translation>Se han guardado {counts} en {folder}: un archivo CSV por tipo de registro (columns.txt los explica) y {file}, que BackCare puede importar en otro ordenador.</translation>
    </message>
    <message>
        <source>Records exported</source>
        <translation>Registros exportados</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were already here and were skipped.</source>
        <translation>
            <numerusform>%n registro ya estaba aquí y se ha omitido.</numerusform>
            <numerusform>%n registros ya estaban aquí y se han omitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settings were taken from the file.</source>
        <translation>
            <numerusform>Se ha tomado %n ajuste del archivo.</numerusform>
            <numerusform>Se han tomado %n ajustes del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not go into {file} as they are stored, so another computer will not import them. The CSV files hold them as stored, and {file} lists them under “left_out”:</source>
        <translation>
            <numerusform>%n registro no ha podido ir a {file} tal como está guardado, así que otro ordenador no lo importará. Los archivos CSV lo contienen tal como está guardado, y {file} lo incluye en «left_out»:</numerusform>
            <numerusform>%n registros no han podido ir a {file} tal como están guardados, así que otro ordenador no los importará. Los archivos CSV los contienen tal como están guardados, y {file} los incluye en «left_out»:</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message>
        <source>Adding the records of {file}…</source>
        <translation>Añadiendo los registros de {file}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <source>{file} was not imported, so nothing changed. What is wrong:</source>
        <translation>{file} no se ha importado, así que no ha cambiado nada. Lo que falla:</translation>
    </message>
    <message>
        <source>Added {counts}.</source>
        <translation>Se han añadido {counts}.</translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation>Registros importados</translation>
    </message>
    <message>
        <source>Something went wrong that BackCare did not expect; nothing was changed. The details were written to the log.</source>
        <translation>Algo ha fallado de forma inesperada; no se ha cambiado nada. Los detalles se han escrito en el registro de la aplicación.</translation>
    </message>
</context>
<context>
    <name>Hydration</name>
    <message>
        <source>Drink reminders and units</source>
        <translation>Recordatorios de beber y unidades</translation>
    </message>
    <message>
        <source>BackCare — water today: {amount} of {goal}</source>
        <translation>BackCare — agua hoy: {amount} de {goal}</translation>
    </message>
    <message>
        <source>BackCare is still running</source>
        <translation>BackCare sigue en marcha</translation>
    </message>
    <message>
        <source>Drink reminders keep coming while the window is closed. To quit, choose Quit from this icon&apos;s menu. You can change this in Settings, under Drink reminders and units.</source>
        <translation>Los recordatorios de beber siguen llegando con la ventana cerrada. Para salir, elige Salir en el menú de este icono. Puedes cambiarlo en Ajustes, en «Recordatorios de beber y unidades».</translation>
    </message>
    <message>
        <source>A sip of water keeps you going. You have had {amount} today: your goal is met.</source>
        <translation>Un sorbo de agua te da energía. Hoy has bebido {amount}: has cumplido tu objetivo.</translation>
    </message>
    <message>
        <source>Time for a glass of water. Today so far: {amount} of {goal}.</source>
        <translation>Es hora de un vaso de agua. Hoy llevas {amount} de {goal}.</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Los recordatorios están desactivados.</translation>
    </message>
    <message>
        <source>Reminders are paused until tomorrow.</source>
        <translation>Los recordatorios están en pausa hasta mañana.</translation>
    </message>
    <message>
        <source>No reminder is planned in the next week (check the days and hours).</source>
        <translation>No hay ningún recordatorio previsto la próxima semana (revisa los días y las horas).</translation>
    </message>
    <message>
        <source>Next reminder: {day} at {time}.</source>
        <translation>Próximo recordatorio: {day} a las {time}.</translation>
    </message>
    <message>
        <source>Next reminder: {time}.</source>
        <translation>Próximo recordatorio: {time}.</translation>
    </message>
</context>
<context>
    <name>HydrationPage</name>
    <message>
        <source>What was just done</source>
        <translation>Lo que se acaba de hacer</translation>
    </message>
    <message>
        <source>Drink reminders</source>
        <translation>Recordatorios de beber</translation>
    </message>
    <message>
        <source>Stored time</source>
        <translation>Hora guardada</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Por qué está aquí</translation>
    </message>
    <message>
        <source>Drinks with a date that cannot be used</source>
        <translation>Bebidas con una fecha que no se puede usar</translation>
    </message>
    <message>
        <source>Move to today…</source>
        <translation>Pasar a hoy…</translation>
    </message>
    <message>
        <source>Give this drink a time today</source>
        <translation>Dar a esta bebida una hora de hoy</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Date not readable</source>
        <translation>Fecha ilegible</translation>
    </message>
    <message>
        <source>Dated before {year}</source>
        <translation>Con fecha anterior a {year}</translation>
    </message>
    <message>
        <source>Dated after today</source>
        <translation>Con fecha posterior a hoy</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Hidratación</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> ml</translation>
    </message>
    <message>
        <source>Custom amount in millilitres</source>
        <translation>Cantidad propia en mililitros</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the custom amount</source>
        <translation>Añadir la cantidad propia</translation>
    </message>
    <message>
        <source>Undo last entry</source>
        <translation>Deshacer el último registro</translation>
    </message>
    <message>
        <source>Snooze 30 min</source>
        <translation>Posponer 30 min</translation>
    </message>
    <message>
        <source>Pause for today</source>
        <translation>Pausar por hoy</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Today&apos;s drinks</source>
        <translation>Bebidas de hoy</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete the chosen drink</source>
        <translation>Eliminar la bebida elegida</translation>
    </message>
    <message>
        <source>These drinks are in your records, but their date cannot be read or lies far off, so no day counts them and reminders ignore them. Move one to today or delete it.</source>
        <translation>Estas bebidas están en tus registros, pero su fecha no se puede leer o queda muy lejos, así que ningún día las cuenta y los recordatorios las ignoran. Pasa una a hoy o elimínala.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Reminder settings…</source>
        <translation>Ajustes de recordatorios…</translation>
    </message>
    <message>
        <source>Drink reminders, active hours, the daily goal and units, in Settings</source>
        <translation>Recordatorios de beber, horas activas, objetivo diario y unidades, en Ajustes</translation>
    </message>
    <message>
        <source>+ Glass ({amount})</source>
        <translation>+ Vaso ({amount})</translation>
    </message>
    <message>
        <source>Log a glass of {amount}</source>
        <translation>Registrar un vaso de {amount}</translation>
    </message>
    <message>
        <source>+ Bottle ({amount})</source>
        <translation>+ Botella ({amount})</translation>
    </message>
    <message>
        <source>Log a bottle of {amount}</source>
        <translation>Registrar una botella de {amount}</translation>
    </message>
    <message>
        <source>Last 7 days ({unit})</source>
        <translation>Últimos 7 días ({unit})</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Continuar los recordatorios</translation>
    </message>
    <message>
        <source>Not logged: {problem}.</source>
        <translation>No registrado: {problem}.</translation>
    </message>
    <message>
        <source>Logged {amount}.</source>
        <translation>Registrado: {amount}.</translation>
    </message>
    <message>
        <source>Removed {amount} from {time}.</source>
        <translation>Quitado: {amount} de las {time}.</translation>
    </message>
    <message>
        <source>{amount} stored with the time {time}</source>
        <translation>{amount} guardado con la hora {time}</translation>
    </message>
    <message>
        <source>Not changed: {problem}.</source>
        <translation>No cambiado: {problem}.</translation>
    </message>
    <message>
        <source>Moved to today: {amount} at {time}.</source>
        <translation>Pasado a hoy: {amount} a las {time}.</translation>
    </message>
    <message>
        <source>Delete this drink?</source>
        <translation>¿Eliminar esta bebida?</translation>
    </message>
    <message>
        <source>Delete the drink of {what}?</source>
        <translation>¿Eliminar la bebida de {what}?</translation>
    </message>
    <message>
        <source>Deleted the drink of {what}.</source>
        <translation>Se eliminó la bebida de {what}.</translation>
    </message>
    <message>
        <source>Changed to {amount} at {time}.</source>
        <translation>Cambiado a {amount} a las {time}.</translation>
    </message>
    <message>
        <source>Delete {amount} at {time} from today&apos;s log?</source>
        <translation>¿Eliminar {amount} de las {time} del registro de hoy?</translation>
    </message>
    <message>
        <source>Deleted {amount} at {time}.</source>
        <translation>Eliminado: {amount} de las {time}.</translation>
    </message>
</context>
<context>
    <name>HydrationSettings</name>
    <message>
        <source>Remind me to drink</source>
        <translation>Recordarme beber</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minutos entre recordatorios</translation>
    </message>
    <message>
        <source>Reminders from</source>
        <translation>Recordatorios desde</translation>
    </message>
    <message>
        <source>Reminders until</source>
        <translation>Recordatorios hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> ml</translation>
    </message>
    <message>
        <source>Daily goal in millilitres</source>
        <translation>Objetivo diario en mililitros</translation>
    </message>
    <message>
        <source>Glass size in millilitres</source>
        <translation>Tamaño del vaso en mililitros</translation>
    </message>
    <message>
        <source>Show amounts in</source>
        <translation>Mostrar cantidades en</translation>
    </message>
    <message>
        <source>Millilitres (ml)</source>
        <translation>Mililitros (ml)</translation>
    </message>
    <message>
        <source>Fluid ounces (fl oz)</source>
        <translation>Onzas líquidas (fl oz)</translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation>Vasos</translation>
    </message>
    <message>
        <source>A soft tone with reminders</source>
        <translation>Un tono suave con los recordatorios</translation>
    </message>
    <message>
        <source>Play a soft tone with reminders shown in this window</source>
        <translation>Reproducir un tono suave con los recordatorios que aparecen en esta ventana</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Closing the window keeps reminders coming</source>
        <translation>Al cerrar la ventana, los recordatorios siguen llegando</translation>
    </message>
    <message>
        <source>When this is on, closing the window keeps reminders coming from the tray; Quit ends BackCare.</source>
        <translation>Con esta opción, al cerrar la ventana los recordatorios siguen llegando desde la bandeja del sistema; Salir cierra BackCare.</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Horas activas</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>Glass size</source>
        <translation>Tamaño del vaso</translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation>Lo que se acaba de hacer</translation>
    </message>
    <message>
        <source>Not saved until the form is valid.</source>
        <translation>No se guarda hasta que todos los datos sean válidos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>BackCare shows {language} the next time it starts. A session is running, so BackCare does not restart now.</source>
        <translation>BackCare mostrará {language} la próxima vez que se abra. Hay una sesión en curso, así que BackCare no se reinicia ahora.</translation>
    </message>
    <message>
        <source>BackCare shows {language} after a restart. Restart now?</source>
        <translation>BackCare mostrará {language} tras reiniciarse. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Today&apos;s status</source>
        <translation>Estado de hoy</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Registrar dolor…</translation>
    </message>
    <message>
        <source>Log how your back feels now (Ctrl+L)</source>
        <translation>Registra cómo notas la espalda ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Flare-up mode</source>
        <translation>Modo brote</translation>
    </message>
    <message>
        <source>Flare-up mode is on: gentle routines, and no suggestions to do more</source>
        <translation>El modo brote está activo: rutinas suaves y ninguna sugerencia de hacer más</translation>
    </message>
    <message>
        <source>Flare-up…</source>
        <translation>Brote…</translation>
    </message>
    <message>
        <source>A bad day for your back: advice, and a short gentle routine</source>
        <translation>Un mal día para tu espalda: consejos y una rutina corta y suave</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Log &amp;pain…</source>
        <translation>Registrar &amp;dolor…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Export records…</source>
        <translation>&amp;Exportar registros…</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>&amp;Importar registros…</translation>
    </message>
    <message>
        <source>Export for a &amp;health record (FHIR)…</source>
        <translation>Exportar para un &amp;historial de salud (FHIR)…</translation>
    </message>
    <message>
        <source>&amp;Report for your physiotherapist…</source>
        <translation>I&amp;nforme para tu fisioterapeuta…</translation>
    </message>
    <message>
        <source>Pro&amp;gramme sheet…</source>
        <translation>Hoja del &amp;programa…</translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation>Aviso de &amp;seguridad</translation>
    </message>
    <message>
        <source>&amp;About BackCare</source>
        <translation>&amp;Acerca de BackCare</translation>
    </message>
</context>
<context>
    <name>Outlook</name>
    <message>
        <source>No pain logged {span}</source>
        <translation>Sin dolor registrado {span}</translation>
    </message>
    <message>
        <source>Average pain down from {start} to {end} {span}</source>
        <translation>Dolor medio bajó de {start} a {end} {span}</translation>
    </message>
    <message>
        <source>Average pain up from {start} to {end} {span}</source>
        <translation>Dolor medio subió de {start} a {end} {span}</translation>
    </message>
    <message>
        <source>Average pain about the same ({start} to {end}) {span}</source>
        <translation>Dolor medio más o menos igual ({start} a {end}) {span}</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>ninguna sesión</translation>
    </message>
    <message>
        <source>{rate} sessions a week</source>
        <translation>{rate} sesiones por semana</translation>
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
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Hydration</source>
        <translation>Hidratación</translation>
    </message>
    <message>
        <source>&amp;Hydration</source>
        <translation>&amp;Hidratación</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>Hist&amp;orial</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Ajustes</translation>
    </message>
</context>
<context>
    <name>PainLogDialog</name>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Registrar dolor</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Optional: what you were doing, what helped</source>
        <translation>Opcional: qué estabas haciendo, qué te ayudó</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>How is your pain right now? 0 is no pain, 10 the worst imaginable.</source>
        <translation>¿Cómo es tu dolor ahora mismo? 0 es nada de dolor, 10 el peor imaginable.</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>El peor imaginable</translation>
    </message>
</context>
<context>
    <name>PainTab</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Daily check-in settings…</source>
        <translation>Ajustes del registro del dolor…</translation>
    </message>
    <message>
        <source>Whether and when BackCare asks each day how your back feels, in Settings</source>
        <translation>Si BackCare te pregunta cada día cómo está tu espalda, y cuándo, en Ajustes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Pain entries</source>
        <translation>Registros de dolor</translation>
    </message>
    <message>
        <source>Delete pain entry</source>
        <translation>Eliminar registro de dolor</translation>
    </message>
    <message>
        <source>Delete the pain entry of {when} (pain {level})?</source>
        <translation>¿Eliminar el registro de dolor del {when} (dolor {level})?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>page {n} of {total}</source>
        <translation>página {n} de {total}</translation>
    </message>
    <message>
        <source>{name} is already there; it was left as it is.</source>
        <translation>{name} ya existe; se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>BackCare cannot write into {folder}: {why}.</source>
        <translation>BackCare no puede escribir en {folder}: {why}.</translation>
    </message>
    <message>
        <source>{name} could not be written: {why}. Nothing was left behind.</source>
        <translation>No se pudo escribir {name}: {why}. No ha quedado nada a medias.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{name} is already there. Replace it with this PDF?</source>
        <translation>{name} ya existe. ¿Reemplazarlo por este PDF?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>PegDialog</name>
    <message>
        <source>Over the past week, how bad was your pain on average?</source>
        <translation>Durante la semana pasada, ¿cuánto dolor has tenido de media?</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Nada de dolor</translation>
    </message>
    <message>
        <source>Pain as bad as you can imagine</source>
        <translation>El peor dolor imaginable</translation>
    </message>
    <message>
        <source>Over the past week, how much did pain get in the way of enjoying life?</source>
        <translation>Durante la semana pasada, ¿cuánto te ha impedido el dolor disfrutar de la vida?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Nada en absoluto</translation>
    </message>
    <message>
        <source>Completely</source>
        <translation>Por completo</translation>
    </message>
    <message>
        <source>Over the past week, how much did pain get in the way of your everyday activities?</source>
        <translation>Durante la semana pasada, ¿cuánto ha interferido el dolor en tus actividades diarias?</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Dolor medio</translation>
    </message>
    <message>
        <source>Getting in the way of enjoying life</source>
        <translation>Interferencia en disfrutar de la vida</translation>
    </message>
    <message>
        <source>Getting in the way of everyday activities</source>
        <translation>Interferencia en las actividades diarias</translation>
    </message>
    <message>
        <source>Weekly questions</source>
        <translation>Registro semanal</translation>
    </message>
    <message>
        <source>Three short questions about the past week. Choose a number from 0 to 10 for each; together they give your weekly score.</source>
        <translation>Tres preguntas cortas sobre la semana pasada. Elige un número del 0 al 10 para cada una; juntas dan tu puntuación semanal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}.&lt;/b&gt; {question}</source>
        <translation>&lt;b&gt;{number}.&lt;/b&gt; {question}</translation>
    </message>
    <message>
        <source>Answer all three questions to save.</source>
        <translation>Responde a las tres preguntas para guardar.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Plan and session reminders</source>
        <translation>Plan y recordatorios de sesiones</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>El plan no se ha guardado</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Accept this plan</source>
        <translation>Aceptar este plan</translation>
    </message>
    <message>
        <source>Your proposed plan</source>
        <translation>Tu plan propuesto</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Hora (HH:MM)</translation>
    </message>
    <message>
        <source>(missing: {id})</source>
        <translation>(falta: {id})</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Weekly plan</source>
        <translation>Plan semanal</translation>
    </message>
    <message>
        <source>Which routine on which days, at what time. At most {most} sessions a day, at least {gap} minutes apart. Nothing is saved until the plan is valid.</source>
        <translation>Qué rutina, qué días y a qué hora. Como mucho {most} sesiones al día, con al menos {gap} minutos entre ellas. No se guarda nada hasta que el plan sea válido.</translation>
    </message>
    <message>
        <source>Every week or the first week</source>
        <translation>Cada semana o la primera semana</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Primera semana</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <source>Suggest a plan…</source>
        <translation>Sugerir un plan…</translation>
    </message>
    <message>
        <source>The first week runs from {first} to {last}; then the weekly plan begins.</source>
        <translation>La primera semana va del {first} al {last}; después empieza el plan semanal.</translation>
    </message>
    <message>
        <source>Optional: sessions for the first seven days only (a gentle start), from the day you save the plan.</source>
        <translation>Opcional: sesiones solo para los primeros siete días (un comienzo suave), desde el día en que guardes el plan.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>{title}: the timeline</source>
        <translation>{title}: la secuencia</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{title}&lt;/b&gt;: %n exercise(s), {length} in all. The guided session leads you through them with a countdown, tones and a voice.</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: %n ejercicio, {length} en total. La sesión guiada te acompaña con una cuenta atrás, tonos y una voz.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;: %n ejercicios, {length} en total. La sesión guiada te acompaña con una cuenta atrás, tonos y una voz.</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine&apos;s timeline</source>
        <translation>La secuencia de la rutina</translation>
    </message>
    <message>
        <source>Each exercise with when it starts, how much of it and how long; under it its sets, sides and rests</source>
        <translation>Cada ejercicio con cuándo empieza, cuánto y cuánto dura; debajo, sus series, lados y descansos</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>{number}. {name} — {dose}</source>
        <translation>{number}. {name} — {dose}</translation>
    </message>
    <message>
        <source>Exercise {number}, {name}: {dose}</source>
        <translation>Ejercicio {number}, {name}: {dose}</translation>
    </message>
    <message>
        <source>Starts at {time}</source>
        <translation>Empieza en {time}</translation>
    </message>
    <message>
        <source>Lasts {length}</source>
        <translation>Dura {length}</translation>
    </message>
</context>
<context>
    <name>PlanSettings</name>
    <message>
        <source>No plan yet. A plan says which routine to do on which days, and BackCare reminds you at those times.</source>
        <translation>Todavía no hay plan. Un plan dice qué rutina hacer qué días, y BackCare te lo recuerda a esas horas.</translation>
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
        <translation>Solo hay planificada una primera semana.</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Editar plan…</translation>
    </message>
    <message>
        <source>Remind me of the sessions in my plan</source>
        <translation>Recordarme las sesiones de mi plan</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} de {month}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Exercise programme</source>
        <translation>Hoja del programa</translation>
    </message>
    <message>
        <source>Stop an exercise if it causes sharp pain, numbness, tingling or pain spreading down a leg, and ask your physiotherapist or doctor.</source>
        <translation>Deja un ejercicio si te causa dolor agudo, entumecimiento, hormigueo o dolor que baja por una pierna, y consulta a tu fisioterapeuta o a tu médico.</translation>
    </message>
    <message>
        <source>No weekly plan is set, so there is no programme to show. Plan your week on the Routines page first.</source>
        <translation>No hay ningún plan semanal, así que no hay programa que mostrar. Planifica primero tu semana en la página Rutinas.</translation>
    </message>
    <message>
        <source>When: {days}</source>
        <translation>Cuándo: {days}</translation>
    </message>
    <message>
        <source>This routine was deleted or cannot be read; choose another one for these days in the plan.</source>
        <translation>Esta rutina se eliminó o no se puede leer; elige otra para estos días en el plan.</translation>
    </message>
    <message>
        <source>BackCare exercise programme</source>
        <translation>Hoja del programa de BackCare</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme sheet</source>
        <translation>Hoja del programa</translation>
    </message>
</context>
<context>
    <name>ProgressDialogs</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export your records into…</source>
        <translation>Exportar tus registros a…</translation>
    </message>
    <message>
        <source>Import records from a BackCare export</source>
        <translation>Importar registros de una exportación de BackCare</translation>
    </message>
    <message>
        <source>BackCare export (*.json)</source>
        <translation>Exportación de BackCare (*.json)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Weekly score (PEG): no answers in this range.</source>
        <translation>Puntuación semanal (PEG): ninguna respuesta en este periodo.</translation>
    </message>
    <message>
        <source>Weekly score (PEG): {score} (one answer in this range).</source>
        <translation>Puntuación semanal (PEG): {score} (una respuesta en este periodo).</translation>
    </message>
    <message>
        <source>PEG is a short, widely used scale: three questions about the past week (average pain, and how much pain got in the way of enjoying life and of everyday activities), each 0 to 10. The score is their average; lower is better. Turn the weekly questions on in Settings ▸ Pain check-in.</source>
        <translation>PEG es una escala breve y muy usada: tres preguntas sobre la semana pasada (dolor medio, y cuánto ha interferido el dolor en disfrutar de la vida y en las actividades diarias), cada una de 0 a 10. La puntuación es su media; cuanto más baja, mejor. Activa el registro semanal en Ajustes ▸ Registro del dolor.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Registrar dolor…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Report for your physiotherapist…</source>
        <translation>Informe para tu fisioterapeuta…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to show yet&lt;/h3&gt;&lt;p&gt;Your progress appears here as you go. To begin:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Start a routine on the Routines page — three sessions a week is a good aim.&lt;/li&gt;&lt;li&gt;Log how your back feels with &lt;b&gt;Log pain…&lt;/b&gt;, before and after sessions or at any time.&lt;/li&gt;&lt;li&gt;Log your drinks on the Hydration page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Aún no hay nada que mostrar&lt;/h3&gt;&lt;p&gt;Tu progreso aparece aquí a medida que avanzas. Para empezar:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Empieza una rutina en la página Rutinas: tres sesiones por semana es un buen objetivo.&lt;/li&gt;&lt;li&gt;Registra cómo está tu espalda con &lt;b&gt;Registrar dolor…&lt;/b&gt;, antes y después de las sesiones o en cualquier momento.&lt;/li&gt;&lt;li&gt;Registra lo que bebes en la página Hidratación.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elegir una rutina</translation>
    </message>
    <message>
        <source>Is it working?</source>
        <translation>¿Está funcionando?</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sesiones esta semana</translation>
    </message>
    <message>
        <source>Minutes of exercise</source>
        <translation>Minutos de ejercicio</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Dolor medio</translation>
    </message>
    <message>
        <source>Water per day</source>
        <translation>Agua al día</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Rachas</translation>
    </message>
    <message>
        <source>Weekly score</source>
        <translation>Puntuación semanal</translation>
    </message>
    <message>
        <source>Answer the weekly questions…</source>
        <translation>Responder al registro semanal…</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>sessions</source>
        <comment>a chart&apos;s axis</comment>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save the {chart} chart as PNG</source>
        <translation>Guardar el gráfico «{chart}» como PNG</translation>
    </message>
    <message>
        <source>No pain logged in this range.</source>
        <translation>Sin dolor registrado en este periodo.</translation>
    </message>
    <message>
        <source>{percent}% of the days with pain logged in this range had pain of 7 or more.</source>
        <translation>El {percent} % de los días con dolor registrado en este periodo tuvo un dolor de 7 o más.</translation>
    </message>
    <message>
        <source>Last week: {value}</source>
        <translation>La semana pasada: {value}</translation>
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
        <translation>Semana del {day}
{sessions}, {minutes} (objetivo {goal})</translation>
    </message>
    <message>
        <source>{day}
{amount} (goal {goal})</source>
        <translation>{day}
{amount} (objetivo {goal})</translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation>No se ha guardado el gráfico</translation>
    </message>
    <message>
        <source>BackCare could not write {path}: {why}.</source>
        <translation>BackCare no ha podido escribir {path}: {why}.</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 semanas</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>Water today</source>
        <translation>Agua hoy</translation>
    </message>
    <message>
        <source>{amount} of {goal} ({percent} %)</source>
        <translation>{amount} de {goal} ({percent} %)</translation>
    </message>
    <message>
        <source>of {goal}</source>
        <translation>de {goal}</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>{title} (my copy)</source>
        <translation>{title} (mi copia)</translation>
    </message>
    <message>
        <source>Perhaps try an easier routine</source>
        <translation>Quizá una rutina más fácil</translation>
    </message>
    <message>
        <source>Next time, you could do {easier} instead of {routine}.</source>
        <translation>La próxima vez podrías hacer {easier} en lugar de {routine}.</translation>
    </message>
    <message>
        <source>Ready for a little more?</source>
        <translation>¿Lista o listo para un poco más?</translation>
    </message>
    <message>
        <source>A little less for now?</source>
        <translation>¿Un poco menos por ahora?</translation>
    </message>
    <message>
        <source>One change to {exercise} in {routine}:</source>
        <translation>Un cambio en {exercise} de {routine}:</translation>
    </message>
    <message>
        <source>Now: {dose}</source>
        <translation>Ahora: {dose}</translation>
    </message>
    <message>
        <source>Suggested: {dose}</source>
        <translation>Propuesta: {dose}</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are: accepting makes your own copy, {copy}, with this change.</source>
        <translation>Las rutinas incluidas no cambian: al aceptar se crea tu propia copia, {copy}, con este cambio.</translation>
    </message>
    <message>
        <source>Accepting changes your routine; the earlier version is kept.</source>
        <translation>Al aceptar cambia tu rutina; la versión anterior se guarda.</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Por qué: {reason}</translation>
    </message>
    <message>
        <source>Only if it feels right to you. You can always change it back in the routine editor.</source>
        <translation>Solo si te parece bien. Siempre puedes deshacerlo en el editor de rutinas.</translation>
    </message>
    <message>
        <source>A suggestion for {routine}</source>
        <translation>Una sugerencia para {routine}</translation>
    </message>
    <message>
        <source>Show {routine}</source>
        <translation>Mostrar {routine}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>El cambio no se ha guardado</translation>
    </message>
    <message>
        <source>BackCare could not save the change to {routine}: {problem}</source>
        <translation>BackCare no pudo guardar el cambio en {routine}: {problem}</translation>
    </message>
    <message>
        <source>Before: {exercise}, {dose}</source>
        <translation>Antes: {exercise}, {dose}</translation>
    </message>
    <message>
        <source>(the built-in routine)</source>
        <translation>(la rutina incluida)</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Answer…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Answer the weekly questions</source>
        <translation>Responder las preguntas semanales</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <source>Drink reminder</source>
        <translation>Recordatorio de beber</translation>
    </message>
    <message>
        <source>I drank a glass</source>
        <translation>He bebido un vaso</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Registrar dolor…</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Saltar hoy</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Descartar el recordatorio</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>Weekly questions</source>
        <translation>Preguntas semanales</translation>
    </message>
    <message>
        <source>Session reminder</source>
        <translation>Recordatorio de sesión</translation>
    </message>
</context>
<context>
    <name>ReminderDelivery</name>
    <message>
        <source>Time for some water</source>
        <translation>Es hora de beber agua</translation>
    </message>
    <message>
        <source>I drank a glass</source>
        <translation>He bebido un vaso</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation>Abrir BackCare</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pain, 0–10</source>
        <translation>Dolor, 0–10</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>media de 7 días</translation>
    </message>
    <message>
        <source>daily average</source>
        <translation>media diaria</translation>
    </message>
    <message>
        <source>worst of the day</source>
        <translation>peor del día</translation>
    </message>
    <message>
        <source>flare-up day</source>
        <translation>día de brote</translation>
    </message>
    <message>
        <source>No pain was logged in this period.</source>
        <translation>No se registró dolor en este periodo.</translation>
    </message>
    <message>
        <source>Finished sessions per week</source>
        <translation>Sesiones terminadas por semana</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hechas</translation>
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation>objetivo: {goal} a la semana</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planificadas</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolor antes y después de las sesiones</translation>
    </message>
    <message>
        <source>No session has pain logged both before and after.</source>
        <translation>Ninguna sesión tiene el dolor registrado antes y después.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Weekly score (PEG, 0–10)</source>
        <translation>Puntuación semanal (PEG, 0–10)</translation>
    </message>
    <message>
        <source>No weekly score recorded.</source>
        <translation>No hay ninguna puntuación semanal.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periodo: {period}</translation>
    </message>
    <message>
        <source>Self-reported by the person; not a diagnosis. Made with BackCare on {day} from the records kept on their computer.</source>
        <translation>Datos aportados por la propia persona; no es un diagnóstico. Hecho con BackCare el {day} a partir de los registros guardados en su ordenador.</translation>
    </message>
    <message>
        <source>Sessions: each routine and exercise</source>
        <translation>Sesiones: cada rutina y ejercicio</translation>
    </message>
    <message>
        <source>No session was started in this period.</source>
        <translation>No se empezó ninguna sesión en este periodo.</translation>
    </message>
    <message>
        <source>{title} (no longer among the routines)</source>
        <translation>{title} (ya no está entre las rutinas)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Dolió</translation>
    </message>
    <message>
        <source>Dates skipped / it hurt</source>
        <translation>Fechas saltado / dolió</translation>
    </message>
    <message>
        <source>skipped: {days}</source>
        <translation>saltado: {days}</translation>
    </message>
    <message>
        <source>it hurt: {days}</source>
        <translation>dolió: {days}</translation>
    </message>
    <message>
        <source>When it hurt</source>
        <translation>Cuándo dolió</translation>
    </message>
    <message>
        <source>No session was stopped because it hurt.</source>
        <translation>Ninguna sesión se interrumpió porque doliera.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Where it hurt</source>
        <translation>Dónde dolió</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Dolor medio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes were written with the pain entries of this period.</source>
        <translation>No se escribieron notas con los registros de dolor de este periodo.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation>Agua bebida</translation>
    </message>
    <message>
        <source>No drink was logged in this period.</source>
        <translation>No se registró ninguna bebida en este periodo.</translation>
    </message>
    <message>
        <source>The current programme</source>
        <translation>El programa actual</translation>
    </message>
    <message>
        <source>No weekly plan is set.</source>
        <translation>No hay ningún plan semanal.</translation>
    </message>
    <message>
        <source>This routine was deleted or cannot be read.</source>
        <translation>Esta rutina se eliminó o no se puede leer.</translation>
    </message>
    <message>
        <source>BackCare progress report · {period}</source>
        <translation>Informe de progreso de BackCare · {period}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Informe para tu fisioterapeuta</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Últimas 8 semanas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Name on the report:</source>
        <translation>Nombre en el informe:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>The period ends before it starts; choose its first day again.</source>
        <translation>El periodo termina antes de empezar; vuelve a elegir el primer día.</translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Archivos de rutina (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Muscle relaxation (PMR)</source>
        <translation>Relajación muscular (PMR)</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Cada lado</translation>
    </message>
    <message>
        <source>Switch sides (s)</source>
        <translation>Cambio de lado (s)</translation>
    </message>
    <message>
        <source>Hold (s)</source>
        <translation>Mantener (s)</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Rest between sets (s)</source>
        <translation>Descanso entre series (s)</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Move (s)</source>
        <translation>Mover (s)</translation>
    </message>
    <message>
        <source>Return (s)</source>
        <translation>Volver (s)</translation>
    </message>
    <message>
        <source>Tense (s)</source>
        <translation>Tensar (s)</translation>
    </message>
    <message>
        <source>Relax (s)</source>
        <translation>Relajar (s)</translation>
    </message>
    <message>
        <source>Breathe in (s)</source>
        <translation>Inspirar (s)</translation>
    </message>
    <message>
        <source>Hold in (s)</source>
        <translation>Retener tras inspirar (s)</translation>
    </message>
    <message>
        <source>Breathe out (s)</source>
        <translation>Espirar (s)</translation>
    </message>
    <message>
        <source>Hold out (s)</source>
        <translation>Retener tras espirar (s)</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duración (s)</translation>
    </message>
    <message>
        <source>guidance: 5–10 s</source>
        <translation>orientación: 5–10 s</translation>
    </message>
    <message>
        <source>guidance: 45–60 s</source>
        <translation>orientación: 45–60 s</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>marcado por el temporizador</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>contado por ti</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Puente</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Báscula pélvica</translation>
    </message>
    <message>
        <source>Partial curl</source>
        <translation>Abdominal parcial</translation>
    </message>
    <message>
        <source>Leg raise</source>
        <translation>Elevación de pierna</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Rodilla al pecho</translation>
    </message>
    <message>
        <source>Double knee to chest</source>
        <translation>Dos rodillas al pecho</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Estiramiento de isquiotibiales</translation>
    </message>
    <message>
        <source>Knee rolls</source>
        <translation>Balanceo de rodillas</translation>
    </message>
    <message>
        <source>Lower back rotation</source>
        <translation>Rotación lumbar</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Respiración abdominal</translation>
    </message>
    <message>
        <source>Plank</source>
        <translation>Plancha</translation>
    </message>
    <message>
        <source>Bird dog</source>
        <translation>Perro de caza</translation>
    </message>
    <message>
        <source>Side bridge</source>
        <translation>Plancha lateral</translation>
    </message>
    <message>
        <source>Hip flexor stretch</source>
        <translation>Estiramiento del flexor de cadera</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Extensión de espalda de pie</translation>
    </message>
    <message>
        <source>Standing hip abduction</source>
        <translation>Abducción de cadera de pie</translation>
    </message>
    <message>
        <source>Standing reach</source>
        <translation>Estiramiento de brazos de pie</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Círculos de hombros</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Marcha</translation>
    </message>
    <message>
        <source>Seated breathing</source>
        <translation>Respiración sentada</translation>
    </message>
    <message>
        <source>PMR: right hand</source>
        <translation>PMR: mano derecha</translation>
    </message>
    <message>
        <source>PMR: left hand</source>
        <translation>PMR: mano izquierda</translation>
    </message>
    <message>
        <source>PMR: right upper arm</source>
        <translation>PMR: brazo derecho</translation>
    </message>
    <message>
        <source>PMR: left upper arm</source>
        <translation>PMR: brazo izquierdo</translation>
    </message>
    <message>
        <source>PMR: forehead</source>
        <translation>PMR: frente</translation>
    </message>
    <message>
        <source>PMR: eyes</source>
        <translation>PMR: ojos</translation>
    </message>
    <message>
        <source>PMR: jaw</source>
        <translation>PMR: mandíbula</translation>
    </message>
    <message>
        <source>PMR: neck</source>
        <translation>PMR: cuello</translation>
    </message>
    <message>
        <source>PMR: shoulders</source>
        <translation>PMR: hombros</translation>
    </message>
    <message>
        <source>PMR: chest</source>
        <translation>PMR: pecho</translation>
    </message>
    <message>
        <source>PMR: stomach</source>
        <translation>PMR: abdomen</translation>
    </message>
    <message>
        <source>PMR: buttocks</source>
        <translation>PMR: glúteos</translation>
    </message>
    <message>
        <source>PMR: thighs</source>
        <translation>PMR: muslos</translation>
    </message>
    <message>
        <source>PMR: calves</source>
        <translation>PMR: pantorrillas</translation>
    </message>
    <message>
        <source>PMR: feet</source>
        <translation>PMR: pies</translation>
    </message>
    <message>
        <source>{label} ({hint})</source>
        <translation>{label} ({hint})</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Editar «{title}»</translation>
    </message>
    <message>
        <source>One safety note per line</source>
        <translation>Una nota de seguridad por línea</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Di&amp;fficulty</source>
        <translation>Di&amp;ficultad</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>&amp;Safety notes</source>
        <translation>Notas de &amp;seguridad</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Ejercicios, en orden</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Un paso por línea</translation>
    </message>
    <message>
        <source>One cue per line, e.g. Keep your core engaged</source>
        <translation>Una indicación por línea, p. ej. Mantén el abdomen activo</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>Chosen by the exercise&apos;s name</source>
        <translation>Elegida por el nombre del ejercicio</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Instrucciones</translation>
    </message>
    <message>
        <source>Form c&amp;ues</source>
        <translation>In&amp;dicaciones de forma</translation>
    </message>
    <message>
        <source>Get ready (s)</source>
        <translation>Prepararse (s)</translation>
    </message>
    <message>
        <source>Rest after (s)</source>
        <translation>Descanso después (s)</translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation>Fi&amp;gura</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>The chosen exercise</source>
        <translation>El ejercicio elegido</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{file}: id &quot;{id}&quot; is already used</source>
        <translation>{file}: el identificador «{id}» ya está en uso</translation>
    </message>
    <message>
        <source>&lt;b&gt;To fix before saving:&lt;/b&gt;&lt;ul&gt;{problems}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Para corregir antes de guardar:&lt;/b&gt;&lt;ul&gt;{problems}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Total: —</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Sin problemas.</translation>
    </message>
    <message>
        <source>Total: about {length}</source>
        <translation>Total: unos {length}</translation>
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
        <translation>{title}, favorita. {about}</translation>
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
        <translation>Cualquier duración</translation>
    </message>
    <message>
        <source>Up to 5 min</source>
        <translation>Hasta 5 min</translation>
    </message>
    <message>
        <source>Up to 10 min</source>
        <translation>Hasta 10 min</translation>
    </message>
    <message>
        <source>Up to 15 min</source>
        <translation>Hasta 15 min</translation>
    </message>
    <message>
        <source>Up to 20 min</source>
        <translation>Hasta 20 min</translation>
    </message>
    <message>
        <source>Up to 30 min</source>
        <translation>Hasta 30 min</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Cargando rutinas…</translation>
    </message>
    <message>
        <source>Loading routines</source>
        <translation>Cargando rutinas</translation>
    </message>
    <message>
        <source>Search routines and exercises</source>
        <translation>Buscar rutinas y ejercicios</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Buscar rutinas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Longest length</source>
        <translation>Duración máxima</translation>
    </message>
    <message>
        <source>Routine files with problems</source>
        <translation>Archivos de rutina con problemas</translation>
    </message>
    <message>
        <source>No routine matches. Clear the search or the filters.</source>
        <translation>Ninguna rutina coincide. Borra la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Create a routine of your own</source>
        <translation>Crear una rutina propia</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add a routine file, for example from your physiotherapist</source>
        <translation>Añadir un archivo de rutina, por ejemplo de tu fisioterapeuta</translation>
    </message>
    <message>
        <source>The chosen routine</source>
        <translation>La rutina elegida</translation>
    </message>
    <message>
        <source>Start  ▶</source>
        <translation>Empezar  ▶</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Empezar esta rutina</translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation>Empezar esta rutina (Intro)</translation>
    </message>
    <message>
        <source>&amp;Steps…</source>
        <translation>&amp;Pasos…</translation>
    </message>
    <message>
        <source>See the routine&apos;s timeline: each exercise, its sets and rests, and when they start</source>
        <translation>Ver la secuencia de la rutina: cada ejercicio, sus series y descansos, y cuándo empiezan</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Make your own copy to change</source>
        <translation>Hacer tu propia copia para cambiarla</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start today&apos;s planned session</source>
        <translation>Empezar la sesión planificada para hoy</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>See or change the weekly plan</source>
        <translation>Ver o cambiar el plan semanal</translation>
    </message>
    <message>
        <source>Today: {planned}</source>
        <translation>Hoy: {planned}</translation>
    </message>
    <message>
        <source>No weekly plan yet.</source>
        <translation>Todavía no hay plan semanal.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>These routine files could not be read and were left as they are: {names}.</source>
        <translation>Estos archivos de rutina no se pudieron leer y se han dejado como están: {names}.</translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation>Mostrar los problemas</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Tu rutina</translation>
    </message>
    <message>
        <source>{about} · {origin}</source>
        <translation>{about} · {origin}</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorita</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorita</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Quitar de favoritas</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Añadir a favoritas</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>These files in {folder} were not loaded, and were left as they are. Fix them in a text editor, or import a corrected copy:</source>
        <translation>Estos archivos de {folder} no se cargaron y se han dejado como están. Corrígelos en un editor de texto o importa una copia corregida:</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Borrar rutina</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>¿Borrar «{title}»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <source>{file} could not be imported:</source>
        <translation>No se pudo importar {file}:</translation>
    </message>
    <message>
        <source>BackCare could not save the routine: {reason}.</source>
        <translation>BackCare no pudo guardar la rutina: {reason}.</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Rutina importada</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>No ha funcionado</translation>
    </message>
    <message>
        <source>BackCare could not do that:</source>
        <translation>BackCare no pudo hacerlo:</translation>
    </message>
    <message>
        <source>BackCare could not do that: {reason}.</source>
        <translation>BackCare no pudo hacerlo: {reason}.</translation>
    </message>
    <message>
        <source>The routines folder could not be read.</source>
        <translation>No se pudo leer la carpeta de rutinas.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>The session paused because the screen was locked.</source>
        <translation>La sesión se ha pausado porque se bloqueó la pantalla.</translation>
    </message>
    <message>
        <source>The session paused because the computer went to sleep.</source>
        <translation>La sesión se ha pausado porque el ordenador entró en reposo.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>A session is running</source>
        <translation>Hay una sesión en curso</translation>
    </message>
    <message>
        <source>Stop the current session before starting another.</source>
        <translation>Termina la sesión actual antes de empezar otra.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>How is your back right now? (0 is no pain, 10 the worst imaginable.) You can skip this.

Have a drink of water before you begin, and keep it within reach for the rests.</source>
        <translation>¿Cómo está tu espalda ahora mismo? (0 es sin dolor, 10 el peor imaginable.) Puedes saltarte esto.

Bebe un poco de agua antes de empezar y tenla a mano para los descansos.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>Stop this session? What you have done so far is saved.</source>
        <translation>¿Terminar esta sesión? Lo que has hecho hasta ahora está guardado.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation>Has parado porque te dolía</translation>
    </message>
    <message>
        <source>How bad is the pain now? (0 is no pain, 10 the worst imaginable.)</source>
        <translation>¿Cuánto te duele ahora? (0 es sin dolor, 10 el peor imaginable.)</translation>
    </message>
    <message>
        <source>Your steps are kept and will be saved {when}.</source>
        <translation>Tus pasos se conservan y se guardarán {when}.</translation>
    </message>
    <message>
        <source>when there is space on the disk</source>
        <translation>cuando haya espacio en el disco</translation>
    </message>
    <message>
        <source>as soon as BackCare can write to its data file again</source>
        <translation>en cuanto BackCare pueda volver a escribir en su archivo de datos</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Tense your {part}</source>
        <translation>Tensa: {part}</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Sigue moviéndote</translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <comment>a length: 1 minute 5 seconds</comment>
        <translation>{minutes} y {seconds}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of an announcement</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Progress through the session</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>{percent} % done</source>
        <translation>{percent} % completado</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>No session is running.

Choose a routine on the Routines page and press Start.</source>
        <translation>No hay ninguna sesión en curso.

Elige una rutina en la página Rutinas y pulsa Empezar.</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elegir una rutina</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Set, rep and side</source>
        <translation>Serie, repetición y lado</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <source>Reps in this set</source>
        <translation>Repeticiones de esta serie</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <translation>Imagen del ejercicio</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>Drink reminder</source>
        <translation>Recordatorio de beber</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Tiempo restante de la sesión</translation>
    </message>
    <message>
        <source>The step after this one</source>
        <translation>El paso siguiente</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Paso anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausa o continuar (espacio)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>Paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Saltar ejercicio</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>Saltar este ejercicio</translation>
    </message>
    <message>
        <source>Count rep</source>
        <translation>Contar rep.</translation>
    </message>
    <message>
        <source>Count a rep (Enter)</source>
        <translation>Contar una repetición (Intro)</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Modo enfoque</translation>
    </message>
    <message>
        <source>Focus mode: full screen (F11)</source>
        <translation>Modo enfoque: pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Stop the session (Escape)</source>
        <translation>Terminar la sesión (Esc)</translation>
    </message>
    <message>
        <source>Stop — this hurts</source>
        <translation>Parar: me duele</translation>
    </message>
    <message>
        <source>Stop now: this hurts (H)</source>
        <translation>Parar ya: me duele (H)</translation>
    </message>
    <message>
        <source>Sound and voice…</source>
        <translation>Sonido y voz…</translation>
    </message>
    <message>
        <source>Sound and voice settings</source>
        <translation>Ajustes de sonido y voz</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>{reminder} Take a sip at the next rest.</source>
        <translation>{reminder} Bebe un sorbo en el próximo descanso.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Continúa.</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <source>Start on the left side</source>
        <translation>Empieza por el lado izquierdo</translation>
    </message>
    <message>
        <source>Start on the right side</source>
        <translation>Empieza por el lado derecho</translation>
    </message>
    <message>
        <source>Seconds until the session goes on</source>
        <translation>Segundos hasta que siga la sesión</translation>
    </message>
    <message>
        <source>Reps counted in this set</source>
        <translation>Repeticiones contadas en esta serie</translation>
    </message>
    <message>
        <source>of {reps} · press Enter for each rep</source>
        <translation>de {reps} · pulsa Intro en cada repetición</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>of {reps}</source>
        <translation>de {reps}</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Up next: {exercise} — {step}</source>
        <translation>A continuación: {exercise} — {step}</translation>
    </message>
    <message>
        <source>Up next: the end</source>
        <translation>A continuación: el final</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Paused — press Space to continue</source>
        <translation>En pausa: pulsa la barra espaciadora para continuar</translation>
    </message>
    <message>
        <source>{time} left · BackCare</source>
        <translation>quedan {time} · BackCare</translation>
    </message>
</context>
<context>
    <name>SessionReminderDelivery</name>
    <message>
        <source>Time for your session</source>
        <translation>Hora de tu sesión</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Saltar hoy</translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation>Abrir BackCare</translation>
    </message>
</context>
<context>
    <name>SessionReminders</name>
    <message>
        <source>Time for {routine}, planned at {time}.</source>
        <translation>Hora de {routine}, planificada a las {time}.</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>día de descanso</translation>
    </message>
    <message>
        <source>{routine} at {time}</source>
        <translation>{routine} a las {time}</translation>
    </message>
    <message>
        <source>the routine planned at {time} no longer exists</source>
        <translation>la rutina planificada a las {time} ya no existe</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{routines} done</source>
        <translation>{routines}: hecho</translation>
    </message>
    <message>
        <source>Session reminders are off.</source>
        <translation>Los recordatorios de sesiones están desactivados.</translation>
    </message>
    <message>
        <source>No session reminder is planned in the next week.</source>
        <translation>No hay ningún recordatorio de sesión en la próxima semana.</translation>
    </message>
    <message>
        <source>Next session reminder: {time}.</source>
        <translation>Próximo recordatorio de sesión: {time}.</translation>
    </message>
    <message>
        <source>Next session reminder: {day} at {time}.</source>
        <translation>Próximo recordatorio de sesión: {day} a las {time}.</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>The session paused because the computer went to sleep.</source>
        <translation>La sesión se ha pausado porque el ordenador entró en reposo.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Stopped at {exercise}</source>
        <translation>Terminada en {exercise}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Nothing done this time</source>
        <translation>Esta vez no has hecho nada</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Terminada porque dolía</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between exercise names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Done ({n}): {names}.</source>
        <translation>Hechos ({n}): {names}.</translation>
    </message>
    <message>
        <source>Skipped ({n}): {names}.</source>
        <translation>Saltados ({n}): {names}.</translation>
    </message>
    <message>
        <source>Stopped because it hurt ({n}): {names}.</source>
        <translation>Terminado porque dolía ({n}): {names}.</translation>
    </message>
    <message>
        <source>{title}: {time} of exercise.</source>
        <translation>{title}: {time} de ejercicio.</translation>
    </message>
    <message>
        <source>Remember to drink some water.</source>
        <translation>Acuérdate de beber un poco de agua.</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>How is your back now? (optional)</source>
        <translation>¿Cómo está tu espalda ahora? (opcional)</translation>
    </message>
    <message>
        <source>How did it feel? (optional)</source>
        <translation>¿Qué tal te ha ido? (opcional)</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation>Eliminar la sesión elegida</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Done /
skipped</source>
        <translation>Hechos /
saltados</translation>
    </message>
    <message>
        <source>Pain
before → after</source>
        <translation>Dolor
antes → después</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Sensación</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>Choose a session to see its exercises.</source>
        <translation>Elige una sesión para ver sus ejercicios.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Exercises of the chosen session</source>
        <translation>Ejercicios de la sesión elegida</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Todas las rutinas</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions, {minutes} minutes of exercise.</source>
        <translation>
            <numerusform>%n sesión, {minutes} minutos de ejercicio.</numerusform>
            <numerusform>%n sesiones, {minutes} minutos de ejercicio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed first: %n sessions whose dates cannot be used.</source>
        <translation>
            <numerusform>Primero en la lista: %n sesión cuya fecha no se puede usar.</numerusform>
            <numerusform>Primero en la lista: %n sesiones cuyas fechas no se pueden usar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Delete the session “{title}” of {when} with its exercises? Pain logged with it stays in the pain log.</source>
        <translation>¿Eliminar la sesión «{title}» del {when} con sus ejercicios? El dolor registrado con ella se queda en el diario del dolor.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminada</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Pain check-in</source>
        <translation>Registro del dolor</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de ajustes</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>BackCare cannot write its lock file in {folder}: {why}.</source>
        <translation>BackCare no puede escribir su archivo de bloqueo en {folder}: {why}.</translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <source>Test tone</source>
        <translation>Probar tono</translation>
    </message>
    <message>
        <source>Play a tone at the chosen volume</source>
        <translation>Reproducir un tono con el volumen elegido</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
</context>
<context>
    <name>SoundVoiceForm</name>
    <message>
        <source>Tone volume</source>
        <translation>Volumen de los tonos</translation>
    </message>
    <message>
        <source>Silence the tones</source>
        <translation>Silenciar los tonos</translation>
    </message>
    <message>
        <source>Speak exercise and phase names</source>
        <translation>Decir en voz alta ejercicios y fases</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Motor de voz</translation>
    </message>
    <message>
        <source>Language of the voice</source>
        <translation>Idioma de la voz</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Probar voz</translation>
    </message>
    <message>
        <source>Say a short sample with the chosen voice</source>
        <translation>Decir una breve muestra con la voz elegida</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Estado de la voz</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The voice you chose speaks another language, so the automatic voice speaks while BackCare is shown in this language.</source>
        <translation>La voz que elegiste habla otro idioma, así que habla la voz automática mientras BackCare se muestre en este idioma.</translation>
    </message>
    <message>
        <source>This voice speaks another language than BackCare shows, so sessions use the automatic voice instead.</source>
        <translation>Esta voz no habla el idioma en que se muestra BackCare, así que en las sesiones habla la voz automática.</translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation>Buscando voces…</translation>
    </message>
    <message>
        <source>This is how BackCare sounds. Next: knee hugs. Get ready.</source>
        <translation>Así suena BackCare. Ahora: abrazo de rodillas. Prepárate.</translation>
    </message>
    <message>
        <source>Automatic voice</source>
        <translation>Voz automática</translation>
    </message>
    <message>
        <source>The voice starts with the next phase.</source>
        <translation>La voz empieza con la siguiente fase.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Windows speech (SAPI)</source>
        <translation>Voz de Windows (SAPI)</translation>
    </message>
    <message>
        <source>Windows speech</source>
        <translation>Voz de Windows</translation>
    </message>
    <message>
        <source>macOS speech</source>
        <translation>Voz de macOS</translation>
    </message>
    <message>
        <source>Test engine</source>
        <translation>Motor de prueba</translation>
    </message>
    <message>
        <source>Other voices</source>
        <translation>Otras voces</translation>
    </message>
    <message>
        <source>the speech engine</source>
        <translation>el motor de voz</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed, so BackCare goes on with tones only. On Linux, install speech-dispatcher (for example: sudo apt-get install speech-dispatcher espeak-ng).</source>
        <translation>No hay ningún motor de voz instalado, así que BackCare sigue solo con tonos. En Linux, instala speech-dispatcher (por ejemplo: sudo apt-get install speech-dispatcher espeak-ng).</translation>
    </message>
    <message>
        <source>{engine} did not answer</source>
        <translation>{engine} no respondió</translation>
    </message>
    <message>
        <source>{engine} did not start: {detail}</source>
        <translation>{engine} no se inició: {detail}</translation>
    </message>
    <message>
        <source>{engine} did not start</source>
        <translation>{engine} no se inició</translation>
    </message>
    <message>
        <source>its helper process stopped</source>
        <translation>su proceso auxiliar se detuvo</translation>
    </message>
    <message>
        <source>The voice is not working ({why}), so BackCare goes on with tones only.</source>
        <translation>La voz no funciona ({why}), así que BackCare sigue solo con tonos.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>&lt;p&gt;BackCare guides you through exercise routines and keeps a record of how your back feels. &lt;b&gt;It is not medical advice&lt;/b&gt; and it cannot diagnose anything.&lt;/p&gt; &lt;ul&gt; &lt;li&gt;Talk to a doctor or physiotherapist before you begin, especially after surgery or if you live with a medical condition.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Stop any exercise straight away if it hurts.&lt;/b&gt; Mild effort is fine; pain is not.&lt;/li&gt; &lt;li&gt;See a doctor if your pain lasts more than three days, or if soreness lasts more than an hour after exercising.&lt;/li&gt; &lt;/ul&gt; &lt;p&gt;Start gently and build up a little at a time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BackCare te guía en rutinas de ejercicio y registra cómo notas la espalda. &lt;b&gt;No es consejo médico&lt;/b&gt; y no puede diagnosticar nada.&lt;/p&gt; &lt;ul&gt; &lt;li&gt;Habla con un médico o fisioterapeuta antes de empezar, sobre todo tras una operación o si tienes alguna enfermedad.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Deja cualquier ejercicio en cuanto duela.&lt;/b&gt; Un esfuerzo leve está bien; el dolor no.&lt;/li&gt; &lt;li&gt;Ve al médico si el dolor dura más de tres días, o si las agujetas duran más de una hora después de hacer ejercicio.&lt;/li&gt; &lt;/ul&gt; &lt;p&gt;Empieza con suavidad y aumenta poco a poco.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;BackCare is not medical advice.&lt;/b&gt; Help → Safety notice says when to see a doctor and when to stop.</source>
        <translation>&lt;b&gt;BackCare no es consejo médico.&lt;/b&gt; Ayuda → Aviso de seguridad dice cuándo ir al médico y cuándo parar.</translation>
    </message>
    <message>
        <source>Everything you record stays on this computer. BackCare has no account and never uses the network.</source>
        <translation>Todo lo que registras se queda en este ordenador. BackCare no tiene cuenta y nunca usa la red.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mueve</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Vuelve</translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation>A tu ritmo</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Tensa</translation>
    </message>
    <message>
        <source>Let go and relax</source>
        <translation>Suelta y relaja</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You stopped because it hurt. That was the right thing to do.&lt;/b&gt;&lt;/p&gt; &lt;ul&gt; &lt;li&gt;Rest, and do not repeat the movement that hurt today.&lt;/li&gt; &lt;li&gt;See a doctor if the pain lasts more than three days.&lt;/li&gt; &lt;li&gt;See a doctor too if soreness lasts more than an hour after exercising.&lt;/li&gt; &lt;li&gt;Get help at once for severe pain, numbness, weakness in the legs, or trouble with bladder or bowels.&lt;/li&gt; &lt;/ul&gt; &lt;p&gt;Next time, try a gentler routine, or ask a physiotherapist to adjust this one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Has parado porque dolía. Era lo correcto.&lt;/b&gt;&lt;/p&gt; &lt;ul&gt; &lt;li&gt;Descansa y no repitas hoy el movimiento que dolió.&lt;/li&gt; &lt;li&gt;Ve al médico si el dolor dura más de tres días.&lt;/li&gt; &lt;li&gt;Ve al médico también si las agujetas duran más de una hora después del ejercicio.&lt;/li&gt; &lt;li&gt;Busca ayuda enseguida si tienes dolor fuerte, entumecimiento, debilidad en las piernas o problemas para controlar la vejiga o el intestino.&lt;/li&gt; &lt;/ul&gt; &lt;p&gt;La próxima vez, prueba una rutina más suave o pide a un fisioterapeuta que adapte esta.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Log a glass</source>
        <translation>Registrar un vaso</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Pause for today</source>
        <translation>Pausar por hoy</translation>
    </message>
    <message>
        <source>Flare-up…</source>
        <translation>Brote…</translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation>Abrir BackCare</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Too easy</source>
        <translation>Demasiado fácil</translation>
    </message>
    <message>
        <source>About right</source>
        <translation>Justo bien</translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation>Demasiado difícil</translation>
    </message>
</context>
<context>
    <name>WaterEntryDialog</name>
    <message>
        <source>Change this drink</source>
        <translation>Cambiar esta bebida</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> ml</translation>
    </message>
    <message>
        <source>Amount in millilitres</source>
        <translation>Cantidad en mililitros</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>A drink is {low}–{high} ml.</source>
        <translation>Una bebida tiene entre {low} y {high} ml.</translation>
    </message>
</context>
<context>
    <name>WeekBars</name>
    <message>
        <source>Water, last 7 days</source>
        <translation>Agua, últimos 7 días</translation>
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
        <translation>Registro semanal</translation>
    </message>
    <message>
        <source>Three quick questions about your past week: they give your weekly score (PEG) and show how you are doing over time.</source>
        <translation>Tres preguntas rápidas sobre tu semana pasada: dan tu puntuación semanal (PEG) y muestran cómo te va con el tiempo.</translation>
    </message>
    <message>
        <source>Your weekly questions are waiting; they come after the session.</source>
        <translation>Tu registro semanal te espera; llegará después de la sesión.</translation>
    </message>
    <message>
        <source>Answer them on the Progress page.</source>
        <translation>Respóndelas en la página Progreso.</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Open BackCare</source>
        <translation>Abrir BackCare</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <source>planned and missed: {names}</source>
        <translation>planificado y sin hacer: {names}</translation>
    </message>
    <message>
        <source>planned: {names}</source>
        <translation>planificado: {names}</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>día de descanso</translation>
    </message>
    <message>
        <source>average pain {mean}, worst {worst}</source>
        <translation>dolor medio {mean}, máximo {worst}</translation>
    </message>
    <message>
        <source>no pain logged</source>
        <translation>sin dolor registrado</translation>
    </message>
    <message>
        <source>flare-up</source>
        <translation>brote</translation>
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
        <translation>Calendario del año</translation>
    </message>
    <message>
        <source>Pain 0</source>
        <translation>Dolor 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;The year, day by day&lt;/b&gt;</source>
        <translation>&lt;b&gt;El año, día a día&lt;/b&gt;</translation>
    </message>
    <message>
        <source>● session done   ✕ planned and missed   ○ planned   ◥ flare-up   plain: rest day; the fill is the day&apos;s average pain</source>
        <translation>● sesión hecha   ✕ planificada y sin hacer   ○ planificada   ◥ brote   sin marca: día de descanso; el relleno es el dolor medio del día</translation>
    </message>
    <message>
        <source>Key to the calendar</source>
        <translation>Leyenda del calendario</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>Día elegido</translation>
    </message>
</context>
<context>
    <name>_SlotList</name>
    <message>
        <source>Planned sessions</source>
        <translation>Sesiones planificadas</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Añadir una sesión</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Every problem</source>
        <translation>Todos los problemas</translation>
    </message>
</context>
</TS>
