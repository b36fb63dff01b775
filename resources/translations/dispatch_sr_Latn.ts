<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
    <context>
        <name>ActionController</name>
        <message>
            <location filename="../../console/controllers/actions.py" line="47" />
            <source>{what}: {reason}</source>
            <translation>{what}: {reason}</translation>
        </message>
    </context>
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
        <name>AlertController</name>
        <message>
            <location filename="../../console/controllers/alerts.py" line="89" />
            <source>link</source>
            <translation>povezivanje</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="90" />
            <source>dismiss</source>
            <translation>odbacivanje</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="91" />
            <source>acknowledge</source>
            <translation>potvrda prijema</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="92" />
            <source>promote</source>
            <translation>pretvaranje u intervenciju</translation>
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
            <location filename="../../widgets/alert_queue.py" line="101" />
            <source>Extreme</source>
            <translation>Ekstremna</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="102" />
            <source>Severe</source>
            <translation>Teška</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="103" />
            <source>Moderate</source>
            <translation>Umerena</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="104" />
            <source>Minor</source>
            <translation>Mala</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="105" />
            <source>Unknown</source>
            <translation>Nepoznato</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="112" />
            <source>New</source>
            <translation>Nova</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="113" />
            <source>Acknowledged</source>
            <translation>Prijem potvrđen</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="114" />
            <source>Promoted</source>
            <translation>Pretvorena</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="115" />
            <source>Linked</source>
            <translation>Povezana</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="116" />
            <source>Dismissed</source>
            <translation>Odbačena</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="117" />
            <source>Cancelled</source>
            <translation>Otkazano</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="124" />
            <source>Zone entry</source>
            <translation>Ulazak u zonu</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="125" />
            <source>Zone alarm</source>
            <translation>Alarm zone</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="126" />
            <source>CAP</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="127" />
            <source>Radio</source>
            <translation>Radio-veza</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="300" />
            <source>EXERCISE · {severity}</source>
            <translation>VEŽBA · {severity}</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueDock</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="332" />
            <source>Alerts</source>
            <translation>Uzbune</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueModel</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="212" />
            <source>State</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="213" />
            <source>Severity</source>
            <translation>Ozbiljnost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="214" />
            <source>Origin</source>
            <translation>Poreklo</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="215" />
            <source>Alert</source>
            <translation>Uzbuna</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="216" />
            <source>Zone / sensor</source>
            <translation>Zona / senzor</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="217" />
            <source>Age</source>
            <translation>Starost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="218" />
            <source>Incident</source>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="262" />
            <source>EXERCISE · {severity}</source>
            <translation>VEŽBA · {severity}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="281" />
            <source>Raised {time}</source>
            <translation>Podignuta {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="283" />
            <source>Exercise alert: not real</source>
            <translation>Uzbuna sa vežbe: nije stvarna</translation>
        </message>
    </context>
    <context>
        <name>CallController</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="155" />
            <source>use location</source>
            <translation>korišćenje lokacije</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="156" />
            <source>call location</source>
            <translation>lokacija poziva</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="157" />
            <source>partner answer</source>
            <translation>odgovor partneru</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="158" />
            <source>answer</source>
            <translation>javljanje</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="159" />
            <source>abandon</source>
            <translation>prekid</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="160" />
            <source>release</source>
            <translation>oslobađanje</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="161" />
            <source>verify</source>
            <translation>provera</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="162" />
            <source>attach</source>
            <translation>pridruživanje</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="163" />
            <source>map location</source>
            <translation>lokacija sa mape</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="164" />
            <source>create incident</source>
            <translation>otvaranje intervencije</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="175" />
            <source>this site has no partner agencies ([[http.partners]] in site.toml)</source>
            <translation>ova lokacija nema partnerske službe ([[http.partners]] u site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="178" />
            <source>{answer} sent to the partner of {call}</source>
            <translation>odgovor {answer} poslat partnerskom centru poziva {call}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="192" />
            <source>{what}: call {call} has no position: {command}</source>
            <translation>{what}: poziv {call} nema položaj: {command}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="206" />
            <source>{call} at {where}: type the incident type (Tab completes)</source>
            <translation>Poziv {call} na {where}: ukucajte vrstu intervencije (Tab dopunjava)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="352" />
            <source>places unavailable</source>
            <translation>mesta nedostupna</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="378" />
            <source>no named street nearby</source>
            <translation>nema imenovane ulice u blizini</translation>
        </message>
    </context>
    <context>
        <name>CallPanelDock</name>
        <message>
            <location filename="../../widgets/call_panel.py" line="152" />
            <source>Call</source>
            <translation>Poziv</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="172" />
            <source>Copy coordinates</source>
            <translation>Kopiraj koordinate</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="175" />
            <source>Verify location</source>
            <translation>Proveri lokaciju</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="177" />
            <source>Pick on map</source>
            <translation>Izaberi na mapi</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="183" />
            <source>Use this location</source>
            <translation>Koristi ovu lokaciju</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Source</source>
            <translation>Izvor</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Position</source>
            <translation>Pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Radius</source>
            <translation>Poluprečnik</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="216" />
            <source>Answer</source>
            <translation>Javi se</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="218" />
            <source>Abandoned</source>
            <translation>Prekinut</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="221" />
            <source>Create incident…</source>
            <translation>Otvori intervenciju…</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="223" />
            <source>Release</source>
            <translation>Oslobodi</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="346" />
            <source>Near: {place}</source>
            <translation>Blizu: {place}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="358" />
            <source>No call selected</source>
            <translation>Nije izabran poziv</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>(no number)</source>
            <translation>(nema broja)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="365" />
            <source>Class of service: {cos} — {text}</source>
            <translation>Klasa usluge: {cos} — {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="367" />
            <source>Class of service: {cos}</source>
            <translation>Klasa usluge: {cos}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="367" />
            <source>unknown</source>
            <translation>nepoznato</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="389" />
            <source>Caller's language: {language}</source>
            <translation>Jezik pozivaoca: {language}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="403" />
            <source>No location yet</source>
            <translation>Još nema lokacije</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="405" />
            <source>verified</source>
            <translation>provereno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="405" />
            <source>not verified</source>
            <translation>neprovereno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="407" />
            <source>Location: {source} · {verified}</source>
            <translation>Lokacija: {source} · {verified}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="414" />
            <source>No position</source>
            <translation>Nema pozicije</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="416" />
            <source>accuracy unknown</source>
            <translation>tačnost nepoznata</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="417" />
            <source>Located at {time}</source>
            <translation>Locirano u {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="457" />
            <source>New automatic fix offered: {details}, {time}</source>
            <translation>Ponuđena nova automatska pozicija: {details}, {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="463" />
            <source>{n} m from the location in force</source>
            <translation>{n} m od važeće lokacije</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="487" />
            <source>Possible duplicate of {id} ({details})</source>
            <translation>Mogući duplikat: {id} ({details})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="491" />
            <source>Possible duplicate of {id}</source>
            <translation>Mogući duplikat: {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="493" />
            <source>Attach</source>
            <translation>Pridruži</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="514" />
            <source>Ringing {ring}</source>
            <translation>Zvoni {ring}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="517" />
            <source>Answered · talking {talk} (rang {ring})</source>
            <translation>Javljeno · razgovor {talk} (zvonilo {ring})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="519" />
            <source>{state} · offered {time}</source>
            <translation>{state} · od {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="96" />
            <source>Residence</source>
            <translation>Stambeni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="97" />
            <source>Business</source>
            <translation>Poslovni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="98" />
            <source>PBX, business</source>
            <translation>Centrala, poslovni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="99" />
            <source>Pay phone</source>
            <translation>Javna govornica</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="100" />
            <source>Wireless</source>
            <translation>Mobilni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="101" />
            <source>Wireless phase I (tower)</source>
            <translation>Mobilni faza I (bazna stanica)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="102" />
            <source>Wireless phase II (handset)</source>
            <translation>Mobilni faza II (uređaj)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="103" />
            <source>VoIP</source>
            <translation>VoIP</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="104" />
            <source>VoIP residence</source>
            <translation>VoIP stambeni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="105" />
            <source>VoIP business</source>
            <translation>VoIP poslovni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="106" />
            <source>VoIP mobile</source>
            <translation>VoIP mobilni</translation>
        </message>
    </context>
    <context>
        <name>CallQueue</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="83" />
            <source>Ringing</source>
            <translation>Zvoni</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="84" />
            <source>Answered</source>
            <translation>Javljeno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="85" />
            <source>Abandoned</source>
            <translation>Prekinut</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="86" />
            <source>Released</source>
            <translation>Oslobođen</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="116" />
            <source>No location yet</source>
            <translation>Još nema lokacije</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="120" />
            <source>No position</source>
            <translation>Nema pozicije</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="102" />
            <source>± {n} km</source>
            <translation>± {n} km</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="110" />
            <source>{n}%</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="101" />
            <source>± {n} m</source>
            <translation>± {n} m</translation>
        </message>
    </context>
    <context>
        <name>CallQueueDock</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="308" />
            <source>Calls</source>
            <translation>Pozivi</translation>
        </message>
    </context>
    <context>
        <name>CallQueueModel</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="199" />
            <source>State</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="200" />
            <source>Number</source>
            <translation>Broj</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="201" />
            <source>Class</source>
            <translation>Klasa</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="202" />
            <source>Source</source>
            <translation>Izvor</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="203" />
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="204" />
            <source>Location</source>
            <translation>Lokacija</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="205" />
            <source>Incident</source>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="231" />
            <source>(no number)</source>
            <translation>(nema broja)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="244" />
            <source>≈ {id}</source>
            <translation>≈ {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="251" />
            <source>Ringing for {t}</source>
            <translation>Zvoni već {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="252" />
            <source>Talking for {t}</source>
            <translation>Razgovor već {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="253" />
            <source>Abandoned {t} ago</source>
            <translation>Prekinut pre {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="262" />
            <source>Verified by the call-taker</source>
            <translation>Proverio operater</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="266" />
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
        <name>CommandGrammar</name>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="277" />
            <source>no call is ringing</source>
            <translation>nijedan poziv ne zvoni</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="288" />
            <source>the type comes first: {usage}</source>
            <translation>prvo vrsta: {usage}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="346" />
            <source>type a command, or HELP for the list</source>
            <translation>unesite komandu, ili HELP za spisak</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="45" />
            <source>D &lt;incident&gt; [&lt;unit&gt;...]</source>
            <extracomment>What each argument is, by position, for completion ("unit..." repeats; "a|b" either): incident, unit, type, call, alert, place, disposition, command, text.</extracomment>
            <translation>D &lt;intervencija&gt; [&lt;jedinica&gt;...]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="46" />
            <source>Dispatch units; without units, the recommendation</source>
            <translation>Uputi jedinice; bez jedinica, po preporuci</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="53" />
            <source>ER &lt;unit&gt;...</source>
            <translation>ER &lt;jedinica&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="54" />
            <source>En route</source>
            <translation>Na putu</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="61" />
            <source>OS &lt;unit&gt;...</source>
            <translation>OS &lt;jedinica&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="62" />
            <source>On scene</source>
            <translation>Na licu mesta</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="69" />
            <source>TR &lt;unit&gt;...</source>
            <translation>TR &lt;jedinica&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="70" />
            <source>Transporting</source>
            <translation>Prevozi pacijenta</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="77" />
            <source>AH &lt;unit&gt;...</source>
            <translation>AH &lt;jedinica&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="78" />
            <source>At hospital</source>
            <translation>U bolnici</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="85" />
            <source>AV &lt;unit&gt;...</source>
            <translation>AV &lt;jedinica&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="86" />
            <source>Available in quarters</source>
            <translation>Slobodna u stanici</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="93" />
            <source>AR &lt;unit&gt;...</source>
            <translation>AR &lt;jedinica&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="94" />
            <source>Available on radio</source>
            <translation>Slobodna na radiju</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="101" />
            <source>OOS &lt;unit&gt;... [reason]</source>
            <translation>OOS &lt;jedinica&gt;... [razlog]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="102" />
            <source>Out of service</source>
            <translation>Van službe</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="109" />
            <source>N &lt;type&gt; [@ place | @ lat,lon [text] | @ selected]</source>
            <translation>N &lt;vrsta&gt; [@ mesto | @ širina,dužina [tekst] | @ selected]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="110" />
            <source>New incident; after @ type an address, corner or landmark and pick</source>
            <translation>Nova intervencija; posle @ unesite adresu, raskrsnicu ili orijentir i izaberite</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="119" />
            <source>LOC &lt;incident&gt; @ place | LOC [&lt;call&gt;] [@ place | lat,lon | offered]</source>
            <translation>LOC &lt;intervencija&gt; @ mesto | LOC [&lt;poziv&gt;] [@ mesto | širina,dužina | offered]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="122" />
            <source>Verify or replace a location: an incident's, or a call's (no @: verify it)</source>
            <translation>Proveri ili zameni lokaciju intervencije ili poziva (bez @: proveri je)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="132" />
            <source>WHERE &lt;unit|incident&gt;</source>
            <translation>WHERE &lt;jedinica|intervencija&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="133" />
            <source>Name its position: nearest street</source>
            <translation>Imenuj položaj: najbliža ulica</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="140" />
            <source>R &lt;incident&gt;</source>
            <translation>R &lt;intervencija&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="141" />
            <source>Show the recommendation</source>
            <translation>Prikaži preporuku</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="148" />
            <source>NOTE &lt;incident&gt; &lt;text&gt;</source>
            <translation>NOTE &lt;intervencija&gt; &lt;tekst&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="149" />
            <source>Add a note</source>
            <translation>Dodaj belešku</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="156" />
            <source>CLOSE &lt;incident&gt; &lt;disposition&gt;</source>
            <translation>CLOSE &lt;intervencija&gt; &lt;ishod&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="157" />
            <source>Close an incident</source>
            <translation>Zatvori intervenciju</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="164" />
            <source>REOPEN &lt;incident&gt; &lt;reason&gt;</source>
            <translation>REOPEN &lt;intervencija&gt; &lt;razlog&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="165" />
            <source>Reopen a closed incident (supervisor)</source>
            <translation>Ponovo otvori zatvorenu intervenciju (nadzornik)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="172" />
            <source>HANDOVER &lt;incident&gt; &lt;partner&gt; [note]</source>
            <translation>HANDOVER &lt;intervencija&gt; &lt;partner&gt; [beleška]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="173" />
            <source>Hand the incident over to a partner control room</source>
            <translation>Predaj intervenciju partnerskom operativnom centru</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="180" />
            <source>PANSWER [&lt;call&gt;] accepted|rejected|completed [reason]</source>
            <translation>PANSWER [&lt;poziv&gt;] accepted|rejected|completed [razlog]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="183" />
            <source>Answer the partner whose handover made the call</source>
            <translation>Odgovori partneru čija je predaja stvorila poziv</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="190" />
            <source>SEL &lt;unit|incident|call|alert&gt;</source>
            <translation>SEL &lt;jedinica|intervencija|poziv|uzbuna&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="191" />
            <source>Select and centre on the map</source>
            <translation>Izaberi i centriraj na mapi</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="198" />
            <source>CARD [&lt;incident&gt;]</source>
            <translation>CARD [&lt;intervencija&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="199" />
            <source>Open the incident's card (units, timers, notes)</source>
            <translation>Otvori karticu intervencije (jedinice, vremena, beleške)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="206" />
            <source>ANS [&lt;call&gt;]</source>
            <translation>ANS [&lt;poziv&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="207" />
            <source>Answer a call; alone, the one ringing longest</source>
            <translation>Javi se na poziv; samo: onaj koji najduže zvoni</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="214" />
            <source>CI [&lt;type&gt;] [&lt;call&gt;]</source>
            <translation>CI [&lt;vrsta&gt;] [&lt;poziv&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="215" />
            <source>Incident from the call at its place (address verified); no type: asks</source>
            <translation>Intervencija iz poziva na njegovom mestu (adresa proverena); bez vrste: pita</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="225" />
            <source>ATT &lt;incident&gt; [&lt;call&gt;]</source>
            <translation>ATT &lt;intervencija&gt; [&lt;poziv&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="226" />
            <source>Attach the call to an incident (a duplicate)</source>
            <translation>Pridruži poziv intervenciji (duplikat)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="233" />
            <source>REL [&lt;call&gt;]</source>
            <translation>REL [&lt;poziv&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="234" />
            <source>Release the call (it is over)</source>
            <translation>Oslobodi poziv (završen je)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="241" />
            <source>ABN [&lt;call&gt;] [reason]</source>
            <translation>ABN [&lt;poziv&gt;] [razlog]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="242" />
            <source>Mark the call abandoned (the caller hung up)</source>
            <translation>Označi poziv kao prekinut (pozivalac je spustio slušalicu)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="249" />
            <source>ACK [&lt;alert&gt;]</source>
            <translation>ACK [&lt;uzbuna&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="250" />
            <source>Acknowledge an alert</source>
            <translation>Potvrdi prijem uzbune</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="257" />
            <source>PROM [&lt;alert&gt;] [&lt;type&gt;]</source>
            <translation>PROM [&lt;uzbuna&gt;] [&lt;vrsta&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="258" />
            <source>Promote the alert to an incident (type: the suggested one)</source>
            <translation>Pretvori uzbunu u intervenciju (vrsta: predložena)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="267" />
            <source>LINK [&lt;alert&gt;] &lt;incident|call&gt;</source>
            <translation>LINK [&lt;uzbuna&gt;] &lt;intervencija|poziv&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="268" />
            <source>Link the alert to an incident or a call</source>
            <translation>Poveži uzbunu sa intervencijom ili pozivom</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="275" />
            <source>DISMISS [&lt;alert&gt;] &lt;reason&gt;</source>
            <translation>DISMISS [&lt;uzbuna&gt;] &lt;razlog&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="276" />
            <source>Dismiss the alert, with the reason</source>
            <translation>Odbaci uzbunu, uz razlog</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="283" />
            <source>RESEND &lt;unit&gt; [&lt;link&gt;]</source>
            <translation>RESEND &lt;jedinica&gt; [&lt;veza&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="284" />
            <source>Page the unit again; with a link name, over that path instead</source>
            <translation>Ponovo pozovi jedinicu; sa imenom veze, tom putanjom</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="293" />
            <source>VOICE &lt;unit&gt;</source>
            <translation>VOICE &lt;jedinica&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="294" />
            <source>The unit was reached by voice: ends its page's alarm</source>
            <translation>Jedinica dobijena glasom: završava alarm pozivanja</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="301" />
            <source>HELP [command]</source>
            <translation>HELP [komanda]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="302" />
            <source>Show this help</source>
            <translation>Prikaži ovu pomoć</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="65" />
            <source>bad position '{word}': expected @ place, @ lat,lon (e.g. @ 60.1699,24.9384) or @ selected</source>
            <translation>pogrešan položaj '{word}': očekuje se @ mesto, @ širina,dužina (npr. @ 60.1699,24.9384) ili @ selected</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="76" />
            <source>latitude {value} is out of range (-90 to 90)</source>
            <translation>geografska širina {value} je van opsega (od -90 do 90)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="82" />
            <source>longitude {value} is out of range (-180 to 180)</source>
            <translation>geografska dužina {value} je van opsega (od -180 do 180)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="104" />
            <location filename="../../console/controllers/command_places.py" line="151" />
            <source>where? type a place after @, e.g. @ Mariankatu 12</source>
            <translation>gde? unesite mesto posle @, npr. @ Mariankatu 12</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="129" />
            <location filename="../../console/controllers/command_places.py" line="166" />
            <location filename="../../console/controllers/command_words.py" line="418" />
            <source>unexpected '{word}'; usage: {usage}</source>
            <translation>neočekivano '{word}'; upotreba: {usage}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="178" />
            <location filename="../../console/controllers/command_places.py" line="187" />
            <source>a call's place is @ place, @ lat,lon or @ offered</source>
            <translation>mesto poziva je @ mesto, @ širina,dužina ili @ offered</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="167" />
            <source>unknown incident '{word}'</source>
            <extracomment>Ids of calls and alerts that are over (released, promoted, ...): named, never proposed; the console says why it cannot act on them. Closed incident ids (REOPEN names one), most recently closed first. Partner control rooms' names (HANDOVER); empty: the console refuses a handover. "unknown &lt;what&gt; '{word}'" and its "did you mean" form, per kind of name.</extracomment>
            <translation>nepoznata intervencija '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="168" />
            <source>unknown incident '{word}' — did you mean {suggestion}?</source>
            <translation>nepoznata intervencija '{word}' — da li ste mislili {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="173" />
            <source>unknown closed incident '{word}'</source>
            <translation>nepoznata zatvorena intervencija '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="174" />
            <source>unknown closed incident '{word}' — did you mean {suggestion}?</source>
            <translation>nepoznata zatvorena intervencija '{word}' — da li ste mislili {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="179" />
            <source>unknown partner '{word}'</source>
            <translation>nepoznat partner '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="180" />
            <source>unknown partner '{word}' — did you mean {suggestion}?</source>
            <translation>nepoznat partner '{word}' — da li ste mislili {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="185" />
            <source>unknown answer '{word}'</source>
            <translation>nepoznat odgovor '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="186" />
            <source>unknown answer '{word}' — did you mean {suggestion}?</source>
            <translation>nepoznat odgovor '{word}' — da li ste mislili {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="189" />
            <source>unknown call '{word}'</source>
            <translation>nepoznat poziv '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="190" />
            <source>unknown call '{word}' — did you mean {suggestion}?</source>
            <translation>nepoznat poziv '{word}' — da li ste mislili {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="193" />
            <source>unknown alert '{word}'</source>
            <translation>nepoznata uzbuna '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="194" />
            <source>unknown alert '{word}' — did you mean {suggestion}?</source>
            <translation>nepoznata uzbuna '{word}' — da li ste mislili {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="197" />
            <source>unknown unit '{word}'</source>
            <translation>nepoznata jedinica '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="198" />
            <source>unknown unit '{word}' — did you mean {suggestion}?</source>
            <translation>nepoznata jedinica '{word}' — da li ste mislili {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="201" />
            <source>unknown incident type '{word}'</source>
            <translation>nepoznata vrsta intervencije '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="202" />
            <source>unknown incident type '{word}' — did you mean {suggestion}?</source>
            <translation>nepoznata vrsta intervencije '{word}' — da li ste mislili {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="207" />
            <source>unknown unit or incident '{word}'</source>
            <translation>nepoznata jedinica ili intervencija '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="208" />
            <source>unknown unit or incident '{word}' — did you mean {suggestion}?</source>
            <translation>nepoznata jedinica ili intervencija '{word}' — da li ste mislili {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="213" />
            <source>unknown command '{word}'</source>
            <translation>nepoznata komanda '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="214" />
            <source>unknown command '{word}' — did you mean {suggestion}?</source>
            <translation>nepoznata komanda '{word}' — da li ste mislili {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="221" />
            <source>no call is selected ('.' means the selected call)</source>
            <extracomment>"no &lt;what&gt; is selected" for a call or an alert named by ".".</extracomment>
            <translation>nijedan poziv nije izabran ('.' znači izabrani poziv)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="224" />
            <source>no alert is selected ('.' means the selected alert)</source>
            <translation>nijedna uzbuna nije izabrana ('.' znači izabranu uzbunu)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="262" />
            <source>no incident is selected ('.' means the selected incident)</source>
            <translation>nijedna intervencija nije izabrana ('.' znači izabranu intervenciju)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="277" />
            <source>incident '{word}' is ambiguous: {choices}</source>
            <translation>intervencija '{word}' nije jednoznačna: {choices}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="343" />
            <source>no call is selected: name one ({usage})</source>
            <translation>nijedan poziv nije izabran: navedite jedan ({usage})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="353" />
            <source>no alert is selected: name one ({usage})</source>
            <translation>nijedna uzbuna nije izabrana: navedite jednu ({usage})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="394" />
            <source>incident type '{word}' is ambiguous: {choices}</source>
            <translation>vrsta intervencije '{word}' nije jednoznačna: {choices}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="404" />
            <source>{verb} needs more: {usage}</source>
            <translation>{verb} traži još: {usage}</translation>
        </message>
    </context>
    <context>
        <name>CommandLineWidget</name>
        <message>
            <location filename="../../widgets/command_line.py" line="159" />
            <source>Command (F1 for help), e.g. D 123 E11</source>
            <extracomment>What a position looks like while it is being typed ("60.17", "60°10'N 24"). Keys the line keeps for itself even where the window has a shortcut on them.</extracomment>
            <translation>Komanda (F1 za pomoć), npr. D 123 E11</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Command</source>
            <translation>Komanda</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Meaning</source>
            <translation>Značenje</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Also</source>
            <translation>Takođe</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Example</source>
            <translation>Primer</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="315" />
            <source>No place found for '{query}'</source>
            <translation>Nije nađeno mesto za „{query}“</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="479" />
            <source>Picked: {label} (typed: {typed})</source>
            <translation>Izabrano: {label} (ukucano: {typed})</translation>
        </message>
    </context>
    <context>
        <name>ConsoleSession</name>
        <message>
            <location filename="../../console/session/live.py" line="251" />
            <source>STORE UNAVAILABLE — links are not started, nothing is received: {err}</source>
            <translation>SKLADIŠTE NEDOSTUPNO — veze nisu pokrenute, ništa se ne prima: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="254" />
            <source>Store: unavailable</source>
            <translation>Skladište: nedostupno</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/live.py" line="559" />
            <source>Store: {where} · %n event(s)</source>
            <translation>
                <numerusform>Skladište: {where} · %n događaj</numerusform>
                <numerusform>Skladište: {where} · %n događaja</numerusform>
                <numerusform>Skladište: {where} · %n događaja</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="64" />
            <source>paused: the store is not keeping up</source>
            <translation>pauzirano: skladište ne stiže</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="69" />
            <source>%n datagram(s) dropped while the store was not keeping up</source>
            <translation>
                <numerusform>%n datagram odbačen dok skladište nije stizalo</numerusform>
                <numerusform>%n datagrama odbačena dok skladište nije stizalo</numerusform>
                <numerusform>%n datagrama odbačeno dok skladište nije stizalo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="73" />
            <source>%n datagram(s) dropped by the system: they came faster than the console could read</source>
            <translation>
                <numerusform>sistem je odbacio %n datagram: stizali su brže nego što ih je konzola čitala</numerusform>
                <numerusform>sistem je odbacio %n datagrama: stizali su brže nego što ih je konzola čitala</numerusform>
                <numerusform>sistem je odbacio %n datagrama: stizali su brže nego što ih je konzola čitala</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="89" />
            <source>%n slow or idle connection(s) cut</source>
            <translation>
                <numerusform>%n spora ili neaktivna veza prekinuta</numerusform>
                <numerusform>%n spore ili neaktivne veze prekinute</numerusform>
                <numerusform>%n sporih ili neaktivnih veza prekinuto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="91" />
            <source>%n connection(s) refused at the cap</source>
            <translation>
                <numerusform>%n veza odbijena na ograničenju</numerusform>
                <numerusform>%n veze odbijene na ograničenju</numerusform>
                <numerusform>%n veza odbijeno na ograničenju</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="100" />
            <source>{radar} DOWN: {reason}</source>
            <translation>{radar} VAN FUNKCIJE: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="102" />
            <source>{radar} degraded: {reason}</source>
            <translation>{radar} ometeno: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="83" />
            <source>%n request(s) refused ({size} not stored)</source>
            <translation>
                <numerusform>%n zahtev odbijen ({size} nije sačuvano)</numerusform>
                <numerusform>%n zahteva odbijena ({size} nije sačuvano)</numerusform>
                <numerusform>%n zahteva odbijeno ({size} nije sačuvano)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/logged_links.py" line="112" />
            <source>run by another process (the recorder): as the log tells it</source>
            <translation>pokreće ga drugi proces (proces snimanja): kako ga dnevnik beleži</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="67" />
            <source>the database connection is lost ({why}); the action was not recorded</source>
            <translation>veza sa bazom podataka je izgubljena ({why}); radnja nije zabeležena</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="53" />
            <source>since {time}: {error}</source>
            <translation>od {time}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="71" />
            <source>DATABASE CONNECTION LOST {why} — the picture is frozen as last known; actions are refused until it returns</source>
            <translation>IZGUBLJENA VEZA SA BAZOM PODATAKA {why} — slika je zamrznuta u poslednjem poznatom stanju; radnje se odbijaju dok se veza ne vrati</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="77" />
            <source>the store cannot be written ({err}); the action was not recorded</source>
            <translation>u skladište se ne može upisati ({err}); radnja nije zabeležena</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="81" />
            <source>STORE FAILING — received data is held in memory and retried, not yet stored; actions are refused: {err}</source>
            <translation>SKLADIŠTE OTKAZUJE — primljeni podaci se čuvaju u memoriji i ponovo šalju, još nisu upisani; radnje se odbijaju: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="228" />
            <source>{unit}: {label} (radio {link} {address})</source>
            <translation>{unit}: {label} (radio {link} {address})</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="123" />
            <source>PAGING AND RADIO NOT STARTED: {err}</source>
            <translation>POZIVANJE I RADIO NISU POKRENUTI: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="215" />
            <source>NOT ACKNOWLEDGED: {units} — RESEND &lt;unit&gt; [link] or VOICE &lt;unit&gt;</source>
            <translation>BEZ POTVRDE: {units} — RESEND &lt;jedinica&gt; [veza] ili VOICE &lt;jedinica&gt;</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="175" />
            <source>PARTNER AGENCIES NOT STARTED: {err}</source>
            <translation>VEZA SA PARTNERSKIM SLUŽBAMA NIJE POKRENUTA: {err}</translation>
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
            <location filename="../../widgets/dialogs.py" line="358" />
            <source>Dismiss alert {id}</source>
            <extracomment>Common reasons to dismiss an alert; the last entry needs free text.</extracomment>
            <translation>Odbaci uzbunu {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="359" />
            <source>Why is alert {id} dismissed?</source>
            <translation>Zašto je uzbuna {id} odbačena?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="366" />
            <source>Details</source>
            <translation>Detalji</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="368" />
            <source>Dismiss alert</source>
            <translation>Odbaci uzbunu</translation>
        </message>
    </context>
    <context>
        <name>DispatchController</name>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="176" />
            <source>dispatch</source>
            <translation>upućivanje</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="177" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="178" />
            <source>new incident</source>
            <translation>nova intervencija</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="179" />
            <source>recommend</source>
            <translation>preporuka</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="180" />
            <source>note</source>
            <translation>beleška</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="181" />
            <source>close</source>
            <translation>zatvaranje</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="182" />
            <source>location</source>
            <translation>lokacija</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="183" />
            <source>where</source>
            <translation>gde</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="184" />
            <source>resend</source>
            <translation>ponovno pozivanje</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="185" />
            <source>voice</source>
            <translation>glas</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="186" />
            <source>reopen</source>
            <translation>ponovno otvaranje</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="187" />
            <source>handover</source>
            <translation>predaja</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="264" />
            <source>this site has no partner agencies ([[http.partners]] in site.toml)</source>
            <translation>ova lokacija nema partnerske službe ([[http.partners]] u site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="267" />
            <source>handed over to {partner}</source>
            <translation>predato centru {partner}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="372" />
            <source>unknown incident {incident}</source>
            <translation>nepoznata intervencija {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="330" />
            <source>no unit is available for {incident}</source>
            <translation>nema slobodne jedinice za {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="463" />
            <source>card: unknown incident {incident}</source>
            <translation>kartica: nepoznata intervencija {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="78" />
            <source>{target}: {place}</source>
            <translation>{target}: {place}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="92" />
            <source>no named street nearby</source>
            <translation>nema imenovane ulice u blizini</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="97" />
            <source>{place}, {distance} m</source>
            <translation>{place}, {distance} m</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="132" />
            <source>places are unavailable: give @ lat,lon or pick on the map</source>
            <translation>mesta nisu dostupna: unesite @ širina,dužina ili izaberite na mapi</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="192" />
            <source>places unavailable: give @ lat,lon</source>
            <translation>mesta nedostupna: unesite @ širina,dužina</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="208" />
            <source>places unavailable</source>
            <translation>mesta nedostupna</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="224" />
            <source>places unavailable ({why}): coordinates only</source>
            <translation>mesta nedostupna ({why}): samo koordinate</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="86" />
            <source>{where} (places unavailable)</source>
            <translation>{where} (mesta nedostupna)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="93" />
            <source>{where} ({why})</source>
            <translation>{where} ({why})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="118" />
            <source>where? give @ place or @ lat,lon, or select a unit or incident and use @ sel</source>
            <translation>gde? unesite @ mesto ili @ širina,dužina, ili izaberite jedinicu ili intervenciju i koristite @ sel</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="156" />
            <source>which place? {places} — pick one from the list; nothing was created</source>
            <translation>koje mesto? {places} — izaberite jedno sa spiska; ništa nije napravljeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="147" />
            <source>no place found for '{query}'; nothing was created</source>
            <translation>nije pronađeno mesto za '{query}'; ništa nije napravljeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="65" />
            <source>{unit} has no position fix</source>
            <translation>{unit} nema određen položaj</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="141" />
            <source>places are unavailable ({why}): give @ lat,lon or pick on the map; nothing was created</source>
            <translation>mesta nisu dostupna ({why}): unesite @ širina,dužina ili izaberite na mapi; ništa nije napravljeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="176" />
            <source>{error}; nothing was created</source>
            <translation>{error}; ništa nije napravljeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="78" />
            <source>queued</source>
            <translation>u redu</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="79" />
            <source>sent</source>
            <translation>poslato</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="80" />
            <source>link acknowledged</source>
            <translation>veza potvrdila</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="81" />
            <source>delivered</source>
            <translation>uručeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="82" />
            <source>read</source>
            <translation>pročitano</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="83" />
            <source>accepted</source>
            <translation>prihvaćeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="86" />
            <source>reached by voice</source>
            <translation>dobijeno glasom</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="42" />
            <source>this site has no paging or radio links ([reach] in site.toml)</source>
            <translation>ova lokacija nema veze za pozivanje ni radio ([reach] u site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="88" />
            <source>rejected</source>
            <translation>odbijeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="97" />
            <source>NO LINK ACKNOWLEDGEMENT</source>
            <translation>NEMA POTVRDE VEZE</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="99" />
            <source>NO CREW ACKNOWLEDGEMENT</source>
            <translation>NEMA POTVRDE POSADE</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="102" />
            <source>{link} {address}: {step}</source>
            <translation>{link} {address}: {step}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="49" />
            <source>{unit} paged again ({notice})</source>
            <translation>{unit} ponovo pozvana ({notice})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="90" />
            <source>completed</source>
            <translation>završeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="92" />
            <source>FAILED: {reason}</source>
            <translation>NEUSPELO: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialogs</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="107" />
            <source>Handled on scene</source>
            <translation>Zbrinuto na licu mesta</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="108" />
            <source>Transported</source>
            <translation>Transportovano</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="109" />
            <source>False alarm</source>
            <translation>Lažna uzbuna</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="110" />
            <source>Cancelled by caller</source>
            <translation>Otkazao pozivalac</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="111" />
            <source>Unable to locate</source>
            <translation>Nije pronađeno</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="112" />
            <source>Referred to other agency</source>
            <translation>Prosleđeno drugoj službi</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="113" />
            <source>Other</source>
            <translation>Ostalo</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="115" />
            <source>Drill ended</source>
            <translation>Vežba završena</translation>
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
            <location filename="../../widgets/dialogs.py" line="512" />
            <source>Open a store to replay</source>
            <translation>Otvori skladište za reprodukciju</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="514" />
            <source>Stores (*.sqlite *.db)</source>
            <translation>Skladišta (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="514" />
            <source>All files (*)</source>
            <translation>Sve datoteke (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="86" />
            <source>(no raw bytes)</source>
            <translation>(nema sirovih bajtova)</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="56" />
            <source>Raw bytes</source>
            <translation>Sirovi bajtovi</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="57" />
            <source>Decoded when stored</source>
            <translation>Dekodirano pri upisu</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="58" />
            <source>Decoded today</source>
            <translation>Dekodirano danas</translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message>
            <location filename="../../models/drills/report_html.py" line="55" />
            <source>EXERCISE — NOT LIVE DATA</source>
            <translation>VEŽBA — NISU STVARNI PODACI</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="97" />
            <source>no data</source>
            <translation>nema podataka</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="100" />
            <source>PASS</source>
            <translation>POLOŽENO</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="102" />
            <source>FAIL</source>
            <translation>NIJE POLOŽENO</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="106" />
            <source>none</source>
            <translation>nema</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="117" />
            <source>ok</source>
            <translation>u redu</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="120" />
            <location filename="../../models/drills/report_texts.py" line="149" />
            <source>late</source>
            <translation>kasni</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="128" />
            <source>{percentile} within {target}</source>
            <translation>{percentile} u roku od {target}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="144" />
            <source>(not expected)</source>
            <translation>(nije očekivana)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="156" />
            <source>any</source>
            <translation>bilo koja</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="174" />
            <source>Drill report: {title}</source>
            <translation>Izveštaj sa vežbe: {title}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="178" />
            <location filename="../../models/drills/report_json.py" line="77" />
            <source>PASSED</source>
            <translation>POLOŽENO</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="179" />
            <location filename="../../models/drills/report_json.py" line="78" />
            <source>NOT PASSED</source>
            <translation>NIJE POLOŽENO</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="181" />
            <source>Score {score} / {total}</source>
            <translation>Ocena {score} / {total}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="186" />
            <source>{time} of wall-clock time</source>
            <translation>{time} stvarnog vremena</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="192" />
            <source>not ended</source>
            <translation>nije završena</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="197" />
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="198" />
            <source>Started (UTC)</source>
            <translation>Početak (UTC)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="199" />
            <source>Ended (UTC)</source>
            <translation>Kraj (UTC)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="200" />
            <source>End</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="201" />
            <source>Drill time</source>
            <translation>Vreme vežbe</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="202" />
            <source>Speed</source>
            <translation>Brzina</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="203" />
            <source>Paused</source>
            <translation>Pauza</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="220" />
            <source>Targets (NFPA 1225-style)</source>
            <translation>Ciljevi (po uzoru na NFPA 1225)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="224" />
            <source>Measure</source>
            <translation>Pokazatelj</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="225" />
            <source>Target</source>
            <translation>Cilj</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="226" />
            <source>Within target</source>
            <translation>U roku</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="227" />
            <source>Percentile value</source>
            <translation>Vrednost percentila</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="228" />
            <location filename="../../models/drills/report_html.py" line="243" />
            <location filename="../../models/drills/report_html.py" line="312" />
            <source>Result</source>
            <translation>Rezultat</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="233" />
            <source>Trainees</source>
            <translation>Polaznici</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="237" />
            <source>Trainee</source>
            <translation>Polaznik</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="238" />
            <source>Calls answered</source>
            <translation>Javljeni pozivi</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="239" />
            <source>Incidents created</source>
            <translation>Otvorene intervencije</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="240" />
            <source>Units dispatched</source>
            <translation>Upućene jedinice</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="241" />
            <source>Alerts handled</source>
            <translation>Obrađene uzbune</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="262" />
            <source>Calls</source>
            <translation>Pozivi</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="263" />
            <source>abandoned</source>
            <translation>prekinut</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="264" />
            <source>duplicate</source>
            <translation>duplikat</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="268" />
            <source>Call</source>
            <translation>Poziv</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="269" />
            <source>Number</source>
            <translation>Broj</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="270" />
            <source>Via</source>
            <translation>Izvor</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="271" />
            <source>Offered</source>
            <translation>Ponuđen</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="272" />
            <source>Answered by</source>
            <translation>Javio se</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="273" />
            <source>Answer time</source>
            <translation>Vreme javljanja</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="274" />
            <location filename="../../models/drills/report_html.py" line="304" />
            <location filename="../../models/drills/report_html.py" line="348" />
            <source>Incident</source>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="275" />
            <source>Priority</source>
            <translation>Prioritet</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="276" />
            <source>Process</source>
            <translation>Obrada</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="277" />
            <location filename="../../models/drills/report_html.py" line="311" />
            <source>On scene</source>
            <translation>Na licu mesta</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="278" />
            <source>Note</source>
            <translation>Napomena</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="298" />
            <source>Expected incidents</source>
            <translation>Očekivane intervencije</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="303" />
            <location filename="../../models/drills/report_html.py" line="321" />
            <source>Expected</source>
            <translation>Očekivano</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="305" />
            <location filename="../../models/drills/report_html.py" line="463" />
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="306" />
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="307" />
            <source>Units sent</source>
            <translation>Poslate jedinice</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="308" />
            <source>Missing</source>
            <translation>Nedostaje</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="309" />
            <source>Not asked for</source>
            <translation>Nisu tražene</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="310" />
            <source>Dispatch</source>
            <translation>Upućivanje</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="317" />
            <source>Alerts</source>
            <translation>Uzbune</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="322" />
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="323" />
            <source>Alert</source>
            <translation>Uzbuna</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="324" />
            <source>Title</source>
            <translation>Naslov</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="325" />
            <location filename="../../models/drills/report_html.py" line="351" />
            <source>Raised</source>
            <translation>Podignuta</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="326" />
            <source>Handling</source>
            <translation>Postupanje</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="327" />
            <location filename="../../models/drills/report_html.py" line="353" />
            <source>By</source>
            <translation>Ko</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="328" />
            <location filename="../../models/drills/report_html.py" line="354" />
            <source>After</source>
            <translation>Posle</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="329" />
            <source>Acceptable</source>
            <translation>Prihvatljivo</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="330" />
            <source>Outcome</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="336" />
            <source>Units not acknowledging (NOT ACKNOWLEDGED alarms)</source>
            <translation>Jedinice bez potvrde (uzbune BEZ POTVRDE)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="342" />
            <source>{raised}, {unanswered}.</source>
            <translation>{raised}, {unanswered}.</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="347" />
            <source>Unit</source>
            <translation>Jedinica</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="349" />
            <source>Notice</source>
            <translation>Obaveštenje</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="350" />
            <source>Limit</source>
            <translation>Rok</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="352" />
            <source>First action</source>
            <translation>Prva radnja</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="373" />
            <source>Injection timeline</source>
            <translation>Vremenski tok ubacivanja</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="389" />
            <source>{created} (expected {expected})</source>
            <translation>{created} (očekivano {expected})</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="400" />
            <source>not created</source>
            <translation>nije otvorena</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="404" />
            <source>wrong</source>
            <translation>pogrešno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="407" />
            <source>off</source>
            <translation>van mesta</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="427" />
            <source>not sent</source>
            <translation>nije poslato</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="443" />
            <source>{what} (by {name})</source>
            <translation>{what} (ubacio {name})</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="452" />
            <source>by hand</source>
            <translation>ručno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="461" />
            <source>Planned</source>
            <translation>Planirano</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="462" />
            <source>Sent</source>
            <translation>Poslato</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="464" />
            <source>What</source>
            <translation>Šta</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="117" />
            <source>{n} s</source>
            <extracomment>Plural sources the reports use (the console's translator names each as a literal).</extracomment>
            <translation>{n} s</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="123" />
            <source>{m} m</source>
            <translation>{m} m</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="134" />
            <source>Calls answered (offered → answered)</source>
            <extracomment>What each measure of the score is (``models.drills.scoring``), in words.</extracomment>
            <translation>Javljanje na pozive (ponuđen → javljeno)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="135" />
            <source>Calls answered, second target</source>
            <translation>Javljanje na pozive, drugi cilj</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="136" />
            <source>High-priority calls processed (answered → first unit dispatched)</source>
            <translation>Obrada hitnih poziva (javljeno → prva jedinica upućena)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="139" />
            <source>Alerts handled (raised → first handling)</source>
            <translation>Obrada uzbuna (podignuta → prvo postupanje)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="140" />
            <source>NOT ACKNOWLEDGED alarms acted on (raised → the dispatcher's first action)</source>
            <translation>Reagovanje na uzbune BEZ POTVRDE (podignuta → prva radnja dispečera)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="148" />
            <source>handled</source>
            <extracomment>An expected alert's outcome (``AlertScore.outcome``).</extracomment>
            <translation>obrađena</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="150" />
            <source>wrong handling</source>
            <translation>pogrešno postupanje</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="151" />
            <source>missed</source>
            <translation>propuštena</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="152" />
            <source>not raised</source>
            <translation>nije podignuta</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="157" />
            <source>acknowledged</source>
            <extracomment>How an alert was handled (``models.drills.drill_log.HANDLING_OF``).</extracomment>
            <translation>potvrđena</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="158" />
            <source>promoted to an incident</source>
            <translation>pretvorena u intervenciju</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="159" />
            <source>linked to an incident</source>
            <translation>povezana sa intervencijom</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="160" />
            <source>dismissed</source>
            <translation>odbačena</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="165" />
            <location filename="../../models/drills/report_texts.py" line="196" />
            <source>CAP alert</source>
            <extracomment>Kinds of expected alerts (``models.drills.scenario.ALERT_KINDS``).</extracomment>
            <translation>CAP uzbuna</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="166" />
            <location filename="../../models/drills/report_texts.py" line="195" />
            <source>zone alarm</source>
            <translation>alarm zone</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="167" />
            <source>zone entry</source>
            <translation>ulazak u zonu</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="172" />
            <source>no link acknowledgement</source>
            <extracomment>Which limit of a NOT ACKNOWLEDGED alarm ran out (``AlarmResponse.stage``).</extracomment>
            <translation>veza nije potvrdila</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="173" />
            <source>no crew answer</source>
            <translation>posada nije odgovorila</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="178" />
            <source>sent again</source>
            <extracomment>The dispatcher's first action on an alarm (``AlarmResponse.action``, an event kind).</extracomment>
            <translation>ponovo poslato</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="179" />
            <source>reached by voice</source>
            <translation>dobijeno glasom</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="180" />
            <source>unit status changed</source>
            <translation>promenjen status jedinice</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="181" />
            <source>another unit assigned</source>
            <translation>upućena druga jedinica</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="186" />
            <source>completed</source>
            <extracomment>How a drill ended (``drill.ended`` reason).</extracomment>
            <translation>završeno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="187" />
            <source>ended by trainer</source>
            <translation>prekinuo instruktor</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="192" />
            <source>call</source>
            <extracomment>Injection types (``models.drills.injections``).</extracomment>
            <translation>poziv</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="193" />
            <source>rebid</source>
            <translation>ponovni upit lokacije</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="194" />
            <source>track</source>
            <translation>putanja</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="197" />
            <source>link down</source>
            <translation>veza u prekidu</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="198" />
            <source>link up</source>
            <translation>veza uspostavljena</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="199" />
            <source>note</source>
            <translation>beleška</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="215" />
            <source>call from {caller} via {via} at {where}</source>
            <translation>poziv sa {caller} preko {via} na {where}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="217" />
            <source>rebid of {caller} via {via} at {where}</source>
            <translation>ponovni upit lokacije {caller} preko {via} na {where}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="226" />
            <source>track {track} on {sensor} ({via}), {points}, {speed}</source>
            <translation>putanja {track} na senzoru {sensor} ({via}), {points}, {speed}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="232" />
            <source>{v} m/s</source>
            <translation>{v} m/s</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="238" />
            <source>zone alarm {state} from {sensor} in zone {zone}</source>
            <translation>alarm zone {state} sa senzora {sensor} u zoni {zone}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="242" />
            <source>CAP {type} {identifier}: {event} (exercise)</source>
            <translation>CAP {type} {identifier}: {event} (vežba)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="245" />
            <source>link {link} down</source>
            <translation>veza {link} u prekidu</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="249" />
            <source>link {link} up</source>
            <translation>veza {link} uspostavljena</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="250" />
            <source>note: {text}</source>
            <translation>beleška: {text}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="59" />
            <source>%n alarm(s) raised</source>
            <translation>
                <numerusform>%n uzbuna podignuta</numerusform>
                <numerusform>%n uzbune podignute</numerusform>
                <numerusform>%n uzbuna podignuto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="60" />
            <source>%n never acted on</source>
            <translation>
                <numerusform>na %n nije reagovano</numerusform>
                <numerusform>na %n nije reagovano</numerusform>
                <numerusform>na %n nije reagovano</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="61" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n tačka</numerusform>
                <numerusform>%n tačke</numerusform>
                <numerusform>%n tačaka</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillSession</name>
        <message>
            <location filename="../../console/session/drill.py" line="169" />
            <source>DRILL FEEDS UNAVAILABLE — the drill cannot run: {err}</source>
            <translation>IZVORI VEŽBE NEDOSTUPNI — vežba ne može da počne: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="179" />
            <source>The drill cannot run: the drill store did not open.</source>
            <translation>Vežba ne može da počne: skladište vežbe se nije otvorilo.</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="236" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>VEŽBA NIJE POKRENUTA — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="253" />
            <source>The drill radio did not start; crews report without it: {err}</source>
            <translation>Radio vežbe se nije pokrenuo; posade javljaju bez njega: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="375" />
            <source>The report could not be written: {err}</source>
            <translation>Izveštaj nije mogao da se upiše: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="406" />
            <source>Answering calls</source>
            <translation>Javljanje na pozive</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="407" />
            <source>Call to dispatch</source>
            <translation>Od poziva do upućivanja</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="408" />
            <source>Incidents handled</source>
            <translation>Obrađene intervencije</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="409" />
            <source>Alerts handled</source>
            <translation>Obrađene uzbune</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="420" />
            <location filename="../../console/session/drill.py" line="421" />
            <source>calls answered</source>
            <translation>javljeni pozivi</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="422" />
            <source>high-priority calls dispatched</source>
            <translation>upućeni hitni pozivi</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="423" />
            <source>alerts handled</source>
            <translation>obrađene uzbune</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="424" />
            <source>NOT ACKNOWLEDGED alarms acted on</source>
            <translation>Reagovanje na uzbune BEZ POTVRDE</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="427" />
            <source>{what} within {target} s: none to measure</source>
            <translation>{what} u roku od {target} s: nema šta da se meri</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/drill.py" line="431" />
            <source>{what} within {target} s: {within} of %n (target {pct} %)</source>
            <translation>
                <numerusform>{what} za {target} s: {within} od %n (cilj {pct} %)</numerusform>
                <numerusform>{what} za {target} s: {within} od %n (cilj {pct} %)</numerusform>
                <numerusform>{what} za {target} s: {within} od %n (cilj {pct} %)</numerusform>
            </translation>
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
            <location filename="../../widgets/event_log.py" line="289" />
            <source>Event log</source>
            <translation>Dnevnik događaja</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="296" />
            <source>Filter by source, kind, text or error</source>
            <translation>Filtriraj po izvoru, vrsti, tekstu ili grešci</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="299" />
            <source>Errors only</source>
            <translation>Samo greške</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../widgets/event_log.py" line="172" />
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="173" />
            <source>Source</source>
            <translation>Izvor</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="174" />
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="175" />
            <source>Summary</source>
            <translation>Sažetak</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="176" />
            <source>Rejected because</source>
            <translation>Odbijeno jer</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="207" />
            <source>{kind} (rejected)</source>
            <translation>{kind} (odbijeno)</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="218" />
            <source>#{seq} received {when} {zone}
{summary}</source>
            <translation>#{seq} primljeno {when} {zone}
{summary}</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="222" />
            <source>Rejected: {reason}</source>
            <translation>Odbijeno: {reason}</translation>
        </message>
    </context>
    <context>
        <name>EventText</name>
        <message numerus="yes">
            <location filename="../../console/reports/event_text.py" line="122" />
            <source>%n frame(s)</source>
            <translation>
                <numerusform>%n okvir</numerusform>
                <numerusform>%n okvira</numerusform>
                <numerusform>%n okvira</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="330" />
            <source>up</source>
            <translation>radi</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="331" />
            <source>connecting</source>
            <translation>povezivanje</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="332" />
            <source>down</source>
            <translation>van funkcije</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="333" />
            <source>stopped</source>
            <translation>zaustavljeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="339" />
            <source>degraded</source>
            <translation>ometeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="339" />
            <source>ok</source>
            <translation>u redu</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="368" />
            <source>address</source>
            <translation>adresa</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="369" />
            <source>street</source>
            <translation>ulica</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="370" />
            <source>intersection</source>
            <translation>raskrsnica</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="371" />
            <source>landmark</source>
            <translation>orijentir</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="372" />
            <source>coordinates</source>
            <translation>koordinate</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="373" />
            <source>named site</source>
            <translation>objekat</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="374" />
            <source>named place</source>
            <translation>mesto</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="416" />
            <source>no location</source>
            <translation>bez lokacije</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="429" />
            <source>address only</source>
            <translation>samo adresa</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="469" />
            <source>call {call} answered</source>
            <translation>poziv {call} primljen</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="470" />
            <source>call {call} released</source>
            <translation>poziv {call} oslobođen</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="495" />
            <source>alert {alert} promoted to {incident}</source>
            <translation>uzbuna {alert} pretvorena u intervenciju {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="496" />
            <source>alert {alert} linked to {incident}</source>
            <translation>uzbuna {alert} povezana sa {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="497" />
            <source>alert {alert} dismissed: {reason}</source>
            <translation>uzbuna {alert} odbačena: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="498" />
            <source>alert {alert} cancelled: {reason}</source>
            <translation>uzbuna {alert} opozvana: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="499" />
            <source>alert {alert} acknowledged</source>
            <translation>potvrđen prijem uzbune {alert}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="500" />
            <source>alert {alert} updated</source>
            <translation>uzbuna {alert} ažurirana</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="511" />
            <source>CAP</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="512" />
            <source>zone-entry</source>
            <translation>ulazak u zonu</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="513" />
            <source>zone-alarm</source>
            <translation>alarm zone</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="514" />
            <source>radio</source>
            <translation>radio-veza</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="515" />
            <source>extreme</source>
            <translation>ekstremna</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="516" />
            <source>severe</source>
            <translation>teška</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="517" />
            <source>moderate</source>
            <translation>umerena</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="518" />
            <source>minor</source>
            <translation>mala</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="519" />
            <source>unknown</source>
            <translation>nepoznato</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="526" />
            <source>headless command</source>
            <translation>komanda bez prozora</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="123" />
            <source>{count} frames</source>
            <translation>{count} okvira</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="221" />
            <source>new incident {incident} {type} (P{priority}) at {where} from call {call}</source>
            <translation>nova intervencija {incident} {type} (P{priority}) na {where} iz poziva {call}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="242" />
            <source>as recommended</source>
            <translation>po preporuci</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="242" />
            <source>dispatcher's choice</source>
            <translation>izbor dispečera</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="443" />
            <source>unknown number</source>
            <translation>nepoznat broj</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="451" />
            <source>call {call} rebid: {where}</source>
            <translation>poziv {call} ponovni upit lokacije: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="453" />
            <source>call {call} location: {where}</source>
            <translation>poziv {call} lokacija: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="475" />
            <source>call {call} {what}</source>
            <translation>poziv {call} {what}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="482" />
            <source>EXERCISE alert {alert} ({origin}, {severity}): {title}</source>
            <translation>VEŽBA uzbuna {alert} ({origin}, {severity}): {title}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="484" />
            <source>alert {alert} ({origin}, {severity}): {title}</source>
            <translation>uzbuna {alert} ({origin}, {severity}): {title}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="505" />
            <source>alert {alert} {what}</source>
            <translation>uzbuna {alert} {what}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="527" />
            <source>{command} run by OS user {user} on {host}</source>
            <translation>{command} pokrenuo korisnik sistema {user} na {host}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="169" />
            <source>rejected {protocol} frame: {error}</source>
            <translation>odbijen okvir {protocol}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="173" />
            <source>link {link} {state} ({endpoint})</source>
            <translation>veza {link} {state} ({endpoint})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="182" />
            <source>not stored as {kind}: {error}</source>
            <translation>nije sačuvano kao {kind}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="197" />
            <source>the store dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}</source>
            <translation>skladište je odbacilo {frames} ({bytes} bajtova) između {first} i {last}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="201" />
            <source>sensor {sensor} {state}: {reason}</source>
            <translation>senzor {sensor} {state}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="207" />
            <source>link {link} not started: {error}</source>
            <translation>veza {link} nije pokrenuta: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="255" />
            <source>{unit} {status} (was {previous})</source>
            <translation>{unit} {status} (pre: {previous})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="266" />
            <source>note on {incident}: {text}</source>
            <translation>beleška uz {incident}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="270" />
            <source>{incident} closed: {disposition}</source>
            <translation>{incident} zatvorena: {disposition}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="280" />
            <source>{incident} REOPENED: {reason}</source>
            <translation>{incident} PONOVO OTVORENA: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="296" />
            <source>console started on site {site}</source>
            <translation>konzola pokrenuta na lokaciji {site}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="298" />
            <source>console stopped on site {site}</source>
            <translation>konzola zaustavljena na lokaciji {site}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="319" />
            <source>unknown unit {unit}</source>
            <translation>nepoznata jedinica {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="344" />
            <source>{text}, {place}</source>
            <translation>{text}, {place}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="363" />
            <source>{m} m</source>
            <translation>{m} m</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="395" />
            <source>UNVERIFIED forced point</source>
            <translation>NEPROVERENA prinudna tačka</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="397" />
            <source>UNVERIFIED position</source>
            <translation>NEPROVEREN položaj</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="403" />
            <source>{text}, near {place}</source>
            <translation>{text}, blizu {place}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="406" />
            <source>{text} [places {builds}]</source>
            <translation>{text} [mesta {builds}]</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="446" />
            <source>call {call} from {number} ({via}) at {where}</source>
            <translation>poziv {call} sa {number} ({via}) na {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="457" />
            <source>call {call} location verified: {where}</source>
            <translation>lokacija poziva {call} proverena: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="461" />
            <source>call {call} attached to {incident}</source>
            <translation>poziv {call} pridružen {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="467" />
            <source>call {call} abandoned</source>
            <translation>poziv {call} prekinut</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="531" />
            <source>{text} (pid {pid})</source>
            <translation>{text} (proces {pid})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="533" />
            <source>{text}, operator {operator} ({role})</source>
            <translation>{text}, operater {operator} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="537" />
            <source>{text}, no operator of this store</source>
            <translation>{text}, nije operater ovog skladišta</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="539" />
            <source>{text}, database role {role} ({kind})</source>
            <translation>{text}, uloga u bazi {role} ({kind})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="179" />
            <source>{text}: {error}</source>
            <translation>{text}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="194" />
            <source>link {link} dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}</source>
            <translation>veza {link} odbacila {frames} ({bytes} bajtova) između {first} i {last}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="224" />
            <source>new incident {incident} {type} (P{priority}) at {where}</source>
            <translation>nova intervencija {incident} {type} (P{priority}) na {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="230" />
            <source>{incident} moved from {before} to {where}</source>
            <translation>{incident} premeštena sa {before} na {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="236" />
            <source>{incident} moved to {where}</source>
            <translation>{incident} premeštena na {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="245" />
            <source>{unit} assigned to {incident}, ETA {eta}, {how}</source>
            <translation>{unit} upućena na {incident}, dolazak za {eta}, {how}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="249" />
            <source>{unit} assigned to {incident}, {how}</source>
            <translation>{unit} upućena na {incident}, {how}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="252" />
            <source>{text}: {reason}</source>
            <translation>{text}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="277" />
            <source>{incident} REOPENED: {reason} (was closed: {disposition})</source>
            <translation>{incident} PONOVO OTVORENA: {reason} (bila zatvorena: {disposition})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="388" />
            <source>verified to {label} ({kind}, {distance})</source>
            <translation>provereno na {label} ({kind}, {distance})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="392" />
            <source>verified to {label} ({kind})</source>
            <translation>provereno na {label} ({kind})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="466" />
            <source>call {call} abandoned: {reason}</source>
            <translation>poziv {call} prekinut: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="99" />
            <source>completed</source>
            <translation>završeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="99" />
            <source>ended by trainer</source>
            <translation>prekinuo instruktor</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="73" />
            <source>drill {title} started (×{speed}), trainees: {trainees}</source>
            <translation>vežba {title} počela (×{speed}), polaznici: {trainees}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="82" />
            <source>drill clock {time}: running (×{speed})</source>
            <translation>sat vežbe {time}: radi (×{speed})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="96" />
            <source>drill {time}: injected #{n} ({type}): {summary}</source>
            <translation>vežba {time}: ubačeno br. {n} ({type}): {summary}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="101" />
            <source>drill ended at {time}: {reason}</source>
            <translation>vežba završena u {time}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="81" />
            <source>drill clock {time}: paused</source>
            <translation>sat vežbe {time}: pauzirano</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="93" />
            <source>drill {time}: trainer {by} injected #{n} ({type}): {summary}</source>
            <translation>vežba {time}: instruktor {by} ubacio br. {n} ({type}): {summary}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="62" />
            <source>{summary} — not sent: {error}</source>
            <translation>{summary} — nije poslato: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="31" />
            <source>dispatcher</source>
            <translation>dispečer</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="32" />
            <source>supervisor</source>
            <translation>nadzornik</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="33" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="34" />
            <source>call-taker</source>
            <translation>operater prijema</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="35" />
            <source>trainer</source>
            <translation>instruktor</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="136" />
            <source>wrong password</source>
            <translation>pogrešna lozinka</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="137" />
            <source>unknown operator</source>
            <translation>nepoznat operater</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="138" />
            <source>account disabled</source>
            <translation>nalog onemogućen</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="139" />
            <source>backing off</source>
            <translation>čekanje posle neuspelih pokušaja</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="140" />
            <source>signed in at another position</source>
            <translation>prijavljen/a na drugom radnom mestu</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="141" />
            <source>signed out</source>
            <translation>odjava</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="142" />
            <source>console closed</source>
            <translation>konzola zatvorena</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="143" />
            <source>time is up</source>
            <translation>vreme je isteklo</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="144" />
            <source>signed in normally</source>
            <translation>redovna prijava</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="72" />
            <source>{name} ({role}) signed in{at}</source>
            <translation>{name} ({role}) se prijavio/la{at}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="75" />
            <source>sign-in as {name} refused{at}: {reason}</source>
            <translation>prijava kao {name} odbijena{at}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/event_text_operators.py" line="78" />
            <source>, %n failed in a row</source>
            <translation>
                <numerusform>, %n neuspeh zaredom</numerusform>
                <numerusform>, %n neuspeha zaredom</numerusform>
                <numerusform>, %n neuspeha zaredom</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="85" />
            <source>{name} signed out{at}</source>
            <translation>{name} se odjavio/la{at}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="87" />
            <source>shift change{at}: {previous} handed over to {name} ({role})</source>
            <translation>smena{at}: {previous} predao/la {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="91" />
            <source>position{at} locked for {name}</source>
            <translation>radno mesto{at} zaključano za {name}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="93" />
            <source>position{at} unlocked for {name}</source>
            <translation>radno mesto{at} otključano za {name}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="117" />
            <source>BREAK-GLASS emergency session for {name} ({role}){at} for {minutes} until {until}: {reason}</source>
            <translation>HITAN PRISTUP za {name} ({role}){at} na {minutes} do {until}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="123" />
            <source>break-glass session of {name}{at} ended: {reason}</source>
            <translation>hitan pristup za {name}{at} završen: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="42" />
            <source> at {position}</source>
            <translation> na radnom mestu {position}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="54" />
            <source>operator {name} added with the {role} role as the store's first administrator</source>
            <translation>operater {name} dodat sa ulogom {role} kao prvi administrator skladišta</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="56" />
            <source>operator {name} added with the {role} role as the store's first administrator, no password yet</source>
            <translation>operater {name} dodat sa ulogom {role} kao prvi administrator skladišta, još bez lozinke</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="63" />
            <source>operator {name} added with the {role} role</source>
            <translation>operater {name} dodat sa ulogom {role}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="65" />
            <source>operator {name} added with the {role} role, no password yet</source>
            <translation>operater {name} dodat sa ulogom {role}, još bez lozinke</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="70" />
            <source>{name} ({role}) signed in{at} (as the OS user, no password)</source>
            <translation>{name} ({role}) se prijavio/la{at} (kao korisnik sistema, bez lozinke)</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="83" />
            <source>{name} signed out{at} ({reason})</source>
            <translation>{name} se odjavio/la{at} ({reason})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="104" />
            <source>password of {name} changed</source>
            <translation>lozinka za {name} je promenjena</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="106" />
            <source>{name}'s role changed from {previous} to {role}</source>
            <translation>uloga za {name} promenjena iz {previous} u {role}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="114" />
            <source>operator {name} DISABLED</source>
            <translation>operater {name} ONEMOGUĆEN</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="153" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="101" />
            <source>password of {name} changed (re-hashed with today's parameters at sign-in)</source>
            <translation>lozinka za {name} je promenjena (ponovo heširana sa današnjim parametrima pri prijavi)</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="111" />
            <source>operator {name} DISABLED: {reason}</source>
            <translation>operater {name} ONEMOGUĆEN: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="148" />
            <source>accepted</source>
            <translation>prihvaćeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="149" />
            <source>rejected</source>
            <translation>odbijeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="42" />
            <source>{unit} for {incident}</source>
            <translation>{unit} za {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="107" />
            <source>{who}: FAILED (final): {reason}</source>
            <translation>{who}: NEUSPELO (konačno): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="124" />
            <source>NOT ACKNOWLEDGED: {who}: no crew answer</source>
            <translation>BEZ POTVRDE: {who}: posada nije odgovorila</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="126" />
            <source>NOT ACKNOWLEDGED: {who}: no link acknowledgement</source>
            <translation>BEZ POTVRDE: {who}: veza nije potvrdila</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="178" />
            <source>answer {what} FAILED (final): {reason}</source>
            <translation>odgovor {what} NEUSPEO (konačno): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="180" />
            <source>answer {what} FAILED (retrying): {reason}</source>
            <translation>odgovor {what} NEUSPEO (ponavlja se): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="183" />
            <source>answer {what} {step}</source>
            <translation>odgovor {what} {step}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="39" />
            <source>{unit} for {incident} #{n}</source>
            <translation>{unit} za {incident} br. {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="72" />
            <source>{unit} for {incident}: queued on {link} {address}: {text}</source>
            <translation>{unit} za {incident}: u redu na {link} {address}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="75" />
            <source>{who}: sent (attempt {n})</source>
            <translation>{who}: poslato (pokušaj {n})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="81" />
            <source>{who}: acknowledged by the link</source>
            <translation>{who}: veza potvrdila</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="89" />
            <source>{who}: delivered to the device</source>
            <translation>{who}: uručeno uređaju</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="91" />
            <source>{who}: read by the crew</source>
            <translation>{who}: posada pročitala</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="97" />
            <source>{who}: accepted by the crew</source>
            <translation>{who}: posada prihvatila</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="109" />
            <source>{who}: FAILED (retrying): {reason}</source>
            <translation>{who}: NEUSPELO (ponavlja se): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="111" />
            <source>{who}: FAILED: {reason}</source>
            <translation>{who}: NEUSPELO: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="118" />
            <source>NOT ACKNOWLEDGED: {who}: no crew answer within {limit} s</source>
            <translation>BEZ POTVRDE: {who}: posada nije odgovorila za {limit} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="120" />
            <source>NOT ACKNOWLEDGED: {who}: no link acknowledgement within {limit} s</source>
            <translation>BEZ POTVRDE: {who}: veza nije potvrdila za {limit} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="130" />
            <source>{who}: reached by voice</source>
            <translation>{who}: dobijeno glasom</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="132" />
            <source>{who} asks to talk ({label}) on {link} {address}</source>
            <translation>{who} traži razgovor ({label}) na {link} {address}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="140" />
            <source>from {sender} on {link}: refused: {reason}</source>
            <translation>od {sender} na {link}: odbijeno: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="167" />
            <source>answer {what} for call {call} queued to {partner}</source>
            <translation>odgovor {what} na poziv {call} u redu za {partner}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="169" />
            <source>answer {what} sent to the partner (attempt {n})</source>
            <translation>odgovor {what} poslat partneru (pokušaj {n})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="173" />
            <source>answer {what} delivered to the partner (HTTP {status})</source>
            <translation>odgovor {what} uručen partneru (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="51" />
            <source>{incident} handed over to partner {partner} ({address}), EIDO {id}</source>
            <translation>{incident} predata partneru {partner} ({address}), EIDO {id}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="65" />
            <source>{unit} for {incident}: queued on {link} {address}, re-sent by {by}: {text}</source>
            <translation>{unit} za {incident}: u redu na {link} {address}, ponovo poslao {by}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="69" />
            <source>{unit} for {incident}: queued on {link} {address}, re-sent: {text}</source>
            <translation>{unit} za {incident}: u redu na {link} {address}, ponovo poslato: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="78" />
            <source>{who}: the partner took it (HTTP {status})</source>
            <translation>{who}: partner preuzeo (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="84" />
            <source>{who}: the partner reports it completed</source>
            <translation>{who}: partner javlja da je završeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="86" />
            <source>{who}: delivered to the device ({detail})</source>
            <translation>{who}: uručeno uređaju ({detail})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="94" />
            <source>{who}: accepted by the partner</source>
            <translation>{who}: partner prihvatio</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="96" />
            <source>{who}: accepted by the crew ({by})</source>
            <translation>{who}: posada prihvatila ({by})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="100" />
            <source>{who}: rejected by the partner</source>
            <translation>{who}: partner odbio</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="100" />
            <source>{who}: rejected by the crew</source>
            <translation>{who}: posada odbila</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="164" />
            <source>answer {what} for call {call} queued to {partner}: {reason}</source>
            <translation>odgovor {what} na poziv {call} u redu za {partner}: {reason}</translation>
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
            <location filename="../../widgets/incident_panel.py" line="90" />
            <source>Incident</source>
            <extracomment>A unit's row while its notification alarm stands (red, readable with white text).</extracomment>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="113" />
            <source>Copy</source>
            <translation>Kopiraj</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="114" />
            <source>Copy latitude, longitude</source>
            <translation>Kopiraj geografsku širinu, dužinu</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="121" />
            <source>Unit</source>
            <translation>Jedinica</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="122" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="123" />
            <source>In status</source>
            <translation>U statusu</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="124" />
            <source>Dispatched</source>
            <translation>Upućena</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="125" />
            <source>ETA</source>
            <translation>Dolazak</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="126" />
            <source>Reached</source>
            <translation>Obaveštenje</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="151" />
            <source>No notes yet</source>
            <translation>Još nema beleški</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="153" />
            <source>Add a note, Enter to save</source>
            <translation>Dodaj belešku, Enter za čuvanje</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="155" />
            <source>Recommend</source>
            <translation>Preporuči</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="157" />
            <source>Close…</source>
            <translation>Zatvori…</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="266" />
            <source>No incident selected</source>
            <translation>Nije izabrana intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="275" />
            <source>{id} · {type}</source>
            <translation>{id} · {type}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="280" />
            <source>P{n}</source>
            <translation>P{n}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="282" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>Prioritet {n} (1 je najviši)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="289" />
            <source>(no address)</source>
            <translation>(nema adrese)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="303" />
            <source>✓ Verified: {label} ({kind}, {distance} m)</source>
            <translation>✓ Provereno: {label} ({kind}, {distance} m)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="309" />
            <source>forced point</source>
            <translation>nametnuta tačka</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="309" />
            <source>automatic position</source>
            <translation>automatska pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="310" />
            <source>⚠ UNVERIFIED ({why})</source>
            <translation>⚠ NEPROVERENO ({why})</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="313" />
            <source>Nearest: {near}</source>
            <translation>Najbliže: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="316" />
            <source>(nothing typed)</source>
            <translation>(ništa nije ukucano)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="317" />
            <source>Typed: {typed}</source>
            <translation>Ukucano: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="319" />
            <source>Places index: {build}</source>
            <translation>Indeks mesta: {build}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="326" />
            <source>{time}  {operator}: {text}</source>
            <translation>{time}  {operator}: {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="347" />
            <source>Created {time} · open {age}</source>
            <translation>Otvorena {time} · traje {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="368" />
            <source>due</source>
            <translation>sada</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="418" />
            <source>Partner {name} — {step}</source>
            <translation>Partnerski centar {name} — {step}</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueDock</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="284" />
            <source>Incidents</source>
            <translation>Intervencije</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueModel</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="161" />
            <source>Incident</source>
            <extracomment>Background of the priority cell; text is drawn white on 1, 2 and 4.</extracomment>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="162" />
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="163" />
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="164" />
            <source>Location</source>
            <translation>Lokacija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="165" />
            <source>Age</source>
            <translation>Starost</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="166" />
            <source>Units</source>
            <translation>Jedinice</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="180" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>Prioritet {n} (1 je najviši)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="210" />
            <source>Typed: {typed}</source>
            <translation>Ukucano: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="213" />
            <source>Verified: {label} ({kind}, {distance} m)</source>
            <translation>Provereno: {label} ({kind}, {distance} m)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="220" />
            <source>UNVERIFIED: a forced point</source>
            <translation>NEPROVERENO: nametnuta tačka</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="222" />
            <source>UNVERIFIED: an automatic position</source>
            <translation>NEPROVERENO: automatska pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="225" />
            <source>Nearest: {near}</source>
            <translation>Najbliže: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="230" />
            <source>Places index: {build}</source>
            <translation>Indeks mesta: {build}</translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../console/reports/durations.py" line="27" />
            <source>{h} h {m} min</source>
            <translation>{h} č {m} min</translation>
        </message>
        <message>
            <location filename="../../console/reports/durations.py" line="22" />
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/durations.py" line="25" />
            <source>{m} min {s} s</source>
            <translation>{m} min {s} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="82" />
            <source>Alarm handling</source>
            <translation>Obrada dojave</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="83" />
            <source>Total response</source>
            <translation>Ukupno vreme odziva</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="85" />
            <source>Turnout {unit}</source>
            <translation>Izlazak {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="85" />
            <source>Travel {unit}</source>
            <translation>Vožnja {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="87" />
            <source>Call answering ({call})</source>
            <translation>Javljanje na poziv ({call})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="88" />
            <source>Call processing ({call})</source>
            <translation>Obrada poziva ({call})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="106" />
            <source>abandoned before it was answered</source>
            <translation>prekinut pre javljanja</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="107" />
            <source>answered after the first dispatch</source>
            <translation>javljeno posle prvog upućivanja</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="108" />
            <source>no incident</source>
            <translation>nema intervencije</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="109" />
            <source>stood down before it got there</source>
            <translation>opozvana pre dolaska</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="110" />
            <source>on scene without en route</source>
            <translation>na licu mesta bez „na putu“</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="111" />
            <source>its dispatch is not in the log</source>
            <translation>njeno upućivanje nije u dnevniku</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="100" />
            <source>{label} ({note})</source>
            <translation>{label} ({note})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="117" />
            <source>{via}: no ring start, not timed</source>
            <translation>{via}: nema početka zvonjenja, nije mereno</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_data.py" line="168" />
            <source>system</source>
            <translation>sistem</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_data.py" line="166" />
            <source>link {link}</source>
            <translation>veza {link}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="238" />
            <source>EXERCISE — drill report, not a real incident</source>
            <translation>VEŽBA — izveštaj sa vežbe, nije stvarna intervencija</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="411" />
            <source>EXERCISE — DRILL — NOT A REAL INCIDENT</source>
            <translation>VEŽBA — VEŽBA — NIJE STVARNA INTERVENCIJA</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="223" />
            <source>by</source>
            <translation>od</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="225" />
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="226" />
            <source>Priority</source>
            <translation>Prioritet</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="227" />
            <source>Location</source>
            <translation>Lokacija</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="228" />
            <source>Coordinates</source>
            <translation>Koordinate</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="229" />
            <source>Created</source>
            <translation>Otvorena</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="230" />
            <source>Closed</source>
            <translation>Zatvorena</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Disposition</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="232" />
            <source>Calls</source>
            <translation>Pozivi</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="233" />
            <source>Alerts</source>
            <translation>Uzbune</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="234" />
            <source>Units</source>
            <translation>Jedinice</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="326" />
            <source>Incident report {incident}</source>
            <translation>Izveštaj o intervenciji {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>Interval</source>
            <translation>Interval</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>Duration</source>
            <translation>Trajanje</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Who</source>
            <translation>Ko</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Event</source>
            <translation>Događaj</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="328" />
            <source>EXERCISE</source>
            <translation>VEŽBA</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="423" />
            <source>page {page} of {pages}</source>
            <translation>strana {page} od {pages}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Incident report</source>
            <translation>Izveštaj o intervenciji</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="247" />
            <source>times in</source>
            <translation>vremena u</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="249" />
            <source>generated</source>
            <translation>napravljeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="264" />
            <source>Response intervals</source>
            <translation>Intervali odziva</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="279" />
            <source>Timeline</source>
            <translation>Vremenska linija</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="262" />
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
            <location filename="../../widgets/i18n.py" line="330" />
            <source>&amp;Language</source>
            <translation>&amp;Jezik</translation>
        </message>
        <message>
            <location filename="../../widgets/i18n.py" line="350" />
            <source>The console will speak the chosen language from its next start.</source>
            <translation>Konzola će koristiti izabrani jezik od sledećeg pokretanja.</translation>
        </message>
    </context>
    <context>
        <name>LinkIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="407" />
            <source>Link alert {id} to an incident</source>
            <translation>Poveži uzbunu {id} sa intervencijom</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="410" />
            <source>Incident or call id</source>
            <translation>Broj intervencije ili poziva</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="418" />
            <source>Link</source>
            <translation>Veza</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="420" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="423" />
            <source>Nearby incidents and calls</source>
            <translation>Intervencije i pozivi u blizini</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusDock</name>
        <message>
            <location filename="../../widgets/link_status.py" line="245" />
            <source>Links</source>
            <translation>Veze</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusModel</name>
        <message>
            <location filename="../../widgets/link_status.py" line="79" />
            <source>Link</source>
            <translation>Veza</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="80" />
            <source>Endpoint</source>
            <translation>Krajnja tačka</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="81" />
            <source>Protocol</source>
            <translation>Protokol</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="82" />
            <source>State</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="83" />
            <source>Bytes</source>
            <translation>Bajtovi</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="84" />
            <source>Frames</source>
            <translation>Okviri</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="85" />
            <source>Errors</source>
            <translation>Greške</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="86" />
            <source>Last frame</source>
            <translation>Poslednji okvir</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="87" />
            <source>Notes</source>
            <translation>Beleške</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="88" />
            <source>Last error</source>
            <translation>Poslednja greška</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="93" />
            <source>up</source>
            <translation>radi</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="94" />
            <source>connecting</source>
            <translation>povezivanje</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="95" />
            <source>down</source>
            <translation>van funkcije</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="96" />
            <source>stopped</source>
            <translation>zaustavljeno</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="98" />
            <source>not known yet</source>
            <translation>još nepoznato</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="131" />
            <source>Last error: {error}</source>
            <translation>Poslednja greška: {error}</translation>
        </message>
    </context>
    <context>
        <name>LinkTexts</name>
        <message>
            <location filename="../../console/reports/link_texts.py" line="16" />
            <source>not delivered</source>
            <translation>nije isporučeno</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="83" />
            <location filename="../../radio/codecs/tetra_pei.py" line="356" />
            <source>reserved</source>
            <extracomment>Block types (ESPA 4.4.4 clause 4.2). Data identifiers (clause 4.3) and the name each record has in JSON. Call status values (record 7).
----------
``dispatch-console decode`` prints ``kind`` beside ``type``.</extracomment>
            <translation>rezervisana vrednost</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="84" />
            <source>busy</source>
            <translation>zauzeto</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="85" />
            <source>in queue</source>
            <translation>u redu čekanja</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="86" />
            <source>paged</source>
            <translation>pozvano</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="87" />
            <source>absent</source>
            <translation>odsutan</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="88" />
            <source>call terminated</source>
            <translation>poziv završen</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="89" />
            <source>acknowledged by called party</source>
            <translation>potvrdio pozvani</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="90" />
            <source>speech channel open</source>
            <translation>govorni kanal otvoren</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="91" />
            <source>speech channel open (paged)</source>
            <translation>govorni kanal otvoren (pozvano)</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="92" />
            <source>speech channel open (absent)</source>
            <translation>govorni kanal otvoren (odsutan)</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="93" />
            <source>fault</source>
            <translation>kvar</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="301" />
            <source>unknown</source>
            <extracomment>NAK prefixes (clause 2.4).</extracomment>
            <translation>nepoznato</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="106" />
            <source>receipt acknowledged by destination</source>
            <extracomment>Text coding schemes (EN 300 392-2 table 29.29) that Python can read. Delivery report requests of an SDS-TRANSFER. Delivery status (EN 300 392-2 table 29.16), in our words.</extracomment>
            <translation>primalac potvrdio prijem</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="107" />
            <source>receipt report acknowledgement</source>
            <translation>potvrda izveštaja o prijemu</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="108" />
            <source>consumed by destination</source>
            <translation>pročitao primalac</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="109" />
            <source>consumed report acknowledgement</source>
            <translation>potvrda izveštaja o čitanju</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="110" />
            <source>forwarded to external network</source>
            <translation>prosleđeno u spoljnu mrežu</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="111" />
            <source>sent to group, acknowledgement presented</source>
            <translation>poslato grupi, potvrda predata</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="112" />
            <source>concatenation part received</source>
            <translation>primljen deo raščlanjene poruke</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="113" />
            <source>congestion, message stored</source>
            <translation>zagušenje, poruka sačuvana</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="114" />
            <source>message stored</source>
            <translation>poruka sačuvana</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="115" />
            <source>destination not reachable, message stored</source>
            <translation>primalac nedostupan, poruka sačuvana</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="116" />
            <source>network overload</source>
            <translation>mreža preopterećena</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="117" />
            <source>service permanently not available</source>
            <translation>usluga trajno nedostupna</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="118" />
            <source>service temporarily not available</source>
            <translation>usluga privremeno nedostupna</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="119" />
            <source>source not authorised</source>
            <translation>pošiljalac nema ovlašćenje</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="120" />
            <source>destination not authorised</source>
            <translation>primalac nema ovlašćenje</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="121" />
            <source>unknown destination, gateway or service centre</source>
            <translation>nepoznat primalac, mrežni prolaz ili servisni centar</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="122" />
            <source>unknown forward address</source>
            <translation>nepoznata adresa za prosleđivanje</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="123" />
            <source>group address with individual service</source>
            <translation>grupna adresa uz pojedinačnu uslugu</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="124" />
            <source>validity period expired, not received</source>
            <translation>rok važenja istekao, nije primljeno</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="125" />
            <source>validity period expired, not consumed</source>
            <translation>rok važenja istekao, nije pročitano</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="126" />
            <source>delivery failed</source>
            <translation>isporuka nije uspela</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="127" />
            <source>destination not registered</source>
            <translation>primalac nije prijavljen na mrežu</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="128" />
            <source>destination queue full</source>
            <translation>red poruka primaoca je pun</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="129" />
            <source>message too long</source>
            <translation>poruka je predugačka</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="130" />
            <source>destination does not support SDS-TL</source>
            <translation>primalac ne podržava SDS-TL</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="131" />
            <source>destination host not connected</source>
            <translation>računar primaoca nije povezan</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="132" />
            <source>protocol not supported</source>
            <translation>protokol nije podržan</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="133" />
            <source>data coding scheme not supported</source>
            <translation>kodiranje podataka nije podržano</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="134" />
            <source>destination memory full, message discarded</source>
            <translation>memorija primaoca je puna, poruka odbačena</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="135" />
            <source>destination not accepting SDS messages</source>
            <translation>primalac ne prima SDS poruke</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="136" />
            <source>destination not reachable, delivery failed</source>
            <translation>primalac nedostupan, isporuka nije uspela</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="137" />
            <location filename="../../radio/codecs/tetra_pei.py" line="144" />
            <source>destination memory full</source>
            <translation>memorija primaoca je puna</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="138" />
            <source>destination memory available</source>
            <translation>memorija primaoca ponovo slobodna</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="143" />
            <source>protocol or coding not supported</source>
            <translation>protokol ili kodiranje nije podržano</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="145" />
            <source>message received</source>
            <translation>poruka primljena</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="146" />
            <source>message consumed</source>
            <translation>poruka pročitana</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../console/main_window.py" line="135" />
            <source>Replay — {site}</source>
            <translation>Reprodukcija — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="135" />
            <source>Dispatch console — {site}</source>
            <translation>Dispečerska konzola — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="234" />
            <source>Store: opening…</source>
            <translation>Skladište: otvaranje…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="260" />
            <source>&amp;File</source>
            <translation>&amp;Datoteka</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="261" />
            <source>Open &amp;replay…</source>
            <translation>Otvori &amp;reprodukciju…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="265" />
            <source>&amp;Quit</source>
            <translation>&amp;Izlaz</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="270" />
            <source>&amp;View</source>
            <translation>&amp;Prikaz</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="271" />
            <source>&amp;Fit map to site</source>
            <translation>&amp;Uklopi mapu u područje</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="275" />
            <source>&amp;Map in its own window</source>
            <translation>&amp;Mapa u zasebnom prozoru</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="279" />
            <source>Put the map in a window of its own, on another screen if there is one</source>
            <translation>Stavi mapu u zaseban prozor, na drugi ekran ako postoji</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="283" />
            <source>&amp;Wallboard</source>
            <translation>&amp;Zidni prikaz</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="286" />
            <source>The room at a glance, for a supervisor's desk or a wall (F11: full screen)</source>
            <translation>Centar na prvi pogled, za sto supervizora ili zid (F11: ceo ekran)</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="291" />
            <source>&amp;Units as</source>
            <translation>&amp;Jedinice kao</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="295" />
            <source>&amp;Command line</source>
            <translation>&amp;Komandna linija</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="301" />
            <source>&amp;Go to</source>
            <translation>&amp;Idi na</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="322" />
            <source>Toggle day/night</source>
            <translation>Promeni dan/noć</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="326" />
            <source>&amp;Reset layout</source>
            <translation>&amp;Vrati raspored</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="335" />
            <source>&amp;Help</source>
            <translation>&amp;Pomoć</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="336" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Prečice na tastaturi</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="340" />
            <source>&amp;About</source>
            <translation>&amp;O programu</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="346" />
            <source>&amp;Operator</source>
            <translation>&amp;Operater</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="348" />
            <source>&amp;Change operator…</source>
            <translation>&amp;Promeni operatera…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="349" />
            <source>&amp;Lock position</source>
            <translation>&amp;Zaključaj radno mesto</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="350" />
            <source>&amp;Sign out</source>
            <translation>O&amp;djavi se</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="351" />
            <source>&amp;Manage operators…</source>
            <translation>&amp;Upravljanje operaterima…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="393" />
            <source>Right-click — status changes, recommend, new incident here</source>
            <translation>Desni klik — promene statusa, preporuka, nova intervencija ovde</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="392" />
            <source>Mouse wheel — zoom; drag — pan; click a unit — select it</source>
            <translation>Točkić miša — zumiranje; prevlačenje — pomeranje; klik na jedinicu — izbor</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="395" />
            <source>Keyboard shortcuts</source>
            <translation>Prečice na tastaturi</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="400" />
            <source>About</source>
            <translation>O programu</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="402" />
            <source>Dispatch console
Site: {site}
Map data © OpenStreetMap contributors (ODbL).</source>
            <translation>Dispečerska konzola
Područje: {site}
Podaci mape © saradnici OpenStreetMap-a (ODbL).</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="445" />
            <source>DRILL — EXERCISE, NOT LIVE — {title}</source>
            <translation>VEŽBA — NIJE STVARNI RAD — {title}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="463" />
            <source>DRILL — {title} — {site}</source>
            <translation>VEŽBA — {title} — {site}</translation>
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
            <location filename="../../console/app.py" line="250" />
            <source>SITE NOT LOADED — no links are running: {err}</source>
            <translation>PODRUČJE NIJE UČITANO — nijedna veza ne radi: {err}</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="252" />
            <source>Store: not opened</source>
            <translation>Skladište: nije otvoreno</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="333" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>VEŽBA NIJE POKRENUTA — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="81" />
            <source>RECORDER STOPPED (exit code {code}) — the site's links are not received until it is back; restarting it. {last}</source>
            <translation>PROCES SNIMANJA ZAUSTAVLJEN (izlazni kod {code}) — veze lokacije se ne primaju dok se ne vrati; ponovo se pokreće. {last}</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="86" />
            <source>Recorder stopped (exit code {code}); restarting</source>
            <translation>Proces snimanja zaustavljen (izlazni kod {code}); ponovo se pokreće</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="106" />
            <source>Recorder running again: the site's links are received</source>
            <translation>Proces snimanja ponovo radi: veze lokacije se primaju</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="73" />
            <source>The map is in its own window on screen {screen}.
Ctrl+Shift+M brings it back here.</source>
            <translation>Mapa je u zasebnom prozoru na ekranu {screen}.
Ctrl+Shift+M je vraća ovde.</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="133" />
            <source>Screen {screen} was disconnected: the map is back here.</source>
            <translation>Ekran {screen} je isključen: mapa je vraćena ovde.</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="63" />
            <source>Map — {site}</source>
            <translation>Mapa — {site}</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="114" />
            <source>Screen {screen} for the map is not connected: the map is here.</source>
            <translation>Ekran {screen} za mapu nije priključen: mapa je ovde.</translation>
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
            <location filename="../../widgets/map_widget.py" line="397" />
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
            <location filename="../../widgets/map/callers.py" line="384" />
            <source>Verified</source>
            <translation>Provereno</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="386" />
            <source>New automatic fix offered</source>
            <translation>Ponuđena nova automatska pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="377" />
            <source>Located {time} ({age})</source>
            <translation>Locirano {time} ({age})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="375" />
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
            <location filename="../../widgets/map/tracks.py" line="407" />
            <source>Speed: {0}</source>
            <translation>Brzina: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="408" />
            <source>unknown</source>
            <translation>nepoznato</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="412" />
            <source>Course: {0}</source>
            <translation>Kurs: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="418" />
            <source>Last plot: {0} s ago</source>
            <translation>Poslednji odraz: pre {0} s</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="408" />
            <source>{0} km/h</source>
            <translation>{0} km/č</translation>
        </message>
    </context>
    <context>
        <name>OperatorConsole</name>
        <message>
            <location filename="../../console/session/operator_console.py" line="136" />
            <source>EMERGENCY SESSION: {name} ({role}), {left} min left</source>
            <translation>HITNA SESIJA: {name} ({role}), preostalo {left} min</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="142" />
            <source>NOBODY SIGNED IN — actions are refused (Operator ▸ Change operator)</source>
            <translation>NIKO NIJE PRIJAVLjEN — radnje se odbijaju (Operater ▸ Promeni operatera)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="171" />
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="148" />
            <source>{who} — no password yet: full rights of this store file</source>
            <translation>{who} — još bez lozinke: puna prava nad ovom datotekom skladišta</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="152" />
            <source>{who} — LOCKED</source>
            <translation>{who} — ZAKLjUČANO</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="161" />
            <source>BREAK-GLASS EMERGENCY SESSION — {name} at {position} until {until} UTC: {reason}</source>
            <translation>HITAN PRISTUP (RAZBIJ STAKLO) — {name} na radnom mestu {position} do {until} UTC: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="185" />
            <source>signed in as {name}: the database has stored it</source>
            <translation>prijavljeni ste kao {name}: baza je to sačuvala</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="210" />
            <source>Change operator — {name} hands over</source>
            <translation>Promena operatera — {name} predaje smenu</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="331" />
            <source>{name} has no password, so this position cannot lock: set one (dispatch-console operators passwd STORE {name})</source>
            <translation>{name} nema lozinku, pa se ovo radno mesto ne može zaključati: postavite je (dispatch-console operators passwd STORE {name})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="402" />
            <source>{name} added ({role})</source>
            <translation>Dodat {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="408" />
            <source>{name} is now {role}</source>
            <translation>{name} sada ima ulogu {role}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="414" />
            <source>{name} disabled</source>
            <translation>Onemogućen {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="420" />
            <source>password of {name} changed</source>
            <translation>lozinka za {name} je promenjena</translation>
        </message>
    </context>
    <context>
        <name>OperatorDesk</name>
        <message>
            <location filename="../../console/session/operator_desk.py" line="159" />
            <source>the database did not confirm within {seconds} s (it is kept and stored when the database answers)</source>
            <translation>baza nije potvrdila u roku od {seconds} s (čuva se i biće upisano kada baza odgovori)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="164" />
            <source>the database refused it: {error}</source>
            <translation>baza je to odbila: {error}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="165" />
            <source>the first administrator was not stored: {problem}</source>
            <translation>prvi administrator nije upisan: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="168" />
            <source>not signed in: {problem}</source>
            <translation>niste prijavljeni: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="169" />
            <source>cannot sign in: {problem}</source>
            <translation>prijava nije moguća: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="170" />
            <source>not signed in: the log does not show the sign-in</source>
            <translation>niste prijavljeni: dnevnik ne beleži prijavu</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="173" />
            <source>nobody is signed in here: sign in</source>
            <translation>ovde niko nije prijavljen: prijavite se</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="174" />
            <source>nobody is signed in here</source>
            <translation>ovde niko nije prijavljen</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="175" />
            <source>the emergency session ended</source>
            <translation>hitna sesija je završena</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="176" />
            <source>not signed out: {problem}</source>
            <translation>niste odjavljeni: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="177" />
            <source>sign in first</source>
            <translation>prvo se prijavite</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="178" />
            <source>not stored: {problem}</source>
            <translation>nije upisano: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="179" />
            <source>done</source>
            <translation>urađeno</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="180" />
            <source>this site does not allow emergency sessions</source>
            <translation>ovaj centar ne dozvoljava hitne sesije</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="183" />
            <source>the database is reachable: sign in with your password</source>
            <translation>baza je dostupna: prijavite se svojom lozinkom</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="186" />
            <source>an emergency session needs your name and the reason</source>
            <translation>hitna sesija zahteva vaše ime i razlog</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="189" />
            <source>emergency session for {name} until {until} UTC</source>
            <translation>hitna sesija za {name} do {until} UTC</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="193" />
            <source>signed in as {name} ({role})</source>
            <translation>prijavljeni ste kao {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="194" />
            <source>{name} ({role}) took over from {previous}</source>
            <translation>{name} ({role}) je preuzeo/la smenu od {previous}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="195" />
            <source>{name} signed out</source>
            <translation>{name} se odjavio/la</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="196" />
            <source>too many failed sign-ins for {name}: try again in {seconds} s</source>
            <translation>previše neuspelih prijava za {name}: pokušajte ponovo za {seconds} s</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="199" />
            <source>no operator is named '{name}': check the name or ask a supervisor</source>
            <translation>nijedan operater se ne zove „{name}”: proverite ime ili pitajte nadzornika</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="202" />
            <source>the account {name} is disabled: ask a supervisor</source>
            <translation>nalog {name} je onemogućen: obratite se nadzorniku</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="205" />
            <source>wrong password for {name}</source>
            <translation>pogrešna lozinka za {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="206" />
            <source>{name} is already signed in at {positions}: sign out there first</source>
            <translation>{name} je već prijavljen/a na radnom mestu {positions}: prvo se tamo odjavite</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="65" />
            <source>Operators</source>
            <translation>Operateri</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Role</source>
            <translation>Uloga</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>State</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Signed in at</source>
            <translation>Prijavljen u</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="88" />
            <source>&amp;Name</source>
            <translation>&amp;Ime</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="89" />
            <source>&amp;Role</source>
            <translation>&amp;Uloga</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="90" />
            <source>New &amp;password</source>
            <translation>Nova &amp;lozinka</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="91" />
            <source>&amp;Again</source>
            <translation>&amp;Ponovo</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="92" />
            <source>Reason (disable)</source>
            <translation>Razlog (onemogućavanje)</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="100" />
            <source>A&amp;dd</source>
            <translation>&amp;Dodaj</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="101" />
            <source>Set r&amp;ole</source>
            <translation>Postavi &amp;ulogu</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="102" />
            <source>Reset pass&amp;word</source>
            <translation>Resetuj &amp;lozinku</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="103" />
            <source>D&amp;isable</source>
            <translation>One&amp;mogući</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="104" />
            <source>&amp;Close</source>
            <translation>&amp;Zatvori</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="119" />
            <source>disabled</source>
            <translation>onemogućen</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="119" />
            <source>enabled</source>
            <translation>aktivan</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="121" />
            <source>, no password</source>
            <translation>, bez lozinke</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="143" />
            <source>Type or select an operator's name.</source>
            <translation>Unesite ili izaberite ime operatera.</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="152" />
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
        <name>Recommendation</name>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="51" />
            <source>from station: no fix</source>
            <translation>iz stanice: nema pozicije</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="126" />
            <source>unreachable: no position and no station</source>
            <translation>nedostupna: nema pozicije ni stanice</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="41" />
            <source>{n} km</source>
            <translation>{n} km</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="123" />
            <source>unreachable: no road route to the incident</source>
            <translation>nedostupna: nema puta do događaja</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="40" />
            <source>{n} m</source>
            <translation>{n} m</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="47" />
            <source>from AVL fix {age} old</source>
            <translation>sa AVL pozicije stare {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="49" />
            <source>from stale fix {age} old</source>
            <translation>sa zastarele pozicije stare {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="53" />
            <source>from station: fix {age} old</source>
            <translation>iz stanice: pozicija stara {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="104" />
            <source>ETA {eta}, {origin}</source>
            <translation>dolazak za {eta}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="107" />
            <source>slower: +{extra} than {unit} (ETA {eta}, {origin})</source>
            <translation>sporija: +{extra} od {unit} (dolazak za {eta}, {origin})</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="115" />
            <source>not needed (ETA {eta}, {origin})</source>
            <translation>nije potrebna (dolazak za {eta}, {origin})</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="117" />
            <source>already recommended for {type}</source>
            <translation>već predložena za {type}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="124" />
            <source>unreachable: {why}</source>
            <translation>nedostupna: {why}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="129" />
            <source>busy: {status}</source>
            <translation>zauzeta: {status}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="133" />
            <source>busy: unknown status {status}</source>
            <translation>zauzeta: nepoznat status {status}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="135" />
            <source>wrong type: the plan needs no {type}</source>
            <translation>pogrešan tip: plan ne traži {type}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="99" />
            <source>substitute for {type}, ETA {eta}, {origin}</source>
            <translation>zamena za {type}, dolazak za {eta}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="101" />
            <source>ETA {eta}, {distance}, {origin}</source>
            <translation>dolazak za {eta}, {distance}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="96" />
            <source>substitute for {type}, ETA {eta}, {distance}, {origin}</source>
            <translation>zamena za {type}, dolazak za {eta}, {distance}, {origin}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanelDock</name>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="75" />
            <source>Recommendation</source>
            <translation>Preporuka</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="99" />
            <source>Unit</source>
            <translation>Jedinica</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="100" />
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="101" />
            <source>ETA</source>
            <translation>Dolazak</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="102" />
            <source>Route</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="103" />
            <source>Fix</source>
            <translation>Pozicija</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="104" />
            <source>Reason</source>
            <translation>Razlog</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="135" />
            <source>Dispatch (Enter)</source>
            <translation>Uputi (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="220" />
            <source>No recommendation</source>
            <translation>Nema preporuke</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="223" />
            <source>No recommendation for incident {incident}</source>
            <translation>Nema preporuke za intervenciju {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="230" />
            <source>Recommendation for incident {incident}</source>
            <translation>Preporuka za intervenciju {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="253" />
            <source>{type} ×{count}</source>
            <translation>{type} ×{count}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="284" />
            <source>{km} km</source>
            <translation>{km} km</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="287" />
            <source>from station</source>
            <translation>iz stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="289" />
            <source>{age} ago</source>
            <translation>pre {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="339" />
            <source>{picked} of {wanted} picked</source>
            <translation>Izabrano {picked} od {wanted}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="353" />
            <source>Select an incident; R recommends units.</source>
            <translation>Izaberite intervenciju; R preporučuje jedinice.</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="356" />
            <source>R {incident} recommends units for it.</source>
            <translation>R {incident} preporučuje jedinice za nju.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="362" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>%n jedinica, izmenio dispečer</numerusform>
                <numerusform>%n jedinice, izmenio dispečer</numerusform>
                <numerusform>%n jedinica, izmenio dispečer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="365" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>%n jedinica, po preporuci</numerusform>
                <numerusform>%n jedinice, po preporuci</numerusform>
                <numerusform>%n jedinica, po preporuci</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="236" />
            <location filename="../../console/services/calls.py" line="155" />
            <source>unknown call '{call}'</source>
            <translation>nepoznat poziv '{call}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="239" />
            <source>call {call} has no newer automatic fix on offer</source>
            <translation>poziv {call} nema noviju automatsku lokaciju na ponudi</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="61" />
            <source>was promoted to {incident}</source>
            <translation>je pretvorena u {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="62" />
            <source>is linked to {incident}</source>
            <translation>je povezana sa {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="63" />
            <source>was dismissed</source>
            <translation>je odbačena</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="64" />
            <source>was cancelled by its sender</source>
            <translation>je opozvana od pošiljaoca</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="139" />
            <source>unknown alert '{alert}'</source>
            <translation>nepoznata uzbuna '{alert}'</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="156" />
            <source>an incident</source>
            <translation>intervenciju</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="160" />
            <source>is {state}</source>
            <translation>je u stanju {state}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="173" />
            <source>alert {alert} {state}: it cannot be acknowledged</source>
            <translation>uzbuna {alert} {state}: prijem se ne može potvrditi</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="177" />
            <source>alert {alert} is already acknowledged</source>
            <translation>prijem uzbune {alert} je već potvrđen</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="201" />
            <source>alert {alert} {state}: it cannot be promoted</source>
            <translation>uzbuna {alert} {state}: ne može se pretvoriti u intervenciju</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="205" />
            <source>alert {alert} is an exercise: it cannot become a live incident</source>
            <translation>uzbuna {alert} je vežba: ne može postati stvarna intervencija</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="212" />
            <source>alert {alert} has no position: create the incident by hand</source>
            <translation>uzbuna {alert} nema položaj: napravite intervenciju ručno</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="220" />
            <source>alert {alert} suggests no incident type: choose one</source>
            <translation>uzbuna {alert} ne predlaže vrstu intervencije: izaberite jednu</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="259" />
            <source>alert {alert} {state}: it cannot be linked</source>
            <translation>uzbuna {alert} {state}: ne može se povezati</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="263" />
            <source>link needs an incident or a call</source>
            <translation>za povezivanje je potrebna intervencija ili poziv</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="272" />
            <source>unknown incident or call '{target}'</source>
            <translation>nepoznata intervencija ili poziv '{target}'</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="277" />
            <location filename="../../console/services/calls.py" line="306" />
            <location filename="../../console/services/dispatch.py" line="123" />
            <source>incident {incident} is closed</source>
            <translation>intervencija {incident} je zatvorena</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="288" />
            <source>alert {alert} {state}: it cannot be dismissed</source>
            <translation>uzbuna {alert} {state}: ne može se odbaciti</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="293" />
            <source>say why alert {alert} is dismissed</source>
            <translation>navedite zašto se uzbuna {alert} odbacuje</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="77" />
            <source>not a location: {reason}</source>
            <translation>ovo nije lokacija: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="182" />
            <source>call {call} is already answered</source>
            <translation>na poziv {call} je već javljeno</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="186" />
            <source>call {call} was abandoned: it cannot be answered</source>
            <translation>poziv {call} je prekinut: ne može se javiti</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="193" />
            <source>call {call} is released: it cannot be answered</source>
            <translation>poziv {call} je oslobođen: ne može se javiti</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="213" />
            <source>call {call} is already abandoned</source>
            <translation>poziv {call} je već prekinut</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="217" />
            <source>call {call} is released: it cannot be abandoned</source>
            <translation>poziv {call} je oslobođen: ne može se označiti kao prekinut</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="231" />
            <source>its location can no longer be verified</source>
            <translation>njegova lokacija se više ne može proveriti</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="237" />
            <source>call {call} has no location to verify: type it or click it on the map</source>
            <translation>poziv {call} nema lokaciju za proveru: upišite je ili kliknite na mapi</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="245" />
            <source>the location of call {call} is already verified</source>
            <translation>lokacija poziva {call} je već proverena</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="257" />
            <source>not a location: it has neither coordinates nor an address</source>
            <translation>ovo nije lokacija: nema ni koordinate ni adresu</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="290" />
            <source>attach needs an incident</source>
            <translation>za pridruživanje je potrebna intervencija</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="293" />
            <location filename="../../console/services/calls.py" line="352" />
            <source>call {call} is already attached to {incident}</source>
            <translation>poziv {call} je već pridružen intervenciji {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="301" />
            <location filename="../../console/services/dispatch.py" line="119" />
            <location filename="../../console/services/dispatch.py" line="453" />
            <location filename="../../console/services/dispatch.py" line="493" />
            <location filename="../../console/services/partner.py" line="226" />
            <source>unknown incident '{incident}'</source>
            <translation>nepoznata intervencija '{incident}'</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="319" />
            <source>call {call} is still ringing: answer it or mark it abandoned</source>
            <translation>poziv {call} još zvoni: javite se ili ga označite kao prekinut</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="326" />
            <source>call {call} was abandoned: there is nothing to release</source>
            <translation>poziv {call} je prekinut: nema šta da se oslobodi</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="333" />
            <source>call {call} is already released</source>
            <translation>poziv {call} je već oslobođen</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="359" />
            <source>call {call} has no position: type the location or click it on the map</source>
            <translation>poziv {call} nema položaj: upišite lokaciju ili kliknite na mapi</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="371" />
            <source>the location of call {call} changed meanwhile: check it and try again</source>
            <translation>lokacija poziva {call} se u međuvremenu promenila: proverite je i pokušajte ponovo</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="403" />
            <source>call {call} was abandoned: {consequence}</source>
            <translation>poziv {call} je prekinut: {consequence}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="409" />
            <source>call {call} is released: {consequence}</source>
            <translation>poziv {call} je oslobođen: {consequence}</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="57" />
            <source>the position is locked: unlock it with your password (or change operator)</source>
            <extracomment>The position's own refusals (``console.session.operator.PositionOperator``), marked here with the services' refusals so they are translated where shown.</extracomment>
            <translation>radno mesto je zaključano: otključajte ga svojom lozinkom (ili promenite operatera)</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="60" />
            <source>nobody is signed in at this position: sign in first</source>
            <translation>na ovom radnom mestu niko nije prijavljen: prvo se prijavite</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="68" />
            <source>NOT RECORDED — {reason}</source>
            <translation>NIJE ZABELEŽENO — {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="113" />
            <source>unknown unit '{unit}'</source>
            <translation>nepoznata jedinica '{unit}'</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="170" />
            <location filename="../../console/services/dispatch.py" line="218" />
            <source>not a position: {lat}, {lon}</source>
            <translation>ovo nije položaj: {lat}, {lon}</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="197" />
            <source>could not allocate an incident number; try again</source>
            <translation>broj intervencije nije mogao da se dodeli; pokušajte ponovo</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="246" />
            <source>no units to dispatch</source>
            <translation>nema jedinica za upućivanje</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="248" />
            <source>a unit is named twice</source>
            <translation>jedinica je navedena dvaput</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="254" />
            <source>{unit} is {status} to {incident}: not available</source>
            <translation>jedinica {unit} je {status} na intervenciji {incident}: nije slobodna</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="262" />
            <source>{unit} is {status}: not available</source>
            <translation>jedinica {unit} je {status}: nije slobodna</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="412" />
            <source>no units named</source>
            <translation>nije navedena nijedna jedinica</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="456" />
            <source>the note is empty</source>
            <translation>beleška je prazna</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="464" />
            <source>closing needs a disposition</source>
            <translation>za zatvaranje je potreban ishod</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="469" />
            <source>{units} still committed to {incident}: clear them first ({av})</source>
            <translation>{units} su još angažovane na intervenciji {incident}: prvo ih oslobodite ({av})</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="498" />
            <source>incident {incident} is open: nothing to reopen</source>
            <translation>intervencija {incident} je otvorena: nema šta ponovo da se otvori</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="502" />
            <source>reopening needs a reason</source>
            <translation>za ponovno otvaranje je potreban razlog</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="216" />
            <source>none configured</source>
            <translation>nijedan nije podešen</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="219" />
            <source>unknown partner '{partner}' (partners: {known})</source>
            <translation>nepoznat partnerski centar '{partner}' (partneri: {known})</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="256" />
            <source>handover not stored, nothing sent: {reason}</source>
            <translation>predaja nije sačuvana, ništa nije poslato: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="360" />
            <source>answer must be one of {answers}, not '{answer}'</source>
            <translation>odgovor mora biti jedan od {answers}, ne '{answer}'</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="369" />
            <source>{call} is not a call handed over by a partner</source>
            <translation>{call} nije poziv koji je predao partnerski centar</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="397" />
            <source>answer not stored, nothing sent: {reason}</source>
            <translation>odgovor nije sačuvan, ništa nije poslato: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="322" />
            <source>link {link} is not run by this position</source>
            <translation>vezu {link} ne vodi ovo radno mesto</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="497" />
            <source>{unit} has not been paged</source>
            <translation>jedinica {unit} nije pozvana</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="506" />
            <source>{unit} is no longer committed to {incident}</source>
            <translation>jedinica {unit} više nije angažovana na intervenciji {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="516" />
            <source>{unit} has no path over {link} (paths: {paths})</source>
            <translation>jedinica {unit} nema put preko {link} (putevi: {paths})</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="536" />
            <source>{unit}'s page needs nothing more ({notice})</source>
            <translation>pozivanje jedinice {unit} ne zahteva više ništa ({notice})</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/catalogue.py" line="168" />
            <source>unknown unit type '{code}'; known: {known}</source>
            <extracomment>Per-language names: name_he, name_ar, name_sr_Latn ... (optional on unit and incident types).</extracomment>
            <translation>nepoznata vrsta jedinice '{code}'; poznate: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/catalogue.py" line="169" />
            <source>unknown incident type '{code}'; known: {known}</source>
            <translation>nepoznata vrsta intervencije '{code}'; poznate: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="69" />
            <source>unknown status '{status}'; known statuses: {known}</source>
            <extracomment>Which statuses may follow which. Any status may go out of service (a unit breaks down anywhere); out of service only returns to available. Statuses in which a unit may be recommended and assigned to a new incident. Statuses in which a unit is committed to an incident.</extracomment>
            <translation>nepoznat status '{status}'; poznati statusi: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="82" />
            <source>{unit} is already {status}</source>
            <translation>jedinica {unit} je već {status}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="86" />
            <source>{unit} cannot go from {current} to {new}; from {current} it may go to: {allowed}</source>
            <translation>jedinica {unit} ne može preći iz stanja {current} u {new}; iz stanja {current} može preći u: {allowed}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="30" />
            <source>call-taker</source>
            <translation>operater prijema</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="31" />
            <source>dispatcher</source>
            <translation>dispečer</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="32" />
            <source>supervisor</source>
            <translation>nadzornik</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="33" />
            <source>trainer</source>
            <translation>instruktor</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="34" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="46" />
            <source>answering a call</source>
            <translation>javljanje na poziv</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="47" />
            <source>locating a call</source>
            <translation>lociranje poziva</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="48" />
            <source>creating an incident</source>
            <translation>otvaranje intervencije</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="49" />
            <source>adding a note to an incident</source>
            <translation>dodavanje beleške intervenciji</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="50" />
            <source>asking for a recommendation</source>
            <translation>traženje preporuke</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="51" />
            <source>dispatching units</source>
            <translation>upućivanje jedinica</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="52" />
            <source>setting a unit's status</source>
            <translation>postavljanje statusa jedinice</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="53" />
            <source>closing an incident</source>
            <translation>zatvaranje intervencije</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="54" />
            <source>handling an alert</source>
            <translation>obrada uzbune</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="55" />
            <source>reopening an incident</source>
            <translation>ponovno otvaranje intervencije</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="56" />
            <source>overriding a refusal</source>
            <translation>zaobilaženje odbijanja</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="57" />
            <source>replaying the live store</source>
            <translation>reprodukcija stvarne baze</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="58" />
            <source>writing a report from the live store</source>
            <translation>izrada izveštaja iz stvarne baze</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="59" />
            <source>managing operators</source>
            <translation>upravljanje operaterima</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="62" />
            <source>changing an operator's role</source>
            <translation>promena uloge operatera</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="66" />
            <source>changing the site's configuration</source>
            <translation>promena podešavanja lokacije</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="68" />
            <source>running a drill</source>
            <translation>pokretanje vežbe</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="69" />
            <source>injecting into a drill</source>
            <translation>ubacivanje u vežbu</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="70" />
            <source>replaying a drill</source>
            <translation>reprodukcija vežbe</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="71" />
            <source>writing a report from a drill store</source>
            <translation>izrada izveštaja iz baze vežbe</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="120" />
            <source>the {role} role</source>
            <translation>uloga {role}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="123" />
            <source>the {first} or {second} role</source>
            <translation>uloga {first} ili {second}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="129" />
            <source>the {first}, {second} or {third} role</source>
            <translation>uloga {first}, {second} ili {third}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="150" />
            <source>{what} needs a signed-in operator with {roles}</source>
            <translation>{what}: mora biti prijavljen operater — {roles}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="153" />
            <source>{what} is refused: a trainer acts only in drills, never live</source>
            <translation>{what}: odbijeno: instruktor deluje samo u vežbama, nikad u stvarnom radu</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="158" />
            <source>{what} happens only on a drill store</source>
            <translation>{what}: samo u bazi vežbe</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="161" />
            <source>{what} needs {roles}; you are {role}</source>
            <translation>{what}: potrebna je {roles}; vaša uloga: {role}</translation>
        </message>
        <message>
            <location filename="../../models/refusal.py" line="70" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="315" />
            <source>position {where} is not a valid coordinate</source>
            <translation>položaj {where} nije ispravna koordinata</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="322" />
            <source>no connected road</source>
            <translation>nema povezanog puta</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="327" />
            <source>position {where} is {distance} m from a road that is cut off from the main road network (one-way or dead-end fragment); nearest connected road: {connected} (limit {limit} m)</source>
            <translation>položaj {where} je {distance} m od puta odsečenog od glavne putne mreže (jednosmerni ili slepi deo); najbliži povezani put: {connected} (granica {limit} m)</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="340" />
            <source>position {where}: the road network has no drivable roads</source>
            <translation>položaj {where}: putna mreža nema prohodnih puteva</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="346" />
            <source>position {where} is outside the road network: {distance} m from the nearest drivable road (limit {limit} m)</source>
            <translation>položaj {where} je van putne mreže: {distance} m od najbližeg prohodnog puta (granica {limit} m)</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="303" />
            <source>this site has no places file</source>
            <extracomment>A typed address verifies a given position when its exact match lies this close. Longer queries are cut before they reach the index (a pasted page must not stall it).</extracomment>
            <translation>ova lokacija nema datoteku mesta</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="308" />
            <source>no places index at {path} (run import-osm)</source>
            <translation>nema indeksa mesta u {path} (pokrenite import-osm)</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="318" />
            <source>places index unusable: {reason}</source>
            <translation>indeks mesta je neupotrebljiv: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="336" />
            <source>places search failed: {reason}</source>
            <translation>pretraga mesta nije uspela: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="378" />
            <source>places reverse failed: {reason}</source>
            <translation>određivanje naziva mesta nije uspelo: {reason}</translation>
        </message>
        <message>
            <location filename="../../models/calls/location.py" line="113" />
            <source>lat and lon go together: both or neither</source>
            <extracomment>How many trailing digits identify a caller: enough to tell subscribers apart, few enough that "+44 7477 593102" and "07477593102" match.</extracomment>
            <translation>širina i dužina idu zajedno: obe ili nijedna</translation>
        </message>
        <message>
            <location filename="../../models/calls/location.py" line="117" />
            <source>lat/lon out of range: {lat}, {lon}</source>
            <translation>širina/dužina van opsega: {lat}, {lon}</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="83" />
            <source>set</source>
            <translation>postavljeno</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="85" />
            <source>set by {operator} at {time} UTC</source>
            <translation>postavio/la {operator} u {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="111" />
            <source>{unit} is now {status} to {incident} ({set}) — your action was not applied</source>
            <translation>jedinica {unit} je sada {status} na intervenciji {incident} ({set}) — vaša radnja nije primenjena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="122" />
            <source>{unit} is now {status} ({set}) — your action was not applied</source>
            <translation>jedinica {unit} je sada {status} ({set}) — vaša radnja nije primenjena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="146" />
            <source>incident number {incident} was just taken</source>
            <translation>broj intervencije {incident} je upravo zauzet</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="150" />
            <source>incident number {incident} was just taken by {operator} at {time} UTC</source>
            <translation>broj intervencije {incident} je upravo zauzeo/la {operator} u {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="210" />
            <source>incident {incident} does not exist</source>
            <translation>intervencija {incident} ne postoji</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="221" />
            <source>incident {incident} was closed meanwhile — your action was not applied</source>
            <translation>intervencija {incident} je u međuvremenu zatvorena — vaša radnja nije primenjena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="241" />
            <source>incident {incident} is open — your action was not applied</source>
            <translation>intervencija {incident} je otvorena — vaša radnja nije primenjena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="252" />
            <source>incident {incident} was reopened meanwhile — your action was not applied</source>
            <translation>intervencija {incident} je u međuvremenu ponovo otvorena — vaša radnja nije primenjena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="259" />
            <source>incident {incident} was reopened meanwhile by {operator} at {time} UTC — your action was not applied</source>
            <translation>intervenciju {incident} je u međuvremenu ponovo otvorio/la {operator} u {time} UTC — vaša radnja nije primenjena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="293" />
            <source>call {key} is now {state} ({set}) — your action was not applied</source>
            <translation>poziv {key} je sada u stanju {state} ({set}) — vaša radnja nije primenjena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="300" />
            <source>alert {key} is now {state} ({set}) — your action was not applied</source>
            <translation>uzbuna {key} je sada u stanju {state} ({set}) — vaša radnja nije primenjena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="344" />
            <source>{position} (break-glass) since {time} UTC</source>
            <translation>{position} (hitna sesija) od {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="346" />
            <source>{position} since {time} UTC</source>
            <translation>{position} od {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="354" />
            <source>{name} is already signed in at {positions}: sign out there first — not signed in here</source>
            <translation>{name} je već prijavljen/a na {positions}: prvo se tamo odjavite — ovde niste prijavljeni</translation>
        </message>
        <message>
            <location filename="../../models/store/commit.py" line="85" />
            <source>The store could not take this action ({why}); it is kept in the log as rejected event(s) {first}..{last}, not applied.</source>
            <translation>Skladište nije moglo da prihvati ovu radnju ({why}); čuva se u dnevniku kao odbijeni događaj(i) {first}..{last} i nije primenjena.</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="45" />
            <source>{name} is the last administrator: make another one first</source>
            <translation>{name} je poslednji administrator: prvo postavite još jednog</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="75" />
            <source>no operator is named '{name}'</source>
            <translation>nijedan operater se ne zove „{name}”</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="83" />
            <source>unknown role '{role}': one of {roles}</source>
            <translation>nepoznata uloga „{role}”: jedna od {roles}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="107" />
            <source>'{name}' is not a usable operator name: letters, digits and . _ @ -, up to 64 characters</source>
            <translation>„{name}” nije upotrebljivo ime operatera: slova, cifre i . _ @ -, najviše 64 znaka</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="116" />
            <source>an operator named '{name}' already exists</source>
            <translation>operater sa imenom „{name}” već postoji</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="155" />
            <source>{name} already has the {role} role</source>
            <translation>{name} već ima ulogu {role}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="172" />
            <source>{name} is already disabled</source>
            <translation>{name} je već onemogućen/a</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="174" />
            <source>you cannot disable your own account</source>
            <translation>ne možete onemogućiti sopstveni nalog</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="186" />
            <source>the account {name} is disabled</source>
            <translation>nalog {name} je onemogućen</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="196" />
            <source>the OS user name '{name}' cannot be an operator name</source>
            <translation>ime sistemskog korisnika „{name}” ne može biti ime operatera</translation>
        </message>
        <message>
            <location filename="../../models/operators/passwords.py" line="36" />
            <source>a password needs at least {n} characters</source>
            <translation>lozinka mora imati najmanje {n} znakova</translation>
        </message>
        <message>
            <location filename="../../models/operators/passwords.py" line="40" />
            <source>a password cannot begin or end with a space</source>
            <translation>lozinka ne sme počinjati ni završavati se razmakom</translation>
        </message>
    </context>
    <context>
        <name>ReplaySession</name>
        <message>
            <location filename="../../console/session/replay.py" line="146" />
            <source>REPLAY OF A DRILL — read-only — {where} — {verdict}</source>
            <translation>REPRODUKCIJA VEŽBE — samo čitanje — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="148" />
            <source>REPLAY — read-only — {where} — {verdict}</source>
            <translation>REPRODUKCIJA — samo čitanje — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="153" />
            <source>Replay: the store holds no events</source>
            <translation>Reprodukcija: skladište nema događaja</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="173" />
            <source>drill</source>
            <translation>vežba</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="176" />
            <source>Replay — DRILL — {title} — {site}</source>
            <translation>Reprodukcija — VEŽBA — {title} — {site}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/replay.py" line="189" />
            <source>hash chain intact over %n event(s)</source>
            <translation>
                <numerusform>lanac otisaka neoštećen kroz %n događaj</numerusform>
                <numerusform>lanac otisaka neoštećen kroz %n događaja</numerusform>
                <numerusform>lanac otisaka neoštećen kroz %n događaja</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="191" />
            <source>HASH CHAIN BROKEN at event {seq}: {reason}</source>
            <translation>LANAC OTISAKA PREKINUT kod događaja {seq}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="232" />
            <source>Wallboard — REPLAY — {site}</source>
            <translation>Zidni prikaz — REPRODUKCIJA — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="234" />
            <source>Wallboard — REPLAY OF A DRILL — {site}</source>
            <translation>Zidni prikaz — REPRODUKCIJA VEŽBE — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="383" />
            <source>Replay at {time} · event {seq}</source>
            <translation>Reprodukcija u {time} · događaj {seq}</translation>
        </message>
    </context>
    <context>
        <name>SensorLayer</name>
        <message>
            <location filename="../../widgets/map/sensors.py" line="228" />
            <source>{name} (down)</source>
            <translation>{name} (van funkcije)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/sensors.py" line="229" />
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
            <location filename="../../console/reports/stats_pdf.py" line="70" />
            <source>Call answering</source>
            <translation>Javljanje na poziv</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="71" />
            <source>Call answering (95 % line)</source>
            <translation>Javljanje na poziv (granica 95 %)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="72" />
            <source>Call processing</source>
            <translation>Obrada poziva</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="73" />
            <source>Call processing, high priority</source>
            <translation>Obrada poziva, visok prioritet</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="74" />
            <source>Alarm handling</source>
            <translation>Obrada dojave</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="75" />
            <source>Turnout</source>
            <translation>Izlazak</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="76" />
            <source>Travel</source>
            <translation>Vožnja</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="77" />
            <source>Total response</source>
            <translation>Ukupno vreme odziva</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="78" />
            <source>Alert handling</source>
            <translation>Obrada uzbune</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="79" />
            <source>Answering</source>
            <translation>Javljanje</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="80" />
            <source>Processing (high)</source>
            <translation>Obrada (visok)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="82" />
            <source>call.offered (ring start)</source>
            <translation>početak zvonjenja (call.offered)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="83" />
            <source>call.answered</source>
            <translation>javljanje na poziv (call.answered)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="84" />
            <source>first dispatch of the call's incident</source>
            <translation>prvo upućivanje na intervenciju poziva</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="85" />
            <source>receipt (first call / alert)</source>
            <translation>prijem (prvi poziv / uzbuna)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="86" />
            <source>first dispatch</source>
            <translation>prvo upućivanje</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="87" />
            <source>unit dispatched</source>
            <translation>jedinica upućena</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="88" />
            <source>unit en route</source>
            <translation>jedinica na putu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="89" />
            <source>unit on scene</source>
            <translation>jedinica na licu mesta</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="90" />
            <source>first unit on scene</source>
            <translation>prva jedinica na licu mesta</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="91" />
            <source>alert.raised</source>
            <translation>uzbuna primljena (alert.raised)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="92" />
            <source>first acknowledged / promoted / linked / dismissed</source>
            <translation>prva potvrda / pretvaranje / povezivanje / odbacivanje</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="95" />
            <source>site</source>
            <translation>po lokaciji</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="103" />
            <source>%n without a ring start</source>
            <translation>
                <numerusform>%n bez početka zvonjenja</numerusform>
                <numerusform>%n bez početka zvonjenja</numerusform>
                <numerusform>%n bez početka zvonjenja</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="104" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>%n prekinut</numerusform>
                <numerusform>%n prekinuta</numerusform>
                <numerusform>%n prekinutih</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="105" />
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n duplikat</numerusform>
                <numerusform>%n duplikata</numerusform>
                <numerusform>%n duplikata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="106" />
            <source>%n without an incident</source>
            <translation>
                <numerusform>%n bez intervencije</numerusform>
                <numerusform>%n bez intervencije</numerusform>
                <numerusform>%n bez intervencije</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="107" />
            <source>%n stood down</source>
            <translation>
                <numerusform>%n opozvana</numerusform>
                <numerusform>%n opozvane</numerusform>
                <numerusform>%n opozvanih</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="108" />
            <source>%n without en route</source>
            <translation>
                <numerusform>%n bez polaska</numerusform>
                <numerusform>%n bez polaska</numerusform>
                <numerusform>%n bez polaska</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="109" />
            <source>%n without a dispatch in the log</source>
            <translation>
                <numerusform>%n bez upućivanja u dnevniku</numerusform>
                <numerusform>%n bez upućivanja u dnevniku</numerusform>
                <numerusform>%n bez upućivanja u dnevniku</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Interval</source>
            <translation>Interval</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Count</source>
            <translation>Broj</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Median s</source>
            <translation>Medijana s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Pct s</source>
            <translation>Percentil s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Target s</source>
            <translation>Cilj s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="394" />
            <source>Within</source>
            <translation>U cilju</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="394" />
            <source>Passed</source>
            <translation>Položeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="409" />
            <source>Call answering times (s), ring-start calls</source>
            <translation>Vreme javljanja na pozive (s), pozivi sa početkom zvonjenja</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="411" />
            <source>Total response times (m:ss)</source>
            <translation>Ukupna vremena odziva (m:ss)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="414" />
            <source>90th percentile per day: call answering and processing (s)</source>
            <translation>90. percentil po danu: javljanje na poziv i obrada (s)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="416" />
            <source>90th percentile per day: turnout, travel, total response</source>
            <translation>90. percentil po danu: izlazak, vožnja, ukupno vreme odziva</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="418" />
            <source>Incident type</source>
            <translation>Vrsta intervencije</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="418" />
            <source>Priority</source>
            <translation>Prioritet</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="419" />
            <source>Discipline</source>
            <translation>Služba</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="419" />
            <source>Station</source>
            <translation>Stanica</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="420" />
            <source>Hour of day (local)</source>
            <translation>Sat u danu (lokalno)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="438" />
            <source>Outliers: the slowest over target</source>
            <translation>Odstupanja: najsporiji preko cilja</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="457" />
            <source>Definitions</source>
            <translation>Definicije</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="461" />
            <source>ALI and AML calls give no ring start: they are counted, not timed. A call never answered counts as over every target.</source>
            <translation>ALI i AML pozivi ne daju početak zvonjenja: broje se, ali se ne mere. Poziv na koji se niko nije javio računa se kao prekoračenje svakog cilja.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="380" />
            <source>Response statistics {period}</source>
            <translation>Statistika odziva {period}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="425" />
            <source>Each cell: count / 90th percentile (s or m:ss) / share within target</source>
            <translation>Svaka ćelija: broj / 90. percentil (s ili m:ss) / udeo u cilju</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Started</source>
            <translation>Počelo</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Incident</source>
            <translation>Intervencija</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Call</source>
            <translation>Poziv</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="447" />
            <source>Unit</source>
            <translation>Jedinica</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="449" />
            <source>Supervisors only: per call-taker (for training)</source>
            <translation>Samo za supervizore: po operateru (za obuku)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="177" />
            <source>EXERCISE — drill figures, not live operation</source>
            <translation>VEŽBA — podaci sa vežbe, ne stvarni rad</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="184" />
            <source>page {n}</source>
            <translation>strana {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="384" />
            <source>{calls}, {incidents}, {units}, {alerts}. Store {store}. High priority: priority 1 to {high}. Percentile {pct:g}.</source>
            <translation>{calls}, {incidents}, {units}, {alerts}. Skladište {store}. Visok prioritet: prioritet 1 do {high}. Percentil {pct:g}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="386" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n poziv</numerusform>
                <numerusform>%n poziva</numerusform>
                <numerusform>%n poziva</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="387" />
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n intervencija</numerusform>
                <numerusform>%n intervencije</numerusform>
                <numerusform>%n intervencija</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="388" />
            <source>%n unit response(s)</source>
            <translation>
                <numerusform>%n izlazak jedinice</numerusform>
                <numerusform>%n izlaska jedinica</numerusform>
                <numerusform>%n izlazaka jedinica</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="389" />
            <source>%n alert(s)</source>
            <translation>
                <numerusform>%n uzbuna</numerusform>
                <numerusform>%n uzbune</numerusform>
                <numerusform>%n uzbuna</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="398" />
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="398" />
            <source>NO</source>
            <translation>NE</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="407" />
            <source>Not timed, never guessed: {what}.</source>
            <translation>Nije mereno, nikad procenjeno: {what}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="440" />
            <source>never</source>
            <translation>nikad</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="455" />
            <source>Call-taker</source>
            <translation>Operater prijema</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="455" />
            <source>Answering n / p90 / %</source>
            <translation>Javljanje br. / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="456" />
            <source>Processing (high) n / p90 / %</source>
            <translation>Obrada (hitno) br. / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="186" />
            <source>EXERCISE</source>
            <translation>VEŽBA</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="282" />
            <source>target {s} s</source>
            <translation>cilj {s} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="407" />
            <source>none</source>
            <translation>nema</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="424" />
            <source>By {what}</source>
            <translation>Po: {what}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../widgets/themes.py" line="169" />
            <source>Day theme</source>
            <translation>Dnevna tema</translation>
        </message>
        <message>
            <location filename="../../widgets/themes.py" line="170" />
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
            <location filename="../../widgets/trainer_panel.py" line="89" />
            <source>{now} s / {total} s</source>
            <translation>{now} s / {total} s</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="102" />
            <source>Trainer — DRILL</source>
            <translation>Instruktor — VEŽBA</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="110" />
            <source>No scenario</source>
            <translation>Nema scenarija</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="133" />
            <source>Start</source>
            <translation>Počni</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="134" />
            <location filename="../../widgets/trainer_panel.py" line="271" />
            <source>Pause</source>
            <translation>Pauza</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="135" />
            <source>End drill</source>
            <translation>Završi vežbu</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="141" />
            <source>Speed</source>
            <translation>Brzina</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="148" />
            <source>Injections to come</source>
            <translation>Predstojeća ubacivanja</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="151" />
            <source>Inject now</source>
            <translation>Ubaci sada</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="182" />
            <source>Ready</source>
            <translation>Spremno</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="183" />
            <source>Running</source>
            <translation>Radi</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="184" />
            <source>PAUSED</source>
            <translation>PAUZIRANO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="185" />
            <source>Ended</source>
            <translation>Završeno</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="188" />
            <source>Ended: {reason}</source>
            <translation>Završeno: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="192" />
            <source>Last: {what}</source>
            <translation>Poslednje: {what}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="207" />
            <source>Report: {path}</source>
            <translation>Izveštaj: {path}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="214" />
            <source>PASSED</source>
            <translation>POLOŽENO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="214" />
            <source>NOT PASSED</source>
            <translation>NIJE POLOŽENO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="216" />
            <source>Score {score} / 100 — {verdict}</source>
            <translation>Ocena {score} / 100 — {verdict}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="224" />
            <source>{part}: {share}</source>
            <translation>{part}: {share}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="271" />
            <source>Resume</source>
            <translation>Nastavi</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="291" />
            <source>Select an injection to send it now.</source>
            <translation>Izaberite ubacivanje da ga pošaljete sada.</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardDock</name>
        <message>
            <location filename="../../widgets/unit_board.py" line="135" />
            <source>Units</source>
            <translation>Jedinice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="143" />
            <source>Filter units</source>
            <translation>Filtriraj jedinice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="149" />
            <source>No grouping</source>
            <translation>Bez grupisanja</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="150" />
            <source>Group by station</source>
            <translation>Grupiši po stanici</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="151" />
            <source>Group by discipline</source>
            <translation>Grupiši po službi</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="152" />
            <source>Group by status</source>
            <translation>Grupiši po statusu</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="210" />
            <source>Show the units as a table, status tiles or both</source>
            <translation>Prikaži jedinice kao tabelu, pločice statusa ili oba</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="214" />
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="215" />
            <source>Tiles</source>
            <translation>Pločice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="216" />
            <source>Both</source>
            <translation>Oba</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="220" />
            <source>&amp;Table</source>
            <translation>&amp;Tabela</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="221" />
            <source>T&amp;iles</source>
            <translation>&amp;Pločice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="222" />
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
            <location filename="../../widgets/wallboard.py" line="104" />
            <source>Wallboard</source>
            <translation>Zidni prikaz</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="121" />
            <source>Calls waiting</source>
            <translation>Pozivi na čekanju</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="122" />
            <source>Longest ring</source>
            <translation>Najduže zvonjenje</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="123" />
            <source>Answered within 15 s, last hour</source>
            <translation>Javljeno u roku od 15 s, poslednji sat</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="124" />
            <source>Answered within 20 s, last hour</source>
            <translation>Javljeno u roku od 20 s, poslednji sat</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="125" />
            <source>Incidents open</source>
            <translation>Otvorene intervencije</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="126" />
            <source>Alerts open</source>
            <translation>Otvorene uzbune</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="127" />
            <source>Links down</source>
            <translation>Veze van funkcije</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="128" />
            <source>Sensors down</source>
            <translation>Senzori van funkcije</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="134" />
            <source>Units by discipline</source>
            <translation>Jedinice po službi</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="134" />
            <source>Units by station</source>
            <translation>Jedinice po stanici</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="164" />
            <source>Calls per 15 minutes today</source>
            <translation>Pozivi po 15 minuta danas</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="165" />
            <source>hour</source>
            <translation>sat</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="173" />
            <source>today</source>
            <translation>danas</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="174" />
            <source>same weekday, average</source>
            <translation>isti dan u nedelji, prosek</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="175" />
            <source>Answer times today (s)</source>
            <translation>Vreme javljanja danas (s)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="181" />
            <source>Last hour vs standard</source>
            <translation>Poslednji sat prema normativu</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="189" />
            <source>≤15 s</source>
            <translation>≤15 s</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="189" />
            <source>≤20 s</source>
            <translation>≤20 s</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="310" />
            <source>{n} answered; standard {pct:.0f} %</source>
            <translation>Javljeno: {n}; normativ {pct:.0f} %</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="314" />
            <source>; {n} without ring start (not timed)</source>
            <translation>; bez početka zvonjenja (nije mereno): {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="320" />
            <source>P{p}: {n}</source>
            <translation>P{p}: {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="325" />
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
