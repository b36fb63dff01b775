<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
    <context>
        <name>Age</name>
        <message>
            <location filename="../../widgets/clock.py" line="41" />
            <source>never</source>
            <translation>nikad</translation>
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
            <translation>{n} č</translation>
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
            <translation>Nema područja</translation>
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
            <translation>krug r {r}</translation>
        </message>
    </context>
    <context>
        <name>AlertPanelDock</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="129" />
            <source>Alert</source>
            <translation>Uzbuna</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="138" />
            <source>EXERCISE — not a real alert</source>
            <translation>VEŽBA — nije stvarna uzbuna</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="156" />
            <source>Origin</source>
            <translation>Poreklo</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="157" />
            <source>Severity</source>
            <translation>Ozbiljnost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="158" />
            <source>State</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="159" />
            <source>Raised</source>
            <translation>Podignuta</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="160" />
            <source>Sensor</source>
            <translation>Senzor</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="161" />
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="162" />
            <source>Track</source>
            <translation>Trag</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="163" />
            <source>Incident</source>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="164" />
            <source>Area</source>
            <translation>Područje</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="165" />
            <source>CAP identifier</source>
            <translation>CAP identifikator</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="166" />
            <source>CAP sender</source>
            <translation>CAP pošiljalac</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="167" />
            <source>CAP event</source>
            <translation>CAP događaj</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="168" />
            <source>Nearby</source>
            <translation>U blizini</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="184" />
            <source>Acknowledge</source>
            <translation>Potvrdi prijem</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="185" />
            <source>Promote to incident…</source>
            <translation>Pretvori u intervenciju…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="186" />
            <source>Link to incident…</source>
            <translation>Poveži sa intervencijom…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="187" />
            <source>Dismiss…</source>
            <translation>Odbaci…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="274" />
            <source>No alert selected</source>
            <translation>Nije izabrana uzbuna</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="283" />
            <source>{severity} (exercise)</source>
            <translation>{severity} (vežba)</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="309" />
            <source>{time} ({age} ago)</source>
            <translation>{time} (pre {age})</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="346" />
            <source>Promote alert {id} to an incident</source>
            <translation>Pretvori uzbunu {id} u intervenciju</translation>
        </message>
    </context>
    <context>
        <name>AlertQueue</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="100" />
            <source>Extreme</source>
            <translation>Ekstremna</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="101" />
            <source>Severe</source>
            <translation>Teška</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="102" />
            <source>Moderate</source>
            <translation>Umerena</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="103" />
            <source>Minor</source>
            <translation>Mala</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="104" />
            <source>Unknown</source>
            <translation>Nepoznato</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="111" />
            <source>New</source>
            <translation>Nova</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="112" />
            <source>Acknowledged</source>
            <translation>Prijem potvrđen</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="113" />
            <source>Promoted</source>
            <translation>Pretvorena</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="114" />
            <source>Linked</source>
            <translation>Povezana</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="115" />
            <source>Dismissed</source>
            <translation>Odbačena</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="116" />
            <source>Cancelled</source>
            <translation>Otkazano</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="123" />
            <source>Zone entry</source>
            <translation>Ulazak u zonu</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="124" />
            <source>Zone alarm</source>
            <translation>Alarm zone</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="125" />
            <source>CAP</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="126" />
            <source>Radio</source>
            <translation>Radio-veza</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="299" />
            <source>EXERCISE · {severity}</source>
            <translation>VEŽBA · {severity}</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueDock</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="331" />
            <source>Alerts</source>
            <translation>Uzbune</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueModel</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="211" />
            <source>State</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="212" />
            <source>Severity</source>
            <translation>Ozbiljnost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="213" />
            <source>Origin</source>
            <translation>Poreklo</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="214" />
            <source>Alert</source>
            <translation>Uzbuna</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="215" />
            <source>Zone / sensor</source>
            <translation>Zona / senzor</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="216" />
            <source>Age</source>
            <translation>Starost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="217" />
            <source>Incident</source>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="261" />
            <source>EXERCISE · {severity}</source>
            <translation>VEŽBA · {severity}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="280" />
            <source>Raised {time}</source>
            <translation>Podignuta {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="282" />
            <source>Exercise alert: not real</source>
            <translation>Uzbuna sa vežbe: nije stvarna</translation>
        </message>
    </context>
    <context>
        <name>CallController</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="159" />
            <source>{answer} sent to the partner of {call}</source>
            <translation>odgovor {answer} poslat partnerskom centru poziva {call}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="181" />
            <source>{call} at {where}: type the incident type (Tab completes)</source>
            <translation>Poziv {call} na {where}: ukucajte vrstu intervencije (Tab dopunjava)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="324" />
            <source>places unavailable</source>
            <translation>mesta nedostupna</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="345" />
            <source>no named street nearby</source>
            <translation>nema imenovane ulice u blizini</translation>
        </message>
    </context>
    <context>
        <name>CallPanelDock</name>
        <message>
            <location filename="../../widgets/call_panel.py" line="151" />
            <source>Call</source>
            <translation>Poziv</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="171" />
            <source>Copy coordinates</source>
            <translation>Kopiraj koordinate</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="174" />
            <source>Verify location</source>
            <translation>Proveri lokaciju</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="176" />
            <source>Pick on map</source>
            <translation>Izaberi na mapi</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="182" />
            <source>Use this location</source>
            <translation>Koristi ovu lokaciju</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Source</source>
            <translation>Izvor</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Position</source>
            <translation>Pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Radius</source>
            <translation>Poluprečnik</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="210" />
            <source>Answer</source>
            <translation>Javi se</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="212" />
            <source>Abandoned</source>
            <translation>Prekinut</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="215" />
            <source>Create incident…</source>
            <translation>Otvori intervenciju…</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="217" />
            <source>Release</source>
            <translation>Oslobodi</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="340" />
            <source>Near: {place}</source>
            <translation>Blizu: {place}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="352" />
            <source>No call selected</source>
            <translation>Nije izabran poziv</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="355" />
            <source>(no number)</source>
            <translation>(nema broja)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="359" />
            <source>Class of service: {cos} — {text}</source>
            <translation>Klasa usluge: {cos} — {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>Class of service: {cos}</source>
            <translation>Klasa usluge: {cos}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>unknown</source>
            <translation>nepoznato</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="383" />
            <source>Caller's language: {language}</source>
            <translation>Jezik pozivaoca: {language}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="397" />
            <source>No location yet</source>
            <translation>Još nema lokacije</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="399" />
            <source>verified</source>
            <translation>provereno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="399" />
            <source>not verified</source>
            <translation>neprovereno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="401" />
            <source>Location: {source} · {verified}</source>
            <translation>Lokacija: {source} · {verified}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="408" />
            <source>No position</source>
            <translation>Nema pozicije</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="410" />
            <source>accuracy unknown</source>
            <translation>tačnost nepoznata</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="411" />
            <source>Located at {time}</source>
            <translation>Locirano u {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="451" />
            <source>New automatic fix offered: {details}, {time}</source>
            <translation>Ponuđena nova automatska pozicija: {details}, {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="457" />
            <source>{n} m from the location in force</source>
            <translation>{n} m od važeće lokacije</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="481" />
            <source>Possible duplicate of {id} ({details})</source>
            <translation>Mogući duplikat: {id} ({details})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="485" />
            <source>Possible duplicate of {id}</source>
            <translation>Mogući duplikat: {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="487" />
            <source>Attach</source>
            <translation>Pridruži</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="508" />
            <source>Ringing {ring}</source>
            <translation>Zvoni {ring}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="511" />
            <source>Answered · talking {talk} (rang {ring})</source>
            <translation>Javljeno · razgovor {talk} (zvonilo {ring})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="513" />
            <source>{state} · offered {time}</source>
            <translation>{state} · od {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="95" />
            <source>Residence</source>
            <translation>Stambeni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="96" />
            <source>Business</source>
            <translation>Poslovni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="97" />
            <source>PBX, business</source>
            <translation>Centrala, poslovni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="98" />
            <source>Pay phone</source>
            <translation>Javna govornica</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="99" />
            <source>Wireless</source>
            <translation>Mobilni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="100" />
            <source>Wireless phase I (tower)</source>
            <translation>Mobilni faza I (bazna stanica)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="101" />
            <source>Wireless phase II (handset)</source>
            <translation>Mobilni faza II (uređaj)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="102" />
            <source>VoIP</source>
            <translation>VoIP</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="103" />
            <source>VoIP residence</source>
            <translation>VoIP stambeni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="104" />
            <source>VoIP business</source>
            <translation>VoIP poslovni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="105" />
            <source>VoIP mobile</source>
            <translation>VoIP mobilni</translation>
        </message>
    </context>
    <context>
        <name>CallQueue</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="82" />
            <source>Ringing</source>
            <translation>Zvoni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="83" />
            <source>Answered</source>
            <translation>Javljeno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="84" />
            <source>Abandoned</source>
            <translation>Prekinut</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="85" />
            <source>Released</source>
            <translation>Oslobođen</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="115" />
            <source>No location yet</source>
            <translation>Još nema lokacije</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="119" />
            <source>No position</source>
            <translation>Nema pozicije</translation>
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
            <translation>Pozivi</translation>
        </message>
    </context>
    <context>
        <name>CallQueueModel</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="198" />
            <source>State</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="199" />
            <source>Number</source>
            <translation>Broj</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="200" />
            <source>Class</source>
            <translation>Klasa</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="201" />
            <source>Source</source>
            <translation>Izvor</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="202" />
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="203" />
            <source>Location</source>
            <translation>Lokacija</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="204" />
            <source>Incident</source>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="230" />
            <source>(no number)</source>
            <translation>(nema broja)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="243" />
            <source>≈ {id}</source>
            <translation>≈ {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="250" />
            <source>Ringing for {t}</source>
            <translation>Zvoni već {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="251" />
            <source>Talking for {t}</source>
            <translation>Razgovor već {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="252" />
            <source>Abandoned {t} ago</source>
            <translation>Prekinut pre {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="261" />
            <source>Verified by the call-taker</source>
            <translation>Proverio operater</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="265" />
            <source>Possible duplicate of {ids}</source>
            <translation>Mogući duplikat: {ids}</translation>
        </message>
    </context>
    <context>
        <name>ClockWidget</name>
        <message>
            <location filename="../../widgets/clock.py" line="103" />
            <source>UTC {utc} · Local {local} ({zone})</source>
            <translation>UTC {utc} · lokalno {local} ({zone})</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="110" />
            <source>UTC {utc}
Local {local}</source>
            <translation>UTC {utc}
Lokalno {local}</translation>
        </message>
    </context>
    <context>
        <name>CloseIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="167" />
            <source>Close incident {id}</source>
            <extracomment>The short list a dispatcher picks from; the last entry needs free text.</extracomment>
            <translation>Zatvori intervenciju {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="169" />
            <source>How did incident {id} end?</source>
            <translation>Kako je završena intervencija {id}?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="178" />
            <source>Details (optional)</source>
            <translation>Detalji (nije obavezno)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="180" />
            <source>Close incident</source>
            <translation>Zatvori intervenciju</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="183" />
            <source>Details</source>
            <translation>Detalji</translation>
        </message>
    </context>
    <context>
        <name>CommandLineWidget</name>
        <message>
            <location filename="../../widgets/command_line.py" line="158" />
            <source>Command (F1 for help), e.g. D 123 E11</source>
            <extracomment>What a position looks like while it is being typed ("60.17", "60°10'N 24"). Keys the line keeps for itself even where the window has a shortcut on them.</extracomment>
            <translation>Komanda (F1 za pomoć), npr. D 123 E11</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Command</source>
            <translation>Komanda</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Meaning</source>
            <translation>Značenje</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Also</source>
            <translation>Takođe</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Example</source>
            <translation>Primer</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="307" />
            <source>No place found for '{query}'</source>
            <translation>Nije nađeno mesto za „{query}“</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="468" />
            <source>Picked: {label} (typed: {typed})</source>
            <translation>Izabrano: {label} (ukucano: {typed})</translation>
        </message>
    </context>
    <context>
        <name>ConsoleSession</name>
        <message>
            <location filename="../../console/session/live.py" line="271" />
            <source>STORE UNAVAILABLE — links are not started, nothing is received: {err}</source>
            <translation>SKLADIŠTE NEDOSTUPNO — veze nisu pokrenute, ništa se ne prima: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="274" />
            <source>Store: unavailable</source>
            <translation>Skladište: nedostupno</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="485" />
            <source>PAGING AND RADIO NOT STARTED: {err}</source>
            <translation>POZIVANJE I RADIO NISU POKRENUTI: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="584" />
            <source>PARTNER AGENCIES NOT STARTED: {err}</source>
            <translation>VEZA SA PARTNERSKIM SLUŽBAMA NIJE POKRENUTA: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="622" />
            <source>NOT ACKNOWLEDGED: {units} — RESEND &lt;unit&gt; [link] or VOICE &lt;unit&gt;</source>
            <translation>BEZ POTVRDE: {units} — RESEND &lt;jedinica&gt; [veza] ili VOICE &lt;jedinica&gt;</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="635" />
            <source>{unit}: {label} (radio {link} {address})</source>
            <translation>{unit}: {label} (radio {link} {address})</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="740" />
            <source>the database connection is lost ({why}); the action was not recorded</source>
            <translation>veza sa bazom podataka je izgubljena ({why}); radnja nije zabeležena</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="744" />
            <source>DATABASE CONNECTION LOST {why} — the picture is frozen as last known; actions are refused until it returns</source>
            <translation>IZGUBLJENA VEZA SA BAZOM PODATAKA {why} — slika je zamrznuta u poslednjem poznatom stanju; radnje se odbijaju dok se veza ne vrati</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="750" />
            <source>the store cannot be written ({err}); the action was not recorded</source>
            <translation>u skladište se ne može upisati ({err}); radnja nije zabeležena</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="754" />
            <source>STORE FAILING — received data is held in memory and retried, not yet stored; actions are refused: {err}</source>
            <translation>SKLADIŠTE OTKAZUJE — primljeni podaci se čuvaju u memoriji i ponovo šalju, još nisu upisani; radnje se odbijaju: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="806" />
            <source>paused: the store is not keeping up</source>
            <translation>pauzirano: skladište ne stiže</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="811" />
            <source>{n} datagrams dropped while the store was not keeping up</source>
            <translation>Datagrami odbačeni dok skladište nije stizalo: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="818" />
            <source>{n} datagrams dropped by the system: they came faster than the console could read</source>
            <translation>Datagrami koje je sistem odbacio jer su stizali brže nego što ih je konzola čitala: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="826" />
            <source>{radar} DOWN: {reason}</source>
            <translation>{radar} VAN FUNKCIJE: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="828" />
            <source>{radar} degraded: {reason}</source>
            <translation>{radar} ometeno: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="836" />
            <source>{n} requests refused ({size} not stored)</source>
            <translation>Odbijeni zahtevi: {n} ({size} nije upisano)</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="843" />
            <source>{n} slow or idle connections cut</source>
            <translation>Prekinute spore ili neaktivne veze: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="846" />
            <source>{n} connections refused at the cap</source>
            <translation>Veze odbijene na ograničenju: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="870" />
            <source>Store: {where} · {n} events</source>
            <translation>Skladište: {where} · događaja: {n}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="182" />
            <source>Unexpected error</source>
            <translation>Neočekivana greška</translation>
        </message>
    </context>
    <context>
        <name>DismissAlertDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="356" />
            <source>Dismiss alert {id}</source>
            <extracomment>Common reasons to dismiss an alert; the last entry needs free text.</extracomment>
            <translation>Odbaci uzbunu {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="357" />
            <source>Why is alert {id} dismissed?</source>
            <translation>Zašto je uzbuna {id} odbačena?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="364" />
            <source>Details</source>
            <translation>Detalji</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="366" />
            <source>Dismiss alert</source>
            <translation>Odbaci uzbunu</translation>
        </message>
    </context>
    <context>
        <name>DispatchController</name>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="245" />
            <source>handed over to {partner}</source>
            <translation>predato centru {partner}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="304" />
            <source>{unit} paged again ({notice})</source>
            <translation>{unit} ponovo pozvana ({notice})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="434" />
            <source>places unavailable: give @ lat,lon</source>
            <translation>mesta nedostupna: unesite @ širina,dužina</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="450" />
            <source>places unavailable</source>
            <translation>mesta nedostupna</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="466" />
            <source>places unavailable ({why}): coordinates only</source>
            <translation>mesta nedostupna ({why}): samo koordinate</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialogs</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="109" />
            <source>Handled on scene</source>
            <translation>Zbrinuto na licu mesta</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="110" />
            <source>Transported</source>
            <translation>Transportovano</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="111" />
            <source>False alarm</source>
            <translation>Lažna uzbuna</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="112" />
            <source>Cancelled by caller</source>
            <translation>Otkazao pozivalac</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="113" />
            <source>Unable to locate</source>
            <translation>Nije pronađeno</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="114" />
            <source>Referred to other agency</source>
            <translation>Prosleđeno drugoj službi</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="115" />
            <source>Other</source>
            <translation>Ostalo</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="341" />
            <source>Known activity</source>
            <translation>Poznata aktivnost</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="342" />
            <source>Duplicate of another alert</source>
            <translation>Duplikat druge uzbune</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="343" />
            <source>Outside our area</source>
            <translation>Van našeg područja</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="344" />
            <source>Sensor fault</source>
            <translation>Kvar senzora</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="534" />
            <source>Open a store to replay</source>
            <translation>Otvori skladište za reprodukciju</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="597" />
            <source>(no raw bytes)</source>
            <translation>(nema sirovih bajtova)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="536" />
            <source>Stores (*.sqlite *.db)</source>
            <translation>Skladišta (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="536" />
            <source>All files (*)</source>
            <translation>Sve datoteke (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="567" />
            <source>Raw bytes</source>
            <translation>Sirovi bajtovi</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="568" />
            <source>Decoded when stored</source>
            <translation>Dekodirano pri upisu</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="569" />
            <source>Decoded today</source>
            <translation>Dekodirano danas</translation>
        </message>
    </context>
    <context>
        <name>DrillSession</name>
        <message>
            <location filename="../../console/session/drill.py" line="164" />
            <source>DRILL FEEDS UNAVAILABLE — the drill cannot run: {err}</source>
            <translation>IZVORI VEŽBE NEDOSTUPNI — vežba ne može da počne: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="174" />
            <source>The drill cannot run: the drill store did not open.</source>
            <translation>Vežba ne može da počne: skladište vežbe se nije otvorilo.</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="231" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>VEŽBA NIJE POKRENUTA — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="248" />
            <source>The drill radio did not start; crews report without it: {err}</source>
            <translation>Radio vežbe se nije pokrenuo; posade javljaju bez njega: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="370" />
            <source>The report could not be written: {err}</source>
            <translation>Izveštaj nije mogao da se upiše: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="399" />
            <source>Answering calls</source>
            <translation>Javljanje na pozive</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="400" />
            <source>Call to dispatch</source>
            <translation>Od poziva do upućivanja</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="401" />
            <source>Incidents handled</source>
            <translation>Obrađene intervencije</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="402" />
            <source>Alerts handled</source>
            <translation>Obrađene uzbune</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="413" />
            <location filename="../../console/session/drill.py" line="414" />
            <source>calls answered</source>
            <translation>javljeni pozivi</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="415" />
            <source>high-priority calls dispatched</source>
            <translation>upućeni hitni pozivi</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="416" />
            <source>alerts handled</source>
            <translation>obrađene uzbune</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="417" />
            <source>NOT ACKNOWLEDGED alarms acted on</source>
            <translation>Reagovanje na uzbune BEZ POTVRDE</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="420" />
            <source>{what} within {target} s: none to measure</source>
            <translation>{what} u roku od {target} s: nema šta da se meri</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="423" />
            <source>{what} within {target} s: {within} of {count} (target {pct} %)</source>
            <translation>{what} u roku od {target} s: {within} od {count} (cilj {pct} %)</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="91" />
            <source>Copy</source>
            <translation>Kopiraj</translation>
        </message>
        <message>
            <location filename="../../widgets/error_dialog.py" line="92" />
            <source>Copy the error and its details to the clipboard</source>
            <translation>Kopiraj grešku i detalje u klipbord</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/error_dialog.py" line="120" />
            <source>%n error(s) occurred; see the details below.</source>
            <translation>
                <numerusform>Došlo je do %n greške; pogledajte detalje ispod.</numerusform>
                <numerusform>Došlo je do %n greške; pogledajte detalje ispod.</numerusform>
                <numerusform>Došlo je do %n grešaka; pogledajte detalje ispod.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLogDock</name>
        <message>
            <location filename="../../widgets/event_log.py" line="281" />
            <source>Event log</source>
            <translation>Dnevnik događaja</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="288" />
            <source>Filter by source, kind, text or error</source>
            <translation>Filtriraj po izvoru, vrsti, tekstu ili grešci</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="291" />
            <source>Errors only</source>
            <translation>Samo greške</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../widgets/event_log.py" line="164" />
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="165" />
            <source>Source</source>
            <translation>Izvor</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="166" />
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="167" />
            <source>Summary</source>
            <translation>Sažetak</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="168" />
            <source>Rejected because</source>
            <translation>Odbijeno jer</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="199" />
            <source>{kind} (rejected)</source>
            <translation>{kind} (odbijeno)</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="210" />
            <source>#{seq} received {when} {zone}
{summary}</source>
            <translation>#{seq} primljeno {when} {zone}
{summary}</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="214" />
            <source>Rejected: {reason}</source>
            <translation>Odbijeno: {reason}</translation>
        </message>
    </context>
    <context>
        <name>IdleLockOverlay</name>
        <message>
            <location filename="../../widgets/idle_lock.py" line="119" />
            <source>POSITION LOCKED</source>
            <translation>RADNO MESTO ZAKLjUČANO</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="132" />
            <source>Password</source>
            <translation>Lozinka</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="142" />
            <source>Change &amp;operator…</source>
            <translation>Promeni &amp;operatera…</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="146" />
            <source>&amp;Unlock</source>
            <translation>&amp;Otključaj</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="163" />
            <source>{who} — the picture stays live; type your password to unlock.</source>
            <translation>{who} — slika ostaje ažurna; unesite lozinku da otključate.</translation>
        </message>
    </context>
    <context>
        <name>IncidentPanelDock</name>
        <message>
            <location filename="../../widgets/incident_panel.py" line="89" />
            <source>Incident</source>
            <extracomment>A unit's row while its notification alarm stands (red, readable with white text).</extracomment>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="112" />
            <source>Copy</source>
            <translation>Kopiraj</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="113" />
            <source>Copy latitude, longitude</source>
            <translation>Kopiraj geografsku širinu, dužinu</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="120" />
            <source>Unit</source>
            <translation>Jedinica</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="121" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="122" />
            <source>In status</source>
            <translation>U statusu</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="123" />
            <source>Dispatched</source>
            <translation>Upućena</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="124" />
            <source>ETA</source>
            <translation>Dolazak</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="125" />
            <source>Reached</source>
            <translation>Obaveštenje</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="146" />
            <source>No notes yet</source>
            <translation>Još nema beleški</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="148" />
            <source>Add a note, Enter to save</source>
            <translation>Dodaj belešku, Enter za čuvanje</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="150" />
            <source>Recommend</source>
            <translation>Preporuči</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="152" />
            <source>Close…</source>
            <translation>Zatvori…</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="261" />
            <source>No incident selected</source>
            <translation>Nije izabrana intervencija</translation>
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
            <translation>Prioritet {n} (1 je najviši)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="284" />
            <source>(no address)</source>
            <translation>(nema adrese)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="298" />
            <source>✓ Verified: {label} ({kind}, {distance} m)</source>
            <translation>✓ Provereno: {label} ({kind}, {distance} m)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="304" />
            <source>forced point</source>
            <translation>nametnuta tačka</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="304" />
            <source>automatic position</source>
            <translation>automatska pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="305" />
            <source>⚠ UNVERIFIED ({why})</source>
            <translation>⚠ NEPROVERENO ({why})</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="308" />
            <source>Nearest: {near}</source>
            <translation>Najbliže: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="311" />
            <source>(nothing typed)</source>
            <translation>(ništa nije ukucano)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="312" />
            <source>Typed: {typed}</source>
            <translation>Ukucano: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="314" />
            <source>Places index: {build}</source>
            <translation>Indeks mesta: {build}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="321" />
            <source>{time}  {operator}: {text}</source>
            <translation>{time}  {operator}: {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="342" />
            <source>Created {time} · open {age}</source>
            <translation>Otvorena {time} · traje {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="363" />
            <source>due</source>
            <translation>sada</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="413" />
            <source>Partner {name} — {step}</source>
            <translation>Partnerski centar {name} — {step}</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueDock</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="279" />
            <source>Incidents</source>
            <translation>Intervencije</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueModel</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="160" />
            <source>Incident</source>
            <extracomment>Background of the priority cell; text is drawn white on 1, 2 and 4.</extracomment>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="161" />
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="162" />
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="163" />
            <source>Location</source>
            <translation>Lokacija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="164" />
            <source>Age</source>
            <translation>Starost</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="165" />
            <source>Units</source>
            <translation>Jedinice</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="179" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>Prioritet {n} (1 je najviši)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="209" />
            <source>Typed: {typed}</source>
            <translation>Ukucano: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="212" />
            <source>Verified: {label} ({kind}, {distance} m)</source>
            <translation>Provereno: {label} ({kind}, {distance} m)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="219" />
            <source>UNVERIFIED: a forced point</source>
            <translation>NEPROVERENO: nametnuta tačka</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="221" />
            <source>UNVERIFIED: an automatic position</source>
            <translation>NEPROVERENO: automatska pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="224" />
            <source>Nearest: {near}</source>
            <translation>Najbliže: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="229" />
            <source>Places index: {build}</source>
            <translation>Indeks mesta: {build}</translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="208" />
            <source>EXERCISE — drill report, not a real incident</source>
            <translation>VEŽBA — izveštaj sa vežbe, nije stvarna intervencija</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="364" />
            <source>EXERCISE — DRILL — NOT A REAL INCIDENT</source>
            <translation>VEŽBA — VEŽBA — NIJE STVARNA INTERVENCIJA</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="195" />
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="196" />
            <source>Priority</source>
            <translation>Prioritet</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="197" />
            <source>Location</source>
            <translation>Lokacija</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="198" />
            <source>Coordinates</source>
            <translation>Koordinate</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="199" />
            <source>Created</source>
            <translation>Otvorena</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="200" />
            <source>Closed</source>
            <translation>Zatvorena</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="201" />
            <source>Disposition</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="202" />
            <source>Calls</source>
            <translation>Pozivi</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="203" />
            <source>Alerts</source>
            <translation>Uzbune</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="204" />
            <source>Units</source>
            <translation>Jedinice</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="279" />
            <source>Incident report {incident}</source>
            <translation>Izveštaj o intervenciji {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Interval</source>
            <translation>Interval</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Duration</source>
            <translation>Trajanje</translation>
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
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Who</source>
            <translation>Ko</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Event</source>
            <translation>Događaj</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="281" />
            <source>EXERCISE</source>
            <translation>VEŽBA</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="376" />
            <source>page {page} of {pages}</source>
            <translation>strana {page} od {pages}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="199" />
            <source>by</source>
            <translation>od</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="216" />
            <source>Incident report</source>
            <translation>Izveštaj o intervenciji</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="217" />
            <source>times in</source>
            <translation>vremena u</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="218" />
            <source>generated</source>
            <translation>napravljeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="228" />
            <source>Response intervals</source>
            <translation>Intervali odziva</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="243" />
            <source>Timeline</source>
            <translation>Vremenska linija</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="226" />
            <source>Map data</source>
            <translation>Podaci mape</translation>
        </message>
    </context>
    <context>
        <name>IncidentType</name>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Structure fire</source>
            <extracomment>structure-fire</extracomment>
            <translation>Požar objekta</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Vehicle fire</source>
            <extracomment>vehicle-fire</extracomment>
            <translation>Požar vozila</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Automatic fire alarm</source>
            <extracomment>alarm-fire-automatic</extracomment>
            <translation>Automatska dojava požara</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Hazardous materials leak</source>
            <extracomment>hazmat-leak</extracomment>
            <translation>Isticanje opasnih materija</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Person in water</source>
            <extracomment>person-in-water</extracomment>
            <translation>Osoba u vodi</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision with injuries</source>
            <extracomment>traffic-collision-injury</extracomment>
            <translation>Saobraćajna nezgoda sa povređenima</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision, no injuries</source>
            <extracomment>traffic-collision-minor</extracomment>
            <translation>Saobraćajna nezgoda bez povređenih</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Cardiac arrest</source>
            <extracomment>cardiac-arrest</extracomment>
            <translation>Srčani zastoj</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Medical emergency</source>
            <extracomment>medical-emergency</extracomment>
            <translation>Hitno medicinsko stanje</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Breathing difficulty</source>
            <extracomment>breathing-difficulty</extracomment>
            <translation>Otežano disanje</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Fall with injury</source>
            <extracomment>fall-injury</extracomment>
            <translation>Pad sa povredom</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Burglary in progress</source>
            <extracomment>burglary-in-progress</extracomment>
            <translation>Provala u toku</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Assault</source>
            <extracomment>assault</extracomment>
            <translation>Napad</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Domestic disturbance</source>
            <extracomment>domestic-disturbance</extracomment>
            <translation>Porodični sukob</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Missing person</source>
            <extracomment>missing-person</extracomment>
            <translation>Nestala osoba</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Public disorder</source>
            <extracomment>public-disorder</extracomment>
            <translation>Narušavanje javnog reda</translation>
        </message>
    </context>
    <context>
        <name>IncidentTypeDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="229" />
            <source>Create incident from call {id}</source>
            <translation>Otvori intervenciju iz poziva {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="232" />
            <source>Type to filter incident types</source>
            <translation>Kucajte da filtrirate vrste intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="241" />
            <source>{name} ({discipline})</source>
            <translation>{name} ({discipline})</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="253" />
            <source>Create incident</source>
            <translation>Otvori intervenciju</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../widgets/i18n.py" line="311" />
            <source>&amp;Language</source>
            <translation>&amp;Jezik</translation>
        </message>
        <message>
            <location filename="../../widgets/i18n.py" line="331" />
            <source>The console will speak the chosen language from its next start.</source>
            <translation>Konzola će koristiti izabrani jezik od sledećeg pokretanja.</translation>
        </message>
    </context>
    <context>
        <name>LinkIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="405" />
            <source>Link alert {id} to an incident</source>
            <translation>Poveži uzbunu {id} sa intervencijom</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="408" />
            <source>Incident or call id</source>
            <translation>Broj intervencije ili poziva</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="416" />
            <source>Link</source>
            <translation>Veza</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="418" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="421" />
            <source>Nearby incidents and calls</source>
            <translation>Intervencije i pozivi u blizini</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusDock</name>
        <message>
            <location filename="../../widgets/link_status.py" line="238" />
            <source>Links</source>
            <translation>Veze</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusModel</name>
        <message>
            <location filename="../../widgets/link_status.py" line="74" />
            <source>Link</source>
            <translation>Veza</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="75" />
            <source>Endpoint</source>
            <translation>Krajnja tačka</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="76" />
            <source>Protocol</source>
            <translation>Protokol</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="77" />
            <source>State</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="78" />
            <source>Bytes</source>
            <translation>Bajtovi</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="79" />
            <source>Frames</source>
            <translation>Okviri</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="80" />
            <source>Errors</source>
            <translation>Greške</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="81" />
            <source>Last frame</source>
            <translation>Poslednji okvir</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="82" />
            <source>Notes</source>
            <translation>Beleške</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="83" />
            <source>Last error</source>
            <translation>Poslednja greška</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="88" />
            <source>up</source>
            <translation>radi</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="89" />
            <source>connecting</source>
            <translation>povezivanje</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="90" />
            <source>down</source>
            <translation>van funkcije</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="91" />
            <source>stopped</source>
            <translation>zaustavljeno</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="124" />
            <source>Last error: {error}</source>
            <translation>Poslednja greška: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../console/main_window.py" line="167" />
            <source>Replay — {site}</source>
            <translation>Reprodukcija — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="167" />
            <source>Dispatch console — {site}</source>
            <translation>Dispečerska konzola — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="258" />
            <source>Store: opening…</source>
            <translation>Skladište: otvaranje…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="286" />
            <source>&amp;File</source>
            <translation>&amp;Datoteka</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="287" />
            <source>Open &amp;replay…</source>
            <translation>Otvori &amp;reprodukciju…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="291" />
            <source>&amp;Quit</source>
            <translation>&amp;Izlaz</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="296" />
            <source>&amp;View</source>
            <translation>&amp;Prikaz</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="297" />
            <source>&amp;Fit map to site</source>
            <translation>&amp;Uklopi mapu u područje</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="301" />
            <source>&amp;Map in its own window</source>
            <translation>&amp;Mapa u zasebnom prozoru</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="305" />
            <source>Put the map in a window of its own, on another screen if there is one</source>
            <translation>Stavi mapu u zaseban prozor, na drugi ekran ako postoji</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="309" />
            <source>&amp;Wallboard</source>
            <translation>&amp;Zidni prikaz</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="312" />
            <source>The room at a glance, for a supervisor's desk or a wall (F11: full screen)</source>
            <translation>Centar na prvi pogled, za sto supervizora ili zid (F11: ceo ekran)</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="317" />
            <source>&amp;Units as</source>
            <translation>&amp;Jedinice kao</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="321" />
            <source>&amp;Command line</source>
            <translation>&amp;Komandna linija</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="327" />
            <source>&amp;Go to</source>
            <translation>&amp;Idi na</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="348" />
            <source>Toggle day/night</source>
            <translation>Promeni dan/noć</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="352" />
            <source>&amp;Reset layout</source>
            <translation>&amp;Vrati raspored</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="361" />
            <source>&amp;Help</source>
            <translation>&amp;Pomoć</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="362" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Prečice na tastaturi</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="366" />
            <source>&amp;About</source>
            <translation>&amp;O programu</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="372" />
            <source>&amp;Operator</source>
            <translation>&amp;Operater</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="374" />
            <source>&amp;Change operator…</source>
            <translation>&amp;Promeni operatera…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="375" />
            <source>&amp;Lock position</source>
            <translation>&amp;Zaključaj radno mesto</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="376" />
            <source>&amp;Sign out</source>
            <translation>O&amp;djavi se</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="377" />
            <source>&amp;Manage operators…</source>
            <translation>&amp;Upravljanje operaterima…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="419" />
            <source>Right-click — status changes, recommend, new incident here</source>
            <translation>Desni klik — promene statusa, preporuka, nova intervencija ovde</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="418" />
            <source>Mouse wheel — zoom; drag — pan; click a unit — select it</source>
            <translation>Točkić miša — zumiranje; prevlačenje — pomeranje; klik na jedinicu — izbor</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="421" />
            <source>Keyboard shortcuts</source>
            <translation>Prečice na tastaturi</translation>
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
            <translation>Dispečerska konzola
Područje: {site}
Podaci mape © saradnici OpenStreetMap-a (ODbL).</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="471" />
            <source>DRILL — EXERCISE, NOT LIVE — {title}</source>
            <translation>VEŽBA — NIJE STVARNI RAD — {title}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="489" />
            <source>DRILL — {title} — {site}</source>
            <translation>VEŽBA — {title} — {site}</translation>
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
            <translation>Mapa je u zasebnom prozoru na ekranu {screen}.
Ctrl+Shift+M je vraća ovde.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="558" />
            <source>Screen {screen} for the map is not connected: the map is here.</source>
            <translation>Ekran {screen} za mapu nije priključen: mapa je ovde.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="578" />
            <source>Screen {screen} was disconnected: the map is back here.</source>
            <translation>Ekran {screen} je isključen: mapa je vraćena ovde.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="614" />
            <location filename="../../console/main_window.py" line="634" />
            <source>Unit</source>
            <translation>Jedinica</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="615" />
            <location filename="../../console/main_window.py" line="651" />
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="616" />
            <location filename="../../console/main_window.py" line="638" />
            <source>ETA</source>
            <translation>Dolazak</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="617" />
            <source>Route</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="618" />
            <source>Fix</source>
            <translation>Pozicija</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="619" />
            <source>Reason</source>
            <translation>Razlog</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="625" />
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="626" />
            <source>Source</source>
            <translation>Izvor</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="627" />
            <source>Position</source>
            <translation>Pozicija</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="628" />
            <source>Radius</source>
            <translation>Poluprečnik</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="635" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="636" />
            <source>In status</source>
            <translation>U statusu</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="637" />
            <source>Dispatched</source>
            <translation>Upućena</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="649" />
            <source>Incident</source>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="650" />
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="652" />
            <source>Location</source>
            <translation>Lokacija</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="653" />
            <source>Age</source>
            <translation>Starost</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="654" />
            <source>Units</source>
            <translation>Jedinice</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="181" />
            <source>&amp;Sound</source>
            <translation>&amp;Zvuk</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="183" />
            <source>&amp;Mute sounds</source>
            <translation>&amp;Isključi zvuke</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="198" />
            <source>Sound &amp;settings…</source>
            <translation>&amp;Podešavanja zvuka…</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="240" />
            <source>SITE NOT LOADED — no links are running: {err}</source>
            <translation>PODRUČJE NIJE UČITANO — nijedna veza ne radi: {err}</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="242" />
            <source>Store: not opened</source>
            <translation>Skladište: nije otvoreno</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="305" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>VEŽBA NIJE POKRENUTA — {err}</translation>
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
            <translation>{unit} dolazak {eta}</translation>
        </message>
        <message>
            <location filename="../../widgets/map_widget.py" line="412" />
            <source>{0} · no fix</source>
            <translation>{0} · bez pozicije</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="166" />
            <source>EXERCISE</source>
            <translation>VEŽBA</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="189" />
            <source>E</source>
            <translation>V</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="217" />
            <source>Raised {0}</source>
            <translation>Podignuta {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>DOWN</source>
            <translation>VAN FUNKCIJE</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>degraded</source>
            <translation>ometeno</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="307" />
            <source>Sensor ({0})</source>
            <translation>Senzor ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="377" />
            <source>Verified</source>
            <translation>Provereno</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="379" />
            <source>New automatic fix offered</source>
            <translation>Ponuđena nova automatska pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="370" />
            <source>Located {time} ({age})</source>
            <translation>Locirano {time} ({age})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="368" />
            <source>(no number)</source>
            <translation>(nema broja)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="45" />
            <source>Recommend units</source>
            <translation>Preporuči jedinice</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="56" />
            <source>New incident here…</source>
            <translation>Nova intervencija ovde…</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="32" />
            <source>never</source>
            <translation>nikad</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="38" />
            <source>{0} h ago</source>
            <translation>pre {0} č</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="35" />
            <source>{0} s ago</source>
            <translation>pre {0} s</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="37" />
            <source>{0} min ago</source>
            <translation>pre {0} min</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="46" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="47" />
            <source>Status: {0}</source>
            <translation>Status: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="48" />
            <source>Fix: {0}</source>
            <translation>Pozicija: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="57" />
            <source>No fix: shown at its station</source>
            <translation>Bez pozicije: prikazana u svojoj stanici</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="52" />
            <source>No fix: shown at incident {0} by its status</source>
            <translation>Bez pozicije: prikazana na intervenciji {0} prema statusu</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="61" />
            <source>No position</source>
            <translation>Nema pozicije</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="69" />
            <source>Station ({0})</source>
            <translation>Stanica ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="362" />
            <source>Speed: {0}</source>
            <translation>Brzina: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="363" />
            <source>unknown</source>
            <translation>nepoznato</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="367" />
            <source>Course: {0}</source>
            <translation>Kurs: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="373" />
            <source>Last plot: {0} s ago</source>
            <translation>Poslednji odraz: pre {0} s</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="363" />
            <source>{0} km/h</source>
            <translation>{0} km/č</translation>
        </message>
    </context>
    <context>
        <name>OperatorConsole</name>
        <message>
            <location filename="../../console/session/operator_console.py" line="125" />
            <source>EMERGENCY SESSION: {name} ({role}), {left} min left</source>
            <translation>HITNA SESIJA: {name} ({role}), preostalo {left} min</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="131" />
            <source>NOBODY SIGNED IN — actions are refused (Operator ▸ Change operator)</source>
            <translation>NIKO NIJE PRIJAVLjEN — radnje se odbijaju (Operater ▸ Promeni operatera)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="135" />
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="137" />
            <source>{who} — no password yet: full rights of this store file</source>
            <translation>{who} — još bez lozinke: puna prava nad ovom datotekom skladišta</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="141" />
            <source>{who} — LOCKED</source>
            <translation>{who} — ZAKLjUČANO</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="150" />
            <source>BREAK-GLASS EMERGENCY SESSION — {name} at {position} until {until} UTC: {reason}</source>
            <translation>HITAN PRISTUP (RAZBIJ STAKLO) — {name} na radnom mestu {position} do {until} UTC: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="170" />
            <source>signed in as {name}: the database has stored it</source>
            <translation>prijavljeni ste kao {name}: baza je to sačuvala</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="195" />
            <source>Change operator — {name} hands over</source>
            <translation>Promena operatera — {name} predaje smenu</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="316" />
            <source>{name} has no password, so this position cannot lock: set one (dispatch-console operators passwd STORE {name})</source>
            <translation>{name} nema lozinku, pa se ovo radno mesto ne može zaključati: postavite je (dispatch-console operators passwd STORE {name})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="382" />
            <source>{name} added ({role})</source>
            <translation>Dodat {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="388" />
            <source>{name} is now {role}</source>
            <translation>{name} sada ima ulogu {role}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="394" />
            <source>{name} disabled</source>
            <translation>Onemogućen {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="400" />
            <source>password of {name} changed</source>
            <translation>lozinka za {name} je promenjena</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="58" />
            <source>Operators</source>
            <translation>Operateri</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Role</source>
            <translation>Uloga</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>State</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Signed in at</source>
            <translation>Prijavljen u</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="80" />
            <source>&amp;Name</source>
            <translation>&amp;Ime</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="81" />
            <source>&amp;Role</source>
            <translation>&amp;Uloga</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="82" />
            <source>New &amp;password</source>
            <translation>Nova &amp;lozinka</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="83" />
            <source>&amp;Again</source>
            <translation>&amp;Ponovo</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="84" />
            <source>Reason (disable)</source>
            <translation>Razlog (onemogućavanje)</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="92" />
            <source>A&amp;dd</source>
            <translation>&amp;Dodaj</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="93" />
            <source>Set r&amp;ole</source>
            <translation>Postavi &amp;ulogu</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="94" />
            <source>Reset pass&amp;word</source>
            <translation>Resetuj &amp;lozinku</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="95" />
            <source>D&amp;isable</source>
            <translation>One&amp;mogući</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="96" />
            <source>&amp;Close</source>
            <translation>&amp;Zatvori</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="111" />
            <source>disabled</source>
            <translation>onemogućen</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="111" />
            <source>enabled</source>
            <translation>aktivan</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="113" />
            <source>, no password</source>
            <translation>, bez lozinke</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="132" />
            <source>Type or select an operator's name.</source>
            <translation>Unesite ili izaberite ime operatera.</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="138" />
            <source>The two passwords differ.</source>
            <translation>Lozinke se ne poklapaju.</translation>
        </message>
    </context>
    <context>
        <name>PlaceCompleterWidget</name>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Locality</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Match</source>
            <translation>Podudaranje</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="57" />
            <source>site name</source>
            <translation>naziv objekta</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="58" />
            <source>address</source>
            <translation>adresa</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="59" />
            <source>street</source>
            <translation>ulica</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="60" />
            <source>corner</source>
            <translation>raskrsnica</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="61" />
            <source>landmark</source>
            <translation>orijentir</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="62" />
            <source>area</source>
            <translation>područje</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="63" />
            <source>coordinates</source>
            <translation>koordinate</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="75" />
            <location filename="../../widgets/place_completer.py" line="77" />
            <source>exact</source>
            <translation>tačno</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="78" />
            <source>fuzzy</source>
            <translation>približno</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="79" />
            <source>partial</source>
            <translation>delimično</translation>
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
            <translation>Nađi mesto (Ctrl+F): adresa, raskrsnica, orijentir</translation>
        </message>
        <message>
            <location filename="../../widgets/place_search.py" line="87" />
            <source>No place found for '{query}'</source>
            <translation>Nije nađeno mesto za „{query}“</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Opozovi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponovi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Iseci</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiraj</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Nalepi</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Izaberi sve</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>U redu</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Sačuvaj sve</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otvori</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Da za s&amp;ve</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ne</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;e za sve</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Prekini</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Pokušaj ponovo</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Zanemari</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Odbaci</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Pomoć</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Primeni</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Resetuj</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Vrati podrazumevano</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Opozovi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponovi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Iseci</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiraj</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Kopiraj &amp;adresu veze</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Nalepi</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Izaberi sve</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanelDock</name>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="74" />
            <source>Recommendation</source>
            <translation>Preporuka</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="98" />
            <source>Unit</source>
            <translation>Jedinica</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="99" />
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="100" />
            <source>ETA</source>
            <translation>Dolazak</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="101" />
            <source>Route</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="102" />
            <source>Fix</source>
            <translation>Pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="103" />
            <source>Reason</source>
            <translation>Razlog</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="125" />
            <source>Dispatch (Enter)</source>
            <translation>Uputi (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="210" />
            <source>No recommendation</source>
            <translation>Nema preporuke</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="213" />
            <source>No recommendation for incident {incident}</source>
            <translation>Nema preporuke za intervenciju {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="220" />
            <source>Recommendation for incident {incident}</source>
            <translation>Preporuka za intervenciju {incident}</translation>
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
            <translation>iz stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="279" />
            <source>{age} ago</source>
            <translation>pre {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="329" />
            <source>{picked} of {wanted} picked</source>
            <translation>Izabrano {picked} od {wanted}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="343" />
            <source>Select an incident; R recommends units.</source>
            <translation>Izaberite intervenciju; R preporučuje jedinice.</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="346" />
            <source>R {incident} recommends units for it.</source>
            <translation>R {incident} preporučuje jedinice za nju.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="352" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>%n jedinica, izmenio dispečer</numerusform>
                <numerusform>%n jedinice, izmenio dispečer</numerusform>
                <numerusform>%n jedinica, izmenio dispečer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="355" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>%n jedinica, po preporuci</numerusform>
                <numerusform>%n jedinice, po preporuci</numerusform>
                <numerusform>%n jedinica, po preporuci</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReplaySession</name>
        <message>
            <location filename="../../console/session/replay.py" line="135" />
            <source>REPLAY OF A DRILL — read-only — {where} — {verdict}</source>
            <translation>REPRODUKCIJA VEŽBE — samo čitanje — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="137" />
            <source>REPLAY — read-only — {where} — {verdict}</source>
            <translation>REPRODUKCIJA — samo čitanje — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="142" />
            <source>Replay: the store holds no events</source>
            <translation>Reprodukcija: skladište nema događaja</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="156" />
            <source>drill</source>
            <translation>vežba</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="159" />
            <source>Replay — DRILL — {title} — {site}</source>
            <translation>Reprodukcija — VEŽBA — {title} — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="213" />
            <source>Wallboard — REPLAY — {site}</source>
            <translation>Zidni prikaz — REPRODUKCIJA — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="215" />
            <source>Wallboard — REPLAY OF A DRILL — {site}</source>
            <translation>Zidni prikaz — REPRODUKCIJA VEŽBE — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="366" />
            <source>Replay at {time} · event {seq}</source>
            <translation>Reprodukcija u {time} · događaj {seq}</translation>
        </message>
    </context>
    <context>
        <name>SensorLayer</name>
        <message>
            <location filename="../../widgets/map/sensors.py" line="224" />
            <source>{name} (down)</source>
            <translation>{name} (van funkcije)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/sensors.py" line="225" />
            <source>{name} (degraded)</source>
            <translation>{name} (ometeno)</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../widgets/command_help.py" line="78" />
            <source>bring the unit board forward and focus it</source>
            <extracomment>(window attribute of the dock, key, name): Ctrl+n brings the dock forward and focuses it.</extracomment>
            <translation>dovesti tablu jedinica u prvi plan i fokusirati</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="79" />
            <source>bring the event log forward and focus it</source>
            <translation>dovesti dnevnik događaja u prvi plan i fokusirati</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="80" />
            <source>bring the link status forward and focus it</source>
            <translation>dovesti stanje veza u prvi plan i fokusirati</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="81" />
            <source>bring the incident list forward and focus it</source>
            <translation>dovesti listu intervencija u prvi plan i fokusirati</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="84" />
            <source>bring the incident card forward and focus it</source>
            <translation>dovesti karticu intervencije u prvi plan i fokusirati</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="87" />
            <source>bring the recommendation forward and focus it</source>
            <translation>dovesti preporuku u prvi plan i fokusirati</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="90" />
            <source>bring the call list forward and focus it</source>
            <translation>dovesti listu poziva u prvi plan i fokusirati</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="91" />
            <source>bring the call card forward and focus it</source>
            <translation>dovesti karticu poziva u prvi plan i fokusirati</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="92" />
            <source>bring the alert list forward and focus it</source>
            <translation>dovesti listu uzbuna u prvi plan i fokusirati</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="96" />
            <source>command line</source>
            <translation>komandna linija</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="99" />
            <source>back to the command line from any dock</source>
            <translation>nazad na komandnu liniju iz bilo kog panela</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="104" />
            <source>in the command line: the commands; elsewhere: the shortcut list</source>
            <translation>u komandnoj liniji: komande; drugde: spisak prečica</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="110" />
            <source>in the command line: complete the word</source>
            <translation>u komandnoj liniji: dopuni reč</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="115" />
            <source>in the command line: earlier lines, or the place list</source>
            <translation>u komandnoj liniji: prethodni redovi, ili spisak mesta</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="121" />
            <source>on a unit (board, tiles or map): the status changes it allows</source>
            <translation>na jedinici (tabla, pločice ili mapa): dozvoljene promene statusa</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="128" />
            <source>find a place (address, corner, landmark) and centre the map on it</source>
            <translation>pronađi mesto (adresu, raskrsnicu, orijentir) i centriraj mapu na njega</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="132" />
            <source>fit the map to the site</source>
            <translation>prilagodi mapu području</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="133" />
            <source>day / night theme</source>
            <translation>dnevna / noćna tema</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="135" />
            <source>mute or unmute this position's sounds</source>
            <translation>isključi ili uključi zvuke ovog radnog mesta</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="139" />
            <source>the map in its own window (second screen) and back</source>
            <translation>mapa u zasebnom prozoru (drugi ekran) i nazad</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="143" />
            <source>the supervisor's wallboard (full screen: F11)</source>
            <translation>zidni prikaz nadzornika (ceo ekran: F11)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="147" />
            <source>change operator (another dispatcher signs in here)</source>
            <translation>promena operatera (drugi dispečer se prijavljuje ovde)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="149" />
            <source>lock this position</source>
            <translation>zaključaj ovo radno mesto</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="150" />
            <source>open a replay</source>
            <translation>otvori reprodukciju</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="153" />
            <source>quit (links are closed and the store is flushed)</source>
            <translation>izlaz (veze se zatvaraju i skladište se upisuje)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="160" />
            <source>Command line: {usage}</source>
            <translation>Komandna linija: {usage}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="56" />
            <source>Sign in — {site}</source>
            <translation>Prijava — {site}</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="61" />
            <source>Position {position}: sign in with your operator name and password.</source>
            <translation>Radno mesto {position}: prijavite se imenom operatera i lozinkom.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="74" />
            <source>&amp;Name</source>
            <translation>&amp;Ime</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="75" />
            <source>&amp;Password</source>
            <translation>&amp;Lozinka</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="86" />
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>&amp;Sign in</source>
            <translation>&amp;Prijavi se</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="101" />
            <source>Why (stored with the session)</source>
            <translation>Razlog (čuva se uz sesiju)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="103" />
            <source>EMERGENCY SESSION (break glass)</source>
            <translation>HITNA SESIJA (razbij staklo)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>Checking…</source>
            <translation>Provera…</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="131" />
            <source>The database cannot be reached, so nobody can sign in. This site allows an emergency session of {minutes} minutes with the dispatcher role: it is logged (stored when the database returns) and marked on screen throughout.</source>
            <translation>Baza podataka nije dostupna, pa niko ne može da se prijavi. Ovaj centar dozvoljava hitnu sesiju od {minutes} minuta sa ulogom dispečera: beleži se (čuva se kada se baza vrati) i sve vreme je označena na ekranu.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="147" />
            <source>Type your operator name.</source>
            <translation>Unesite svoje ime operatera.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="158" />
            <source>An emergency session needs your name and the reason.</source>
            <translation>Hitna sesija zahteva vaše ime i razlog.</translation>
        </message>
    </context>
    <context>
        <name>Sound</name>
        <message>
            <location filename="../../widgets/sound/player.py" line="194" />
            <source>Qt Multimedia is not available ({err})</source>
            <translation>Qt Multimedia nije dostupan ({err})</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="205" />
            <source>no audio output device</source>
            <translation>nema izlaznog zvučnog uređaja</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="213" />
            <source>the audio output {device} cannot play 16-bit mono at {rate} Hz</source>
            <translation>zvučni izlaz {device} ne može da pušta 16 bita mono na {rate} Hz</translation>
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
            <translation>Zvoni novi poziv</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="56" />
            <source>High-priority incident</source>
            <translation>Intervencija visokog prioriteta</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="57" />
            <source>Alarm from a zone or a radar</source>
            <translation>Alarm iz zone ili sa radara</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="58" />
            <source>Unit overdue</source>
            <translation>Jedinica kasni</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="60" />
            <source>&amp;Mute all sounds at this position</source>
            <translation>&amp;Isključi sve zvuke na ovom radnom mestu</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="69" />
            <source>&amp;Volume</source>
            <translation>&amp;Jačina zvuka</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="80" />
            <source>Cue</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="81" />
            <source>Real</source>
            <translation>Stvarno</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="82" />
            <source>Drill (exercise)</source>
            <translation>Vežba</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="87" />
            <source>Play</source>
            <translation>Pusti</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="90" />
            <source>Play {cue}</source>
            <translation>Pusti {cue}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="92" />
            <source>Play {cue}, drill version</source>
            <translation>Pusti {cue}, verzija za vežbu</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="119" />
            <source>{n} %</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="130" />
            <source>Output: {device}</source>
            <translation>Izlaz: {device}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="136" />
            <source>No sound at this position: {reason}. Cues are shown, not heard.</source>
            <translation>Nema zvuka na ovom radnom mestu: {reason}. Signali se prikazuju, ne čuju.</translation>
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
            <translation>Broj</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Median s</source>
            <translation>Medijana s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Pct s</source>
            <translation>Percentil s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Target s</source>
            <translation>Cilj s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="340" />
            <source>Within</source>
            <translation>U cilju</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="340" />
            <source>Passed</source>
            <translation>Položeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="355" />
            <source>Call answering times (s), ring-start calls</source>
            <translation>Vreme javljanja na pozive (s), pozivi sa početkom zvonjenja</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="357" />
            <source>Total response times (m:ss)</source>
            <translation>Ukupna vremena odziva (m:ss)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="360" />
            <source>90th percentile per day: call answering and processing (s)</source>
            <translation>90. percentil po danu: javljanje na poziv i obrada (s)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="362" />
            <source>90th percentile per day: turnout, travel, total response</source>
            <translation>90. percentil po danu: izlazak, vožnja, ukupno vreme odziva</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="364" />
            <source>Incident type</source>
            <translation>Vrsta intervencije</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="364" />
            <source>Priority</source>
            <translation>Prioritet</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="365" />
            <source>Discipline</source>
            <translation>Služba</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="365" />
            <source>Station</source>
            <translation>Stanica</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="366" />
            <source>Hour of day (local)</source>
            <translation>Sat u danu (lokalno)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="384" />
            <source>Outliers: the slowest over target</source>
            <translation>Odstupanja: najsporiji preko cilja</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="403" />
            <source>Definitions</source>
            <translation>Definicije</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="406" />
            <source>ALI and AML calls give no ring start: they are counted, not timed. A call never answered counts as over every target.</source>
            <translation>ALI i AML pozivi ne daju početak zvonjenja: broje se, ali se ne mere. Poziv na koji se niko nije javio računa se kao prekoračenje svakog cilja.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="328" />
            <source>Response statistics {period}</source>
            <translation>Statistika odziva {period}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="371" />
            <source>Each cell: count / 90th percentile (s or m:ss) / share within target</source>
            <translation>Svaka ćelija: broj / 90. percentil (s ili m:ss) / udeo u cilju</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Started</source>
            <translation>Počelo</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Incident</source>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Call</source>
            <translation>Poziv</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Unit</source>
            <translation>Jedinica</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="395" />
            <source>Supervisors only: per call-taker (for training)</source>
            <translation>Samo za supervizore: po operateru (za obuku)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="125" />
            <source>EXERCISE — drill figures, not live operation</source>
            <translation>VEŽBA — podaci sa vežbe, ne stvarni rad</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="132" />
            <source>page {n}</source>
            <translation>strana {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="332" />
            <source>{calls} calls, {incidents} incidents, {units} unit responses, {alerts} alerts. Store {store}. High priority: priority 1 to {high}. Percentile {pct:g}.</source>
            <translation>Pozivi: {calls}, intervencije: {incidents}, izlazci jedinica: {units}, uzbune: {alerts}. Skladište {store}. Visok prioritet: prioritet 1 do {high}. Percentil {pct:g}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="344" />
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="344" />
            <source>NO</source>
            <translation>NE</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="353" />
            <source>Not timed, never guessed: {what}.</source>
            <translation>Nije mereno, nikad procenjeno: {what}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="386" />
            <source>never</source>
            <translation>nikad</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="401" />
            <source>Call-taker</source>
            <translation>Operater prijema</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="401" />
            <source>Answering n / p90 / %</source>
            <translation>Javljanje br. / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="402" />
            <source>Processing (high) n / p90 / %</source>
            <translation>Obrada (hitno) br. / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="134" />
            <source>EXERCISE</source>
            <translation>VEŽBA</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="230" />
            <source>target {s} s</source>
            <translation>cilj {s} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="353" />
            <source>none</source>
            <translation>nema</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="370" />
            <source>By {what}</source>
            <translation>Po: {what}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../widgets/themes.py" line="164" />
            <source>Day theme</source>
            <translation>Dnevna tema</translation>
        </message>
        <message>
            <location filename="../../widgets/themes.py" line="165" />
            <source>Night theme</source>
            <translation>Noćna tema</translation>
        </message>
    </context>
    <context>
        <name>TimelineDock</name>
        <message>
            <location filename="../../widgets/timeline.py" line="182" />
            <source>Replay timeline</source>
            <translation>Vremenska linija reprodukcije</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <location filename="../../widgets/timeline.py" line="397" />
            <source>Play</source>
            <translation>Pusti</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <source>Play or pause (Space)</source>
            <translation>Pusti ili pauziraj (razmak)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="229" />
            <source>{n}x</source>
            <translation>{n}×</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="230" />
            <source>Replay speed</source>
            <translation>Brzina reprodukcije</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous</source>
            <translation>Prethodno</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous event</source>
            <translation>Prethodni događaj</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next</source>
            <translation>Sledeće</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next event</source>
            <translation>Sledeći događaj</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="240" />
            <source>Jump to this time (Enter)</source>
            <translation>Skoči na ovo vreme (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Go</source>
            <translation>Idi</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Jump to the time (Enter)</source>
            <translation>Skoči na vreme (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="245" />
            <source>Filter: incident …, unit …, link … or text</source>
            <translation>Filter: intervencija …, jedinica …, veza … ili tekst</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="272" />
            <source>events</source>
            <translation>događaji</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="394" />
            <source>Pause</source>
            <translation>Pauza</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/timeline.py" line="508" />
            <source>{time} · %n event(s)</source>
            <translation>
                <numerusform>{time} · %n događaj</numerusform>
                <numerusform>{time} · %n događaja</numerusform>
                <numerusform>{time} · %n događaja</numerusform>
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
            <translation>Instruktor — VEŽBA</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="109" />
            <source>No scenario</source>
            <translation>Nema scenarija</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="132" />
            <source>Start</source>
            <translation>Počni</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="133" />
            <location filename="../../widgets/trainer_panel.py" line="272" />
            <source>Pause</source>
            <translation>Pauza</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="134" />
            <source>End drill</source>
            <translation>Završi vežbu</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="140" />
            <source>Speed</source>
            <translation>Brzina</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="147" />
            <source>Injections to come</source>
            <translation>Predstojeća ubacivanja</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="150" />
            <source>Inject now</source>
            <translation>Ubaci sada</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="181" />
            <source>Ready</source>
            <translation>Spremno</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="182" />
            <source>Running</source>
            <translation>Radi</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="183" />
            <source>PAUSED</source>
            <translation>PAUZIRANO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="184" />
            <source>Ended</source>
            <translation>Završeno</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="187" />
            <source>Ended: {reason}</source>
            <translation>Završeno: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="191" />
            <source>Last: {what}</source>
            <translation>Poslednje: {what}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="206" />
            <source>Report: {path}</source>
            <translation>Izveštaj: {path}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="213" />
            <source>PASSED</source>
            <translation>POLOŽENO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="213" />
            <source>NOT PASSED</source>
            <translation>NIJE POLOŽENO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="215" />
            <source>Score {score} / 100 — {verdict}</source>
            <translation>Ocena {score} / 100 — {verdict}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="223" />
            <source>{part}: {share}</source>
            <translation>{part}: {share}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="272" />
            <source>Resume</source>
            <translation>Nastavi</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="292" />
            <source>Select an injection to send it now.</source>
            <translation>Izaberite ubacivanje da ga pošaljete sada.</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardDock</name>
        <message>
            <location filename="../../widgets/unit_board.py" line="134" />
            <source>Units</source>
            <translation>Jedinice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="142" />
            <source>Filter units</source>
            <translation>Filtriraj jedinice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="148" />
            <source>No grouping</source>
            <translation>Bez grupisanja</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="149" />
            <source>Group by station</source>
            <translation>Grupiši po stanici</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="150" />
            <source>Group by discipline</source>
            <translation>Grupiši po službi</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="151" />
            <source>Group by status</source>
            <translation>Grupiši po statusu</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="209" />
            <source>Show the units as a table, status tiles or both</source>
            <translation>Prikaži jedinice kao tabelu, pločice statusa ili oba</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="213" />
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="214" />
            <source>Tiles</source>
            <translation>Pločice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="215" />
            <source>Both</source>
            <translation>Oba</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="219" />
            <source>&amp;Table</source>
            <translation>&amp;Tabela</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="220" />
            <source>T&amp;iles</source>
            <translation>&amp;Pločice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="221" />
            <source>&amp;Both: table above tiles</source>
            <translation>&amp;Oba: tabela iznad pločica</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardModel</name>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="234" />
            <source>Call sign</source>
            <translation>Pozivni znak</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="235" />
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="236" />
            <source>Discipline</source>
            <translation>Služba</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="237" />
            <source>Station</source>
            <translation>Stanica</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="238" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="239" />
            <source>In status</source>
            <translation>U statusu</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="240" />
            <source>Incident</source>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="241" />
            <source>Last fix</source>
            <translation>Poslednja pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="242" />
            <source>Position</source>
            <translation>Pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="292" />
            <source>No position received yet</source>
            <translation>Pozicija još nije primljena</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="294" />
            <source>Stale position: last fix {age} ago</source>
            <translation>Zastarela pozicija: poslednja pre {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="298" />
            <source>Overdue: {reason}</source>
            <translation>Prekoračeno: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="324" />
            <source>no fix</source>
            <translation>bez pozicije</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="330" />
            <source>at station (no fix)</source>
            <translation>u stanici (bez pozicije)</translation>
        </message>
    </context>
    <context>
        <name>UnitTilesWidget</name>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="236" />
            <source>No station</source>
            <translation>Nema stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="518" />
            <source>{status} for {elapsed}</source>
            <translation>{status} već {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="524" />
            <source>Incident {id}</source>
            <translation>Intervencija {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="526" />
            <source>Overdue: {reason}</source>
            <translation>Prekoračeno: {reason}</translation>
        </message>
    </context>
    <context>
        <name>UnitType</name>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>patrol car</source>
            <extracomment>Patrol car</extracomment>
            <translation>patrolno vozilo</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>dog unit</source>
            <extracomment>Police dog unit</extracomment>
            <translation>kinološka jedinica</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>engine</source>
            <extracomment>Fire engine</extracomment>
            <translation>vatrogasno vozilo</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ladder</source>
            <extracomment>Aerial ladder</extracomment>
            <translation>autolestve</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>rescue</source>
            <extracomment>Heavy rescue</extracomment>
            <translation>tehničko spasavanje</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>tanker</source>
            <extracomment>Water tanker</extracomment>
            <translation>auto-cisterna</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>hazmat</source>
            <extracomment>Hazardous materials unit</extracomment>
            <translation>jedinica za opasne materije</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>boat</source>
            <extracomment>Rescue boat</extracomment>
            <translation>spasilački čamac</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ALS ambulance</source>
            <extracomment>Advanced life support ambulance</extracomment>
            <translation>sanitet (napredna podrška)</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>BLS ambulance</source>
            <extracomment>Basic life support ambulance</extracomment>
            <translation>sanitet (osnovna podrška)</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>field supervisor</source>
            <extracomment>Medical field supervisor</extracomment>
            <translation>medicinski koordinator na terenu</translation>
        </message>
    </context>
    <context>
        <name>WallboardWidget</name>
        <message>
            <location filename="../../widgets/wallboard.py" line="79" />
            <source>Wallboard</source>
            <translation>Zidni prikaz</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="89" />
            <source>Calls waiting</source>
            <translation>Pozivi na čekanju</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="90" />
            <source>Longest ring</source>
            <translation>Najduže zvonjenje</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="91" />
            <source>Answered within 15 s, last hour</source>
            <translation>Javljeno u roku od 15 s, poslednji sat</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="92" />
            <source>Answered within 20 s, last hour</source>
            <translation>Javljeno u roku od 20 s, poslednji sat</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="93" />
            <source>Incidents open</source>
            <translation>Otvorene intervencije</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="94" />
            <source>Alerts open</source>
            <translation>Otvorene uzbune</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="95" />
            <source>Links down</source>
            <translation>Veze van funkcije</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="96" />
            <source>Sensors down</source>
            <translation>Senzori van funkcije</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="102" />
            <source>Units by discipline</source>
            <translation>Jedinice po službi</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="102" />
            <source>Units by station</source>
            <translation>Jedinice po stanici</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="131" />
            <source>Calls per 15 minutes today</source>
            <translation>Pozivi po 15 minuta danas</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="132" />
            <source>hour</source>
            <translation>sat</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="138" />
            <source>today</source>
            <translation>danas</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="139" />
            <source>same weekday, average</source>
            <translation>isti dan u nedelji, prosek</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="140" />
            <source>Answer times today (s)</source>
            <translation>Vreme javljanja danas (s)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="146" />
            <source>Last hour vs standard</source>
            <translation>Poslednji sat prema normativu</translation>
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
            <translation>Javljeno: {n}; normativ {pct:.0f} %</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="236" />
            <source>; {n} without ring start (not timed)</source>
            <translation>; bez početka zvonjenja (nije mereno): {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="242" />
            <source>P{p}: {n}</source>
            <translation>P{p}: {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="247" />
            <source>{n} not acknowledged</source>
            <translation>Bez potvrde prijema: {n}</translation>
        </message>
    </context>
    <context>
        <name>_AreaWords</name>
        <message numerus="yes">
            <location filename="../../widgets/alert_panel.py" line="96" />
            <source>%n polygon(s)</source>
            <translation>
                <numerusform>%n poligon</numerusform>
                <numerusform>%n poligona</numerusform>
                <numerusform>%n poligona</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location filename="../../widgets/status_style.py" line="151" />
            <source>available</source>
            <translation>slobodna</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="152" />
            <source>available on radio</source>
            <translation>slobodna na radiju</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="153" />
            <source>dispatched</source>
            <translation>upućena</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="154" />
            <source>en route</source>
            <translation>na putu</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="155" />
            <source>on scene</source>
            <translation>na licu mesta</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="156" />
            <source>transporting</source>
            <translation>u transportu</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="157" />
            <source>at hospital</source>
            <translation>u bolnici</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="158" />
            <source>out of service</source>
            <translation>van službe</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="180" />
            <source>{status} {elapsed}</source>
            <translation>{status} {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="208" />
            <source>Set {status}</source>
            <translation>Postavi {status}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="217" />
            <source>No status change allowed from {status}</source>
            <translation>Iz statusa {status} nije dozvoljena promena</translation>
        </message>
    </context>
    <context>
        <name>symbols</name>
        <message>
            <location filename="../../widgets/symbols.py" line="80" />
            <source>Police</source>
            <translation>Policija</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="81" />
            <source>Fire</source>
            <translation>Vatrogasci</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="82" />
            <source>Medical</source>
            <translation>Hitna pomoć</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="84" />
            <source>Other</source>
            <translation>Ostalo</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="161" />
            <source>Typed</source>
            <translation>Ukucano</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="162" />
            <source>Map click</source>
            <translation>Klik na mapi</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="214" />
            <source>Hospital</source>
            <extracomment>What the console's map shows of a site's landmarks: the places a crew is sent to or from and the water it needs, not every shop and café the data holds.</extracomment>
            <translation>Bolnica</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="215" />
            <source>Clinic</source>
            <translation>Dom zdravlja</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="216" />
            <source>Doctors</source>
            <translation>Lekari</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="217" />
            <source>Pharmacy</source>
            <translation>Apoteka</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="218" />
            <source>Fire station</source>
            <translation>Vatrogasna stanica</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="219" />
            <source>Police station</source>
            <translation>Policijska stanica</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="220" />
            <source>School</source>
            <translation>Škola</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="221" />
            <source>Kindergarten</source>
            <translation>Vrtić</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="222" />
            <source>University</source>
            <translation>Univerzitet</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="223" />
            <source>Fire hydrant</source>
            <translation>Hidrant</translation>
        </message>
    </context>
</TS>
