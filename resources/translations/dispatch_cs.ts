<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
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
        <name>AlertController</name>
        <message>
            <location filename="../../console/controllers/alerts.py" line="89" />
            <source>link</source>
            <translation>propojení</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="90" />
            <source>dismiss</source>
            <translation>odmítnutí</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="91" />
            <source>acknowledge</source>
            <translation>potvrzení</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="92" />
            <source>promote</source>
            <translation>převedení na událost</translation>
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
            <location filename="../../widgets/alert_queue.py" line="101" />
            <source>Extreme</source>
            <translation>Extrémní</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="102" />
            <source>Severe</source>
            <translation>Vážná</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="103" />
            <source>Moderate</source>
            <translation>Střední</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="104" />
            <source>Minor</source>
            <translation>Nízká</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="105" />
            <source>Unknown</source>
            <translation>Neznámé</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="112" />
            <source>New</source>
            <translation>Nová</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="113" />
            <source>Acknowledged</source>
            <translation>Potvrzeno</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="114" />
            <source>Promoted</source>
            <translation>Převedeno</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="115" />
            <source>Linked</source>
            <translation>Připojeno</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="116" />
            <source>Dismissed</source>
            <translation>Zamítnuto</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="117" />
            <source>Cancelled</source>
            <translation>Zrušeno</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="124" />
            <source>Zone entry</source>
            <translation>Vstup do zóny</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="125" />
            <source>Zone alarm</source>
            <translation>Poplach v zóně</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="126" />
            <source>CAP</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="127" />
            <source>Radio</source>
            <translation>Rádio</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="300" />
            <source>EXERCISE · {severity}</source>
            <translation>CVIČENÍ · {severity}</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueDock</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="332" />
            <source>Alerts</source>
            <translation>Výstrahy</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueModel</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="212" />
            <source>State</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="213" />
            <source>Severity</source>
            <translation>Závažnost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="214" />
            <source>Origin</source>
            <translation>Původ</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="215" />
            <source>Alert</source>
            <translation>Výstraha</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="216" />
            <source>Zone / sensor</source>
            <translation>Zóna / čidlo</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="217" />
            <source>Age</source>
            <translation>Stáří</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="218" />
            <source>Incident</source>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="262" />
            <source>EXERCISE · {severity}</source>
            <translation>CVIČENÍ · {severity}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="281" />
            <source>Raised {time}</source>
            <translation>Vyhlášeno {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="283" />
            <source>Exercise alert: not real</source>
            <translation>Cvičná výstraha: není skutečná</translation>
        </message>
    </context>
    <context>
        <name>CallController</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="155" />
            <source>use location</source>
            <translation>použití polohy</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="156" />
            <source>call location</source>
            <translation>poloha volání</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="157" />
            <source>partner answer</source>
            <translation>odpověď partnerovi</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="158" />
            <source>answer</source>
            <translation>přijetí</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="159" />
            <source>abandon</source>
            <translation>zavěšení</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="160" />
            <source>release</source>
            <translation>uvolnění</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="161" />
            <source>verify</source>
            <translation>ověření</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="162" />
            <source>attach</source>
            <translation>připojení</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="163" />
            <source>map location</source>
            <translation>poloha z mapy</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="164" />
            <source>create incident</source>
            <translation>založení události</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="175" />
            <source>this site has no partner agencies ([[http.partners]] in site.toml)</source>
            <translation>tato lokalita nemá partnerské složky ([[http.partners]] v site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="178" />
            <source>{answer} sent to the partner of {call}</source>
            <translation>odpověď {answer} odeslána partnerskému středisku hovoru {call}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="192" />
            <source>{what}: call {call} has no position: {command}</source>
            <translation>{what}: volání {call} nemá polohu: {command}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="206" />
            <source>{call} at {where}: type the incident type (Tab completes)</source>
            <translation>Volání {call} v místě {where}: zadejte typ události (Tab doplní)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="352" />
            <source>places unavailable</source>
            <translation>místa nedostupná</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="378" />
            <source>no named street nearby</source>
            <translation>žádná pojmenovaná ulice poblíž</translation>
        </message>
    </context>
    <context>
        <name>CallPanelDock</name>
        <message>
            <location filename="../../widgets/call_panel.py" line="152" />
            <source>Call</source>
            <translation>Volání</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="172" />
            <source>Copy coordinates</source>
            <translation>Kopírovat souřadnice</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="175" />
            <source>Verify location</source>
            <translation>Ověřit polohu</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="177" />
            <source>Pick on map</source>
            <translation>Vybrat v mapě</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="183" />
            <source>Use this location</source>
            <translation>Použít tuto polohu</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Source</source>
            <translation>Zdroj</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Position</source>
            <translation>Poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Radius</source>
            <translation>Poloměr</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="216" />
            <source>Answer</source>
            <translation>Přijmout</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="218" />
            <source>Abandoned</source>
            <translation>Zavěšeno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="221" />
            <source>Create incident…</source>
            <translation>Založit událost…</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="223" />
            <source>Release</source>
            <translation>Uvolnit</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="346" />
            <source>Near: {place}</source>
            <translation>Poblíž: {place}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="358" />
            <source>No call selected</source>
            <translation>Není vybráno volání</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>(no number)</source>
            <translation>(bez čísla)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="365" />
            <source>Class of service: {cos} — {text}</source>
            <translation>Třída služby: {cos} — {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="367" />
            <source>Class of service: {cos}</source>
            <translation>Třída služby: {cos}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="367" />
            <source>unknown</source>
            <translation>neznámé</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="389" />
            <source>Caller's language: {language}</source>
            <translation>Jazyk volajícího: {language}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="403" />
            <source>No location yet</source>
            <translation>Zatím bez polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="405" />
            <source>verified</source>
            <translation>ověřeno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="405" />
            <source>not verified</source>
            <translation>neověřeno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="407" />
            <source>Location: {source} · {verified}</source>
            <translation>Místo: {source} · {verified}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="414" />
            <source>No position</source>
            <translation>Bez polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="416" />
            <source>accuracy unknown</source>
            <translation>přesnost neznámá</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="417" />
            <source>Located at {time}</source>
            <translation>Lokalizováno v {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="457" />
            <source>New automatic fix offered: {details}, {time}</source>
            <translation>Nabídnuta nová automatická poloha: {details}, {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="463" />
            <source>{n} m from the location in force</source>
            <translation>{n} m od platné polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="487" />
            <source>Possible duplicate of {id} ({details})</source>
            <translation>Možný duplikát: {id} ({details})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="491" />
            <source>Possible duplicate of {id}</source>
            <translation>Možný duplikát: {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="493" />
            <source>Attach</source>
            <translation>Připojit</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="514" />
            <source>Ringing {ring}</source>
            <translation>Vyzvání {ring}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="517" />
            <source>Answered · talking {talk} (rang {ring})</source>
            <translation>Přijato · hovor {talk} (vyzvánělo {ring})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="519" />
            <source>{state} · offered {time}</source>
            <translation>{state} · od {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="96" />
            <source>Residence</source>
            <translation>Domácnost</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="97" />
            <source>Business</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="98" />
            <source>PBX, business</source>
            <translation>Pobočková ústředna, firma</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="99" />
            <source>Pay phone</source>
            <translation>Veřejný telefon</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="100" />
            <source>Wireless</source>
            <translation>Mobilní</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="101" />
            <source>Wireless phase I (tower)</source>
            <translation>Mobilní fáze I (BTS)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="102" />
            <source>Wireless phase II (handset)</source>
            <translation>Mobilní fáze II (přístroj)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="103" />
            <source>VoIP</source>
            <translation>VoIP</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="104" />
            <source>VoIP residence</source>
            <translation>VoIP domácnost</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="105" />
            <source>VoIP business</source>
            <translation>VoIP firma</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="106" />
            <source>VoIP mobile</source>
            <translation>VoIP mobil</translation>
        </message>
    </context>
    <context>
        <name>CallQueue</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="83" />
            <source>Ringing</source>
            <translation>Vyzvání</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="84" />
            <source>Answered</source>
            <translation>Přijato</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="85" />
            <source>Abandoned</source>
            <translation>Zavěšeno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="86" />
            <source>Released</source>
            <translation>Uvolněno</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="116" />
            <source>No location yet</source>
            <translation>Zatím bez polohy</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="120" />
            <source>No position</source>
            <translation>Bez polohy</translation>
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
            <translation>Volání</translation>
        </message>
    </context>
    <context>
        <name>CallQueueModel</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="199" />
            <source>State</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="200" />
            <source>Number</source>
            <translation>Číslo</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="201" />
            <source>Class</source>
            <translation>Třída</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="202" />
            <source>Source</source>
            <translation>Zdroj</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="203" />
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="204" />
            <source>Location</source>
            <translation>Místo</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="205" />
            <source>Incident</source>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="231" />
            <source>(no number)</source>
            <translation>(bez čísla)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="244" />
            <source>≈ {id}</source>
            <translation>≈ {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="251" />
            <source>Ringing for {t}</source>
            <translation>Vyzvání {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="252" />
            <source>Talking for {t}</source>
            <translation>Hovor {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="253" />
            <source>Abandoned {t} ago</source>
            <translation>Zavěšeno před {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="262" />
            <source>Verified by the call-taker</source>
            <translation>Ověřeno operátorem</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="266" />
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
        <name>CommandGrammar</name>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="277" />
            <source>no call is ringing</source>
            <translation>nezvoní žádné volání</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="288" />
            <source>the type comes first: {usage}</source>
            <translation>nejdřív typ: {usage}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="346" />
            <source>type a command, or HELP for the list</source>
            <translation>zadejte příkaz, nebo HELP pro seznam</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="45" />
            <source>D &lt;incident&gt; [&lt;unit&gt;...]</source>
            <extracomment>What each argument is, by position, for completion ("unit..." repeats; "a|b" either): incident, unit, type, call, alert, place, disposition, command, text.</extracomment>
            <translation>D &lt;událost&gt; [&lt;jednotka&gt;...]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="46" />
            <source>Dispatch units; without units, the recommendation</source>
            <translation>Vyslat jednotky; bez jednotek podle doporučení</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="53" />
            <source>ER &lt;unit&gt;...</source>
            <translation>ER &lt;jednotka&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="54" />
            <source>En route</source>
            <translation>Na cestě</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="61" />
            <source>OS &lt;unit&gt;...</source>
            <translation>OS &lt;jednotka&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="62" />
            <source>On scene</source>
            <translation>Na místě</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="69" />
            <source>TR &lt;unit&gt;...</source>
            <translation>TR &lt;jednotka&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="70" />
            <source>Transporting</source>
            <translation>Transport pacienta</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="77" />
            <source>AH &lt;unit&gt;...</source>
            <translation>AH &lt;jednotka&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="78" />
            <source>At hospital</source>
            <translation>V nemocnici</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="85" />
            <source>AV &lt;unit&gt;...</source>
            <translation>AV &lt;jednotka&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="86" />
            <source>Available in quarters</source>
            <translation>Volná na základně</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="93" />
            <source>AR &lt;unit&gt;...</source>
            <translation>AR &lt;jednotka&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="94" />
            <source>Available on radio</source>
            <translation>Volná na rádiu</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="101" />
            <source>OOS &lt;unit&gt;... [reason]</source>
            <translation>OOS &lt;jednotka&gt;... [důvod]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="102" />
            <source>Out of service</source>
            <translation>Mimo službu</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="109" />
            <source>N &lt;type&gt; [@ place | @ lat,lon [text] | @ selected]</source>
            <translation>N &lt;typ&gt; [@ místo | @ šířka,délka [text] | @ selected]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="110" />
            <source>New incident; after @ type an address, corner or landmark and pick</source>
            <translation>Nová událost; za @ napište adresu, křižovatku nebo orientační bod a vyberte</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="119" />
            <source>LOC &lt;incident&gt; @ place | LOC [&lt;call&gt;] [@ place | lat,lon | offered]</source>
            <translation>LOC &lt;událost&gt; @ místo | LOC [&lt;volání&gt;] [@ místo | šířka,délka | offered]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="122" />
            <source>Verify or replace a location: an incident's, or a call's (no @: verify it)</source>
            <translation>Ověřit nebo nahradit polohu události či volání (bez @: ověřit)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="132" />
            <source>WHERE &lt;unit|incident&gt;</source>
            <translation>WHERE &lt;jednotka|událost&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="133" />
            <source>Name its position: nearest street</source>
            <translation>Pojmenovat polohu: nejbližší ulice</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="140" />
            <source>R &lt;incident&gt;</source>
            <translation>R &lt;událost&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="141" />
            <source>Show the recommendation</source>
            <translation>Zobrazit doporučení</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="148" />
            <source>NOTE &lt;incident&gt; &lt;text&gt;</source>
            <translation>NOTE &lt;událost&gt; &lt;text&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="149" />
            <source>Add a note</source>
            <translation>Přidat poznámku</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="156" />
            <source>CLOSE &lt;incident&gt; &lt;disposition&gt;</source>
            <translation>CLOSE &lt;událost&gt; &lt;výsledek zásahu&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="157" />
            <source>Close an incident</source>
            <translation>Uzavřít událost</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="164" />
            <source>REOPEN &lt;incident&gt; &lt;reason&gt;</source>
            <translation>REOPEN &lt;událost&gt; &lt;důvod&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="165" />
            <source>Reopen a closed incident (supervisor)</source>
            <translation>Znovu otevřít uzavřenou událost (vedoucí směny)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="172" />
            <source>HANDOVER &lt;incident&gt; &lt;partner&gt; [note]</source>
            <translation>HANDOVER &lt;událost&gt; &lt;partner&gt; [poznámka]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="173" />
            <source>Hand the incident over to a partner control room</source>
            <translation>Předat událost partnerskému operačnímu středisku</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="180" />
            <source>PANSWER [&lt;call&gt;] accepted|rejected|completed [reason]</source>
            <translation>PANSWER [&lt;volání&gt;] accepted|rejected|completed [důvod]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="183" />
            <source>Answer the partner whose handover made the call</source>
            <translation>Odpovědět partnerovi, jehož předání vytvořilo volání</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="190" />
            <source>SEL &lt;unit|incident|call|alert&gt;</source>
            <translation>SEL &lt;jednotka|událost|volání|výstraha&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="191" />
            <source>Select and centre on the map</source>
            <translation>Vybrat a vystředit na mapě</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="198" />
            <source>CARD [&lt;incident&gt;]</source>
            <translation>CARD [&lt;událost&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="199" />
            <source>Open the incident's card (units, timers, notes)</source>
            <translation>Otevřít kartu události (jednotky, časy, poznámky)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="206" />
            <source>ANS [&lt;call&gt;]</source>
            <translation>ANS [&lt;volání&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="207" />
            <source>Answer a call; alone, the one ringing longest</source>
            <translation>Přijmout volání; samotné: to, které zvoní nejdéle</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="214" />
            <source>CI [&lt;type&gt;] [&lt;call&gt;]</source>
            <translation>CI [&lt;typ&gt;] [&lt;volání&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="215" />
            <source>Incident from the call at its place (address verified); no type: asks</source>
            <translation>Událost z volání na jeho místě (adresa ověřena); bez typu: zeptá se</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="225" />
            <source>ATT &lt;incident&gt; [&lt;call&gt;]</source>
            <translation>ATT &lt;událost&gt; [&lt;volání&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="226" />
            <source>Attach the call to an incident (a duplicate)</source>
            <translation>Připojit volání k události (duplicitní)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="233" />
            <source>REL [&lt;call&gt;]</source>
            <translation>REL [&lt;volání&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="234" />
            <source>Release the call (it is over)</source>
            <translation>Uvolnit volání (je vyřízeno)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="241" />
            <source>ABN [&lt;call&gt;] [reason]</source>
            <translation>ABN [&lt;volání&gt;] [důvod]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="242" />
            <source>Mark the call abandoned (the caller hung up)</source>
            <translation>Označit volání jako zavěšené (volající zavěsil)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="249" />
            <source>ACK [&lt;alert&gt;]</source>
            <translation>ACK [&lt;výstraha&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="250" />
            <source>Acknowledge an alert</source>
            <translation>Potvrdit výstrahu</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="257" />
            <source>PROM [&lt;alert&gt;] [&lt;type&gt;]</source>
            <translation>PROM [&lt;výstraha&gt;] [&lt;typ&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="258" />
            <source>Promote the alert to an incident (type: the suggested one)</source>
            <translation>Povýšit výstrahu na událost (typ: navržený)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="267" />
            <source>LINK [&lt;alert&gt;] &lt;incident|call&gt;</source>
            <translation>LINK [&lt;výstraha&gt;] &lt;událost|volání&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="268" />
            <source>Link the alert to an incident or a call</source>
            <translation>Propojit výstrahu s událostí nebo voláním</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="275" />
            <source>DISMISS [&lt;alert&gt;] &lt;reason&gt;</source>
            <translation>DISMISS [&lt;výstraha&gt;] &lt;důvod&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="276" />
            <source>Dismiss the alert, with the reason</source>
            <translation>Zamítnout výstrahu s uvedením důvodu</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="283" />
            <source>RESEND &lt;unit&gt; [&lt;link&gt;]</source>
            <translation>RESEND &lt;jednotka&gt; [&lt;spojení&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="284" />
            <source>Page the unit again; with a link name, over that path instead</source>
            <translation>Znovu vyrozumět jednotku; se jménem spojení touto cestou</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="293" />
            <source>VOICE &lt;unit&gt;</source>
            <translation>VOICE &lt;jednotka&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="294" />
            <source>The unit was reached by voice: ends its page's alarm</source>
            <translation>Jednotka zastižena hlasem: ukončí poplach vyrozumění</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="301" />
            <source>HELP [command]</source>
            <translation>HELP [příkaz]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="302" />
            <source>Show this help</source>
            <translation>Zobrazit tuto nápovědu</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="65" />
            <source>bad position '{word}': expected @ place, @ lat,lon (e.g. @ 60.1699,24.9384) or @ selected</source>
            <translation>chybná poloha '{word}': čekáno @ místo, @ šířka,délka (např. @ 60.1699,24.9384) nebo @ selected</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="76" />
            <source>latitude {value} is out of range (-90 to 90)</source>
            <translation>zeměpisná šířka {value} je mimo rozsah (-90 až 90)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="82" />
            <source>longitude {value} is out of range (-180 to 180)</source>
            <translation>zeměpisná délka {value} je mimo rozsah (-180 až 180)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="104" />
            <location filename="../../console/controllers/command_places.py" line="151" />
            <source>where? type a place after @, e.g. @ Mariankatu 12</source>
            <translation>kde? napište místo za @, např. @ Mariankatu 12</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="129" />
            <location filename="../../console/controllers/command_places.py" line="166" />
            <location filename="../../console/controllers/command_words.py" line="418" />
            <source>unexpected '{word}'; usage: {usage}</source>
            <translation>nečekané '{word}'; použití: {usage}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="178" />
            <location filename="../../console/controllers/command_places.py" line="187" />
            <source>a call's place is @ place, @ lat,lon or @ offered</source>
            <translation>místo volání je @ místo, @ šířka,délka nebo @ offered</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="167" />
            <source>unknown incident '{word}'</source>
            <extracomment>Ids of calls and alerts that are over (released, promoted, ...): named, never proposed; the console says why it cannot act on them. Closed incident ids (REOPEN names one), most recently closed first. Partner control rooms' names (HANDOVER); empty: the console refuses a handover. "unknown &lt;what&gt; '{word}'" and its "did you mean" form, per kind of name.</extracomment>
            <translation>neznámá událost '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="168" />
            <source>unknown incident '{word}' — did you mean {suggestion}?</source>
            <translation>neznámá událost '{word}' — mysleli jste {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="173" />
            <source>unknown closed incident '{word}'</source>
            <translation>neznámá uzavřená událost '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="174" />
            <source>unknown closed incident '{word}' — did you mean {suggestion}?</source>
            <translation>neznámá uzavřená událost '{word}' — mysleli jste {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="179" />
            <source>unknown partner '{word}'</source>
            <translation>neznámý partner '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="180" />
            <source>unknown partner '{word}' — did you mean {suggestion}?</source>
            <translation>neznámý partner '{word}' — mysleli jste {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="185" />
            <source>unknown answer '{word}'</source>
            <translation>neznámá odpověď '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="186" />
            <source>unknown answer '{word}' — did you mean {suggestion}?</source>
            <translation>neznámá odpověď '{word}' — mysleli jste {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="189" />
            <source>unknown call '{word}'</source>
            <translation>neznámé volání '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="190" />
            <source>unknown call '{word}' — did you mean {suggestion}?</source>
            <translation>neznámé volání '{word}' — mysleli jste {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="193" />
            <source>unknown alert '{word}'</source>
            <translation>neznámá výstraha '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="194" />
            <source>unknown alert '{word}' — did you mean {suggestion}?</source>
            <translation>neznámá výstraha '{word}' — mysleli jste {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="197" />
            <source>unknown unit '{word}'</source>
            <translation>neznámá jednotka '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="198" />
            <source>unknown unit '{word}' — did you mean {suggestion}?</source>
            <translation>neznámá jednotka '{word}' — mysleli jste {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="201" />
            <source>unknown incident type '{word}'</source>
            <translation>neznámý typ události '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="202" />
            <source>unknown incident type '{word}' — did you mean {suggestion}?</source>
            <translation>neznámý typ události '{word}' — mysleli jste {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="207" />
            <source>unknown unit or incident '{word}'</source>
            <translation>neznámá jednotka nebo událost '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="208" />
            <source>unknown unit or incident '{word}' — did you mean {suggestion}?</source>
            <translation>neznámá jednotka nebo událost '{word}' — mysleli jste {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="213" />
            <source>unknown command '{word}'</source>
            <translation>neznámý příkaz '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="214" />
            <source>unknown command '{word}' — did you mean {suggestion}?</source>
            <translation>neznámý příkaz '{word}' — mysleli jste {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="221" />
            <source>no call is selected ('.' means the selected call)</source>
            <extracomment>"no &lt;what&gt; is selected" for a call or an alert named by ".".</extracomment>
            <translation>není vybráno žádné volání ('.' znamená vybrané volání)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="224" />
            <source>no alert is selected ('.' means the selected alert)</source>
            <translation>není vybrána žádná výstraha ('.' znamená vybranou výstrahu)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="262" />
            <source>no incident is selected ('.' means the selected incident)</source>
            <translation>není vybrána žádná událost ('.' znamená vybranou událost)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="277" />
            <source>incident '{word}' is ambiguous: {choices}</source>
            <translation>událost '{word}' není jednoznačná: {choices}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="343" />
            <source>no call is selected: name one ({usage})</source>
            <translation>není vybráno volání: uveďte je ({usage})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="353" />
            <source>no alert is selected: name one ({usage})</source>
            <translation>není vybrána výstraha: uveďte ji ({usage})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="394" />
            <source>incident type '{word}' is ambiguous: {choices}</source>
            <translation>typ události '{word}' není jednoznačný: {choices}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="404" />
            <source>{verb} needs more: {usage}</source>
            <translation>{verb} potřebuje víc: {usage}</translation>
        </message>
    </context>
    <context>
        <name>CommandLineWidget</name>
        <message>
            <location filename="../../widgets/command_line.py" line="159" />
            <source>Command (F1 for help), e.g. D 123 E11</source>
            <extracomment>What a position looks like while it is being typed ("60.17", "60°10'N 24"). Keys the line keeps for itself even where the window has a shortcut on them.</extracomment>
            <translation>Příkaz (F1 nápověda), např. D 123 E11</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Command</source>
            <translation>Příkaz</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Meaning</source>
            <translation>Význam</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Also</source>
            <translation>Také</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Example</source>
            <translation>Příklad</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="315" />
            <source>No place found for '{query}'</source>
            <translation>Pro „{query}“ nebylo nalezeno žádné místo</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="479" />
            <source>Picked: {label} (typed: {typed})</source>
            <translation>Vybráno: {label} (zadáno: {typed})</translation>
        </message>
    </context>
    <context>
        <name>ConsoleSession</name>
        <message>
            <location filename="../../console/session/live.py" line="251" />
            <source>STORE UNAVAILABLE — links are not started, nothing is received: {err}</source>
            <translation>ÚLOŽIŠTĚ NEDOSTUPNÉ — spojení nespuštěna, nic se nepřijímá: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="254" />
            <source>Store: unavailable</source>
            <translation>Úložiště: nedostupné</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/live.py" line="559" />
            <source>Store: {where} · %n event(s)</source>
            <translation>
                <numerusform>Úložiště: {where} · %n záznam</numerusform>
                <numerusform>Úložiště: {where} · %n záznamy</numerusform>
                <numerusform>Úložiště: {where} · %n záznamů</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="64" />
            <source>paused: the store is not keeping up</source>
            <translation>pozastaveno: úložiště nestíhá</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="69" />
            <source>%n datagram(s) dropped while the store was not keeping up</source>
            <translation>
                <numerusform>%n datagram zahozen, protože úložiště nestíhalo</numerusform>
                <numerusform>%n datagramy zahozeny, protože úložiště nestíhalo</numerusform>
                <numerusform>%n datagramů zahozeno, protože úložiště nestíhalo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="73" />
            <source>%n datagram(s) dropped by the system: they came faster than the console could read</source>
            <translation>
                <numerusform>%n datagram zahodil systém: přicházely rychleji, než je konzole stačila číst</numerusform>
                <numerusform>%n datagramy zahodil systém: přicházely rychleji, než je konzole stačila číst</numerusform>
                <numerusform>%n datagramů zahodil systém: přicházely rychleji, než je konzole stačila číst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="89" />
            <source>%n slow or idle connection(s) cut</source>
            <translation>
                <numerusform>%n pomalé nebo nečinné spojení přerušeno</numerusform>
                <numerusform>%n pomalá nebo nečinná spojení přerušena</numerusform>
                <numerusform>%n pomalých nebo nečinných spojení přerušeno</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="91" />
            <source>%n connection(s) refused at the cap</source>
            <translation>
                <numerusform>%n spojení odmítnuto na limitu</numerusform>
                <numerusform>%n spojení odmítnuta na limitu</numerusform>
                <numerusform>%n spojení odmítnuto na limitu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="100" />
            <source>{radar} DOWN: {reason}</source>
            <translation>{radar} NEFUNKČNÍ: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="102" />
            <source>{radar} degraded: {reason}</source>
            <translation>{radar} omezeno: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="83" />
            <source>%n request(s) refused ({size} not stored)</source>
            <translation>
                <numerusform>%n požadavek odmítnut ({size} neuloženo)</numerusform>
                <numerusform>%n požadavky odmítnuty ({size} neuloženo)</numerusform>
                <numerusform>%n požadavků odmítnuto ({size} neuloženo)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/logged_links.py" line="112" />
            <source>run by another process (the recorder): as the log tells it</source>
            <translation>běží v jiném procesu (záznamový proces): podle záznamu v logu</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="67" />
            <source>the database connection is lost ({why}); the action was not recorded</source>
            <translation>spojení s databází je ztraceno ({why}); akce nebyla zaznamenána</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="53" />
            <source>since {time}: {error}</source>
            <translation>od {time}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="71" />
            <source>DATABASE CONNECTION LOST {why} — the picture is frozen as last known; actions are refused until it returns</source>
            <translation>SPOJENÍ S DATABÁZÍ ZTRACENO {why} — obraz je zmrazen v posledním známém stavu; akce jsou odmítány, dokud se spojení neobnoví</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="77" />
            <source>the store cannot be written ({err}); the action was not recorded</source>
            <translation>do úložiště nelze zapisovat ({err}); akce nebyla zaznamenána</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="81" />
            <source>STORE FAILING — received data is held in memory and retried, not yet stored; actions are refused: {err}</source>
            <translation>ÚLOŽIŠTĚ SELHÁVÁ — přijatá data jsou držena v paměti a ukládání se opakuje, zatím neuložena; akce jsou odmítány: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="228" />
            <source>{unit}: {label} (radio {link} {address})</source>
            <translation>{unit}: {label} (radiostanice {link} {address})</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="123" />
            <source>PAGING AND RADIO NOT STARTED: {err}</source>
            <translation>SVOLÁVÁNÍ A RADIOSTANICE NESPUŠTĚNY: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="215" />
            <source>NOT ACKNOWLEDGED: {units} — RESEND &lt;unit&gt; [link] or VOICE &lt;unit&gt;</source>
            <translation>NEPOTVRZENO: {units} — RESEND &lt;jednotka&gt; [spojení] nebo VOICE &lt;jednotka&gt;</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="175" />
            <source>PARTNER AGENCIES NOT STARTED: {err}</source>
            <translation>SPOJENÍ S PARTNERSKÝMI SLOŽKAMI NESPUŠTĚNO: {err}</translation>
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
            <location filename="../../widgets/dialogs.py" line="358" />
            <source>Dismiss alert {id}</source>
            <extracomment>Common reasons to dismiss an alert; the last entry needs free text.</extracomment>
            <translation>Zamítnout výstrahu {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="359" />
            <source>Why is alert {id} dismissed?</source>
            <translation>Proč je výstraha {id} zamítnuta?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="366" />
            <source>Details</source>
            <translation>Podrobnosti</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="368" />
            <source>Dismiss alert</source>
            <translation>Zamítnout výstrahu</translation>
        </message>
    </context>
    <context>
        <name>DispatchController</name>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="176" />
            <source>dispatch</source>
            <translation>vyslání</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="177" />
            <source>status</source>
            <translation>stav</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="178" />
            <source>new incident</source>
            <translation>nová událost</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="179" />
            <source>recommend</source>
            <translation>doporučení</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="180" />
            <source>note</source>
            <translation>poznámka</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="181" />
            <source>close</source>
            <translation>uzavření</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="182" />
            <source>location</source>
            <translation>poloha</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="183" />
            <source>where</source>
            <translation>kde</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="184" />
            <source>resend</source>
            <translation>opakované vyrozumění</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="185" />
            <source>voice</source>
            <translation>hlas</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="186" />
            <source>reopen</source>
            <translation>znovuotevření</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="187" />
            <source>handover</source>
            <translation>předání</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="264" />
            <source>this site has no partner agencies ([[http.partners]] in site.toml)</source>
            <translation>tato lokalita nemá partnerské složky ([[http.partners]] v site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="267" />
            <source>handed over to {partner}</source>
            <translation>předáno středisku {partner}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="372" />
            <source>unknown incident {incident}</source>
            <translation>neznámá událost {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="330" />
            <source>no unit is available for {incident}</source>
            <translation>pro {incident} není volná žádná jednotka</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="463" />
            <source>card: unknown incident {incident}</source>
            <translation>karta: neznámá událost {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="78" />
            <source>{target}: {place}</source>
            <translation>{target}: {place}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="92" />
            <source>no named street nearby</source>
            <translation>žádná pojmenovaná ulice poblíž</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="97" />
            <source>{place}, {distance} m</source>
            <translation>{place}, {distance} m</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="132" />
            <source>places are unavailable: give @ lat,lon or pick on the map</source>
            <translation>místa nejsou dostupná: zadejte @ šířka,délka nebo vyberte na mapě</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="192" />
            <source>places unavailable: give @ lat,lon</source>
            <translation>místa nedostupná: zadejte @ šířka,délka</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="208" />
            <source>places unavailable</source>
            <translation>místa nedostupná</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="224" />
            <source>places unavailable ({why}): coordinates only</source>
            <translation>místa nedostupná ({why}): jen souřadnice</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="86" />
            <source>{where} (places unavailable)</source>
            <translation>{where} (místa nedostupná)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="93" />
            <source>{where} ({why})</source>
            <translation>{where} ({why})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="118" />
            <source>where? give @ place or @ lat,lon, or select a unit or incident and use @ sel</source>
            <translation>kde? zadejte @ místo nebo @ šířka,délka, nebo vyberte jednotku či událost a použijte @ sel</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="156" />
            <source>which place? {places} — pick one from the list; nothing was created</source>
            <translation>které místo? {places} — vyberte jedno ze seznamu; nic nebylo vytvořeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="147" />
            <source>no place found for '{query}'; nothing was created</source>
            <translation>pro '{query}' nebylo nalezeno žádné místo; nic nebylo vytvořeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="65" />
            <source>{unit} has no position fix</source>
            <translation>{unit} nemá určenou polohu</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="141" />
            <source>places are unavailable ({why}): give @ lat,lon or pick on the map; nothing was created</source>
            <translation>místa nejsou dostupná ({why}): zadejte @ šířka,délka nebo vyberte na mapě; nic nebylo vytvořeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="176" />
            <source>{error}; nothing was created</source>
            <translation>{error}; nic nebylo vytvořeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="78" />
            <source>queued</source>
            <translation>ve frontě</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="79" />
            <source>sent</source>
            <translation>odesláno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="80" />
            <source>link acknowledged</source>
            <translation>potvrzeno spojením</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="81" />
            <source>delivered</source>
            <translation>doručeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="82" />
            <source>read</source>
            <translation>přečteno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="83" />
            <source>accepted</source>
            <translation>přijato</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="86" />
            <source>reached by voice</source>
            <translation>zastiženo hlasem</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="42" />
            <source>this site has no paging or radio links ([reach] in site.toml)</source>
            <translation>tato lokalita nemá spojení pro vyrozumění ani rádio ([reach] v site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="88" />
            <source>rejected</source>
            <translation>odmítnuto</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="97" />
            <source>NO LINK ACKNOWLEDGEMENT</source>
            <translation>BEZ POTVRZENÍ SPOJENÍ</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="99" />
            <source>NO CREW ACKNOWLEDGEMENT</source>
            <translation>BEZ POTVRZENÍ POSÁDKY</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="102" />
            <source>{link} {address}: {step}</source>
            <translation>{link} {address}: {step}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="49" />
            <source>{unit} paged again ({notice})</source>
            <translation>{unit} znovu vyrozuměna ({notice})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="90" />
            <source>completed</source>
            <translation>dokončeno</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="92" />
            <source>FAILED: {reason}</source>
            <translation>SELHALO: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialogs</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="107" />
            <source>Handled on scene</source>
            <translation>Vyřešeno na místě</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="108" />
            <source>Transported</source>
            <translation>Transportováno</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="109" />
            <source>False alarm</source>
            <translation>Planý poplach</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="110" />
            <source>Cancelled by caller</source>
            <translation>Zrušeno volajícím</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="111" />
            <source>Unable to locate</source>
            <translation>Nepodařilo se najít</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="112" />
            <source>Referred to other agency</source>
            <translation>Předáno jiné složce</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="113" />
            <source>Other</source>
            <translation>Jiné</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="115" />
            <source>Drill ended</source>
            <translation>Cvičení skončilo</translation>
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
            <location filename="../../widgets/dialogs.py" line="512" />
            <source>Open a store to replay</source>
            <translation>Otevřít úložiště k přehrání</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="514" />
            <source>Stores (*.sqlite *.db)</source>
            <translation>Úložiště (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="514" />
            <source>All files (*)</source>
            <translation>Všechny soubory (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="86" />
            <source>(no raw bytes)</source>
            <translation>(žádná surová data)</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="56" />
            <source>Raw bytes</source>
            <translation>Surová data</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="57" />
            <source>Decoded when stored</source>
            <translation>Dekódováno při uložení</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="58" />
            <source>Decoded today</source>
            <translation>Dekódováno dnes</translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message>
            <location filename="../../models/drills/report_html.py" line="55" />
            <source>EXERCISE — NOT LIVE DATA</source>
            <translation>CVIČENÍ — NEJDE O OSTRÁ DATA</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="97" />
            <source>no data</source>
            <translation>bez údajů</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="100" />
            <source>PASS</source>
            <translation>SPLNĚNO</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="102" />
            <source>FAIL</source>
            <translation>NESPLNĚNO</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="106" />
            <source>none</source>
            <translation>žádné</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="117" />
            <source>ok</source>
            <translation>v pořádku</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="120" />
            <location filename="../../models/drills/report_texts.py" line="149" />
            <source>late</source>
            <translation>pozdě</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="128" />
            <source>{percentile} within {target}</source>
            <translation>{percentile} do {target}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="144" />
            <source>(not expected)</source>
            <translation>(neočekávaná)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="156" />
            <source>any</source>
            <translation>jakékoli</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="174" />
            <source>Drill report: {title}</source>
            <translation>Zpráva ze cvičení: {title}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="178" />
            <location filename="../../models/drills/report_json.py" line="77" />
            <source>PASSED</source>
            <translation>SPLNĚNO</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="179" />
            <location filename="../../models/drills/report_json.py" line="78" />
            <source>NOT PASSED</source>
            <translation>NESPLNĚNO</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="181" />
            <source>Score {score} / {total}</source>
            <translation>Hodnocení {score} / {total}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="186" />
            <source>{time} of wall-clock time</source>
            <translation>{time} skutečného času</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="192" />
            <source>not ended</source>
            <translation>neukončeno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="197" />
            <source>Scenario</source>
            <translation>Scénář</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="198" />
            <source>Started (UTC)</source>
            <translation>Zahájeno (UTC)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="199" />
            <source>Ended (UTC)</source>
            <translation>Ukončeno (UTC)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="200" />
            <source>End</source>
            <translation>Konec</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="201" />
            <source>Drill time</source>
            <translation>Čas cvičení</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="202" />
            <source>Speed</source>
            <translation>Rychlost</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="203" />
            <source>Paused</source>
            <translation>Pozastaveno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="220" />
            <source>Targets (NFPA 1225-style)</source>
            <translation>Cíle (podle NFPA 1225)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="224" />
            <source>Measure</source>
            <translation>Ukazatel</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="225" />
            <source>Target</source>
            <translation>Cíl</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="226" />
            <source>Within target</source>
            <translation>V cíli</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="227" />
            <source>Percentile value</source>
            <translation>Hodnota percentilu</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="228" />
            <location filename="../../models/drills/report_html.py" line="243" />
            <location filename="../../models/drills/report_html.py" line="312" />
            <source>Result</source>
            <translation>Výsledek</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="233" />
            <source>Trainees</source>
            <translation>Cvičící</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="237" />
            <source>Trainee</source>
            <translation>Cvičící</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="238" />
            <source>Calls answered</source>
            <translation>Přijatá volání</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="239" />
            <source>Incidents created</source>
            <translation>Založené události</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="240" />
            <source>Units dispatched</source>
            <translation>Vyslané jednotky</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="241" />
            <source>Alerts handled</source>
            <translation>Vyřízené výstrahy</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="262" />
            <source>Calls</source>
            <translation>Volání</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="263" />
            <source>abandoned</source>
            <translation>zavěšeno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="264" />
            <source>duplicate</source>
            <translation>duplicitní</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="268" />
            <source>Call</source>
            <translation>Volání</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="269" />
            <source>Number</source>
            <translation>Číslo</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="270" />
            <source>Via</source>
            <translation>Zdroj</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="271" />
            <source>Offered</source>
            <translation>Nabídnuto</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="272" />
            <source>Answered by</source>
            <translation>Přijal(a)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="273" />
            <source>Answer time</source>
            <translation>Doba přijetí</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="274" />
            <location filename="../../models/drills/report_html.py" line="304" />
            <location filename="../../models/drills/report_html.py" line="348" />
            <source>Incident</source>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="275" />
            <source>Priority</source>
            <translation>Naléhavost</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="276" />
            <source>Process</source>
            <translation>Zpracování</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="277" />
            <location filename="../../models/drills/report_html.py" line="311" />
            <source>On scene</source>
            <translation>Na místě</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="278" />
            <source>Note</source>
            <translation>Poznámka</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="298" />
            <source>Expected incidents</source>
            <translation>Očekávané události</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="303" />
            <location filename="../../models/drills/report_html.py" line="321" />
            <source>Expected</source>
            <translation>Očekáváno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="305" />
            <location filename="../../models/drills/report_html.py" line="463" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="306" />
            <source>Place</source>
            <translation>Místo</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="307" />
            <source>Units sent</source>
            <translation>Vyslané jednotky</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="308" />
            <source>Missing</source>
            <translation>Chybí</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="309" />
            <source>Not asked for</source>
            <translation>Nepožadované</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="310" />
            <source>Dispatch</source>
            <translation>Vyslání</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="317" />
            <source>Alerts</source>
            <translation>Výstrahy</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="322" />
            <source>Kind</source>
            <translation>Druh</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="323" />
            <source>Alert</source>
            <translation>Výstraha</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="324" />
            <source>Title</source>
            <translation>Název</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="325" />
            <location filename="../../models/drills/report_html.py" line="351" />
            <source>Raised</source>
            <translation>Vyhlášeno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="326" />
            <source>Handling</source>
            <translation>Vyřízení</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="327" />
            <location filename="../../models/drills/report_html.py" line="353" />
            <source>By</source>
            <translation>Kdo</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="328" />
            <location filename="../../models/drills/report_html.py" line="354" />
            <source>After</source>
            <translation>Za</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="329" />
            <source>Acceptable</source>
            <translation>Přípustné</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="330" />
            <source>Outcome</source>
            <translation>Vyhodnocení</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="336" />
            <source>Units not acknowledging (NOT ACKNOWLEDGED alarms)</source>
            <translation>Jednotky bez potvrzení (poplachy NEPOTVRZENO)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="342" />
            <source>{raised}, {unanswered}.</source>
            <translation>{raised}, {unanswered}.</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="347" />
            <source>Unit</source>
            <translation>Jednotka</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="349" />
            <source>Notice</source>
            <translation>Výzva</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="350" />
            <source>Limit</source>
            <translation>Lhůta</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="352" />
            <source>First action</source>
            <translation>První úkon</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="373" />
            <source>Injection timeline</source>
            <translation>Časová osa vstupů</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="389" />
            <source>{created} (expected {expected})</source>
            <translation>{created} (očekáváno {expected})</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="400" />
            <source>not created</source>
            <translation>nezaloženo</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="404" />
            <source>wrong</source>
            <translation>chybně</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="407" />
            <source>off</source>
            <translation>mimo</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="427" />
            <source>not sent</source>
            <translation>neodesláno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="443" />
            <source>{what} (by {name})</source>
            <translation>{what} (zadal(a) {name})</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="452" />
            <source>by hand</source>
            <translation>ručně</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="461" />
            <source>Planned</source>
            <translation>Plán</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="462" />
            <source>Sent</source>
            <translation>Odesláno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="464" />
            <source>What</source>
            <translation>Co</translation>
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
            <translation>Přijetí volání (nabídnuto → přijato)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="135" />
            <source>Calls answered, second target</source>
            <translation>Přijetí volání, druhý cíl</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="136" />
            <source>High-priority calls processed (answered → first unit dispatched)</source>
            <translation>Zpracování naléhavých volání (přijato → první jednotka vyslána)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="139" />
            <source>Alerts handled (raised → first handling)</source>
            <translation>Vyřízení výstrah (vyhlášeno → první vyřízení)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="140" />
            <source>NOT ACKNOWLEDGED alarms acted on (raised → the dispatcher's first action)</source>
            <translation>Reakce na poplachy NEPOTVRZENO (vyhlášeno → první úkon dispečera)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="148" />
            <source>handled</source>
            <extracomment>An expected alert's outcome (``AlertScore.outcome``).</extracomment>
            <translation>vyřízeno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="150" />
            <source>wrong handling</source>
            <translation>chybné vyřízení</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="151" />
            <source>missed</source>
            <translation>zmeškáno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="152" />
            <source>not raised</source>
            <translation>nevyhlášeno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="157" />
            <source>acknowledged</source>
            <extracomment>How an alert was handled (``models.drills.drill_log.HANDLING_OF``).</extracomment>
            <translation>potvrzeno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="158" />
            <source>promoted to an incident</source>
            <translation>převedeno na událost</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="159" />
            <source>linked to an incident</source>
            <translation>připojeno k události</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="160" />
            <source>dismissed</source>
            <translation>zamítnuto</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="165" />
            <location filename="../../models/drills/report_texts.py" line="196" />
            <source>CAP alert</source>
            <extracomment>Kinds of expected alerts (``models.drills.scenario.ALERT_KINDS``).</extracomment>
            <translation>Výstraha CAP</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="166" />
            <location filename="../../models/drills/report_texts.py" line="195" />
            <source>zone alarm</source>
            <translation>poplach v zóně</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="167" />
            <source>zone entry</source>
            <translation>vstup do zóny</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="172" />
            <source>no link acknowledgement</source>
            <extracomment>Which limit of a NOT ACKNOWLEDGED alarm ran out (``AlarmResponse.stage``).</extracomment>
            <translation>spojení nepotvrdilo</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="173" />
            <source>no crew answer</source>
            <translation>posádka neodpověděla</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="178" />
            <source>sent again</source>
            <extracomment>The dispatcher's first action on an alarm (``AlarmResponse.action``, an event kind).</extracomment>
            <translation>odesláno znovu</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="179" />
            <source>reached by voice</source>
            <translation>zastiženo hlasem</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="180" />
            <source>unit status changed</source>
            <translation>změněn stav jednotky</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="181" />
            <source>another unit assigned</source>
            <translation>přidělena jiná jednotka</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="186" />
            <source>completed</source>
            <extracomment>How a drill ended (``drill.ended`` reason).</extracomment>
            <translation>dokončeno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="187" />
            <source>ended by trainer</source>
            <translation>ukončeno instruktorem</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="192" />
            <source>call</source>
            <extracomment>Injection types (``models.drills.injections``).</extracomment>
            <translation>volání</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="193" />
            <source>rebid</source>
            <translation>nové dotázání polohy</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="194" />
            <source>track</source>
            <translation>trasa</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="197" />
            <source>link down</source>
            <translation>výpadek spojení</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="198" />
            <source>link up</source>
            <translation>spojení obnoveno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="199" />
            <source>note</source>
            <translation>poznámka</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="215" />
            <source>call from {caller} via {via} at {where}</source>
            <translation>volání z {caller} přes {via} na {where}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="217" />
            <source>rebid of {caller} via {via} at {where}</source>
            <translation>nové dotázání polohy {caller} přes {via} na {where}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="226" />
            <source>track {track} on {sensor} ({via}), {points}, {speed}</source>
            <translation>trasa {track} na čidle {sensor} ({via}), {points}, {speed}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="232" />
            <source>{v} m/s</source>
            <translation>{v} m/s</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="238" />
            <source>zone alarm {state} from {sensor} in zone {zone}</source>
            <translation>poplach v zóně {state} z čidla {sensor} v zóně {zone}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="242" />
            <source>CAP {type} {identifier}: {event} (exercise)</source>
            <translation>CAP {type} {identifier}: {event} (cvičení)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="245" />
            <source>link {link} down</source>
            <translation>spojení {link} vypadlo</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="249" />
            <source>link {link} up</source>
            <translation>spojení {link} obnoveno</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="250" />
            <source>note: {text}</source>
            <translation>poznámka: {text}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="59" />
            <source>%n alarm(s) raised</source>
            <translation>
                <numerusform>vyhlášen %n poplach</numerusform>
                <numerusform>vyhlášeny %n poplachy</numerusform>
                <numerusform>vyhlášeno %n poplachů</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="60" />
            <source>%n never acted on</source>
            <translation>
                <numerusform>%n bez jakékoli reakce</numerusform>
                <numerusform>%n bez jakékoli reakce</numerusform>
                <numerusform>%n bez jakékoli reakce</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="61" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n bod</numerusform>
                <numerusform>%n body</numerusform>
                <numerusform>%n bodů</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillSession</name>
        <message>
            <location filename="../../console/session/drill.py" line="169" />
            <source>DRILL FEEDS UNAVAILABLE — the drill cannot run: {err}</source>
            <translation>ZDROJE CVIČENÍ NEDOSTUPNÉ — cvičení nelze spustit: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="179" />
            <source>The drill cannot run: the drill store did not open.</source>
            <translation>Cvičení nelze spustit: úložiště cvičení se neotevřelo.</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="236" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>CVIČENÍ NESPUŠTĚNO — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="253" />
            <source>The drill radio did not start; crews report without it: {err}</source>
            <translation>Cvičná radiová síť se nespustila; posádky hlásí bez ní: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="375" />
            <source>The report could not be written: {err}</source>
            <translation>Zprávu se nepodařilo zapsat: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="406" />
            <source>Answering calls</source>
            <translation>Přijímání volání</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="407" />
            <source>Call to dispatch</source>
            <translation>Od volání po vyslání</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="408" />
            <source>Incidents handled</source>
            <translation>Vyřízené události</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="409" />
            <source>Alerts handled</source>
            <translation>Vyřízené výstrahy</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="420" />
            <location filename="../../console/session/drill.py" line="421" />
            <source>calls answered</source>
            <translation>přijatá volání</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="422" />
            <source>high-priority calls dispatched</source>
            <translation>vyslaná volání s vysokou naléhavostí</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="423" />
            <source>alerts handled</source>
            <translation>vyřízené výstrahy</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="424" />
            <source>NOT ACKNOWLEDGED alarms acted on</source>
            <translation>Reakce na poplachy NEPOTVRZENO</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="427" />
            <source>{what} within {target} s: none to measure</source>
            <translation>{what} do {target} s: nic k měření</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/drill.py" line="431" />
            <source>{what} within {target} s: {within} of %n (target {pct} %)</source>
            <translation>
                <numerusform>{what} do {target} s: {within} z %n (cíl {pct} %)</numerusform>
                <numerusform>{what} do {target} s: {within} z %n (cíl {pct} %)</numerusform>
                <numerusform>{what} do {target} s: {within} z %n (cíl {pct} %)</numerusform>
            </translation>
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
            <location filename="../../widgets/event_log.py" line="289" />
            <source>Event log</source>
            <translation>Deník událostí</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="296" />
            <source>Filter by source, kind, text or error</source>
            <translation>Filtrovat podle zdroje, druhu, textu nebo chyby</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="299" />
            <source>Errors only</source>
            <translation>Jen chyby</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../widgets/event_log.py" line="172" />
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="173" />
            <source>Source</source>
            <translation>Zdroj</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="174" />
            <source>Kind</source>
            <translation>Druh</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="175" />
            <source>Summary</source>
            <translation>Shrnutí</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="176" />
            <source>Rejected because</source>
            <translation>Odmítnuto, protože</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="207" />
            <source>{kind} (rejected)</source>
            <translation>{kind} (odmítnuto)</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="218" />
            <source>#{seq} received {when} {zone}
{summary}</source>
            <translation>#{seq} přijato {when} {zone}
{summary}</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="222" />
            <source>Rejected: {reason}</source>
            <translation>Odmítnuto: {reason}</translation>
        </message>
    </context>
    <context>
        <name>EventText</name>
        <message numerus="yes">
            <location filename="../../console/reports/event_text.py" line="122" />
            <source>%n frame(s)</source>
            <translation>
                <numerusform>%n rámec</numerusform>
                <numerusform>%n rámce</numerusform>
                <numerusform>%n rámců</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="330" />
            <source>up</source>
            <translation>v provozu</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="331" />
            <source>connecting</source>
            <translation>připojuje se</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="332" />
            <source>down</source>
            <translation>nefunkční</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="333" />
            <source>stopped</source>
            <translation>zastaveno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="339" />
            <source>degraded</source>
            <translation>omezeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="339" />
            <source>ok</source>
            <translation>v pořádku</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="368" />
            <source>address</source>
            <translation>adresa</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="369" />
            <source>street</source>
            <translation>ulice</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="370" />
            <source>intersection</source>
            <translation>křižovatka</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="371" />
            <source>landmark</source>
            <translation>orientační bod</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="372" />
            <source>coordinates</source>
            <translation>souřadnice</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="373" />
            <source>named site</source>
            <translation>objekt</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="374" />
            <source>named place</source>
            <translation>místo</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="416" />
            <source>no location</source>
            <translation>bez polohy</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="429" />
            <source>address only</source>
            <translation>pouze adresa</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="469" />
            <source>call {call} answered</source>
            <translation>volání {call} přijato</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="470" />
            <source>call {call} released</source>
            <translation>volání {call} uvolněno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="495" />
            <source>alert {alert} promoted to {incident}</source>
            <translation>výstraha {alert} povýšena na událost {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="496" />
            <source>alert {alert} linked to {incident}</source>
            <translation>výstraha {alert} propojena s {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="497" />
            <source>alert {alert} dismissed: {reason}</source>
            <translation>výstraha {alert} zamítnuta: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="498" />
            <source>alert {alert} cancelled: {reason}</source>
            <translation>výstraha {alert} zrušena: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="499" />
            <source>alert {alert} acknowledged</source>
            <translation>výstraha {alert} potvrzena</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="500" />
            <source>alert {alert} updated</source>
            <translation>výstraha {alert} aktualizována</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="511" />
            <source>CAP</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="512" />
            <source>zone-entry</source>
            <translation>vstup do zóny</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="513" />
            <source>zone-alarm</source>
            <translation>poplach v zóně</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="514" />
            <source>radio</source>
            <translation>rádio</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="515" />
            <source>extreme</source>
            <translation>extrémní</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="516" />
            <source>severe</source>
            <translation>vážná</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="517" />
            <source>moderate</source>
            <translation>střední</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="518" />
            <source>minor</source>
            <translation>nízká</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="519" />
            <source>unknown</source>
            <translation>neznámé</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="526" />
            <source>headless command</source>
            <translation>příkaz bez okna</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="123" />
            <source>{count} frames</source>
            <translation>{count} rámců</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="221" />
            <source>new incident {incident} {type} (P{priority}) at {where} from call {call}</source>
            <translation>nová událost {incident} {type} (P{priority}) na místě {where} z volání {call}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="242" />
            <source>as recommended</source>
            <translation>podle doporučení</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="242" />
            <source>dispatcher's choice</source>
            <translation>volba dispečera</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="443" />
            <source>unknown number</source>
            <translation>neznámé číslo</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="451" />
            <source>call {call} rebid: {where}</source>
            <translation>volání {call} nové dotázání polohy: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="453" />
            <source>call {call} location: {where}</source>
            <translation>volání {call} poloha: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="475" />
            <source>call {call} {what}</source>
            <translation>volání {call} {what}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="482" />
            <source>EXERCISE alert {alert} ({origin}, {severity}): {title}</source>
            <translation>CVIČENÍ výstraha {alert} ({origin}, {severity}): {title}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="484" />
            <source>alert {alert} ({origin}, {severity}): {title}</source>
            <translation>výstraha {alert} ({origin}, {severity}): {title}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="505" />
            <source>alert {alert} {what}</source>
            <translation>výstraha {alert} {what}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="527" />
            <source>{command} run by OS user {user} on {host}</source>
            <translation>{command} spustil uživatel systému {user} na {host}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="169" />
            <source>rejected {protocol} frame: {error}</source>
            <translation>odmítnutý rámec {protocol}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="173" />
            <source>link {link} {state} ({endpoint})</source>
            <translation>spojení {link} {state} ({endpoint})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="182" />
            <source>not stored as {kind}: {error}</source>
            <translation>neuloženo jako {kind}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="197" />
            <source>the store dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}</source>
            <translation>úložiště zahodilo {frames} ({bytes} bajtů) mezi {first} a {last}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="201" />
            <source>sensor {sensor} {state}: {reason}</source>
            <translation>senzor {sensor} {state}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="207" />
            <source>link {link} not started: {error}</source>
            <translation>spojení {link} nespuštěno: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="255" />
            <source>{unit} {status} (was {previous})</source>
            <translation>{unit} {status} (předtím {previous})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="266" />
            <source>note on {incident}: {text}</source>
            <translation>poznámka k {incident}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="270" />
            <source>{incident} closed: {disposition}</source>
            <translation>{incident} uzavřena: {disposition}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="280" />
            <source>{incident} REOPENED: {reason}</source>
            <translation>{incident} ZNOVU OTEVŘENA: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="296" />
            <source>console started on site {site}</source>
            <translation>konzole spuštěna na lokalitě {site}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="298" />
            <source>console stopped on site {site}</source>
            <translation>konzole zastavena na lokalitě {site}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="319" />
            <source>unknown unit {unit}</source>
            <translation>neznámá jednotka {unit}</translation>
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
            <translation>NEOVĚŘENÝ vynucený bod</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="397" />
            <source>UNVERIFIED position</source>
            <translation>NEOVĚŘENÁ poloha</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="403" />
            <source>{text}, near {place}</source>
            <translation>{text}, poblíž {place}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="406" />
            <source>{text} [places {builds}]</source>
            <translation>{text} [místa {builds}]</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="446" />
            <source>call {call} from {number} ({via}) at {where}</source>
            <translation>volání {call} z {number} ({via}) na místě {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="457" />
            <source>call {call} location verified: {where}</source>
            <translation>poloha volání {call} ověřena: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="461" />
            <source>call {call} attached to {incident}</source>
            <translation>volání {call} připojeno k {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="467" />
            <source>call {call} abandoned</source>
            <translation>volání {call} zavěšeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="531" />
            <source>{text} (pid {pid})</source>
            <translation>{text} (proces {pid})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="533" />
            <source>{text}, operator {operator} ({role})</source>
            <translation>{text}, operátor {operator} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="537" />
            <source>{text}, no operator of this store</source>
            <translation>{text}, není operátorem tohoto úložiště</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="539" />
            <source>{text}, database role {role} ({kind})</source>
            <translation>{text}, role v databázi {role} ({kind})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="179" />
            <source>{text}: {error}</source>
            <translation>{text}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="194" />
            <source>link {link} dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}</source>
            <translation>spojení {link} zahodilo {frames} ({bytes} bajtů) mezi {first} a {last}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="224" />
            <source>new incident {incident} {type} (P{priority}) at {where}</source>
            <translation>nová událost {incident} {type} (P{priority}) na místě {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="230" />
            <source>{incident} moved from {before} to {where}</source>
            <translation>{incident} přesunuta z {before} na {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="236" />
            <source>{incident} moved to {where}</source>
            <translation>{incident} přesunuta na {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="245" />
            <source>{unit} assigned to {incident}, ETA {eta}, {how}</source>
            <translation>{unit} přidělena k {incident}, dojezd {eta}, {how}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="249" />
            <source>{unit} assigned to {incident}, {how}</source>
            <translation>{unit} přidělena k {incident}, {how}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="252" />
            <source>{text}: {reason}</source>
            <translation>{text}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="277" />
            <source>{incident} REOPENED: {reason} (was closed: {disposition})</source>
            <translation>{incident} ZNOVU OTEVŘENA: {reason} (uzavřena jako: {disposition})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="388" />
            <source>verified to {label} ({kind}, {distance})</source>
            <translation>ověřeno na {label} ({kind}, {distance})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="392" />
            <source>verified to {label} ({kind})</source>
            <translation>ověřeno na {label} ({kind})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="466" />
            <source>call {call} abandoned: {reason}</source>
            <translation>volání {call} zavěšeno: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="99" />
            <source>completed</source>
            <translation>dokončeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="99" />
            <source>ended by trainer</source>
            <translation>ukončeno instruktorem</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="73" />
            <source>drill {title} started (×{speed}), trainees: {trainees}</source>
            <translation>cvičení {title} zahájeno (×{speed}), cvičící: {trainees}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="82" />
            <source>drill clock {time}: running (×{speed})</source>
            <translation>čas cvičení {time}: běží (×{speed})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="96" />
            <source>drill {time}: injected #{n} ({type}): {summary}</source>
            <translation>cvičení {time}: vloženo č. {n} ({type}): {summary}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="101" />
            <source>drill ended at {time}: {reason}</source>
            <translation>cvičení skončilo v {time}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="81" />
            <source>drill clock {time}: paused</source>
            <translation>čas cvičení {time}: pozastaveno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="93" />
            <source>drill {time}: trainer {by} injected #{n} ({type}): {summary}</source>
            <translation>cvičení {time}: instruktor {by} vložil č. {n} ({type}): {summary}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="62" />
            <source>{summary} — not sent: {error}</source>
            <translation>{summary} — neodesláno: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="31" />
            <source>dispatcher</source>
            <translation>dispečer</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="32" />
            <source>supervisor</source>
            <translation>vedoucí směny</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="33" />
            <source>administrator</source>
            <translation>správce</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="34" />
            <source>call-taker</source>
            <translation>operátor příjmu</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="35" />
            <source>trainer</source>
            <translation>instruktor</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="136" />
            <source>wrong password</source>
            <translation>chybné heslo</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="137" />
            <source>unknown operator</source>
            <translation>neznámý operátor</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="138" />
            <source>account disabled</source>
            <translation>účet zablokován</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="139" />
            <source>backing off</source>
            <translation>čekání po neúspěšných pokusech</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="140" />
            <source>signed in at another position</source>
            <translation>přihlášen(a) na jiném pracovišti</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="141" />
            <source>signed out</source>
            <translation>odhlášení</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="142" />
            <source>console closed</source>
            <translation>konzole zavřena</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="143" />
            <source>time is up</source>
            <translation>čas vypršel</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="144" />
            <source>signed in normally</source>
            <translation>běžné přihlášení</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="72" />
            <source>{name} ({role}) signed in{at}</source>
            <translation>{name} ({role}) se přihlásil(a){at}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="75" />
            <source>sign-in as {name} refused{at}: {reason}</source>
            <translation>přihlášení jako {name} odmítnuto{at}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/event_text_operators.py" line="78" />
            <source>, %n failed in a row</source>
            <translation>
                <numerusform>, %n neúspěšný pokus v řadě</numerusform>
                <numerusform>, %n neúspěšné pokusy v řadě</numerusform>
                <numerusform>, %n neúspěšných pokusů v řadě</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="85" />
            <source>{name} signed out{at}</source>
            <translation>{name} se odhlásil(a){at}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="87" />
            <source>shift change{at}: {previous} handed over to {name} ({role})</source>
            <translation>střídání směny{at}: {previous} předal(a) {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="91" />
            <source>position{at} locked for {name}</source>
            <translation>pracoviště{at} zamčeno pro {name}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="93" />
            <source>position{at} unlocked for {name}</source>
            <translation>pracoviště{at} odemčeno pro {name}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="117" />
            <source>BREAK-GLASS emergency session for {name} ({role}){at} for {minutes} until {until}: {reason}</source>
            <translation>NOUZOVÝ PŘÍSTUP pro {name} ({role}){at} na {minutes} do {until}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="123" />
            <source>break-glass session of {name}{at} ended: {reason}</source>
            <translation>nouzový přístup {name}{at} ukončen: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="42" />
            <source> at {position}</source>
            <translation> na pracovišti {position}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="54" />
            <source>operator {name} added with the {role} role as the store's first administrator</source>
            <translation>operátor {name} přidán s rolí {role} jako první správce úložiště</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="56" />
            <source>operator {name} added with the {role} role as the store's first administrator, no password yet</source>
            <translation>operátor {name} přidán s rolí {role} jako první správce úložiště, zatím bez hesla</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="63" />
            <source>operator {name} added with the {role} role</source>
            <translation>operátor {name} přidán s rolí {role}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="65" />
            <source>operator {name} added with the {role} role, no password yet</source>
            <translation>operátor {name} přidán s rolí {role}, zatím bez hesla</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="70" />
            <source>{name} ({role}) signed in{at} (as the OS user, no password)</source>
            <translation>{name} ({role}) se přihlásil(a){at} (jako uživatel systému, bez hesla)</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="83" />
            <source>{name} signed out{at} ({reason})</source>
            <translation>{name} se odhlásil(a){at} ({reason})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="104" />
            <source>password of {name} changed</source>
            <translation>Heslo operátora {name} změněno</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="106" />
            <source>{name}'s role changed from {previous} to {role}</source>
            <translation>role operátora {name} změněna z {previous} na {role}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="114" />
            <source>operator {name} DISABLED</source>
            <translation>operátor {name} ZABLOKOVÁN</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="153" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="101" />
            <source>password of {name} changed (re-hashed with today's parameters at sign-in)</source>
            <translation>Heslo operátora {name} změněno (při přihlášení znovu zahašováno s dnešními parametry)</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="111" />
            <source>operator {name} DISABLED: {reason}</source>
            <translation>operátor {name} ZABLOKOVÁN: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="148" />
            <source>accepted</source>
            <translation>přijato</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="149" />
            <source>rejected</source>
            <translation>odmítnuto</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="42" />
            <source>{unit} for {incident}</source>
            <translation>{unit} k {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="107" />
            <source>{who}: FAILED (final): {reason}</source>
            <translation>{who}: SELHALO (definitivně): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="124" />
            <source>NOT ACKNOWLEDGED: {who}: no crew answer</source>
            <translation>NEPOTVRZENO: {who}: posádka neodpověděla</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="126" />
            <source>NOT ACKNOWLEDGED: {who}: no link acknowledgement</source>
            <translation>NEPOTVRZENO: {who}: spojení nepotvrdilo</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="178" />
            <source>answer {what} FAILED (final): {reason}</source>
            <translation>odpověď {what} SELHALA (definitivně): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="180" />
            <source>answer {what} FAILED (retrying): {reason}</source>
            <translation>odpověď {what} SELHALA (opakuje se): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="183" />
            <source>answer {what} {step}</source>
            <translation>odpověď {what} {step}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="39" />
            <source>{unit} for {incident} #{n}</source>
            <translation>{unit} k {incident} č. {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="72" />
            <source>{unit} for {incident}: queued on {link} {address}: {text}</source>
            <translation>{unit} k {incident}: ve frontě na {link} {address}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="75" />
            <source>{who}: sent (attempt {n})</source>
            <translation>{who}: odesláno (pokus {n})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="81" />
            <source>{who}: acknowledged by the link</source>
            <translation>{who}: potvrzeno spojením</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="89" />
            <source>{who}: delivered to the device</source>
            <translation>{who}: doručeno do zařízení</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="91" />
            <source>{who}: read by the crew</source>
            <translation>{who}: posádka přečetla</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="97" />
            <source>{who}: accepted by the crew</source>
            <translation>{who}: posádka přijala</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="109" />
            <source>{who}: FAILED (retrying): {reason}</source>
            <translation>{who}: SELHALO (opakuje se): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="111" />
            <source>{who}: FAILED: {reason}</source>
            <translation>{who}: SELHALO: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="118" />
            <source>NOT ACKNOWLEDGED: {who}: no crew answer within {limit} s</source>
            <translation>NEPOTVRZENO: {who}: posádka neodpověděla do {limit} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="120" />
            <source>NOT ACKNOWLEDGED: {who}: no link acknowledgement within {limit} s</source>
            <translation>NEPOTVRZENO: {who}: spojení nepotvrdilo do {limit} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="130" />
            <source>{who}: reached by voice</source>
            <translation>{who}: zastiženo hlasem</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="132" />
            <source>{who} asks to talk ({label}) on {link} {address}</source>
            <translation>{who} žádá o hovor ({label}) na {link} {address}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="140" />
            <source>from {sender} on {link}: refused: {reason}</source>
            <translation>od {sender} na {link}: odmítnuto: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="167" />
            <source>answer {what} for call {call} queued to {partner}</source>
            <translation>odpověď {what} na volání {call} ve frontě pro {partner}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="169" />
            <source>answer {what} sent to the partner (attempt {n})</source>
            <translation>odpověď {what} odeslána partnerovi (pokus {n})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="173" />
            <source>answer {what} delivered to the partner (HTTP {status})</source>
            <translation>odpověď {what} doručena partnerovi (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="51" />
            <source>{incident} handed over to partner {partner} ({address}), EIDO {id}</source>
            <translation>{incident} předána partnerovi {partner} ({address}), EIDO {id}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="65" />
            <source>{unit} for {incident}: queued on {link} {address}, re-sent by {by}: {text}</source>
            <translation>{unit} k {incident}: ve frontě na {link} {address}, znovu odeslal {by}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="69" />
            <source>{unit} for {incident}: queued on {link} {address}, re-sent: {text}</source>
            <translation>{unit} k {incident}: ve frontě na {link} {address}, znovu odesláno: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="78" />
            <source>{who}: the partner took it (HTTP {status})</source>
            <translation>{who}: partner převzal (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="84" />
            <source>{who}: the partner reports it completed</source>
            <translation>{who}: partner hlásí dokončení</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="86" />
            <source>{who}: delivered to the device ({detail})</source>
            <translation>{who}: doručeno do zařízení ({detail})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="94" />
            <source>{who}: accepted by the partner</source>
            <translation>{who}: partner přijal</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="96" />
            <source>{who}: accepted by the crew ({by})</source>
            <translation>{who}: posádka přijala ({by})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="100" />
            <source>{who}: rejected by the partner</source>
            <translation>{who}: partner odmítl</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="100" />
            <source>{who}: rejected by the crew</source>
            <translation>{who}: posádka odmítla</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="164" />
            <source>answer {what} for call {call} queued to {partner}: {reason}</source>
            <translation>odpověď {what} na volání {call} ve frontě pro {partner}: {reason}</translation>
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
            <location filename="../../widgets/incident_panel.py" line="90" />
            <source>Incident</source>
            <extracomment>A unit's row while its notification alarm stands (red, readable with white text).</extracomment>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="113" />
            <source>Copy</source>
            <translation>Kopírovat</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="114" />
            <source>Copy latitude, longitude</source>
            <translation>Kopírovat zeměpisnou šířku, délku</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="121" />
            <source>Unit</source>
            <translation>Jednotka</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="122" />
            <source>Status</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="123" />
            <source>In status</source>
            <translation>Ve stavu</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="124" />
            <source>Dispatched</source>
            <translation>Vysláno</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="125" />
            <source>ETA</source>
            <translation>Dojezd</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="126" />
            <source>Reached</source>
            <translation>Vyrozumění</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="151" />
            <source>No notes yet</source>
            <translation>Zatím bez poznámek</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="153" />
            <source>Add a note, Enter to save</source>
            <translation>Přidat poznámku, Enter uloží</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="155" />
            <source>Recommend</source>
            <translation>Doporučit</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="157" />
            <source>Close…</source>
            <translation>Uzavřít…</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="266" />
            <source>No incident selected</source>
            <translation>Není vybrána událost</translation>
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
            <translation>Naléhavost {n} (1 je nejvyšší)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="289" />
            <source>(no address)</source>
            <translation>(bez adresy)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="303" />
            <source>✓ Verified: {label} ({kind}, {distance} m)</source>
            <translation>✓ Ověřeno: {label} ({kind}, {distance} m)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="309" />
            <source>forced point</source>
            <translation>vynucený bod</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="309" />
            <source>automatic position</source>
            <translation>automatická poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="310" />
            <source>⚠ UNVERIFIED ({why})</source>
            <translation>⚠ NEOVĚŘENO ({why})</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="313" />
            <source>Nearest: {near}</source>
            <translation>Nejblíže: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="316" />
            <source>(nothing typed)</source>
            <translation>(nic nezadáno)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="317" />
            <source>Typed: {typed}</source>
            <translation>Zadáno: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="319" />
            <source>Places index: {build}</source>
            <translation>Rejstřík míst: {build}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="326" />
            <source>{time}  {operator}: {text}</source>
            <translation>{time}  {operator}: {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="347" />
            <source>Created {time} · open {age}</source>
            <translation>Založeno {time} · otevřeno {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="368" />
            <source>due</source>
            <translation>teď</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="418" />
            <source>Partner {name} — {step}</source>
            <translation>Partnerské středisko {name} — {step}</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueDock</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="284" />
            <source>Incidents</source>
            <translation>Události</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueModel</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="161" />
            <source>Incident</source>
            <extracomment>Background of the priority cell; text is drawn white on 1, 2 and 4.</extracomment>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="162" />
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="163" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="164" />
            <source>Location</source>
            <translation>Místo</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="165" />
            <source>Age</source>
            <translation>Stáří</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="166" />
            <source>Units</source>
            <translation>Jednotky</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="180" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>Naléhavost {n} (1 je nejvyšší)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="210" />
            <source>Typed: {typed}</source>
            <translation>Zadáno: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="213" />
            <source>Verified: {label} ({kind}, {distance} m)</source>
            <translation>Ověřeno: {label} ({kind}, {distance} m)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="220" />
            <source>UNVERIFIED: a forced point</source>
            <translation>NEOVĚŘENO: vynucený bod</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="222" />
            <source>UNVERIFIED: an automatic position</source>
            <translation>NEOVĚŘENO: automatická poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="225" />
            <source>Nearest: {near}</source>
            <translation>Nejblíže: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="230" />
            <source>Places index: {build}</source>
            <translation>Rejstřík míst: {build}</translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../console/reports/durations.py" line="27" />
            <source>{h} h {m} min</source>
            <translation>{h} h {m} min</translation>
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
            <translation>Zpracování tísňové výzvy</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="83" />
            <source>Total response</source>
            <translation>Celková doba zásahu</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="85" />
            <source>Turnout {unit}</source>
            <translation>Výjezd {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="85" />
            <source>Travel {unit}</source>
            <translation>Jízda {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="87" />
            <source>Call answering ({call})</source>
            <translation>Přijetí volání ({call})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="88" />
            <source>Call processing ({call})</source>
            <translation>Zpracování volání ({call})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="106" />
            <source>abandoned before it was answered</source>
            <translation>zavěšeno před přijetím</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="107" />
            <source>answered after the first dispatch</source>
            <translation>přijato po prvním vyslání</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="108" />
            <source>no incident</source>
            <translation>bez události</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="109" />
            <source>stood down before it got there</source>
            <translation>odvolána před příjezdem</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="110" />
            <source>on scene without en route</source>
            <translation>na místě bez hlášení na cestě</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="111" />
            <source>its dispatch is not in the log</source>
            <translation>její vyslání není v záznamu</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="100" />
            <source>{label} ({note})</source>
            <translation>{label} ({note})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="117" />
            <source>{via}: no ring start, not timed</source>
            <translation>{via}: bez začátku vyzvánění, neměřeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_data.py" line="168" />
            <source>system</source>
            <translation>systém</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_data.py" line="166" />
            <source>link {link}</source>
            <translation>spojení {link}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="238" />
            <source>EXERCISE — drill report, not a real incident</source>
            <translation>CVIČENÍ — zpráva ze cvičení, nejde o skutečnou událost</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="411" />
            <source>EXERCISE — DRILL — NOT A REAL INCIDENT</source>
            <translation>CVIČENÍ — CVIČNÝ ZÁSAH — NEJDE O SKUTEČNOU UDÁLOST</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="223" />
            <source>by</source>
            <translation>kdo</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="225" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="226" />
            <source>Priority</source>
            <translation>Naléhavost</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="227" />
            <source>Location</source>
            <translation>Místo</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="228" />
            <source>Coordinates</source>
            <translation>Souřadnice</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="229" />
            <source>Created</source>
            <translation>Založeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="230" />
            <source>Closed</source>
            <translation>Uzavřeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Disposition</source>
            <translation>Výsledek zásahu</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="232" />
            <source>Calls</source>
            <translation>Volání</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="233" />
            <source>Alerts</source>
            <translation>Výstrahy</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="234" />
            <source>Units</source>
            <translation>Jednotky</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="326" />
            <source>Incident report {incident}</source>
            <translation>Zpráva o události {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>Interval</source>
            <translation>Interval</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>Duration</source>
            <translation>Trvání</translation>
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
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Who</source>
            <translation>Kdo</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Event</source>
            <translation>Záznam</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="328" />
            <source>EXERCISE</source>
            <translation>CVIČENÍ</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="423" />
            <source>page {page} of {pages}</source>
            <translation>strana {page} z {pages}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Incident report</source>
            <translation>Zpráva o události</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="247" />
            <source>times in</source>
            <translation>časy v</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="249" />
            <source>generated</source>
            <translation>vytvořeno</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="264" />
            <source>Response intervals</source>
            <translation>Časové úseky zásahu</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="279" />
            <source>Timeline</source>
            <translation>Časová osa</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="262" />
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
            <location filename="../../widgets/i18n.py" line="330" />
            <source>&amp;Language</source>
            <translation>&amp;Jazyk</translation>
        </message>
        <message>
            <location filename="../../widgets/i18n.py" line="350" />
            <source>The console will speak the chosen language from its next start.</source>
            <translation>Konzole bude mluvit zvoleným jazykem od příštího spuštění.</translation>
        </message>
    </context>
    <context>
        <name>LinkIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="407" />
            <source>Link alert {id} to an incident</source>
            <translation>Připojit výstrahu {id} k události</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="410" />
            <source>Incident or call id</source>
            <translation>Číslo události nebo volání</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="418" />
            <source>Link</source>
            <translation>Spojení</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="420" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="423" />
            <source>Nearby incidents and calls</source>
            <translation>Události a volání poblíž</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusDock</name>
        <message>
            <location filename="../../widgets/link_status.py" line="245" />
            <source>Links</source>
            <translation>Spojení</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusModel</name>
        <message>
            <location filename="../../widgets/link_status.py" line="79" />
            <source>Link</source>
            <translation>Spojení</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="80" />
            <source>Endpoint</source>
            <translation>Koncový bod</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="81" />
            <source>Protocol</source>
            <translation>Protokol</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="82" />
            <source>State</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="83" />
            <source>Bytes</source>
            <translation>Bajty</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="84" />
            <source>Frames</source>
            <translation>Rámce</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="85" />
            <source>Errors</source>
            <translation>Chyby</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="86" />
            <source>Last frame</source>
            <translation>Poslední rámec</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="87" />
            <source>Notes</source>
            <translation>Poznámky</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="88" />
            <source>Last error</source>
            <translation>Poslední chyba</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="93" />
            <source>up</source>
            <translation>v provozu</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="94" />
            <source>connecting</source>
            <translation>připojuje se</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="95" />
            <source>down</source>
            <translation>nefunkční</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="96" />
            <source>stopped</source>
            <translation>zastaveno</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="98" />
            <source>not known yet</source>
            <translation>zatím neznámý</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="131" />
            <source>Last error: {error}</source>
            <translation>Poslední chyba: {error}</translation>
        </message>
    </context>
    <context>
        <name>LinkTexts</name>
        <message>
            <location filename="../../console/reports/link_texts.py" line="16" />
            <source>not delivered</source>
            <translation>nedoručeno</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="83" />
            <location filename="../../radio/codecs/tetra_pei.py" line="356" />
            <source>reserved</source>
            <extracomment>Block types (ESPA 4.4.4 clause 4.2). Data identifiers (clause 4.3) and the name each record has in JSON. Call status values (record 7).
----------
``dispatch-console decode`` prints ``kind`` beside ``type``.</extracomment>
            <translation>rezervovaná hodnota</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="84" />
            <source>busy</source>
            <translation>obsazeno</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="85" />
            <source>in queue</source>
            <translation>ve frontě</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="86" />
            <source>paged</source>
            <translation>vyvoláno</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="87" />
            <source>absent</source>
            <translation>nepřítomen</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="88" />
            <source>call terminated</source>
            <translation>volání ukončeno</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="89" />
            <source>acknowledged by called party</source>
            <translation>potvrzeno volaným</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="90" />
            <source>speech channel open</source>
            <translation>hovorový kanál otevřen</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="91" />
            <source>speech channel open (paged)</source>
            <translation>hovorový kanál otevřen (vyvoláno)</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="92" />
            <source>speech channel open (absent)</source>
            <translation>hovorový kanál otevřen (nepřítomen)</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="93" />
            <source>fault</source>
            <translation>porucha</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="301" />
            <source>unknown</source>
            <extracomment>NAK prefixes (clause 2.4).</extracomment>
            <translation>neznámé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="106" />
            <source>receipt acknowledged by destination</source>
            <extracomment>Text coding schemes (EN 300 392-2 table 29.29) that Python can read. Delivery report requests of an SDS-TRANSFER. Delivery status (EN 300 392-2 table 29.16), in our words.</extracomment>
            <translation>příjemce potvrdil přijetí</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="107" />
            <source>receipt report acknowledgement</source>
            <translation>potvrzení zprávy o přijetí</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="108" />
            <source>consumed by destination</source>
            <translation>přečteno příjemcem</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="109" />
            <source>consumed report acknowledgement</source>
            <translation>potvrzení zprávy o přečtení</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="110" />
            <source>forwarded to external network</source>
            <translation>předáno do vnější sítě</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="111" />
            <source>sent to group, acknowledgement presented</source>
            <translation>odesláno skupině, potvrzení předáno</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="112" />
            <source>concatenation part received</source>
            <translation>přijata část dělené zprávy</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="113" />
            <source>congestion, message stored</source>
            <translation>přetížení, zpráva uložena</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="114" />
            <source>message stored</source>
            <translation>zpráva uložena</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="115" />
            <source>destination not reachable, message stored</source>
            <translation>příjemce je nedostupný, zpráva uložena</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="116" />
            <source>network overload</source>
            <translation>přetížení sítě</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="117" />
            <source>service permanently not available</source>
            <translation>služba trvale nedostupná</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="118" />
            <source>service temporarily not available</source>
            <translation>služba dočasně nedostupná</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="119" />
            <source>source not authorised</source>
            <translation>odesílatel nemá oprávnění</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="120" />
            <source>destination not authorised</source>
            <translation>příjemce nemá oprávnění</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="121" />
            <source>unknown destination, gateway or service centre</source>
            <translation>neznámý příjemce, brána nebo servisní centrum</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="122" />
            <source>unknown forward address</source>
            <translation>neznámá adresa pro přesměrování</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="123" />
            <source>group address with individual service</source>
            <translation>skupinová adresa s individuální službou</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="124" />
            <source>validity period expired, not received</source>
            <translation>platnost vypršela, nepřijato</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="125" />
            <source>validity period expired, not consumed</source>
            <translation>platnost vypršela, nepřečteno</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="126" />
            <source>delivery failed</source>
            <translation>doručení selhalo</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="127" />
            <source>destination not registered</source>
            <translation>příjemce není přihlášen v síti</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="128" />
            <source>destination queue full</source>
            <translation>fronta příjemce je plná</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="129" />
            <source>message too long</source>
            <translation>zpráva je příliš dlouhá</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="130" />
            <source>destination does not support SDS-TL</source>
            <translation>příjemce nepodporuje SDS-TL</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="131" />
            <source>destination host not connected</source>
            <translation>cílový hostitel není připojen</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="132" />
            <source>protocol not supported</source>
            <translation>protokol není podporován</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="133" />
            <source>data coding scheme not supported</source>
            <translation>kódování dat není podporováno</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="134" />
            <source>destination memory full, message discarded</source>
            <translation>paměť příjemce je plná, zpráva zahozena</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="135" />
            <source>destination not accepting SDS messages</source>
            <translation>příjemce nepřijímá zprávy SDS</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="136" />
            <source>destination not reachable, delivery failed</source>
            <translation>příjemce je nedostupný, doručení selhalo</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="137" />
            <location filename="../../radio/codecs/tetra_pei.py" line="144" />
            <source>destination memory full</source>
            <translation>paměť příjemce je plná</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="138" />
            <source>destination memory available</source>
            <translation>paměť příjemce je opět volná</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="143" />
            <source>protocol or coding not supported</source>
            <translation>protokol nebo kódování není podporováno</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="145" />
            <source>message received</source>
            <translation>zpráva přijata</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="146" />
            <source>message consumed</source>
            <translation>zpráva přečtena</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../console/main_window.py" line="135" />
            <source>Replay — {site}</source>
            <translation>Přehrávání — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="135" />
            <source>Dispatch console — {site}</source>
            <translation>Dispečerská konzole — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="234" />
            <source>Store: opening…</source>
            <translation>Úložiště: otevírá se…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="260" />
            <source>&amp;File</source>
            <translation>&amp;Soubor</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="261" />
            <source>Open &amp;replay…</source>
            <translation>Otevřít &amp;přehrávání…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="265" />
            <source>&amp;Quit</source>
            <translation>&amp;Ukončit</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="270" />
            <source>&amp;View</source>
            <translation>&amp;Zobrazení</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="271" />
            <source>&amp;Fit map to site</source>
            <translation>&amp;Přizpůsobit mapu oblasti</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="275" />
            <source>&amp;Map in its own window</source>
            <translation>&amp;Mapa ve vlastním okně</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="279" />
            <source>Put the map in a window of its own, on another screen if there is one</source>
            <translation>Přesunout mapu do samostatného okna, na další obrazovku, pokud je</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="283" />
            <source>&amp;Wallboard</source>
            <translation>&amp;Nástěnka</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="286" />
            <source>The room at a glance, for a supervisor's desk or a wall (F11: full screen)</source>
            <translation>Sál na první pohled, pro stůl vedoucího směny nebo na stěnu (F11: celá obrazovka)</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="291" />
            <source>&amp;Units as</source>
            <translation>&amp;Jednotky jako</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="295" />
            <source>&amp;Command line</source>
            <translation>&amp;Příkazový řádek</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="301" />
            <source>&amp;Go to</source>
            <translation>&amp;Přejít na</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="322" />
            <source>Toggle day/night</source>
            <translation>Přepnout den/noc</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="326" />
            <source>&amp;Reset layout</source>
            <translation>&amp;Obnovit rozložení</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="335" />
            <source>&amp;Help</source>
            <translation>&amp;Nápověda</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="336" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Klávesové zkratky</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="340" />
            <source>&amp;About</source>
            <translation>&amp;O programu</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="346" />
            <source>&amp;Operator</source>
            <translation>&amp;Operátor</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="348" />
            <source>&amp;Change operator…</source>
            <translation>&amp;Změnit operátora…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="349" />
            <source>&amp;Lock position</source>
            <translation>Za&amp;mknout pracoviště</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="350" />
            <source>&amp;Sign out</source>
            <translation>O&amp;dhlásit</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="351" />
            <source>&amp;Manage operators…</source>
            <translation>&amp;Správa operátorů…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="393" />
            <source>Right-click — status changes, recommend, new incident here</source>
            <translation>Pravé tlačítko — změny stavu, doporučení, nová událost zde</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="392" />
            <source>Mouse wheel — zoom; drag — pan; click a unit — select it</source>
            <translation>Kolečko myši — přiblížení; tažení — posun; klik na jednotku — výběr</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="395" />
            <source>Keyboard shortcuts</source>
            <translation>Klávesové zkratky</translation>
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
            <translation>Dispečerská konzole
Oblast: {site}
Mapová data © přispěvatelé OpenStreetMap (ODbL).</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="445" />
            <source>DRILL — EXERCISE, NOT LIVE — {title}</source>
            <translation>CVIČENÍ — NENÍ OSTRÝ PROVOZ — {title}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="463" />
            <source>DRILL — {title} — {site}</source>
            <translation>CVIČENÍ — {title} — {site}</translation>
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
            <location filename="../../console/app.py" line="250" />
            <source>SITE NOT LOADED — no links are running: {err}</source>
            <translation>OBLAST NENAČTENA — žádná spojení neběží: {err}</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="252" />
            <source>Store: not opened</source>
            <translation>Úložiště: neotevřeno</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="333" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>CVIČENÍ NESPUŠTĚNO — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="81" />
            <source>RECORDER STOPPED (exit code {code}) — the site's links are not received until it is back; restarting it. {last}</source>
            <translation>ZÁZNAMOVÝ PROCES ZASTAVEN (návratový kód {code}) — spojení lokality se nepřijímají, dokud znovu neběží; spouští se znovu. {last}</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="86" />
            <source>Recorder stopped (exit code {code}); restarting</source>
            <translation>Záznamový proces zastaven (návratový kód {code}); spouští se znovu</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="106" />
            <source>Recorder running again: the site's links are received</source>
            <translation>Záznamový proces opět běží: spojení lokality se přijímají</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="73" />
            <source>The map is in its own window on screen {screen}.
Ctrl+Shift+M brings it back here.</source>
            <translation>Mapa je ve vlastním okně na obrazovce {screen}.
Ctrl+Shift+M ji vrátí sem.</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="133" />
            <source>Screen {screen} was disconnected: the map is back here.</source>
            <translation>Obrazovka {screen} byla odpojena: mapa je zpět zde.</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="63" />
            <source>Map — {site}</source>
            <translation>Mapa — {site}</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="114" />
            <source>Screen {screen} for the map is not connected: the map is here.</source>
            <translation>Obrazovka {screen} pro mapu není připojena: mapa je zde.</translation>
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
            <location filename="../../widgets/map_widget.py" line="397" />
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
            <location filename="../../widgets/map/callers.py" line="384" />
            <source>Verified</source>
            <translation>Ověřeno</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="386" />
            <source>New automatic fix offered</source>
            <translation>Nabídnuta nová automatická poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="377" />
            <source>Located {time} ({age})</source>
            <translation>Lokalizováno {time} ({age})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="375" />
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
            <location filename="../../widgets/map/tracks.py" line="407" />
            <source>Speed: {0}</source>
            <translation>Rychlost: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="408" />
            <source>unknown</source>
            <translation>neznámé</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="412" />
            <source>Course: {0}</source>
            <translation>Kurz: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="418" />
            <source>Last plot: {0} s ago</source>
            <translation>Poslední záznam: před {0} s</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="408" />
            <source>{0} km/h</source>
            <translation>{0} km/h</translation>
        </message>
    </context>
    <context>
        <name>OperatorConsole</name>
        <message>
            <location filename="../../console/session/operator_console.py" line="136" />
            <source>EMERGENCY SESSION: {name} ({role}), {left} min left</source>
            <translation>NOUZOVÁ RELACE: {name} ({role}), zbývá {left} min</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="142" />
            <source>NOBODY SIGNED IN — actions are refused (Operator ▸ Change operator)</source>
            <translation>NIKDO NENÍ PŘIHLÁŠEN — akce jsou odmítány (Operátor ▸ Změnit operátora)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="171" />
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="148" />
            <source>{who} — no password yet: full rights of this store file</source>
            <translation>{who} — zatím bez hesla: plná práva k tomuto souboru úložiště</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="152" />
            <source>{who} — LOCKED</source>
            <translation>{who} — ZAMČENO</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="161" />
            <source>BREAK-GLASS EMERGENCY SESSION — {name} at {position} until {until} UTC: {reason}</source>
            <translation>NOUZOVÝ PŘÍSTUP (ROZBIJ SKLO) — {name} na pracovišti {position} do {until} UTC: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="185" />
            <source>signed in as {name}: the database has stored it</source>
            <translation>přihlášen(a) jako {name}: databáze to uložila</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="210" />
            <source>Change operator — {name} hands over</source>
            <translation>Změna operátora — {name} předává službu</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="331" />
            <source>{name} has no password, so this position cannot lock: set one (dispatch-console operators passwd STORE {name})</source>
            <translation>{name} nemá heslo, proto toto pracoviště nelze zamknout: nastavte ho (dispatch-console operators passwd STORE {name})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="402" />
            <source>{name} added ({role})</source>
            <translation>Přidáno: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="408" />
            <source>{name} is now {role}</source>
            <translation>{name} má nyní roli {role}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="414" />
            <source>{name} disabled</source>
            <translation>Zablokováno: {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="420" />
            <source>password of {name} changed</source>
            <translation>Heslo operátora {name} změněno</translation>
        </message>
    </context>
    <context>
        <name>OperatorDesk</name>
        <message>
            <location filename="../../console/session/operator_desk.py" line="159" />
            <source>the database did not confirm within {seconds} s (it is kept and stored when the database answers)</source>
            <translation>databáze nepotvrdila do {seconds} s (je uchováno a uloží se, až databáze odpoví)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="164" />
            <source>the database refused it: {error}</source>
            <translation>databáze to odmítla: {error}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="165" />
            <source>the first administrator was not stored: {problem}</source>
            <translation>první správce nebyl uložen: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="168" />
            <source>not signed in: {problem}</source>
            <translation>nepřihlášeno: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="169" />
            <source>cannot sign in: {problem}</source>
            <translation>nelze se přihlásit: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="170" />
            <source>not signed in: the log does not show the sign-in</source>
            <translation>nepřihlášeno: záznam událostí přihlášení neukazuje</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="173" />
            <source>nobody is signed in here: sign in</source>
            <translation>nikdo zde není přihlášen: přihlaste se</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="174" />
            <source>nobody is signed in here</source>
            <translation>nikdo zde není přihlášen</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="175" />
            <source>the emergency session ended</source>
            <translation>nouzová relace skončila</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="176" />
            <source>not signed out: {problem}</source>
            <translation>neodhlášeno: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="177" />
            <source>sign in first</source>
            <translation>nejprve se přihlaste</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="178" />
            <source>not stored: {problem}</source>
            <translation>neuloženo: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="179" />
            <source>done</source>
            <translation>hotovo</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="180" />
            <source>this site does not allow emergency sessions</source>
            <translation>toto středisko nepovoluje nouzové relace</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="183" />
            <source>the database is reachable: sign in with your password</source>
            <translation>databáze je dostupná: přihlaste se svým heslem</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="186" />
            <source>an emergency session needs your name and the reason</source>
            <translation>nouzová relace vyžaduje vaše jméno a důvod</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="189" />
            <source>emergency session for {name} until {until} UTC</source>
            <translation>nouzová relace pro {name} do {until} UTC</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="193" />
            <source>signed in as {name} ({role})</source>
            <translation>přihlášen(a) jako {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="194" />
            <source>{name} ({role}) took over from {previous}</source>
            <translation>{name} ({role}) převzal(a) směnu od {previous}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="195" />
            <source>{name} signed out</source>
            <translation>{name} se odhlásil(a)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="196" />
            <source>too many failed sign-ins for {name}: try again in {seconds} s</source>
            <translation>příliš mnoho neúspěšných přihlášení pro {name}: zkuste to znovu za {seconds} s</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="199" />
            <source>no operator is named '{name}': check the name or ask a supervisor</source>
            <translation>žádný operátor se nejmenuje „{name}“: zkontrolujte jméno nebo se obraťte na vedoucího směny</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="202" />
            <source>the account {name} is disabled: ask a supervisor</source>
            <translation>účet {name} je zablokován: obraťte se na vedoucího směny</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="205" />
            <source>wrong password for {name}</source>
            <translation>chybné heslo pro {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="206" />
            <source>{name} is already signed in at {positions}: sign out there first</source>
            <translation>{name} je již přihlášen(a) na pracovišti {positions}: nejprve se tam odhlaste</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="65" />
            <source>Operators</source>
            <translation>Operátoři</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Name</source>
            <translation>Jméno</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>State</source>
            <translation>Stav</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Signed in at</source>
            <translation>Přihlášen v</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="88" />
            <source>&amp;Name</source>
            <translation>&amp;Jméno</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="89" />
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="90" />
            <source>New &amp;password</source>
            <translation>Nové &amp;heslo</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="91" />
            <source>&amp;Again</source>
            <translation>&amp;Znovu</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="92" />
            <source>Reason (disable)</source>
            <translation>Důvod (zablokování)</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="100" />
            <source>A&amp;dd</source>
            <translation>&amp;Přidat</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="101" />
            <source>Set r&amp;ole</source>
            <translation>Nastavit &amp;roli</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="102" />
            <source>Reset pass&amp;word</source>
            <translation>Obnovit &amp;heslo</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="103" />
            <source>D&amp;isable</source>
            <translation>Za&amp;blokovat</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="104" />
            <source>&amp;Close</source>
            <translation>&amp;Zavřít</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="119" />
            <source>disabled</source>
            <translation>zablokován</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="119" />
            <source>enabled</source>
            <translation>aktivní</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="121" />
            <source>, no password</source>
            <translation>, bez hesla</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="143" />
            <source>Type or select an operator's name.</source>
            <translation>Zadejte nebo vyberte jméno operátora.</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="152" />
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
        <name>Recommendation</name>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="51" />
            <source>from station: no fix</source>
            <translation>ze stanice: bez polohy</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="126" />
            <source>unreachable: no position and no station</source>
            <translation>nedosažitelná: bez polohy a bez stanice</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="41" />
            <source>{n} km</source>
            <translation>{n} km</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="123" />
            <source>unreachable: no road route to the incident</source>
            <translation>nedosažitelná: k události nevede silnice</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="40" />
            <source>{n} m</source>
            <translation>{n} m</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="47" />
            <source>from AVL fix {age} old</source>
            <translation>z polohy AVL staré {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="49" />
            <source>from stale fix {age} old</source>
            <translation>ze zastaralé polohy staré {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="53" />
            <source>from station: fix {age} old</source>
            <translation>ze stanice: poloha stará {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="104" />
            <source>ETA {eta}, {origin}</source>
            <translation>dojezd {eta}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="107" />
            <source>slower: +{extra} than {unit} (ETA {eta}, {origin})</source>
            <translation>pomalejší: +{extra} oproti {unit} (dojezd {eta}, {origin})</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="115" />
            <source>not needed (ETA {eta}, {origin})</source>
            <translation>není potřeba (dojezd {eta}, {origin})</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="117" />
            <source>already recommended for {type}</source>
            <translation>již doporučena pro {type}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="124" />
            <source>unreachable: {why}</source>
            <translation>nedosažitelná: {why}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="129" />
            <source>busy: {status}</source>
            <translation>nedostupná: {status}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="133" />
            <source>busy: unknown status {status}</source>
            <translation>nedostupná: neznámý stav {status}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="135" />
            <source>wrong type: the plan needs no {type}</source>
            <translation>nevhodný typ: plán nepotřebuje {type}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="99" />
            <source>substitute for {type}, ETA {eta}, {origin}</source>
            <translation>náhrada za {type}, dojezd {eta}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="101" />
            <source>ETA {eta}, {distance}, {origin}</source>
            <translation>dojezd {eta}, {distance}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="96" />
            <source>substitute for {type}, ETA {eta}, {distance}, {origin}</source>
            <translation>náhrada za {type}, dojezd {eta}, {distance}, {origin}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanelDock</name>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="75" />
            <source>Recommendation</source>
            <translation>Doporučení</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="99" />
            <source>Unit</source>
            <translation>Jednotka</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="100" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="101" />
            <source>ETA</source>
            <translation>Dojezd</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="102" />
            <source>Route</source>
            <translation>Trasa</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="103" />
            <source>Fix</source>
            <translation>Poloha</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="104" />
            <source>Reason</source>
            <translation>Důvod</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="135" />
            <source>Dispatch (Enter)</source>
            <translation>Vyslat (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="220" />
            <source>No recommendation</source>
            <translation>Bez doporučení</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="223" />
            <source>No recommendation for incident {incident}</source>
            <translation>Žádné doporučení pro událost {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="230" />
            <source>Recommendation for incident {incident}</source>
            <translation>Doporučení pro událost {incident}</translation>
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
            <translation>ze stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="289" />
            <source>{age} ago</source>
            <translation>před {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="339" />
            <source>{picked} of {wanted} picked</source>
            <translation>Vybráno {picked} z {wanted}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="353" />
            <source>Select an incident; R recommends units.</source>
            <translation>Vyberte událost; R doporučí jednotky.</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="356" />
            <source>R {incident} recommends units for it.</source>
            <translation>R {incident} doporučí pro ni jednotky.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="362" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>%n jednotka, změněno dispečerem</numerusform>
                <numerusform>%n jednotky, změněno dispečerem</numerusform>
                <numerusform>%n jednotek, změněno dispečerem</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="365" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>%n jednotka, podle doporučení</numerusform>
                <numerusform>%n jednotky, podle doporučení</numerusform>
                <numerusform>%n jednotek, podle doporučení</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="236" />
            <location filename="../../console/services/calls.py" line="155" />
            <source>unknown call '{call}'</source>
            <translation>neznámé volání '{call}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="239" />
            <source>call {call} has no newer automatic fix on offer</source>
            <translation>k volání {call} není nabízena žádná novější automatická poloha</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="61" />
            <source>was promoted to {incident}</source>
            <translation>byla převedena na {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="62" />
            <source>is linked to {incident}</source>
            <translation>je propojena s {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="63" />
            <source>was dismissed</source>
            <translation>byla odmítnuta</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="64" />
            <source>was cancelled by its sender</source>
            <translation>byla zrušena odesílatelem</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="139" />
            <source>unknown alert '{alert}'</source>
            <translation>neznámá výstraha '{alert}'</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="156" />
            <source>an incident</source>
            <translation>událost</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="160" />
            <source>is {state}</source>
            <translation>je ve stavu {state}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="173" />
            <source>alert {alert} {state}: it cannot be acknowledged</source>
            <translation>výstraha {alert} {state}: nelze ji potvrdit</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="177" />
            <source>alert {alert} is already acknowledged</source>
            <translation>výstraha {alert} je už potvrzena</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="201" />
            <source>alert {alert} {state}: it cannot be promoted</source>
            <translation>výstraha {alert} {state}: nelze ji převést na událost</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="205" />
            <source>alert {alert} is an exercise: it cannot become a live incident</source>
            <translation>výstraha {alert} je cvičná: nemůže se stát skutečnou událostí</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="212" />
            <source>alert {alert} has no position: create the incident by hand</source>
            <translation>výstraha {alert} nemá polohu: založte událost ručně</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="220" />
            <source>alert {alert} suggests no incident type: choose one</source>
            <translation>výstraha {alert} nenavrhuje typ události: zvolte jej</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="259" />
            <source>alert {alert} {state}: it cannot be linked</source>
            <translation>výstraha {alert} {state}: nelze ji propojit</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="263" />
            <source>link needs an incident or a call</source>
            <translation>propojení vyžaduje událost nebo volání</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="272" />
            <source>unknown incident or call '{target}'</source>
            <translation>neznámá událost nebo volání '{target}'</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="277" />
            <location filename="../../console/services/calls.py" line="306" />
            <location filename="../../console/services/dispatch.py" line="123" />
            <source>incident {incident} is closed</source>
            <translation>událost {incident} je uzavřena</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="288" />
            <source>alert {alert} {state}: it cannot be dismissed</source>
            <translation>výstraha {alert} {state}: nelze ji odmítnout</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="293" />
            <source>say why alert {alert} is dismissed</source>
            <translation>uveďte, proč se výstraha {alert} odmítá</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="77" />
            <source>not a location: {reason}</source>
            <translation>toto není poloha: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="182" />
            <source>call {call} is already answered</source>
            <translation>volání {call} je už přijato</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="186" />
            <source>call {call} was abandoned: it cannot be answered</source>
            <translation>volání {call} je zavěšeno: nelze je přijmout</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="193" />
            <source>call {call} is released: it cannot be answered</source>
            <translation>volání {call} je uvolněno: nelze je přijmout</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="213" />
            <source>call {call} is already abandoned</source>
            <translation>volání {call} je už vedeno jako zavěšené</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="217" />
            <source>call {call} is released: it cannot be abandoned</source>
            <translation>volání {call} je uvolněno: nelze je označit jako zavěšené</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="231" />
            <source>its location can no longer be verified</source>
            <translation>jeho polohu už nelze ověřit</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="237" />
            <source>call {call} has no location to verify: type it or click it on the map</source>
            <translation>volání {call} nemá polohu k ověření: napište ji nebo klikněte do mapy</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="245" />
            <source>the location of call {call} is already verified</source>
            <translation>poloha volání {call} je už ověřena</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="257" />
            <source>not a location: it has neither coordinates nor an address</source>
            <translation>toto není poloha: nemá souřadnice ani adresu</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="290" />
            <source>attach needs an incident</source>
            <translation>připojení vyžaduje událost</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="293" />
            <location filename="../../console/services/calls.py" line="352" />
            <source>call {call} is already attached to {incident}</source>
            <translation>volání {call} je už připojeno k události {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="301" />
            <location filename="../../console/services/dispatch.py" line="119" />
            <location filename="../../console/services/dispatch.py" line="453" />
            <location filename="../../console/services/dispatch.py" line="493" />
            <location filename="../../console/services/partner.py" line="226" />
            <source>unknown incident '{incident}'</source>
            <translation>neznámá událost '{incident}'</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="319" />
            <source>call {call} is still ringing: answer it or mark it abandoned</source>
            <translation>volání {call} ještě vyzvání: přijměte je nebo je označte jako zavěšené</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="326" />
            <source>call {call} was abandoned: there is nothing to release</source>
            <translation>volání {call} je zavěšeno: není co uvolnit</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="333" />
            <source>call {call} is already released</source>
            <translation>volání {call} je už uvolněno</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="359" />
            <source>call {call} has no position: type the location or click it on the map</source>
            <translation>volání {call} nemá polohu: napište místo nebo klikněte do mapy</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="371" />
            <source>the location of call {call} changed meanwhile: check it and try again</source>
            <translation>poloha volání {call} se mezitím změnila: zkontrolujte ji a zkuste to znovu</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="403" />
            <source>call {call} was abandoned: {consequence}</source>
            <translation>volání {call} je zavěšeno: {consequence}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="409" />
            <source>call {call} is released: {consequence}</source>
            <translation>volání {call} je uvolněno: {consequence}</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="57" />
            <source>the position is locked: unlock it with your password (or change operator)</source>
            <extracomment>The position's own refusals (``console.session.operator.PositionOperator``), marked here with the services' refusals so they are translated where shown.</extracomment>
            <translation>pracoviště je zamčené: odemkněte je svým heslem (nebo změňte operátora)</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="60" />
            <source>nobody is signed in at this position: sign in first</source>
            <translation>na tomto pracovišti není nikdo přihlášen: nejprve se přihlaste</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="68" />
            <source>NOT RECORDED — {reason}</source>
            <translation>NEZAZNAMENÁNO — {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="113" />
            <source>unknown unit '{unit}'</source>
            <translation>neznámá jednotka '{unit}'</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="170" />
            <location filename="../../console/services/dispatch.py" line="218" />
            <source>not a position: {lat}, {lon}</source>
            <translation>toto není poloha: {lat}, {lon}</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="197" />
            <source>could not allocate an incident number; try again</source>
            <translation>číslo události se nepodařilo přidělit; zkuste to znovu</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="246" />
            <source>no units to dispatch</source>
            <translation>žádné jednotky k vyslání</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="248" />
            <source>a unit is named twice</source>
            <translation>jednotka je uvedena dvakrát</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="254" />
            <source>{unit} is {status} to {incident}: not available</source>
            <translation>jednotka {unit} je {status} k události {incident}: není volná</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="262" />
            <source>{unit} is {status}: not available</source>
            <translation>jednotka {unit} je {status}: není volná</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="412" />
            <source>no units named</source>
            <translation>nebyla uvedena žádná jednotka</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="456" />
            <source>the note is empty</source>
            <translation>poznámka je prázdná</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="464" />
            <source>closing needs a disposition</source>
            <translation>uzavření vyžaduje výsledek zásahu</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="469" />
            <source>{units} still committed to {incident}: clear them first ({av})</source>
            <translation>{units} jsou stále vázány na událost {incident}: nejprve je uvolněte ({av})</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="498" />
            <source>incident {incident} is open: nothing to reopen</source>
            <translation>událost {incident} je otevřená: není co znovu otevírat</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="502" />
            <source>reopening needs a reason</source>
            <translation>znovuotevření vyžaduje důvod</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="216" />
            <source>none configured</source>
            <translation>žádná nastavena</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="219" />
            <source>unknown partner '{partner}' (partners: {known})</source>
            <translation>neznámé partnerské středisko '{partner}' (partneři: {known})</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="256" />
            <source>handover not stored, nothing sent: {reason}</source>
            <translation>předání nebylo uloženo, nic nebylo odesláno: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="360" />
            <source>answer must be one of {answers}, not '{answer}'</source>
            <translation>odpověď musí být jedna z {answers}, ne '{answer}'</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="369" />
            <source>{call} is not a call handed over by a partner</source>
            <translation>{call} není volání předané partnerským střediskem</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="397" />
            <source>answer not stored, nothing sent: {reason}</source>
            <translation>odpověď nebyla uložena, nic nebylo odesláno: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="322" />
            <source>link {link} is not run by this position</source>
            <translation>spojení {link} toto pracoviště neobsluhuje</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="497" />
            <source>{unit} has not been paged</source>
            <translation>jednotka {unit} nebyla vyrozuměna</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="506" />
            <source>{unit} is no longer committed to {incident}</source>
            <translation>jednotka {unit} už není vázána na událost {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="516" />
            <source>{unit} has no path over {link} (paths: {paths})</source>
            <translation>jednotka {unit} nemá cestu přes {link} (cesty: {paths})</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="536" />
            <source>{unit}'s page needs nothing more ({notice})</source>
            <translation>vyrozumění jednotky {unit} už nic nevyžaduje ({notice})</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/catalogue.py" line="168" />
            <source>unknown unit type '{code}'; known: {known}</source>
            <extracomment>Per-language names: name_he, name_ar, name_sr_Latn ... (optional on unit and incident types).</extracomment>
            <translation>neznámý typ jednotky '{code}'; známé: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/catalogue.py" line="169" />
            <source>unknown incident type '{code}'; known: {known}</source>
            <translation>neznámý typ události '{code}'; známé: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="69" />
            <source>unknown status '{status}'; known statuses: {known}</source>
            <extracomment>Which statuses may follow which. Any status may go out of service (a unit breaks down anywhere); out of service only returns to available. Statuses in which a unit may be recommended and assigned to a new incident. Statuses in which a unit is committed to an incident.</extracomment>
            <translation>neznámý stav '{status}'; známé stavy: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="82" />
            <source>{unit} is already {status}</source>
            <translation>jednotka {unit} už je {status}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="86" />
            <source>{unit} cannot go from {current} to {new}; from {current} it may go to: {allowed}</source>
            <translation>jednotka {unit} nemůže přejít ze stavu {current} do stavu {new}; ze stavu {current} může přejít do: {allowed}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="30" />
            <source>call-taker</source>
            <translation>operátor příjmu</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="31" />
            <source>dispatcher</source>
            <translation>dispečer</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="32" />
            <source>supervisor</source>
            <translation>vedoucí směny</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="33" />
            <source>trainer</source>
            <translation>instruktor</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="34" />
            <source>administrator</source>
            <translation>správce</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="46" />
            <source>answering a call</source>
            <translation>přijetí volání</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="47" />
            <source>locating a call</source>
            <translation>lokalizace volání</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="48" />
            <source>creating an incident</source>
            <translation>založení události</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="49" />
            <source>adding a note to an incident</source>
            <translation>přidání poznámky k události</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="50" />
            <source>asking for a recommendation</source>
            <translation>vyžádání doporučení</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="51" />
            <source>dispatching units</source>
            <translation>vyslání jednotek</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="52" />
            <source>setting a unit's status</source>
            <translation>nastavení stavu jednotky</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="53" />
            <source>closing an incident</source>
            <translation>uzavření události</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="54" />
            <source>handling an alert</source>
            <translation>zpracování výstrahy</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="55" />
            <source>reopening an incident</source>
            <translation>znovuotevření události</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="56" />
            <source>overriding a refusal</source>
            <translation>přebití odmítnutí</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="57" />
            <source>replaying the live store</source>
            <translation>přehrání ostrého úložiště</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="58" />
            <source>writing a report from the live store</source>
            <translation>sestavení zprávy z ostrého úložiště</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="59" />
            <source>managing operators</source>
            <translation>správa operátorů</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="62" />
            <source>changing an operator's role</source>
            <translation>změna role operátora</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="66" />
            <source>changing the site's configuration</source>
            <translation>změna nastavení lokality</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="68" />
            <source>running a drill</source>
            <translation>spuštění cvičení</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="69" />
            <source>injecting into a drill</source>
            <translation>vložení do cvičení</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="70" />
            <source>replaying a drill</source>
            <translation>přehrání cvičení</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="71" />
            <source>writing a report from a drill store</source>
            <translation>sestavení zprávy z úložiště cvičení</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="120" />
            <source>the {role} role</source>
            <translation>roli {role}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="123" />
            <source>the {first} or {second} role</source>
            <translation>roli {first} nebo {second}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="129" />
            <source>the {first}, {second} or {third} role</source>
            <translation>roli {first}, {second} nebo {third}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="150" />
            <source>{what} needs a signed-in operator with {roles}</source>
            <translation>{what} vyžaduje přihlášeného operátora, který má {roles}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="153" />
            <source>{what} is refused: a trainer acts only in drills, never live</source>
            <translation>{what}: odmítnuto: instruktor jedná jen ve cvičení, nikdy v ostrém provozu</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="158" />
            <source>{what} happens only on a drill store</source>
            <translation>{what}: jen v úložišti cvičení</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="161" />
            <source>{what} needs {roles}; you are {role}</source>
            <translation>{what} vyžaduje {roles}; vaše role: {role}</translation>
        </message>
        <message>
            <location filename="../../models/refusal.py" line="70" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="315" />
            <source>position {where} is not a valid coordinate</source>
            <translation>poloha {where} není platná souřadnice</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="322" />
            <source>no connected road</source>
            <translation>žádná napojená silnice</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="327" />
            <source>position {where} is {distance} m from a road that is cut off from the main road network (one-way or dead-end fragment); nearest connected road: {connected} (limit {limit} m)</source>
            <translation>poloha {where} je {distance} m od silnice odříznuté od hlavní silniční sítě (jednosměrný nebo slepý úsek); nejbližší napojená silnice: {connected} (limit {limit} m)</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="340" />
            <source>position {where}: the road network has no drivable roads</source>
            <translation>poloha {where}: silniční síť nemá sjízdné silnice</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="346" />
            <source>position {where} is outside the road network: {distance} m from the nearest drivable road (limit {limit} m)</source>
            <translation>poloha {where} je mimo silniční síť: {distance} m od nejbližší sjízdné silnice (limit {limit} m)</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="303" />
            <source>this site has no places file</source>
            <extracomment>A typed address verifies a given position when its exact match lies this close. Longer queries are cut before they reach the index (a pasted page must not stall it).</extracomment>
            <translation>tato lokalita nemá soubor míst</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="308" />
            <source>no places index at {path} (run import-osm)</source>
            <translation>v {path} není rejstřík míst (spusťte import-osm)</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="318" />
            <source>places index unusable: {reason}</source>
            <translation>rejstřík míst je nepoužitelný: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="336" />
            <source>places search failed: {reason}</source>
            <translation>hledání míst selhalo: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="378" />
            <source>places reverse failed: {reason}</source>
            <translation>určení názvu místa selhalo: {reason}</translation>
        </message>
        <message>
            <location filename="../../models/calls/location.py" line="113" />
            <source>lat and lon go together: both or neither</source>
            <extracomment>How many trailing digits identify a caller: enough to tell subscribers apart, few enough that "+44 7477 593102" and "07477593102" match.</extracomment>
            <translation>šířka a délka patří k sobě: obě, nebo žádná</translation>
        </message>
        <message>
            <location filename="../../models/calls/location.py" line="117" />
            <source>lat/lon out of range: {lat}, {lon}</source>
            <translation>šířka/délka mimo rozsah: {lat}, {lon}</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="83" />
            <source>set</source>
            <translation>nastaveno</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="85" />
            <source>set by {operator} at {time} UTC</source>
            <translation>nastavil(a) {operator} v {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="111" />
            <source>{unit} is now {status} to {incident} ({set}) — your action was not applied</source>
            <translation>jednotka {unit} je nyní {status} k události {incident} ({set}) — vaše akce nebyla provedena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="122" />
            <source>{unit} is now {status} ({set}) — your action was not applied</source>
            <translation>jednotka {unit} je nyní {status} ({set}) — vaše akce nebyla provedena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="146" />
            <source>incident number {incident} was just taken</source>
            <translation>číslo události {incident} bylo právě obsazeno</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="150" />
            <source>incident number {incident} was just taken by {operator} at {time} UTC</source>
            <translation>číslo události {incident} právě obsadil(a) {operator} v {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="210" />
            <source>incident {incident} does not exist</source>
            <translation>událost {incident} neexistuje</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="221" />
            <source>incident {incident} was closed meanwhile — your action was not applied</source>
            <translation>událost {incident} byla mezitím uzavřena — vaše akce nebyla provedena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="241" />
            <source>incident {incident} is open — your action was not applied</source>
            <translation>událost {incident} je otevřená — vaše akce nebyla provedena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="252" />
            <source>incident {incident} was reopened meanwhile — your action was not applied</source>
            <translation>událost {incident} byla mezitím znovu otevřena — vaše akce nebyla provedena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="259" />
            <source>incident {incident} was reopened meanwhile by {operator} at {time} UTC — your action was not applied</source>
            <translation>událost {incident} mezitím znovu otevřel(a) {operator} v {time} UTC — vaše akce nebyla provedena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="293" />
            <source>call {key} is now {state} ({set}) — your action was not applied</source>
            <translation>volání {key} je nyní ve stavu {state} ({set}) — vaše akce nebyla provedena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="300" />
            <source>alert {key} is now {state} ({set}) — your action was not applied</source>
            <translation>výstraha {key} je nyní ve stavu {state} ({set}) — vaše akce nebyla provedena</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="344" />
            <source>{position} (break-glass) since {time} UTC</source>
            <translation>{position} (nouzová relace) od {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="346" />
            <source>{position} since {time} UTC</source>
            <translation>{position} od {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="354" />
            <source>{name} is already signed in at {positions}: sign out there first — not signed in here</source>
            <translation>{name} je již přihlášen(a) na {positions}: nejprve se tam odhlaste — zde nepřihlášeno</translation>
        </message>
        <message>
            <location filename="../../models/store/commit.py" line="85" />
            <source>The store could not take this action ({why}); it is kept in the log as rejected event(s) {first}..{last}, not applied.</source>
            <translation>Úložiště nemohlo tuto akci přijmout ({why}); je uchována v záznamu jako odmítnuté události {first}..{last} a neprovedena.</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="45" />
            <source>{name} is the last administrator: make another one first</source>
            <translation>{name} je poslední správce: nejprve jmenujte dalšího</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="75" />
            <source>no operator is named '{name}'</source>
            <translation>žádný operátor se nejmenuje „{name}“</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="83" />
            <source>unknown role '{role}': one of {roles}</source>
            <translation>neznámá role „{role}“: jedna z {roles}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="107" />
            <source>'{name}' is not a usable operator name: letters, digits and . _ @ -, up to 64 characters</source>
            <translation>„{name}“ není použitelné jméno operátora: písmena, číslice a . _ @ -, nejvýše 64 znaků</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="116" />
            <source>an operator named '{name}' already exists</source>
            <translation>operátor se jménem „{name}“ již existuje</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="155" />
            <source>{name} already has the {role} role</source>
            <translation>{name} již má roli {role}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="172" />
            <source>{name} is already disabled</source>
            <translation>{name} je již zablokován(a)</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="174" />
            <source>you cannot disable your own account</source>
            <translation>svůj vlastní účet nemůžete zablokovat</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="186" />
            <source>the account {name} is disabled</source>
            <translation>účet {name} je zablokován</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="196" />
            <source>the OS user name '{name}' cannot be an operator name</source>
            <translation>jméno uživatele systému „{name}“ nemůže být jménem operátora</translation>
        </message>
        <message>
            <location filename="../../models/operators/passwords.py" line="36" />
            <source>a password needs at least {n} characters</source>
            <translation>heslo musí mít alespoň {n} znaků</translation>
        </message>
        <message>
            <location filename="../../models/operators/passwords.py" line="40" />
            <source>a password cannot begin or end with a space</source>
            <translation>heslo nesmí začínat ani končit mezerou</translation>
        </message>
    </context>
    <context>
        <name>ReplaySession</name>
        <message>
            <location filename="../../console/session/replay.py" line="146" />
            <source>REPLAY OF A DRILL — read-only — {where} — {verdict}</source>
            <translation>PŘEHRÁVÁNÍ CVIČENÍ — jen ke čtení — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="148" />
            <source>REPLAY — read-only — {where} — {verdict}</source>
            <translation>PŘEHRÁVÁNÍ — jen ke čtení — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="153" />
            <source>Replay: the store holds no events</source>
            <translation>Přehrávání: úložiště neobsahuje žádné záznamy</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="173" />
            <source>drill</source>
            <translation>cvičení</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="176" />
            <source>Replay — DRILL — {title} — {site}</source>
            <translation>Přehrávání — CVIČENÍ — {title} — {site}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/replay.py" line="189" />
            <source>hash chain intact over %n event(s)</source>
            <translation>
                <numerusform>řetězec otisků neporušen v %n události</numerusform>
                <numerusform>řetězec otisků neporušen v %n událostech</numerusform>
                <numerusform>řetězec otisků neporušen v %n událostech</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="191" />
            <source>HASH CHAIN BROKEN at event {seq}: {reason}</source>
            <translation>ŘETĚZEC OTISKŮ PORUŠEN u události {seq}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="232" />
            <source>Wallboard — REPLAY — {site}</source>
            <translation>Nástěnka — PŘEHRÁVÁNÍ — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="234" />
            <source>Wallboard — REPLAY OF A DRILL — {site}</source>
            <translation>Nástěnka — PŘEHRÁVÁNÍ CVIČENÍ — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="383" />
            <source>Replay at {time} · event {seq}</source>
            <translation>Přehrávání v {time} · záznam {seq}</translation>
        </message>
    </context>
    <context>
        <name>SensorLayer</name>
        <message>
            <location filename="../../widgets/map/sensors.py" line="228" />
            <source>{name} (down)</source>
            <translation>{name} (nefunkční)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/sensors.py" line="229" />
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
            <location filename="../../console/reports/stats_pdf.py" line="70" />
            <source>Call answering</source>
            <translation>Přijetí volání</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="71" />
            <source>Call answering (95 % line)</source>
            <translation>Přijetí volání (hranice 95 %)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="72" />
            <source>Call processing</source>
            <translation>Zpracování volání</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="73" />
            <source>Call processing, high priority</source>
            <translation>Zpracování volání, vysoká naléhavost</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="74" />
            <source>Alarm handling</source>
            <translation>Zpracování tísňové výzvy</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="75" />
            <source>Turnout</source>
            <translation>Výjezd</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="76" />
            <source>Travel</source>
            <translation>Jízda</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="77" />
            <source>Total response</source>
            <translation>Celková doba zásahu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="78" />
            <source>Alert handling</source>
            <translation>Zpracování výstrahy</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="79" />
            <source>Answering</source>
            <translation>Přijetí</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="80" />
            <source>Processing (high)</source>
            <translation>Zpracování (vysoká)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="82" />
            <source>call.offered (ring start)</source>
            <translation>začátek vyzvánění (call.offered)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="83" />
            <source>call.answered</source>
            <translation>přijetí volání (call.answered)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="84" />
            <source>first dispatch of the call's incident</source>
            <translation>první vyslání k události volání</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="85" />
            <source>receipt (first call / alert)</source>
            <translation>příjem (první volání / výstraha)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="86" />
            <source>first dispatch</source>
            <translation>první vyslání</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="87" />
            <source>unit dispatched</source>
            <translation>jednotka vyslána</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="88" />
            <source>unit en route</source>
            <translation>jednotka na cestě</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="89" />
            <source>unit on scene</source>
            <translation>jednotka na místě</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="90" />
            <source>first unit on scene</source>
            <translation>první jednotka na místě</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="91" />
            <source>alert.raised</source>
            <translation>výstraha přijata (alert.raised)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="92" />
            <source>first acknowledged / promoted / linked / dismissed</source>
            <translation>první potvrzení / povýšení / propojení / zamítnutí</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="95" />
            <source>site</source>
            <translation>dle lokality</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="103" />
            <source>%n without a ring start</source>
            <translation>
                <numerusform>%n bez začátku vyzvánění</numerusform>
                <numerusform>%n bez začátku vyzvánění</numerusform>
                <numerusform>%n bez začátku vyzvánění</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="104" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>%n zavěšené</numerusform>
                <numerusform>%n zavěšená</numerusform>
                <numerusform>%n zavěšených</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="105" />
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n duplicitní</numerusform>
                <numerusform>%n duplicitní</numerusform>
                <numerusform>%n duplicitních</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="106" />
            <source>%n without an incident</source>
            <translation>
                <numerusform>%n bez události</numerusform>
                <numerusform>%n bez události</numerusform>
                <numerusform>%n bez události</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="107" />
            <source>%n stood down</source>
            <translation>
                <numerusform>%n odvolaná</numerusform>
                <numerusform>%n odvolané</numerusform>
                <numerusform>%n odvolaných</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="108" />
            <source>%n without en route</source>
            <translation>
                <numerusform>%n bez výjezdu</numerusform>
                <numerusform>%n bez výjezdu</numerusform>
                <numerusform>%n bez výjezdu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="109" />
            <source>%n without a dispatch in the log</source>
            <translation>
                <numerusform>%n bez vyslání v záznamu</numerusform>
                <numerusform>%n bez vyslání v záznamu</numerusform>
                <numerusform>%n bez vyslání v záznamu</numerusform>
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
            <translation>Počet</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Median s</source>
            <translation>Medián s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Pct s</source>
            <translation>Percentil s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Target s</source>
            <translation>Limit s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="394" />
            <source>Within</source>
            <translation>V limitu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="394" />
            <source>Passed</source>
            <translation>Splněno</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="409" />
            <source>Call answering times (s), ring-start calls</source>
            <translation>Doby přijetí volání (s), volání se začátkem vyzvánění</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="411" />
            <source>Total response times (m:ss)</source>
            <translation>Celkové doby dojezdu (m:ss)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="414" />
            <source>90th percentile per day: call answering and processing (s)</source>
            <translation>90. percentil za den: přijetí a zpracování volání (s)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="416" />
            <source>90th percentile per day: turnout, travel, total response</source>
            <translation>90. percentil za den: výjezd, jízda, celková doba dojezdu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="418" />
            <source>Incident type</source>
            <translation>Typ události</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="418" />
            <source>Priority</source>
            <translation>Naléhavost</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="419" />
            <source>Discipline</source>
            <translation>Složka IZS</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="419" />
            <source>Station</source>
            <translation>Stanice</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="420" />
            <source>Hour of day (local)</source>
            <translation>Hodina dne (místní čas)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="438" />
            <source>Outliers: the slowest over target</source>
            <translation>Odlehlé hodnoty: nejpomalejší nad limitem</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="457" />
            <source>Definitions</source>
            <translation>Definice</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="461" />
            <source>ALI and AML calls give no ring start: they are counted, not timed. A call never answered counts as over every target.</source>
            <translation>Volání ALI a AML neudávají začátek vyzvánění: počítají se, ale neměří. Nepřijaté volání se počítá jako překročení každého cíle.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="380" />
            <source>Response statistics {period}</source>
            <translation>Statistika zásahů {period}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="425" />
            <source>Each cell: count / 90th percentile (s or m:ss) / share within target</source>
            <translation>Každá buňka: počet / 90. percentil (s nebo m:ss) / podíl v limitu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Started</source>
            <translation>Spuštěno</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Incident</source>
            <translation>Událost</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Call</source>
            <translation>Volání</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="447" />
            <source>Unit</source>
            <translation>Jednotka</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="449" />
            <source>Supervisors only: per call-taker (for training)</source>
            <translation>Jen pro vedoucí směny: podle operátora (pro výcvik)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="177" />
            <source>EXERCISE — drill figures, not live operation</source>
            <translation>CVIČENÍ — čísla ze cvičení, ne z ostrého provozu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="184" />
            <source>page {n}</source>
            <translation>strana {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="384" />
            <source>{calls}, {incidents}, {units}, {alerts}. Store {store}. High priority: priority 1 to {high}. Percentile {pct:g}.</source>
            <translation>{calls}, {incidents}, {units}, {alerts}. Úložiště {store}. Vysoká naléhavost: naléhavost 1 až {high}. Percentil {pct:g}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="386" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n volání</numerusform>
                <numerusform>%n volání</numerusform>
                <numerusform>%n volání</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="387" />
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n událost</numerusform>
                <numerusform>%n události</numerusform>
                <numerusform>%n událostí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="388" />
            <source>%n unit response(s)</source>
            <translation>
                <numerusform>%n výjezd jednotky</numerusform>
                <numerusform>%n výjezdy jednotek</numerusform>
                <numerusform>%n výjezdů jednotek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="389" />
            <source>%n alert(s)</source>
            <translation>
                <numerusform>%n výstraha</numerusform>
                <numerusform>%n výstrahy</numerusform>
                <numerusform>%n výstrah</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="398" />
            <source>yes</source>
            <translation>ano</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="398" />
            <source>NO</source>
            <translation>NE</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="407" />
            <source>Not timed, never guessed: {what}.</source>
            <translation>Neměřeno, nikdy neodhadováno: {what}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="440" />
            <source>never</source>
            <translation>nikdy</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="455" />
            <source>Call-taker</source>
            <translation>Operátor příjmu</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="455" />
            <source>Answering n / p90 / %</source>
            <translation>Přijetí počet / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="456" />
            <source>Processing (high) n / p90 / %</source>
            <translation>Zpracování (vysoká) počet / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="186" />
            <source>EXERCISE</source>
            <translation>CVIČENÍ</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="282" />
            <source>target {s} s</source>
            <translation>limit {s} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="407" />
            <source>none</source>
            <translation>žádné</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="424" />
            <source>By {what}</source>
            <translation>Podle: {what}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../widgets/themes.py" line="169" />
            <source>Day theme</source>
            <translation>Denní vzhled</translation>
        </message>
        <message>
            <location filename="../../widgets/themes.py" line="170" />
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
            <location filename="../../widgets/trainer_panel.py" line="89" />
            <source>{now} s / {total} s</source>
            <translation>{now} s / {total} s</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="102" />
            <source>Trainer — DRILL</source>
            <translation>Instruktor — CVIČENÍ</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="110" />
            <source>No scenario</source>
            <translation>Bez scénáře</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="133" />
            <source>Start</source>
            <translation>Spustit</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="134" />
            <location filename="../../widgets/trainer_panel.py" line="271" />
            <source>Pause</source>
            <translation>Pozastavit</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="135" />
            <source>End drill</source>
            <translation>Ukončit cvičení</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="141" />
            <source>Speed</source>
            <translation>Rychlost</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="148" />
            <source>Injections to come</source>
            <translation>Nadcházející vstupy</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="151" />
            <source>Inject now</source>
            <translation>Vložit hned</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="182" />
            <source>Ready</source>
            <translation>Připraveno</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="183" />
            <source>Running</source>
            <translation>Běží</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="184" />
            <source>PAUSED</source>
            <translation>POZASTAVENO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="185" />
            <source>Ended</source>
            <translation>Ukončeno</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="188" />
            <source>Ended: {reason}</source>
            <translation>Ukončeno: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="192" />
            <source>Last: {what}</source>
            <translation>Poslední: {what}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="207" />
            <source>Report: {path}</source>
            <translation>Zpráva: {path}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="214" />
            <source>PASSED</source>
            <translation>SPLNĚNO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="214" />
            <source>NOT PASSED</source>
            <translation>NESPLNĚNO</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="216" />
            <source>Score {score} / 100 — {verdict}</source>
            <translation>Hodnocení {score} / 100 — {verdict}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="224" />
            <source>{part}: {share}</source>
            <translation>{part}: {share}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="271" />
            <source>Resume</source>
            <translation>Pokračovat</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="291" />
            <source>Select an injection to send it now.</source>
            <translation>Vyberte vstup, který se má odeslat hned.</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardDock</name>
        <message>
            <location filename="../../widgets/unit_board.py" line="135" />
            <source>Units</source>
            <translation>Jednotky</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="143" />
            <source>Filter units</source>
            <translation>Filtrovat jednotky</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="149" />
            <source>No grouping</source>
            <translation>Bez seskupení</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="150" />
            <source>Group by station</source>
            <translation>Seskupit podle stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="151" />
            <source>Group by discipline</source>
            <translation>Seskupit podle složky</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="152" />
            <source>Group by status</source>
            <translation>Seskupit podle stavu</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="210" />
            <source>Show the units as a table, status tiles or both</source>
            <translation>Zobrazit jednotky jako tabulku, stavové dlaždice nebo obojí</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="214" />
            <source>Table</source>
            <translation>Tabulka</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="215" />
            <source>Tiles</source>
            <translation>Dlaždice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="216" />
            <source>Both</source>
            <translation>Obojí</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="220" />
            <source>&amp;Table</source>
            <translation>&amp;Tabulka</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="221" />
            <source>T&amp;iles</source>
            <translation>&amp;Dlaždice</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="222" />
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
            <location filename="../../widgets/wallboard.py" line="104" />
            <source>Wallboard</source>
            <translation>Nástěnka</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="121" />
            <source>Calls waiting</source>
            <translation>Čekající volání</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="122" />
            <source>Longest ring</source>
            <translation>Nejdelší vyzvánění</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="123" />
            <source>Answered within 15 s, last hour</source>
            <translation>Přijato do 15 s, poslední hodina</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="124" />
            <source>Answered within 20 s, last hour</source>
            <translation>Přijato do 20 s, poslední hodina</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="125" />
            <source>Incidents open</source>
            <translation>Otevřené události</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="126" />
            <source>Alerts open</source>
            <translation>Otevřené výstrahy</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="127" />
            <source>Links down</source>
            <translation>Nefunkční spojení</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="128" />
            <source>Sensors down</source>
            <translation>Nefunkční čidla</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="134" />
            <source>Units by discipline</source>
            <translation>Jednotky podle složky</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="134" />
            <source>Units by station</source>
            <translation>Jednotky podle stanice</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="164" />
            <source>Calls per 15 minutes today</source>
            <translation>Volání po 15 minutách dnes</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="165" />
            <source>hour</source>
            <translation>hodina</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="173" />
            <source>today</source>
            <translation>dnes</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="174" />
            <source>same weekday, average</source>
            <translation>stejný den v týdnu, průměr</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="175" />
            <source>Answer times today (s)</source>
            <translation>Doby přijetí dnes (s)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="181" />
            <source>Last hour vs standard</source>
            <translation>Poslední hodina vs. norma</translation>
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
            <translation>Přijato: {n}; norma {pct:.0f} %</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="314" />
            <source>; {n} without ring start (not timed)</source>
            <translation>; bez začátku vyzvánění (neměřeno): {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="320" />
            <source>P{p}: {n}</source>
            <translation>P{p}: {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="325" />
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
