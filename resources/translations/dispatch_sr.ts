<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr" sourcelanguage="en">
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
            <translation>никад</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="44" />
            <source>{n} s</source>
            <translation>{n} с</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="46" />
            <source>{n} min</source>
            <translation>{n} мин</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="48" />
            <source>{n} h</source>
            <translation>{n} ч</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="49" />
            <source>{n} d</source>
            <translation>{n} д</translation>
        </message>
    </context>
    <context>
        <name>AlertController</name>
        <message>
            <location filename="../../console/controllers/alerts.py" line="89" />
            <source>link</source>
            <translation>повезивање</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="90" />
            <source>dismiss</source>
            <translation>одбацивање</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="91" />
            <source>acknowledge</source>
            <translation>потврда пријема</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="92" />
            <source>promote</source>
            <translation>претварање у интервенцију</translation>
        </message>
    </context>
    <context>
        <name>AlertPanel</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="113" />
            <source>No area</source>
            <translation>Нема подручја</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="106" />
            <source>{n} km</source>
            <translation>{n} км</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="108" />
            <source>{n} m</source>
            <translation>{n} м</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="110" />
            <source>circle r {r}</source>
            <translation>круг r {r}</translation>
        </message>
    </context>
    <context>
        <name>AlertPanelDock</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="129" />
            <source>Alert</source>
            <translation>Узбуна</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="138" />
            <source>EXERCISE — not a real alert</source>
            <translation>ВЕЖБА — није стварна узбуна</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="156" />
            <source>Origin</source>
            <translation>Порекло</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="157" />
            <source>Severity</source>
            <translation>Озбиљност</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="158" />
            <source>State</source>
            <translation>Стање</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="159" />
            <source>Raised</source>
            <translation>Подигнута</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="160" />
            <source>Sensor</source>
            <translation>Сензор</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="161" />
            <source>Zone</source>
            <translation>Зона</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="162" />
            <source>Track</source>
            <translation>Траг</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="163" />
            <source>Incident</source>
            <translation>Интервенција</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="164" />
            <source>Area</source>
            <translation>Подручје</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="165" />
            <source>CAP identifier</source>
            <translation>CAP идентификатор</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="166" />
            <source>CAP sender</source>
            <translation>CAP пошиљалац</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="167" />
            <source>CAP event</source>
            <translation>CAP догађај</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="168" />
            <source>Nearby</source>
            <translation>У близини</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="184" />
            <source>Acknowledge</source>
            <translation>Потврди пријем</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="185" />
            <source>Promote to incident…</source>
            <translation>Претвори у интервенцију…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="186" />
            <source>Link to incident…</source>
            <translation>Повежи са интервенцијом…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="187" />
            <source>Dismiss…</source>
            <translation>Одбаци…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="274" />
            <source>No alert selected</source>
            <translation>Није изабрана узбуна</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="283" />
            <source>{severity} (exercise)</source>
            <translation>{severity} (вежба)</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="309" />
            <source>{time} ({age} ago)</source>
            <translation>{time} (пре {age})</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="346" />
            <source>Promote alert {id} to an incident</source>
            <translation>Претвори узбуну {id} у интервенцију</translation>
        </message>
    </context>
    <context>
        <name>AlertQueue</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="101" />
            <source>Extreme</source>
            <translation>Екстремна</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="102" />
            <source>Severe</source>
            <translation>Тешка</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="103" />
            <source>Moderate</source>
            <translation>Умерена</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="104" />
            <source>Minor</source>
            <translation>Мала</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="105" />
            <source>Unknown</source>
            <translation>Непознато</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="112" />
            <source>New</source>
            <translation>Нова</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="113" />
            <source>Acknowledged</source>
            <translation>Пријем потврђен</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="114" />
            <source>Promoted</source>
            <translation>Претворена</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="115" />
            <source>Linked</source>
            <translation>Повезана</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="116" />
            <source>Dismissed</source>
            <translation>Одбачена</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="117" />
            <source>Cancelled</source>
            <translation>Отказано</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="124" />
            <source>Zone entry</source>
            <translation>Улазак у зону</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="125" />
            <source>Zone alarm</source>
            <translation>Аларм зоне</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="126" />
            <source>CAP</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="127" />
            <source>Radio</source>
            <translation>Радио-веза</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="300" />
            <source>EXERCISE · {severity}</source>
            <translation>ВЕЖБА · {severity}</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueDock</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="332" />
            <source>Alerts</source>
            <translation>Узбуне</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueModel</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="212" />
            <source>State</source>
            <translation>Стање</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="213" />
            <source>Severity</source>
            <translation>Озбиљност</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="214" />
            <source>Origin</source>
            <translation>Порекло</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="215" />
            <source>Alert</source>
            <translation>Узбуна</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="216" />
            <source>Zone / sensor</source>
            <translation>Зона / сензор</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="217" />
            <source>Age</source>
            <translation>Старост</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="218" />
            <source>Incident</source>
            <translation>Интервенција</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="262" />
            <source>EXERCISE · {severity}</source>
            <translation>ВЕЖБА · {severity}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="281" />
            <source>Raised {time}</source>
            <translation>Подигнута {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="283" />
            <source>Exercise alert: not real</source>
            <translation>Узбуна са вежбе: није стварна</translation>
        </message>
    </context>
    <context>
        <name>CallController</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="155" />
            <source>use location</source>
            <translation>коришћење локације</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="156" />
            <source>call location</source>
            <translation>локација позива</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="157" />
            <source>partner answer</source>
            <translation>одговор партнеру</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="158" />
            <source>answer</source>
            <translation>јављање</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="159" />
            <source>abandon</source>
            <translation>прекид</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="160" />
            <source>release</source>
            <translation>ослобађање</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="161" />
            <source>verify</source>
            <translation>провера</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="162" />
            <source>attach</source>
            <translation>придруживање</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="163" />
            <source>map location</source>
            <translation>локација са мапе</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="164" />
            <source>create incident</source>
            <translation>отварање интервенције</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="175" />
            <source>this site has no partner agencies ([[http.partners]] in site.toml)</source>
            <translation>ова локација нема партнерске службе ([[http.partners]] у site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="178" />
            <source>{answer} sent to the partner of {call}</source>
            <translation>одговор {answer} послат партнерском центру позива {call}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="192" />
            <source>{what}: call {call} has no position: {command}</source>
            <translation>{what}: позив {call} нема положај: {command}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="206" />
            <source>{call} at {where}: type the incident type (Tab completes)</source>
            <translation>Позив {call} на {where}: укуцајте врсту интервенције (Tab допуњава)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="352" />
            <source>places unavailable</source>
            <translation>места недоступна</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="378" />
            <source>no named street nearby</source>
            <translation>нема именоване улице у близини</translation>
        </message>
    </context>
    <context>
        <name>CallPanelDock</name>
        <message>
            <location filename="../../widgets/call_panel.py" line="152" />
            <source>Call</source>
            <translation>Позив</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="172" />
            <source>Copy coordinates</source>
            <translation>Копирај координате</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="175" />
            <source>Verify location</source>
            <translation>Провери локацију</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="177" />
            <source>Pick on map</source>
            <translation>Изабери на мапи</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="183" />
            <source>Use this location</source>
            <translation>Користи ову локацију</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Source</source>
            <translation>Извор</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Position</source>
            <translation>Позиција</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Radius</source>
            <translation>Полупречник</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="216" />
            <source>Answer</source>
            <translation>Јави се</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="218" />
            <source>Abandoned</source>
            <translation>Прекинут</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="221" />
            <source>Create incident…</source>
            <translation>Отвори интервенцију…</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="223" />
            <source>Release</source>
            <translation>Ослободи</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="346" />
            <source>Near: {place}</source>
            <translation>Близу: {place}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="358" />
            <source>No call selected</source>
            <translation>Није изабран позив</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>(no number)</source>
            <translation>(нема броја)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="365" />
            <source>Class of service: {cos} — {text}</source>
            <translation>Класа услуге: {cos} — {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="367" />
            <source>Class of service: {cos}</source>
            <translation>Класа услуге: {cos}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="367" />
            <source>unknown</source>
            <translation>непознато</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="389" />
            <source>Caller's language: {language}</source>
            <translation>Језик позиваоца: {language}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="403" />
            <source>No location yet</source>
            <translation>Још нема локације</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="405" />
            <source>verified</source>
            <translation>проверено</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="405" />
            <source>not verified</source>
            <translation>непроверено</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="407" />
            <source>Location: {source} · {verified}</source>
            <translation>Локација: {source} · {verified}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="414" />
            <source>No position</source>
            <translation>Нема позиције</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="416" />
            <source>accuracy unknown</source>
            <translation>тачност непозната</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="417" />
            <source>Located at {time}</source>
            <translation>Лоцирано у {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="457" />
            <source>New automatic fix offered: {details}, {time}</source>
            <translation>Понуђена нова аутоматска позиција: {details}, {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="463" />
            <source>{n} m from the location in force</source>
            <translation>{n} м од важеће локације</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="487" />
            <source>Possible duplicate of {id} ({details})</source>
            <translation>Могући дупликат: {id} ({details})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="491" />
            <source>Possible duplicate of {id}</source>
            <translation>Могући дупликат: {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="493" />
            <source>Attach</source>
            <translation>Придружи</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="514" />
            <source>Ringing {ring}</source>
            <translation>Звони {ring}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="517" />
            <source>Answered · talking {talk} (rang {ring})</source>
            <translation>Јављено · разговор {talk} (звонило {ring})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="519" />
            <source>{state} · offered {time}</source>
            <translation>{state} · од {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="96" />
            <source>Residence</source>
            <translation>Стамбени</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="97" />
            <source>Business</source>
            <translation>Пословни</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="98" />
            <source>PBX, business</source>
            <translation>Централа, пословни</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="99" />
            <source>Pay phone</source>
            <translation>Јавна говорница</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="100" />
            <source>Wireless</source>
            <translation>Мобилни</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="101" />
            <source>Wireless phase I (tower)</source>
            <translation>Мобилни фаза I (базна станица)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="102" />
            <source>Wireless phase II (handset)</source>
            <translation>Мобилни фаза II (уређај)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="103" />
            <source>VoIP</source>
            <translation>VoIP</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="104" />
            <source>VoIP residence</source>
            <translation>VoIP стамбени</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="105" />
            <source>VoIP business</source>
            <translation>VoIP пословни</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="106" />
            <source>VoIP mobile</source>
            <translation>VoIP мобилни</translation>
        </message>
    </context>
    <context>
        <name>CallQueue</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="83" />
            <source>Ringing</source>
            <translation>Звони</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="84" />
            <source>Answered</source>
            <translation>Јављено</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="85" />
            <source>Abandoned</source>
            <translation>Прекинут</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="86" />
            <source>Released</source>
            <translation>Ослобођен</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="116" />
            <source>No location yet</source>
            <translation>Још нема локације</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="120" />
            <source>No position</source>
            <translation>Нема позиције</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="102" />
            <source>± {n} km</source>
            <translation>± {n} км</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="110" />
            <source>{n}%</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="101" />
            <source>± {n} m</source>
            <translation>± {n} м</translation>
        </message>
    </context>
    <context>
        <name>CallQueueDock</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="308" />
            <source>Calls</source>
            <translation>Позиви</translation>
        </message>
    </context>
    <context>
        <name>CallQueueModel</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="199" />
            <source>State</source>
            <translation>Стање</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="200" />
            <source>Number</source>
            <translation>Број</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="201" />
            <source>Class</source>
            <translation>Класа</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="202" />
            <source>Source</source>
            <translation>Извор</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="203" />
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="204" />
            <source>Location</source>
            <translation>Локација</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="205" />
            <source>Incident</source>
            <translation>Интервенција</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="231" />
            <source>(no number)</source>
            <translation>(нема броја)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="244" />
            <source>≈ {id}</source>
            <translation>≈ {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="251" />
            <source>Ringing for {t}</source>
            <translation>Звони већ {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="252" />
            <source>Talking for {t}</source>
            <translation>Разговор већ {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="253" />
            <source>Abandoned {t} ago</source>
            <translation>Прекинут пре {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="262" />
            <source>Verified by the call-taker</source>
            <translation>Проверио оператер</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="266" />
            <source>Possible duplicate of {ids}</source>
            <translation>Могући дупликат: {ids}</translation>
        </message>
    </context>
    <context>
        <name>ClockWidget</name>
        <message>
            <location filename="../../widgets/clock.py" line="103" />
            <source>UTC {utc} · Local {local} ({zone})</source>
            <translation>UTC {utc} · локално {local} ({zone})</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="110" />
            <source>UTC {utc}
Local {local}</source>
            <translation>UTC {utc}
Локално {local}</translation>
        </message>
    </context>
    <context>
        <name>CloseIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="167" />
            <source>Close incident {id}</source>
            <extracomment>The short list a dispatcher picks from; the last entry needs free text.</extracomment>
            <translation>Затвори интервенцију {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="169" />
            <source>How did incident {id} end?</source>
            <translation>Како је завршена интервенција {id}?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="178" />
            <source>Details (optional)</source>
            <translation>Детаљи (није обавезно)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="180" />
            <source>Close incident</source>
            <translation>Затвори интервенцију</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="183" />
            <source>Details</source>
            <translation>Детаљи</translation>
        </message>
    </context>
    <context>
        <name>CommandGrammar</name>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="277" />
            <source>no call is ringing</source>
            <translation>ниједан позив не звони</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="288" />
            <source>the type comes first: {usage}</source>
            <translation>прво врста: {usage}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="346" />
            <source>type a command, or HELP for the list</source>
            <translation>унесите команду, или HELP за списак</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="45" />
            <source>D &lt;incident&gt; [&lt;unit&gt;...]</source>
            <extracomment>What each argument is, by position, for completion ("unit..." repeats; "a|b" either): incident, unit, type, call, alert, place, disposition, command, text.</extracomment>
            <translation>D &lt;интервенција&gt; [&lt;јединица&gt;...]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="46" />
            <source>Dispatch units; without units, the recommendation</source>
            <translation>Упути јединице; без јединица, по препоруци</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="53" />
            <source>ER &lt;unit&gt;...</source>
            <translation>ER &lt;јединица&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="54" />
            <source>En route</source>
            <translation>На путу</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="61" />
            <source>OS &lt;unit&gt;...</source>
            <translation>OS &lt;јединица&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="62" />
            <source>On scene</source>
            <translation>На лицу места</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="69" />
            <source>TR &lt;unit&gt;...</source>
            <translation>TR &lt;јединица&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="70" />
            <source>Transporting</source>
            <translation>Превози пацијента</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="77" />
            <source>AH &lt;unit&gt;...</source>
            <translation>AH &lt;јединица&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="78" />
            <source>At hospital</source>
            <translation>У болници</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="85" />
            <source>AV &lt;unit&gt;...</source>
            <translation>AV &lt;јединица&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="86" />
            <source>Available in quarters</source>
            <translation>Слободна у станици</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="93" />
            <source>AR &lt;unit&gt;...</source>
            <translation>AR &lt;јединица&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="94" />
            <source>Available on radio</source>
            <translation>Слободна на радију</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="101" />
            <source>OOS &lt;unit&gt;... [reason]</source>
            <translation>OOS &lt;јединица&gt;... [разлог]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="102" />
            <source>Out of service</source>
            <translation>Ван службе</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="109" />
            <source>N &lt;type&gt; [@ place | @ lat,lon [text] | @ selected]</source>
            <translation>N &lt;врста&gt; [@ место | @ ширина,дужина [текст] | @ selected]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="110" />
            <source>New incident; after @ type an address, corner or landmark and pick</source>
            <translation>Нова интервенција; после @ унесите адресу, раскрсницу или оријентир и изаберите</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="119" />
            <source>LOC &lt;incident&gt; @ place | LOC [&lt;call&gt;] [@ place | lat,lon | offered]</source>
            <translation>LOC &lt;интервенција&gt; @ место | LOC [&lt;позив&gt;] [@ место | ширина,дужина | offered]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="122" />
            <source>Verify or replace a location: an incident's, or a call's (no @: verify it)</source>
            <translation>Провери или замени локацију интервенције или позива (без @: провери је)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="132" />
            <source>WHERE &lt;unit|incident&gt;</source>
            <translation>WHERE &lt;јединица|интервенција&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="133" />
            <source>Name its position: nearest street</source>
            <translation>Именуј положај: најближа улица</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="140" />
            <source>R &lt;incident&gt;</source>
            <translation>R &lt;интервенција&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="141" />
            <source>Show the recommendation</source>
            <translation>Прикажи препоруку</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="148" />
            <source>NOTE &lt;incident&gt; &lt;text&gt;</source>
            <translation>NOTE &lt;интервенција&gt; &lt;текст&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="149" />
            <source>Add a note</source>
            <translation>Додај белешку</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="156" />
            <source>CLOSE &lt;incident&gt; &lt;disposition&gt;</source>
            <translation>CLOSE &lt;интервенција&gt; &lt;исход&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="157" />
            <source>Close an incident</source>
            <translation>Затвори интервенцију</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="164" />
            <source>REOPEN &lt;incident&gt; &lt;reason&gt;</source>
            <translation>REOPEN &lt;интервенција&gt; &lt;разлог&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="165" />
            <source>Reopen a closed incident (supervisor)</source>
            <translation>Поново отвори затворену интервенцију (надзорник)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="172" />
            <source>HANDOVER &lt;incident&gt; &lt;partner&gt; [note]</source>
            <translation>HANDOVER &lt;интервенција&gt; &lt;партнер&gt; [белешка]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="173" />
            <source>Hand the incident over to a partner control room</source>
            <translation>Предај интервенцију партнерском оперативном центру</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="180" />
            <source>PANSWER [&lt;call&gt;] accepted|rejected|completed [reason]</source>
            <translation>PANSWER [&lt;позив&gt;] accepted|rejected|completed [разлог]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="183" />
            <source>Answer the partner whose handover made the call</source>
            <translation>Одговори партнеру чија је предаја створила позив</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="190" />
            <source>SEL &lt;unit|incident|call|alert&gt;</source>
            <translation>SEL &lt;јединица|интервенција|позив|узбуна&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="191" />
            <source>Select and centre on the map</source>
            <translation>Изабери и центрирај на мапи</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="198" />
            <source>CARD [&lt;incident&gt;]</source>
            <translation>CARD [&lt;интервенција&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="199" />
            <source>Open the incident's card (units, timers, notes)</source>
            <translation>Отвори картицу интервенције (јединице, времена, белешке)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="206" />
            <source>ANS [&lt;call&gt;]</source>
            <translation>ANS [&lt;позив&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="207" />
            <source>Answer a call; alone, the one ringing longest</source>
            <translation>Јави се на позив; само: онај који најдуже звони</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="214" />
            <source>CI [&lt;type&gt;] [&lt;call&gt;]</source>
            <translation>CI [&lt;врста&gt;] [&lt;позив&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="215" />
            <source>Incident from the call at its place (address verified); no type: asks</source>
            <translation>Интервенција из позива на његовом месту (адреса проверена); без врсте: пита</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="225" />
            <source>ATT &lt;incident&gt; [&lt;call&gt;]</source>
            <translation>ATT &lt;интервенција&gt; [&lt;позив&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="226" />
            <source>Attach the call to an incident (a duplicate)</source>
            <translation>Придружи позив интервенцији (дупликат)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="233" />
            <source>REL [&lt;call&gt;]</source>
            <translation>REL [&lt;позив&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="234" />
            <source>Release the call (it is over)</source>
            <translation>Ослободи позив (завршен је)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="241" />
            <source>ABN [&lt;call&gt;] [reason]</source>
            <translation>ABN [&lt;позив&gt;] [разлог]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="242" />
            <source>Mark the call abandoned (the caller hung up)</source>
            <translation>Означи позив као прекинут (позивалац је спустио слушалицу)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="249" />
            <source>ACK [&lt;alert&gt;]</source>
            <translation>ACK [&lt;узбуна&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="250" />
            <source>Acknowledge an alert</source>
            <translation>Потврди пријем узбуне</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="257" />
            <source>PROM [&lt;alert&gt;] [&lt;type&gt;]</source>
            <translation>PROM [&lt;узбуна&gt;] [&lt;врста&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="258" />
            <source>Promote the alert to an incident (type: the suggested one)</source>
            <translation>Претвори узбуну у интервенцију (врста: предложена)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="267" />
            <source>LINK [&lt;alert&gt;] &lt;incident|call&gt;</source>
            <translation>LINK [&lt;узбуна&gt;] &lt;интервенција|позив&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="268" />
            <source>Link the alert to an incident or a call</source>
            <translation>Повежи узбуну са интервенцијом или позивом</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="275" />
            <source>DISMISS [&lt;alert&gt;] &lt;reason&gt;</source>
            <translation>DISMISS [&lt;узбуна&gt;] &lt;разлог&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="276" />
            <source>Dismiss the alert, with the reason</source>
            <translation>Одбаци узбуну, уз разлог</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="283" />
            <source>RESEND &lt;unit&gt; [&lt;link&gt;]</source>
            <translation>RESEND &lt;јединица&gt; [&lt;веза&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="284" />
            <source>Page the unit again; with a link name, over that path instead</source>
            <translation>Поново позови јединицу; са именом везе, том путањом</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="293" />
            <source>VOICE &lt;unit&gt;</source>
            <translation>VOICE &lt;јединица&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="294" />
            <source>The unit was reached by voice: ends its page's alarm</source>
            <translation>Јединица добијена гласом: завршава аларм позивања</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="301" />
            <source>HELP [command]</source>
            <translation>HELP [команда]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="302" />
            <source>Show this help</source>
            <translation>Прикажи ову помоћ</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="65" />
            <source>bad position '{word}': expected @ place, @ lat,lon (e.g. @ 60.1699,24.9384) or @ selected</source>
            <translation>погрешан положај '{word}': очекује се @ место, @ ширина,дужина (нпр. @ 60.1699,24.9384) или @ selected</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="76" />
            <source>latitude {value} is out of range (-90 to 90)</source>
            <translation>географска ширина {value} је ван опсега (од -90 до 90)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="82" />
            <source>longitude {value} is out of range (-180 to 180)</source>
            <translation>географска дужина {value} је ван опсега (од -180 до 180)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="104" />
            <location filename="../../console/controllers/command_places.py" line="151" />
            <source>where? type a place after @, e.g. @ Mariankatu 12</source>
            <translation>где? унесите место после @, нпр. @ Mariankatu 12</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="129" />
            <location filename="../../console/controllers/command_places.py" line="166" />
            <location filename="../../console/controllers/command_words.py" line="418" />
            <source>unexpected '{word}'; usage: {usage}</source>
            <translation>неочекивано '{word}'; употреба: {usage}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="178" />
            <location filename="../../console/controllers/command_places.py" line="187" />
            <source>a call's place is @ place, @ lat,lon or @ offered</source>
            <translation>место позива је @ место, @ ширина,дужина или @ offered</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="167" />
            <source>unknown incident '{word}'</source>
            <extracomment>Ids of calls and alerts that are over (released, promoted, ...): named, never proposed; the console says why it cannot act on them. Closed incident ids (REOPEN names one), most recently closed first. Partner control rooms' names (HANDOVER); empty: the console refuses a handover. "unknown &lt;what&gt; '{word}'" and its "did you mean" form, per kind of name.</extracomment>
            <translation>непозната интервенција '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="168" />
            <source>unknown incident '{word}' — did you mean {suggestion}?</source>
            <translation>непозната интервенција '{word}' — да ли сте мислили {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="173" />
            <source>unknown closed incident '{word}'</source>
            <translation>непозната затворена интервенција '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="174" />
            <source>unknown closed incident '{word}' — did you mean {suggestion}?</source>
            <translation>непозната затворена интервенција '{word}' — да ли сте мислили {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="179" />
            <source>unknown partner '{word}'</source>
            <translation>непознат партнер '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="180" />
            <source>unknown partner '{word}' — did you mean {suggestion}?</source>
            <translation>непознат партнер '{word}' — да ли сте мислили {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="185" />
            <source>unknown answer '{word}'</source>
            <translation>непознат одговор '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="186" />
            <source>unknown answer '{word}' — did you mean {suggestion}?</source>
            <translation>непознат одговор '{word}' — да ли сте мислили {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="189" />
            <source>unknown call '{word}'</source>
            <translation>непознат позив '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="190" />
            <source>unknown call '{word}' — did you mean {suggestion}?</source>
            <translation>непознат позив '{word}' — да ли сте мислили {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="193" />
            <source>unknown alert '{word}'</source>
            <translation>непозната узбуна '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="194" />
            <source>unknown alert '{word}' — did you mean {suggestion}?</source>
            <translation>непозната узбуна '{word}' — да ли сте мислили {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="197" />
            <source>unknown unit '{word}'</source>
            <translation>непозната јединица '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="198" />
            <source>unknown unit '{word}' — did you mean {suggestion}?</source>
            <translation>непозната јединица '{word}' — да ли сте мислили {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="201" />
            <source>unknown incident type '{word}'</source>
            <translation>непозната врста интервенције '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="202" />
            <source>unknown incident type '{word}' — did you mean {suggestion}?</source>
            <translation>непозната врста интервенције '{word}' — да ли сте мислили {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="207" />
            <source>unknown unit or incident '{word}'</source>
            <translation>непозната јединица или интервенција '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="208" />
            <source>unknown unit or incident '{word}' — did you mean {suggestion}?</source>
            <translation>непозната јединица или интервенција '{word}' — да ли сте мислили {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="213" />
            <source>unknown command '{word}'</source>
            <translation>непозната команда '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="214" />
            <source>unknown command '{word}' — did you mean {suggestion}?</source>
            <translation>непозната команда '{word}' — да ли сте мислили {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="221" />
            <source>no call is selected ('.' means the selected call)</source>
            <extracomment>"no &lt;what&gt; is selected" for a call or an alert named by ".".</extracomment>
            <translation>ниједан позив није изабран ('.' значи изабрани позив)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="224" />
            <source>no alert is selected ('.' means the selected alert)</source>
            <translation>ниједна узбуна није изабрана ('.' значи изабрану узбуну)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="262" />
            <source>no incident is selected ('.' means the selected incident)</source>
            <translation>ниједна интервенција није изабрана ('.' значи изабрану интервенцију)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="277" />
            <source>incident '{word}' is ambiguous: {choices}</source>
            <translation>интервенција '{word}' није једнозначна: {choices}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="343" />
            <source>no call is selected: name one ({usage})</source>
            <translation>ниједан позив није изабран: наведите један ({usage})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="353" />
            <source>no alert is selected: name one ({usage})</source>
            <translation>ниједна узбуна није изабрана: наведите једну ({usage})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="394" />
            <source>incident type '{word}' is ambiguous: {choices}</source>
            <translation>врста интервенције '{word}' није једнозначна: {choices}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="404" />
            <source>{verb} needs more: {usage}</source>
            <translation>{verb} тражи још: {usage}</translation>
        </message>
    </context>
    <context>
        <name>CommandLineWidget</name>
        <message>
            <location filename="../../widgets/command_line.py" line="159" />
            <source>Command (F1 for help), e.g. D 123 E11</source>
            <extracomment>What a position looks like while it is being typed ("60.17", "60°10'N 24"). Keys the line keeps for itself even where the window has a shortcut on them.</extracomment>
            <translation>Команда (F1 за помоћ), нпр. D 123 E11</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Command</source>
            <translation>Команда</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Meaning</source>
            <translation>Значење</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Also</source>
            <translation>Такође</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Example</source>
            <translation>Пример</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="315" />
            <source>No place found for '{query}'</source>
            <translation>Није нађено место за „{query}“</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="479" />
            <source>Picked: {label} (typed: {typed})</source>
            <translation>Изабрано: {label} (укуцано: {typed})</translation>
        </message>
    </context>
    <context>
        <name>ConsoleSession</name>
        <message>
            <location filename="../../console/session/live.py" line="251" />
            <source>STORE UNAVAILABLE — links are not started, nothing is received: {err}</source>
            <translation>СКЛАДИШТЕ НЕДОСТУПНО — везе нису покренуте, ништа се не прима: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="254" />
            <source>Store: unavailable</source>
            <translation>Складиште: недоступно</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/live.py" line="559" />
            <source>Store: {where} · %n event(s)</source>
            <translation>
                <numerusform>Складиште: {where} · %n догађај</numerusform>
                <numerusform>Складиште: {where} · %n догађаја</numerusform>
                <numerusform>Складиште: {where} · %n догађаја</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="64" />
            <source>paused: the store is not keeping up</source>
            <translation>паузирано: складиште не стиже</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="69" />
            <source>%n datagram(s) dropped while the store was not keeping up</source>
            <translation>
                <numerusform>%n датаграм одбачен док складиште није стизало</numerusform>
                <numerusform>%n датаграма одбачена док складиште није стизало</numerusform>
                <numerusform>%n датаграма одбачено док складиште није стизало</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="73" />
            <source>%n datagram(s) dropped by the system: they came faster than the console could read</source>
            <translation>
                <numerusform>систем је одбацио %n датаграм: стизали су брже него што их је конзола читала</numerusform>
                <numerusform>систем је одбацио %n датаграма: стизали су брже него што их је конзола читала</numerusform>
                <numerusform>систем је одбацио %n датаграма: стизали су брже него што их је конзола читала</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="89" />
            <source>%n slow or idle connection(s) cut</source>
            <translation>
                <numerusform>%n спора или неактивна веза прекинута</numerusform>
                <numerusform>%n споре или неактивне везе прекинуте</numerusform>
                <numerusform>%n спорих или неактивних веза прекинуто</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="91" />
            <source>%n connection(s) refused at the cap</source>
            <translation>
                <numerusform>%n веза одбијена на ограничењу</numerusform>
                <numerusform>%n везе одбијене на ограничењу</numerusform>
                <numerusform>%n веза одбијено на ограничењу</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="100" />
            <source>{radar} DOWN: {reason}</source>
            <translation>{radar} ВАН ФУНКЦИЈЕ: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="102" />
            <source>{radar} degraded: {reason}</source>
            <translation>{radar} ометено: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="83" />
            <source>%n request(s) refused ({size} not stored)</source>
            <translation>
                <numerusform>%n захтев одбијен ({size} није сачувано)</numerusform>
                <numerusform>%n захтева одбијена ({size} није сачувано)</numerusform>
                <numerusform>%n захтева одбијено ({size} није сачувано)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/logged_links.py" line="112" />
            <source>run by another process (the recorder): as the log tells it</source>
            <translation>покреће га други процес (процес снимања): како га дневник бележи</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="67" />
            <source>the database connection is lost ({why}); the action was not recorded</source>
            <translation>веза са базом података је изгубљена ({why}); радња није забележена</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="53" />
            <source>since {time}: {error}</source>
            <translation>од {time}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="71" />
            <source>DATABASE CONNECTION LOST {why} — the picture is frozen as last known; actions are refused until it returns</source>
            <translation>ИЗГУБЉЕНА ВЕЗА СА БАЗОМ ПОДАТАКА {why} — слика је замрзнута у последњем познатом стању; радње се одбијају док се веза не врати</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="77" />
            <source>the store cannot be written ({err}); the action was not recorded</source>
            <translation>у складиште се не може уписати ({err}); радња није забележена</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="81" />
            <source>STORE FAILING — received data is held in memory and retried, not yet stored; actions are refused: {err}</source>
            <translation>СКЛАДИШТЕ ОТКАЗУЈЕ — примљени подаци се чувају у меморији и поново шаљу, још нису уписани; радње се одбијају: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="228" />
            <source>{unit}: {label} (radio {link} {address})</source>
            <translation>{unit}: {label} (радио {link} {address})</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="123" />
            <source>PAGING AND RADIO NOT STARTED: {err}</source>
            <translation>ПОЗИВАЊЕ И РАДИО НИСУ ПОКРЕНУТИ: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="215" />
            <source>NOT ACKNOWLEDGED: {units} — RESEND &lt;unit&gt; [link] or VOICE &lt;unit&gt;</source>
            <translation>БЕЗ ПОТВРДЕ: {units} — RESEND &lt;јединица&gt; [веза] или VOICE &lt;јединица&gt;</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="175" />
            <source>PARTNER AGENCIES NOT STARTED: {err}</source>
            <translation>ВЕЗА СА ПАРТНЕРСКИМ СЛУЖБАМА НИЈЕ ПОКРЕНУТА: {err}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="182" />
            <source>Unexpected error</source>
            <translation>Неочекивана грешка</translation>
        </message>
    </context>
    <context>
        <name>DismissAlertDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="358" />
            <source>Dismiss alert {id}</source>
            <extracomment>Common reasons to dismiss an alert; the last entry needs free text.</extracomment>
            <translation>Одбаци узбуну {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="359" />
            <source>Why is alert {id} dismissed?</source>
            <translation>Зашто је узбуна {id} одбачена?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="366" />
            <source>Details</source>
            <translation>Детаљи</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="368" />
            <source>Dismiss alert</source>
            <translation>Одбаци узбуну</translation>
        </message>
    </context>
    <context>
        <name>DispatchController</name>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="176" />
            <source>dispatch</source>
            <translation>упућивање</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="177" />
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="178" />
            <source>new incident</source>
            <translation>нова интервенција</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="179" />
            <source>recommend</source>
            <translation>препорука</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="180" />
            <source>note</source>
            <translation>белешка</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="181" />
            <source>close</source>
            <translation>затварање</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="182" />
            <source>location</source>
            <translation>локација</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="183" />
            <source>where</source>
            <translation>где</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="184" />
            <source>resend</source>
            <translation>поновно позивање</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="185" />
            <source>voice</source>
            <translation>глас</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="186" />
            <source>reopen</source>
            <translation>поновно отварање</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="187" />
            <source>handover</source>
            <translation>предаја</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="264" />
            <source>this site has no partner agencies ([[http.partners]] in site.toml)</source>
            <translation>ова локација нема партнерске службе ([[http.partners]] у site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="267" />
            <source>handed over to {partner}</source>
            <translation>предато центру {partner}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="372" />
            <source>unknown incident {incident}</source>
            <translation>непозната интервенција {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="330" />
            <source>no unit is available for {incident}</source>
            <translation>нема слободне јединице за {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="463" />
            <source>card: unknown incident {incident}</source>
            <translation>картица: непозната интервенција {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="78" />
            <source>{target}: {place}</source>
            <translation>{target}: {place}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="92" />
            <source>no named street nearby</source>
            <translation>нема именоване улице у близини</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="97" />
            <source>{place}, {distance} m</source>
            <translation>{place}, {distance} м</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="132" />
            <source>places are unavailable: give @ lat,lon or pick on the map</source>
            <translation>места нису доступна: унесите @ ширина,дужина или изаберите на мапи</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="192" />
            <source>places unavailable: give @ lat,lon</source>
            <translation>места недоступна: унесите @ ширина,дужина</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="208" />
            <source>places unavailable</source>
            <translation>места недоступна</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="224" />
            <source>places unavailable ({why}): coordinates only</source>
            <translation>места недоступна ({why}): само координате</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="86" />
            <source>{where} (places unavailable)</source>
            <translation>{where} (места недоступна)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="93" />
            <source>{where} ({why})</source>
            <translation>{where} ({why})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="118" />
            <source>where? give @ place or @ lat,lon, or select a unit or incident and use @ sel</source>
            <translation>где? унесите @ место или @ ширина,дужина, или изаберите јединицу или интервенцију и користите @ sel</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="156" />
            <source>which place? {places} — pick one from the list; nothing was created</source>
            <translation>које место? {places} — изаберите једно са списка; ништа није направљено</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="147" />
            <source>no place found for '{query}'; nothing was created</source>
            <translation>није пронађено место за '{query}'; ништа није направљено</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="65" />
            <source>{unit} has no position fix</source>
            <translation>{unit} нема одређен положај</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="141" />
            <source>places are unavailable ({why}): give @ lat,lon or pick on the map; nothing was created</source>
            <translation>места нису доступна ({why}): унесите @ ширина,дужина или изаберите на мапи; ништа није направљено</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="176" />
            <source>{error}; nothing was created</source>
            <translation>{error}; ништа није направљено</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="78" />
            <source>queued</source>
            <translation>у реду</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="79" />
            <source>sent</source>
            <translation>послато</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="80" />
            <source>link acknowledged</source>
            <translation>веза потврдила</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="81" />
            <source>delivered</source>
            <translation>уручено</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="82" />
            <source>read</source>
            <translation>прочитано</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="83" />
            <source>accepted</source>
            <translation>прихваћено</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="86" />
            <source>reached by voice</source>
            <translation>добијено гласом</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="42" />
            <source>this site has no paging or radio links ([reach] in site.toml)</source>
            <translation>ова локација нема везе за позивање ни радио ([reach] у site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="88" />
            <source>rejected</source>
            <translation>одбијено</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="97" />
            <source>NO LINK ACKNOWLEDGEMENT</source>
            <translation>НЕМА ПОТВРДЕ ВЕЗЕ</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="99" />
            <source>NO CREW ACKNOWLEDGEMENT</source>
            <translation>НЕМА ПОТВРДЕ ПОСАДЕ</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="102" />
            <source>{link} {address}: {step}</source>
            <translation>{link} {address}: {step}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="49" />
            <source>{unit} paged again ({notice})</source>
            <translation>{unit} поново позвана ({notice})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="90" />
            <source>completed</source>
            <translation>завршено</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="92" />
            <source>FAILED: {reason}</source>
            <translation>НЕУСПЕЛО: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialogs</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="107" />
            <source>Handled on scene</source>
            <translation>Збринуто на лицу места</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="108" />
            <source>Transported</source>
            <translation>Транспортовано</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="109" />
            <source>False alarm</source>
            <translation>Лажна узбуна</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="110" />
            <source>Cancelled by caller</source>
            <translation>Отказао позивалац</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="111" />
            <source>Unable to locate</source>
            <translation>Није пронађено</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="112" />
            <source>Referred to other agency</source>
            <translation>Прослеђено другој служби</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="113" />
            <source>Other</source>
            <translation>Остало</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="115" />
            <source>Drill ended</source>
            <translation>Вежба завршена</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="341" />
            <source>Known activity</source>
            <translation>Позната активност</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="342" />
            <source>Duplicate of another alert</source>
            <translation>Дупликат друге узбуне</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="343" />
            <source>Outside our area</source>
            <translation>Ван нашег подручја</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="344" />
            <source>Sensor fault</source>
            <translation>Квар сензора</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="512" />
            <source>Open a store to replay</source>
            <translation>Отвори складиште за репродукцију</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="514" />
            <source>Stores (*.sqlite *.db)</source>
            <translation>Складишта (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="514" />
            <source>All files (*)</source>
            <translation>Све датотеке (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="86" />
            <source>(no raw bytes)</source>
            <translation>(нема сирових бајтова)</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="56" />
            <source>Raw bytes</source>
            <translation>Сирови бајтови</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="57" />
            <source>Decoded when stored</source>
            <translation>Декодирано при упису</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="58" />
            <source>Decoded today</source>
            <translation>Декодирано данас</translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message>
            <location filename="../../models/drills/report_html.py" line="55" />
            <source>EXERCISE — NOT LIVE DATA</source>
            <translation>ВЕЖБА — НИСУ СТВАРНИ ПОДАЦИ</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="97" />
            <source>no data</source>
            <translation>нема података</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="100" />
            <source>PASS</source>
            <translation>ПОЛОЖЕНО</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="102" />
            <source>FAIL</source>
            <translation>НИЈЕ ПОЛОЖЕНО</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="106" />
            <source>none</source>
            <translation>нема</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="117" />
            <source>ok</source>
            <translation>у реду</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="120" />
            <location filename="../../models/drills/report_texts.py" line="149" />
            <source>late</source>
            <translation>касни</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="128" />
            <source>{percentile} within {target}</source>
            <translation>{percentile} у року од {target}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="144" />
            <source>(not expected)</source>
            <translation>(није очекивана)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="156" />
            <source>any</source>
            <translation>било која</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="174" />
            <source>Drill report: {title}</source>
            <translation>Извештај са вежбе: {title}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="178" />
            <location filename="../../models/drills/report_json.py" line="77" />
            <source>PASSED</source>
            <translation>ПОЛОЖЕНО</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="179" />
            <location filename="../../models/drills/report_json.py" line="78" />
            <source>NOT PASSED</source>
            <translation>НИЈЕ ПОЛОЖЕНО</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="181" />
            <source>Score {score} / {total}</source>
            <translation>Оцена {score} / {total}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="186" />
            <source>{time} of wall-clock time</source>
            <translation>{time} стварног времена</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="192" />
            <source>not ended</source>
            <translation>није завршена</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="197" />
            <source>Scenario</source>
            <translation>Сценарио</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="198" />
            <source>Started (UTC)</source>
            <translation>Почетак (UTC)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="199" />
            <source>Ended (UTC)</source>
            <translation>Крај (UTC)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="200" />
            <source>End</source>
            <translation>Крај</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="201" />
            <source>Drill time</source>
            <translation>Време вежбе</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="202" />
            <source>Speed</source>
            <translation>Брзина</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="203" />
            <source>Paused</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="220" />
            <source>Targets (NFPA 1225-style)</source>
            <translation>Циљеви (по узору на NFPA 1225)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="224" />
            <source>Measure</source>
            <translation>Показатељ</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="225" />
            <source>Target</source>
            <translation>Циљ</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="226" />
            <source>Within target</source>
            <translation>У року</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="227" />
            <source>Percentile value</source>
            <translation>Вредност перцентила</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="228" />
            <location filename="../../models/drills/report_html.py" line="243" />
            <location filename="../../models/drills/report_html.py" line="312" />
            <source>Result</source>
            <translation>Резултат</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="233" />
            <source>Trainees</source>
            <translation>Полазници</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="237" />
            <source>Trainee</source>
            <translation>Полазник</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="238" />
            <source>Calls answered</source>
            <translation>Јављени позиви</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="239" />
            <source>Incidents created</source>
            <translation>Отворене интервенције</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="240" />
            <source>Units dispatched</source>
            <translation>Упућене јединице</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="241" />
            <source>Alerts handled</source>
            <translation>Обрађене узбуне</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="262" />
            <source>Calls</source>
            <translation>Позиви</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="263" />
            <source>abandoned</source>
            <translation>прекинут</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="264" />
            <source>duplicate</source>
            <translation>дупликат</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="268" />
            <source>Call</source>
            <translation>Позив</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="269" />
            <source>Number</source>
            <translation>Број</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="270" />
            <source>Via</source>
            <translation>Извор</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="271" />
            <source>Offered</source>
            <translation>Понуђен</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="272" />
            <source>Answered by</source>
            <translation>Јавио се</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="273" />
            <source>Answer time</source>
            <translation>Време јављања</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="274" />
            <location filename="../../models/drills/report_html.py" line="304" />
            <location filename="../../models/drills/report_html.py" line="348" />
            <source>Incident</source>
            <translation>Интервенција</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="275" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="276" />
            <source>Process</source>
            <translation>Обрада</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="277" />
            <location filename="../../models/drills/report_html.py" line="311" />
            <source>On scene</source>
            <translation>На лицу места</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="278" />
            <source>Note</source>
            <translation>Напомена</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="298" />
            <source>Expected incidents</source>
            <translation>Очекиване интервенције</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="303" />
            <location filename="../../models/drills/report_html.py" line="321" />
            <source>Expected</source>
            <translation>Очекивано</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="305" />
            <location filename="../../models/drills/report_html.py" line="463" />
            <source>Type</source>
            <translation>Врста</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="306" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="307" />
            <source>Units sent</source>
            <translation>Послате јединице</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="308" />
            <source>Missing</source>
            <translation>Недостаје</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="309" />
            <source>Not asked for</source>
            <translation>Нису тражене</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="310" />
            <source>Dispatch</source>
            <translation>Упућивање</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="317" />
            <source>Alerts</source>
            <translation>Узбуне</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="322" />
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="323" />
            <source>Alert</source>
            <translation>Узбуна</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="324" />
            <source>Title</source>
            <translation>Наслов</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="325" />
            <location filename="../../models/drills/report_html.py" line="351" />
            <source>Raised</source>
            <translation>Подигнута</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="326" />
            <source>Handling</source>
            <translation>Поступање</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="327" />
            <location filename="../../models/drills/report_html.py" line="353" />
            <source>By</source>
            <translation>Ко</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="328" />
            <location filename="../../models/drills/report_html.py" line="354" />
            <source>After</source>
            <translation>После</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="329" />
            <source>Acceptable</source>
            <translation>Прихватљиво</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="330" />
            <source>Outcome</source>
            <translation>Исход</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="336" />
            <source>Units not acknowledging (NOT ACKNOWLEDGED alarms)</source>
            <translation>Јединице без потврде (узбуне БЕЗ ПОТВРДЕ)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="342" />
            <source>{raised}, {unanswered}.</source>
            <translation>{raised}, {unanswered}.</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="347" />
            <source>Unit</source>
            <translation>Јединица</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="349" />
            <source>Notice</source>
            <translation>Обавештење</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="350" />
            <source>Limit</source>
            <translation>Рок</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="352" />
            <source>First action</source>
            <translation>Прва радња</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="373" />
            <source>Injection timeline</source>
            <translation>Временски ток убацивања</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="389" />
            <source>{created} (expected {expected})</source>
            <translation>{created} (очекивано {expected})</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="400" />
            <source>not created</source>
            <translation>није отворена</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="404" />
            <source>wrong</source>
            <translation>погрешно</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="407" />
            <source>off</source>
            <translation>ван места</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="427" />
            <source>not sent</source>
            <translation>није послато</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="443" />
            <source>{what} (by {name})</source>
            <translation>{what} (убацио {name})</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="452" />
            <source>by hand</source>
            <translation>ручно</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="461" />
            <source>Planned</source>
            <translation>Планирано</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="462" />
            <source>Sent</source>
            <translation>Послато</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="464" />
            <source>What</source>
            <translation>Шта</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="117" />
            <source>{n} s</source>
            <extracomment>Plural sources the reports use (the console's translator names each as a literal).</extracomment>
            <translation>{n} с</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="123" />
            <source>{m} m</source>
            <translation>{m} м</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="134" />
            <source>Calls answered (offered → answered)</source>
            <extracomment>What each measure of the score is (``models.drills.scoring``), in words.</extracomment>
            <translation>Јављање на позиве (понуђен → јављено)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="135" />
            <source>Calls answered, second target</source>
            <translation>Јављање на позиве, други циљ</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="136" />
            <source>High-priority calls processed (answered → first unit dispatched)</source>
            <translation>Обрада хитних позива (јављено → прва јединица упућена)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="139" />
            <source>Alerts handled (raised → first handling)</source>
            <translation>Обрада узбуна (подигнута → прво поступање)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="140" />
            <source>NOT ACKNOWLEDGED alarms acted on (raised → the dispatcher's first action)</source>
            <translation>Реаговање на узбуне БЕЗ ПОТВРДЕ (подигнута → прва радња диспечера)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="148" />
            <source>handled</source>
            <extracomment>An expected alert's outcome (``AlertScore.outcome``).</extracomment>
            <translation>обрађена</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="150" />
            <source>wrong handling</source>
            <translation>погрешно поступање</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="151" />
            <source>missed</source>
            <translation>пропуштена</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="152" />
            <source>not raised</source>
            <translation>није подигнута</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="157" />
            <source>acknowledged</source>
            <extracomment>How an alert was handled (``models.drills.drill_log.HANDLING_OF``).</extracomment>
            <translation>потврђена</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="158" />
            <source>promoted to an incident</source>
            <translation>претворена у интервенцију</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="159" />
            <source>linked to an incident</source>
            <translation>повезана са интервенцијом</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="160" />
            <source>dismissed</source>
            <translation>одбачена</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="165" />
            <location filename="../../models/drills/report_texts.py" line="196" />
            <source>CAP alert</source>
            <extracomment>Kinds of expected alerts (``models.drills.scenario.ALERT_KINDS``).</extracomment>
            <translation>CAP узбуна</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="166" />
            <location filename="../../models/drills/report_texts.py" line="195" />
            <source>zone alarm</source>
            <translation>аларм зоне</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="167" />
            <source>zone entry</source>
            <translation>улазак у зону</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="172" />
            <source>no link acknowledgement</source>
            <extracomment>Which limit of a NOT ACKNOWLEDGED alarm ran out (``AlarmResponse.stage``).</extracomment>
            <translation>веза није потврдила</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="173" />
            <source>no crew answer</source>
            <translation>посада није одговорила</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="178" />
            <source>sent again</source>
            <extracomment>The dispatcher's first action on an alarm (``AlarmResponse.action``, an event kind).</extracomment>
            <translation>поново послато</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="179" />
            <source>reached by voice</source>
            <translation>добијено гласом</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="180" />
            <source>unit status changed</source>
            <translation>промењен статус јединице</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="181" />
            <source>another unit assigned</source>
            <translation>упућена друга јединица</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="186" />
            <source>completed</source>
            <extracomment>How a drill ended (``drill.ended`` reason).</extracomment>
            <translation>завршено</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="187" />
            <source>ended by trainer</source>
            <translation>прекинуо инструктор</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="192" />
            <source>call</source>
            <extracomment>Injection types (``models.drills.injections``).</extracomment>
            <translation>позив</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="193" />
            <source>rebid</source>
            <translation>поновни упит локације</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="194" />
            <source>track</source>
            <translation>путања</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="197" />
            <source>link down</source>
            <translation>веза у прекиду</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="198" />
            <source>link up</source>
            <translation>веза успостављена</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="199" />
            <source>note</source>
            <translation>белешка</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="215" />
            <source>call from {caller} via {via} at {where}</source>
            <translation>позив са {caller} преко {via} на {where}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="217" />
            <source>rebid of {caller} via {via} at {where}</source>
            <translation>поновни упит локације {caller} преко {via} на {where}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="226" />
            <source>track {track} on {sensor} ({via}), {points}, {speed}</source>
            <translation>путања {track} на сензору {sensor} ({via}), {points}, {speed}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="232" />
            <source>{v} m/s</source>
            <translation>{v} м/с</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="238" />
            <source>zone alarm {state} from {sensor} in zone {zone}</source>
            <translation>аларм зоне {state} са сензора {sensor} у зони {zone}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="242" />
            <source>CAP {type} {identifier}: {event} (exercise)</source>
            <translation>CAP {type} {identifier}: {event} (вежба)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="245" />
            <source>link {link} down</source>
            <translation>веза {link} у прекиду</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="249" />
            <source>link {link} up</source>
            <translation>веза {link} успостављена</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="250" />
            <source>note: {text}</source>
            <translation>белешка: {text}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="59" />
            <source>%n alarm(s) raised</source>
            <translation>
                <numerusform>%n узбуна подигнута</numerusform>
                <numerusform>%n узбуне подигнуте</numerusform>
                <numerusform>%n узбуна подигнуто</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="60" />
            <source>%n never acted on</source>
            <translation>
                <numerusform>на %n није реаговано</numerusform>
                <numerusform>на %n није реаговано</numerusform>
                <numerusform>на %n није реаговано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="61" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n тачка</numerusform>
                <numerusform>%n тачке</numerusform>
                <numerusform>%n тачака</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillSession</name>
        <message>
            <location filename="../../console/session/drill.py" line="169" />
            <source>DRILL FEEDS UNAVAILABLE — the drill cannot run: {err}</source>
            <translation>ИЗВОРИ ВЕЖБЕ НЕДОСТУПНИ — вежба не може да почне: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="179" />
            <source>The drill cannot run: the drill store did not open.</source>
            <translation>Вежба не може да почне: складиште вежбе се није отворило.</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="236" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>ВЕЖБА НИЈЕ ПОКРЕНУТА — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="253" />
            <source>The drill radio did not start; crews report without it: {err}</source>
            <translation>Радио вежбе се није покренуо; посаде јављају без њега: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="375" />
            <source>The report could not be written: {err}</source>
            <translation>Извештај није могао да се упише: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="406" />
            <source>Answering calls</source>
            <translation>Јављање на позиве</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="407" />
            <source>Call to dispatch</source>
            <translation>Од позива до упућивања</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="408" />
            <source>Incidents handled</source>
            <translation>Обрађене интервенције</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="409" />
            <source>Alerts handled</source>
            <translation>Обрађене узбуне</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="420" />
            <location filename="../../console/session/drill.py" line="421" />
            <source>calls answered</source>
            <translation>јављени позиви</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="422" />
            <source>high-priority calls dispatched</source>
            <translation>упућени хитни позиви</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="423" />
            <source>alerts handled</source>
            <translation>обрађене узбуне</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="424" />
            <source>NOT ACKNOWLEDGED alarms acted on</source>
            <translation>Реаговање на узбуне БЕЗ ПОТВРДЕ</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="427" />
            <source>{what} within {target} s: none to measure</source>
            <translation>{what} у року од {target} с: нема шта да се мери</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/drill.py" line="431" />
            <source>{what} within {target} s: {within} of %n (target {pct} %)</source>
            <translation>
                <numerusform>{what} за {target} s: {within} од %n (циљ {pct} %)</numerusform>
                <numerusform>{what} за {target} s: {within} од %n (циљ {pct} %)</numerusform>
                <numerusform>{what} за {target} s: {within} од %n (циљ {pct} %)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="91" />
            <source>Copy</source>
            <translation>Копирај</translation>
        </message>
        <message>
            <location filename="../../widgets/error_dialog.py" line="92" />
            <source>Copy the error and its details to the clipboard</source>
            <translation>Копирај грешку и детаље у клипборд</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/error_dialog.py" line="120" />
            <source>%n error(s) occurred; see the details below.</source>
            <translation>
                <numerusform>Дошло је до %n грешке; погледајте детаље испод.</numerusform>
                <numerusform>Дошло је до %n грешке; погледајте детаље испод.</numerusform>
                <numerusform>Дошло је до %n грешака; погледајте детаље испод.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLogDock</name>
        <message>
            <location filename="../../widgets/event_log.py" line="289" />
            <source>Event log</source>
            <translation>Дневник догађаја</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="296" />
            <source>Filter by source, kind, text or error</source>
            <translation>Филтрирај по извору, врсти, тексту или грешци</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="299" />
            <source>Errors only</source>
            <translation>Само грешке</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../widgets/event_log.py" line="172" />
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="173" />
            <source>Source</source>
            <translation>Извор</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="174" />
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="175" />
            <source>Summary</source>
            <translation>Сажетак</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="176" />
            <source>Rejected because</source>
            <translation>Одбијено јер</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="207" />
            <source>{kind} (rejected)</source>
            <translation>{kind} (одбијено)</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="218" />
            <source>#{seq} received {when} {zone}
{summary}</source>
            <translation>#{seq} примљено {when} {zone}
{summary}</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="222" />
            <source>Rejected: {reason}</source>
            <translation>Одбијено: {reason}</translation>
        </message>
    </context>
    <context>
        <name>EventText</name>
        <message numerus="yes">
            <location filename="../../console/reports/event_text.py" line="122" />
            <source>%n frame(s)</source>
            <translation>
                <numerusform>%n оквир</numerusform>
                <numerusform>%n оквира</numerusform>
                <numerusform>%n оквира</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="330" />
            <source>up</source>
            <translation>ради</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="331" />
            <source>connecting</source>
            <translation>повезивање</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="332" />
            <source>down</source>
            <translation>ван функције</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="333" />
            <source>stopped</source>
            <translation>заустављено</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="339" />
            <source>degraded</source>
            <translation>ометено</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="339" />
            <source>ok</source>
            <translation>у реду</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="368" />
            <source>address</source>
            <translation>адреса</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="369" />
            <source>street</source>
            <translation>улица</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="370" />
            <source>intersection</source>
            <translation>раскрсница</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="371" />
            <source>landmark</source>
            <translation>оријентир</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="372" />
            <source>coordinates</source>
            <translation>координате</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="373" />
            <source>named site</source>
            <translation>објекат</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="374" />
            <source>named place</source>
            <translation>место</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="416" />
            <source>no location</source>
            <translation>без локације</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="429" />
            <source>address only</source>
            <translation>само адреса</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="469" />
            <source>call {call} answered</source>
            <translation>позив {call} примљен</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="470" />
            <source>call {call} released</source>
            <translation>позив {call} ослобођен</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="495" />
            <source>alert {alert} promoted to {incident}</source>
            <translation>узбуна {alert} претворена у интервенцију {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="496" />
            <source>alert {alert} linked to {incident}</source>
            <translation>узбуна {alert} повезана са {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="497" />
            <source>alert {alert} dismissed: {reason}</source>
            <translation>узбуна {alert} одбачена: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="498" />
            <source>alert {alert} cancelled: {reason}</source>
            <translation>узбуна {alert} опозвана: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="499" />
            <source>alert {alert} acknowledged</source>
            <translation>потврђен пријем узбуне {alert}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="500" />
            <source>alert {alert} updated</source>
            <translation>узбуна {alert} ажурирана</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="511" />
            <source>CAP</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="512" />
            <source>zone-entry</source>
            <translation>улазак у зону</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="513" />
            <source>zone-alarm</source>
            <translation>аларм зоне</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="514" />
            <source>radio</source>
            <translation>радио-веза</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="515" />
            <source>extreme</source>
            <translation>екстремна</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="516" />
            <source>severe</source>
            <translation>тешка</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="517" />
            <source>moderate</source>
            <translation>умерена</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="518" />
            <source>minor</source>
            <translation>мала</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="519" />
            <source>unknown</source>
            <translation>непознато</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="526" />
            <source>headless command</source>
            <translation>команда без прозора</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="123" />
            <source>{count} frames</source>
            <translation>{count} оквира</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="221" />
            <source>new incident {incident} {type} (P{priority}) at {where} from call {call}</source>
            <translation>нова интервенција {incident} {type} (P{priority}) на {where} из позива {call}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="242" />
            <source>as recommended</source>
            <translation>по препоруци</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="242" />
            <source>dispatcher's choice</source>
            <translation>избор диспечера</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="443" />
            <source>unknown number</source>
            <translation>непознат број</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="451" />
            <source>call {call} rebid: {where}</source>
            <translation>позив {call} поновни упит локације: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="453" />
            <source>call {call} location: {where}</source>
            <translation>позив {call} локација: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="475" />
            <source>call {call} {what}</source>
            <translation>позив {call} {what}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="482" />
            <source>EXERCISE alert {alert} ({origin}, {severity}): {title}</source>
            <translation>ВЕЖБА узбуна {alert} ({origin}, {severity}): {title}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="484" />
            <source>alert {alert} ({origin}, {severity}): {title}</source>
            <translation>узбуна {alert} ({origin}, {severity}): {title}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="505" />
            <source>alert {alert} {what}</source>
            <translation>узбуна {alert} {what}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="527" />
            <source>{command} run by OS user {user} on {host}</source>
            <translation>{command} покренуо корисник система {user} на {host}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="169" />
            <source>rejected {protocol} frame: {error}</source>
            <translation>одбијен оквир {protocol}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="173" />
            <source>link {link} {state} ({endpoint})</source>
            <translation>веза {link} {state} ({endpoint})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="182" />
            <source>not stored as {kind}: {error}</source>
            <translation>није сачувано као {kind}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="197" />
            <source>the store dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}</source>
            <translation>складиште је одбацило {frames} ({bytes} бајтова) између {first} и {last}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="201" />
            <source>sensor {sensor} {state}: {reason}</source>
            <translation>сензор {sensor} {state}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="207" />
            <source>link {link} not started: {error}</source>
            <translation>веза {link} није покренута: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="255" />
            <source>{unit} {status} (was {previous})</source>
            <translation>{unit} {status} (пре: {previous})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="266" />
            <source>note on {incident}: {text}</source>
            <translation>белешка уз {incident}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="270" />
            <source>{incident} closed: {disposition}</source>
            <translation>{incident} затворена: {disposition}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="280" />
            <source>{incident} REOPENED: {reason}</source>
            <translation>{incident} ПОНОВО ОТВОРЕНА: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="296" />
            <source>console started on site {site}</source>
            <translation>конзола покренута на локацији {site}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="298" />
            <source>console stopped on site {site}</source>
            <translation>конзола заустављена на локацији {site}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="319" />
            <source>unknown unit {unit}</source>
            <translation>непозната јединица {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="344" />
            <source>{text}, {place}</source>
            <translation>{text}, {place}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="363" />
            <source>{m} m</source>
            <translation>{m} м</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="395" />
            <source>UNVERIFIED forced point</source>
            <translation>НЕПРОВЕРЕНА принудна тачка</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="397" />
            <source>UNVERIFIED position</source>
            <translation>НЕПРОВЕРЕН положај</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="403" />
            <source>{text}, near {place}</source>
            <translation>{text}, близу {place}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="406" />
            <source>{text} [places {builds}]</source>
            <translation>{text} [места {builds}]</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="446" />
            <source>call {call} from {number} ({via}) at {where}</source>
            <translation>позив {call} са {number} ({via}) на {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="457" />
            <source>call {call} location verified: {where}</source>
            <translation>локација позива {call} проверена: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="461" />
            <source>call {call} attached to {incident}</source>
            <translation>позив {call} придружен {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="467" />
            <source>call {call} abandoned</source>
            <translation>позив {call} прекинут</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="531" />
            <source>{text} (pid {pid})</source>
            <translation>{text} (процес {pid})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="533" />
            <source>{text}, operator {operator} ({role})</source>
            <translation>{text}, оператер {operator} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="537" />
            <source>{text}, no operator of this store</source>
            <translation>{text}, није оператер овог складишта</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="539" />
            <source>{text}, database role {role} ({kind})</source>
            <translation>{text}, улога у бази {role} ({kind})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="179" />
            <source>{text}: {error}</source>
            <translation>{text}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="194" />
            <source>link {link} dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}</source>
            <translation>веза {link} одбацила {frames} ({bytes} бајтова) између {first} и {last}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="224" />
            <source>new incident {incident} {type} (P{priority}) at {where}</source>
            <translation>нова интервенција {incident} {type} (P{priority}) на {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="230" />
            <source>{incident} moved from {before} to {where}</source>
            <translation>{incident} премештена са {before} на {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="236" />
            <source>{incident} moved to {where}</source>
            <translation>{incident} премештена на {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="245" />
            <source>{unit} assigned to {incident}, ETA {eta}, {how}</source>
            <translation>{unit} упућена на {incident}, долазак за {eta}, {how}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="249" />
            <source>{unit} assigned to {incident}, {how}</source>
            <translation>{unit} упућена на {incident}, {how}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="252" />
            <source>{text}: {reason}</source>
            <translation>{text}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="277" />
            <source>{incident} REOPENED: {reason} (was closed: {disposition})</source>
            <translation>{incident} ПОНОВО ОТВОРЕНА: {reason} (била затворена: {disposition})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="388" />
            <source>verified to {label} ({kind}, {distance})</source>
            <translation>проверено на {label} ({kind}, {distance})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="392" />
            <source>verified to {label} ({kind})</source>
            <translation>проверено на {label} ({kind})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="466" />
            <source>call {call} abandoned: {reason}</source>
            <translation>позив {call} прекинут: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="99" />
            <source>completed</source>
            <translation>завршено</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="99" />
            <source>ended by trainer</source>
            <translation>прекинуо инструктор</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="73" />
            <source>drill {title} started (×{speed}), trainees: {trainees}</source>
            <translation>вежба {title} почела (×{speed}), полазници: {trainees}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="82" />
            <source>drill clock {time}: running (×{speed})</source>
            <translation>сат вежбе {time}: ради (×{speed})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="96" />
            <source>drill {time}: injected #{n} ({type}): {summary}</source>
            <translation>вежба {time}: убачено бр. {n} ({type}): {summary}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="101" />
            <source>drill ended at {time}: {reason}</source>
            <translation>вежба завршена у {time}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="81" />
            <source>drill clock {time}: paused</source>
            <translation>сат вежбе {time}: паузирано</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="93" />
            <source>drill {time}: trainer {by} injected #{n} ({type}): {summary}</source>
            <translation>вежба {time}: инструктор {by} убацио бр. {n} ({type}): {summary}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="62" />
            <source>{summary} — not sent: {error}</source>
            <translation>{summary} — није послато: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="31" />
            <source>dispatcher</source>
            <translation>диспечер</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="32" />
            <source>supervisor</source>
            <translation>надзорник</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="33" />
            <source>administrator</source>
            <translation>администратор</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="34" />
            <source>call-taker</source>
            <translation>оператер пријема</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="35" />
            <source>trainer</source>
            <translation>инструктор</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="136" />
            <source>wrong password</source>
            <translation>погрешна лозинка</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="137" />
            <source>unknown operator</source>
            <translation>непознат оператер</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="138" />
            <source>account disabled</source>
            <translation>налог онемогућен</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="139" />
            <source>backing off</source>
            <translation>чекање после неуспелих покушаја</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="140" />
            <source>signed in at another position</source>
            <translation>пријављен/а на другом радном месту</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="141" />
            <source>signed out</source>
            <translation>одјава</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="142" />
            <source>console closed</source>
            <translation>конзола затворена</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="143" />
            <source>time is up</source>
            <translation>време је истекло</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="144" />
            <source>signed in normally</source>
            <translation>редовна пријава</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="72" />
            <source>{name} ({role}) signed in{at}</source>
            <translation>{name} ({role}) се пријавио/ла{at}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="75" />
            <source>sign-in as {name} refused{at}: {reason}</source>
            <translation>пријава као {name} одбијена{at}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/event_text_operators.py" line="78" />
            <source>, %n failed in a row</source>
            <translation>
                <numerusform>, %n неуспех заредом</numerusform>
                <numerusform>, %n неуспеха заредом</numerusform>
                <numerusform>, %n неуспеха заредом</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="85" />
            <source>{name} signed out{at}</source>
            <translation>{name} се одјавио/ла{at}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="87" />
            <source>shift change{at}: {previous} handed over to {name} ({role})</source>
            <translation>смена{at}: {previous} предао/ла {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="91" />
            <source>position{at} locked for {name}</source>
            <translation>радно место{at} закључано за {name}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="93" />
            <source>position{at} unlocked for {name}</source>
            <translation>радно место{at} откључано за {name}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="117" />
            <source>BREAK-GLASS emergency session for {name} ({role}){at} for {minutes} until {until}: {reason}</source>
            <translation>ХИТАН ПРИСТУП за {name} ({role}){at} на {minutes} до {until}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="123" />
            <source>break-glass session of {name}{at} ended: {reason}</source>
            <translation>хитан приступ за {name}{at} завршен: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="42" />
            <source> at {position}</source>
            <translation> на радном месту {position}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="54" />
            <source>operator {name} added with the {role} role as the store's first administrator</source>
            <translation>оператер {name} додат са улогом {role} као први администратор складишта</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="56" />
            <source>operator {name} added with the {role} role as the store's first administrator, no password yet</source>
            <translation>оператер {name} додат са улогом {role} као први администратор складишта, још без лозинке</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="63" />
            <source>operator {name} added with the {role} role</source>
            <translation>оператер {name} додат са улогом {role}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="65" />
            <source>operator {name} added with the {role} role, no password yet</source>
            <translation>оператер {name} додат са улогом {role}, још без лозинке</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="70" />
            <source>{name} ({role}) signed in{at} (as the OS user, no password)</source>
            <translation>{name} ({role}) се пријавио/ла{at} (као корисник система, без лозинке)</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="83" />
            <source>{name} signed out{at} ({reason})</source>
            <translation>{name} се одјавио/ла{at} ({reason})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="104" />
            <source>password of {name} changed</source>
            <translation>лозинка за {name} је промењена</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="106" />
            <source>{name}'s role changed from {previous} to {role}</source>
            <translation>улога за {name} промењена из {previous} у {role}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="114" />
            <source>operator {name} DISABLED</source>
            <translation>оператер {name} ОНЕМОГУЋЕН</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="153" />
            <source>{n} min</source>
            <translation>{n} мин</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="101" />
            <source>password of {name} changed (re-hashed with today's parameters at sign-in)</source>
            <translation>лозинка за {name} је промењена (поново хеширана са данашњим параметрима при пријави)</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="111" />
            <source>operator {name} DISABLED: {reason}</source>
            <translation>оператер {name} ОНЕМОГУЋЕН: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="148" />
            <source>accepted</source>
            <translation>прихваћено</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="149" />
            <source>rejected</source>
            <translation>одбијено</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="42" />
            <source>{unit} for {incident}</source>
            <translation>{unit} за {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="107" />
            <source>{who}: FAILED (final): {reason}</source>
            <translation>{who}: НЕУСПЕЛО (коначно): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="124" />
            <source>NOT ACKNOWLEDGED: {who}: no crew answer</source>
            <translation>БЕЗ ПОТВРДЕ: {who}: посада није одговорила</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="126" />
            <source>NOT ACKNOWLEDGED: {who}: no link acknowledgement</source>
            <translation>БЕЗ ПОТВРДЕ: {who}: веза није потврдила</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="178" />
            <source>answer {what} FAILED (final): {reason}</source>
            <translation>одговор {what} НЕУСПЕО (коначно): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="180" />
            <source>answer {what} FAILED (retrying): {reason}</source>
            <translation>одговор {what} НЕУСПЕО (понавља се): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="183" />
            <source>answer {what} {step}</source>
            <translation>одговор {what} {step}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="39" />
            <source>{unit} for {incident} #{n}</source>
            <translation>{unit} за {incident} бр. {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="72" />
            <source>{unit} for {incident}: queued on {link} {address}: {text}</source>
            <translation>{unit} за {incident}: у реду на {link} {address}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="75" />
            <source>{who}: sent (attempt {n})</source>
            <translation>{who}: послато (покушај {n})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="81" />
            <source>{who}: acknowledged by the link</source>
            <translation>{who}: веза потврдила</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="89" />
            <source>{who}: delivered to the device</source>
            <translation>{who}: уручено уређају</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="91" />
            <source>{who}: read by the crew</source>
            <translation>{who}: посада прочитала</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="97" />
            <source>{who}: accepted by the crew</source>
            <translation>{who}: посада прихватила</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="109" />
            <source>{who}: FAILED (retrying): {reason}</source>
            <translation>{who}: НЕУСПЕЛО (понавља се): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="111" />
            <source>{who}: FAILED: {reason}</source>
            <translation>{who}: НЕУСПЕЛО: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="118" />
            <source>NOT ACKNOWLEDGED: {who}: no crew answer within {limit} s</source>
            <translation>БЕЗ ПОТВРДЕ: {who}: посада није одговорила за {limit} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="120" />
            <source>NOT ACKNOWLEDGED: {who}: no link acknowledgement within {limit} s</source>
            <translation>БЕЗ ПОТВРДЕ: {who}: веза није потврдила за {limit} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="130" />
            <source>{who}: reached by voice</source>
            <translation>{who}: добијено гласом</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="132" />
            <source>{who} asks to talk ({label}) on {link} {address}</source>
            <translation>{who} тражи разговор ({label}) на {link} {address}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="140" />
            <source>from {sender} on {link}: refused: {reason}</source>
            <translation>од {sender} на {link}: одбијено: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="167" />
            <source>answer {what} for call {call} queued to {partner}</source>
            <translation>одговор {what} на позив {call} у реду за {partner}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="169" />
            <source>answer {what} sent to the partner (attempt {n})</source>
            <translation>одговор {what} послат партнеру (покушај {n})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="173" />
            <source>answer {what} delivered to the partner (HTTP {status})</source>
            <translation>одговор {what} уручен партнеру (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="51" />
            <source>{incident} handed over to partner {partner} ({address}), EIDO {id}</source>
            <translation>{incident} предата партнеру {partner} ({address}), EIDO {id}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="65" />
            <source>{unit} for {incident}: queued on {link} {address}, re-sent by {by}: {text}</source>
            <translation>{unit} за {incident}: у реду на {link} {address}, поново послао {by}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="69" />
            <source>{unit} for {incident}: queued on {link} {address}, re-sent: {text}</source>
            <translation>{unit} за {incident}: у реду на {link} {address}, поново послато: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="78" />
            <source>{who}: the partner took it (HTTP {status})</source>
            <translation>{who}: партнер преузео (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="84" />
            <source>{who}: the partner reports it completed</source>
            <translation>{who}: партнер јавља да је завршено</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="86" />
            <source>{who}: delivered to the device ({detail})</source>
            <translation>{who}: уручено уређају ({detail})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="94" />
            <source>{who}: accepted by the partner</source>
            <translation>{who}: партнер прихватио</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="96" />
            <source>{who}: accepted by the crew ({by})</source>
            <translation>{who}: посада прихватила ({by})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="100" />
            <source>{who}: rejected by the partner</source>
            <translation>{who}: партнер одбио</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="100" />
            <source>{who}: rejected by the crew</source>
            <translation>{who}: посада одбила</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="164" />
            <source>answer {what} for call {call} queued to {partner}: {reason}</source>
            <translation>одговор {what} на позив {call} у реду за {partner}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>IdleLockOverlay</name>
        <message>
            <location filename="../../widgets/idle_lock.py" line="119" />
            <source>POSITION LOCKED</source>
            <translation>РАДНО МЕСТО ЗАКЉУЧАНО</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="132" />
            <source>Password</source>
            <translation>Лозинка</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="142" />
            <source>Change &amp;operator…</source>
            <translation>Промени &amp;оператера…</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="146" />
            <source>&amp;Unlock</source>
            <translation>&amp;Откључај</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="163" />
            <source>{who} — the picture stays live; type your password to unlock.</source>
            <translation>{who} — слика остаје ажурна; унесите лозинку да откључате.</translation>
        </message>
    </context>
    <context>
        <name>IncidentPanelDock</name>
        <message>
            <location filename="../../widgets/incident_panel.py" line="90" />
            <source>Incident</source>
            <extracomment>A unit's row while its notification alarm stands (red, readable with white text).</extracomment>
            <translation>Интервенција</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="113" />
            <source>Copy</source>
            <translation>Копирај</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="114" />
            <source>Copy latitude, longitude</source>
            <translation>Копирај географску ширину, дужину</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="121" />
            <source>Unit</source>
            <translation>Јединица</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="122" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="123" />
            <source>In status</source>
            <translation>У статусу</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="124" />
            <source>Dispatched</source>
            <translation>Упућена</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="125" />
            <source>ETA</source>
            <translation>Долазак</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="126" />
            <source>Reached</source>
            <translation>Обавештење</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="151" />
            <source>No notes yet</source>
            <translation>Још нема белешки</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="153" />
            <source>Add a note, Enter to save</source>
            <translation>Додај белешку, Enter за чување</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="155" />
            <source>Recommend</source>
            <translation>Препоручи</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="157" />
            <source>Close…</source>
            <translation>Затвори…</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="266" />
            <source>No incident selected</source>
            <translation>Није изабрана интервенција</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="275" />
            <source>{id} · {type}</source>
            <translation>{id} · {type}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="280" />
            <source>P{n}</source>
            <translation>П{n}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="282" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>Приоритет {n} (1 је највиши)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="289" />
            <source>(no address)</source>
            <translation>(нема адресе)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="303" />
            <source>✓ Verified: {label} ({kind}, {distance} m)</source>
            <translation>✓ Проверено: {label} ({kind}, {distance} м)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="309" />
            <source>forced point</source>
            <translation>наметнута тачка</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="309" />
            <source>automatic position</source>
            <translation>аутоматска позиција</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="310" />
            <source>⚠ UNVERIFIED ({why})</source>
            <translation>⚠ НЕПРОВЕРЕНО ({why})</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="313" />
            <source>Nearest: {near}</source>
            <translation>Најближе: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="316" />
            <source>(nothing typed)</source>
            <translation>(ништа није укуцано)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="317" />
            <source>Typed: {typed}</source>
            <translation>Укуцано: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="319" />
            <source>Places index: {build}</source>
            <translation>Индекс места: {build}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="326" />
            <source>{time}  {operator}: {text}</source>
            <translation>{time}  {operator}: {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="347" />
            <source>Created {time} · open {age}</source>
            <translation>Отворена {time} · траје {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="368" />
            <source>due</source>
            <translation>сада</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="418" />
            <source>Partner {name} — {step}</source>
            <translation>Партнерски центар {name} — {step}</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueDock</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="284" />
            <source>Incidents</source>
            <translation>Интервенције</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueModel</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="161" />
            <source>Incident</source>
            <extracomment>Background of the priority cell; text is drawn white on 1, 2 and 4.</extracomment>
            <translation>Интервенција</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="162" />
            <source>P</source>
            <translation>П</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="163" />
            <source>Type</source>
            <translation>Врста</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="164" />
            <source>Location</source>
            <translation>Локација</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="165" />
            <source>Age</source>
            <translation>Старост</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="166" />
            <source>Units</source>
            <translation>Јединице</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="180" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>Приоритет {n} (1 је највиши)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="210" />
            <source>Typed: {typed}</source>
            <translation>Укуцано: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="213" />
            <source>Verified: {label} ({kind}, {distance} m)</source>
            <translation>Проверено: {label} ({kind}, {distance} м)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="220" />
            <source>UNVERIFIED: a forced point</source>
            <translation>НЕПРОВЕРЕНО: наметнута тачка</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="222" />
            <source>UNVERIFIED: an automatic position</source>
            <translation>НЕПРОВЕРЕНО: аутоматска позиција</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="225" />
            <source>Nearest: {near}</source>
            <translation>Најближе: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="230" />
            <source>Places index: {build}</source>
            <translation>Индекс места: {build}</translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../console/reports/durations.py" line="27" />
            <source>{h} h {m} min</source>
            <translation>{h} ч {m} мин</translation>
        </message>
        <message>
            <location filename="../../console/reports/durations.py" line="22" />
            <source>{n} s</source>
            <translation>{n} с</translation>
        </message>
        <message>
            <location filename="../../console/reports/durations.py" line="25" />
            <source>{m} min {s} s</source>
            <translation>{m} мин {s} с</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="82" />
            <source>Alarm handling</source>
            <translation>Обрада дојаве</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="83" />
            <source>Total response</source>
            <translation>Укупно време одзива</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="85" />
            <source>Turnout {unit}</source>
            <translation>Излазак {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="85" />
            <source>Travel {unit}</source>
            <translation>Вожња {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="87" />
            <source>Call answering ({call})</source>
            <translation>Јављање на позив ({call})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="88" />
            <source>Call processing ({call})</source>
            <translation>Обрада позива ({call})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="106" />
            <source>abandoned before it was answered</source>
            <translation>прекинут пре јављања</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="107" />
            <source>answered after the first dispatch</source>
            <translation>јављено после првог упућивања</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="108" />
            <source>no incident</source>
            <translation>нема интервенције</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="109" />
            <source>stood down before it got there</source>
            <translation>опозвана пре доласка</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="110" />
            <source>on scene without en route</source>
            <translation>на лицу места без „на путу“</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="111" />
            <source>its dispatch is not in the log</source>
            <translation>њено упућивање није у дневнику</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="100" />
            <source>{label} ({note})</source>
            <translation>{label} ({note})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="117" />
            <source>{via}: no ring start, not timed</source>
            <translation>{via}: нема почетка звоњења, није мерено</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_data.py" line="168" />
            <source>system</source>
            <translation>систем</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_data.py" line="166" />
            <source>link {link}</source>
            <translation>веза {link}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="238" />
            <source>EXERCISE — drill report, not a real incident</source>
            <translation>ВЕЖБА — извештај са вежбе, није стварна интервенција</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="411" />
            <source>EXERCISE — DRILL — NOT A REAL INCIDENT</source>
            <translation>ВЕЖБА — ВЕЖБА — НИЈЕ СТВАРНА ИНТЕРВЕНЦИЈА</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="223" />
            <source>by</source>
            <translation>од</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="225" />
            <source>Type</source>
            <translation>Врста</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="226" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="227" />
            <source>Location</source>
            <translation>Локација</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="228" />
            <source>Coordinates</source>
            <translation>Координате</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="229" />
            <source>Created</source>
            <translation>Отворена</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="230" />
            <source>Closed</source>
            <translation>Затворена</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Disposition</source>
            <translation>Исход</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="232" />
            <source>Calls</source>
            <translation>Позиви</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="233" />
            <source>Alerts</source>
            <translation>Узбуне</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="234" />
            <source>Units</source>
            <translation>Јединице</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="326" />
            <source>Incident report {incident}</source>
            <translation>Извештај о интервенцији {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>Interval</source>
            <translation>Интервал</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>Duration</source>
            <translation>Трајање</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>From</source>
            <translation>Од</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>To</source>
            <translation>До</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Who</source>
            <translation>Ко</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Event</source>
            <translation>Догађај</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="328" />
            <source>EXERCISE</source>
            <translation>ВЕЖБА</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="423" />
            <source>page {page} of {pages}</source>
            <translation>страна {page} од {pages}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Incident report</source>
            <translation>Извештај о интервенцији</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="247" />
            <source>times in</source>
            <translation>времена у</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="249" />
            <source>generated</source>
            <translation>направљено</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="264" />
            <source>Response intervals</source>
            <translation>Интервали одзива</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="279" />
            <source>Timeline</source>
            <translation>Временска линија</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="262" />
            <source>Map data</source>
            <translation>Подаци мапе</translation>
        </message>
    </context>
    <context>
        <name>IncidentType</name>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Structure fire</source>
            <extracomment>structure-fire</extracomment>
            <translation>Пожар објекта</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Vehicle fire</source>
            <extracomment>vehicle-fire</extracomment>
            <translation>Пожар возила</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Automatic fire alarm</source>
            <extracomment>alarm-fire-automatic</extracomment>
            <translation>Аутоматска дојава пожара</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Hazardous materials leak</source>
            <extracomment>hazmat-leak</extracomment>
            <translation>Истицање опасних материја</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Person in water</source>
            <extracomment>person-in-water</extracomment>
            <translation>Особа у води</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision with injuries</source>
            <extracomment>traffic-collision-injury</extracomment>
            <translation>Саобраћајна незгода са повређенима</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision, no injuries</source>
            <extracomment>traffic-collision-minor</extracomment>
            <translation>Саобраћајна незгода без повређених</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Cardiac arrest</source>
            <extracomment>cardiac-arrest</extracomment>
            <translation>Срчани застој</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Medical emergency</source>
            <extracomment>medical-emergency</extracomment>
            <translation>Хитно медицинско стање</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Breathing difficulty</source>
            <extracomment>breathing-difficulty</extracomment>
            <translation>Отежано дисање</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Fall with injury</source>
            <extracomment>fall-injury</extracomment>
            <translation>Пад са повредом</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Burglary in progress</source>
            <extracomment>burglary-in-progress</extracomment>
            <translation>Провала у току</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Assault</source>
            <extracomment>assault</extracomment>
            <translation>Напад</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Domestic disturbance</source>
            <extracomment>domestic-disturbance</extracomment>
            <translation>Породични сукоб</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Missing person</source>
            <extracomment>missing-person</extracomment>
            <translation>Нестала особа</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Public disorder</source>
            <extracomment>public-disorder</extracomment>
            <translation>Нарушавање јавног реда</translation>
        </message>
    </context>
    <context>
        <name>IncidentTypeDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="229" />
            <source>Create incident from call {id}</source>
            <translation>Отвори интервенцију из позива {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="232" />
            <source>Type to filter incident types</source>
            <translation>Куцајте да филтрирате врсте интервенција</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="241" />
            <source>{name} ({discipline})</source>
            <translation>{name} ({discipline})</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="253" />
            <source>Create incident</source>
            <translation>Отвори интервенцију</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../widgets/i18n.py" line="330" />
            <source>&amp;Language</source>
            <translation>&amp;Језик</translation>
        </message>
        <message>
            <location filename="../../widgets/i18n.py" line="350" />
            <source>The console will speak the chosen language from its next start.</source>
            <translation>Конзола ће користити изабрани језик од следећег покретања.</translation>
        </message>
    </context>
    <context>
        <name>LinkIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="407" />
            <source>Link alert {id} to an incident</source>
            <translation>Повежи узбуну {id} са интервенцијом</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="410" />
            <source>Incident or call id</source>
            <translation>Број интервенције или позива</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="418" />
            <source>Link</source>
            <translation>Веза</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="420" />
            <source>Id</source>
            <translation>Ид</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="423" />
            <source>Nearby incidents and calls</source>
            <translation>Интервенције и позиви у близини</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusDock</name>
        <message>
            <location filename="../../widgets/link_status.py" line="245" />
            <source>Links</source>
            <translation>Везе</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusModel</name>
        <message>
            <location filename="../../widgets/link_status.py" line="79" />
            <source>Link</source>
            <translation>Веза</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="80" />
            <source>Endpoint</source>
            <translation>Крајња тачка</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="81" />
            <source>Protocol</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="82" />
            <source>State</source>
            <translation>Стање</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="83" />
            <source>Bytes</source>
            <translation>Бајтови</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="84" />
            <source>Frames</source>
            <translation>Оквири</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="85" />
            <source>Errors</source>
            <translation>Грешке</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="86" />
            <source>Last frame</source>
            <translation>Последњи оквир</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="87" />
            <source>Notes</source>
            <translation>Белешке</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="88" />
            <source>Last error</source>
            <translation>Последња грешка</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="93" />
            <source>up</source>
            <translation>ради</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="94" />
            <source>connecting</source>
            <translation>повезивање</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="95" />
            <source>down</source>
            <translation>ван функције</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="96" />
            <source>stopped</source>
            <translation>заустављено</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="98" />
            <source>not known yet</source>
            <translation>још непознато</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="131" />
            <source>Last error: {error}</source>
            <translation>Последња грешка: {error}</translation>
        </message>
    </context>
    <context>
        <name>LinkTexts</name>
        <message>
            <location filename="../../console/reports/link_texts.py" line="16" />
            <source>not delivered</source>
            <translation>није испоручено</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="83" />
            <location filename="../../radio/codecs/tetra_pei.py" line="356" />
            <source>reserved</source>
            <extracomment>Block types (ESPA 4.4.4 clause 4.2). Data identifiers (clause 4.3) and the name each record has in JSON. Call status values (record 7).
----------
``dispatch-console decode`` prints ``kind`` beside ``type``.</extracomment>
            <translation>резервисана вредност</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="84" />
            <source>busy</source>
            <translation>заузето</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="85" />
            <source>in queue</source>
            <translation>у реду чекања</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="86" />
            <source>paged</source>
            <translation>позвано</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="87" />
            <source>absent</source>
            <translation>одсутан</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="88" />
            <source>call terminated</source>
            <translation>позив завршен</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="89" />
            <source>acknowledged by called party</source>
            <translation>потврдио позвани</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="90" />
            <source>speech channel open</source>
            <translation>говорни канал отворен</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="91" />
            <source>speech channel open (paged)</source>
            <translation>говорни канал отворен (позвано)</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="92" />
            <source>speech channel open (absent)</source>
            <translation>говорни канал отворен (одсутан)</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="93" />
            <source>fault</source>
            <translation>квар</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="301" />
            <source>unknown</source>
            <extracomment>NAK prefixes (clause 2.4).</extracomment>
            <translation>непознато</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="106" />
            <source>receipt acknowledged by destination</source>
            <extracomment>Text coding schemes (EN 300 392-2 table 29.29) that Python can read. Delivery report requests of an SDS-TRANSFER. Delivery status (EN 300 392-2 table 29.16), in our words.</extracomment>
            <translation>прималац потврдио пријем</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="107" />
            <source>receipt report acknowledgement</source>
            <translation>потврда извештаја о пријему</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="108" />
            <source>consumed by destination</source>
            <translation>прочитао прималац</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="109" />
            <source>consumed report acknowledgement</source>
            <translation>потврда извештаја о читању</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="110" />
            <source>forwarded to external network</source>
            <translation>прослеђено у спољну мрежу</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="111" />
            <source>sent to group, acknowledgement presented</source>
            <translation>послато групи, потврда предата</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="112" />
            <source>concatenation part received</source>
            <translation>примљен део рашчлањене поруке</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="113" />
            <source>congestion, message stored</source>
            <translation>загушење, порука сачувана</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="114" />
            <source>message stored</source>
            <translation>порука сачувана</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="115" />
            <source>destination not reachable, message stored</source>
            <translation>прималац недоступан, порука сачувана</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="116" />
            <source>network overload</source>
            <translation>мрежа преоптерећена</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="117" />
            <source>service permanently not available</source>
            <translation>услуга трајно недоступна</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="118" />
            <source>service temporarily not available</source>
            <translation>услуга привремено недоступна</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="119" />
            <source>source not authorised</source>
            <translation>пошиљалац нема овлашћење</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="120" />
            <source>destination not authorised</source>
            <translation>прималац нема овлашћење</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="121" />
            <source>unknown destination, gateway or service centre</source>
            <translation>непознат прималац, мрежни пролаз или сервисни центар</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="122" />
            <source>unknown forward address</source>
            <translation>непозната адреса за прослеђивање</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="123" />
            <source>group address with individual service</source>
            <translation>групна адреса уз појединачну услугу</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="124" />
            <source>validity period expired, not received</source>
            <translation>рок важења истекао, није примљено</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="125" />
            <source>validity period expired, not consumed</source>
            <translation>рок важења истекао, није прочитано</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="126" />
            <source>delivery failed</source>
            <translation>испорука није успела</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="127" />
            <source>destination not registered</source>
            <translation>прималац није пријављен на мрежу</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="128" />
            <source>destination queue full</source>
            <translation>ред порука примаоца је пун</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="129" />
            <source>message too long</source>
            <translation>порука је предугачка</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="130" />
            <source>destination does not support SDS-TL</source>
            <translation>прималац не подржава SDS-TL</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="131" />
            <source>destination host not connected</source>
            <translation>рачунар примаоца није повезан</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="132" />
            <source>protocol not supported</source>
            <translation>протокол није подржан</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="133" />
            <source>data coding scheme not supported</source>
            <translation>кодирање података није подржано</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="134" />
            <source>destination memory full, message discarded</source>
            <translation>меморија примаоца је пуна, порука одбачена</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="135" />
            <source>destination not accepting SDS messages</source>
            <translation>прималац не прима SDS поруке</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="136" />
            <source>destination not reachable, delivery failed</source>
            <translation>прималац недоступан, испорука није успела</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="137" />
            <location filename="../../radio/codecs/tetra_pei.py" line="144" />
            <source>destination memory full</source>
            <translation>меморија примаоца је пуна</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="138" />
            <source>destination memory available</source>
            <translation>меморија примаоца поново слободна</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="143" />
            <source>protocol or coding not supported</source>
            <translation>протокол или кодирање није подржано</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="145" />
            <source>message received</source>
            <translation>порука примљена</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="146" />
            <source>message consumed</source>
            <translation>порука прочитана</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../console/main_window.py" line="135" />
            <source>Replay — {site}</source>
            <translation>Репродукција — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="135" />
            <source>Dispatch console — {site}</source>
            <translation>Диспечерска конзола — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="234" />
            <source>Store: opening…</source>
            <translation>Складиште: отварање…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="260" />
            <source>&amp;File</source>
            <translation>&amp;Датотека</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="261" />
            <source>Open &amp;replay…</source>
            <translation>Отвори &amp;репродукцију…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="265" />
            <source>&amp;Quit</source>
            <translation>&amp;Излаз</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="270" />
            <source>&amp;View</source>
            <translation>&amp;Приказ</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="271" />
            <source>&amp;Fit map to site</source>
            <translation>&amp;Уклопи мапу у подручје</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="275" />
            <source>&amp;Map in its own window</source>
            <translation>&amp;Мапа у засебном прозору</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="279" />
            <source>Put the map in a window of its own, on another screen if there is one</source>
            <translation>Стави мапу у засебан прозор, на други екран ако постоји</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="283" />
            <source>&amp;Wallboard</source>
            <translation>&amp;Зидни приказ</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="286" />
            <source>The room at a glance, for a supervisor's desk or a wall (F11: full screen)</source>
            <translation>Центар на први поглед, за сто супервизора или зид (F11: цео екран)</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="291" />
            <source>&amp;Units as</source>
            <translation>&amp;Јединице као</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="295" />
            <source>&amp;Command line</source>
            <translation>&amp;Командна линија</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="301" />
            <source>&amp;Go to</source>
            <translation>&amp;Иди на</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="322" />
            <source>Toggle day/night</source>
            <translation>Промени дан/ноћ</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="326" />
            <source>&amp;Reset layout</source>
            <translation>&amp;Врати распоред</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="335" />
            <source>&amp;Help</source>
            <translation>&amp;Помоћ</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="336" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Пречице на тастатури</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="340" />
            <source>&amp;About</source>
            <translation>&amp;О програму</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="346" />
            <source>&amp;Operator</source>
            <translation>&amp;Оператер</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="348" />
            <source>&amp;Change operator…</source>
            <translation>&amp;Промени оператера…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="349" />
            <source>&amp;Lock position</source>
            <translation>&amp;Закључај радно место</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="350" />
            <source>&amp;Sign out</source>
            <translation>О&amp;дјави се</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="351" />
            <source>&amp;Manage operators…</source>
            <translation>&amp;Управљање оператерима…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="393" />
            <source>Right-click — status changes, recommend, new incident here</source>
            <translation>Десни клик — промене статуса, препорука, нова интервенција овде</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="392" />
            <source>Mouse wheel — zoom; drag — pan; click a unit — select it</source>
            <translation>Точкић миша — зумирање; превлачење — померање; клик на јединицу — избор</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="395" />
            <source>Keyboard shortcuts</source>
            <translation>Пречице на тастатури</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="400" />
            <source>About</source>
            <translation>О програму</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="402" />
            <source>Dispatch console
Site: {site}
Map data © OpenStreetMap contributors (ODbL).</source>
            <translation>Диспечерска конзола
Подручје: {site}
Подаци мапе © сарадници OpenStreetMap-а (ODbL).</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="445" />
            <source>DRILL — EXERCISE, NOT LIVE — {title}</source>
            <translation>ВЕЖБА — НИЈЕ СТВАРНИ РАД — {title}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="463" />
            <source>DRILL — {title} — {site}</source>
            <translation>ВЕЖБА — {title} — {site}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="181" />
            <source>&amp;Sound</source>
            <translation>&amp;Звук</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="183" />
            <source>&amp;Mute sounds</source>
            <translation>&amp;Искључи звуке</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="198" />
            <source>Sound &amp;settings…</source>
            <translation>&amp;Подешавања звука…</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="250" />
            <source>SITE NOT LOADED — no links are running: {err}</source>
            <translation>ПОДРУЧЈЕ НИЈЕ УЧИТАНО — ниједна веза не ради: {err}</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="252" />
            <source>Store: not opened</source>
            <translation>Складиште: није отворено</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="333" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>ВЕЖБА НИЈЕ ПОКРЕНУТА — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="81" />
            <source>RECORDER STOPPED (exit code {code}) — the site's links are not received until it is back; restarting it. {last}</source>
            <translation>ПРОЦЕС СНИМАЊА ЗАУСТАВЉЕН (излазни код {code}) — везе локације се не примају док се не врати; поново се покреће. {last}</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="86" />
            <source>Recorder stopped (exit code {code}); restarting</source>
            <translation>Процес снимања заустављен (излазни код {code}); поново се покреће</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="106" />
            <source>Recorder running again: the site's links are received</source>
            <translation>Процес снимања поново ради: везе локације се примају</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="73" />
            <source>The map is in its own window on screen {screen}.
Ctrl+Shift+M brings it back here.</source>
            <translation>Мапа је у засебном прозору на екрану {screen}.
Ctrl+Shift+M је враћа овде.</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="133" />
            <source>Screen {screen} was disconnected: the map is back here.</source>
            <translation>Екран {screen} је искључен: мапа је враћена овде.</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="63" />
            <source>Map — {site}</source>
            <translation>Мапа — {site}</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="114" />
            <source>Screen {screen} for the map is not connected: the map is here.</source>
            <translation>Екран {screen} за мапу није прикључен: мапа је овде.</translation>
        </message>
    </context>
    <context>
        <name>MapWidget</name>
        <message>
            <location filename="../../widgets/map/overlay.py" line="36" />
            <source>{0} km</source>
            <translation>{0} км</translation>
        </message>
        <message>
            <location filename="../../widgets/map/overlay.py" line="37" />
            <source>{0} m</source>
            <translation>{0} м</translation>
        </message>
        <message>
            <location filename="../../widgets/map/routes.py" line="95" />
            <source>{unit} ETA {eta}</source>
            <translation>{unit} долазак {eta}</translation>
        </message>
        <message>
            <location filename="../../widgets/map_widget.py" line="397" />
            <source>{0} · no fix</source>
            <translation>{0} · без позиције</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="166" />
            <source>EXERCISE</source>
            <translation>ВЕЖБА</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="189" />
            <source>E</source>
            <translation>В</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="217" />
            <source>Raised {0}</source>
            <translation>Подигнута {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>DOWN</source>
            <translation>ВАН ФУНКЦИЈЕ</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>degraded</source>
            <translation>ометено</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="307" />
            <source>Sensor ({0})</source>
            <translation>Сензор ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="384" />
            <source>Verified</source>
            <translation>Проверено</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="386" />
            <source>New automatic fix offered</source>
            <translation>Понуђена нова аутоматска позиција</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="377" />
            <source>Located {time} ({age})</source>
            <translation>Лоцирано {time} ({age})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="375" />
            <source>(no number)</source>
            <translation>(нема броја)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="45" />
            <source>Recommend units</source>
            <translation>Препоручи јединице</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="56" />
            <source>New incident here…</source>
            <translation>Нова интервенција овде…</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="32" />
            <source>never</source>
            <translation>никад</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="38" />
            <source>{0} h ago</source>
            <translation>пре {0} ч</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="35" />
            <source>{0} s ago</source>
            <translation>пре {0} с</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="37" />
            <source>{0} min ago</source>
            <translation>пре {0} мин</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="46" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="47" />
            <source>Status: {0}</source>
            <translation>Статус: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="48" />
            <source>Fix: {0}</source>
            <translation>Позиција: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="57" />
            <source>No fix: shown at its station</source>
            <translation>Без позиције: приказана у својој станици</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="52" />
            <source>No fix: shown at incident {0} by its status</source>
            <translation>Без позиције: приказана на интервенцији {0} према статусу</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="61" />
            <source>No position</source>
            <translation>Нема позиције</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="69" />
            <source>Station ({0})</source>
            <translation>Станица ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="407" />
            <source>Speed: {0}</source>
            <translation>Брзина: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="408" />
            <source>unknown</source>
            <translation>непознато</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="412" />
            <source>Course: {0}</source>
            <translation>Курс: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="418" />
            <source>Last plot: {0} s ago</source>
            <translation>Последњи одраз: пре {0} с</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="408" />
            <source>{0} km/h</source>
            <translation>{0} км/ч</translation>
        </message>
    </context>
    <context>
        <name>OperatorConsole</name>
        <message>
            <location filename="../../console/session/operator_console.py" line="136" />
            <source>EMERGENCY SESSION: {name} ({role}), {left} min left</source>
            <translation>ХИТНА СЕСИЈА: {name} ({role}), преостало {left} мин</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="142" />
            <source>NOBODY SIGNED IN — actions are refused (Operator ▸ Change operator)</source>
            <translation>НИКО НИЈЕ ПРИЈАВЉЕН — радње се одбијају (Оператер ▸ Промени оператера)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="171" />
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="148" />
            <source>{who} — no password yet: full rights of this store file</source>
            <translation>{who} — још без лозинке: пуна права над овом датотеком складишта</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="152" />
            <source>{who} — LOCKED</source>
            <translation>{who} — ЗАКЉУЧАНО</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="161" />
            <source>BREAK-GLASS EMERGENCY SESSION — {name} at {position} until {until} UTC: {reason}</source>
            <translation>ХИТАН ПРИСТУП (РАЗБИЈ СТАКЛО) — {name} на радном месту {position} до {until} UTC: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="185" />
            <source>signed in as {name}: the database has stored it</source>
            <translation>пријављени сте као {name}: база је то сачувала</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="210" />
            <source>Change operator — {name} hands over</source>
            <translation>Промена оператера — {name} предаје смену</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="331" />
            <source>{name} has no password, so this position cannot lock: set one (dispatch-console operators passwd STORE {name})</source>
            <translation>{name} нема лозинку, па се ово радно место не може закључати: поставите је (dispatch-console operators passwd STORE {name})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="402" />
            <source>{name} added ({role})</source>
            <translation>Додат {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="408" />
            <source>{name} is now {role}</source>
            <translation>{name} сада има улогу {role}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="414" />
            <source>{name} disabled</source>
            <translation>Онемогућен {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="420" />
            <source>password of {name} changed</source>
            <translation>лозинка за {name} је промењена</translation>
        </message>
    </context>
    <context>
        <name>OperatorDesk</name>
        <message>
            <location filename="../../console/session/operator_desk.py" line="159" />
            <source>the database did not confirm within {seconds} s (it is kept and stored when the database answers)</source>
            <translation>база није потврдила у року од {seconds} с (чува се и биће уписано када база одговори)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="164" />
            <source>the database refused it: {error}</source>
            <translation>база је то одбила: {error}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="165" />
            <source>the first administrator was not stored: {problem}</source>
            <translation>први администратор није уписан: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="168" />
            <source>not signed in: {problem}</source>
            <translation>нисте пријављени: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="169" />
            <source>cannot sign in: {problem}</source>
            <translation>пријава није могућа: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="170" />
            <source>not signed in: the log does not show the sign-in</source>
            <translation>нисте пријављени: дневник не бележи пријаву</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="173" />
            <source>nobody is signed in here: sign in</source>
            <translation>овде нико није пријављен: пријавите се</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="174" />
            <source>nobody is signed in here</source>
            <translation>овде нико није пријављен</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="175" />
            <source>the emergency session ended</source>
            <translation>хитна сесија је завршена</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="176" />
            <source>not signed out: {problem}</source>
            <translation>нисте одјављени: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="177" />
            <source>sign in first</source>
            <translation>прво се пријавите</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="178" />
            <source>not stored: {problem}</source>
            <translation>није уписано: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="179" />
            <source>done</source>
            <translation>урађено</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="180" />
            <source>this site does not allow emergency sessions</source>
            <translation>овај центар не дозвољава хитне сесије</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="183" />
            <source>the database is reachable: sign in with your password</source>
            <translation>база је доступна: пријавите се својом лозинком</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="186" />
            <source>an emergency session needs your name and the reason</source>
            <translation>хитна сесија захтева ваше име и разлог</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="189" />
            <source>emergency session for {name} until {until} UTC</source>
            <translation>хитна сесија за {name} до {until} UTC</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="193" />
            <source>signed in as {name} ({role})</source>
            <translation>пријављени сте као {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="194" />
            <source>{name} ({role}) took over from {previous}</source>
            <translation>{name} ({role}) је преузео/ла смену од {previous}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="195" />
            <source>{name} signed out</source>
            <translation>{name} се одјавио/ла</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="196" />
            <source>too many failed sign-ins for {name}: try again in {seconds} s</source>
            <translation>превише неуспелих пријава за {name}: покушајте поново за {seconds} с</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="199" />
            <source>no operator is named '{name}': check the name or ask a supervisor</source>
            <translation>ниједан оператер се не зове „{name}”: проверите име или питајте надзорника</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="202" />
            <source>the account {name} is disabled: ask a supervisor</source>
            <translation>налог {name} је онемогућен: обратите се надзорнику</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="205" />
            <source>wrong password for {name}</source>
            <translation>погрешна лозинка за {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="206" />
            <source>{name} is already signed in at {positions}: sign out there first</source>
            <translation>{name} је већ пријављен/а на радном месту {positions}: прво се тамо одјавите</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="65" />
            <source>Operators</source>
            <translation>Оператери</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>State</source>
            <translation>Стање</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Signed in at</source>
            <translation>Пријављен у</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="88" />
            <source>&amp;Name</source>
            <translation>&amp;Име</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="89" />
            <source>&amp;Role</source>
            <translation>&amp;Улога</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="90" />
            <source>New &amp;password</source>
            <translation>Нова &amp;лозинка</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="91" />
            <source>&amp;Again</source>
            <translation>&amp;Поново</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="92" />
            <source>Reason (disable)</source>
            <translation>Разлог (онемогућавање)</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="100" />
            <source>A&amp;dd</source>
            <translation>&amp;Додај</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="101" />
            <source>Set r&amp;ole</source>
            <translation>Постави &amp;улогу</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="102" />
            <source>Reset pass&amp;word</source>
            <translation>Ресетуј &amp;лозинку</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="103" />
            <source>D&amp;isable</source>
            <translation>Оне&amp;могући</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="104" />
            <source>&amp;Close</source>
            <translation>&amp;Затвори</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="119" />
            <source>disabled</source>
            <translation>онемогућен</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="119" />
            <source>enabled</source>
            <translation>активан</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="121" />
            <source>, no password</source>
            <translation>, без лозинке</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="143" />
            <source>Type or select an operator's name.</source>
            <translation>Унесите или изаберите име оператера.</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="152" />
            <source>The two passwords differ.</source>
            <translation>Лозинке се не поклапају.</translation>
        </message>
    </context>
    <context>
        <name>PlaceCompleterWidget</name>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Locality</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Match</source>
            <translation>Подударање</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="57" />
            <source>site name</source>
            <translation>назив објекта</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="58" />
            <source>address</source>
            <translation>адреса</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="59" />
            <source>street</source>
            <translation>улица</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="60" />
            <source>corner</source>
            <translation>раскрсница</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="61" />
            <source>landmark</source>
            <translation>оријентир</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="62" />
            <source>area</source>
            <translation>подручје</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="63" />
            <source>coordinates</source>
            <translation>координате</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="75" />
            <location filename="../../widgets/place_completer.py" line="77" />
            <source>exact</source>
            <translation>тачно</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="78" />
            <source>fuzzy</source>
            <translation>приближно</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="79" />
            <source>partial</source>
            <translation>делимично</translation>
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
            <translation>Нађи место (Ctrl+F): адреса, раскрсница, оријентир</translation>
        </message>
        <message>
            <location filename="../../widgets/place_search.py" line="87" />
            <source>No place found for '{query}'</source>
            <translation>Није нађено место за „{query}“</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Опозови</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Понови</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Исеци</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копирај</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Налепи</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Обриши</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Изабери све</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>У реду</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сачувај</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Сачувај све</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Да за с&amp;ве</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Не</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Н&amp;е за све</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Прекини</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Покушај поново</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Занемари</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Одбаци</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Помоћ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Примени</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ресетуј</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Врати подразумевано</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Опозови</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Понови</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Исеци</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копирај</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Копирај &amp;адресу везе</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Налепи</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Обриши</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Изабери све</translation>
        </message>
    </context>
    <context>
        <name>Recommendation</name>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="51" />
            <source>from station: no fix</source>
            <translation>из станице: нема позиције</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="126" />
            <source>unreachable: no position and no station</source>
            <translation>недоступна: нема позиције ни станице</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="41" />
            <source>{n} km</source>
            <translation>{n} км</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="123" />
            <source>unreachable: no road route to the incident</source>
            <translation>недоступна: нема пута до догађаја</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="40" />
            <source>{n} m</source>
            <translation>{n} м</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="47" />
            <source>from AVL fix {age} old</source>
            <translation>са AVL позиције старе {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="49" />
            <source>from stale fix {age} old</source>
            <translation>са застареле позиције старе {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="53" />
            <source>from station: fix {age} old</source>
            <translation>из станице: позиција стара {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="104" />
            <source>ETA {eta}, {origin}</source>
            <translation>долазак за {eta}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="107" />
            <source>slower: +{extra} than {unit} (ETA {eta}, {origin})</source>
            <translation>спорија: +{extra} од {unit} (долазак за {eta}, {origin})</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="115" />
            <source>not needed (ETA {eta}, {origin})</source>
            <translation>није потребна (долазак за {eta}, {origin})</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="117" />
            <source>already recommended for {type}</source>
            <translation>већ предложена за {type}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="124" />
            <source>unreachable: {why}</source>
            <translation>недоступна: {why}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="129" />
            <source>busy: {status}</source>
            <translation>заузета: {status}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="133" />
            <source>busy: unknown status {status}</source>
            <translation>заузета: непознат статус {status}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="135" />
            <source>wrong type: the plan needs no {type}</source>
            <translation>погрешан тип: план не тражи {type}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="99" />
            <source>substitute for {type}, ETA {eta}, {origin}</source>
            <translation>замена за {type}, долазак за {eta}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="101" />
            <source>ETA {eta}, {distance}, {origin}</source>
            <translation>долазак за {eta}, {distance}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="96" />
            <source>substitute for {type}, ETA {eta}, {distance}, {origin}</source>
            <translation>замена за {type}, долазак за {eta}, {distance}, {origin}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanelDock</name>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="75" />
            <source>Recommendation</source>
            <translation>Препорука</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="99" />
            <source>Unit</source>
            <translation>Јединица</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="100" />
            <source>Type</source>
            <translation>Врста</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="101" />
            <source>ETA</source>
            <translation>Долазак</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="102" />
            <source>Route</source>
            <translation>Рута</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="103" />
            <source>Fix</source>
            <translation>Позиција</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="104" />
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="135" />
            <source>Dispatch (Enter)</source>
            <translation>Упути (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="220" />
            <source>No recommendation</source>
            <translation>Нема препоруке</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="223" />
            <source>No recommendation for incident {incident}</source>
            <translation>Нема препоруке за интервенцију {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="230" />
            <source>Recommendation for incident {incident}</source>
            <translation>Препорука за интервенцију {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="253" />
            <source>{type} ×{count}</source>
            <translation>{type} ×{count}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="284" />
            <source>{km} km</source>
            <translation>{km} км</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="287" />
            <source>from station</source>
            <translation>из станице</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="289" />
            <source>{age} ago</source>
            <translation>пре {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="339" />
            <source>{picked} of {wanted} picked</source>
            <translation>Изабрано {picked} од {wanted}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="353" />
            <source>Select an incident; R recommends units.</source>
            <translation>Изаберите интервенцију; R препоручује јединице.</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="356" />
            <source>R {incident} recommends units for it.</source>
            <translation>R {incident} препоручује јединице за њу.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="362" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>%n јединица, изменио диспечер</numerusform>
                <numerusform>%n јединице, изменио диспечер</numerusform>
                <numerusform>%n јединица, изменио диспечер</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="365" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>%n јединица, по препоруци</numerusform>
                <numerusform>%n јединице, по препоруци</numerusform>
                <numerusform>%n јединица, по препоруци</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="236" />
            <location filename="../../console/services/calls.py" line="155" />
            <source>unknown call '{call}'</source>
            <translation>непознат позив '{call}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="239" />
            <source>call {call} has no newer automatic fix on offer</source>
            <translation>позив {call} нема новију аутоматску локацију на понуди</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="61" />
            <source>was promoted to {incident}</source>
            <translation>је претворена у {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="62" />
            <source>is linked to {incident}</source>
            <translation>је повезана са {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="63" />
            <source>was dismissed</source>
            <translation>је одбачена</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="64" />
            <source>was cancelled by its sender</source>
            <translation>је опозвана од пошиљаоца</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="139" />
            <source>unknown alert '{alert}'</source>
            <translation>непозната узбуна '{alert}'</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="156" />
            <source>an incident</source>
            <translation>интервенцију</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="160" />
            <source>is {state}</source>
            <translation>је у стању {state}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="173" />
            <source>alert {alert} {state}: it cannot be acknowledged</source>
            <translation>узбуна {alert} {state}: пријем се не може потврдити</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="177" />
            <source>alert {alert} is already acknowledged</source>
            <translation>пријем узбуне {alert} је већ потврђен</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="201" />
            <source>alert {alert} {state}: it cannot be promoted</source>
            <translation>узбуна {alert} {state}: не може се претворити у интервенцију</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="205" />
            <source>alert {alert} is an exercise: it cannot become a live incident</source>
            <translation>узбуна {alert} је вежба: не може постати стварна интервенција</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="212" />
            <source>alert {alert} has no position: create the incident by hand</source>
            <translation>узбуна {alert} нема положај: направите интервенцију ручно</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="220" />
            <source>alert {alert} suggests no incident type: choose one</source>
            <translation>узбуна {alert} не предлаже врсту интервенције: изаберите једну</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="259" />
            <source>alert {alert} {state}: it cannot be linked</source>
            <translation>узбуна {alert} {state}: не може се повезати</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="263" />
            <source>link needs an incident or a call</source>
            <translation>за повезивање је потребна интервенција или позив</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="272" />
            <source>unknown incident or call '{target}'</source>
            <translation>непозната интервенција или позив '{target}'</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="277" />
            <location filename="../../console/services/calls.py" line="306" />
            <location filename="../../console/services/dispatch.py" line="123" />
            <source>incident {incident} is closed</source>
            <translation>интервенција {incident} је затворена</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="288" />
            <source>alert {alert} {state}: it cannot be dismissed</source>
            <translation>узбуна {alert} {state}: не може се одбацити</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="293" />
            <source>say why alert {alert} is dismissed</source>
            <translation>наведите зашто се узбуна {alert} одбацује</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="77" />
            <source>not a location: {reason}</source>
            <translation>ово није локација: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="182" />
            <source>call {call} is already answered</source>
            <translation>на позив {call} је већ јављено</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="186" />
            <source>call {call} was abandoned: it cannot be answered</source>
            <translation>позив {call} је прекинут: не може се јавити</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="193" />
            <source>call {call} is released: it cannot be answered</source>
            <translation>позив {call} је ослобођен: не може се јавити</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="213" />
            <source>call {call} is already abandoned</source>
            <translation>позив {call} је већ прекинут</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="217" />
            <source>call {call} is released: it cannot be abandoned</source>
            <translation>позив {call} је ослобођен: не може се означити као прекинут</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="231" />
            <source>its location can no longer be verified</source>
            <translation>његова локација се више не може проверити</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="237" />
            <source>call {call} has no location to verify: type it or click it on the map</source>
            <translation>позив {call} нема локацију за проверу: упишите је или кликните на мапи</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="245" />
            <source>the location of call {call} is already verified</source>
            <translation>локација позива {call} је већ проверена</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="257" />
            <source>not a location: it has neither coordinates nor an address</source>
            <translation>ово није локација: нема ни координате ни адресу</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="290" />
            <source>attach needs an incident</source>
            <translation>за придруживање је потребна интервенција</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="293" />
            <location filename="../../console/services/calls.py" line="352" />
            <source>call {call} is already attached to {incident}</source>
            <translation>позив {call} је већ придружен интервенцији {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="301" />
            <location filename="../../console/services/dispatch.py" line="119" />
            <location filename="../../console/services/dispatch.py" line="453" />
            <location filename="../../console/services/dispatch.py" line="493" />
            <location filename="../../console/services/partner.py" line="226" />
            <source>unknown incident '{incident}'</source>
            <translation>непозната интервенција '{incident}'</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="319" />
            <source>call {call} is still ringing: answer it or mark it abandoned</source>
            <translation>позив {call} још звони: јавите се или га означите као прекинут</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="326" />
            <source>call {call} was abandoned: there is nothing to release</source>
            <translation>позив {call} је прекинут: нема шта да се ослободи</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="333" />
            <source>call {call} is already released</source>
            <translation>позив {call} је већ ослобођен</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="359" />
            <source>call {call} has no position: type the location or click it on the map</source>
            <translation>позив {call} нема положај: упишите локацију или кликните на мапи</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="371" />
            <source>the location of call {call} changed meanwhile: check it and try again</source>
            <translation>локација позива {call} се у међувремену променила: проверите је и покушајте поново</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="403" />
            <source>call {call} was abandoned: {consequence}</source>
            <translation>позив {call} је прекинут: {consequence}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="409" />
            <source>call {call} is released: {consequence}</source>
            <translation>позив {call} је ослобођен: {consequence}</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="57" />
            <source>the position is locked: unlock it with your password (or change operator)</source>
            <extracomment>The position's own refusals (``console.session.operator.PositionOperator``), marked here with the services' refusals so they are translated where shown.</extracomment>
            <translation>радно место је закључано: откључајте га својом лозинком (или промените оператера)</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="60" />
            <source>nobody is signed in at this position: sign in first</source>
            <translation>на овом радном месту нико није пријављен: прво се пријавите</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="68" />
            <source>NOT RECORDED — {reason}</source>
            <translation>НИЈЕ ЗАБЕЛЕЖЕНО — {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="113" />
            <source>unknown unit '{unit}'</source>
            <translation>непозната јединица '{unit}'</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="170" />
            <location filename="../../console/services/dispatch.py" line="218" />
            <source>not a position: {lat}, {lon}</source>
            <translation>ово није положај: {lat}, {lon}</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="197" />
            <source>could not allocate an incident number; try again</source>
            <translation>број интервенције није могао да се додели; покушајте поново</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="246" />
            <source>no units to dispatch</source>
            <translation>нема јединица за упућивање</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="248" />
            <source>a unit is named twice</source>
            <translation>јединица је наведена двапут</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="254" />
            <source>{unit} is {status} to {incident}: not available</source>
            <translation>јединица {unit} је {status} на интервенцији {incident}: није слободна</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="262" />
            <source>{unit} is {status}: not available</source>
            <translation>јединица {unit} је {status}: није слободна</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="412" />
            <source>no units named</source>
            <translation>није наведена ниједна јединица</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="456" />
            <source>the note is empty</source>
            <translation>белешка је празна</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="464" />
            <source>closing needs a disposition</source>
            <translation>за затварање је потребан исход</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="469" />
            <source>{units} still committed to {incident}: clear them first ({av})</source>
            <translation>{units} су још ангажоване на интервенцији {incident}: прво их ослободите ({av})</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="498" />
            <source>incident {incident} is open: nothing to reopen</source>
            <translation>интервенција {incident} је отворена: нема шта поново да се отвори</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="502" />
            <source>reopening needs a reason</source>
            <translation>за поновно отварање је потребан разлог</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="216" />
            <source>none configured</source>
            <translation>ниједан није подешен</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="219" />
            <source>unknown partner '{partner}' (partners: {known})</source>
            <translation>непознат партнерски центар '{partner}' (партнери: {known})</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="256" />
            <source>handover not stored, nothing sent: {reason}</source>
            <translation>предаја није сачувана, ништа није послато: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="360" />
            <source>answer must be one of {answers}, not '{answer}'</source>
            <translation>одговор мора бити један од {answers}, не '{answer}'</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="369" />
            <source>{call} is not a call handed over by a partner</source>
            <translation>{call} није позив који је предао партнерски центар</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="397" />
            <source>answer not stored, nothing sent: {reason}</source>
            <translation>одговор није сачуван, ништа није послато: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="322" />
            <source>link {link} is not run by this position</source>
            <translation>везу {link} не води ово радно место</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="497" />
            <source>{unit} has not been paged</source>
            <translation>јединица {unit} није позвана</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="506" />
            <source>{unit} is no longer committed to {incident}</source>
            <translation>јединица {unit} више није ангажована на интервенцији {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="516" />
            <source>{unit} has no path over {link} (paths: {paths})</source>
            <translation>јединица {unit} нема пут преко {link} (путеви: {paths})</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="536" />
            <source>{unit}'s page needs nothing more ({notice})</source>
            <translation>позивање јединице {unit} не захтева више ништа ({notice})</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/catalogue.py" line="168" />
            <source>unknown unit type '{code}'; known: {known}</source>
            <extracomment>Per-language names: name_he, name_ar, name_sr_Latn ... (optional on unit and incident types).</extracomment>
            <translation>непозната врста јединице '{code}'; познате: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/catalogue.py" line="169" />
            <source>unknown incident type '{code}'; known: {known}</source>
            <translation>непозната врста интервенције '{code}'; познате: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="69" />
            <source>unknown status '{status}'; known statuses: {known}</source>
            <extracomment>Which statuses may follow which. Any status may go out of service (a unit breaks down anywhere); out of service only returns to available. Statuses in which a unit may be recommended and assigned to a new incident. Statuses in which a unit is committed to an incident.</extracomment>
            <translation>непознат статус '{status}'; познати статуси: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="82" />
            <source>{unit} is already {status}</source>
            <translation>јединица {unit} је већ {status}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="86" />
            <source>{unit} cannot go from {current} to {new}; from {current} it may go to: {allowed}</source>
            <translation>јединица {unit} не може прећи из стања {current} у {new}; из стања {current} може прећи у: {allowed}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="30" />
            <source>call-taker</source>
            <translation>оператер пријема</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="31" />
            <source>dispatcher</source>
            <translation>диспечер</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="32" />
            <source>supervisor</source>
            <translation>надзорник</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="33" />
            <source>trainer</source>
            <translation>инструктор</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="34" />
            <source>administrator</source>
            <translation>администратор</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="46" />
            <source>answering a call</source>
            <translation>јављање на позив</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="47" />
            <source>locating a call</source>
            <translation>лоцирање позива</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="48" />
            <source>creating an incident</source>
            <translation>отварање интервенције</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="49" />
            <source>adding a note to an incident</source>
            <translation>додавање белешке интервенцији</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="50" />
            <source>asking for a recommendation</source>
            <translation>тражење препоруке</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="51" />
            <source>dispatching units</source>
            <translation>упућивање јединица</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="52" />
            <source>setting a unit's status</source>
            <translation>постављање статуса јединице</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="53" />
            <source>closing an incident</source>
            <translation>затварање интервенције</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="54" />
            <source>handling an alert</source>
            <translation>обрада узбуне</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="55" />
            <source>reopening an incident</source>
            <translation>поновно отварање интервенције</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="56" />
            <source>overriding a refusal</source>
            <translation>заобилажење одбијања</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="57" />
            <source>replaying the live store</source>
            <translation>репродукција стварне базе</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="58" />
            <source>writing a report from the live store</source>
            <translation>израда извештаја из стварне базе</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="59" />
            <source>managing operators</source>
            <translation>управљање оператерима</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="62" />
            <source>changing an operator's role</source>
            <translation>промена улоге оператера</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="66" />
            <source>changing the site's configuration</source>
            <translation>промена подешавања локације</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="68" />
            <source>running a drill</source>
            <translation>покретање вежбе</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="69" />
            <source>injecting into a drill</source>
            <translation>убацивање у вежбу</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="70" />
            <source>replaying a drill</source>
            <translation>репродукција вежбе</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="71" />
            <source>writing a report from a drill store</source>
            <translation>израда извештаја из базе вежбе</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="120" />
            <source>the {role} role</source>
            <translation>улога {role}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="123" />
            <source>the {first} or {second} role</source>
            <translation>улога {first} или {second}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="129" />
            <source>the {first}, {second} or {third} role</source>
            <translation>улога {first}, {second} или {third}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="150" />
            <source>{what} needs a signed-in operator with {roles}</source>
            <translation>{what}: мора бити пријављен оператер — {roles}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="153" />
            <source>{what} is refused: a trainer acts only in drills, never live</source>
            <translation>{what}: одбијено: инструктор делује само у вежбама, никад у стварном раду</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="158" />
            <source>{what} happens only on a drill store</source>
            <translation>{what}: само у бази вежбе</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="161" />
            <source>{what} needs {roles}; you are {role}</source>
            <translation>{what}: потребна је {roles}; ваша улога: {role}</translation>
        </message>
        <message>
            <location filename="../../models/refusal.py" line="70" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="315" />
            <source>position {where} is not a valid coordinate</source>
            <translation>положај {where} није исправна координата</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="322" />
            <source>no connected road</source>
            <translation>нема повезаног пута</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="327" />
            <source>position {where} is {distance} m from a road that is cut off from the main road network (one-way or dead-end fragment); nearest connected road: {connected} (limit {limit} m)</source>
            <translation>положај {where} је {distance} м од пута одсеченог од главне путне мреже (једносмерни или слепи део); најближи повезани пут: {connected} (граница {limit} м)</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="340" />
            <source>position {where}: the road network has no drivable roads</source>
            <translation>положај {where}: путна мрежа нема проходних путева</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="346" />
            <source>position {where} is outside the road network: {distance} m from the nearest drivable road (limit {limit} m)</source>
            <translation>положај {where} је ван путне мреже: {distance} м од најближег проходног пута (граница {limit} м)</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="303" />
            <source>this site has no places file</source>
            <extracomment>A typed address verifies a given position when its exact match lies this close. Longer queries are cut before they reach the index (a pasted page must not stall it).</extracomment>
            <translation>ова локација нема датотеку места</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="308" />
            <source>no places index at {path} (run import-osm)</source>
            <translation>нема индекса места у {path} (покрените import-osm)</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="318" />
            <source>places index unusable: {reason}</source>
            <translation>индекс места је неупотребљив: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="336" />
            <source>places search failed: {reason}</source>
            <translation>претрага места није успела: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="378" />
            <source>places reverse failed: {reason}</source>
            <translation>одређивање назива места није успело: {reason}</translation>
        </message>
        <message>
            <location filename="../../models/calls/location.py" line="113" />
            <source>lat and lon go together: both or neither</source>
            <extracomment>How many trailing digits identify a caller: enough to tell subscribers apart, few enough that "+44 7477 593102" and "07477593102" match.</extracomment>
            <translation>ширина и дужина иду заједно: обе или ниједна</translation>
        </message>
        <message>
            <location filename="../../models/calls/location.py" line="117" />
            <source>lat/lon out of range: {lat}, {lon}</source>
            <translation>ширина/дужина ван опсега: {lat}, {lon}</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="83" />
            <source>set</source>
            <translation>постављено</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="85" />
            <source>set by {operator} at {time} UTC</source>
            <translation>поставио/ла {operator} у {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="111" />
            <source>{unit} is now {status} to {incident} ({set}) — your action was not applied</source>
            <translation>јединица {unit} је сада {status} на интервенцији {incident} ({set}) — ваша радња није примењена</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="122" />
            <source>{unit} is now {status} ({set}) — your action was not applied</source>
            <translation>јединица {unit} је сада {status} ({set}) — ваша радња није примењена</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="146" />
            <source>incident number {incident} was just taken</source>
            <translation>број интервенције {incident} је управо заузет</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="150" />
            <source>incident number {incident} was just taken by {operator} at {time} UTC</source>
            <translation>број интервенције {incident} је управо заузео/ла {operator} у {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="210" />
            <source>incident {incident} does not exist</source>
            <translation>интервенција {incident} не постоји</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="221" />
            <source>incident {incident} was closed meanwhile — your action was not applied</source>
            <translation>интервенција {incident} је у међувремену затворена — ваша радња није примењена</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="241" />
            <source>incident {incident} is open — your action was not applied</source>
            <translation>интервенција {incident} је отворена — ваша радња није примењена</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="252" />
            <source>incident {incident} was reopened meanwhile — your action was not applied</source>
            <translation>интервенција {incident} је у међувремену поново отворена — ваша радња није примењена</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="259" />
            <source>incident {incident} was reopened meanwhile by {operator} at {time} UTC — your action was not applied</source>
            <translation>интервенцију {incident} је у међувремену поново отворио/ла {operator} у {time} UTC — ваша радња није примењена</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="293" />
            <source>call {key} is now {state} ({set}) — your action was not applied</source>
            <translation>позив {key} је сада у стању {state} ({set}) — ваша радња није примењена</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="300" />
            <source>alert {key} is now {state} ({set}) — your action was not applied</source>
            <translation>узбуна {key} је сада у стању {state} ({set}) — ваша радња није примењена</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="344" />
            <source>{position} (break-glass) since {time} UTC</source>
            <translation>{position} (хитна сесија) од {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="346" />
            <source>{position} since {time} UTC</source>
            <translation>{position} од {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="354" />
            <source>{name} is already signed in at {positions}: sign out there first — not signed in here</source>
            <translation>{name} је већ пријављен/а на {positions}: прво се тамо одјавите — овде нисте пријављени</translation>
        </message>
        <message>
            <location filename="../../models/store/commit.py" line="85" />
            <source>The store could not take this action ({why}); it is kept in the log as rejected event(s) {first}..{last}, not applied.</source>
            <translation>Складиште није могло да прихвати ову радњу ({why}); чува се у дневнику као одбијени догађај(и) {first}..{last} и није примењена.</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="45" />
            <source>{name} is the last administrator: make another one first</source>
            <translation>{name} је последњи администратор: прво поставите још једног</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="75" />
            <source>no operator is named '{name}'</source>
            <translation>ниједан оператер се не зове „{name}”</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="83" />
            <source>unknown role '{role}': one of {roles}</source>
            <translation>непозната улога „{role}”: једна од {roles}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="107" />
            <source>'{name}' is not a usable operator name: letters, digits and . _ @ -, up to 64 characters</source>
            <translation>„{name}” није употребљиво име оператера: слова, цифре и . _ @ -, највише 64 знака</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="116" />
            <source>an operator named '{name}' already exists</source>
            <translation>оператер са именом „{name}” већ постоји</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="155" />
            <source>{name} already has the {role} role</source>
            <translation>{name} већ има улогу {role}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="172" />
            <source>{name} is already disabled</source>
            <translation>{name} је већ онемогућен/а</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="174" />
            <source>you cannot disable your own account</source>
            <translation>не можете онемогућити сопствени налог</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="186" />
            <source>the account {name} is disabled</source>
            <translation>налог {name} је онемогућен</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="196" />
            <source>the OS user name '{name}' cannot be an operator name</source>
            <translation>име системског корисника „{name}” не може бити име оператера</translation>
        </message>
        <message>
            <location filename="../../models/operators/passwords.py" line="36" />
            <source>a password needs at least {n} characters</source>
            <translation>лозинка мора имати најмање {n} знакова</translation>
        </message>
        <message>
            <location filename="../../models/operators/passwords.py" line="40" />
            <source>a password cannot begin or end with a space</source>
            <translation>лозинка не сме почињати ни завршавати се размаком</translation>
        </message>
    </context>
    <context>
        <name>ReplaySession</name>
        <message>
            <location filename="../../console/session/replay.py" line="146" />
            <source>REPLAY OF A DRILL — read-only — {where} — {verdict}</source>
            <translation>РЕПРОДУКЦИЈА ВЕЖБЕ — само читање — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="148" />
            <source>REPLAY — read-only — {where} — {verdict}</source>
            <translation>РЕПРОДУКЦИЈА — само читање — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="153" />
            <source>Replay: the store holds no events</source>
            <translation>Репродукција: складиште нема догађаја</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="173" />
            <source>drill</source>
            <translation>вежба</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="176" />
            <source>Replay — DRILL — {title} — {site}</source>
            <translation>Репродукција — ВЕЖБА — {title} — {site}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/replay.py" line="189" />
            <source>hash chain intact over %n event(s)</source>
            <translation>
                <numerusform>ланац отисака неоштећен кроз %n догађај</numerusform>
                <numerusform>ланац отисака неоштећен кроз %n догађаја</numerusform>
                <numerusform>ланац отисака неоштећен кроз %n догађаја</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="191" />
            <source>HASH CHAIN BROKEN at event {seq}: {reason}</source>
            <translation>ЛАНАЦ ОТИСАКА ПРЕКИНУТ код догађаја {seq}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="232" />
            <source>Wallboard — REPLAY — {site}</source>
            <translation>Зидни приказ — РЕПРОДУКЦИЈА — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="234" />
            <source>Wallboard — REPLAY OF A DRILL — {site}</source>
            <translation>Зидни приказ — РЕПРОДУКЦИЈА ВЕЖБЕ — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="383" />
            <source>Replay at {time} · event {seq}</source>
            <translation>Репродукција у {time} · догађај {seq}</translation>
        </message>
    </context>
    <context>
        <name>SensorLayer</name>
        <message>
            <location filename="../../widgets/map/sensors.py" line="228" />
            <source>{name} (down)</source>
            <translation>{name} (ван функције)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/sensors.py" line="229" />
            <source>{name} (degraded)</source>
            <translation>{name} (ометено)</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../widgets/command_help.py" line="78" />
            <source>bring the unit board forward and focus it</source>
            <extracomment>(window attribute of the dock, key, name): Ctrl+n brings the dock forward and focuses it.</extracomment>
            <translation>довести таблу јединица у први план и фокусирати</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="79" />
            <source>bring the event log forward and focus it</source>
            <translation>довести дневник догађаја у први план и фокусирати</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="80" />
            <source>bring the link status forward and focus it</source>
            <translation>довести стање веза у први план и фокусирати</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="81" />
            <source>bring the incident list forward and focus it</source>
            <translation>довести листу интервенција у први план и фокусирати</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="84" />
            <source>bring the incident card forward and focus it</source>
            <translation>довести картицу интервенције у први план и фокусирати</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="87" />
            <source>bring the recommendation forward and focus it</source>
            <translation>довести препоруку у први план и фокусирати</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="90" />
            <source>bring the call list forward and focus it</source>
            <translation>довести листу позива у први план и фокусирати</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="91" />
            <source>bring the call card forward and focus it</source>
            <translation>довести картицу позива у први план и фокусирати</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="92" />
            <source>bring the alert list forward and focus it</source>
            <translation>довести листу узбуна у први план и фокусирати</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="96" />
            <source>command line</source>
            <translation>командна линија</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="99" />
            <source>back to the command line from any dock</source>
            <translation>назад на командну линију из било ког панела</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="104" />
            <source>in the command line: the commands; elsewhere: the shortcut list</source>
            <translation>у командној линији: команде; другде: списак пречица</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="110" />
            <source>in the command line: complete the word</source>
            <translation>у командној линији: допуни реч</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="115" />
            <source>in the command line: earlier lines, or the place list</source>
            <translation>у командној линији: претходни редови, или списак места</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="121" />
            <source>on a unit (board, tiles or map): the status changes it allows</source>
            <translation>на јединици (табла, плочице или мапа): дозвољене промене статуса</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="128" />
            <source>find a place (address, corner, landmark) and centre the map on it</source>
            <translation>пронађи место (адресу, раскрсницу, оријентир) и центрирај мапу на њега</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="132" />
            <source>fit the map to the site</source>
            <translation>прилагоди мапу подручју</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="133" />
            <source>day / night theme</source>
            <translation>дневна / ноћна тема</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="135" />
            <source>mute or unmute this position's sounds</source>
            <translation>искључи или укључи звуке овог радног места</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="139" />
            <source>the map in its own window (second screen) and back</source>
            <translation>мапа у засебном прозору (други екран) и назад</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="143" />
            <source>the supervisor's wallboard (full screen: F11)</source>
            <translation>зидни приказ надзорника (цео екран: F11)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="147" />
            <source>change operator (another dispatcher signs in here)</source>
            <translation>промена оператера (други диспечер се пријављује овде)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="149" />
            <source>lock this position</source>
            <translation>закључај ово радно место</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="150" />
            <source>open a replay</source>
            <translation>отвори репродукцију</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="153" />
            <source>quit (links are closed and the store is flushed)</source>
            <translation>излаз (везе се затварају и складиште се уписује)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="160" />
            <source>Command line: {usage}</source>
            <translation>Командна линија: {usage}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="56" />
            <source>Sign in — {site}</source>
            <translation>Пријава — {site}</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="61" />
            <source>Position {position}: sign in with your operator name and password.</source>
            <translation>Радно место {position}: пријавите се именом оператера и лозинком.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="74" />
            <source>&amp;Name</source>
            <translation>&amp;Име</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="75" />
            <source>&amp;Password</source>
            <translation>&amp;Лозинка</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="86" />
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>&amp;Sign in</source>
            <translation>&amp;Пријави се</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="101" />
            <source>Why (stored with the session)</source>
            <translation>Разлог (чува се уз сесију)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="103" />
            <source>EMERGENCY SESSION (break glass)</source>
            <translation>ХИТНА СЕСИЈА (разбиј стакло)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>Checking…</source>
            <translation>Провера…</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="131" />
            <source>The database cannot be reached, so nobody can sign in. This site allows an emergency session of {minutes} minutes with the dispatcher role: it is logged (stored when the database returns) and marked on screen throughout.</source>
            <translation>База података није доступна, па нико не може да се пријави. Овај центар дозвољава хитну сесију од {minutes} минута са улогом диспечера: бележи се (чува се када се база врати) и све време је означена на екрану.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="147" />
            <source>Type your operator name.</source>
            <translation>Унесите своје име оператера.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="158" />
            <source>An emergency session needs your name and the reason.</source>
            <translation>Хитна сесија захтева ваше име и разлог.</translation>
        </message>
    </context>
    <context>
        <name>Sound</name>
        <message>
            <location filename="../../widgets/sound/player.py" line="194" />
            <source>Qt Multimedia is not available ({err})</source>
            <translation>Qt Multimedia није доступан ({err})</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="205" />
            <source>no audio output device</source>
            <translation>нема излазног звучног уређаја</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="213" />
            <source>the audio output {device} cannot play 16-bit mono at {rate} Hz</source>
            <translation>звучни излаз {device} не може да пушта 16 бита моно на {rate} Hz</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsDialog</name>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="147" />
            <source>Sound</source>
            <translation>Звук</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsWidget</name>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="55" />
            <source>New call ringing</source>
            <translation>Звони нови позив</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="56" />
            <source>High-priority incident</source>
            <translation>Интервенција високог приоритета</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="57" />
            <source>Alarm from a zone or a radar</source>
            <translation>Аларм из зоне или са радара</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="58" />
            <source>Unit overdue</source>
            <translation>Јединица касни</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="60" />
            <source>&amp;Mute all sounds at this position</source>
            <translation>&amp;Искључи све звуке на овом радном месту</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="69" />
            <source>&amp;Volume</source>
            <translation>&amp;Јачина звука</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="80" />
            <source>Cue</source>
            <translation>Сигнал</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="81" />
            <source>Real</source>
            <translation>Стварно</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="82" />
            <source>Drill (exercise)</source>
            <translation>Вежба</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="87" />
            <source>Play</source>
            <translation>Пусти</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="90" />
            <source>Play {cue}</source>
            <translation>Пусти {cue}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="92" />
            <source>Play {cue}, drill version</source>
            <translation>Пусти {cue}, верзија за вежбу</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="119" />
            <source>{n} %</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="130" />
            <source>Output: {device}</source>
            <translation>Излаз: {device}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="136" />
            <source>No sound at this position: {reason}. Cues are shown, not heard.</source>
            <translation>Нема звука на овом радном месту: {reason}. Сигнали се приказују, не чују.</translation>
        </message>
    </context>
    <context>
        <name>StatsReport</name>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="70" />
            <source>Call answering</source>
            <translation>Јављање на позив</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="71" />
            <source>Call answering (95 % line)</source>
            <translation>Јављање на позив (граница 95 %)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="72" />
            <source>Call processing</source>
            <translation>Обрада позива</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="73" />
            <source>Call processing, high priority</source>
            <translation>Обрада позива, висок приоритет</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="74" />
            <source>Alarm handling</source>
            <translation>Обрада дојаве</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="75" />
            <source>Turnout</source>
            <translation>Излазак</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="76" />
            <source>Travel</source>
            <translation>Вожња</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="77" />
            <source>Total response</source>
            <translation>Укупно време одзива</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="78" />
            <source>Alert handling</source>
            <translation>Обрада узбуне</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="79" />
            <source>Answering</source>
            <translation>Јављање</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="80" />
            <source>Processing (high)</source>
            <translation>Обрада (висок)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="82" />
            <source>call.offered (ring start)</source>
            <translation>почетак звоњења (call.offered)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="83" />
            <source>call.answered</source>
            <translation>јављање на позив (call.answered)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="84" />
            <source>first dispatch of the call's incident</source>
            <translation>прво упућивање на интервенцију позива</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="85" />
            <source>receipt (first call / alert)</source>
            <translation>пријем (први позив / узбуна)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="86" />
            <source>first dispatch</source>
            <translation>прво упућивање</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="87" />
            <source>unit dispatched</source>
            <translation>јединица упућена</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="88" />
            <source>unit en route</source>
            <translation>јединица на путу</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="89" />
            <source>unit on scene</source>
            <translation>јединица на лицу места</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="90" />
            <source>first unit on scene</source>
            <translation>прва јединица на лицу места</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="91" />
            <source>alert.raised</source>
            <translation>узбуна примљена (alert.raised)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="92" />
            <source>first acknowledged / promoted / linked / dismissed</source>
            <translation>прва потврда / претварање / повезивање / одбацивање</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="95" />
            <source>site</source>
            <translation>по локацији</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="103" />
            <source>%n without a ring start</source>
            <translation>
                <numerusform>%n без почетка звоњења</numerusform>
                <numerusform>%n без почетка звоњења</numerusform>
                <numerusform>%n без почетка звоњења</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="104" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>%n прекинут</numerusform>
                <numerusform>%n прекинута</numerusform>
                <numerusform>%n прекинутих</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="105" />
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n дупликат</numerusform>
                <numerusform>%n дупликата</numerusform>
                <numerusform>%n дупликата</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="106" />
            <source>%n without an incident</source>
            <translation>
                <numerusform>%n без интервенције</numerusform>
                <numerusform>%n без интервенције</numerusform>
                <numerusform>%n без интервенције</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="107" />
            <source>%n stood down</source>
            <translation>
                <numerusform>%n опозвана</numerusform>
                <numerusform>%n опозване</numerusform>
                <numerusform>%n опозваних</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="108" />
            <source>%n without en route</source>
            <translation>
                <numerusform>%n без поласка</numerusform>
                <numerusform>%n без поласка</numerusform>
                <numerusform>%n без поласка</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="109" />
            <source>%n without a dispatch in the log</source>
            <translation>
                <numerusform>%n без упућивања у дневнику</numerusform>
                <numerusform>%n без упућивања у дневнику</numerusform>
                <numerusform>%n без упућивања у дневнику</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Interval</source>
            <translation>Интервал</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Count</source>
            <translation>Број</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Median s</source>
            <translation>Медијана с</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Pct s</source>
            <translation>Перцентил с</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Target s</source>
            <translation>Циљ с</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="394" />
            <source>Within</source>
            <translation>У циљу</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="394" />
            <source>Passed</source>
            <translation>Положено</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="409" />
            <source>Call answering times (s), ring-start calls</source>
            <translation>Време јављања на позиве (с), позиви са почетком звоњења</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="411" />
            <source>Total response times (m:ss)</source>
            <translation>Укупна времена одзива (м:сс)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="414" />
            <source>90th percentile per day: call answering and processing (s)</source>
            <translation>90. перцентил по дану: јављање на позив и обрада (с)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="416" />
            <source>90th percentile per day: turnout, travel, total response</source>
            <translation>90. перцентил по дану: излазак, вожња, укупно време одзива</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="418" />
            <source>Incident type</source>
            <translation>Врста интервенције</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="418" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="419" />
            <source>Discipline</source>
            <translation>Служба</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="419" />
            <source>Station</source>
            <translation>Станица</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="420" />
            <source>Hour of day (local)</source>
            <translation>Сат у дану (локално)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="438" />
            <source>Outliers: the slowest over target</source>
            <translation>Одступања: најспорији преко циља</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="457" />
            <source>Definitions</source>
            <translation>Дефиниције</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="461" />
            <source>ALI and AML calls give no ring start: they are counted, not timed. A call never answered counts as over every target.</source>
            <translation>ALI и AML позиви не дају почетак звоњења: броје се, али се не мере. Позив на који се нико није јавио рачуна се као прекорачење сваког циља.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="380" />
            <source>Response statistics {period}</source>
            <translation>Статистика одзива {period}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="425" />
            <source>Each cell: count / 90th percentile (s or m:ss) / share within target</source>
            <translation>Свака ћелија: број / 90. перцентил (с или м:сс) / удео у циљу</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Time</source>
            <translation>Време</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Started</source>
            <translation>Почело</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Incident</source>
            <translation>Интервенција</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Call</source>
            <translation>Позив</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="447" />
            <source>Unit</source>
            <translation>Јединица</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="449" />
            <source>Supervisors only: per call-taker (for training)</source>
            <translation>Само за супервизоре: по оператеру (за обуку)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="177" />
            <source>EXERCISE — drill figures, not live operation</source>
            <translation>ВЕЖБА — подаци са вежбе, не стварни рад</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="184" />
            <source>page {n}</source>
            <translation>страна {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="384" />
            <source>{calls}, {incidents}, {units}, {alerts}. Store {store}. High priority: priority 1 to {high}. Percentile {pct:g}.</source>
            <translation>{calls}, {incidents}, {units}, {alerts}. Складиште {store}. Висок приоритет: приоритет 1 до {high}. Перцентил {pct:g}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="386" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n позив</numerusform>
                <numerusform>%n позива</numerusform>
                <numerusform>%n позива</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="387" />
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n интервенција</numerusform>
                <numerusform>%n интервенције</numerusform>
                <numerusform>%n интервенција</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="388" />
            <source>%n unit response(s)</source>
            <translation>
                <numerusform>%n излазак јединице</numerusform>
                <numerusform>%n изласка јединица</numerusform>
                <numerusform>%n излазака јединица</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="389" />
            <source>%n alert(s)</source>
            <translation>
                <numerusform>%n узбуна</numerusform>
                <numerusform>%n узбуне</numerusform>
                <numerusform>%n узбуна</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="398" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="398" />
            <source>NO</source>
            <translation>НЕ</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="407" />
            <source>Not timed, never guessed: {what}.</source>
            <translation>Није мерено, никад процењено: {what}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="440" />
            <source>never</source>
            <translation>никад</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="455" />
            <source>Call-taker</source>
            <translation>Оператер пријема</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="455" />
            <source>Answering n / p90 / %</source>
            <translation>Јављање бр. / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="456" />
            <source>Processing (high) n / p90 / %</source>
            <translation>Обрада (хитно) бр. / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="186" />
            <source>EXERCISE</source>
            <translation>ВЕЖБА</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="282" />
            <source>target {s} s</source>
            <translation>циљ {s} с</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="407" />
            <source>none</source>
            <translation>нема</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="424" />
            <source>By {what}</source>
            <translation>По: {what}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../widgets/themes.py" line="169" />
            <source>Day theme</source>
            <translation>Дневна тема</translation>
        </message>
        <message>
            <location filename="../../widgets/themes.py" line="170" />
            <source>Night theme</source>
            <translation>Ноћна тема</translation>
        </message>
    </context>
    <context>
        <name>TimelineDock</name>
        <message>
            <location filename="../../widgets/timeline.py" line="182" />
            <source>Replay timeline</source>
            <translation>Временска линија репродукције</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <location filename="../../widgets/timeline.py" line="397" />
            <source>Play</source>
            <translation>Пусти</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <source>Play or pause (Space)</source>
            <translation>Пусти или паузирај (размак)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="229" />
            <source>{n}x</source>
            <translation>{n}×</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="230" />
            <source>Replay speed</source>
            <translation>Брзина репродукције</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous</source>
            <translation>Претходно</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous event</source>
            <translation>Претходни догађај</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next</source>
            <translation>Следеће</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next event</source>
            <translation>Следећи догађај</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="240" />
            <source>Jump to this time (Enter)</source>
            <translation>Скочи на ово време (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Go</source>
            <translation>Иди</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Jump to the time (Enter)</source>
            <translation>Скочи на време (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="245" />
            <source>Filter: incident …, unit …, link … or text</source>
            <translation>Филтер: интервенција …, јединица …, веза … или текст</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="272" />
            <source>events</source>
            <translation>догађаји</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="394" />
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/timeline.py" line="508" />
            <source>{time} · %n event(s)</source>
            <translation>
                <numerusform>{time} · %n догађај</numerusform>
                <numerusform>{time} · %n догађаја</numerusform>
                <numerusform>{time} · %n догађаја</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainerPanelDock</name>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="89" />
            <source>{now} s / {total} s</source>
            <translation>{now} с / {total} с</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="102" />
            <source>Trainer — DRILL</source>
            <translation>Инструктор — ВЕЖБА</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="110" />
            <source>No scenario</source>
            <translation>Нема сценарија</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="133" />
            <source>Start</source>
            <translation>Почни</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="134" />
            <location filename="../../widgets/trainer_panel.py" line="271" />
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="135" />
            <source>End drill</source>
            <translation>Заврши вежбу</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="141" />
            <source>Speed</source>
            <translation>Брзина</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="148" />
            <source>Injections to come</source>
            <translation>Предстојећа убацивања</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="151" />
            <source>Inject now</source>
            <translation>Убаци сада</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="182" />
            <source>Ready</source>
            <translation>Спремно</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="183" />
            <source>Running</source>
            <translation>Ради</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="184" />
            <source>PAUSED</source>
            <translation>ПАУЗИРАНО</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="185" />
            <source>Ended</source>
            <translation>Завршено</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="188" />
            <source>Ended: {reason}</source>
            <translation>Завршено: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="192" />
            <source>Last: {what}</source>
            <translation>Последње: {what}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="207" />
            <source>Report: {path}</source>
            <translation>Извештај: {path}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="214" />
            <source>PASSED</source>
            <translation>ПОЛОЖЕНО</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="214" />
            <source>NOT PASSED</source>
            <translation>НИЈЕ ПОЛОЖЕНО</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="216" />
            <source>Score {score} / 100 — {verdict}</source>
            <translation>Оцена {score} / 100 — {verdict}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="224" />
            <source>{part}: {share}</source>
            <translation>{part}: {share}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="271" />
            <source>Resume</source>
            <translation>Настави</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="291" />
            <source>Select an injection to send it now.</source>
            <translation>Изаберите убацивање да га пошаљете сада.</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardDock</name>
        <message>
            <location filename="../../widgets/unit_board.py" line="135" />
            <source>Units</source>
            <translation>Јединице</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="143" />
            <source>Filter units</source>
            <translation>Филтрирај јединице</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="149" />
            <source>No grouping</source>
            <translation>Без груписања</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="150" />
            <source>Group by station</source>
            <translation>Групиши по станици</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="151" />
            <source>Group by discipline</source>
            <translation>Групиши по служби</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="152" />
            <source>Group by status</source>
            <translation>Групиши по статусу</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="210" />
            <source>Show the units as a table, status tiles or both</source>
            <translation>Прикажи јединице као табелу, плочице статуса или оба</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="214" />
            <source>Table</source>
            <translation>Табела</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="215" />
            <source>Tiles</source>
            <translation>Плочице</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="216" />
            <source>Both</source>
            <translation>Оба</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="220" />
            <source>&amp;Table</source>
            <translation>&amp;Табела</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="221" />
            <source>T&amp;iles</source>
            <translation>&amp;Плочице</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="222" />
            <source>&amp;Both: table above tiles</source>
            <translation>&amp;Оба: табела изнад плочица</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardModel</name>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="234" />
            <source>Call sign</source>
            <translation>Позивни знак</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="235" />
            <source>Type</source>
            <translation>Врста</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="236" />
            <source>Discipline</source>
            <translation>Служба</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="237" />
            <source>Station</source>
            <translation>Станица</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="238" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="239" />
            <source>In status</source>
            <translation>У статусу</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="240" />
            <source>Incident</source>
            <translation>Интервенција</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="241" />
            <source>Last fix</source>
            <translation>Последња позиција</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="242" />
            <source>Position</source>
            <translation>Позиција</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="292" />
            <source>No position received yet</source>
            <translation>Позиција још није примљена</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="294" />
            <source>Stale position: last fix {age} ago</source>
            <translation>Застарела позиција: последња пре {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="298" />
            <source>Overdue: {reason}</source>
            <translation>Прекорачено: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="324" />
            <source>no fix</source>
            <translation>без позиције</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="330" />
            <source>at station (no fix)</source>
            <translation>у станици (без позиције)</translation>
        </message>
    </context>
    <context>
        <name>UnitTilesWidget</name>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="236" />
            <source>No station</source>
            <translation>Нема станице</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="518" />
            <source>{status} for {elapsed}</source>
            <translation>{status} већ {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="524" />
            <source>Incident {id}</source>
            <translation>Интервенција {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="526" />
            <source>Overdue: {reason}</source>
            <translation>Прекорачено: {reason}</translation>
        </message>
    </context>
    <context>
        <name>UnitType</name>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>patrol car</source>
            <extracomment>Patrol car</extracomment>
            <translation>патролно возило</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>dog unit</source>
            <extracomment>Police dog unit</extracomment>
            <translation>кинолошка јединица</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>engine</source>
            <extracomment>Fire engine</extracomment>
            <translation>ватрогасно возило</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ladder</source>
            <extracomment>Aerial ladder</extracomment>
            <translation>аутолестве</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>rescue</source>
            <extracomment>Heavy rescue</extracomment>
            <translation>техничко спасавање</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>tanker</source>
            <extracomment>Water tanker</extracomment>
            <translation>ауто-цистерна</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>hazmat</source>
            <extracomment>Hazardous materials unit</extracomment>
            <translation>јединица за опасне материје</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>boat</source>
            <extracomment>Rescue boat</extracomment>
            <translation>спасилачки чамац</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ALS ambulance</source>
            <extracomment>Advanced life support ambulance</extracomment>
            <translation>санитет (напредна подршка)</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>BLS ambulance</source>
            <extracomment>Basic life support ambulance</extracomment>
            <translation>санитет (основна подршка)</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>field supervisor</source>
            <extracomment>Medical field supervisor</extracomment>
            <translation>медицински координатор на терену</translation>
        </message>
    </context>
    <context>
        <name>WallboardWidget</name>
        <message>
            <location filename="../../widgets/wallboard.py" line="104" />
            <source>Wallboard</source>
            <translation>Зидни приказ</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="121" />
            <source>Calls waiting</source>
            <translation>Позиви на чекању</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="122" />
            <source>Longest ring</source>
            <translation>Најдуже звоњење</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="123" />
            <source>Answered within 15 s, last hour</source>
            <translation>Јављено у року од 15 с, последњи сат</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="124" />
            <source>Answered within 20 s, last hour</source>
            <translation>Јављено у року од 20 с, последњи сат</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="125" />
            <source>Incidents open</source>
            <translation>Отворене интервенције</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="126" />
            <source>Alerts open</source>
            <translation>Отворене узбуне</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="127" />
            <source>Links down</source>
            <translation>Везе ван функције</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="128" />
            <source>Sensors down</source>
            <translation>Сензори ван функције</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="134" />
            <source>Units by discipline</source>
            <translation>Јединице по служби</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="134" />
            <source>Units by station</source>
            <translation>Јединице по станици</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="164" />
            <source>Calls per 15 minutes today</source>
            <translation>Позиви по 15 минута данас</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="165" />
            <source>hour</source>
            <translation>сат</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="173" />
            <source>today</source>
            <translation>данас</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="174" />
            <source>same weekday, average</source>
            <translation>исти дан у недељи, просек</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="175" />
            <source>Answer times today (s)</source>
            <translation>Време јављања данас (с)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="181" />
            <source>Last hour vs standard</source>
            <translation>Последњи сат према нормативу</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="189" />
            <source>≤15 s</source>
            <translation>≤15 с</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="189" />
            <source>≤20 s</source>
            <translation>≤20 с</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="310" />
            <source>{n} answered; standard {pct:.0f} %</source>
            <translation>Јављено: {n}; норматив {pct:.0f} %</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="314" />
            <source>; {n} without ring start (not timed)</source>
            <translation>; без почетка звоњења (није мерено): {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="320" />
            <source>P{p}: {n}</source>
            <translation>П{p}: {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="325" />
            <source>{n} not acknowledged</source>
            <translation>Без потврде пријема: {n}</translation>
        </message>
    </context>
    <context>
        <name>_AreaWords</name>
        <message numerus="yes">
            <location filename="../../widgets/alert_panel.py" line="96" />
            <source>%n polygon(s)</source>
            <translation>
                <numerusform>%n полигон</numerusform>
                <numerusform>%n полигона</numerusform>
                <numerusform>%n полигона</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location filename="../../widgets/status_style.py" line="151" />
            <source>available</source>
            <translation>слободна</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="152" />
            <source>available on radio</source>
            <translation>слободна на радију</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="153" />
            <source>dispatched</source>
            <translation>упућена</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="154" />
            <source>en route</source>
            <translation>на путу</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="155" />
            <source>on scene</source>
            <translation>на лицу места</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="156" />
            <source>transporting</source>
            <translation>у транспорту</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="157" />
            <source>at hospital</source>
            <translation>у болници</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="158" />
            <source>out of service</source>
            <translation>ван службе</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="180" />
            <source>{status} {elapsed}</source>
            <translation>{status} {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="208" />
            <source>Set {status}</source>
            <translation>Постави {status}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="217" />
            <source>No status change allowed from {status}</source>
            <translation>Из статуса {status} није дозвољена промена</translation>
        </message>
    </context>
    <context>
        <name>symbols</name>
        <message>
            <location filename="../../widgets/symbols.py" line="80" />
            <source>Police</source>
            <translation>Полиција</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="81" />
            <source>Fire</source>
            <translation>Ватрогасци</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="82" />
            <source>Medical</source>
            <translation>Хитна помоћ</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="84" />
            <source>Other</source>
            <translation>Остало</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="161" />
            <source>Typed</source>
            <translation>Укуцано</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="162" />
            <source>Map click</source>
            <translation>Клик на мапи</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="214" />
            <source>Hospital</source>
            <extracomment>What the console's map shows of a site's landmarks: the places a crew is sent to or from and the water it needs, not every shop and café the data holds.</extracomment>
            <translation>Болница</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="215" />
            <source>Clinic</source>
            <translation>Дом здравља</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="216" />
            <source>Doctors</source>
            <translation>Лекари</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="217" />
            <source>Pharmacy</source>
            <translation>Апотека</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="218" />
            <source>Fire station</source>
            <translation>Ватрогасна станица</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="219" />
            <source>Police station</source>
            <translation>Полицијска станица</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="220" />
            <source>School</source>
            <translation>Школа</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="221" />
            <source>Kindergarten</source>
            <translation>Вртић</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="222" />
            <source>University</source>
            <translation>Универзитет</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="223" />
            <source>Fire hydrant</source>
            <translation>Хидрант</translation>
        </message>
    </context>
</TS>
