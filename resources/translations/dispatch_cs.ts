<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
    <context>
        <name>Age</name>
        <message>
            <location filename="../../widgets/clock.py" line="41" />
            <source>never</source>
            <translation>nikdy</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="44" />
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="46" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="48" />
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="49" />
            <source>{n} d</source>
            <translation>{n} d</translation>
        </message>
    </context>
    <context>
        <name>AlertPanel</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="113" />
            <source>No area</source>
            <translation>Bez oblasti</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="106" />
            <source>{n} km</source>
            <translation>{n} km</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="108" />
            <source>{n} m</source>
            <translation>{n} m</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="110" />
            <source>circle r {r}</source>
            <translation>kruh r {r}</translation>
        </message>
    </context>
    <context>
        <name>AlertPanelDock</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="129" />
            <source>Alert</source>
            <translation>Výstraha</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="138" />
            <source>EXERCISE — not a real alert</source>
            <translation>CVIČENÍ — nejde o skutečnou výstrahu</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="156" />
            <source>Origin</source>
            <translation>Původ</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="157" />
            <source>Severity</source>
            <translation>Závažnost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="158" />
            <source>State</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="159" />
            <source>Raised</source>
            <translation>Vyhlášeno</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="160" />
            <source>Sensor</source>
            <translation>Čidlo</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="161" />
            <source>Zone</source>
            <translation>Zóna</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="162" />
            <source>Track</source>
            <translation>Cíl</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="163" />
            <source>Incident</source>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="164" />
            <source>Area</source>
            <translation>Oblast</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="165" />
            <source>CAP identifier</source>
            <translation>Identifikátor CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="166" />
            <source>CAP sender</source>
            <translation>Odesílatel CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="167" />
            <source>CAP event</source>
            <translation>Událost CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="168" />
            <source>Nearby</source>
            <translation>Poblíž</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="184" />
            <source>Acknowledge</source>
            <translation>Potvrdit</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="185" />
            <source>Promote to incident…</source>
            <translation>Převést na událost…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="186" />
            <source>Link to incident…</source>
            <translation>Připojit k události…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="187" />
            <source>Dismiss…</source>
            <translation>Zamítnout…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="274" />
            <source>No alert selected</source>
            <translation>Není vybrána výstraha</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="283" />
            <source>{severity} (exercise)</source>
            <translation>{severity} (cvičení)</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="309" />
            <source>{time} ({age} ago)</source>
            <translation>{time} (před {age})</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="346" />
            <source>Promote alert {id} to an incident</source>
            <translation>Převést výstrahu {id} na událost</translation>
        </message>
    </context>
    <context>
        <name>AlertQueue</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="100" />
            <source>Extreme</source>
            <translation>Extrémní</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="101" />
            <source>Severe</source>
            <translation>Vážná</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="102" />
            <source>Moderate</source>
            <translation>Střední</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="103" />
            <source>Minor</source>
            <translation>Nízká</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="104" />
            <source>Unknown</source>
            <translation>Neznámé</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="111" />
            <source>New</source>
            <translation>Nová</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="112" />
            <source>Acknowledged</source>
            <translation>Potvrzeno</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="113" />
            <source>Promoted</source>
            <translation>Převedeno</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="114" />
            <source>Linked</source>
            <translation>Připojeno</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="115" />
            <source>Dismissed</source>
            <translation>Zamítnuto</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="116" />
            <source>Cancelled</source>
            <translation>Zrušeno</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="123" />
            <source>Zone entry</source>
            <translation>Vstup do zóny</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="124" />
            <source>Zone alarm</source>
            <translation>Poplach v zóně</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="125" />
            <source>CAP</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="126" />
            <source>Radio</source>
            <translation>Rádio</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="299" />
            <source>EXERCISE · {severity}</source>
            <translation>CVIČENÍ · {severity}</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueDock</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="331" />
            <source>Alerts</source>
            <translation>Výstrahy</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueModel</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="211" />
            <source>State</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="212" />
            <source>Severity</source>
            <translation>Závažnost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="213" />
            <source>Origin</source>
            <translation>Původ</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="214" />
            <source>Alert</source>
            <translation>Výstraha</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="215" />
            <source>Zone / sensor</source>
            <translation>Zóna / čidlo</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="216" />
            <source>Age</source>
            <translation>Stáří</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="217" />
            <source>Incident</source>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="261" />
            <source>EXERCISE · {severity}</source>
            <translation>CVIČENÍ · {severity}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="280" />
            <source>Raised {time}</source>
            <translation>Vyhlášeno {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="282" />
            <source>Exercise alert: not real</source>
            <translation>Cvičná výstraha: není skutečná</translation>
        </message>
    </context>
    <context>
        <name>CallController</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="159" />
            <source>{answer} sent to the partner of {call}</source>
            <translation>odpověď {answer} odeslána partnerskému středisku hovoru {call}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="181" />
            <source>{call} at {where}: type the incident type (Tab completes)</source>
            <translation>Volání {call} v místě {where}: zadejte typ události (Tab doplní)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="324" />
            <source>places unavailable</source>
            <translation>místa nedostupná</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="345" />
            <source>no named street nearby</source>
            <translation>žádná pojmenovaná ulice poblíž</translation>
        </message>
    </context>
    <context>
        <name>CallPanelDock</name>
        <message>
            <location filename="../../widgets/call_panel.py" line="151" />
            <source>Call</source>
            <translation>Volání</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="171" />
            <source>Copy coordinates</source>
            <translation>Kopírovat souřadnice</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="174" />
            <source>Verify location</source>
            <translation>Ověřit polohu</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="176" />
            <source>Pick on map</source>
            <translation>Vybrat v mapě</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="182" />
            <source>Use this location</source>
            <translation>Použít tuto polohu</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Source</source>
            <translation>Zdroj</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Position</source>
            <translation>Poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Radius</source>
            <translation>Poloměr</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="210" />
            <source>Answer</source>
            <translation>Přijmout</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="212" />
            <source>Abandoned</source>
            <translation>Zavěšeno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="215" />
            <source>Create incident…</source>
            <translation>Založit událost…</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="217" />
            <source>Release</source>
            <translation>Uvolnit</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="340" />
            <source>Near: {place}</source>
            <translation>Poblíž: {place}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="352" />
            <source>No call selected</source>
            <translation>Není vybráno volání</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="355" />
            <source>(no number)</source>
            <translation>(bez čísla)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="359" />
            <source>Class of service: {cos} — {text}</source>
            <translation>Třída služby: {cos} — {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>Class of service: {cos}</source>
            <translation>Třída služby: {cos}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>unknown</source>
            <translation>neznámé</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="383" />
            <source>Caller's language: {language}</source>
            <translation>Jazyk volajícího: {language}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="397" />
            <source>No location yet</source>
            <translation>Zatím bez polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="399" />
            <source>verified</source>
            <translation>ověřeno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="399" />
            <source>not verified</source>
            <translation>neověřeno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="401" />
            <source>Location: {source} · {verified}</source>
            <translation>Místo: {source} · {verified}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="408" />
            <source>No position</source>
            <translation>Bez polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="410" />
            <source>accuracy unknown</source>
            <translation>přesnost neznámá</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="411" />
            <source>Located at {time}</source>
            <translation>Lokalizováno v {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="451" />
            <source>New automatic fix offered: {details}, {time}</source>
            <translation>Nabídnuta nová automatická poloha: {details}, {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="457" />
            <source>{n} m from the location in force</source>
            <translation>{n} m od platné polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="481" />
            <source>Possible duplicate of {id} ({details})</source>
            <translation>Možný duplikát: {id} ({details})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="485" />
            <source>Possible duplicate of {id}</source>
            <translation>Možný duplikát: {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="487" />
            <source>Attach</source>
            <translation>Připojit</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="508" />
            <source>Ringing {ring}</source>
            <translation>Vyzvání {ring}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="511" />
            <source>Answered · talking {talk} (rang {ring})</source>
            <translation>Přijato · hovor {talk} (vyzvánělo {ring})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="513" />
            <source>{state} · offered {time}</source>
            <translation>{state} · od {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="95" />
            <source>Residence</source>
            <translation>Domácnost</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="96" />
            <source>Business</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="97" />
            <source>PBX, business</source>
            <translation>Pobočková ústředna, firma</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="98" />
            <source>Pay phone</source>
            <translation>Veřejný telefon</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="99" />
            <source>Wireless</source>
            <translation>Mobilní</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="100" />
            <source>Wireless phase I (tower)</source>
            <translation>Mobilní fáze I (BTS)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="101" />
            <source>Wireless phase II (handset)</source>
            <translation>Mobilní fáze II (přístroj)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="102" />
            <source>VoIP</source>
            <translation>VoIP</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="103" />
            <source>VoIP residence</source>
            <translation>VoIP domácnost</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="104" />
            <source>VoIP business</source>
            <translation>VoIP firma</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="105" />
            <source>VoIP mobile</source>
            <translation>VoIP mobil</translation>
        </message>
    </context>
    <context>
        <name>CallQueue</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="82" />
            <source>Ringing</source>
            <translation>Vyzvání</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="83" />
            <source>Answered</source>
            <translation>Přijato</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="84" />
            <source>Abandoned</source>
            <translation>Zavěšeno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="85" />
            <source>Released</source>
            <translation>Uvolněno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="115" />
            <source>No location yet</source>
            <translation>Zatím bez polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="119" />
            <source>No position</source>
            <translation>Bez polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="101" />
            <source>± {n} km</source>
            <translation>± {n} km</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="109" />
            <source>{n}%</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="100" />
            <source>± {n} m</source>
            <translation>± {n} m</translation>
        </message>
    </context>
    <context>
        <name>CallQueueDock</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="307" />
            <source>Calls</source>
            <translation>Volání</translation>
        </message>
    </context>
    <context>
        <name>CallQueueModel</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="198" />
            <source>State</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="199" />
            <source>Number</source>
            <translation>Číslo</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="200" />
            <source>Class</source>
            <translation>Třída</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="201" />
            <source>Source</source>
            <translation>Zdroj</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="202" />
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="203" />
            <source>Location</source>
            <translation>Místo</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="204" />
            <source>Incident</source>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="230" />
            <source>(no number)</source>
            <translation>(bez čísla)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="243" />
            <source>≈ {id}</source>
            <translation>≈ {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="250" />
            <source>Ringing for {t}</source>
            <translation>Vyzvání {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="251" />
            <source>Talking for {t}</source>
            <translation>Hovor {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="252" />
            <source>Abandoned {t} ago</source>
            <translation>Zavěšeno před {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="261" />
            <source>Verified by the call-taker</source>
            <translation>Ověřeno operátorem</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="265" />
            <source>Possible duplicate of {ids}</source>
            <translation>Možný duplikát: {ids}</translation>
        </message>
    </context>
    <context>
        <name>ClockWidget</name>
        <message>
            <location filename="../../widgets/clock.py" line="103" />
            <source>UTC {utc} · Local {local} ({zone})</source>
            <translation>UTC {utc} · místní {local} ({zone})</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="110" />
            <source>UTC {utc}
Local {local}</source>
            <translation>UTC {utc}
Místní {local}</translation>
        </message>
    </context>
    <context>
        <name>CloseIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="167" />
            <source>Close incident {id}</source>
            <extracomment>The short list a dispatcher picks from; the last entry needs free text.</extracomment>
            <translation>Uzavřít událost {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="169" />
            <source>How did incident {id} end?</source>
            <translation>Jak skončila událost {id}?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="178" />
            <source>Details (optional)</source>
            <translation>Podrobnosti (nepovinné)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="180" />
            <source>Close incident</source>
            <translation>Uzavřít událost</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="183" />
            <source>Details</source>
            <translation>Podrobnosti</translation>
        </message>
    </context>
    <context>
        <name>CommandLineWidget</name>
        <message>
            <location filename="../../widgets/command_line.py" line="158" />
            <source>Command (F1 for help), e.g. D 123 E11</source>
            <extracomment>What a position looks like while it is being typed ("60.17", "60°10'N 24"). Keys the line keeps for itself even where the window has a shortcut on them.</extracomment>
            <translation>Příkaz (F1 nápověda), např. D 123 E11</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Command</source>
            <translation>Příkaz</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Meaning</source>
            <translation>Význam</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Also</source>
            <translation>Také</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Example</source>
            <translation>Příklad</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="307" />
            <source>No place found for '{query}'</source>
            <translation>Pro „{query}“ nebylo nalezeno žádné místo</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="468" />
            <source>Picked: {label} (typed: {typed})</source>
            <translation>Vybráno: {label} (zadáno: {typed})</translation>
        </message>
    </context>
    <context>
        <name>ConsoleSession</name>
        <message>
            <location filename="../../console/session/live.py" line="271" />
            <source>STORE UNAVAILABLE — links are not started, nothing is received: {err}</source>
            <translation>ÚLOŽIŠTĚ NEDOSTUPNÉ — spojení nespuštěna, nic se nepřijímá: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="274" />
            <source>Store: unavailable</source>
            <translation>Úložiště: nedostupné</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="485" />
            <source>PAGING AND RADIO NOT STARTED: {err}</source>
            <translation>SVOLÁVÁNÍ A RADIOSTANICE NESPUŠTĚNY: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="584" />
            <source>PARTNER AGENCIES NOT STARTED: {err}</source>
            <translation>SPOJENÍ S PARTNERSKÝMI SLOŽKAMI NESPUŠTĚNO: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="622" />
            <source>NOT ACKNOWLEDGED: {units} — RESEND &lt;unit&gt; [link] or VOICE &lt;unit&gt;</source>
            <translation>NEPOTVRZENO: {units} — RESEND &lt;jednotka&gt; [spojení] nebo VOICE &lt;jednotka&gt;</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="635" />
            <source>{unit}: {label} (radio {link} {address})</source>
            <translation>{unit}: {label} (radiostanice {link} {address})</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="740" />
            <source>the database connection is lost ({why}); the action was not recorded</source>
            <translation>spojení s databází je ztraceno ({why}); akce nebyla zaznamenána</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="744" />
            <source>DATABASE CONNECTION LOST {why} — the picture is frozen as last known; actions are refused until it returns</source>
            <translation>SPOJENÍ S DATABÁZÍ ZTRACENO {why} — obraz je zmrazen v posledním známém stavu; akce jsou odmítány, dokud se spojení neobnoví</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="750" />
            <source>the store cannot be written ({err}); the action was not recorded</source>
            <translation>do úložiště nelze zapisovat ({err}); akce nebyla zaznamenána</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="754" />
            <source>STORE FAILING — received data is held in memory and retried, not yet stored; actions are refused: {err}</source>
            <translation>ÚLOŽIŠTĚ SELHÁVÁ — přijatá data jsou držena v paměti a ukládání se opakuje, zatím neuložena; akce jsou odmítány: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="806" />
            <source>paused: the store is not keeping up</source>
            <translation>pozastaveno: úložiště nestíhá</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="811" />
            <source>{n} datagrams dropped while the store was not keeping up</source>
            <translation>Datagramy zahozené, když úložiště nestíhalo: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="818" />
            <source>{n} datagrams dropped by the system: they came faster than the console could read</source>
            <translation>Datagramy zahozené systémem: přicházely rychleji, než je konzole stihla číst: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="826" />
            <source>{radar} DOWN: {reason}</source>
            <translation>{radar} NEFUNKČNÍ: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="828" />
            <source>{radar} degraded: {reason}</source>
            <translation>{radar} omezeno: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="836" />
            <source>{n} requests refused ({size} not stored)</source>
            <translation>Odmítnuté požadavky: {n} (neuloženo {size})</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="843" />
            <source>{n} slow or idle connections cut</source>
            <translation>Přerušená pomalá nebo nečinná spojení: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="846" />
            <source>{n} connections refused at the cap</source>
            <translation>Spojení odmítnutá na limitu: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="870" />
            <source>Store: {where} · {n} events</source>
            <translation>Úložiště: {where} · záznamů: {n}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="182" />
            <source>Unexpected error</source>
            <translation>Neočekávaná chyba</translation>
        </message>
    </context>
    <context>
        <name>DismissAlertDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="356" />
            <source>Dismiss alert {id}</source>
            <extracomment>Common reasons to dismiss an alert; the last entry needs free text.</extracomment>
            <translation>Zamítnout výstrahu {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="357" />
            <source>Why is alert {id} dismissed?</source>
            <translation>Proč je výstraha {id} zamítnuta?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="364" />
            <source>Details</source>
            <translation>Podrobnosti</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="366" />
            <source>Dismiss alert</source>
            <translation>Zamítnout výstrahu</translation>
        </message>
    </context>
    <context>
        <name>DispatchController</name>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="245" />
            <source>handed over to {partner}</source>
            <translation>předáno středisku {partner}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="304" />
            <source>{unit} paged again ({notice})</source>
            <translation>{unit} znovu vyrozuměna ({notice})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="434" />
            <source>places unavailable: give @ lat,lon</source>
            <translation>místa nedostupná: zadejte @ šířka,délka</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="450" />
            <source>places unavailable</source>
            <translation>místa nedostupná</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="466" />
            <source>places unavailable ({why}): coordinates only</source>
            <translation>místa nedostupná ({why}): jen souřadnice</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialogs</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="109" />
            <source>Handled on scene</source>
            <translation>Vyřešeno na místě</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="110" />
            <source>Transported</source>
            <translation>Transportováno</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="111" />
            <source>False alarm</source>
            <translation>Planý poplach</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="112" />
            <source>Cancelled by caller</source>
            <translation>Zrušeno volajícím</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="113" />
            <source>Unable to locate</source>
            <translation>Nepodařilo se najít</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="114" />
            <source>Referred to other agency</source>
            <translation>Předáno jiné složce</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="115" />
            <source>Other</source>
            <translation>Jiné</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="341" />
            <source>Known activity</source>
            <translation>Známá činnost</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="342" />
            <source>Duplicate of another alert</source>
            <translation>Duplikát jiné výstrahy</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="343" />
            <source>Outside our area</source>
            <translation>Mimo náš obvod</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="344" />
            <source>Sensor fault</source>
            <translation>Porucha čidla</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="534" />
            <source>Open a store to replay</source>
            <translation>Otevřít úložiště k přehrání</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="597" />
            <source>(no raw bytes)</source>
            <translation>(žádná surová data)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="536" />
            <source>Stores (*.sqlite *.db)</source>
            <translation>Úložiště (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="536" />
            <source>All files (*)</source>
            <translation>Všechny soubory (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="567" />
            <source>Raw bytes</source>
            <translation>Surová data</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="568" />
            <source>Decoded when stored</source>
            <translation>Dekódováno při uložení</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="569" />
            <source>Decoded today</source>
            <translation>Dekódováno dnes</translation>
        </message>
    </context>
    <context>
        <name>DrillSession</name>
        <message>
            <location filename="../../console/session/drill.py" line="164" />
            <source>DRILL FEEDS UNAVAILABLE — the drill cannot run: {err}</source>
            <translation>ZDROJE CVIČENÍ NEDOSTUPNÉ — cvičení nelze spustit: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="174" />
            <source>The drill cannot run: the drill store did not open.</source>
            <translation>Cvičení nelze spustit: úložiště cvičení se neotevřelo.</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="231" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>CVIČENÍ NESPUŠTĚNO — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="248" />
            <source>The drill radio did not start; crews report without it: {err}</source>
            <translation>Cvičná radiová síť se nespustila; posádky hlásí bez ní: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="370" />
            <source>The report could not be written: {err}</source>
            <translation>Zprávu se nepodařilo zapsat: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="399" />
            <source>Answering calls</source>
            <translation>Přijímání volání</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="400" />
            <source>Call to dispatch</source>
            <translation>Od volání po vyslání</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="401" />
            <source>Incidents handled</source>
            <translation>Vyřízené události</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="402" />
            <source>Alerts handled</source>
            <translation>Vyřízené výstrahy</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="413" />
            <location filename="../../console/session/drill.py" line="414" />
            <source>calls answered</source>
            <translation>přijatá volání</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="415" />
            <source>high-priority calls dispatched</source>
            <translation>vyslaná volání s vysokou naléhavostí</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="416" />
            <source>alerts handled</source>
            <translation>vyřízené výstrahy</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="417" />
            <source>NOT ACKNOWLEDGED alarms acted on</source>
            <translation>Reakce na poplachy NEPOTVRZENO</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="420" />
            <source>{what} within {target} s: none to measure</source>
            <translation>{what} do {target} s: nic k měření</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="423" />
            <source>{what} within {target} s: {within} of {count} (target {pct} %)</source>
            <translation>{what} do {target} s: {within} z {count} (cíl {pct} %)</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="91" />
            <source>Copy</source>
            <translation>Kopírovat</translation>
        </message>
        <message>
            <location filename="../../widgets/error_dialog.py" line="92" />
            <source>Copy the error and its details to the clipboard</source>
            <translation>Zkopírovat chybu a podrobnosti do schránky</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/error_dialog.py" line="120" />
            <source>%n error(s) occurred; see the details below.</source>
            <translation>
                <numerusform>Vyskytla se %n chyba; podrobnosti níže.</numerusform>
                <numerusform>Vyskytly se %n chyby; podrobnosti níže.</numerusform>
                <numerusform>Vyskytlo se %n chyb; podrobnosti níže.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLogDock</name>
        <message>
            <location filename="../../widgets/event_log.py" line="281" />
            <source>Event log</source>
            <translation>Deník událostí</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="288" />
            <source>Filter by source, kind, text or error</source>
            <translation>Filtrovat podle zdroje, druhu, textu nebo chyby</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="291" />
            <source>Errors only</source>
            <translation>Jen chyby</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../widgets/event_log.py" line="164" />
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="165" />
            <source>Source</source>
            <translation>Zdroj</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="166" />
            <source>Kind</source>
            <translation>Druh</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="167" />
            <source>Summary</source>
            <translation>Shrnutí</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="168" />
            <source>Rejected because</source>
            <translation>Odmítnuto, protože</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="199" />
            <source>{kind} (rejected)</source>
            <translation>{kind} (odmítnuto)</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="210" />
            <source>#{seq} received {when} {zone}
{summary}</source>
            <translation>#{seq} přijato {when} {zone}
{summary}</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="214" />
            <source>Rejected: {reason}</source>
            <translation>Odmítnuto: {reason}</translation>
        </message>
    </context>
    <context>
        <name>IdleLockOverlay</name>
        <message>
            <location filename="../../widgets/idle_lock.py" line="119" />
            <source>POSITION LOCKED</source>
            <translation>PRACOVIŠTĚ ZAMČENO</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="132" />
            <source>Password</source>
            <translation>Heslo</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="142" />
            <source>Change &amp;operator…</source>
            <translation>Změnit &amp;operátora…</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="146" />
            <source>&amp;Unlock</source>
            <translation>&amp;Odemknout</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="163" />
            <source>{who} — the picture stays live; type your password to unlock.</source>
            <translation>{who} — obraz zůstává živý; pro odemčení zadejte heslo.</translation>
        </message>
    </context>
    <context>
        <name>IncidentPanelDock</name>
        <message>
            <location filename="../../widgets/incident_panel.py" line="89" />
            <source>Incident</source>
            <extracomment>A unit's row while its notification alarm stands (red, readable with white text).</extracomment>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="112" />
            <source>Copy</source>
            <translation>Kopírovat</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="113" />
            <source>Copy latitude, longitude</source>
            <translation>Kopírovat zeměpisnou šířku, délku</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="120" />
            <source>Unit</source>
            <translation>Jednotka</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="121" />
            <source>Status</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="122" />
            <source>In status</source>
            <translation>Ve stavu</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="123" />
            <source>Dispatched</source>
            <translation>Vysláno</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="124" />
            <source>ETA</source>
            <translation>Dojezd</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="125" />
            <source>Reached</source>
            <translation>Vyrozumění</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="146" />
            <source>No notes yet</source>
            <translation>Zatím bez poznámek</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="148" />
            <source>Add a note, Enter to save</source>
            <translation>Přidat poznámku, Enter uloží</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="150" />
            <source>Recommend</source>
            <translation>Doporučit</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="152" />
            <source>Close…</source>
            <translation>Uzavřít…</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="261" />
            <source>No incident selected</source>
            <translation>Není vybrána událost</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="270" />
            <source>{id} · {type}</source>
            <translation>{id} · {type}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="275" />
            <source>P{n}</source>
            <translation>P{n}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="277" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>Naléhavost {n} (1 je nejvyšší)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="284" />
            <source>(no address)</source>
            <translation>(bez adresy)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="298" />
            <source>✓ Verified: {label} ({kind}, {distance} m)</source>
            <translation>✓ Ověřeno: {label} ({kind}, {distance} m)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="304" />
            <source>forced point</source>
            <translation>vynucený bod</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="304" />
            <source>automatic position</source>
            <translation>automatická poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="305" />
            <source>⚠ UNVERIFIED ({why})</source>
            <translation>⚠ NEOVĚŘENO ({why})</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="308" />
            <source>Nearest: {near}</source>
            <translation>Nejblíže: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="311" />
            <source>(nothing typed)</source>
            <translation>(nic nezadáno)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="312" />
            <source>Typed: {typed}</source>
            <translation>Zadáno: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="314" />
            <source>Places index: {build}</source>
            <translation>Rejstřík míst: {build}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="321" />
            <source>{time}  {operator}: {text}</source>
            <translation>{time}  {operator}: {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="342" />
            <source>Created {time} · open {age}</source>
            <translation>Založeno {time} · otevřeno {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="363" />
            <source>due</source>
            <translation>teď</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="413" />
            <source>Partner {name} — {step}</source>
            <translation>Partnerské středisko {name} — {step}</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueDock</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="279" />
            <source>Incidents</source>
            <translation>Události</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueModel</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="160" />
            <source>Incident</source>
            <extracomment>Background of the priority cell; text is drawn white on 1, 2 and 4.</extracomment>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="161" />
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="162" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="163" />
            <source>Location</source>
            <translation>Místo</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="164" />
            <source>Age</source>
            <translation>Stáří</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="165" />
            <source>Units</source>
            <translation>Jednotky</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="179" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>Naléhavost {n} (1 je nejvyšší)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="209" />
            <source>Typed: {typed}</source>
            <translation>Zadáno: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="212" />
            <source>Verified: {label} ({kind}, {distance} m)</source>
            <translation>Ověřeno: {label} ({kind}, {distance} m)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="219" />
            <source>UNVERIFIED: a forced point</source>
            <translation>NEOVĚŘENO: vynucený bod</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="221" />
            <source>UNVERIFIED: an automatic position</source>
            <translation>NEOVĚŘENO: automatická poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="224" />
            <source>Nearest: {near}</source>
            <translation>Nejblíže: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="229" />
            <source>Places index: {build}</source>
            <translation>Rejstřík míst: {build}</translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="208" />
            <source>EXERCISE — drill report, not a real incident</source>
            <translation>CVIČENÍ — zpráva ze cvičení, nejde o skutečnou událost</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="364" />
            <source>EXERCISE — DRILL — NOT A REAL INCIDENT</source>
            <translation>CVIČENÍ — CVIČNÝ ZÁSAH — NEJDE O SKUTEČNOU UDÁLOST</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="195" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="196" />
            <source>Priority</source>
            <translation>Naléhavost</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="197" />
            <source>Location</source>
            <translation>Místo</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="198" />
            <source>Coordinates</source>
            <translation>Souřadnice</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="199" />
            <source>Created</source>
            <translation>Založeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="200" />
            <source>Closed</source>
            <translation>Uzavřeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="201" />
            <source>Disposition</source>
            <translation>Výsledek zásahu</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="202" />
            <source>Calls</source>
            <translation>Volání</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="203" />
            <source>Alerts</source>
            <translation>Výstrahy</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="204" />
            <source>Units</source>
            <translation>Jednotky</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="279" />
            <source>Incident report {incident}</source>
            <translation>Zpráva o události {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Interval</source>
            <translation>Interval</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Duration</source>
            <translation>Trvání</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Who</source>
            <translation>Kdo</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Event</source>
            <translation>Záznam</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="281" />
            <source>EXERCISE</source>
            <translation>CVIČENÍ</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="376" />
            <source>page {page} of {pages}</source>
            <translation>strana {page} z {pages}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="199" />
            <source>by</source>
            <translation>kdo</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="216" />
            <source>Incident report</source>
            <translation>Zpráva o události</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="217" />
            <source>times in</source>
            <translation>časy v</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="218" />
            <source>generated</source>
            <translation>vytvořeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="228" />
            <source>Response intervals</source>
            <translation>Časové úseky zásahu</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="243" />
            <source>Timeline</source>
            <translation>Časová osa</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="226" />
            <source>Map data</source>
            <translation>Mapová data</translation>
        </message>
    </context>
    <context>
        <name>IncidentType</name>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Structure fire</source>
            <extracomment>structure-fire</extracomment>
            <translation>Požár budovy</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Vehicle fire</source>
            <extracomment>vehicle-fire</extracomment>
            <translation>Požár vozidla</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Automatic fire alarm</source>
            <extracomment>alarm-fire-automatic</extracomment>
            <translation>Automatická signalizace požáru (EPS)</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Hazardous materials leak</source>
            <extracomment>hazmat-leak</extracomment>
            <translation>Únik nebezpečné látky</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Person in water</source>
            <extracomment>person-in-water</extracomment>
            <translation>Osoba ve vodě</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision with injuries</source>
            <extracomment>traffic-collision-injury</extracomment>
            <translation>Dopravní nehoda se zraněním</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision, no injuries</source>
            <extracomment>traffic-collision-minor</extracomment>
            <translation>Dopravní nehoda bez zranění</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Cardiac arrest</source>
            <extracomment>cardiac-arrest</extracomment>
            <translation>Náhlá zástava oběhu</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Medical emergency</source>
            <extracomment>medical-emergency</extracomment>
            <translation>Náhlé onemocnění</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Breathing difficulty</source>
            <extracomment>breathing-difficulty</extracomment>
            <translation>Dušnost</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Fall with injury</source>
            <extracomment>fall-injury</extracomment>
            <translation>Pád se zraněním</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Burglary in progress</source>
            <extracomment>burglary-in-progress</extracomment>
            <translation>Probíhající vloupání</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Assault</source>
            <extracomment>assault</extracomment>
            <translation>Napadení</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Domestic disturbance</source>
            <extracomment>domestic-disturbance</extracomment>
            <translation>Domácí násilí</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Missing person</source>
            <extracomment>missing-person</extracomment>
            <translation>Pohřešovaná osoba</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Public disorder</source>
            <extracomment>public-disorder</extracomment>
            <translation>Narušení veřejného pořádku</translation>
        </message>
    </context>
    <context>
        <name>IncidentTypeDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="229" />
            <source>Create incident from call {id}</source>
            <translation>Založit událost z volání {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="232" />
            <source>Type to filter incident types</source>
            <translation>Pište pro filtrování typů událostí</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="241" />
            <source>{name} ({discipline})</source>
            <translation>{name} ({discipline})</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="253" />
            <source>Create incident</source>
            <translation>Založit událost</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../widgets/i18n.py" line="311" />
            <source>&amp;Language</source>
            <translation>&amp;Jazyk</translation>
        </message>
        <message>
            <location filename="../../widgets/i18n.py" line="331" />
            <source>The console will speak the chosen language from its next start.</source>
            <translation>Konzole bude mluvit zvoleným jazykem od příštího spuštění.</translation>
        </message>
    </context>
    <context>
        <name>LinkIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="405" />
            <source>Link alert {id} to an incident</source>
            <translation>Připojit výstrahu {id} k události</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="408" />
            <source>Incident or call id</source>
            <translation>Číslo události nebo volání</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="416" />
            <source>Link</source>
            <translation>Spojení</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="418" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="421" />
            <source>Nearby incidents and calls</source>
            <translation>Události a volání poblíž</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusDock</name>
        <message>
            <location filename="../../widgets/link_status.py" line="238" />
            <source>Links</source>
            <translation>Spojení</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusModel</name>
        <message>
            <location filename="../../widgets/link_status.py" line="74" />
            <source>Link</source>
            <translation>Spojení</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="75" />
            <source>Endpoint</source>
            <translation>Koncový bod</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="76" />
            <source>Protocol</source>
            <translation>Protokol</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="77" />
            <source>State</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="78" />
            <source>Bytes</source>
            <translation>Bajty</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="79" />
            <source>Frames</source>
            <translation>Rámce</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="80" />
            <source>Errors</source>
            <translation>Chyby</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="81" />
            <source>Last frame</source>
            <translation>Poslední rámec</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="82" />
            <source>Notes</source>
            <translation>Poznámky</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="83" />
            <source>Last error</source>
            <translation>Poslední chyba</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="88" />
            <source>up</source>
            <translation>v provozu</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="89" />
            <source>connecting</source>
            <translation>připojuje se</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="90" />
            <source>down</source>
            <translation>nefunkční</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="91" />
            <source>stopped</source>
            <translation>zastaveno</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="124" />
            <source>Last error: {error}</source>
            <translation>Poslední chyba: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../console/main_window.py" line="167" />
            <source>Replay — {site}</source>
            <translation>Přehrávání — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="167" />
            <source>Dispatch console — {site}</source>
            <translation>Dispečerská konzole — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="258" />
            <source>Store: opening…</source>
            <translation>Úložiště: otevírá se…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="286" />
            <source>&amp;File</source>
            <translation>&amp;Soubor</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="287" />
            <source>Open &amp;replay…</source>
            <translation>Otevřít &amp;přehrávání…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="291" />
            <source>&amp;Quit</source>
            <translation>&amp;Ukončit</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="296" />
            <source>&amp;View</source>
            <translation>&amp;Zobrazení</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="297" />
            <source>&amp;Fit map to site</source>
            <translation>&amp;Přizpůsobit mapu oblasti</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="301" />
            <source>&amp;Map in its own window</source>
            <translation>&amp;Mapa ve vlastním okně</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="305" />
            <source>Put the map in a window of its own, on another screen if there is one</source>
            <translation>Přesunout mapu do samostatného okna, na další obrazovku, pokud je</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="309" />
            <source>&amp;Wallboard</source>
            <translation>&amp;Nástěnka</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="312" />
            <source>The room at a glance, for a supervisor's desk or a wall (F11: full screen)</source>
            <translation>Sál na první pohled, pro stůl vedoucího směny nebo na stěnu (F11: celá obrazovka)</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="317" />
            <source>&amp;Units as</source>
            <translation>&amp;Jednotky jako</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="321" />
            <source>&amp;Command line</source>
            <translation>&amp;Příkazový řádek</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="327" />
            <source>&amp;Go to</source>
            <translation>&amp;Přejít na</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="348" />
            <source>Toggle day/night</source>
            <translation>Přepnout den/noc</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="352" />
            <source>&amp;Reset layout</source>
            <translation>&amp;Obnovit rozložení</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="361" />
            <source>&amp;Help</source>
            <translation>&amp;Nápověda</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="362" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Klávesové zkratky</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="366" />
            <source>&amp;About</source>
            <translation>&amp;O programu</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="372" />
            <source>&amp;Operator</source>
            <translation>&amp;Operátor</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="374" />
            <source>&amp;Change operator…</source>
            <translation>&amp;Změnit operátora…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="375" />
            <source>&amp;Lock position</source>
            <translation>Za&amp;mknout pracoviště</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="376" />
            <source>&amp;Sign out</source>
            <translation>O&amp;dhlásit</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="377" />
            <source>&amp;Manage operators…</source>
            <translation>&amp;Správa operátorů…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="419" />
            <source>Right-click — status changes, recommend, new incident here</source>
            <translation>Pravé tlačítko — změny stavu, doporučení, nová událost zde</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="418" />
            <source>Mouse wheel — zoom; drag — pan; click a unit — select it</source>
            <translation>Kolečko myši — přiblížení; tažení — posun; klik na jednotku — výběr</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="421" />
            <source>Keyboard shortcuts</source>
            <translation>Klávesové zkratky</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="426" />
            <source>About</source>
            <translation>O programu</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="428" />
            <source>Dispatch console
Site: {site}
Map data © OpenStreetMap contributors (ODbL).</source>
            <translation>Dispečerská konzole
Oblast: {site}
Mapová data © přispěvatelé OpenStreetMap (ODbL).</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="471" />
            <source>DRILL — EXERCISE, NOT LIVE — {title}</source>
            <translation>CVIČENÍ — NENÍ OSTRÝ PROVOZ — {title}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="489" />
            <source>DRILL — {title} — {site}</source>
            <translation>CVIČENÍ — {title} — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="504" />
            <source>Map — {site}</source>
            <translation>Mapa — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="515" />
            <source>The map is in its own window on screen {screen}.
Ctrl+Shift+M brings it back here.</source>
            <translation>Mapa je ve vlastním okně na obrazovce {screen}.
Ctrl+Shift+M ji vrátí sem.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="558" />
            <source>Screen {screen} for the map is not connected: the map is here.</source>
            <translation>Obrazovka {screen} pro mapu není připojena: mapa je zde.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="578" />
            <source>Screen {screen} was disconnected: the map is back here.</source>
            <translation>Obrazovka {screen} byla odpojena: mapa je zpět zde.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="614" />
            <location filename="../../console/main_window.py" line="634" />
            <source>Unit</source>
            <translation>Jednotka</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="615" />
            <location filename="../../console/main_window.py" line="651" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="616" />
            <location filename="../../console/main_window.py" line="638" />
            <source>ETA</source>
            <translation>Dojezd</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="617" />
            <source>Route</source>
            <translation>Trasa</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="618" />
            <source>Fix</source>
            <translation>Poloha</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="619" />
            <source>Reason</source>
            <translation>Důvod</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="625" />
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="626" />
            <source>Source</source>
            <translation>Zdroj</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="627" />
            <source>Position</source>
            <translation>Poloha</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="628" />
            <source>Radius</source>
            <translation>Poloměr</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="635" />
            <source>Status</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="636" />
            <source>In status</source>
            <translation>Ve stavu</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="637" />
            <source>Dispatched</source>
            <translation>Vysláno</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="649" />
            <source>Incident</source>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="650" />
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="652" />
            <source>Location</source>
            <translation>Místo</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="653" />
            <source>Age</source>
            <translation>Stáří</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="654" />
            <source>Units</source>
            <translation>Jednotky</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="181" />
            <source>&amp;Sound</source>
            <translation>&amp;Zvuk</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="183" />
            <source>&amp;Mute sounds</source>
            <translation>&amp;Ztlumit zvuky</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="198" />
            <source>Sound &amp;settings…</source>
            <translation>&amp;Nastavení zvuku…</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="240" />
            <source>SITE NOT LOADED — no links are running: {err}</source>
            <translation>OBLAST NENAČTENA — žádná spojení neběží: {err}</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="242" />
            <source>Store: not opened</source>
            <translation>Úložiště: neotevřeno</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="305" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>CVIČENÍ NESPUŠTĚNO — {err}</translation>
        </message>
    </context>
    <context>
        <name>MapWidget</name>
        <message>
            <location filename="../../widgets/map/overlay.py" line="36" />
            <source>{0} km</source>
            <translation>{0} km</translation>
        </message>
        <message>
            <location filename="../../widgets/map/overlay.py" line="37" />
            <source>{0} m</source>
            <translation>{0} m</translation>
        </message>
        <message>
            <location filename="../../widgets/map/routes.py" line="95" />
            <source>{unit} ETA {eta}</source>
            <translation>{unit} dojezd {eta}</translation>
        </message>
        <message>
            <location filename="../../widgets/map_widget.py" line="412" />
            <source>{0} · no fix</source>
            <translation>{0} · bez polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="166" />
            <source>EXERCISE</source>
            <translation>CVIČENÍ</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="189" />
            <source>E</source>
            <translation>C</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="217" />
            <source>Raised {0}</source>
            <translation>Vyhlášeno {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>DOWN</source>
            <translation>NEFUNKČNÍ</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>degraded</source>
            <translation>omezeno</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="307" />
            <source>Sensor ({0})</source>
            <translation>Čidlo ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="377" />
            <source>Verified</source>
            <translation>Ověřeno</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="379" />
            <source>New automatic fix offered</source>
            <translation>Nabídnuta nová automatická poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="370" />
            <source>Located {time} ({age})</source>
            <translation>Lokalizováno {time} ({age})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="368" />
            <source>(no number)</source>
            <translation>(bez čísla)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="45" />
            <source>Recommend units</source>
            <translation>Doporučit jednotky</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="56" />
            <source>New incident here…</source>
            <translation>Nová událost zde…</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="32" />
            <source>never</source>
            <translation>nikdy</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="38" />
            <source>{0} h ago</source>
            <translation>před {0} h</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="35" />
            <source>{0} s ago</source>
            <translation>před {0} s</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="37" />
            <source>{0} min ago</source>
            <translation>před {0} min</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="46" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="47" />
            <source>Status: {0}</source>
            <translation>Stav: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="48" />
            <source>Fix: {0}</source>
            <translation>Poloha: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="57" />
            <source>No fix: shown at its station</source>
            <translation>Bez polohy: zobrazena na své stanici</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="52" />
            <source>No fix: shown at incident {0} by its status</source>
            <translation>Bez polohy: zobrazena u události {0} podle stavu</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="61" />
            <source>No position</source>
            <translation>Bez polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="69" />
            <source>Station ({0})</source>
            <translation>Stanice ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="362" />
            <source>Speed: {0}</source>
            <translation>Rychlost: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="363" />
            <source>unknown</source>
            <translation>neznámé</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="367" />
            <source>Course: {0}</source>
            <translation>Kurz: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="373" />
            <source>Last plot: {0} s ago</source>
            <translation>Poslední záznam: před {0} s</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="363" />
            <source>{0} km/h</source>
            <translation>{0} km/h</translation>
        </message>
    </context>
    <context>
        <name>OperatorConsole</name>
        <message>
            <location filename="../../console/session/operator_console.py" line="125" />
            <source>EMERGENCY SESSION: {name} ({role}), {left} min left</source>
            <translation>NOUZOVÁ RELACE: {name} ({role}), zbývá {left} min</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="131" />
            <source>NOBODY SIGNED IN — actions are refused (Operator ▸ Change operator)</source>
            <translation>NIKDO NENÍ PŘIHLÁŠEN — akce jsou odmítány (Operátor ▸ Změnit operátora)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="135" />
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="137" />
            <source>{who} — no password yet: full rights of this store file</source>
            <translation>{who} — zatím bez hesla: plná práva k tomuto souboru úložiště</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="141" />
            <source>{who} — LOCKED</source>
            <translation>{who} — ZAMČENO</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="150" />
            <source>BREAK-GLASS EMERGENCY SESSION — {name} at {position} until {until} UTC: {reason}</source>
            <translation>NOUZOVÝ PŘÍSTUP (ROZBIJ SKLO) — {name} na pracovišti {position} do {until} UTC: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="170" />
            <source>signed in as {name}: the database has stored it</source>
            <translation>přihlášen(a) jako {name}: databáze to uložila</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="195" />
            <source>Change operator — {name} hands over</source>
            <translation>Změna operátora — {name} předává službu</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="316" />
            <source>{name} has no password, so this position cannot lock: set one (dispatch-console operators passwd STORE {name})</source>
            <translation>{name} nemá heslo, proto toto pracoviště nelze zamknout: nastavte ho (dispatch-console operators passwd STORE {name})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="382" />
            <source>{name} added ({role})</source>
            <translation>Přidáno: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="388" />
            <source>{name} is now {role}</source>
            <translation>{name} má nyní roli {role}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="394" />
            <source>{name} disabled</source>
            <translation>Zablokováno: {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="400" />
            <source>password of {name} changed</source>
            <translation>Heslo operátora {name} změněno</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="58" />
            <source>Operators</source>
            <translation>Operátoři</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Name</source>
            <translation>Jméno</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>State</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Signed in at</source>
            <translation>Přihlášen v</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="80" />
            <source>&amp;Name</source>
            <translation>&amp;Jméno</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="81" />
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="82" />
            <source>New &amp;password</source>
            <translation>Nové &amp;heslo</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="83" />
            <source>&amp;Again</source>
            <translation>&amp;Znovu</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="84" />
            <source>Reason (disable)</source>
            <translation>Důvod (zablokování)</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="92" />
            <source>A&amp;dd</source>
            <translation>&amp;Přidat</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="93" />
            <source>Set r&amp;ole</source>
            <translation>Nastavit &amp;roli</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="94" />
            <source>Reset pass&amp;word</source>
            <translation>Obnovit &amp;heslo</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="95" />
            <source>D&amp;isable</source>
            <translation>Za&amp;blokovat</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="96" />
            <source>&amp;Close</source>
            <translation>&amp;Zavřít</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="111" />
            <source>disabled</source>
            <translation>zablokován</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="111" />
            <source>enabled</source>
            <translation>aktivní</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="113" />
            <source>, no password</source>
            <translation>, bez hesla</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="132" />
            <source>Type or select an operator's name.</source>
            <translation>Zadejte nebo vyberte jméno operátora.</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="138" />
            <source>The two passwords differ.</source>
            <translation>Hesla se neshodují.</translation>
        </message>
    </context>
    <context>
        <name>PlaceCompleterWidget</name>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Place</source>
            <translation>Místo</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Kind</source>
            <translation>Druh</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Locality</source>
            <translation>Obec</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Match</source>
            <translation>Shoda</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="57" />
            <source>site name</source>
            <translation>název objektu</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="58" />
            <source>address</source>
            <translation>adresa</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="59" />
            <source>street</source>
            <translation>ulice</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="60" />
            <source>corner</source>
            <translation>křižovatka</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="61" />
            <source>landmark</source>
            <translation>orientační bod</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="62" />
            <source>area</source>
            <translation>oblast</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="63" />
            <source>coordinates</source>
            <translation>souřadnice</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="75" />
            <location filename="../../widgets/place_completer.py" line="77" />
            <source>exact</source>
            <translation>přesně</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="78" />
            <source>fuzzy</source>
            <translation>přibližně</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="79" />
            <source>partial</source>
            <translation>částečně</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="81" />
            <source>{how} {score} %</source>
            <translation>{how} {score} %</translation>
        </message>
    </context>
    <context>
        <name>PlaceSearchWidget</name>
        <message>
            <location filename="../../widgets/place_search.py" line="48" />
            <source>Find a place (Ctrl+F): address, corner, landmark</source>
            <translation>Hledat místo (Ctrl+F): adresa, křižovatka, orientační bod</translation>
        </message>
        <message>
            <location filename="../../widgets/place_search.py" line="87" />
            <source>No place found for '{query}'</source>
            <translation>Pro „{query}“ nebylo nalezeno žádné místo</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanelDock</name>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="74" />
            <source>Recommendation</source>
            <translation>Doporučení</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="98" />
            <source>Unit</source>
            <translation>Jednotka</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="99" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="100" />
            <source>ETA</source>
            <translation>Dojezd</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="101" />
            <source>Route</source>
            <translation>Trasa</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="102" />
            <source>Fix</source>
            <translation>Poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="103" />
            <source>Reason</source>
            <translation>Důvod</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="125" />
            <source>Dispatch (Enter)</source>
            <translation>Vyslat (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="210" />
            <source>No recommendation</source>
            <translation>Bez doporučení</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="213" />
            <source>No recommendation for incident {incident}</source>
            <translation>Žádné doporučení pro událost {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="220" />
            <source>Recommendation for incident {incident}</source>
            <translation>Doporučení pro událost {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="243" />
            <source>{type} ×{count}</source>
            <translation>{type} ×{count}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="274" />
            <source>{km} km</source>
            <translation>{km} km</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="277" />
            <source>from station</source>
            <translation>ze stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="279" />
            <source>{age} ago</source>
            <translation>před {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="329" />
            <source>{picked} of {wanted} picked</source>
            <translation>Vybráno {picked} z {wanted}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="343" />
            <source>Select an incident; R recommends units.</source>
            <translation>Vyberte událost; R doporučí jednotky.</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="346" />
            <source>R {incident} recommends units for it.</source>
            <translation>R {incident} doporučí pro ni jednotky.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="352" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>%n jednotka, změněno dispečerem</numerusform>
                <numerusform>%n jednotky, změněno dispečerem</numerusform>
                <numerusform>%n jednotek, změněno dispečerem</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="355" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>%n jednotka, podle doporučení</numerusform>
                <numerusform>%n jednotky, podle doporučení</numerusform>
                <numerusform>%n jednotek, podle doporučení</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReplaySession</name>
        <message>
            <location filename="../../console/session/replay.py" line="135" />
            <source>REPLAY OF A DRILL — read-only — {where} — {verdict}</source>
            <translation>PŘEHRÁVÁNÍ CVIČENÍ — jen ke čtení — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="137" />
            <source>REPLAY — read-only — {where} — {verdict}</source>
            <translation>PŘEHRÁVÁNÍ — jen ke čtení — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="142" />
            <source>Replay: the store holds no events</source>
            <translation>Přehrávání: úložiště neobsahuje žádné záznamy</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="156" />
            <source>drill</source>
            <translation>cvičení</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="159" />
            <source>Replay — DRILL — {title} — {site}</source>
            <translation>Přehrávání — CVIČENÍ — {title} — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="213" />
            <source>Wallboard — REPLAY — {site}</source>
            <translation>Nástěnka — PŘEHRÁVÁNÍ — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="215" />
            <source>Wallboard — REPLAY OF A DRILL — {site}</source>
            <translation>Nástěnka — PŘEHRÁVÁNÍ CVIČENÍ — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="366" />
            <source>Replay at {time} · event {seq}</source>
            <translation>Přehrávání v {time} · záznam {seq}</translation>
        </message>
    </context>
    <context>
        <name>SensorLayer</name>
        <message>
            <location filename="../../widgets/map/sensors.py" line="224" />
            <source>{name} (down)</source>
            <translation>{name} (nefunkční)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/sensors.py" line="225" />
            <source>{name} (degraded)</source>
            <translation>{name} (omezeno)</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../widgets/command_help.py" line="78" />
            <source>bring the unit board forward and focus it</source>
            <extracomment>(window attribute of the dock, key, name): Ctrl+n brings the dock forward and focuses it.</extracomment>
            <translation>přenést tabuli jednotek do popředí a zaměřit</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="79" />
            <source>bring the event log forward and focus it</source>
            <translation>přenést deník událostí do popředí a zaměřit</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="80" />
            <source>bring the link status forward and focus it</source>
            <translation>přenést stav spojení do popředí a zaměřit</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="81" />
            <source>bring the incident list forward and focus it</source>
            <translation>přenést seznam událostí do popředí a zaměřit</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="84" />
            <source>bring the incident card forward and focus it</source>
            <translation>přenést kartu události do popředí a zaměřit</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="87" />
            <source>bring the recommendation forward and focus it</source>
            <translation>přenést doporučení do popředí a zaměřit</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="90" />
            <source>bring the call list forward and focus it</source>
            <translation>přenést seznam volání do popředí a zaměřit</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="91" />
            <source>bring the call card forward and focus it</source>
            <translation>přenést kartu volání do popředí a zaměřit</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="92" />
            <source>bring the alert list forward and focus it</source>
            <translation>přenést seznam výstrah do popředí a zaměřit</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="96" />
            <source>command line</source>
            <translation>příkazový řádek</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="99" />
            <source>back to the command line from any dock</source>
            <translation>zpět na příkazový řádek z kteréhokoli panelu</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="104" />
            <source>in the command line: the commands; elsewhere: the shortcut list</source>
            <translation>v příkazovém řádku: příkazy; jinde: seznam klávesových zkratek</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="110" />
            <source>in the command line: complete the word</source>
            <translation>v příkazovém řádku: doplnit slovo</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="115" />
            <source>in the command line: earlier lines, or the place list</source>
            <translation>v příkazovém řádku: dřívější řádky, nebo seznam míst</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="121" />
            <source>on a unit (board, tiles or map): the status changes it allows</source>
            <translation>na jednotce (tabule, dlaždice nebo mapa): povolené změny stavu</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="128" />
            <source>find a place (address, corner, landmark) and centre the map on it</source>
            <translation>najít místo (adresu, křižovatku, orientační bod) a vystředit na ně mapu</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="132" />
            <source>fit the map to the site</source>
            <translation>přizpůsobit mapu celému území</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="133" />
            <source>day / night theme</source>
            <translation>denní / noční vzhled</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="135" />
            <source>mute or unmute this position's sounds</source>
            <translation>ztlumit nebo zapnout zvuky tohoto pracoviště</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="139" />
            <source>the map in its own window (second screen) and back</source>
            <translation>mapa ve vlastním okně (druhá obrazovka) a zpět</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="143" />
            <source>the supervisor's wallboard (full screen: F11)</source>
            <translation>nástěnka vedoucího směny (celá obrazovka: F11)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="147" />
            <source>change operator (another dispatcher signs in here)</source>
            <translation>změna operátora (na pracovišti se přihlásí jiný dispečer)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="149" />
            <source>lock this position</source>
            <translation>zamknout toto pracoviště</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="150" />
            <source>open a replay</source>
            <translation>otevřít přehrávání záznamu</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="153" />
            <source>quit (links are closed and the store is flushed)</source>
            <translation>ukončit (spojení se zavřou a úložiště se zapíše)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="160" />
            <source>Command line: {usage}</source>
            <translation>Příkazový řádek: {usage}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="56" />
            <source>Sign in — {site}</source>
            <translation>Přihlášení — {site}</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="61" />
            <source>Position {position}: sign in with your operator name and password.</source>
            <translation>Pracoviště {position}: přihlaste se jménem operátora a heslem.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="74" />
            <source>&amp;Name</source>
            <translation>&amp;Jméno</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="75" />
            <source>&amp;Password</source>
            <translation>&amp;Heslo</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="86" />
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>&amp;Sign in</source>
            <translation>&amp;Přihlásit</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="101" />
            <source>Why (stored with the session)</source>
            <translation>Důvod (uloží se k relaci)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="103" />
            <source>EMERGENCY SESSION (break glass)</source>
            <translation>NOUZOVÁ RELACE (rozbij sklo)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>Checking…</source>
            <translation>Ověřuji…</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="131" />
            <source>The database cannot be reached, so nobody can sign in. This site allows an emergency session of {minutes} minutes with the dispatcher role: it is logged (stored when the database returns) and marked on screen throughout.</source>
            <translation>Databáze je nedostupná, proto se nikdo nemůže přihlásit. Toto středisko povoluje nouzovou relaci na {minutes} minut s rolí dispečera: zaznamená se (uloží se po obnovení databáze) a po celou dobu je vyznačena na obrazovce.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="147" />
            <source>Type your operator name.</source>
            <translation>Zadejte své jméno operátora.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="158" />
            <source>An emergency session needs your name and the reason.</source>
            <translation>Nouzová relace vyžaduje vaše jméno a důvod.</translation>
        </message>
    </context>
    <context>
        <name>Sound</name>
        <message>
            <location filename="../../widgets/sound/player.py" line="194" />
            <source>Qt Multimedia is not available ({err})</source>
            <translation>Qt Multimedia není k dispozici ({err})</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="205" />
            <source>no audio output device</source>
            <translation>žádné zvukové výstupní zařízení</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="213" />
            <source>the audio output {device} cannot play 16-bit mono at {rate} Hz</source>
            <translation>zvukový výstup {device} neumí přehrát 16 bitů mono při {rate} Hz</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsDialog</name>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="147" />
            <source>Sound</source>
            <translation>Zvuk</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsWidget</name>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="55" />
            <source>New call ringing</source>
            <translation>Vyzvání nové volání</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="56" />
            <source>High-priority incident</source>
            <translation>Událost s vysokou naléhavostí</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="57" />
            <source>Alarm from a zone or a radar</source>
            <translation>Poplach ze zóny nebo radaru</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="58" />
            <source>Unit overdue</source>
            <translation>Jednotka překročila limit</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="60" />
            <source>&amp;Mute all sounds at this position</source>
            <translation>&amp;Ztlumit všechny zvuky na tomto pracovišti</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="69" />
            <source>&amp;Volume</source>
            <translation>&amp;Hlasitost</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="80" />
            <source>Cue</source>
            <translation>Signál</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="81" />
            <source>Real</source>
            <translation>Ostrý</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="82" />
            <source>Drill (exercise)</source>
            <translation>Cvičení</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="87" />
            <source>Play</source>
            <translation>Přehrát</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="90" />
            <source>Play {cue}</source>
            <translation>Přehrát {cue}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="92" />
            <source>Play {cue}, drill version</source>
            <translation>Přehrát {cue}, cvičná verze</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="119" />
            <source>{n} %</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="130" />
            <source>Output: {device}</source>
            <translation>Výstup: {device}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="136" />
            <source>No sound at this position: {reason}. Cues are shown, not heard.</source>
            <translation>Na tomto pracovišti není zvuk: {reason}. Signály se zobrazují, neozývají.</translation>
        </message>
    </context>
    <context>
        <name>StatsReport</name>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Interval</source>
            <translation>Interval</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Count</source>
            <translation>Počet</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Median s</source>
            <translation>Medián s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Pct s</source>
            <translation>Percentil s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Target s</source>
            <translation>Limit s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="340" />
            <source>Within</source>
            <translation>V limitu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="340" />
            <source>Passed</source>
            <translation>Splněno</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="355" />
            <source>Call answering times (s), ring-start calls</source>
            <translation>Doby přijetí volání (s), volání se začátkem vyzvánění</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="357" />
            <source>Total response times (m:ss)</source>
            <translation>Celkové doby dojezdu (m:ss)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="360" />
            <source>90th percentile per day: call answering and processing (s)</source>
            <translation>90. percentil za den: přijetí a zpracování volání (s)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="362" />
            <source>90th percentile per day: turnout, travel, total response</source>
            <translation>90. percentil za den: výjezd, jízda, celková doba dojezdu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="364" />
            <source>Incident type</source>
            <translation>Typ události</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="364" />
            <source>Priority</source>
            <translation>Naléhavost</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="365" />
            <source>Discipline</source>
            <translation>Složka IZS</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="365" />
            <source>Station</source>
            <translation>Stanice</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="366" />
            <source>Hour of day (local)</source>
            <translation>Hodina dne (místní čas)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="384" />
            <source>Outliers: the slowest over target</source>
            <translation>Odlehlé hodnoty: nejpomalejší nad limitem</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="403" />
            <source>Definitions</source>
            <translation>Definice</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="406" />
            <source>ALI and AML calls give no ring start: they are counted, not timed. A call never answered counts as over every target.</source>
            <translation>Volání ALI a AML neudávají začátek vyzvánění: počítají se, ale neměří. Nepřijaté volání se počítá jako překročení každého cíle.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="328" />
            <source>Response statistics {period}</source>
            <translation>Statistika zásahů {period}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="371" />
            <source>Each cell: count / 90th percentile (s or m:ss) / share within target</source>
            <translation>Každá buňka: počet / 90. percentil (s nebo m:ss) / podíl v limitu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Started</source>
            <translation>Spuštěno</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Incident</source>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Call</source>
            <translation>Volání</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Unit</source>
            <translation>Jednotka</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="395" />
            <source>Supervisors only: per call-taker (for training)</source>
            <translation>Jen pro vedoucí směny: podle operátora (pro výcvik)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="125" />
            <source>EXERCISE — drill figures, not live operation</source>
            <translation>CVIČENÍ — čísla ze cvičení, ne z ostrého provozu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="132" />
            <source>page {n}</source>
            <translation>strana {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="332" />
            <source>{calls} calls, {incidents} incidents, {units} unit responses, {alerts} alerts. Store {store}. High priority: priority 1 to {high}. Percentile {pct:g}.</source>
            <translation>Volání: {calls}, události: {incidents}, výjezdy jednotek: {units}, výstrahy: {alerts}. Úložiště {store}. Vysoká naléhavost: 1 až {high}. Percentil {pct:g}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="344" />
            <source>yes</source>
            <translation>ano</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="344" />
            <source>NO</source>
            <translation>NE</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="353" />
            <source>Not timed, never guessed: {what}.</source>
            <translation>Neměřeno, nikdy neodhadováno: {what}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="386" />
            <source>never</source>
            <translation>nikdy</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="401" />
            <source>Call-taker</source>
            <translation>Operátor příjmu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="401" />
            <source>Answering n / p90 / %</source>
            <translation>Přijetí počet / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="402" />
            <source>Processing (high) n / p90 / %</source>
            <translation>Zpracování (vysoká) počet / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="134" />
            <source>EXERCISE</source>
            <translation>CVIČENÍ</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="230" />
            <source>target {s} s</source>
            <translation>limit {s} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="353" />
            <source>none</source>
            <translation>žádné</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="370" />
            <source>By {what}</source>
            <translation>Podle: {what}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../widgets/themes.py" line="164" />
            <source>Day theme</source>
            <translation>Denní vzhled</translation>
        </message>
        <message>
            <location filename="../../widgets/themes.py" line="165" />
            <source>Night theme</source>
            <translation>Noční vzhled</translation>
        </message>
    </context>
    <context>
        <name>TimelineDock</name>
        <message>
            <location filename="../../widgets/timeline.py" line="182" />
            <source>Replay timeline</source>
            <translation>Časová osa přehrávání</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <location filename="../../widgets/timeline.py" line="397" />
            <source>Play</source>
            <translation>Přehrát</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <source>Play or pause (Space)</source>
            <translation>Přehrát nebo pozastavit (mezerník)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="229" />
            <source>{n}x</source>
            <translation>{n}×</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="230" />
            <source>Replay speed</source>
            <translation>Rychlost přehrávání</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous</source>
            <translation>Předchozí</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous event</source>
            <translation>Předchozí záznam</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next</source>
            <translation>Další</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next event</source>
            <translation>Další záznam</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="240" />
            <source>Jump to this time (Enter)</source>
            <translation>Přejít na tento čas (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Go</source>
            <translation>Přejít</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Jump to the time (Enter)</source>
            <translation>Přejít na čas (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="245" />
            <source>Filter: incident …, unit …, link … or text</source>
            <translation>Filtr: událost …, jednotka …, spojení … nebo text</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="272" />
            <source>events</source>
            <translation>záznamy</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="394" />
            <source>Pause</source>
            <translation>Pozastavit</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/timeline.py" line="508" />
            <source>{time} · %n event(s)</source>
            <translation>
                <numerusform>{time} · %n záznam</numerusform>
                <numerusform>{time} · %n záznamy</numerusform>
                <numerusform>{time} · %n záznamů</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainerPanelDock</name>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="88" />
            <source>{now} s / {total} s</source>
            <translation>{now} s / {total} s</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="101" />
            <source>Trainer — DRILL</source>
            <translation>Instruktor — CVIČENÍ</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="109" />
            <source>No scenario</source>
            <translation>Bez scénáře</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="132" />
            <source>Start</source>
            <translation>Spustit</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="133" />
            <location filename="../../widgets/trainer_panel.py" line="272" />
            <source>Pause</source>
            <translation>Pozastavit</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="134" />
            <source>End drill</source>
            <translation>Ukončit cvičení</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="140" />
            <source>Speed</source>
            <translation>Rychlost</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="147" />
            <source>Injections to come</source>
            <translation>Nadcházející vstupy</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="150" />
            <source>Inject now</source>
            <translation>Vložit hned</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="181" />
            <source>Ready</source>
            <translation>Připraveno</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="182" />
            <source>Running</source>
            <translation>Běží</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="183" />
            <source>PAUSED</source>
            <translation>POZASTAVENO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="184" />
            <source>Ended</source>
            <translation>Ukončeno</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="187" />
            <source>Ended: {reason}</source>
            <translation>Ukončeno: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="191" />
            <source>Last: {what}</source>
            <translation>Poslední: {what}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="206" />
            <source>Report: {path}</source>
            <translation>Zpráva: {path}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="213" />
            <source>PASSED</source>
            <translation>SPLNĚNO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="213" />
            <source>NOT PASSED</source>
            <translation>NESPLNĚNO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="215" />
            <source>Score {score} / 100 — {verdict}</source>
            <translation>Hodnocení {score} / 100 — {verdict}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="223" />
            <source>{part}: {share}</source>
            <translation>{part}: {share}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="272" />
            <source>Resume</source>
            <translation>Pokračovat</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="292" />
            <source>Select an injection to send it now.</source>
            <translation>Vyberte vstup, který se má odeslat hned.</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardDock</name>
        <message>
            <location filename="../../widgets/unit_board.py" line="134" />
            <source>Units</source>
            <translation>Jednotky</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="142" />
            <source>Filter units</source>
            <translation>Filtrovat jednotky</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="148" />
            <source>No grouping</source>
            <translation>Bez seskupení</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="149" />
            <source>Group by station</source>
            <translation>Seskupit podle stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="150" />
            <source>Group by discipline</source>
            <translation>Seskupit podle složky</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="151" />
            <source>Group by status</source>
            <translation>Seskupit podle stavu</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="209" />
            <source>Show the units as a table, status tiles or both</source>
            <translation>Zobrazit jednotky jako tabulku, stavové dlaždice nebo obojí</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="213" />
            <source>Table</source>
            <translation>Tabulka</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="214" />
            <source>Tiles</source>
            <translation>Dlaždice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="215" />
            <source>Both</source>
            <translation>Obojí</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="219" />
            <source>&amp;Table</source>
            <translation>&amp;Tabulka</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="220" />
            <source>T&amp;iles</source>
            <translation>&amp;Dlaždice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="221" />
            <source>&amp;Both: table above tiles</source>
            <translation>&amp;Obojí: tabulka nad dlaždicemi</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardModel</name>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="234" />
            <source>Call sign</source>
            <translation>Volací znak</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="235" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="236" />
            <source>Discipline</source>
            <translation>Složka IZS</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="237" />
            <source>Station</source>
            <translation>Stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="238" />
            <source>Status</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="239" />
            <source>In status</source>
            <translation>Ve stavu</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="240" />
            <source>Incident</source>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="241" />
            <source>Last fix</source>
            <translation>Poslední poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="242" />
            <source>Position</source>
            <translation>Poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="292" />
            <source>No position received yet</source>
            <translation>Poloha zatím nepřišla</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="294" />
            <source>Stale position: last fix {age} ago</source>
            <translation>Zastaralá poloha: poslední před {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="298" />
            <source>Overdue: {reason}</source>
            <translation>Překročeno: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="324" />
            <source>no fix</source>
            <translation>bez polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="330" />
            <source>at station (no fix)</source>
            <translation>na stanici (bez polohy)</translation>
        </message>
    </context>
    <context>
        <name>UnitTilesWidget</name>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="236" />
            <source>No station</source>
            <translation>Bez stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="518" />
            <source>{status} for {elapsed}</source>
            <translation>{status} již {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="524" />
            <source>Incident {id}</source>
            <translation>Událost {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="526" />
            <source>Overdue: {reason}</source>
            <translation>Překročeno: {reason}</translation>
        </message>
    </context>
    <context>
        <name>UnitType</name>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>patrol car</source>
            <extracomment>Patrol car</extracomment>
            <translation>hlídkový vůz</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>dog unit</source>
            <extracomment>Police dog unit</extracomment>
            <translation>psovod</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>engine</source>
            <extracomment>Fire engine</extracomment>
            <translation>CAS</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ladder</source>
            <extracomment>Aerial ladder</extracomment>
            <translation>AZ</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>rescue</source>
            <extracomment>Heavy rescue</extracomment>
            <translation>TA</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>tanker</source>
            <extracomment>Water tanker</extracomment>
            <translation>CAS cisterna</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>hazmat</source>
            <extracomment>Hazardous materials unit</extracomment>
            <translation>chemická jednotka</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>boat</source>
            <extracomment>Rescue boat</extracomment>
            <translation>člun</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ALS ambulance</source>
            <extracomment>Advanced life support ambulance</extracomment>
            <translation>RLP</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>BLS ambulance</source>
            <extracomment>Basic life support ambulance</extracomment>
            <translation>RZP</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>field supervisor</source>
            <extracomment>Medical field supervisor</extracomment>
            <translation>vedoucí lékař na místě</translation>
        </message>
    </context>
    <context>
        <name>WallboardWidget</name>
        <message>
            <location filename="../../widgets/wallboard.py" line="79" />
            <source>Wallboard</source>
            <translation>Nástěnka</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="89" />
            <source>Calls waiting</source>
            <translation>Čekající volání</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="90" />
            <source>Longest ring</source>
            <translation>Nejdelší vyzvánění</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="91" />
            <source>Answered within 15 s, last hour</source>
            <translation>Přijato do 15 s, poslední hodina</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="92" />
            <source>Answered within 20 s, last hour</source>
            <translation>Přijato do 20 s, poslední hodina</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="93" />
            <source>Incidents open</source>
            <translation>Otevřené události</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="94" />
            <source>Alerts open</source>
            <translation>Otevřené výstrahy</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="95" />
            <source>Links down</source>
            <translation>Nefunkční spojení</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="96" />
            <source>Sensors down</source>
            <translation>Nefunkční čidla</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="102" />
            <source>Units by discipline</source>
            <translation>Jednotky podle složky</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="102" />
            <source>Units by station</source>
            <translation>Jednotky podle stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="131" />
            <source>Calls per 15 minutes today</source>
            <translation>Volání po 15 minutách dnes</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="132" />
            <source>hour</source>
            <translation>hodina</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="138" />
            <source>today</source>
            <translation>dnes</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="139" />
            <source>same weekday, average</source>
            <translation>stejný den v týdnu, průměr</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="140" />
            <source>Answer times today (s)</source>
            <translation>Doby přijetí dnes (s)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="146" />
            <source>Last hour vs standard</source>
            <translation>Poslední hodina vs. norma</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="154" />
            <source>≤15 s</source>
            <translation>≤15 s</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="154" />
            <source>≤20 s</source>
            <translation>≤20 s</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="232" />
            <source>{n} answered; standard {pct:.0f} %</source>
            <translation>Přijato: {n}; norma {pct:.0f} %</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="236" />
            <source>; {n} without ring start (not timed)</source>
            <translation>; bez začátku vyzvánění (neměřeno): {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="242" />
            <source>P{p}: {n}</source>
            <translation>P{p}: {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="247" />
            <source>{n} not acknowledged</source>
            <translation>Nepotvrzeno: {n}</translation>
        </message>
    </context>
    <context>
        <name>_AreaWords</name>
        <message numerus="yes">
            <location filename="../../widgets/alert_panel.py" line="96" />
            <source>%n polygon(s)</source>
            <translation>
                <numerusform>%n polygon</numerusform>
                <numerusform>%n polygony</numerusform>
                <numerusform>%n polygonů</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location filename="../../widgets/status_style.py" line="151" />
            <source>available</source>
            <translation>volná</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="152" />
            <source>available on radio</source>
            <translation>volná na radiostanici</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="153" />
            <source>dispatched</source>
            <translation>vyslána</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="154" />
            <source>en route</source>
            <translation>na cestě</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="155" />
            <source>on scene</source>
            <translation>na místě zásahu</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="156" />
            <source>transporting</source>
            <translation>transport</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="157" />
            <source>at hospital</source>
            <translation>v nemocnici</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="158" />
            <source>out of service</source>
            <translation>mimo službu</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="180" />
            <source>{status} {elapsed}</source>
            <translation>{status} {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="208" />
            <source>Set {status}</source>
            <translation>Nastavit {status}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="217" />
            <source>No status change allowed from {status}</source>
            <translation>Ze stavu {status} není povolena žádná změna</translation>
        </message>
    </context>
    <context>
        <name>symbols</name>
        <message>
            <location filename="../../widgets/symbols.py" line="80" />
            <source>Police</source>
            <translation>Policie</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="81" />
            <source>Fire</source>
            <translation>Hasiči</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="82" />
            <source>Medical</source>
            <translation>ZZS</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="84" />
            <source>Other</source>
            <translation>Jiné</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="161" />
            <source>Typed</source>
            <translation>Zadáno</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="162" />
            <source>Map click</source>
            <translation>Klik do mapy</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="214" />
            <source>Hospital</source>
            <extracomment>What the console's map shows of a site's landmarks: the places a crew is sent to or from and the water it needs, not every shop and café the data holds.</extracomment>
            <translation>Nemocnice</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="215" />
            <source>Clinic</source>
            <translation>Zdravotní středisko</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="216" />
            <source>Doctors</source>
            <translation>Ordinace lékařů</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="217" />
            <source>Pharmacy</source>
            <translation>Lékárna</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="218" />
            <source>Fire station</source>
            <translation>Hasičská stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="219" />
            <source>Police station</source>
            <translation>Policejní služebna</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="220" />
            <source>School</source>
            <translation>Škola</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="221" />
            <source>Kindergarten</source>
            <translation>Mateřská škola</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="222" />
            <source>University</source>
            <translation>Vysoká škola</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="223" />
            <source>Fire hydrant</source>
            <translation>Hydrant</translation>
        </message>
    </context>
</TS>
