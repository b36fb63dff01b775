<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
    <context>
        <name>ActionController</name>
        <message>
            <location filename="../../console/controllers/actions.py" line="47" />
            <source>{what}: {reason}</source>
            <translation>‏{what}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Age</name>
        <message>
            <location filename="../../widgets/clock.py" line="41" />
            <source>never</source>
            <translation>אף פעם</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="44" />
            <source>{n} s</source>
            <translation>‏{n} שנ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="46" />
            <source>{n} min</source>
            <translation>‏{n} דק׳</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="48" />
            <source>{n} h</source>
            <translation>‏{n} שע׳</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="49" />
            <source>{n} d</source>
            <translation>‏{n} ימ׳</translation>
        </message>
    </context>
    <context>
        <name>AlertController</name>
        <message>
            <location filename="../../console/controllers/alerts.py" line="89" />
            <source>link</source>
            <translation>קישור</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="90" />
            <source>dismiss</source>
            <translation>דחייה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="91" />
            <source>acknowledge</source>
            <translation>אישור קבלה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="92" />
            <source>promote</source>
            <translation>הפיכה לאירוע</translation>
        </message>
    </context>
    <context>
        <name>AlertPanel</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="113" />
            <source>No area</source>
            <translation>אין שטח</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="106" />
            <source>{n} km</source>
            <translation>‏{n} ק״מ</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="108" />
            <source>{n} m</source>
            <translation>‏{n} מ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="110" />
            <source>circle r {r}</source>
            <translation>עיגול ברדיוס {r}</translation>
        </message>
    </context>
    <context>
        <name>AlertPanelDock</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="129" />
            <source>Alert</source>
            <translation>התראה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="138" />
            <source>EXERCISE — not a real alert</source>
            <translation>תרגיל — לא התראת אמת</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="156" />
            <source>Origin</source>
            <translation>מקור</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="157" />
            <source>Severity</source>
            <translation>חומרה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="158" />
            <source>State</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="159" />
            <source>Raised</source>
            <translation>הופעלה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="160" />
            <source>Sensor</source>
            <translation>חיישן</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="161" />
            <source>Zone</source>
            <translation>אזור</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="162" />
            <source>Track</source>
            <translation>מטרה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="163" />
            <source>Incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="164" />
            <source>Area</source>
            <translation>שטח</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="165" />
            <source>CAP identifier</source>
            <translation>מזהה CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="166" />
            <source>CAP sender</source>
            <translation>שולח CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="167" />
            <source>CAP event</source>
            <translation>אירוע CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="168" />
            <source>Nearby</source>
            <translation>בסביבה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="184" />
            <source>Acknowledge</source>
            <translation>אשר קבלה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="185" />
            <source>Promote to incident…</source>
            <translation>הפוך לאירוע…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="186" />
            <source>Link to incident…</source>
            <translation>קשר לאירוע…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="187" />
            <source>Dismiss…</source>
            <translation>בטל…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="274" />
            <source>No alert selected</source>
            <translation>לא נבחרה התראה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="283" />
            <source>{severity} (exercise)</source>
            <translation>‏{severity} (תרגיל)</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="309" />
            <source>{time} ({age} ago)</source>
            <translation>‏{time} (לפני {age})</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="346" />
            <source>Promote alert {id} to an incident</source>
            <translation>הפיכת התראה {id} לאירוע</translation>
        </message>
    </context>
    <context>
        <name>AlertQueue</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="101" />
            <source>Extreme</source>
            <translation>קיצוני</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="102" />
            <source>Severe</source>
            <translation>חמור</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="103" />
            <source>Moderate</source>
            <translation>בינוני</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="104" />
            <source>Minor</source>
            <translation>קל</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="105" />
            <source>Unknown</source>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="112" />
            <source>New</source>
            <translation>חדש</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="113" />
            <source>Acknowledged</source>
            <translation>התקבלה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="114" />
            <source>Promoted</source>
            <translation>הפכה לאירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="115" />
            <source>Linked</source>
            <translation>קושרה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="116" />
            <source>Dismissed</source>
            <translation>בוטלה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="117" />
            <source>Cancelled</source>
            <translation>בוטל</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="124" />
            <source>Zone entry</source>
            <translation>כניסה לאזור</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="125" />
            <source>Zone alarm</source>
            <translation>התראת אזור</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="126" />
            <source>CAP</source>
            <translation>‏CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="127" />
            <source>Radio</source>
            <translation>קשר</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="300" />
            <source>EXERCISE · {severity}</source>
            <translation>תרגיל · {severity}</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueDock</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="332" />
            <source>Alerts</source>
            <translation>התראות</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueModel</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="212" />
            <source>State</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="213" />
            <source>Severity</source>
            <translation>חומרה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="214" />
            <source>Origin</source>
            <translation>מקור</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="215" />
            <source>Alert</source>
            <translation>התראה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="216" />
            <source>Zone / sensor</source>
            <translation>אזור / חיישן</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="217" />
            <source>Age</source>
            <translation>גיל</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="218" />
            <source>Incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="262" />
            <source>EXERCISE · {severity}</source>
            <translation>תרגיל · {severity}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="281" />
            <source>Raised {time}</source>
            <translation>הופעלה {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="283" />
            <source>Exercise alert: not real</source>
            <translation>התראת תרגיל: לא אמיתית</translation>
        </message>
    </context>
    <context>
        <name>CallController</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="155" />
            <source>use location</source>
            <translation>שימוש במיקום</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="156" />
            <source>call location</source>
            <translation>מיקום שיחה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="157" />
            <source>partner answer</source>
            <translation>תשובה לשותף</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="158" />
            <source>answer</source>
            <translation>מענה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="159" />
            <source>abandon</source>
            <translation>נטישה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="160" />
            <source>release</source>
            <translation>שחרור</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="161" />
            <source>verify</source>
            <translation>אימות</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="162" />
            <source>attach</source>
            <translation>צירוף</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="163" />
            <source>map location</source>
            <translation>מיקום מהמפה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="164" />
            <source>create incident</source>
            <translation>פתיחת אירוע</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="175" />
            <source>this site has no partner agencies ([[http.partners]] in site.toml)</source>
            <translation>לאתר זה אין גופים שותפים (‏[[http.partners]] ב-site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="178" />
            <source>{answer} sent to the partner of {call}</source>
            <translation>התשובה „{answer}” נשלחה למוקד השותף של {call}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="192" />
            <source>{what}: call {call} has no position: {command}</source>
            <translation>‏{what}: לשיחה {call} אין מיקום: {command}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="206" />
            <source>{call} at {where}: type the incident type (Tab completes)</source>
            <translation>שיחה {call} ב-{where}: הקלד את סוג האירוע (Tab משלים)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="352" />
            <source>places unavailable</source>
            <translation>מקומות לא זמינים</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="378" />
            <source>no named street nearby</source>
            <translation>אין רחוב בעל שם בקרבת מקום</translation>
        </message>
    </context>
    <context>
        <name>CallPanelDock</name>
        <message>
            <location filename="../../widgets/call_panel.py" line="152" />
            <source>Call</source>
            <translation>שיחה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="172" />
            <source>Copy coordinates</source>
            <translation>העתק קואורדינטות</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="175" />
            <source>Verify location</source>
            <translation>אמת מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="177" />
            <source>Pick on map</source>
            <translation>בחר במפה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="183" />
            <source>Use this location</source>
            <translation>השתמש במיקום זה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Source</source>
            <translation>מקור</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Position</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Radius</source>
            <translation>רדיוס</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="216" />
            <source>Answer</source>
            <translation>ענה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="218" />
            <source>Abandoned</source>
            <translation>ננטשה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="221" />
            <source>Create incident…</source>
            <translation>פתח אירוע…</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="223" />
            <source>Release</source>
            <translation>שחרר</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="346" />
            <source>Near: {place}</source>
            <translation>ליד: {place}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="358" />
            <source>No call selected</source>
            <translation>לא נבחרה שיחה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>(no number)</source>
            <translation>(אין מספר)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="365" />
            <source>Class of service: {cos} — {text}</source>
            <translation>סוג שירות: {cos} — {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="367" />
            <source>Class of service: {cos}</source>
            <translation>סוג שירות: {cos}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="367" />
            <source>unknown</source>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="389" />
            <source>Caller's language: {language}</source>
            <translation>שפת המתקשר: {language}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="403" />
            <source>No location yet</source>
            <translation>אין עדיין מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="405" />
            <source>verified</source>
            <translation>מאומת</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="405" />
            <source>not verified</source>
            <translation>לא מאומת</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="407" />
            <source>Location: {source} · {verified}</source>
            <translation>מיקום: {source} · {verified}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="414" />
            <source>No position</source>
            <translation>אין מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="416" />
            <source>accuracy unknown</source>
            <translation>דיוק לא ידוע</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="417" />
            <source>Located at {time}</source>
            <translation>אותר ב-{time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="457" />
            <source>New automatic fix offered: {details}, {time}</source>
            <translation>הוצע מיקום אוטומטי חדש: {details}, {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="463" />
            <source>{n} m from the location in force</source>
            <translation>‏{n} מ׳ מהמיקום התקף</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="487" />
            <source>Possible duplicate of {id} ({details})</source>
            <translation>כפילות אפשרית של {id} ({details})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="491" />
            <source>Possible duplicate of {id}</source>
            <translation>כפילות אפשרית של {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="493" />
            <source>Attach</source>
            <translation>צרף</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="514" />
            <source>Ringing {ring}</source>
            <translation>מצלצלת {ring}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="517" />
            <source>Answered · talking {talk} (rang {ring})</source>
            <translation>נענתה · בשיחה {talk} (צלצלה {ring})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="519" />
            <source>{state} · offered {time}</source>
            <translation>‏{state} · הוצע {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="96" />
            <source>Residence</source>
            <translation>מגורים</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="97" />
            <source>Business</source>
            <translation>עסק</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="98" />
            <source>PBX, business</source>
            <translation>מרכזייה, עסק</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="99" />
            <source>Pay phone</source>
            <translation>טלפון ציבורי</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="100" />
            <source>Wireless</source>
            <translation>סלולרי</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="101" />
            <source>Wireless phase I (tower)</source>
            <translation>סלולרי שלב I (אנטנה)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="102" />
            <source>Wireless phase II (handset)</source>
            <translation>סלולרי שלב II (מכשיר)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="103" />
            <source>VoIP</source>
            <translation>‏VoIP</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="104" />
            <source>VoIP residence</source>
            <translation>‏VoIP ביתי</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="105" />
            <source>VoIP business</source>
            <translation>‏VoIP עסקי</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="106" />
            <source>VoIP mobile</source>
            <translation>‏VoIP נייד</translation>
        </message>
    </context>
    <context>
        <name>CallQueue</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="83" />
            <source>Ringing</source>
            <translation>מצלצלת</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="84" />
            <source>Answered</source>
            <translation>נענתה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="85" />
            <source>Abandoned</source>
            <translation>ננטשה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="86" />
            <source>Released</source>
            <translation>שוחררה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="116" />
            <source>No location yet</source>
            <translation>אין עדיין מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="120" />
            <source>No position</source>
            <translation>אין מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="102" />
            <source>± {n} km</source>
            <translation>‏± {n} ק״מ</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="110" />
            <source>{n}%</source>
            <translation>‏{n}%</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="101" />
            <source>± {n} m</source>
            <translation>‏± {n} מ׳</translation>
        </message>
    </context>
    <context>
        <name>CallQueueDock</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="308" />
            <source>Calls</source>
            <translation>שיחות</translation>
        </message>
    </context>
    <context>
        <name>CallQueueModel</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="199" />
            <source>State</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="200" />
            <source>Number</source>
            <translation>מספר</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="201" />
            <source>Class</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="202" />
            <source>Source</source>
            <translation>מקור</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="203" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="204" />
            <source>Location</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="205" />
            <source>Incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="231" />
            <source>(no number)</source>
            <translation>(אין מספר)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="244" />
            <source>≈ {id}</source>
            <translation>‏≈ {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="251" />
            <source>Ringing for {t}</source>
            <translation>מצלצלת כבר {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="252" />
            <source>Talking for {t}</source>
            <translation>בשיחה כבר {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="253" />
            <source>Abandoned {t} ago</source>
            <translation>ננטשה לפני {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="262" />
            <source>Verified by the call-taker</source>
            <translation>אומת על ידי המוקדן</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="266" />
            <source>Possible duplicate of {ids}</source>
            <translation>כפילות אפשרית של {ids}</translation>
        </message>
    </context>
    <context>
        <name>ClockWidget</name>
        <message>
            <location filename="../../widgets/clock.py" line="103" />
            <source>UTC {utc} · Local {local} ({zone})</source>
            <translation>מקומי {local} ({zone}) · UTC {utc}</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="110" />
            <source>UTC {utc}
Local {local}</source>
            <translation>‏UTC {utc}
מקומי {local}</translation>
        </message>
    </context>
    <context>
        <name>CloseIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="167" />
            <source>Close incident {id}</source>
            <extracomment>The short list a dispatcher picks from; the last entry needs free text.</extracomment>
            <translation>סגירת אירוע {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="169" />
            <source>How did incident {id} end?</source>
            <translation>כיצד הסתיים אירוע {id}?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="178" />
            <source>Details (optional)</source>
            <translation>פרטים (לא חובה)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="180" />
            <source>Close incident</source>
            <translation>סגור אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="183" />
            <source>Details</source>
            <translation>פרטים</translation>
        </message>
    </context>
    <context>
        <name>CommandGrammar</name>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="277" />
            <source>no call is ringing</source>
            <translation>אין שיחה מצלצלת</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="288" />
            <source>the type comes first: {usage}</source>
            <translation>קודם הסוג: {usage}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="346" />
            <source>type a command, or HELP for the list</source>
            <translation>הקלד פקודה, או HELP לרשימה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="45" />
            <source>D &lt;incident&gt; [&lt;unit&gt;...]</source>
            <extracomment>What each argument is, by position, for completion ("unit..." repeats; "a|b" either): incident, unit, type, call, alert, place, disposition, command, text.</extracomment>
            <translation>‏D &lt;⁨אירוע⁩&gt; [&lt;⁨יחידה⁩&gt;...]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="46" />
            <source>Dispatch units; without units, the recommendation</source>
            <translation>שיגור יחידות; בלי יחידות — לפי ההמלצה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="53" />
            <source>ER &lt;unit&gt;...</source>
            <translation>‏ER &lt;⁨יחידה⁩&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="54" />
            <source>En route</source>
            <translation>בדרך</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="61" />
            <source>OS &lt;unit&gt;...</source>
            <translation>‏OS &lt;⁨יחידה⁩&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="62" />
            <source>On scene</source>
            <translation>בזירה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="69" />
            <source>TR &lt;unit&gt;...</source>
            <translation>‏TR &lt;⁨יחידה⁩&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="70" />
            <source>Transporting</source>
            <translation>בפינוי</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="77" />
            <source>AH &lt;unit&gt;...</source>
            <translation>‏AH &lt;⁨יחידה⁩&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="78" />
            <source>At hospital</source>
            <translation>בבית החולים</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="85" />
            <source>AV &lt;unit&gt;...</source>
            <translation>‏AV &lt;⁨יחידה⁩&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="86" />
            <source>Available in quarters</source>
            <translation>פנויה בתחנה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="93" />
            <source>AR &lt;unit&gt;...</source>
            <translation>‏AR &lt;⁨יחידה⁩&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="94" />
            <source>Available on radio</source>
            <translation>פנויה בקשר</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="101" />
            <source>OOS &lt;unit&gt;... [reason]</source>
            <translation>‏OOS &lt;⁨יחידה⁩&gt;... [⁨סיבה⁩]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="102" />
            <source>Out of service</source>
            <translation>לא כשירה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="109" />
            <source>N &lt;type&gt; [@ place | @ lat,lon [text] | @ selected]</source>
            <translation>‏N &lt;⁨סוג⁩&gt; [@ ⁨מקום⁩ | @ ⁨רוחב,אורך⁩ [⁨טקסט⁩] | @ selected]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="110" />
            <source>New incident; after @ type an address, corner or landmark and pick</source>
            <translation>אירוע חדש; אחרי @ הקלד כתובת, צומת או ציון דרך ובחר</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="119" />
            <source>LOC &lt;incident&gt; @ place | LOC [&lt;call&gt;] [@ place | lat,lon | offered]</source>
            <translation>‏LOC &lt;⁨אירוע⁩&gt; @ ⁨מקום⁩ | LOC [&lt;⁨שיחה⁩&gt;] [@ ⁨מקום⁩ | ⁨רוחב,אורך⁩ | offered]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="122" />
            <source>Verify or replace a location: an incident's, or a call's (no @: verify it)</source>
            <translation>אימות או החלפת מיקום: של אירוע או של שיחה (בלי @: אימות)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="132" />
            <source>WHERE &lt;unit|incident&gt;</source>
            <translation>‏WHERE &lt;⁨יחידה⁩|⁨אירוע⁩&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="133" />
            <source>Name its position: nearest street</source>
            <translation>שם המיקום: הרחוב הקרוב</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="140" />
            <source>R &lt;incident&gt;</source>
            <translation>‏R &lt;⁨אירוע⁩&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="141" />
            <source>Show the recommendation</source>
            <translation>הצג את ההמלצה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="148" />
            <source>NOTE &lt;incident&gt; &lt;text&gt;</source>
            <translation>‏NOTE &lt;⁨אירוע⁩&gt; &lt;⁨טקסט⁩&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="149" />
            <source>Add a note</source>
            <translation>הוסף הערה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="156" />
            <source>CLOSE &lt;incident&gt; &lt;disposition&gt;</source>
            <translation>‏CLOSE &lt;⁨אירוע⁩&gt; &lt;⁨סיכום טיפול⁩&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="157" />
            <source>Close an incident</source>
            <translation>סגור אירוע</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="164" />
            <source>REOPEN &lt;incident&gt; &lt;reason&gt;</source>
            <translation>‏REOPEN &lt;⁨אירוע⁩&gt; &lt;⁨סיבה⁩&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="165" />
            <source>Reopen a closed incident (supervisor)</source>
            <translation>פתח מחדש אירוע סגור (אחראי משמרת)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="172" />
            <source>HANDOVER &lt;incident&gt; &lt;partner&gt; [note]</source>
            <translation>‏HANDOVER &lt;⁨אירוע⁩&gt; &lt;⁨מוקד שותף⁩&gt; [⁨הערה⁩]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="173" />
            <source>Hand the incident over to a partner control room</source>
            <translation>העבר את האירוע למוקד שותף</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="180" />
            <source>PANSWER [&lt;call&gt;] accepted|rejected|completed [reason]</source>
            <translation>‏PANSWER [&lt;⁨שיחה⁩&gt;] accepted|rejected|completed [⁨סיבה⁩]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="183" />
            <source>Answer the partner whose handover made the call</source>
            <translation>השב למוקד השותף שהעברתו יצרה את השיחה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="190" />
            <source>SEL &lt;unit|incident|call|alert&gt;</source>
            <translation>‏SEL &lt;⁨יחידה⁩|⁨אירוע⁩|⁨שיחה⁩|⁨התראה⁩&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="191" />
            <source>Select and centre on the map</source>
            <translation>בחר ומרכז במפה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="198" />
            <source>CARD [&lt;incident&gt;]</source>
            <translation>‏CARD [&lt;⁨אירוע⁩&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="199" />
            <source>Open the incident's card (units, timers, notes)</source>
            <translation>פתח את כרטיס האירוע (יחידות, זמנים, הערות)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="206" />
            <source>ANS [&lt;call&gt;]</source>
            <translation>‏ANS [&lt;⁨שיחה⁩&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="207" />
            <source>Answer a call; alone, the one ringing longest</source>
            <translation>ענה לשיחה; לבד — זו שמצלצלת הכי הרבה זמן</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="214" />
            <source>CI [&lt;type&gt;] [&lt;call&gt;]</source>
            <translation>‏CI [&lt;⁨סוג⁩&gt;] [&lt;⁨שיחה⁩&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="215" />
            <source>Incident from the call at its place (address verified); no type: asks</source>
            <translation>אירוע מהשיחה במקומה (כתובת מאומתת); בלי סוג: נשאל</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="225" />
            <source>ATT &lt;incident&gt; [&lt;call&gt;]</source>
            <translation>‏ATT &lt;⁨אירוע⁩&gt; [&lt;⁨שיחה⁩&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="226" />
            <source>Attach the call to an incident (a duplicate)</source>
            <translation>צרף את השיחה לאירוע (כפילות)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="233" />
            <source>REL [&lt;call&gt;]</source>
            <translation>‏REL [&lt;⁨שיחה⁩&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="234" />
            <source>Release the call (it is over)</source>
            <translation>שחרר את השיחה (הסתיימה)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="241" />
            <source>ABN [&lt;call&gt;] [reason]</source>
            <translation>‏ABN [&lt;⁨שיחה⁩&gt;] [⁨סיבה⁩]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="242" />
            <source>Mark the call abandoned (the caller hung up)</source>
            <translation>סמן שיחה שננטשה (המתקשר ניתק)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="249" />
            <source>ACK [&lt;alert&gt;]</source>
            <translation>‏ACK [&lt;⁨התראה⁩&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="250" />
            <source>Acknowledge an alert</source>
            <translation>אשר קבלת התראה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="257" />
            <source>PROM [&lt;alert&gt;] [&lt;type&gt;]</source>
            <translation>‏PROM [&lt;⁨התראה⁩&gt;] [&lt;⁨סוג⁩&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="258" />
            <source>Promote the alert to an incident (type: the suggested one)</source>
            <translation>הפוך את ההתראה לאירוע (סוג: המוצע)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="267" />
            <source>LINK [&lt;alert&gt;] &lt;incident|call&gt;</source>
            <translation>‏LINK [&lt;⁨התראה⁩&gt;] &lt;⁨אירוע⁩|⁨שיחה⁩&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="268" />
            <source>Link the alert to an incident or a call</source>
            <translation>קשר את ההתראה לאירוע או לשיחה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="275" />
            <source>DISMISS [&lt;alert&gt;] &lt;reason&gt;</source>
            <translation>‏DISMISS [&lt;⁨התראה⁩&gt;] &lt;⁨סיבה⁩&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="276" />
            <source>Dismiss the alert, with the reason</source>
            <translation>בטל את ההתראה, עם הסיבה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="283" />
            <source>RESEND &lt;unit&gt; [&lt;link&gt;]</source>
            <translation>‏RESEND &lt;⁨יחידה⁩&gt; [&lt;⁨ערוץ⁩&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="284" />
            <source>Page the unit again; with a link name, over that path instead</source>
            <translation>הזנק את היחידה שוב; עם שם ערוץ — דרכו</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="293" />
            <source>VOICE &lt;unit&gt;</source>
            <translation>‏VOICE &lt;⁨יחידה⁩&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="294" />
            <source>The unit was reached by voice: ends its page's alarm</source>
            <translation>היחידה הושגה בקול: מסיים את התרעת ההזנקה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="301" />
            <source>HELP [command]</source>
            <translation>‏HELP [⁨פקודה⁩]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="302" />
            <source>Show this help</source>
            <translation>הצג עזרה זו</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="65" />
            <source>bad position '{word}': expected @ place, @ lat,lon (e.g. @ 60.1699,24.9384) or @ selected</source>
            <translation>מיקום שגוי '{word}': צפוי @ מקום, @ רוחב,אורך (למשל ⁦@ 60.1699,24.9384⁩) או ⁦@ selected⁩</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="76" />
            <source>latitude {value} is out of range (-90 to 90)</source>
            <translation>קו רוחב {value} מחוץ לטווח (‎-90 עד 90)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="82" />
            <source>longitude {value} is out of range (-180 to 180)</source>
            <translation>קו אורך {value} מחוץ לטווח (‎-180 עד 180)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="104" />
            <location filename="../../console/controllers/command_places.py" line="151" />
            <source>where? type a place after @, e.g. @ Mariankatu 12</source>
            <translation>איפה? הקלד מקום אחרי @, למשל ⁦@ Mariankatu 12⁩</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="129" />
            <location filename="../../console/controllers/command_places.py" line="166" />
            <location filename="../../console/controllers/command_words.py" line="418" />
            <source>unexpected '{word}'; usage: {usage}</source>
            <translation>‏'{word}' לא צפוי; שימוש: {usage}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="178" />
            <location filename="../../console/controllers/command_places.py" line="187" />
            <source>a call's place is @ place, @ lat,lon or @ offered</source>
            <translation>מקום של שיחה הוא @ מקום, @ רוחב,אורך או ⁦@ offered⁩</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="167" />
            <source>unknown incident '{word}'</source>
            <extracomment>Ids of calls and alerts that are over (released, promoted, ...): named, never proposed; the console says why it cannot act on them. Closed incident ids (REOPEN names one), most recently closed first. Partner control rooms' names (HANDOVER); empty: the console refuses a handover. "unknown &lt;what&gt; '{word}'" and its "did you mean" form, per kind of name.</extracomment>
            <translation>אירוע לא מוכר '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="168" />
            <source>unknown incident '{word}' — did you mean {suggestion}?</source>
            <translation>אירוע לא מוכר '{word}' — האם התכוונת ל-{suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="173" />
            <source>unknown closed incident '{word}'</source>
            <translation>אירוע סגור לא מוכר '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="174" />
            <source>unknown closed incident '{word}' — did you mean {suggestion}?</source>
            <translation>אירוע סגור לא מוכר '{word}' — האם התכוונת ל-{suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="179" />
            <source>unknown partner '{word}'</source>
            <translation>מוקד שותף לא מוכר '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="180" />
            <source>unknown partner '{word}' — did you mean {suggestion}?</source>
            <translation>מוקד שותף לא מוכר '{word}' — האם התכוונת ל-{suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="185" />
            <source>unknown answer '{word}'</source>
            <translation>תשובה לא מוכרת '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="186" />
            <source>unknown answer '{word}' — did you mean {suggestion}?</source>
            <translation>תשובה לא מוכרת '{word}' — האם התכוונת ל-{suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="189" />
            <source>unknown call '{word}'</source>
            <translation>שיחה לא מוכרת '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="190" />
            <source>unknown call '{word}' — did you mean {suggestion}?</source>
            <translation>שיחה לא מוכרת '{word}' — האם התכוונת ל-{suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="193" />
            <source>unknown alert '{word}'</source>
            <translation>התראה לא מוכרת '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="194" />
            <source>unknown alert '{word}' — did you mean {suggestion}?</source>
            <translation>התראה לא מוכרת '{word}' — האם התכוונת ל-{suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="197" />
            <source>unknown unit '{word}'</source>
            <translation>יחידה לא מוכרת '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="198" />
            <source>unknown unit '{word}' — did you mean {suggestion}?</source>
            <translation>יחידה לא מוכרת '{word}' — האם התכוונת ל-{suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="201" />
            <source>unknown incident type '{word}'</source>
            <translation>סוג אירוע לא מוכר '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="202" />
            <source>unknown incident type '{word}' — did you mean {suggestion}?</source>
            <translation>סוג אירוע לא מוכר '{word}' — האם התכוונת ל-{suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="207" />
            <source>unknown unit or incident '{word}'</source>
            <translation>יחידה או אירוע לא מוכרים '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="208" />
            <source>unknown unit or incident '{word}' — did you mean {suggestion}?</source>
            <translation>יחידה או אירוע לא מוכרים '{word}' — האם התכוונת ל-{suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="213" />
            <source>unknown command '{word}'</source>
            <translation>פקודה לא מוכרת '{word}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="214" />
            <source>unknown command '{word}' — did you mean {suggestion}?</source>
            <translation>פקודה לא מוכרת '{word}' — האם התכוונת ל-{suggestion}?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="221" />
            <source>no call is selected ('.' means the selected call)</source>
            <extracomment>"no &lt;what&gt; is selected" for a call or an alert named by ".".</extracomment>
            <translation>לא נבחרה שיחה ('.' פירושו השיחה הנבחרת)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="224" />
            <source>no alert is selected ('.' means the selected alert)</source>
            <translation>לא נבחרה התראה ('.' פירושו ההתראה הנבחרת)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="262" />
            <source>no incident is selected ('.' means the selected incident)</source>
            <translation>לא נבחר אירוע ('.' פירושו האירוע הנבחר)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="277" />
            <source>incident '{word}' is ambiguous: {choices}</source>
            <translation>האירוע '{word}' אינו חד-משמעי: {choices}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="343" />
            <source>no call is selected: name one ({usage})</source>
            <translation>לא נבחרה שיחה: ציין אחת ({usage})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="353" />
            <source>no alert is selected: name one ({usage})</source>
            <translation>לא נבחרה התראה: ציין אחת ({usage})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="394" />
            <source>incident type '{word}' is ambiguous: {choices}</source>
            <translation>סוג האירוע '{word}' אינו חד-משמעי: {choices}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="404" />
            <source>{verb} needs more: {usage}</source>
            <translation>‏{verb} חסר פרטים: {usage}</translation>
        </message>
    </context>
    <context>
        <name>CommandLineWidget</name>
        <message>
            <location filename="../../widgets/command_line.py" line="159" />
            <source>Command (F1 for help), e.g. D 123 E11</source>
            <extracomment>What a position looks like while it is being typed ("60.17", "60°10'N 24"). Keys the line keeps for itself even where the window has a shortcut on them.</extracomment>
            <translation>פקודה (F1 לעזרה), למשל ⁦D 123 E11⁩</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Command</source>
            <translation>פקודה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Meaning</source>
            <translation>משמעות</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Also</source>
            <translation>גם</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Example</source>
            <translation>דוגמה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="315" />
            <source>No place found for '{query}'</source>
            <translation>לא נמצא מקום עבור '{query}'</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="479" />
            <source>Picked: {label} (typed: {typed})</source>
            <translation>נבחר: {label} (הוקלד: {typed})</translation>
        </message>
    </context>
    <context>
        <name>ConsoleSession</name>
        <message>
            <location filename="../../console/session/live.py" line="251" />
            <source>STORE UNAVAILABLE — links are not started, nothing is received: {err}</source>
            <translation>המאגר אינו זמין — הקישורים לא הופעלו, לא מתקבל דבר: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="254" />
            <source>Store: unavailable</source>
            <translation>מאגר: לא זמין</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/live.py" line="559" />
            <source>Store: {where} · %n event(s)</source>
            <translation>
                <numerusform>מאגר: {where} · רישום אחד</numerusform>
                <numerusform>מאגר: {where} · %n רישומים</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="64" />
            <source>paused: the store is not keeping up</source>
            <translation>מושהה: המאגר אינו עומד בקצב</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="69" />
            <source>%n datagram(s) dropped while the store was not keeping up</source>
            <translation>
                <numerusform>דאטגרמה אחת נזנחה בזמן שהמאגר לא עמד בקצב</numerusform>
                <numerusform>‏%n דאטגרמות נזנחו בזמן שהמאגר לא עמד בקצב</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="73" />
            <source>%n datagram(s) dropped by the system: they came faster than the console could read</source>
            <translation>
                <numerusform>דאטגרמה אחת נזנחה בידי המערכת: הגיעה מהר מכפי שהמוקד הספיק לקרוא</numerusform>
                <numerusform>‏%n דאטגרמות נזנחו בידי המערכת: הגיעו מהר מכפי שהמוקד הספיק לקרוא</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="89" />
            <source>%n slow or idle connection(s) cut</source>
            <translation>
                <numerusform>חיבור איטי או רדום אחד נותק</numerusform>
                <numerusform>‏%n חיבורים איטיים או רדומים נותקו</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="91" />
            <source>%n connection(s) refused at the cap</source>
            <translation>
                <numerusform>חיבור אחד נדחה בשל המכסה</numerusform>
                <numerusform>‏%n חיבורים נדחו בשל המכסה</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="100" />
            <source>{radar} DOWN: {reason}</source>
            <translation>‏{radar} מושבת: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="102" />
            <source>{radar} degraded: {reason}</source>
            <translation>‏{radar} פגום: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="83" />
            <source>%n request(s) refused ({size} not stored)</source>
            <translation>
                <numerusform>בקשה אחת נדחתה ({size} לא נשמרו)</numerusform>
                <numerusform>‏%n בקשות נדחו ({size} לא נשמרו)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/logged_links.py" line="112" />
            <source>run by another process (the recorder): as the log tells it</source>
            <translation>מופעל בתהליך אחר (תהליך ההקלטה): כפי שהיומן מספר</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="67" />
            <source>the database connection is lost ({why}); the action was not recorded</source>
            <translation>החיבור למסד הנתונים אבד ({why}); הפעולה לא נרשמה</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="53" />
            <source>since {time}: {error}</source>
            <translation>מאז {time}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="71" />
            <source>DATABASE CONNECTION LOST {why} — the picture is frozen as last known; actions are refused until it returns</source>
            <translation>החיבור למסד הנתונים אבד {why} — התמונה מוקפאת במצבה האחרון; פעולות נדחות עד שהחיבור יחזור</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="77" />
            <source>the store cannot be written ({err}); the action was not recorded</source>
            <translation>לא ניתן לכתוב למאגר ({err}); הפעולה לא נרשמה</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="81" />
            <source>STORE FAILING — received data is held in memory and retried, not yet stored; actions are refused: {err}</source>
            <translation>כשל במאגר — הנתונים שהתקבלו מוחזקים בזיכרון ונשלחים שוב, טרם נשמרו; פעולות נדחות: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="228" />
            <source>{unit}: {label} (radio {link} {address})</source>
            <translation>‏{unit}: {label} (קשר {link} {address})</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="123" />
            <source>PAGING AND RADIO NOT STARTED: {err}</source>
            <translation>הזנקה וקשר לא הופעלו: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="215" />
            <source>NOT ACKNOWLEDGED: {units} — RESEND &lt;unit&gt; [link] or VOICE &lt;unit&gt;</source>
            <translation>לא אושרה קבלה: {units} — ‏RESEND &lt;יחידה&gt; [ערוץ] או VOICE &lt;יחידה&gt;</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="175" />
            <source>PARTNER AGENCIES NOT STARTED: {err}</source>
            <translation>הקישור לגופים השותפים לא הופעל: {err}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="182" />
            <source>Unexpected error</source>
            <translation>שגיאה לא צפויה</translation>
        </message>
    </context>
    <context>
        <name>DismissAlertDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="358" />
            <source>Dismiss alert {id}</source>
            <extracomment>Common reasons to dismiss an alert; the last entry needs free text.</extracomment>
            <translation>ביטול התראה {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="359" />
            <source>Why is alert {id} dismissed?</source>
            <translation>מדוע בוטלה התראה {id}?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="366" />
            <source>Details</source>
            <translation>פרטים</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="368" />
            <source>Dismiss alert</source>
            <translation>ביטול התראה</translation>
        </message>
    </context>
    <context>
        <name>DispatchController</name>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="176" />
            <source>dispatch</source>
            <translation>שיגור</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="177" />
            <source>status</source>
            <translation>סטטוס</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="178" />
            <source>new incident</source>
            <translation>אירוע חדש</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="179" />
            <source>recommend</source>
            <translation>המלצה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="180" />
            <source>note</source>
            <translation>הערה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="181" />
            <source>close</source>
            <translation>סגירה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="182" />
            <source>location</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="183" />
            <source>where</source>
            <translation>איפה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="184" />
            <source>resend</source>
            <translation>הזנקה חוזרת</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="185" />
            <source>voice</source>
            <translation>קשר קולי</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="186" />
            <source>reopen</source>
            <translation>פתיחה מחדש</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="187" />
            <source>handover</source>
            <translation>העברה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="264" />
            <source>this site has no partner agencies ([[http.partners]] in site.toml)</source>
            <translation>לאתר זה אין גופים שותפים (‏[[http.partners]] ב-site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="267" />
            <source>handed over to {partner}</source>
            <translation>הועבר למוקד {partner}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="372" />
            <source>unknown incident {incident}</source>
            <translation>אירוע לא מוכר {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="330" />
            <source>no unit is available for {incident}</source>
            <translation>אין יחידה פנויה עבור {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="463" />
            <source>card: unknown incident {incident}</source>
            <translation>כרטיס: אירוע לא מוכר {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="78" />
            <source>{target}: {place}</source>
            <translation>‏{target}: {place}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="92" />
            <source>no named street nearby</source>
            <translation>אין רחוב בעל שם בקרבת מקום</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="97" />
            <source>{place}, {distance} m</source>
            <translation>‏{place}, {distance} מ׳</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="132" />
            <source>places are unavailable: give @ lat,lon or pick on the map</source>
            <translation>מקומות לא זמינים: ציין @ רוחב,אורך או בחר במפה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="192" />
            <source>places unavailable: give @ lat,lon</source>
            <translation>מקומות לא זמינים: הזן @ רוחב,אורך</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="208" />
            <source>places unavailable</source>
            <translation>מקומות לא זמינים</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="224" />
            <source>places unavailable ({why}): coordinates only</source>
            <translation>מקומות לא זמינים ({why}): קואורדינטות בלבד</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="86" />
            <source>{where} (places unavailable)</source>
            <translation>‏{where} (מקומות לא זמינים)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="93" />
            <source>{where} ({why})</source>
            <translation>‏{where} ({why})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="118" />
            <source>where? give @ place or @ lat,lon, or select a unit or incident and use @ sel</source>
            <translation>איפה? ציין @ מקום או @ רוחב,אורך, או בחר יחידה או אירוע והשתמש ב-⁦@ sel⁩</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="156" />
            <source>which place? {places} — pick one from the list; nothing was created</source>
            <translation>איזה מקום? {places} — בחר אחד מהרשימה; לא נוצר דבר</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="147" />
            <source>no place found for '{query}'; nothing was created</source>
            <translation>לא נמצא מקום עבור '{query}'; לא נוצר דבר</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="65" />
            <source>{unit} has no position fix</source>
            <translation>ל-{unit} אין קביעת מיקום</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="141" />
            <source>places are unavailable ({why}): give @ lat,lon or pick on the map; nothing was created</source>
            <translation>מקומות לא זמינים ({why}): ציין @ רוחב,אורך או בחר במפה; לא נוצר דבר</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="176" />
            <source>{error}; nothing was created</source>
            <translation>‏{error}; לא נוצר דבר</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="78" />
            <source>queued</source>
            <translation>בתור</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="79" />
            <source>sent</source>
            <translation>נשלח</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="80" />
            <source>link acknowledged</source>
            <translation>הערוץ אישר</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="81" />
            <source>delivered</source>
            <translation>נמסר</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="82" />
            <source>read</source>
            <translation>נקרא</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="83" />
            <source>accepted</source>
            <translation>התקבל</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="86" />
            <source>reached by voice</source>
            <translation>הושג בקול</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="42" />
            <source>this site has no paging or radio links ([reach] in site.toml)</source>
            <translation>לאתר זה אין ערוצי הזנקה או קשר (‏[reach] ב-site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="88" />
            <source>rejected</source>
            <translation>נדחה</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="97" />
            <source>NO LINK ACKNOWLEDGEMENT</source>
            <translation>אין אישור מהערוץ</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="99" />
            <source>NO CREW ACKNOWLEDGEMENT</source>
            <translation>אין אישור מהצוות</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="102" />
            <source>{link} {address}: {step}</source>
            <translation>‏{link} {address}: {step}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="49" />
            <source>{unit} paged again ({notice})</source>
            <translation>‏{unit} הוזנקה שוב ({notice})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="90" />
            <source>completed</source>
            <translation>הושלם</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="92" />
            <source>FAILED: {reason}</source>
            <translation>נכשל: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialogs</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="107" />
            <source>Handled on scene</source>
            <translation>טופל בזירה</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="108" />
            <source>Transported</source>
            <translation>פונה</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="109" />
            <source>False alarm</source>
            <translation>אזעקת שווא</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="110" />
            <source>Cancelled by caller</source>
            <translation>בוטל על ידי המתקשר</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="111" />
            <source>Unable to locate</source>
            <translation>לא אותר</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="112" />
            <source>Referred to other agency</source>
            <translation>הועבר לגורם אחר</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="113" />
            <source>Other</source>
            <translation>אחר</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="115" />
            <source>Drill ended</source>
            <translation>התרגיל הסתיים</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="341" />
            <source>Known activity</source>
            <translation>פעילות ידועה</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="342" />
            <source>Duplicate of another alert</source>
            <translation>כפילות של התראה אחרת</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="343" />
            <source>Outside our area</source>
            <translation>מחוץ לגזרה שלנו</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="344" />
            <source>Sensor fault</source>
            <translation>תקלת חיישן</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="512" />
            <source>Open a store to replay</source>
            <translation>פתח מאגר לשחזור</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="514" />
            <source>Stores (*.sqlite *.db)</source>
            <translation>מאגרים (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="514" />
            <source>All files (*)</source>
            <translation>כל הקבצים (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="86" />
            <source>(no raw bytes)</source>
            <translation>(אין נתונים גולמיים)</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="56" />
            <source>Raw bytes</source>
            <translation>נתונים גולמיים</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="57" />
            <source>Decoded when stored</source>
            <translation>פוענח בעת השמירה</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="58" />
            <source>Decoded today</source>
            <translation>פוענחו היום</translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message>
            <location filename="../../models/drills/report_html.py" line="55" />
            <source>EXERCISE — NOT LIVE DATA</source>
            <translation>תרגיל — לא נתוני אמת</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="97" />
            <source>no data</source>
            <translation>אין נתונים</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="100" />
            <source>PASS</source>
            <translation>עבר</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="102" />
            <source>FAIL</source>
            <translation>נכשל</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="106" />
            <source>none</source>
            <translation>אין</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="117" />
            <source>ok</source>
            <translation>תקין</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="120" />
            <location filename="../../models/drills/report_texts.py" line="149" />
            <source>late</source>
            <translation>באיחור</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="128" />
            <source>{percentile} within {target}</source>
            <translation>‏{percentile} בתוך {target}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="144" />
            <source>(not expected)</source>
            <translation>(לא צפויה)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="156" />
            <source>any</source>
            <translation>כל טיפול</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="174" />
            <source>Drill report: {title}</source>
            <translation>דוח תרגיל: {title}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="178" />
            <location filename="../../models/drills/report_json.py" line="77" />
            <source>PASSED</source>
            <translation>עבר</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="179" />
            <location filename="../../models/drills/report_json.py" line="78" />
            <source>NOT PASSED</source>
            <translation>לא עבר</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="181" />
            <source>Score {score} / {total}</source>
            <translation>ציון {score} / {total}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="186" />
            <source>{time} of wall-clock time</source>
            <translation>‏{time} בזמן אמת</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="192" />
            <source>not ended</source>
            <translation>לא הסתיים</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="197" />
            <source>Scenario</source>
            <translation>תרחיש</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="198" />
            <source>Started (UTC)</source>
            <translation>התחיל (UTC)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="199" />
            <source>Ended (UTC)</source>
            <translation>הסתיים (UTC)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="200" />
            <source>End</source>
            <translation>סיום</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="201" />
            <source>Drill time</source>
            <translation>זמן תרגיל</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="202" />
            <source>Speed</source>
            <translation>מהירות</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="203" />
            <source>Paused</source>
            <translation>הושהה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="220" />
            <source>Targets (NFPA 1225-style)</source>
            <translation>יעדים (בסגנון NFPA 1225)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="224" />
            <source>Measure</source>
            <translation>מדד</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="225" />
            <source>Target</source>
            <translation>יעד</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="226" />
            <source>Within target</source>
            <translation>בתוך היעד</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="227" />
            <source>Percentile value</source>
            <translation>ערך האחוזון</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="228" />
            <location filename="../../models/drills/report_html.py" line="243" />
            <location filename="../../models/drills/report_html.py" line="312" />
            <source>Result</source>
            <translation>תוצאה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="233" />
            <source>Trainees</source>
            <translation>משתלמים</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="237" />
            <source>Trainee</source>
            <translation>משתלם</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="238" />
            <source>Calls answered</source>
            <translation>שיחות שנענו</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="239" />
            <source>Incidents created</source>
            <translation>אירועים שנפתחו</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="240" />
            <source>Units dispatched</source>
            <translation>יחידות ששובצו</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="241" />
            <source>Alerts handled</source>
            <translation>התראות שטופלו</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="262" />
            <source>Calls</source>
            <translation>שיחות</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="263" />
            <source>abandoned</source>
            <translation>ננטשה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="264" />
            <source>duplicate</source>
            <translation>כפולה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="268" />
            <source>Call</source>
            <translation>שיחה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="269" />
            <source>Number</source>
            <translation>מספר</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="270" />
            <source>Via</source>
            <translation>דרך</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="271" />
            <source>Offered</source>
            <translation>הוצעה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="272" />
            <source>Answered by</source>
            <translation>נענתה בידי</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="273" />
            <source>Answer time</source>
            <translation>זמן מענה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="274" />
            <location filename="../../models/drills/report_html.py" line="304" />
            <location filename="../../models/drills/report_html.py" line="348" />
            <source>Incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="275" />
            <source>Priority</source>
            <translation>עדיפות</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="276" />
            <source>Process</source>
            <translation>טיפול</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="277" />
            <location filename="../../models/drills/report_html.py" line="311" />
            <source>On scene</source>
            <translation>בזירה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="278" />
            <source>Note</source>
            <translation>הערה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="298" />
            <source>Expected incidents</source>
            <translation>אירועים צפויים</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="303" />
            <location filename="../../models/drills/report_html.py" line="321" />
            <source>Expected</source>
            <translation>צפוי</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="305" />
            <location filename="../../models/drills/report_html.py" line="463" />
            <source>Type</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="306" />
            <source>Place</source>
            <translation>מקום</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="307" />
            <source>Units sent</source>
            <translation>יחידות שנשלחו</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="308" />
            <source>Missing</source>
            <translation>חסרות</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="309" />
            <source>Not asked for</source>
            <translation>לא נדרשו</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="310" />
            <source>Dispatch</source>
            <translation>שיבוץ</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="317" />
            <source>Alerts</source>
            <translation>התראות</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="322" />
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="323" />
            <source>Alert</source>
            <translation>התראה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="324" />
            <source>Title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="325" />
            <location filename="../../models/drills/report_html.py" line="351" />
            <source>Raised</source>
            <translation>הופעלה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="326" />
            <source>Handling</source>
            <translation>טיפול</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="327" />
            <location filename="../../models/drills/report_html.py" line="353" />
            <source>By</source>
            <translation>בידי</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="328" />
            <location filename="../../models/drills/report_html.py" line="354" />
            <source>After</source>
            <translation>לאחר</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="329" />
            <source>Acceptable</source>
            <translation>קבילים</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="330" />
            <source>Outcome</source>
            <translation>תוצאה סופית</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="336" />
            <source>Units not acknowledging (NOT ACKNOWLEDGED alarms)</source>
            <translation>יחידות שלא אישרו קבלה (התראות 'לא אושרה קבלה')</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="342" />
            <source>{raised}, {unanswered}.</source>
            <translation>‏{raised}, {unanswered}.</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="347" />
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="349" />
            <source>Notice</source>
            <translation>הודעה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="350" />
            <source>Limit</source>
            <translation>מגבלה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="352" />
            <source>First action</source>
            <translation>פעולה ראשונה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="373" />
            <source>Injection timeline</source>
            <translation>ציר זמן של ההזרקות</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="389" />
            <source>{created} (expected {expected})</source>
            <translation>‏{created} (צפוי {expected})</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="400" />
            <source>not created</source>
            <translation>לא נפתח</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="404" />
            <source>wrong</source>
            <translation>שגוי</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="407" />
            <source>off</source>
            <translation>מחוץ לטווח</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="427" />
            <source>not sent</source>
            <translation>לא נשלח</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="443" />
            <source>{what} (by {name})</source>
            <translation>‏{what} (בידי {name})</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="452" />
            <source>by hand</source>
            <translation>ידנית</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="461" />
            <source>Planned</source>
            <translation>מתוכנן</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="462" />
            <source>Sent</source>
            <translation>נשלח</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="464" />
            <source>What</source>
            <translation>מה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="117" />
            <source>{n} s</source>
            <extracomment>Plural sources the reports use (the console's translator names each as a literal).</extracomment>
            <translation>‏{n} שנ׳</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="123" />
            <source>{m} m</source>
            <translation>‏{m} מ׳</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="134" />
            <source>Calls answered (offered → answered)</source>
            <extracomment>What each measure of the score is (``models.drills.scoring``), in words.</extracomment>
            <translation>מענה לשיחות (הוצעה ← נענתה)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="135" />
            <source>Calls answered, second target</source>
            <translation>מענה לשיחות, יעד שני</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="136" />
            <source>High-priority calls processed (answered → first unit dispatched)</source>
            <translation>טיפול בשיחות דחופות (נענתה ← יחידה ראשונה שובצה)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="139" />
            <source>Alerts handled (raised → first handling)</source>
            <translation>טיפול בהתראות (הופעלה ← טיפול ראשון)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="140" />
            <source>NOT ACKNOWLEDGED alarms acted on (raised → the dispatcher's first action)</source>
            <translation>טיפול בהתראות 'לא אושרה קבלה' (הופעלה ← הפעולה הראשונה של המוקדן)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="148" />
            <source>handled</source>
            <extracomment>An expected alert's outcome (``AlertScore.outcome``).</extracomment>
            <translation>טופלה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="150" />
            <source>wrong handling</source>
            <translation>טיפול שגוי</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="151" />
            <source>missed</source>
            <translation>הוחמצה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="152" />
            <source>not raised</source>
            <translation>לא הופעלה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="157" />
            <source>acknowledged</source>
            <extracomment>How an alert was handled (``models.drills.drill_log.HANDLING_OF``).</extracomment>
            <translation>אושרה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="158" />
            <source>promoted to an incident</source>
            <translation>הוסבה לאירוע</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="159" />
            <source>linked to an incident</source>
            <translation>קושרה לאירוע</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="160" />
            <source>dismissed</source>
            <translation>נדחתה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="165" />
            <location filename="../../models/drills/report_texts.py" line="196" />
            <source>CAP alert</source>
            <extracomment>Kinds of expected alerts (``models.drills.scenario.ALERT_KINDS``).</extracomment>
            <translation>התראת CAP</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="166" />
            <location filename="../../models/drills/report_texts.py" line="195" />
            <source>zone alarm</source>
            <translation>התראת אזור</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="167" />
            <source>zone entry</source>
            <translation>כניסה לאזור</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="172" />
            <source>no link acknowledgement</source>
            <extracomment>Which limit of a NOT ACKNOWLEDGED alarm ran out (``AlarmResponse.stage``).</extracomment>
            <translation>אין אישור מהערוץ</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="173" />
            <source>no crew answer</source>
            <translation>אין תשובה מהצוות</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="178" />
            <source>sent again</source>
            <extracomment>The dispatcher's first action on an alarm (``AlarmResponse.action``, an event kind).</extracomment>
            <translation>נשלחה שוב</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="179" />
            <source>reached by voice</source>
            <translation>הושג בקול</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="180" />
            <source>unit status changed</source>
            <translation>מצב היחידה שונה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="181" />
            <source>another unit assigned</source>
            <translation>שובצה יחידה אחרת</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="186" />
            <source>completed</source>
            <extracomment>How a drill ended (``drill.ended`` reason).</extracomment>
            <translation>הושלם</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="187" />
            <source>ended by trainer</source>
            <translation>הופסק בידי המדריך</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="192" />
            <source>call</source>
            <extracomment>Injection types (``models.drills.injections``).</extracomment>
            <translation>שיחה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="193" />
            <source>rebid</source>
            <translation>מיקום מעודכן</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="194" />
            <source>track</source>
            <translation>מסלול</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="197" />
            <source>link down</source>
            <translation>ערוץ נפל</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="198" />
            <source>link up</source>
            <translation>ערוץ חזר</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="199" />
            <source>note</source>
            <translation>הערה</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="215" />
            <source>call from {caller} via {via} at {where}</source>
            <translation>שיחה מ-{caller} דרך {via} ב-{where}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="217" />
            <source>rebid of {caller} via {via} at {where}</source>
            <translation>מיקום מעודכן של {caller} דרך {via} ב-{where}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="226" />
            <source>track {track} on {sensor} ({via}), {points}, {speed}</source>
            <translation>מסלול {track} בחיישן {sensor} ({via}), {points}, {speed}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="232" />
            <source>{v} m/s</source>
            <translation>‏{v} מ׳/שנ׳</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="238" />
            <source>zone alarm {state} from {sensor} in zone {zone}</source>
            <translation>התראת אזור {state} מחיישן {sensor} באזור {zone}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="242" />
            <source>CAP {type} {identifier}: {event} (exercise)</source>
            <translation>התראת CAP {type} {identifier}: {event} (תרגיל)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="245" />
            <source>link {link} down</source>
            <translation>ערוץ {link} נפל</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="249" />
            <source>link {link} up</source>
            <translation>ערוץ {link} חזר</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="250" />
            <source>note: {text}</source>
            <translation>הערה: {text}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="59" />
            <source>%n alarm(s) raised</source>
            <translation>
                <numerusform>הופעלה התראה אחת</numerusform>
                <numerusform>הופעלו %n התראות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="60" />
            <source>%n never acted on</source>
            <translation>
                <numerusform>באחת לא טופל כלל</numerusform>
                <numerusform>ב-%n לא טופל כלל</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="61" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>נקודה אחת</numerusform>
                <numerusform>‏%n נקודות</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillSession</name>
        <message>
            <location filename="../../console/session/drill.py" line="169" />
            <source>DRILL FEEDS UNAVAILABLE — the drill cannot run: {err}</source>
            <translation>הזנות התרגיל אינן זמינות — התרגיל לא יכול לרוץ: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="179" />
            <source>The drill cannot run: the drill store did not open.</source>
            <translation>התרגיל לא יכול לרוץ: מאגר התרגיל לא נפתח.</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="236" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>התרגיל לא הופעל — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="253" />
            <source>The drill radio did not start; crews report without it: {err}</source>
            <translation>רדיו התרגיל לא הופעל; הצוותים מדווחים בלעדיו: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="375" />
            <source>The report could not be written: {err}</source>
            <translation>לא ניתן היה לכתוב את הדוח: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="406" />
            <source>Answering calls</source>
            <translation>מענה לשיחות</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="407" />
            <source>Call to dispatch</source>
            <translation>מהשיחה לשיגור</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="408" />
            <source>Incidents handled</source>
            <translation>אירועים שטופלו</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="409" />
            <source>Alerts handled</source>
            <translation>התראות שטופלו</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="420" />
            <location filename="../../console/session/drill.py" line="421" />
            <source>calls answered</source>
            <translation>שיחות שנענו</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="422" />
            <source>high-priority calls dispatched</source>
            <translation>שיחות דחופות ששוגרו</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="423" />
            <source>alerts handled</source>
            <translation>התראות שטופלו</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="424" />
            <source>NOT ACKNOWLEDGED alarms acted on</source>
            <translation>טיפול בהתראות 'לא אושרה קבלה'</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="427" />
            <source>{what} within {target} s: none to measure</source>
            <translation>‏{what} תוך {target} שנ׳: אין מה למדוד</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/drill.py" line="431" />
            <source>{what} within {target} s: {within} of %n (target {pct} %)</source>
            <translation>
                <numerusform>‏{what} תוך {target} שנ׳: {within} מתוך %n (יעד {pct}%)</numerusform>
                <numerusform>‏{what} תוך {target} שנ׳: {within} מתוך %n (יעד {pct}%)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="91" />
            <source>Copy</source>
            <translation>העתק</translation>
        </message>
        <message>
            <location filename="../../widgets/error_dialog.py" line="92" />
            <source>Copy the error and its details to the clipboard</source>
            <translation>העתק את השגיאה ופרטיה ללוח</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/error_dialog.py" line="120" />
            <source>%n error(s) occurred; see the details below.</source>
            <translation>
                <numerusform>אירעה שגיאה אחת; הפרטים למטה.</numerusform>
                <numerusform>אירעו %n שגיאות; הפרטים למטה.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLogDock</name>
        <message>
            <location filename="../../widgets/event_log.py" line="289" />
            <source>Event log</source>
            <translation>יומן רישום</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="296" />
            <source>Filter by source, kind, text or error</source>
            <translation>סינון לפי מקור, סוג, טקסט או שגיאה</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="299" />
            <source>Errors only</source>
            <translation>שגיאות בלבד</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../widgets/event_log.py" line="172" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="173" />
            <source>Source</source>
            <translation>מקור</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="174" />
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="175" />
            <source>Summary</source>
            <translation>סיכום</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="176" />
            <source>Rejected because</source>
            <translation>נדחה משום ש</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="207" />
            <source>{kind} (rejected)</source>
            <translation>‏{kind} (נדחה)</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="218" />
            <source>#{seq} received {when} {zone}
{summary}</source>
            <translation>‏#{seq} התקבל {when} {zone}
{summary}</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="222" />
            <source>Rejected: {reason}</source>
            <translation>נדחה: {reason}</translation>
        </message>
    </context>
    <context>
        <name>EventText</name>
        <message numerus="yes">
            <location filename="../../console/reports/event_text.py" line="122" />
            <source>%n frame(s)</source>
            <translation>
                <numerusform>מסגרת אחת</numerusform>
                <numerusform>‏%n מסגרות</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="330" />
            <source>up</source>
            <translation>פעיל</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="331" />
            <source>connecting</source>
            <translation>מתחבר</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="332" />
            <source>down</source>
            <translation>מושבת</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="333" />
            <source>stopped</source>
            <translation>נעצר</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="339" />
            <source>degraded</source>
            <translation>פגום</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="339" />
            <source>ok</source>
            <translation>תקין</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="368" />
            <source>address</source>
            <translation>כתובת</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="369" />
            <source>street</source>
            <translation>רחוב</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="370" />
            <source>intersection</source>
            <translation>צומת</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="371" />
            <source>landmark</source>
            <translation>ציון דרך</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="372" />
            <source>coordinates</source>
            <translation>קואורדינטות</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="373" />
            <source>named site</source>
            <translation>אתר</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="374" />
            <source>named place</source>
            <translation>מקום</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="416" />
            <source>no location</source>
            <translation>אין מיקום</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="429" />
            <source>address only</source>
            <translation>כתובת בלבד</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="469" />
            <source>call {call} answered</source>
            <translation>שיחה {call} נענתה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="470" />
            <source>call {call} released</source>
            <translation>שיחה {call} שוחררה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="495" />
            <source>alert {alert} promoted to {incident}</source>
            <translation>התראה {alert} הפכה לאירוע {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="496" />
            <source>alert {alert} linked to {incident}</source>
            <translation>התראה {alert} קושרה ל-{incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="497" />
            <source>alert {alert} dismissed: {reason}</source>
            <translation>התראה {alert} בוטלה: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="498" />
            <source>alert {alert} cancelled: {reason}</source>
            <translation>התראה {alert} נמשכה: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="499" />
            <source>alert {alert} acknowledged</source>
            <translation>אושרה קבלת התראה {alert}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="500" />
            <source>alert {alert} updated</source>
            <translation>התראה {alert} עודכנה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="511" />
            <source>CAP</source>
            <translation>‏CAP</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="512" />
            <source>zone-entry</source>
            <translation>כניסה לאזור</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="513" />
            <source>zone-alarm</source>
            <translation>התראת אזור</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="514" />
            <source>radio</source>
            <translation>קשר</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="515" />
            <source>extreme</source>
            <translation>קיצוני</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="516" />
            <source>severe</source>
            <translation>חמור</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="517" />
            <source>moderate</source>
            <translation>בינוני</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="518" />
            <source>minor</source>
            <translation>קל</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="519" />
            <source>unknown</source>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="526" />
            <source>headless command</source>
            <translation>פקודה ללא ממשק</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="123" />
            <source>{count} frames</source>
            <translation>‏{count} מסגרות</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="221" />
            <source>new incident {incident} {type} (P{priority}) at {where} from call {call}</source>
            <translation>אירוע חדש {incident} {type} (‏P{priority}) ב-{where} משיחה {call}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="242" />
            <source>as recommended</source>
            <translation>לפי ההמלצה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="242" />
            <source>dispatcher's choice</source>
            <translation>בחירת המוקדן</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="443" />
            <source>unknown number</source>
            <translation>מספר לא ידוע</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="451" />
            <source>call {call} rebid: {where}</source>
            <translation>שיחה {call} מיקום מעודכן: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="453" />
            <source>call {call} location: {where}</source>
            <translation>שיחה {call} מיקום: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="475" />
            <source>call {call} {what}</source>
            <translation>שיחה {call} {what}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="482" />
            <source>EXERCISE alert {alert} ({origin}, {severity}): {title}</source>
            <translation>תרגיל: התראה {alert} ({origin}, {severity}): {title}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="484" />
            <source>alert {alert} ({origin}, {severity}): {title}</source>
            <translation>התראה {alert} ({origin}, {severity}): {title}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="505" />
            <source>alert {alert} {what}</source>
            <translation>התראה {alert} {what}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="527" />
            <source>{command} run by OS user {user} on {host}</source>
            <translation>‏{command} הורצה בידי משתמש המערכת {user} במחשב {host}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="169" />
            <source>rejected {protocol} frame: {error}</source>
            <translation>מסגרת {protocol} נדחתה: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="173" />
            <source>link {link} {state} ({endpoint})</source>
            <translation>קישור {link} {state} ({endpoint})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="182" />
            <source>not stored as {kind}: {error}</source>
            <translation>לא נשמר כ-{kind}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="197" />
            <source>the store dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}</source>
            <translation>המאגר זנח {frames} ({bytes} בתים) בין {first} ל-{last}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="201" />
            <source>sensor {sensor} {state}: {reason}</source>
            <translation>חיישן {sensor} {state}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="207" />
            <source>link {link} not started: {error}</source>
            <translation>קישור {link} לא הופעל: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="255" />
            <source>{unit} {status} (was {previous})</source>
            <translation>‏{unit} {status} (היה: {previous})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="266" />
            <source>note on {incident}: {text}</source>
            <translation>הערה ל-{incident}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="270" />
            <source>{incident} closed: {disposition}</source>
            <translation>‏{incident} נסגר: {disposition}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="280" />
            <source>{incident} REOPENED: {reason}</source>
            <translation>‏{incident} נפתח מחדש: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="296" />
            <source>console started on site {site}</source>
            <translation>עמדת המוקד הופעלה באתר {site}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="298" />
            <source>console stopped on site {site}</source>
            <translation>עמדת המוקד נעצרה באתר {site}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="319" />
            <source>unknown unit {unit}</source>
            <translation>יחידה לא מוכרת {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="344" />
            <source>{text}, {place}</source>
            <translation>‏{text}, {place}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="363" />
            <source>{m} m</source>
            <translation>‏{m} מ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="395" />
            <source>UNVERIFIED forced point</source>
            <translation>נקודה כפויה לא מאומתת</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="397" />
            <source>UNVERIFIED position</source>
            <translation>מיקום לא מאומת</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="403" />
            <source>{text}, near {place}</source>
            <translation>‏{text}, ליד {place}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="406" />
            <source>{text} [places {builds}]</source>
            <translation>‏{text} [מקומות {builds}]</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="446" />
            <source>call {call} from {number} ({via}) at {where}</source>
            <translation>שיחה {call} מ-{number} ({via}) ב-{where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="457" />
            <source>call {call} location verified: {where}</source>
            <translation>מיקום שיחה {call} אומת: {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="461" />
            <source>call {call} attached to {incident}</source>
            <translation>שיחה {call} צורפה ל-{incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="467" />
            <source>call {call} abandoned</source>
            <translation>שיחה {call} ננטשה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="531" />
            <source>{text} (pid {pid})</source>
            <translation>‏{text} (מזהה תהליך {pid})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="533" />
            <source>{text}, operator {operator} ({role})</source>
            <translation>‏{text}, מוקדן {operator} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="537" />
            <source>{text}, no operator of this store</source>
            <translation>‏{text}, לא מוקדן של מאגר זה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="539" />
            <source>{text}, database role {role} ({kind})</source>
            <translation>‏{text}, תפקיד במסד הנתונים {role} ({kind})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="179" />
            <source>{text}: {error}</source>
            <translation>‏{text}: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="194" />
            <source>link {link} dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}</source>
            <translation>קישור {link} זנח {frames} ({bytes} בתים) בין {first} ל-{last}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="224" />
            <source>new incident {incident} {type} (P{priority}) at {where}</source>
            <translation>אירוע חדש {incident} {type} (‏P{priority}) ב-{where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="230" />
            <source>{incident} moved from {before} to {where}</source>
            <translation>‏{incident} הועבר מ-{before} ל-{where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="236" />
            <source>{incident} moved to {where}</source>
            <translation>‏{incident} הועבר ל-{where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="245" />
            <source>{unit} assigned to {incident}, ETA {eta}, {how}</source>
            <translation>‏{unit} שובצה ל-{incident}, זמן הגעה {eta}, {how}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="249" />
            <source>{unit} assigned to {incident}, {how}</source>
            <translation>‏{unit} שובצה ל-{incident}, {how}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="252" />
            <source>{text}: {reason}</source>
            <translation>‏{text}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="277" />
            <source>{incident} REOPENED: {reason} (was closed: {disposition})</source>
            <translation>‏{incident} נפתח מחדש: {reason} (נסגר קודם: {disposition})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="388" />
            <source>verified to {label} ({kind}, {distance})</source>
            <translation>אומת ל-{label} ({kind}, {distance})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="392" />
            <source>verified to {label} ({kind})</source>
            <translation>אומת ל-{label} ({kind})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="466" />
            <source>call {call} abandoned: {reason}</source>
            <translation>שיחה {call} ננטשה: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="99" />
            <source>completed</source>
            <translation>הושלם</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="99" />
            <source>ended by trainer</source>
            <translation>הופסק בידי המדריך</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="73" />
            <source>drill {title} started (×{speed}), trainees: {trainees}</source>
            <translation>תרגיל {title} התחיל (×{speed}), משתלמים: {trainees}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="82" />
            <source>drill clock {time}: running (×{speed})</source>
            <translation>שעון התרגיל {time}: פועל (×{speed})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="96" />
            <source>drill {time}: injected #{n} ({type}): {summary}</source>
            <translation>תרגיל {time}: הוזן ‏#{n} ({type}): {summary}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="101" />
            <source>drill ended at {time}: {reason}</source>
            <translation>התרגיל הסתיים ב-{time}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="81" />
            <source>drill clock {time}: paused</source>
            <translation>שעון התרגיל {time}: מושהה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="93" />
            <source>drill {time}: trainer {by} injected #{n} ({type}): {summary}</source>
            <translation>תרגיל {time}: המדריך {by} הזין את ‏#{n} ({type}): {summary}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="62" />
            <source>{summary} — not sent: {error}</source>
            <translation>‏{summary} — לא נשלח: {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="31" />
            <source>dispatcher</source>
            <translation>מוקדן</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="32" />
            <source>supervisor</source>
            <translation>אחראי משמרת</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="33" />
            <source>administrator</source>
            <translation>מנהל מערכת</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="34" />
            <source>call-taker</source>
            <translation>מוקדן מענה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="35" />
            <source>trainer</source>
            <translation>מדריך</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="136" />
            <source>wrong password</source>
            <translation>סיסמה שגויה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="137" />
            <source>unknown operator</source>
            <translation>מוקדן לא מוכר</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="138" />
            <source>account disabled</source>
            <translation>חשבון מושבת</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="139" />
            <source>backing off</source>
            <translation>המתנה אחרי ניסיונות כושלים</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="140" />
            <source>signed in at another position</source>
            <translation>מחובר/ת בעמדה אחרת</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="141" />
            <source>signed out</source>
            <translation>יציאה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="142" />
            <source>console closed</source>
            <translation>עמדת המוקד נסגרה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="143" />
            <source>time is up</source>
            <translation>הזמן תם</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="144" />
            <source>signed in normally</source>
            <translation>כניסה רגילה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="72" />
            <source>{name} ({role}) signed in{at}</source>
            <translation>‏{name} ({role}) נכנס/ה{at}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="75" />
            <source>sign-in as {name} refused{at}: {reason}</source>
            <translation>כניסה בתור {name} נדחתה{at}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/event_text_operators.py" line="78" />
            <source>, %n failed in a row</source>
            <translation>
                <numerusform>, כישלון אחד ברצף</numerusform>
                <numerusform>‏, %n כישלונות ברצף</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="85" />
            <source>{name} signed out{at}</source>
            <translation>‏{name} יצא/ה{at}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="87" />
            <source>shift change{at}: {previous} handed over to {name} ({role})</source>
            <translation>החלפת משמרת{at}: {previous} העביר/ה ל-{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="91" />
            <source>position{at} locked for {name}</source>
            <translation>העמדה{at} ננעלה עבור {name}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="93" />
            <source>position{at} unlocked for {name}</source>
            <translation>העמדה{at} שוחררה עבור {name}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="117" />
            <source>BREAK-GLASS emergency session for {name} ({role}){at} for {minutes} until {until}: {reason}</source>
            <translation>כניסת חירום (שבירת זכוכית) עבור {name} ({role}){at} ל-{minutes} עד {until}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="123" />
            <source>break-glass session of {name}{at} ended: {reason}</source>
            <translation>כניסת החירום של {name}{at} הסתיימה: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="42" />
            <source> at {position}</source>
            <translation> בעמדה {position}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="54" />
            <source>operator {name} added with the {role} role as the store's first administrator</source>
            <translation>המוקדן {name} נוסף בתפקיד {role} כמנהל הראשון של המאגר</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="56" />
            <source>operator {name} added with the {role} role as the store's first administrator, no password yet</source>
            <translation>המוקדן {name} נוסף בתפקיד {role} כמנהל הראשון של המאגר, עדיין ללא סיסמה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="63" />
            <source>operator {name} added with the {role} role</source>
            <translation>המוקדן {name} נוסף בתפקיד {role}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="65" />
            <source>operator {name} added with the {role} role, no password yet</source>
            <translation>המוקדן {name} נוסף בתפקיד {role}, עדיין ללא סיסמה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="70" />
            <source>{name} ({role}) signed in{at} (as the OS user, no password)</source>
            <translation>‏{name} ({role}) נכנס/ה{at} (כמשתמש המערכת, ללא סיסמה)</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="83" />
            <source>{name} signed out{at} ({reason})</source>
            <translation>‏{name} יצא/ה{at} ({reason})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="104" />
            <source>password of {name} changed</source>
            <translation>הסיסמה של {name} הוחלפה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="106" />
            <source>{name}'s role changed from {previous} to {role}</source>
            <translation>התפקיד של {name} שונה מ-{previous} ל-{role}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="114" />
            <source>operator {name} DISABLED</source>
            <translation>המוקדן {name} הושבת</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="153" />
            <source>{n} min</source>
            <translation>‏{n} דק׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="101" />
            <source>password of {name} changed (re-hashed with today's parameters at sign-in)</source>
            <translation>הסיסמה של {name} הוחלפה (גובבה מחדש בפרמטרים העדכניים בעת הכניסה)</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="111" />
            <source>operator {name} DISABLED: {reason}</source>
            <translation>המוקדן {name} הושבת: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="148" />
            <source>accepted</source>
            <translation>התקבל</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="149" />
            <source>rejected</source>
            <translation>נדחה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="42" />
            <source>{unit} for {incident}</source>
            <translation>‏{unit} עבור {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="107" />
            <source>{who}: FAILED (final): {reason}</source>
            <translation>‏{who}: נכשל (סופית): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="124" />
            <source>NOT ACKNOWLEDGED: {who}: no crew answer</source>
            <translation>לא אושרה קבלה: {who}: אין תשובה מהצוות</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="126" />
            <source>NOT ACKNOWLEDGED: {who}: no link acknowledgement</source>
            <translation>לא אושרה קבלה: {who}: אין אישור מהערוץ</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="178" />
            <source>answer {what} FAILED (final): {reason}</source>
            <translation>תשובה {what} נכשלה (סופית): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="180" />
            <source>answer {what} FAILED (retrying): {reason}</source>
            <translation>תשובה {what} נכשלה (מנסה שוב): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="183" />
            <source>answer {what} {step}</source>
            <translation>תשובה {what} {step}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="39" />
            <source>{unit} for {incident} #{n}</source>
            <translation>‏{unit} עבור {incident} ‏#{n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="72" />
            <source>{unit} for {incident}: queued on {link} {address}: {text}</source>
            <translation>‏{unit} עבור {incident}: בתור ב-{link} {address}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="75" />
            <source>{who}: sent (attempt {n})</source>
            <translation>‏{who}: נשלח (ניסיון {n})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="81" />
            <source>{who}: acknowledged by the link</source>
            <translation>‏{who}: הערוץ אישר</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="89" />
            <source>{who}: delivered to the device</source>
            <translation>‏{who}: נמסר למכשיר</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="91" />
            <source>{who}: read by the crew</source>
            <translation>‏{who}: הצוות קרא</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="97" />
            <source>{who}: accepted by the crew</source>
            <translation>‏{who}: הצוות אישר</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="109" />
            <source>{who}: FAILED (retrying): {reason}</source>
            <translation>‏{who}: נכשל (מנסה שוב): {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="111" />
            <source>{who}: FAILED: {reason}</source>
            <translation>‏{who}: נכשל: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="118" />
            <source>NOT ACKNOWLEDGED: {who}: no crew answer within {limit} s</source>
            <translation>לא אושרה קבלה: {who}: אין תשובה מהצוות תוך {limit} שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="120" />
            <source>NOT ACKNOWLEDGED: {who}: no link acknowledgement within {limit} s</source>
            <translation>לא אושרה קבלה: {who}: אין אישור מהערוץ תוך {limit} שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="130" />
            <source>{who}: reached by voice</source>
            <translation>‏{who}: הושג בקול</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="132" />
            <source>{who} asks to talk ({label}) on {link} {address}</source>
            <translation>‏{who} מבקש/ת לדבר ({label}) ב-{link} {address}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="140" />
            <source>from {sender} on {link}: refused: {reason}</source>
            <translation>מאת {sender} ב-{link}: נדחה: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="167" />
            <source>answer {what} for call {call} queued to {partner}</source>
            <translation>תשובה {what} לשיחה {call} בתור למוקד {partner}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="169" />
            <source>answer {what} sent to the partner (attempt {n})</source>
            <translation>תשובה {what} נשלחה למוקד השותף (ניסיון {n})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="173" />
            <source>answer {what} delivered to the partner (HTTP {status})</source>
            <translation>תשובה {what} נמסרה למוקד השותף (‏HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="51" />
            <source>{incident} handed over to partner {partner} ({address}), EIDO {id}</source>
            <translation>‏{incident} הועבר למוקד השותף {partner} ({address}), ‏EIDO {id}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="65" />
            <source>{unit} for {incident}: queued on {link} {address}, re-sent by {by}: {text}</source>
            <translation>‏{unit} עבור {incident}: בתור ב-{link} {address}, נשלח שוב בידי {by}: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="69" />
            <source>{unit} for {incident}: queued on {link} {address}, re-sent: {text}</source>
            <translation>‏{unit} עבור {incident}: בתור ב-{link} {address}, נשלח שוב: {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="78" />
            <source>{who}: the partner took it (HTTP {status})</source>
            <translation>‏{who}: המוקד השותף קיבל (‏HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="84" />
            <source>{who}: the partner reports it completed</source>
            <translation>‏{who}: המוקד השותף מדווח שהטיפול הושלם</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="86" />
            <source>{who}: delivered to the device ({detail})</source>
            <translation>‏{who}: נמסר למכשיר ({detail})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="94" />
            <source>{who}: accepted by the partner</source>
            <translation>‏{who}: המוקד השותף אישר</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="96" />
            <source>{who}: accepted by the crew ({by})</source>
            <translation>‏{who}: הצוות אישר ({by})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="100" />
            <source>{who}: rejected by the partner</source>
            <translation>‏{who}: המוקד השותף דחה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="100" />
            <source>{who}: rejected by the crew</source>
            <translation>‏{who}: הצוות דחה</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="164" />
            <source>answer {what} for call {call} queued to {partner}: {reason}</source>
            <translation>תשובה {what} לשיחה {call} בתור למוקד {partner}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>IdleLockOverlay</name>
        <message>
            <location filename="../../widgets/idle_lock.py" line="119" />
            <source>POSITION LOCKED</source>
            <translation>העמדה נעולה</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="132" />
            <source>Password</source>
            <translation>סיסמה</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="142" />
            <source>Change &amp;operator…</source>
            <translation>החלפת &amp;מוקדן…</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="146" />
            <source>&amp;Unlock</source>
            <translation>&amp;שחרור נעילה</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="163" />
            <source>{who} — the picture stays live; type your password to unlock.</source>
            <translation>‏{who} — התמונה ממשיכה להתעדכן; הקלידו את הסיסמה כדי לשחרר את הנעילה.</translation>
        </message>
    </context>
    <context>
        <name>IncidentPanelDock</name>
        <message>
            <location filename="../../widgets/incident_panel.py" line="90" />
            <source>Incident</source>
            <extracomment>A unit's row while its notification alarm stands (red, readable with white text).</extracomment>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="113" />
            <source>Copy</source>
            <translation>העתק</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="114" />
            <source>Copy latitude, longitude</source>
            <translation>העתק קו רוחב, קו אורך</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="121" />
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="122" />
            <source>Status</source>
            <translation>סטטוס</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="123" />
            <source>In status</source>
            <translation>בסטטוס</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="124" />
            <source>Dispatched</source>
            <translation>שובצה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="125" />
            <source>ETA</source>
            <translation>זמן הגעה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="126" />
            <source>Reached</source>
            <translation>התראה נמסרה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="151" />
            <source>No notes yet</source>
            <translation>אין עדיין הערות</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="153" />
            <source>Add a note, Enter to save</source>
            <translation>הוסף הערה, Enter לשמירה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="155" />
            <source>Recommend</source>
            <translation>המלץ</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="157" />
            <source>Close…</source>
            <translation>סגור…</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="266" />
            <source>No incident selected</source>
            <translation>לא נבחר אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="275" />
            <source>{id} · {type}</source>
            <translation>‏{id} · {type}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="280" />
            <source>P{n}</source>
            <translation>ע{n}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="282" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>עדיפות {n} (1 היא הגבוהה ביותר)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="289" />
            <source>(no address)</source>
            <translation>(אין כתובת)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="303" />
            <source>✓ Verified: {label} ({kind}, {distance} m)</source>
            <translation>✓ אומת: {label} ({kind}, {distance} מ׳)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="309" />
            <source>forced point</source>
            <translation>נקודה שנכפתה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="309" />
            <source>automatic position</source>
            <translation>מיקום אוטומטי</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="310" />
            <source>⚠ UNVERIFIED ({why})</source>
            <translation>⚠ לא מאומת ({why})</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="313" />
            <source>Nearest: {near}</source>
            <translation>הקרוב ביותר: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="316" />
            <source>(nothing typed)</source>
            <translation>(לא הוקלד דבר)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="317" />
            <source>Typed: {typed}</source>
            <translation>הוקלד: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="319" />
            <source>Places index: {build}</source>
            <translation>אינדקס מקומות: {build}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="326" />
            <source>{time}  {operator}: {text}</source>
            <translation>‏{time}  {operator}: {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="347" />
            <source>Created {time} · open {age}</source>
            <translation>נפתח {time} · פתוח {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="368" />
            <source>due</source>
            <translation>עכשיו</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="418" />
            <source>Partner {name} — {step}</source>
            <translation>מוקד שותף {name} — {step}</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueDock</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="284" />
            <source>Incidents</source>
            <translation>אירועים</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueModel</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="161" />
            <source>Incident</source>
            <extracomment>Background of the priority cell; text is drawn white on 1, 2 and 4.</extracomment>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="162" />
            <source>P</source>
            <translation>ע</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="163" />
            <source>Type</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="164" />
            <source>Location</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="165" />
            <source>Age</source>
            <translation>גיל</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="166" />
            <source>Units</source>
            <translation>יחידות</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="180" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>עדיפות {n} (1 היא הגבוהה ביותר)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="210" />
            <source>Typed: {typed}</source>
            <translation>הוקלד: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="213" />
            <source>Verified: {label} ({kind}, {distance} m)</source>
            <translation>אומת: {label} ({kind}, {distance} מ׳)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="220" />
            <source>UNVERIFIED: a forced point</source>
            <translation>לא מאומת: נקודה שנכפתה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="222" />
            <source>UNVERIFIED: an automatic position</source>
            <translation>לא מאומת: מיקום אוטומטי</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="225" />
            <source>Nearest: {near}</source>
            <translation>הקרוב ביותר: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="230" />
            <source>Places index: {build}</source>
            <translation>אינדקס מקומות: {build}</translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../console/reports/durations.py" line="27" />
            <source>{h} h {m} min</source>
            <translation>‏{h} שע׳ {m} דק׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/durations.py" line="22" />
            <source>{n} s</source>
            <translation>‏{n} שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/durations.py" line="25" />
            <source>{m} min {s} s</source>
            <translation>‏{m} דק׳ {s} שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="82" />
            <source>Alarm handling</source>
            <translation>טיפול בקריאה</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="83" />
            <source>Total response</source>
            <translation>זמן תגובה כולל</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="85" />
            <source>Turnout {unit}</source>
            <translation>זמן יציאה {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="85" />
            <source>Travel {unit}</source>
            <translation>זמן נסיעה {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="87" />
            <source>Call answering ({call})</source>
            <translation>מענה לשיחה ({call})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="88" />
            <source>Call processing ({call})</source>
            <translation>טיפול בשיחה ({call})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="106" />
            <source>abandoned before it was answered</source>
            <translation>ננטשה לפני שנענתה</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="107" />
            <source>answered after the first dispatch</source>
            <translation>נענתה אחרי השיבוץ הראשון</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="108" />
            <source>no incident</source>
            <translation>אין אירוע</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="109" />
            <source>stood down before it got there</source>
            <translation>הוחזרה לפני שהגיעה</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="110" />
            <source>on scene without en route</source>
            <translation>בזירה בלי דיווח 'בדרך'</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="111" />
            <source>its dispatch is not in the log</source>
            <translation>השיבוץ שלה אינו ביומן</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="100" />
            <source>{label} ({note})</source>
            <translation>‏{label} ({note})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="117" />
            <source>{via}: no ring start, not timed</source>
            <translation>‏{via}: אין תחילת צלצול, לא נמדד</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_data.py" line="168" />
            <source>system</source>
            <translation>מערכת</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_data.py" line="166" />
            <source>link {link}</source>
            <translation>ערוץ {link}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="238" />
            <source>EXERCISE — drill report, not a real incident</source>
            <translation>תרגיל — דוח תרגיל, לא אירוע אמת</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="411" />
            <source>EXERCISE — DRILL — NOT A REAL INCIDENT</source>
            <translation>תרגיל — תרגיל — לא אירוע אמת</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="223" />
            <source>by</source>
            <translation>על ידי</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="225" />
            <source>Type</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="226" />
            <source>Priority</source>
            <translation>עדיפות</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="227" />
            <source>Location</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="228" />
            <source>Coordinates</source>
            <translation>קואורדינטות</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="229" />
            <source>Created</source>
            <translation>נפתח</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="230" />
            <source>Closed</source>
            <translation>נסגר</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Disposition</source>
            <translation>סיכום טיפול</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="232" />
            <source>Calls</source>
            <translation>שיחות</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="233" />
            <source>Alerts</source>
            <translation>התראות</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="234" />
            <source>Units</source>
            <translation>יחידות</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="326" />
            <source>Incident report {incident}</source>
            <translation>דוח אירוע {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>Interval</source>
            <translation>מקטע</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>Duration</source>
            <translation>משך</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>From</source>
            <translation>מ-</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>To</source>
            <translation>אל</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Who</source>
            <translation>מי</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Event</source>
            <translation>רישום</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="328" />
            <source>EXERCISE</source>
            <translation>תרגיל</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="423" />
            <source>page {page} of {pages}</source>
            <translation>עמוד {page} מתוך {pages}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Incident report</source>
            <translation>דוח אירוע</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="247" />
            <source>times in</source>
            <translation>זמנים ב-</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="249" />
            <source>generated</source>
            <translation>הופק</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="264" />
            <source>Response intervals</source>
            <translation>מקטעי זמן תגובה</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="279" />
            <source>Timeline</source>
            <translation>ציר זמן</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="262" />
            <source>Map data</source>
            <translation>נתוני מפה</translation>
        </message>
    </context>
    <context>
        <name>IncidentType</name>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Structure fire</source>
            <extracomment>structure-fire</extracomment>
            <translation>שריפה במבנה</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Vehicle fire</source>
            <extracomment>vehicle-fire</extracomment>
            <translation>שריפת רכב</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Automatic fire alarm</source>
            <extracomment>alarm-fire-automatic</extracomment>
            <translation>גלאי אש אוטומטי</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Hazardous materials leak</source>
            <extracomment>hazmat-leak</extracomment>
            <translation>דליפת חומרים מסוכנים</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Person in water</source>
            <extracomment>person-in-water</extracomment>
            <translation>אדם במים</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision with injuries</source>
            <extracomment>traffic-collision-injury</extracomment>
            <translation>תאונת דרכים עם נפגעים</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision, no injuries</source>
            <extracomment>traffic-collision-minor</extracomment>
            <translation>תאונת דרכים ללא נפגעים</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Cardiac arrest</source>
            <extracomment>cardiac-arrest</extracomment>
            <translation>דום לב</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Medical emergency</source>
            <extracomment>medical-emergency</extracomment>
            <translation>מקרה רפואי דחוף</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Breathing difficulty</source>
            <extracomment>breathing-difficulty</extracomment>
            <translation>קשיי נשימה</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Fall with injury</source>
            <extracomment>fall-injury</extracomment>
            <translation>נפילה עם פציעה</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Burglary in progress</source>
            <extracomment>burglary-in-progress</extracomment>
            <translation>פריצה בעיצומה</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Assault</source>
            <extracomment>assault</extracomment>
            <translation>תקיפה</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Domestic disturbance</source>
            <extracomment>domestic-disturbance</extracomment>
            <translation>אלימות במשפחה</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Missing person</source>
            <extracomment>missing-person</extracomment>
            <translation>נעדר</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Public disorder</source>
            <extracomment>public-disorder</extracomment>
            <translation>הפרת סדר ציבורי</translation>
        </message>
    </context>
    <context>
        <name>IncidentTypeDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="229" />
            <source>Create incident from call {id}</source>
            <translation>פתיחת אירוע מהשיחה {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="232" />
            <source>Type to filter incident types</source>
            <translation>הקלד לסינון סוגי אירועים</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="241" />
            <source>{name} ({discipline})</source>
            <translation>‏{name} ({discipline})</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="253" />
            <source>Create incident</source>
            <translation>פתח אירוע</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../widgets/i18n.py" line="330" />
            <source>&amp;Language</source>
            <translation>&amp;שפה</translation>
        </message>
        <message>
            <location filename="../../widgets/i18n.py" line="350" />
            <source>The console will speak the chosen language from its next start.</source>
            <translation>המוקד יוצג בשפה שנבחרה מההפעלה הבאה.</translation>
        </message>
    </context>
    <context>
        <name>LinkIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="407" />
            <source>Link alert {id} to an incident</source>
            <translation>קישור התראה {id} לאירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="410" />
            <source>Incident or call id</source>
            <translation>מזהה אירוע או שיחה</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="418" />
            <source>Link</source>
            <translation>קישור</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="420" />
            <source>Id</source>
            <translation>מזהה</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="423" />
            <source>Nearby incidents and calls</source>
            <translation>אירועים ושיחות בסביבה</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusDock</name>
        <message>
            <location filename="../../widgets/link_status.py" line="245" />
            <source>Links</source>
            <translation>קישורים</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusModel</name>
        <message>
            <location filename="../../widgets/link_status.py" line="79" />
            <source>Link</source>
            <translation>קישור</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="80" />
            <source>Endpoint</source>
            <translation>נקודת קצה</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="81" />
            <source>Protocol</source>
            <translation>פרוטוקול</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="82" />
            <source>State</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="83" />
            <source>Bytes</source>
            <translation>בתים</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="84" />
            <source>Frames</source>
            <translation>מסגרות</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="85" />
            <source>Errors</source>
            <translation>שגיאות</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="86" />
            <source>Last frame</source>
            <translation>מסגרת אחרונה</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="87" />
            <source>Notes</source>
            <translation>הערות</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="88" />
            <source>Last error</source>
            <translation>שגיאה אחרונה</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="93" />
            <source>up</source>
            <translation>פעיל</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="94" />
            <source>connecting</source>
            <translation>מתחבר</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="95" />
            <source>down</source>
            <translation>מושבת</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="96" />
            <source>stopped</source>
            <translation>נעצר</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="98" />
            <source>not known yet</source>
            <translation>עדיין לא ידוע</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="131" />
            <source>Last error: {error}</source>
            <translation>שגיאה אחרונה: {error}</translation>
        </message>
    </context>
    <context>
        <name>LinkTexts</name>
        <message>
            <location filename="../../console/reports/link_texts.py" line="16" />
            <source>not delivered</source>
            <translation>לא נמסרה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="83" />
            <location filename="../../radio/codecs/tetra_pei.py" line="356" />
            <source>reserved</source>
            <extracomment>Block types (ESPA 4.4.4 clause 4.2). Data identifiers (clause 4.3) and the name each record has in JSON. Call status values (record 7).
----------
``dispatch-console decode`` prints ``kind`` beside ``type``.</extracomment>
            <translation>ערך שמור</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="84" />
            <source>busy</source>
            <translation>תפוס</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="85" />
            <source>in queue</source>
            <translation>בתור</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="86" />
            <source>paged</source>
            <translation>הזימונית הופעלה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="87" />
            <source>absent</source>
            <translation>לא נוכח</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="88" />
            <source>call terminated</source>
            <translation>הקריאה הסתיימה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="89" />
            <source>acknowledged by called party</source>
            <translation>הנקרא אישר</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="90" />
            <source>speech channel open</source>
            <translation>ערוץ הדיבור פתוח</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="91" />
            <source>speech channel open (paged)</source>
            <translation>ערוץ הדיבור פתוח (הזימונית הופעלה)</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="92" />
            <source>speech channel open (absent)</source>
            <translation>ערוץ הדיבור פתוח (לא נוכח)</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="93" />
            <source>fault</source>
            <translation>תקלה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="301" />
            <source>unknown</source>
            <extracomment>NAK prefixes (clause 2.4).</extracomment>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="106" />
            <source>receipt acknowledged by destination</source>
            <extracomment>Text coding schemes (EN 300 392-2 table 29.29) that Python can read. Delivery report requests of an SDS-TRANSFER. Delivery status (EN 300 392-2 table 29.16), in our words.</extracomment>
            <translation>היעד אישר קבלה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="107" />
            <source>receipt report acknowledgement</source>
            <translation>אישור לדיווח הקבלה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="108" />
            <source>consumed by destination</source>
            <translation>נקראה ביעד</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="109" />
            <source>consumed report acknowledgement</source>
            <translation>אישור לדיווח הקריאה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="110" />
            <source>forwarded to external network</source>
            <translation>הועברה לרשת חיצונית</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="111" />
            <source>sent to group, acknowledgement presented</source>
            <translation>נשלחה לקבוצה, האישור הוצג</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="112" />
            <source>concatenation part received</source>
            <translation>התקבל חלק מהודעה מפוצלת</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="113" />
            <source>congestion, message stored</source>
            <translation>עומס ברשת, ההודעה נשמרה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="114" />
            <source>message stored</source>
            <translation>ההודעה נשמרה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="115" />
            <source>destination not reachable, message stored</source>
            <translation>היעד אינו זמין, ההודעה נשמרה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="116" />
            <source>network overload</source>
            <translation>עומס יתר ברשת</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="117" />
            <source>service permanently not available</source>
            <translation>השירות אינו זמין לצמיתות</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="118" />
            <source>service temporarily not available</source>
            <translation>השירות אינו זמין זמנית</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="119" />
            <source>source not authorised</source>
            <translation>השולח אינו מורשה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="120" />
            <source>destination not authorised</source>
            <translation>היעד אינו מורשה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="121" />
            <source>unknown destination, gateway or service centre</source>
            <translation>יעד, שער או מרכז שירות לא מוכרים</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="122" />
            <source>unknown forward address</source>
            <translation>כתובת ההעברה אינה מוכרת</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="123" />
            <source>group address with individual service</source>
            <translation>כתובת קבוצה עם שירות אישי</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="124" />
            <source>validity period expired, not received</source>
            <translation>תוקף ההודעה פג, לא התקבלה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="125" />
            <source>validity period expired, not consumed</source>
            <translation>תוקף ההודעה פג, לא נקראה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="126" />
            <source>delivery failed</source>
            <translation>המסירה נכשלה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="127" />
            <source>destination not registered</source>
            <translation>היעד אינו רשום ברשת</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="128" />
            <source>destination queue full</source>
            <translation>תור ההודעות ביעד מלא</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="129" />
            <source>message too long</source>
            <translation>ההודעה ארוכה מדי</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="130" />
            <source>destination does not support SDS-TL</source>
            <translation>היעד אינו תומך ב־SDS-TL</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="131" />
            <source>destination host not connected</source>
            <translation>מחשב היעד אינו מחובר</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="132" />
            <source>protocol not supported</source>
            <translation>הפרוטוקול אינו נתמך</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="133" />
            <source>data coding scheme not supported</source>
            <translation>שיטת קידוד הנתונים אינה נתמכת</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="134" />
            <source>destination memory full, message discarded</source>
            <translation>הזיכרון ביעד מלא, ההודעה נמחקה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="135" />
            <source>destination not accepting SDS messages</source>
            <translation>היעד אינו מקבל הודעות SDS</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="136" />
            <source>destination not reachable, delivery failed</source>
            <translation>היעד אינו זמין, המסירה נכשלה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="137" />
            <location filename="../../radio/codecs/tetra_pei.py" line="144" />
            <source>destination memory full</source>
            <translation>הזיכרון ביעד מלא</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="138" />
            <source>destination memory available</source>
            <translation>הזיכרון ביעד התפנה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="143" />
            <source>protocol or coding not supported</source>
            <translation>הפרוטוקול או הקידוד אינם נתמכים</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="145" />
            <source>message received</source>
            <translation>ההודעה התקבלה</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="146" />
            <source>message consumed</source>
            <translation>ההודעה נקראה</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../console/main_window.py" line="135" />
            <source>Replay — {site}</source>
            <translation>שחזור — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="135" />
            <source>Dispatch console — {site}</source>
            <translation>מוקד שיגור — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="234" />
            <source>Store: opening…</source>
            <translation>מאגר: נפתח…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="260" />
            <source>&amp;File</source>
            <translation>&amp;קובץ</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="261" />
            <source>Open &amp;replay…</source>
            <translation>פתח &amp;שחזור…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="265" />
            <source>&amp;Quit</source>
            <translation>&amp;יציאה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="270" />
            <source>&amp;View</source>
            <translation>&amp;תצוגה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="271" />
            <source>&amp;Fit map to site</source>
            <translation>&amp;התאם מפה לאתר</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="275" />
            <source>&amp;Map in its own window</source>
            <translation>&amp;מפה בחלון נפרד</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="279" />
            <source>Put the map in a window of its own, on another screen if there is one</source>
            <translation>הצג את המפה בחלון משלה, במסך נוסף אם יש</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="283" />
            <source>&amp;Wallboard</source>
            <translation>&amp;לוח מצב</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="286" />
            <source>The room at a glance, for a supervisor's desk or a wall (F11: full screen)</source>
            <translation>תמונת המוקד במבט אחד, לעמדת אחראי משמרת או לקיר (F11: מסך מלא)</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="291" />
            <source>&amp;Units as</source>
            <translation>&amp;יחידות כ-</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="295" />
            <source>&amp;Command line</source>
            <translation>&amp;שורת פקודה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="301" />
            <source>&amp;Go to</source>
            <translation>&amp;מעבר אל</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="322" />
            <source>Toggle day/night</source>
            <translation>החלף יום/לילה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="326" />
            <source>&amp;Reset layout</source>
            <translation>&amp;אפס פריסה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="335" />
            <source>&amp;Help</source>
            <translation>&amp;עזרה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="336" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;קיצורי מקלדת</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="340" />
            <source>&amp;About</source>
            <translation>&amp;אודות</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="346" />
            <source>&amp;Operator</source>
            <translation>&amp;מוקדן</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="348" />
            <source>&amp;Change operator…</source>
            <translation>&amp;החלפת מוקדן…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="349" />
            <source>&amp;Lock position</source>
            <translation>&amp;נעילת העמדה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="350" />
            <source>&amp;Sign out</source>
            <translation>&amp;התנתקות</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="351" />
            <source>&amp;Manage operators…</source>
            <translation>&amp;ניהול מוקדנים…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="393" />
            <source>Right-click — status changes, recommend, new incident here</source>
            <translation>לחצן ימני — שינויי סטטוס, המלצה, אירוע חדש כאן</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="392" />
            <source>Mouse wheel — zoom; drag — pan; click a unit — select it</source>
            <translation>גלגלת העכבר — זום; גרירה — הזזה; לחיצה על יחידה — בחירתה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="395" />
            <source>Keyboard shortcuts</source>
            <translation>קיצורי מקלדת</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="400" />
            <source>About</source>
            <translation>אודות</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="402" />
            <source>Dispatch console
Site: {site}
Map data © OpenStreetMap contributors (ODbL).</source>
            <translation>מוקד שיגור
אתר: {site}
נתוני מפה © תורמי OpenStreetMap ‏(ODbL).</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="445" />
            <source>DRILL — EXERCISE, NOT LIVE — {title}</source>
            <translation>תרגיל — לא אירוע אמת — {title}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="463" />
            <source>DRILL — {title} — {site}</source>
            <translation>תרגיל — {title} — {site}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="181" />
            <source>&amp;Sound</source>
            <translation>&amp;צלילים</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="183" />
            <source>&amp;Mute sounds</source>
            <translation>&amp;השתק צלילים</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="198" />
            <source>Sound &amp;settings…</source>
            <translation>&amp;הגדרות צליל…</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="250" />
            <source>SITE NOT LOADED — no links are running: {err}</source>
            <translation>האתר לא נטען — אין קישורים פעילים: {err}</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="252" />
            <source>Store: not opened</source>
            <translation>מאגר: לא נפתח</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="333" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>התרגיל לא הופעל — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="81" />
            <source>RECORDER STOPPED (exit code {code}) — the site's links are not received until it is back; restarting it. {last}</source>
            <translation>תהליך ההקלטה נעצר (קוד יציאה {code}) — הקישורים של האתר אינם מתקבלים עד שיחזור; מופעל מחדש. {last}</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="86" />
            <source>Recorder stopped (exit code {code}); restarting</source>
            <translation>תהליך ההקלטה נעצר (קוד יציאה {code}); מופעל מחדש</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="106" />
            <source>Recorder running again: the site's links are received</source>
            <translation>תהליך ההקלטה פועל שוב: הקישורים של האתר מתקבלים</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="73" />
            <source>The map is in its own window on screen {screen}.
Ctrl+Shift+M brings it back here.</source>
            <translation>המפה בחלון משלה במסך {screen}.
Ctrl+Shift+M מחזיר אותה לכאן.</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="133" />
            <source>Screen {screen} was disconnected: the map is back here.</source>
            <translation>מסך {screen} נותק: המפה חזרה לכאן.</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="63" />
            <source>Map — {site}</source>
            <translation>מפה — {site}</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="114" />
            <source>Screen {screen} for the map is not connected: the map is here.</source>
            <translation>מסך {screen} המיועד למפה אינו מחובר: המפה כאן.</translation>
        </message>
    </context>
    <context>
        <name>MapWidget</name>
        <message>
            <location filename="../../widgets/map/overlay.py" line="36" />
            <source>{0} km</source>
            <translation>‏{0} ק״מ</translation>
        </message>
        <message>
            <location filename="../../widgets/map/overlay.py" line="37" />
            <source>{0} m</source>
            <translation>‏{0} מ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/map/routes.py" line="95" />
            <source>{unit} ETA {eta}</source>
            <translation>‏{unit} זמן הגעה {eta}</translation>
        </message>
        <message>
            <location filename="../../widgets/map_widget.py" line="397" />
            <source>{0} · no fix</source>
            <translation>‏{0} · אין איכון</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="166" />
            <source>EXERCISE</source>
            <translation>תרגיל</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="189" />
            <source>E</source>
            <translation>ת</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="217" />
            <source>Raised {0}</source>
            <translation>הופעלה {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>DOWN</source>
            <translation>מושבת</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>degraded</source>
            <translation>פגום</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="307" />
            <source>Sensor ({0})</source>
            <translation>חיישן ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="384" />
            <source>Verified</source>
            <translation>מאומת</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="386" />
            <source>New automatic fix offered</source>
            <translation>הוצע מיקום אוטומטי חדש</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="377" />
            <source>Located {time} ({age})</source>
            <translation>אותר {time} ({age})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="375" />
            <source>(no number)</source>
            <translation>(אין מספר)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="45" />
            <source>Recommend units</source>
            <translation>המלץ על יחידות</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="56" />
            <source>New incident here…</source>
            <translation>אירוע חדש כאן…</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="32" />
            <source>never</source>
            <translation>אף פעם</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="38" />
            <source>{0} h ago</source>
            <translation>לפני {0} שע׳</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="35" />
            <source>{0} s ago</source>
            <translation>לפני {0} שנ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="37" />
            <source>{0} min ago</source>
            <translation>לפני {0} דק׳</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="46" />
            <source>{0} ({1})</source>
            <translation>‏{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="47" />
            <source>Status: {0}</source>
            <translation>סטטוס: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="48" />
            <source>Fix: {0}</source>
            <translation>איכון: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="57" />
            <source>No fix: shown at its station</source>
            <translation>אין איכון: מוצגת בתחנתה</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="52" />
            <source>No fix: shown at incident {0} by its status</source>
            <translation>אין איכון: מוצגת באירוע {0} לפי הסטטוס שלה</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="61" />
            <source>No position</source>
            <translation>אין מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="69" />
            <source>Station ({0})</source>
            <translation>תחנה ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="407" />
            <source>Speed: {0}</source>
            <translation>מהירות: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="408" />
            <source>unknown</source>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="412" />
            <source>Course: {0}</source>
            <translation>כיוון: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="418" />
            <source>Last plot: {0} s ago</source>
            <translation>דיווח אחרון: לפני {0} שנ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="408" />
            <source>{0} km/h</source>
            <translation>‏{0} קמ״ש</translation>
        </message>
    </context>
    <context>
        <name>OperatorConsole</name>
        <message>
            <location filename="../../console/session/operator_console.py" line="136" />
            <source>EMERGENCY SESSION: {name} ({role}), {left} min left</source>
            <translation>משמרת חירום: {name} ({role}), נותרו {left} דק׳</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="142" />
            <source>NOBODY SIGNED IN — actions are refused (Operator ▸ Change operator)</source>
            <translation>אין מוקדן מחובר — פעולות נדחות (מוקדן ▸ החלפת מוקדן)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="171" />
            <source>{name} ({role})</source>
            <translation>‏{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="148" />
            <source>{who} — no password yet: full rights of this store file</source>
            <translation>‏{who} — עדיין ללא סיסמה: הרשאות מלאות לקובץ המאגר הזה</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="152" />
            <source>{who} — LOCKED</source>
            <translation>‏{who} — נעול</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="161" />
            <source>BREAK-GLASS EMERGENCY SESSION — {name} at {position} until {until} UTC: {reason}</source>
            <translation>כניסת חירום (שבירת זכוכית) — {name} בעמדה {position} עד {until} UTC: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="185" />
            <source>signed in as {name}: the database has stored it</source>
            <translation>מחובר/ת בתור {name}: מסד הנתונים שמר זאת</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="210" />
            <source>Change operator — {name} hands over</source>
            <translation>החלפת מוקדן — {name} מוסר/ת את העמדה</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="331" />
            <source>{name} has no password, so this position cannot lock: set one (dispatch-console operators passwd STORE {name})</source>
            <translation>ל־{name} אין סיסמה, ולכן אי אפשר לנעול את העמדה: יש להגדיר סיסמה (⁦dispatch-console operators passwd STORE {name}⁩)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="402" />
            <source>{name} added ({role})</source>
            <translation>נוסף: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="408" />
            <source>{name} is now {role}</source>
            <translation>התפקיד של {name} כעת: {role}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="414" />
            <source>{name} disabled</source>
            <translation>הושבת: {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="420" />
            <source>password of {name} changed</source>
            <translation>הסיסמה של {name} הוחלפה</translation>
        </message>
    </context>
    <context>
        <name>OperatorDesk</name>
        <message>
            <location filename="../../console/session/operator_desk.py" line="159" />
            <source>the database did not confirm within {seconds} s (it is kept and stored when the database answers)</source>
            <translation>מסד הנתונים לא אישר תוך {seconds} שנ׳ (הפעולה נשמרת ותירשם כשמסד הנתונים יענה)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="164" />
            <source>the database refused it: {error}</source>
            <translation>מסד הנתונים דחה זאת: {error}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="165" />
            <source>the first administrator was not stored: {problem}</source>
            <translation>מנהל המערכת הראשון לא נשמר: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="168" />
            <source>not signed in: {problem}</source>
            <translation>לא התחברת: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="169" />
            <source>cannot sign in: {problem}</source>
            <translation>אי אפשר להתחבר: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="170" />
            <source>not signed in: the log does not show the sign-in</source>
            <translation>לא התחברת: יומן האירועים אינו מראה את הכניסה</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="173" />
            <source>nobody is signed in here: sign in</source>
            <translation>אף אחד לא מחובר כאן: התחברו</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="174" />
            <source>nobody is signed in here</source>
            <translation>אף אחד לא מחובר כאן</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="175" />
            <source>the emergency session ended</source>
            <translation>משמרת החירום הסתיימה</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="176" />
            <source>not signed out: {problem}</source>
            <translation>היציאה לא נרשמה: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="177" />
            <source>sign in first</source>
            <translation>התחברו קודם</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="178" />
            <source>not stored: {problem}</source>
            <translation>לא נשמר: {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="179" />
            <source>done</source>
            <translation>בוצע</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="180" />
            <source>this site does not allow emergency sessions</source>
            <translation>האתר הזה אינו מתיר משמרות חירום</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="183" />
            <source>the database is reachable: sign in with your password</source>
            <translation>מסד הנתונים זמין: התחברו עם הסיסמה שלכם</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="186" />
            <source>an emergency session needs your name and the reason</source>
            <translation>משמרת חירום דורשת את שמכם ואת הסיבה</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="189" />
            <source>emergency session for {name} until {until} UTC</source>
            <translation>משמרת חירום עבור {name} עד ⁦{until} UTC⁩</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="193" />
            <source>signed in as {name} ({role})</source>
            <translation>מחובר/ת בתור {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="194" />
            <source>{name} ({role}) took over from {previous}</source>
            <translation>‏{name} ({role}) קיבל/ה את המשמרת מידי {previous}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="195" />
            <source>{name} signed out</source>
            <translation>‏{name} יצא/ה</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="196" />
            <source>too many failed sign-ins for {name}: try again in {seconds} s</source>
            <translation>יותר מדי ניסיונות כניסה כושלים עבור {name}: נסו שוב בעוד {seconds} שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="199" />
            <source>no operator is named '{name}': check the name or ask a supervisor</source>
            <translation>אין מוקדן בשם {name}: בדקו את השם או פנו לאחראי המשמרת</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="202" />
            <source>the account {name} is disabled: ask a supervisor</source>
            <translation>החשבון {name} מושבת: פנו לאחראי המשמרת</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="205" />
            <source>wrong password for {name}</source>
            <translation>סיסמה שגויה עבור {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="206" />
            <source>{name} is already signed in at {positions}: sign out there first</source>
            <translation>‏{name} כבר מחובר/ת בעמדה {positions}: צאו משם קודם</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="65" />
            <source>Operators</source>
            <translation>מוקדנים</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Role</source>
            <translation>תפקיד</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>State</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Signed in at</source>
            <translation>שעת כניסה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="88" />
            <source>&amp;Name</source>
            <translation>&amp;שם</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="89" />
            <source>&amp;Role</source>
            <translation>&amp;תפקיד</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="90" />
            <source>New &amp;password</source>
            <translation>&amp;סיסמה חדשה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="91" />
            <source>&amp;Again</source>
            <translation>&amp;שוב</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="92" />
            <source>Reason (disable)</source>
            <translation>סיבה (להשבתה)</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="100" />
            <source>A&amp;dd</source>
            <translation>&amp;הוספה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="101" />
            <source>Set r&amp;ole</source>
            <translation>קביעת &amp;תפקיד</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="102" />
            <source>Reset pass&amp;word</source>
            <translation>איפוס &amp;סיסמה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="103" />
            <source>D&amp;isable</source>
            <translation>ה&amp;שבתה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="104" />
            <source>&amp;Close</source>
            <translation>&amp;סגירה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="119" />
            <source>disabled</source>
            <translation>מושבת</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="119" />
            <source>enabled</source>
            <translation>פעיל</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="121" />
            <source>, no password</source>
            <translation>, ללא סיסמה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="143" />
            <source>Type or select an operator's name.</source>
            <translation>הקלידו או בחרו שם מוקדן.</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="152" />
            <source>The two passwords differ.</source>
            <translation>שתי הסיסמאות אינן זהות.</translation>
        </message>
    </context>
    <context>
        <name>PlaceCompleterWidget</name>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Place</source>
            <translation>מקום</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Locality</source>
            <translation>יישוב</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Match</source>
            <translation>התאמה</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="57" />
            <source>site name</source>
            <translation>שם אתר</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="58" />
            <source>address</source>
            <translation>כתובת</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="59" />
            <source>street</source>
            <translation>רחוב</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="60" />
            <source>corner</source>
            <translation>צומת</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="61" />
            <source>landmark</source>
            <translation>ציון דרך</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="62" />
            <source>area</source>
            <translation>שטח</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="63" />
            <source>coordinates</source>
            <translation>קואורדינטות</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="75" />
            <location filename="../../widgets/place_completer.py" line="77" />
            <source>exact</source>
            <translation>מדויק</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="78" />
            <source>fuzzy</source>
            <translation>מקורב</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="79" />
            <source>partial</source>
            <translation>חלקי</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="81" />
            <source>{how} {score} %</source>
            <translation>‏{how} {score}%</translation>
        </message>
    </context>
    <context>
        <name>PlaceSearchWidget</name>
        <message>
            <location filename="../../widgets/place_search.py" line="48" />
            <source>Find a place (Ctrl+F): address, corner, landmark</source>
            <translation>חיפוש מקום (Ctrl+F): כתובת, צומת, ציון דרך</translation>
        </message>
        <message>
            <location filename="../../widgets/place_search.py" line="87" />
            <source>No place found for '{query}'</source>
            <translation>לא נמצא מקום עבור '{query}'</translation>
        </message>
    </context>
    <context>
        <name>Recommendation</name>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="51" />
            <source>from station: no fix</source>
            <translation>מהתחנה: אין מיקום</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="126" />
            <source>unreachable: no position and no station</source>
            <translation>לא ניתן להגיע: אין מיקום ואין תחנה</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="41" />
            <source>{n} km</source>
            <translation>‏{n} ק״מ</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="123" />
            <source>unreachable: no road route to the incident</source>
            <translation>לא ניתן להגיע: אין דרך לאירוע</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="40" />
            <source>{n} m</source>
            <translation>‏{n} מ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="47" />
            <source>from AVL fix {age} old</source>
            <translation>ממיקום AVL בן {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="49" />
            <source>from stale fix {age} old</source>
            <translation>ממיקום ישן בן {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="53" />
            <source>from station: fix {age} old</source>
            <translation>מהתחנה: מיקום בן {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="104" />
            <source>ETA {eta}, {origin}</source>
            <translation>זמן הגעה {eta}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="107" />
            <source>slower: +{extra} than {unit} (ETA {eta}, {origin})</source>
            <translation>איטית יותר: ‎+{extra} לעומת {unit} (זמן הגעה {eta}, {origin})</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="115" />
            <source>not needed (ETA {eta}, {origin})</source>
            <translation>לא נדרשת (זמן הגעה {eta}, {origin})</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="117" />
            <source>already recommended for {type}</source>
            <translation>כבר הומלצה עבור {type}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="124" />
            <source>unreachable: {why}</source>
            <translation>לא ניתן להגיע: {why}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="129" />
            <source>busy: {status}</source>
            <translation>עסוקה: {status}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="133" />
            <source>busy: unknown status {status}</source>
            <translation>עסוקה: סטטוס לא ידוע {status}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="135" />
            <source>wrong type: the plan needs no {type}</source>
            <translation>סוג לא מתאים: התוכנית אינה דורשת {type}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="99" />
            <source>substitute for {type}, ETA {eta}, {origin}</source>
            <translation>במקום {type}, זמן הגעה {eta}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="101" />
            <source>ETA {eta}, {distance}, {origin}</source>
            <translation>זמן הגעה {eta}, {distance}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="96" />
            <source>substitute for {type}, ETA {eta}, {distance}, {origin}</source>
            <translation>במקום {type}, זמן הגעה {eta}, {distance}, {origin}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanelDock</name>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="75" />
            <source>Recommendation</source>
            <translation>המלצה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="99" />
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="100" />
            <source>Type</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="101" />
            <source>ETA</source>
            <translation>זמן הגעה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="102" />
            <source>Route</source>
            <translation>מסלול</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="103" />
            <source>Fix</source>
            <translation>איכון</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="104" />
            <source>Reason</source>
            <translation>סיבה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="135" />
            <source>Dispatch (Enter)</source>
            <translation>שגר (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="220" />
            <source>No recommendation</source>
            <translation>אין המלצה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="223" />
            <source>No recommendation for incident {incident}</source>
            <translation>אין המלצה לאירוע {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="230" />
            <source>Recommendation for incident {incident}</source>
            <translation>המלצה לאירוע {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="253" />
            <source>{type} ×{count}</source>
            <translation>‏{type} ×{count}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="284" />
            <source>{km} km</source>
            <translation>‏{km} ק״מ</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="287" />
            <source>from station</source>
            <translation>מהתחנה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="289" />
            <source>{age} ago</source>
            <translation>לפני {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="339" />
            <source>{picked} of {wanted} picked</source>
            <translation>נבחרו {picked} מתוך {wanted}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="353" />
            <source>Select an incident; R recommends units.</source>
            <translation>בחר אירוע; R ממליץ על יחידות.</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="356" />
            <source>R {incident} recommends units for it.</source>
            <translation>‏R {incident} ממליץ על יחידות לאירוע.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="362" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>יחידה אחת, בשינוי המוקדן</numerusform>
                <numerusform>‏%n יחידות, בשינוי המוקדן</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="365" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>יחידה אחת, לפי ההמלצה</numerusform>
                <numerusform>‏%n יחידות, לפי ההמלצה</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="236" />
            <location filename="../../console/services/calls.py" line="155" />
            <source>unknown call '{call}'</source>
            <translation>שיחה לא מוכרת '{call}'</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="239" />
            <source>call {call} has no newer automatic fix on offer</source>
            <translation>לשיחה {call} אין איתור אוטומטי חדש יותר להצעה</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="61" />
            <source>was promoted to {incident}</source>
            <translation>הפכה ל-{incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="62" />
            <source>is linked to {incident}</source>
            <translation>מקושרת ל-{incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="63" />
            <source>was dismissed</source>
            <translation>נדחתה</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="64" />
            <source>was cancelled by its sender</source>
            <translation>בוטלה על ידי השולח</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="139" />
            <source>unknown alert '{alert}'</source>
            <translation>התראה לא מוכרת '{alert}'</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="156" />
            <source>an incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="160" />
            <source>is {state}</source>
            <translation>במצב {state}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="173" />
            <source>alert {alert} {state}: it cannot be acknowledged</source>
            <translation>ההתראה {alert} {state}: אי אפשר לאשר את קבלתה</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="177" />
            <source>alert {alert} is already acknowledged</source>
            <translation>קבלת ההתראה {alert} כבר אושרה</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="201" />
            <source>alert {alert} {state}: it cannot be promoted</source>
            <translation>ההתראה {alert} {state}: אי אפשר להפוך אותה לאירוע</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="205" />
            <source>alert {alert} is an exercise: it cannot become a live incident</source>
            <translation>ההתראה {alert} היא תרגיל: היא לא יכולה להפוך לאירוע אמת</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="212" />
            <source>alert {alert} has no position: create the incident by hand</source>
            <translation>להתראה {alert} אין מיקום: פתח את האירוע ידנית</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="220" />
            <source>alert {alert} suggests no incident type: choose one</source>
            <translation>ההתראה {alert} לא מציעה סוג אירוע: בחר סוג</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="259" />
            <source>alert {alert} {state}: it cannot be linked</source>
            <translation>ההתראה {alert} {state}: אי אפשר לקשר אותה</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="263" />
            <source>link needs an incident or a call</source>
            <translation>לקישור נדרש אירוע או שיחה</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="272" />
            <source>unknown incident or call '{target}'</source>
            <translation>אירוע או שיחה לא מוכרים '{target}'</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="277" />
            <location filename="../../console/services/calls.py" line="306" />
            <location filename="../../console/services/dispatch.py" line="123" />
            <source>incident {incident} is closed</source>
            <translation>האירוע {incident} סגור</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="288" />
            <source>alert {alert} {state}: it cannot be dismissed</source>
            <translation>ההתראה {alert} {state}: אי אפשר לדחות אותה</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="293" />
            <source>say why alert {alert} is dismissed</source>
            <translation>ציין למה ההתראה {alert} נדחית</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="77" />
            <source>not a location: {reason}</source>
            <translation>זה לא מיקום: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="182" />
            <source>call {call} is already answered</source>
            <translation>השיחה {call} כבר נענתה</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="186" />
            <source>call {call} was abandoned: it cannot be answered</source>
            <translation>השיחה {call} ננטשה: אי אפשר לענות לה</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="193" />
            <source>call {call} is released: it cannot be answered</source>
            <translation>השיחה {call} שוחררה: אי אפשר לענות לה</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="213" />
            <source>call {call} is already abandoned</source>
            <translation>השיחה {call} כבר סומנה כנטושה</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="217" />
            <source>call {call} is released: it cannot be abandoned</source>
            <translation>השיחה {call} שוחררה: אי אפשר לסמן אותה כנטושה</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="231" />
            <source>its location can no longer be verified</source>
            <translation>כבר אי אפשר לאמת את מיקומה</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="237" />
            <source>call {call} has no location to verify: type it or click it on the map</source>
            <translation>לשיחה {call} אין מיקום לאימות: הקלד אותו או לחץ עליו במפה</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="245" />
            <source>the location of call {call} is already verified</source>
            <translation>המיקום של השיחה {call} כבר אומת</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="257" />
            <source>not a location: it has neither coordinates nor an address</source>
            <translation>זה לא מיקום: אין בו קואורדינטות וגם לא כתובת</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="290" />
            <source>attach needs an incident</source>
            <translation>לצירוף נדרש אירוע</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="293" />
            <location filename="../../console/services/calls.py" line="352" />
            <source>call {call} is already attached to {incident}</source>
            <translation>השיחה {call} כבר מצורפת לאירוע {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="301" />
            <location filename="../../console/services/dispatch.py" line="119" />
            <location filename="../../console/services/dispatch.py" line="453" />
            <location filename="../../console/services/dispatch.py" line="493" />
            <location filename="../../console/services/partner.py" line="226" />
            <source>unknown incident '{incident}'</source>
            <translation>אירוע לא מוכר '{incident}'</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="319" />
            <source>call {call} is still ringing: answer it or mark it abandoned</source>
            <translation>השיחה {call} עדיין מצלצלת: ענה לה או סמן אותה כנטושה</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="326" />
            <source>call {call} was abandoned: there is nothing to release</source>
            <translation>השיחה {call} ננטשה: אין מה לשחרר</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="333" />
            <source>call {call} is already released</source>
            <translation>השיחה {call} כבר שוחררה</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="359" />
            <source>call {call} has no position: type the location or click it on the map</source>
            <translation>לשיחה {call} אין מיקום: הקלד את המיקום או לחץ עליו במפה</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="371" />
            <source>the location of call {call} changed meanwhile: check it and try again</source>
            <translation>המיקום של השיחה {call} השתנה בינתיים: בדוק אותו ונסה שוב</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="403" />
            <source>call {call} was abandoned: {consequence}</source>
            <translation>השיחה {call} ננטשה: {consequence}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="409" />
            <source>call {call} is released: {consequence}</source>
            <translation>השיחה {call} שוחררה: {consequence}</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="57" />
            <source>the position is locked: unlock it with your password (or change operator)</source>
            <extracomment>The position's own refusals (``console.session.operator.PositionOperator``), marked here with the services' refusals so they are translated where shown.</extracomment>
            <translation>העמדה נעולה: שחרר אותה בסיסמה שלך (או החלף מוקדן)</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="60" />
            <source>nobody is signed in at this position: sign in first</source>
            <translation>אף אחד לא מחובר בעמדה זו: התחבר קודם</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="68" />
            <source>NOT RECORDED — {reason}</source>
            <translation>לא נרשם — {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="113" />
            <source>unknown unit '{unit}'</source>
            <translation>יחידה לא מוכרת '{unit}'</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="170" />
            <location filename="../../console/services/dispatch.py" line="218" />
            <source>not a position: {lat}, {lon}</source>
            <translation>זה לא מיקום: {lat}, {lon}</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="197" />
            <source>could not allocate an incident number; try again</source>
            <translation>לא ניתן היה להקצות מספר אירוע; נסה שוב</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="246" />
            <source>no units to dispatch</source>
            <translation>אין יחידות לשיגור</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="248" />
            <source>a unit is named twice</source>
            <translation>יחידה צוינה פעמיים</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="254" />
            <source>{unit} is {status} to {incident}: not available</source>
            <translation>היחידה {unit} {status} לאירוע {incident}: אינה פנויה</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="262" />
            <source>{unit} is {status}: not available</source>
            <translation>היחידה {unit} {status}: אינה פנויה</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="412" />
            <source>no units named</source>
            <translation>לא צוינו יחידות</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="456" />
            <source>the note is empty</source>
            <translation>ההערה ריקה</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="464" />
            <source>closing needs a disposition</source>
            <translation>לסגירה נדרש סיכום טיפול</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="469" />
            <source>{units} still committed to {incident}: clear them first ({av})</source>
            <translation>‏{units} עדיין משויכות לאירוע {incident}: שחרר אותן קודם ({av})</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="498" />
            <source>incident {incident} is open: nothing to reopen</source>
            <translation>האירוע {incident} פתוח: אין מה לפתוח מחדש</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="502" />
            <source>reopening needs a reason</source>
            <translation>לפתיחה מחדש נדרשת סיבה</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="216" />
            <source>none configured</source>
            <translation>לא הוגדרו</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="219" />
            <source>unknown partner '{partner}' (partners: {known})</source>
            <translation>מוקד שותף לא מוכר '{partner}' (שותפים: {known})</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="256" />
            <source>handover not stored, nothing sent: {reason}</source>
            <translation>ההעברה לא נשמרה, דבר לא נשלח: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="360" />
            <source>answer must be one of {answers}, not '{answer}'</source>
            <translation>התשובה חייבת להיות אחת מאלה: {answers}, לא '{answer}'</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="369" />
            <source>{call} is not a call handed over by a partner</source>
            <translation>‏{call} אינה שיחה שהועברה ממוקד שותף</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="397" />
            <source>answer not stored, nothing sent: {reason}</source>
            <translation>התשובה לא נשמרה, דבר לא נשלח: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="322" />
            <source>link {link} is not run by this position</source>
            <translation>הערוץ {link} אינו מופעל מעמדה זו</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="497" />
            <source>{unit} has not been paged</source>
            <translation>היחידה {unit} לא הוזנקה</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="506" />
            <source>{unit} is no longer committed to {incident}</source>
            <translation>היחידה {unit} כבר אינה משויכת לאירוע {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="516" />
            <source>{unit} has no path over {link} (paths: {paths})</source>
            <translation>ליחידה {unit} אין נתיב דרך {link} (נתיבים: {paths})</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="536" />
            <source>{unit}'s page needs nothing more ({notice})</source>
            <translation>ההזנקה של היחידה {unit} לא דורשת דבר נוסף ({notice})</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/catalogue.py" line="168" />
            <source>unknown unit type '{code}'; known: {known}</source>
            <extracomment>Per-language names: name_he, name_ar, name_sr_Latn ... (optional on unit and incident types).</extracomment>
            <translation>סוג יחידה לא מוכר '{code}'; מוכרים: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/catalogue.py" line="169" />
            <source>unknown incident type '{code}'; known: {known}</source>
            <translation>סוג אירוע לא מוכר '{code}'; מוכרים: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="69" />
            <source>unknown status '{status}'; known statuses: {known}</source>
            <extracomment>Which statuses may follow which. Any status may go out of service (a unit breaks down anywhere); out of service only returns to available. Statuses in which a unit may be recommended and assigned to a new incident. Statuses in which a unit is committed to an incident.</extracomment>
            <translation>סטטוס לא מוכר '{status}'; סטטוסים מוכרים: {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="82" />
            <source>{unit} is already {status}</source>
            <translation>היחידה {unit} כבר {status}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="86" />
            <source>{unit} cannot go from {current} to {new}; from {current} it may go to: {allowed}</source>
            <translation>היחידה {unit} לא יכולה לעבור מ-{current} ל-{new}; מ-{current} אפשר לעבור ל: {allowed}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="30" />
            <source>call-taker</source>
            <translation>מוקדן מענה</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="31" />
            <source>dispatcher</source>
            <translation>מוקדן</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="32" />
            <source>supervisor</source>
            <translation>אחראי משמרת</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="33" />
            <source>trainer</source>
            <translation>מדריך</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="34" />
            <source>administrator</source>
            <translation>מנהל מערכת</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="46" />
            <source>answering a call</source>
            <translation>מענה לשיחה</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="47" />
            <source>locating a call</source>
            <translation>איתור מיקום שיחה</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="48" />
            <source>creating an incident</source>
            <translation>פתיחת אירוע</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="49" />
            <source>adding a note to an incident</source>
            <translation>הוספת הערה לאירוע</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="50" />
            <source>asking for a recommendation</source>
            <translation>בקשת המלצה</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="51" />
            <source>dispatching units</source>
            <translation>שיגור יחידות</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="52" />
            <source>setting a unit's status</source>
            <translation>עדכון סטטוס יחידה</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="53" />
            <source>closing an incident</source>
            <translation>סגירת אירוע</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="54" />
            <source>handling an alert</source>
            <translation>טיפול בהתראה</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="55" />
            <source>reopening an incident</source>
            <translation>פתיחה מחדש של אירוע</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="56" />
            <source>overriding a refusal</source>
            <translation>עקיפת סירוב</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="57" />
            <source>replaying the live store</source>
            <translation>הפעלה חוזרת של מאגר האמת</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="58" />
            <source>writing a report from the live store</source>
            <translation>הפקת דוח ממאגר האמת</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="59" />
            <source>managing operators</source>
            <translation>ניהול מוקדנים</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="62" />
            <source>changing an operator's role</source>
            <translation>שינוי תפקיד של מוקדן</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="66" />
            <source>changing the site's configuration</source>
            <translation>שינוי הגדרות האתר</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="68" />
            <source>running a drill</source>
            <translation>הרצת תרגיל</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="69" />
            <source>injecting into a drill</source>
            <translation>הזרקה לתרגיל</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="70" />
            <source>replaying a drill</source>
            <translation>הפעלה חוזרת של תרגיל</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="71" />
            <source>writing a report from a drill store</source>
            <translation>הפקת דוח ממאגר תרגיל</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="120" />
            <source>the {role} role</source>
            <translation>תפקיד {role}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="123" />
            <source>the {first} or {second} role</source>
            <translation>תפקיד {first} או {second}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="129" />
            <source>the {first}, {second} or {third} role</source>
            <translation>תפקיד {first}, {second} או {third}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="150" />
            <source>{what} needs a signed-in operator with {roles}</source>
            <translation>‏{what}: נדרש מוקדן מחובר בעל {roles}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="153" />
            <source>{what} is refused: a trainer acts only in drills, never live</source>
            <translation>‏{what}: נדחה: מדריך פועל רק בתרגילים, אף פעם לא במבצעי</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="158" />
            <source>{what} happens only on a drill store</source>
            <translation>‏{what}: מתבצע רק במאגר תרגיל</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="161" />
            <source>{what} needs {roles}; you are {role}</source>
            <translation>‏{what}: נדרש {roles}; התפקיד שלך: {role}</translation>
        </message>
        <message>
            <location filename="../../models/refusal.py" line="70" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="315" />
            <source>position {where} is not a valid coordinate</source>
            <translation>המיקום {where} אינו קואורדינטה תקינה</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="322" />
            <source>no connected road</source>
            <translation>אין דרך מחוברת</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="327" />
            <source>position {where} is {distance} m from a road that is cut off from the main road network (one-way or dead-end fragment); nearest connected road: {connected} (limit {limit} m)</source>
            <translation>המיקום {where} נמצא {distance} מ' מדרך מנותקת מרשת הדרכים הראשית (קטע חד-סטרי או ללא מוצא); הדרך המחוברת הקרובה: {connected} (מגבלה {limit} מ')</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="340" />
            <source>position {where}: the road network has no drivable roads</source>
            <translation>המיקום {where}: ברשת הדרכים אין דרכים שאפשר לנסוע בהן</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="346" />
            <source>position {where} is outside the road network: {distance} m from the nearest drivable road (limit {limit} m)</source>
            <translation>המיקום {where} מחוץ לרשת הדרכים: {distance} מ' מהדרך הקרובה שאפשר לנסוע בה (מגבלה {limit} מ')</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="303" />
            <source>this site has no places file</source>
            <extracomment>A typed address verifies a given position when its exact match lies this close. Longer queries are cut before they reach the index (a pasted page must not stall it).</extracomment>
            <translation>לאתר זה אין קובץ מקומות</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="308" />
            <source>no places index at {path} (run import-osm)</source>
            <translation>אין אינדקס מקומות ב-{path} (הרץ את import-osm)</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="318" />
            <source>places index unusable: {reason}</source>
            <translation>אינדקס המקומות לא שמיש: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="336" />
            <source>places search failed: {reason}</source>
            <translation>חיפוש המקומות נכשל: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="378" />
            <source>places reverse failed: {reason}</source>
            <translation>זיהוי שם המקום נכשל: {reason}</translation>
        </message>
        <message>
            <location filename="../../models/calls/location.py" line="113" />
            <source>lat and lon go together: both or neither</source>
            <extracomment>How many trailing digits identify a caller: enough to tell subscribers apart, few enough that "+44 7477 593102" and "07477593102" match.</extracomment>
            <translation>רוחב ואורך באים יחד: שניהם או אף אחד</translation>
        </message>
        <message>
            <location filename="../../models/calls/location.py" line="117" />
            <source>lat/lon out of range: {lat}, {lon}</source>
            <translation>רוחב/אורך מחוץ לטווח: {lat}, {lon}</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="83" />
            <source>set</source>
            <translation>נקבע</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="85" />
            <source>set by {operator} at {time} UTC</source>
            <translation>נקבע על ידי {operator} ב-{time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="111" />
            <source>{unit} is now {status} to {incident} ({set}) — your action was not applied</source>
            <translation>היחידה {unit} כעת {status} לאירוע {incident} ({set}) — הפעולה שלך לא בוצעה</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="122" />
            <source>{unit} is now {status} ({set}) — your action was not applied</source>
            <translation>היחידה {unit} כעת {status} ({set}) — הפעולה שלך לא בוצעה</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="146" />
            <source>incident number {incident} was just taken</source>
            <translation>מספר האירוע {incident} נתפס זה עתה</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="150" />
            <source>incident number {incident} was just taken by {operator} at {time} UTC</source>
            <translation>מספר האירוע {incident} נתפס זה עתה על ידי {operator} ב-{time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="210" />
            <source>incident {incident} does not exist</source>
            <translation>האירוע {incident} לא קיים</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="221" />
            <source>incident {incident} was closed meanwhile — your action was not applied</source>
            <translation>האירוע {incident} נסגר בינתיים — הפעולה שלך לא בוצעה</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="241" />
            <source>incident {incident} is open — your action was not applied</source>
            <translation>האירוע {incident} פתוח — הפעולה שלך לא בוצעה</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="252" />
            <source>incident {incident} was reopened meanwhile — your action was not applied</source>
            <translation>האירוע {incident} נפתח מחדש בינתיים — הפעולה שלך לא בוצעה</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="259" />
            <source>incident {incident} was reopened meanwhile by {operator} at {time} UTC — your action was not applied</source>
            <translation>האירוע {incident} נפתח מחדש בינתיים על ידי {operator} ב-{time} UTC — הפעולה שלך לא בוצעה</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="293" />
            <source>call {key} is now {state} ({set}) — your action was not applied</source>
            <translation>השיחה {key} כעת במצב {state} ({set}) — הפעולה שלך לא בוצעה</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="300" />
            <source>alert {key} is now {state} ({set}) — your action was not applied</source>
            <translation>ההתראה {key} כעת במצב {state} ({set}) — הפעולה שלך לא בוצעה</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="344" />
            <source>{position} (break-glass) since {time} UTC</source>
            <translation>‏{position} (משמרת חירום) מאז {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="346" />
            <source>{position} since {time} UTC</source>
            <translation>‏{position} מאז {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="354" />
            <source>{name} is already signed in at {positions}: sign out there first — not signed in here</source>
            <translation>‏{name} כבר מחובר/ת ב-{positions}: צאו משם קודם — לא התחברת כאן</translation>
        </message>
        <message>
            <location filename="../../models/store/commit.py" line="85" />
            <source>The store could not take this action ({why}); it is kept in the log as rejected event(s) {first}..{last}, not applied.</source>
            <translation>המאגר לא יכול היה לקבל את הפעולה ({why}); היא נשמרת ביומן כאירועים שנדחו ⁦{first}..{last}⁩ ולא הוחלה.</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="45" />
            <source>{name} is the last administrator: make another one first</source>
            <translation>‏{name} הוא מנהל המערכת האחרון: מנו קודם מנהל מערכת נוסף</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="75" />
            <source>no operator is named '{name}'</source>
            <translation>אין מוקדן בשם {name}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="83" />
            <source>unknown role '{role}': one of {roles}</source>
            <translation>תפקיד לא מוכר {role}: יש לבחור אחד מאלה: {roles}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="107" />
            <source>'{name}' is not a usable operator name: letters, digits and . _ @ -, up to 64 characters</source>
            <translation>‏{name} אינו שם מוקדן תקין: אותיות לטיניות, ספרות ו-⁦. _ @ -⁩, עד 64 תווים</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="116" />
            <source>an operator named '{name}' already exists</source>
            <translation>כבר קיים מוקדן בשם {name}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="155" />
            <source>{name} already has the {role} role</source>
            <translation>ל-{name} כבר יש תפקיד {role}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="172" />
            <source>{name} is already disabled</source>
            <translation>‏{name} כבר מושבת</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="174" />
            <source>you cannot disable your own account</source>
            <translation>אי אפשר להשבית את החשבון שלך</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="186" />
            <source>the account {name} is disabled</source>
            <translation>החשבון {name} מושבת</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="196" />
            <source>the OS user name '{name}' cannot be an operator name</source>
            <translation>שם משתמש המערכת {name} אינו יכול לשמש שם מוקדן</translation>
        </message>
        <message>
            <location filename="../../models/operators/passwords.py" line="36" />
            <source>a password needs at least {n} characters</source>
            <translation>סיסמה חייבת להכיל לפחות {n} תווים</translation>
        </message>
        <message>
            <location filename="../../models/operators/passwords.py" line="40" />
            <source>a password cannot begin or end with a space</source>
            <translation>סיסמה אינה יכולה להתחיל או להסתיים ברווח</translation>
        </message>
    </context>
    <context>
        <name>ReplaySession</name>
        <message>
            <location filename="../../console/session/replay.py" line="146" />
            <source>REPLAY OF A DRILL — read-only — {where} — {verdict}</source>
            <translation>שחזור תרגיל — קריאה בלבד — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="148" />
            <source>REPLAY — read-only — {where} — {verdict}</source>
            <translation>שחזור — קריאה בלבד — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="153" />
            <source>Replay: the store holds no events</source>
            <translation>שחזור: המאגר ריק מרישומים</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="173" />
            <source>drill</source>
            <translation>תרגיל</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="176" />
            <source>Replay — DRILL — {title} — {site}</source>
            <translation>שחזור — תרגיל — {title} — {site}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/replay.py" line="189" />
            <source>hash chain intact over %n event(s)</source>
            <translation>
                <numerusform>שרשרת הגיבוב תקינה לאורך אירוע %n</numerusform>
                <numerusform>שרשרת הגיבוב תקינה לאורך %n אירועים</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="191" />
            <source>HASH CHAIN BROKEN at event {seq}: {reason}</source>
            <translation>שרשרת הגיבוב שבורה באירוע {seq}: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="232" />
            <source>Wallboard — REPLAY — {site}</source>
            <translation>לוח מצב — שחזור — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="234" />
            <source>Wallboard — REPLAY OF A DRILL — {site}</source>
            <translation>לוח מצב — שחזור תרגיל — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="383" />
            <source>Replay at {time} · event {seq}</source>
            <translation>שחזור ב-{time} · רישום {seq}</translation>
        </message>
    </context>
    <context>
        <name>SensorLayer</name>
        <message>
            <location filename="../../widgets/map/sensors.py" line="228" />
            <source>{name} (down)</source>
            <translation>‏{name} (מושבת)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/sensors.py" line="229" />
            <source>{name} (degraded)</source>
            <translation>‏{name} (פגום)</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../widgets/command_help.py" line="78" />
            <source>bring the unit board forward and focus it</source>
            <extracomment>(window attribute of the dock, key, name): Ctrl+n brings the dock forward and focuses it.</extracomment>
            <translation>הבאת לוח היחידות לקדמת המסך והעברת המיקוד אליו</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="79" />
            <source>bring the event log forward and focus it</source>
            <translation>הבאת יומן הרישום לקדמת המסך והעברת המיקוד אליו</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="80" />
            <source>bring the link status forward and focus it</source>
            <translation>הבאת מצב הקישורים לקדמת המסך והעברת המיקוד אליו</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="81" />
            <source>bring the incident list forward and focus it</source>
            <translation>הבאת רשימת האירועים לקדמת המסך והעברת המיקוד אליו</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="84" />
            <source>bring the incident card forward and focus it</source>
            <translation>הבאת כרטיס האירוע לקדמת המסך והעברת המיקוד אליו</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="87" />
            <source>bring the recommendation forward and focus it</source>
            <translation>הבאת ההמלצה לקדמת המסך והעברת המיקוד אליו</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="90" />
            <source>bring the call list forward and focus it</source>
            <translation>הבאת רשימת השיחות לקדמת המסך והעברת המיקוד אליו</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="91" />
            <source>bring the call card forward and focus it</source>
            <translation>הבאת כרטיס השיחה לקדמת המסך והעברת המיקוד אליו</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="92" />
            <source>bring the alert list forward and focus it</source>
            <translation>הבאת רשימת ההתראות לקדמת המסך והעברת המיקוד אליו</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="96" />
            <source>command line</source>
            <translation>שורת הפקודה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="99" />
            <source>back to the command line from any dock</source>
            <translation>חזרה לשורת הפקודה מכל חלונית</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="104" />
            <source>in the command line: the commands; elsewhere: the shortcut list</source>
            <translation>בשורת הפקודה: רשימת הפקודות; במקום אחר: רשימת קיצורי המקשים</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="110" />
            <source>in the command line: complete the word</source>
            <translation>בשורת הפקודה: השלמת המילה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="115" />
            <source>in the command line: earlier lines, or the place list</source>
            <translation>בשורת הפקודה: שורות קודמות, או רשימת המקומות</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="121" />
            <source>on a unit (board, tiles or map): the status changes it allows</source>
            <translation>על יחידה (בלוח, באריחים או במפה): שינויי הסטטוס המותרים לה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="128" />
            <source>find a place (address, corner, landmark) and centre the map on it</source>
            <translation>חיפוש מקום (כתובת, צומת, ציון דרך) ומרכוז המפה עליו</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="132" />
            <source>fit the map to the site</source>
            <translation>התאמת המפה לאזור האתר</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="133" />
            <source>day / night theme</source>
            <translation>ערכת יום / לילה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="135" />
            <source>mute or unmute this position's sounds</source>
            <translation>השתקה או ביטול השתקה של צלילי העמדה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="139" />
            <source>the map in its own window (second screen) and back</source>
            <translation>המפה בחלון נפרד (מסך שני) ובחזרה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="143" />
            <source>the supervisor's wallboard (full screen: F11)</source>
            <translation>לוח המצב של האחראי (מסך מלא: F11)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="147" />
            <source>change operator (another dispatcher signs in here)</source>
            <translation>החלפת מוקדן (מוקדן אחר נכנס לעמדה)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="149" />
            <source>lock this position</source>
            <translation>נעילת העמדה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="150" />
            <source>open a replay</source>
            <translation>פתיחת שחזור</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="153" />
            <source>quit (links are closed and the store is flushed)</source>
            <translation>יציאה (הקישורים נסגרים והמאגר נשמר)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="160" />
            <source>Command line: {usage}</source>
            <translation>שורת הפקודה: {usage}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="56" />
            <source>Sign in — {site}</source>
            <translation>כניסה — {site}</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="61" />
            <source>Position {position}: sign in with your operator name and password.</source>
            <translation>עמדה {position}: היכנסו עם שם המוקדן והסיסמה.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="74" />
            <source>&amp;Name</source>
            <translation>&amp;שם</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="75" />
            <source>&amp;Password</source>
            <translation>&amp;סיסמה</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="86" />
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>&amp;Sign in</source>
            <translation>&amp;כניסה</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="101" />
            <source>Why (stored with the session)</source>
            <translation>סיבה (נשמרת עם המשמרת)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="103" />
            <source>EMERGENCY SESSION (break glass)</source>
            <translation>כניסת חירום (שבירת זכוכית)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>Checking…</source>
            <translation>בודק…</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="131" />
            <source>The database cannot be reached, so nobody can sign in. This site allows an emergency session of {minutes} minutes with the dispatcher role: it is logged (stored when the database returns) and marked on screen throughout.</source>
            <translation>אין גישה למסד הנתונים, ולכן אי אפשר להיכנס. האתר הזה מתיר כניסת חירום של {minutes} דקות בתפקיד מוקדן: היא נרשמת ביומן (נשמרת כשמסד הנתונים חוזר) ומסומנת על המסך לכל אורכה.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="147" />
            <source>Type your operator name.</source>
            <translation>הקלידו את שם המוקדן.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="158" />
            <source>An emergency session needs your name and the reason.</source>
            <translation>כניסת חירום דורשת את שמכם ואת הסיבה.</translation>
        </message>
    </context>
    <context>
        <name>Sound</name>
        <message>
            <location filename="../../widgets/sound/player.py" line="194" />
            <source>Qt Multimedia is not available ({err})</source>
            <translation>‏Qt Multimedia אינו זמין ({err})</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="205" />
            <source>no audio output device</source>
            <translation>אין התקן פלט שמע</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="213" />
            <source>the audio output {device} cannot play 16-bit mono at {rate} Hz</source>
            <translation>התקן השמע {device} אינו יכול לנגן 16 סיביות מונו ב-{rate} הרץ</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsDialog</name>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="147" />
            <source>Sound</source>
            <translation>צלילים</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsWidget</name>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="55" />
            <source>New call ringing</source>
            <translation>שיחה חדשה מצלצלת</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="56" />
            <source>High-priority incident</source>
            <translation>אירוע בעדיפות גבוהה</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="57" />
            <source>Alarm from a zone or a radar</source>
            <translation>התראה מאזור או ממכ״ם</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="58" />
            <source>Unit overdue</source>
            <translation>יחידה חורגת</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="60" />
            <source>&amp;Mute all sounds at this position</source>
            <translation>&amp;השתק את כל הצלילים בעמדה זו</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="69" />
            <source>&amp;Volume</source>
            <translation>&amp;עוצמת קול</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="80" />
            <source>Cue</source>
            <translation>אות</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="81" />
            <source>Real</source>
            <translation>אמת</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="82" />
            <source>Drill (exercise)</source>
            <translation>תרגיל</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="87" />
            <source>Play</source>
            <translation>נגן</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="90" />
            <source>Play {cue}</source>
            <translation>נגן {cue}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="92" />
            <source>Play {cue}, drill version</source>
            <translation>נגן {cue}, גרסת תרגיל</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="119" />
            <source>{n} %</source>
            <translation>‏{n}%</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="130" />
            <source>Output: {device}</source>
            <translation>פלט: {device}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="136" />
            <source>No sound at this position: {reason}. Cues are shown, not heard.</source>
            <translation>אין צליל בעמדה זו: {reason}. האותות מוצגים ואינם נשמעים.</translation>
        </message>
    </context>
    <context>
        <name>StatsReport</name>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="70" />
            <source>Call answering</source>
            <translation>מענה לשיחה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="71" />
            <source>Call answering (95 % line)</source>
            <translation>מענה לשיחה (קו 95%)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="72" />
            <source>Call processing</source>
            <translation>טיפול בשיחה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="73" />
            <source>Call processing, high priority</source>
            <translation>טיפול בשיחה, עדיפות גבוהה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="74" />
            <source>Alarm handling</source>
            <translation>טיפול בקריאה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="75" />
            <source>Turnout</source>
            <translation>זמן יציאה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="76" />
            <source>Travel</source>
            <translation>זמן נסיעה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="77" />
            <source>Total response</source>
            <translation>זמן תגובה כולל</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="78" />
            <source>Alert handling</source>
            <translation>טיפול בהתראה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="79" />
            <source>Answering</source>
            <translation>מענה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="80" />
            <source>Processing (high)</source>
            <translation>טיפול (דחוף)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="82" />
            <source>call.offered (ring start)</source>
            <translation>תחילת צלצול (call.offered)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="83" />
            <source>call.answered</source>
            <translation>מענה לשיחה (call.answered)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="84" />
            <source>first dispatch of the call's incident</source>
            <translation>השיגור הראשון לאירוע של השיחה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="85" />
            <source>receipt (first call / alert)</source>
            <translation>קבלה (שיחה או התראה ראשונה)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="86" />
            <source>first dispatch</source>
            <translation>שיגור ראשון</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="87" />
            <source>unit dispatched</source>
            <translation>יחידה שובצה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="88" />
            <source>unit en route</source>
            <translation>יחידה בדרך</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="89" />
            <source>unit on scene</source>
            <translation>יחידה בזירה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="90" />
            <source>first unit on scene</source>
            <translation>יחידה ראשונה בזירה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="91" />
            <source>alert.raised</source>
            <translation>התראה התקבלה (alert.raised)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="92" />
            <source>first acknowledged / promoted / linked / dismissed</source>
            <translation>האישור, ההפיכה לאירוע, הקישור או הביטול הראשון</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="95" />
            <source>site</source>
            <translation>לפי האתר</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="103" />
            <source>%n without a ring start</source>
            <translation>
                <numerusform>אחת ללא תחילת צלצול</numerusform>
                <numerusform>‏%n ללא תחילת צלצול</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="104" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>אחת ננטשה</numerusform>
                <numerusform>‏%n ננטשו</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="105" />
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>כפילות אחת</numerusform>
                <numerusform>‏%n כפילויות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="106" />
            <source>%n without an incident</source>
            <translation>
                <numerusform>אחת ללא אירוע</numerusform>
                <numerusform>‏%n ללא אירוע</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="107" />
            <source>%n stood down</source>
            <translation>
                <numerusform>אחת בוטלה בדרך</numerusform>
                <numerusform>‏%n בוטלו בדרך</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="108" />
            <source>%n without en route</source>
            <translation>
                <numerusform>אחת ללא 'בדרך'</numerusform>
                <numerusform>‏%n ללא 'בדרך'</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="109" />
            <source>%n without a dispatch in the log</source>
            <translation>
                <numerusform>אחת ללא שיגור ביומן</numerusform>
                <numerusform>‏%n ללא שיגור ביומן</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Interval</source>
            <translation>מקטע</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Count</source>
            <translation>כמות</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Median s</source>
            <translation>חציון שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Pct s</source>
            <translation>אחוזון שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Target s</source>
            <translation>יעד שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="394" />
            <source>Within</source>
            <translation>בתוך היעד</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="394" />
            <source>Passed</source>
            <translation>עבר</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="409" />
            <source>Call answering times (s), ring-start calls</source>
            <translation>זמני מענה לשיחות (שנ׳), שיחות עם תחילת צלצול</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="411" />
            <source>Total response times (m:ss)</source>
            <translation>זמני תגובה כוללים (ד:שש)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="414" />
            <source>90th percentile per day: call answering and processing (s)</source>
            <translation>אחוזון 90 ליום: מענה לשיחה וטיפול בה (שנ׳)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="416" />
            <source>90th percentile per day: turnout, travel, total response</source>
            <translation>אחוזון 90 ליום: יציאה, נסיעה, זמן תגובה כולל</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="418" />
            <source>Incident type</source>
            <translation>סוג אירוע</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="418" />
            <source>Priority</source>
            <translation>עדיפות</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="419" />
            <source>Discipline</source>
            <translation>גורם</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="419" />
            <source>Station</source>
            <translation>תחנה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="420" />
            <source>Hour of day (local)</source>
            <translation>שעה ביממה (מקומית)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="438" />
            <source>Outliers: the slowest over target</source>
            <translation>חריגים: האיטיים ביותר מעבר ליעד</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="457" />
            <source>Definitions</source>
            <translation>הגדרות</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="461" />
            <source>ALI and AML calls give no ring start: they are counted, not timed. A call never answered counts as over every target.</source>
            <translation>שיחות ALI ו-AML אינן מוסרות את תחילת הצלצול: הן נספרות ולא נמדדות. שיחה שלא נענתה נחשבת חורגת מכל יעד.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="380" />
            <source>Response statistics {period}</source>
            <translation>סטטיסטיקת תגובה {period}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="425" />
            <source>Each cell: count / 90th percentile (s or m:ss) / share within target</source>
            <translation>כל תא: כמות / אחוזון 90 (שנ׳ או ד:שש) / שיעור בתוך היעד</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Started</source>
            <translation>התחיל</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Call</source>
            <translation>שיחה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="447" />
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="449" />
            <source>Supervisors only: per call-taker (for training)</source>
            <translation>למפקחים בלבד: לפי מוקדן (לצורכי הדרכה)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="177" />
            <source>EXERCISE — drill figures, not live operation</source>
            <translation>תרגיל — נתוני תרגיל, לא פעילות מבצעית</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="184" />
            <source>page {n}</source>
            <translation>עמוד {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="384" />
            <source>{calls}, {incidents}, {units}, {alerts}. Store {store}. High priority: priority 1 to {high}. Percentile {pct:g}.</source>
            <translation>‏{calls}, {incidents}, {units}, {alerts}. מאגר {store}. עדיפות גבוהה: עדיפות 1 עד {high}. אחוזון {pct:g}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="386" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>שיחה אחת</numerusform>
                <numerusform>‏%n שיחות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="387" />
            <source>%n incident(s)</source>
            <translation>
                <numerusform>אירוע אחד</numerusform>
                <numerusform>‏%n אירועים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="388" />
            <source>%n unit response(s)</source>
            <translation>
                <numerusform>היענות יחידה אחת</numerusform>
                <numerusform>‏%n היענויות יחידות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="389" />
            <source>%n alert(s)</source>
            <translation>
                <numerusform>התראה אחת</numerusform>
                <numerusform>‏%n התראות</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="398" />
            <source>yes</source>
            <translation>כן</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="398" />
            <source>NO</source>
            <translation>לא</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="407" />
            <source>Not timed, never guessed: {what}.</source>
            <translation>לא נמדד ולעולם לא משוער: {what}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="440" />
            <source>never</source>
            <translation>אף פעם</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="455" />
            <source>Call-taker</source>
            <translation>מוקדן</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="455" />
            <source>Answering n / p90 / %</source>
            <translation>מענה: מס׳ / אחוזון 90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="456" />
            <source>Processing (high) n / p90 / %</source>
            <translation>טיפול (דחוף): מס׳ / אחוזון 90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="186" />
            <source>EXERCISE</source>
            <translation>תרגיל</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="282" />
            <source>target {s} s</source>
            <translation>יעד {s} שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="407" />
            <source>none</source>
            <translation>אין</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="424" />
            <source>By {what}</source>
            <translation>לפי {what}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../widgets/themes.py" line="169" />
            <source>Day theme</source>
            <translation>ערכת יום</translation>
        </message>
        <message>
            <location filename="../../widgets/themes.py" line="170" />
            <source>Night theme</source>
            <translation>ערכת לילה</translation>
        </message>
    </context>
    <context>
        <name>TimelineDock</name>
        <message>
            <location filename="../../widgets/timeline.py" line="182" />
            <source>Replay timeline</source>
            <translation>ציר זמן השחזור</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <location filename="../../widgets/timeline.py" line="397" />
            <source>Play</source>
            <translation>נגן</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <source>Play or pause (Space)</source>
            <translation>נגן או השהה (רווח)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="229" />
            <source>{n}x</source>
            <translation>‏×{n}</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="230" />
            <source>Replay speed</source>
            <translation>מהירות שחזור</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous</source>
            <translation>הקודם</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous event</source>
            <translation>הרישום הקודם</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next</source>
            <translation>הבא</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next event</source>
            <translation>הרישום הבא</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="240" />
            <source>Jump to this time (Enter)</source>
            <translation>קפוץ לזמן זה (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Go</source>
            <translation>עבור</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Jump to the time (Enter)</source>
            <translation>קפוץ לזמן (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="245" />
            <source>Filter: incident …, unit …, link … or text</source>
            <translation>סינון: אירוע …, יחידה …, קישור … או טקסט</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="272" />
            <source>events</source>
            <translation>רישומים</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="394" />
            <source>Pause</source>
            <translation>השהה</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/timeline.py" line="508" />
            <source>{time} · %n event(s)</source>
            <translation>
                <numerusform>‏{time} · רישום אחד</numerusform>
                <numerusform>‏{time} · %n רישומים</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainerPanelDock</name>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="89" />
            <source>{now} s / {total} s</source>
            <translation>‏{now} שנ׳ / {total} שנ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="102" />
            <source>Trainer — DRILL</source>
            <translation>מדריך — תרגיל</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="110" />
            <source>No scenario</source>
            <translation>אין תרחיש</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="133" />
            <source>Start</source>
            <translation>התחל</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="134" />
            <location filename="../../widgets/trainer_panel.py" line="271" />
            <source>Pause</source>
            <translation>השהה</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="135" />
            <source>End drill</source>
            <translation>סיים תרגיל</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="141" />
            <source>Speed</source>
            <translation>מהירות</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="148" />
            <source>Injections to come</source>
            <translation>הזרקות צפויות</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="151" />
            <source>Inject now</source>
            <translation>הזרק עכשיו</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="182" />
            <source>Ready</source>
            <translation>מוכן</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="183" />
            <source>Running</source>
            <translation>פועל</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="184" />
            <source>PAUSED</source>
            <translation>מושהה</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="185" />
            <source>Ended</source>
            <translation>הסתיים</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="188" />
            <source>Ended: {reason}</source>
            <translation>הסתיים: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="192" />
            <source>Last: {what}</source>
            <translation>אחרון: {what}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="207" />
            <source>Report: {path}</source>
            <translation>דוח: {path}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="214" />
            <source>PASSED</source>
            <translation>עבר</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="214" />
            <source>NOT PASSED</source>
            <translation>לא עבר</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="216" />
            <source>Score {score} / 100 — {verdict}</source>
            <translation>ציון {score} / 100 — {verdict}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="224" />
            <source>{part}: {share}</source>
            <translation>‏{part}: {share}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="271" />
            <source>Resume</source>
            <translation>המשך</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="291" />
            <source>Select an injection to send it now.</source>
            <translation>בחר הזרקה כדי לשלוח אותה עכשיו.</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardDock</name>
        <message>
            <location filename="../../widgets/unit_board.py" line="135" />
            <source>Units</source>
            <translation>יחידות</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="143" />
            <source>Filter units</source>
            <translation>סינון יחידות</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="149" />
            <source>No grouping</source>
            <translation>ללא קיבוץ</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="150" />
            <source>Group by station</source>
            <translation>קבץ לפי תחנה</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="151" />
            <source>Group by discipline</source>
            <translation>קבץ לפי גורם</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="152" />
            <source>Group by status</source>
            <translation>קבץ לפי סטטוס</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="210" />
            <source>Show the units as a table, status tiles or both</source>
            <translation>הצג את היחידות כטבלה, כאריחי סטטוס או שניהם</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="214" />
            <source>Table</source>
            <translation>טבלה</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="215" />
            <source>Tiles</source>
            <translation>אריחים</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="216" />
            <source>Both</source>
            <translation>שניהם</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="220" />
            <source>&amp;Table</source>
            <translation>&amp;טבלה</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="221" />
            <source>T&amp;iles</source>
            <translation>&amp;אריחים</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="222" />
            <source>&amp;Both: table above tiles</source>
            <translation>&amp;שניהם: טבלה מעל אריחים</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardModel</name>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="234" />
            <source>Call sign</source>
            <translation>אות קריאה</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="235" />
            <source>Type</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="236" />
            <source>Discipline</source>
            <translation>גורם</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="237" />
            <source>Station</source>
            <translation>תחנה</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="238" />
            <source>Status</source>
            <translation>סטטוס</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="239" />
            <source>In status</source>
            <translation>בסטטוס</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="240" />
            <source>Incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="241" />
            <source>Last fix</source>
            <translation>איכון אחרון</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="242" />
            <source>Position</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="292" />
            <source>No position received yet</source>
            <translation>טרם התקבל מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="294" />
            <source>Stale position: last fix {age} ago</source>
            <translation>מיקום ישן: איכון אחרון לפני {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="298" />
            <source>Overdue: {reason}</source>
            <translation>חורג: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="324" />
            <source>no fix</source>
            <translation>אין איכון</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="330" />
            <source>at station (no fix)</source>
            <translation>בתחנה (ללא איכון)</translation>
        </message>
    </context>
    <context>
        <name>UnitTilesWidget</name>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="236" />
            <source>No station</source>
            <translation>אין תחנה</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="518" />
            <source>{status} for {elapsed}</source>
            <translation>‏{status} כבר {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="524" />
            <source>Incident {id}</source>
            <translation>אירוע {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="526" />
            <source>Overdue: {reason}</source>
            <translation>חורג: {reason}</translation>
        </message>
    </context>
    <context>
        <name>UnitType</name>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>patrol car</source>
            <extracomment>Patrol car</extracomment>
            <translation>ניידת</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>dog unit</source>
            <extracomment>Police dog unit</extracomment>
            <translation>יחידת כלבנים</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>engine</source>
            <extracomment>Fire engine</extracomment>
            <translation>רכב כיבוי</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ladder</source>
            <extracomment>Aerial ladder</extracomment>
            <translation>רכב סולם</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>rescue</source>
            <extracomment>Heavy rescue</extracomment>
            <translation>רכב חילוץ</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>tanker</source>
            <extracomment>Water tanker</extracomment>
            <translation>מכלית</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>hazmat</source>
            <extracomment>Hazardous materials unit</extracomment>
            <translation>רכב חומ״ס</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>boat</source>
            <extracomment>Rescue boat</extracomment>
            <translation>סירת חילוץ</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ALS ambulance</source>
            <extracomment>Advanced life support ambulance</extracomment>
            <translation>נט״ן</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>BLS ambulance</source>
            <extracomment>Basic life support ambulance</extracomment>
            <translation>אמבולנס</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>field supervisor</source>
            <extracomment>Medical field supervisor</extracomment>
            <translation>אחראי רפואי בשטח</translation>
        </message>
    </context>
    <context>
        <name>WallboardWidget</name>
        <message>
            <location filename="../../widgets/wallboard.py" line="104" />
            <source>Wallboard</source>
            <translation>לוח מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="121" />
            <source>Calls waiting</source>
            <translation>שיחות ממתינות</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="122" />
            <source>Longest ring</source>
            <translation>הצלצול הארוך ביותר</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="123" />
            <source>Answered within 15 s, last hour</source>
            <translation>נענו תוך 15 שנ׳, בשעה האחרונה</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="124" />
            <source>Answered within 20 s, last hour</source>
            <translation>נענו תוך 20 שנ׳, בשעה האחרונה</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="125" />
            <source>Incidents open</source>
            <translation>אירועים פתוחים</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="126" />
            <source>Alerts open</source>
            <translation>התראות פתוחות</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="127" />
            <source>Links down</source>
            <translation>קישורים מושבתים</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="128" />
            <source>Sensors down</source>
            <translation>חיישנים מושבתים</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="134" />
            <source>Units by discipline</source>
            <translation>יחידות לפי גוף</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="134" />
            <source>Units by station</source>
            <translation>יחידות לפי תחנה</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="164" />
            <source>Calls per 15 minutes today</source>
            <translation>שיחות לכל 15 דקות היום</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="165" />
            <source>hour</source>
            <translation>שעה</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="173" />
            <source>today</source>
            <translation>היום</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="174" />
            <source>same weekday, average</source>
            <translation>אותו יום בשבוע, ממוצע</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="175" />
            <source>Answer times today (s)</source>
            <translation>זמני מענה היום (שנ׳)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="181" />
            <source>Last hour vs standard</source>
            <translation>השעה האחרונה מול התקן</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="189" />
            <source>≤15 s</source>
            <translation>≤15 שנ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="189" />
            <source>≤20 s</source>
            <translation>≤20 שנ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="310" />
            <source>{n} answered; standard {pct:.0f} %</source>
            <translation>נענו: {n}; תקן {pct:.0f}%</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="314" />
            <source>; {n} without ring start (not timed)</source>
            <translation>‏; {n} ללא תחילת צלצול (לא נמדדו)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="320" />
            <source>P{p}: {n}</source>
            <translation>ע{p}: {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="325" />
            <source>{n} not acknowledged</source>
            <translation>ללא אישור קבלה: {n}</translation>
        </message>
    </context>
    <context>
        <name>_AreaWords</name>
        <message numerus="yes">
            <location filename="../../widgets/alert_panel.py" line="96" />
            <source>%n polygon(s)</source>
            <translation>
                <numerusform>פוליגון אחד</numerusform>
                <numerusform>‏%n פוליגונים</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location filename="../../widgets/status_style.py" line="151" />
            <source>available</source>
            <translation>פנויה</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="152" />
            <source>available on radio</source>
            <translation>פנויה בקשר</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="153" />
            <source>dispatched</source>
            <translation>שובצה</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="154" />
            <source>en route</source>
            <translation>בדרך</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="155" />
            <source>on scene</source>
            <translation>בזירה</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="156" />
            <source>transporting</source>
            <translation>בפינוי</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="157" />
            <source>at hospital</source>
            <translation>בבית החולים</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="158" />
            <source>out of service</source>
            <translation>לא כשירה</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="180" />
            <source>{status} {elapsed}</source>
            <translation>‏{status} {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="208" />
            <source>Set {status}</source>
            <translation>קבע {status}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="217" />
            <source>No status change allowed from {status}</source>
            <translation>אין שינוי סטטוס מותר מ-{status}</translation>
        </message>
    </context>
    <context>
        <name>symbols</name>
        <message>
            <location filename="../../widgets/symbols.py" line="80" />
            <source>Police</source>
            <translation>משטרה</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="81" />
            <source>Fire</source>
            <translation>כבאות</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="82" />
            <source>Medical</source>
            <translation>רפואה</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="84" />
            <source>Other</source>
            <translation>אחר</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="161" />
            <source>Typed</source>
            <translation>הוקלד</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="162" />
            <source>Map click</source>
            <translation>לחיצה במפה</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="214" />
            <source>Hospital</source>
            <extracomment>What the console's map shows of a site's landmarks: the places a crew is sent to or from and the water it needs, not every shop and café the data holds.</extracomment>
            <translation>בית חולים</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="215" />
            <source>Clinic</source>
            <translation>מרפאה</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="216" />
            <source>Doctors</source>
            <translation>רופאים</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="217" />
            <source>Pharmacy</source>
            <translation>בית מרקחת</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="218" />
            <source>Fire station</source>
            <translation>תחנת כבאות</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="219" />
            <source>Police station</source>
            <translation>תחנת משטרה</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="220" />
            <source>School</source>
            <translation>בית ספר</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="221" />
            <source>Kindergarten</source>
            <translation>גן ילדים</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="222" />
            <source>University</source>
            <translation>אוניברסיטה</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="223" />
            <source>Fire hydrant</source>
            <translation>ברז כיבוי</translation>
        </message>
    </context>
</TS>
