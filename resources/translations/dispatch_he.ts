<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
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
            <location filename="../../widgets/alert_queue.py" line="100" />
            <source>Extreme</source>
            <translation>קיצוני</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="101" />
            <source>Severe</source>
            <translation>חמור</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="102" />
            <source>Moderate</source>
            <translation>בינוני</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="103" />
            <source>Minor</source>
            <translation>קל</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="104" />
            <source>Unknown</source>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="111" />
            <source>New</source>
            <translation>חדש</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="112" />
            <source>Acknowledged</source>
            <translation>התקבלה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="113" />
            <source>Promoted</source>
            <translation>הפכה לאירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="114" />
            <source>Linked</source>
            <translation>קושרה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="115" />
            <source>Dismissed</source>
            <translation>בוטלה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="116" />
            <source>Cancelled</source>
            <translation>בוטל</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="123" />
            <source>Zone entry</source>
            <translation>כניסה לאזור</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="124" />
            <source>Zone alarm</source>
            <translation>התראת אזור</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="125" />
            <source>CAP</source>
            <translation>‏CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="126" />
            <source>Radio</source>
            <translation>קשר</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="299" />
            <source>EXERCISE · {severity}</source>
            <translation>תרגיל · {severity}</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueDock</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="331" />
            <source>Alerts</source>
            <translation>התראות</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueModel</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="211" />
            <source>State</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="212" />
            <source>Severity</source>
            <translation>חומרה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="213" />
            <source>Origin</source>
            <translation>מקור</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="214" />
            <source>Alert</source>
            <translation>התראה</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="215" />
            <source>Zone / sensor</source>
            <translation>אזור / חיישן</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="216" />
            <source>Age</source>
            <translation>גיל</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="217" />
            <source>Incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="261" />
            <source>EXERCISE · {severity}</source>
            <translation>תרגיל · {severity}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="280" />
            <source>Raised {time}</source>
            <translation>הופעלה {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="282" />
            <source>Exercise alert: not real</source>
            <translation>התראת תרגיל: לא אמיתית</translation>
        </message>
    </context>
    <context>
        <name>CallController</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="159" />
            <source>{answer} sent to the partner of {call}</source>
            <translation>התשובה „{answer}” נשלחה למוקד השותף של {call}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="181" />
            <source>{call} at {where}: type the incident type (Tab completes)</source>
            <translation>שיחה {call} ב-{where}: הקלד את סוג האירוע (Tab משלים)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="324" />
            <source>places unavailable</source>
            <translation>מקומות לא זמינים</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="345" />
            <source>no named street nearby</source>
            <translation>אין רחוב בעל שם בקרבת מקום</translation>
        </message>
    </context>
    <context>
        <name>CallPanelDock</name>
        <message>
            <location filename="../../widgets/call_panel.py" line="151" />
            <source>Call</source>
            <translation>שיחה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="171" />
            <source>Copy coordinates</source>
            <translation>העתק קואורדינטות</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="174" />
            <source>Verify location</source>
            <translation>אמת מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="176" />
            <source>Pick on map</source>
            <translation>בחר במפה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="182" />
            <source>Use this location</source>
            <translation>השתמש במיקום זה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Source</source>
            <translation>מקור</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Position</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Radius</source>
            <translation>רדיוס</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="210" />
            <source>Answer</source>
            <translation>ענה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="212" />
            <source>Abandoned</source>
            <translation>ננטשה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="215" />
            <source>Create incident…</source>
            <translation>פתח אירוע…</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="217" />
            <source>Release</source>
            <translation>שחרר</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="340" />
            <source>Near: {place}</source>
            <translation>ליד: {place}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="352" />
            <source>No call selected</source>
            <translation>לא נבחרה שיחה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="355" />
            <source>(no number)</source>
            <translation>(אין מספר)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="359" />
            <source>Class of service: {cos} — {text}</source>
            <translation>סוג שירות: {cos} — {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>Class of service: {cos}</source>
            <translation>סוג שירות: {cos}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>unknown</source>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="383" />
            <source>Caller's language: {language}</source>
            <translation>שפת המתקשר: {language}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="397" />
            <source>No location yet</source>
            <translation>אין עדיין מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="399" />
            <source>verified</source>
            <translation>מאומת</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="399" />
            <source>not verified</source>
            <translation>לא מאומת</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="401" />
            <source>Location: {source} · {verified}</source>
            <translation>מיקום: {source} · {verified}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="408" />
            <source>No position</source>
            <translation>אין מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="410" />
            <source>accuracy unknown</source>
            <translation>דיוק לא ידוע</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="411" />
            <source>Located at {time}</source>
            <translation>אותר ב-{time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="451" />
            <source>New automatic fix offered: {details}, {time}</source>
            <translation>הוצע מיקום אוטומטי חדש: {details}, {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="457" />
            <source>{n} m from the location in force</source>
            <translation>‏{n} מ׳ מהמיקום התקף</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="481" />
            <source>Possible duplicate of {id} ({details})</source>
            <translation>כפילות אפשרית של {id} ({details})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="485" />
            <source>Possible duplicate of {id}</source>
            <translation>כפילות אפשרית של {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="487" />
            <source>Attach</source>
            <translation>צרף</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="508" />
            <source>Ringing {ring}</source>
            <translation>מצלצלת {ring}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="511" />
            <source>Answered · talking {talk} (rang {ring})</source>
            <translation>נענתה · בשיחה {talk} (צלצלה {ring})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="513" />
            <source>{state} · offered {time}</source>
            <translation>‏{state} · הוצע {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="95" />
            <source>Residence</source>
            <translation>מגורים</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="96" />
            <source>Business</source>
            <translation>עסק</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="97" />
            <source>PBX, business</source>
            <translation>מרכזייה, עסק</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="98" />
            <source>Pay phone</source>
            <translation>טלפון ציבורי</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="99" />
            <source>Wireless</source>
            <translation>סלולרי</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="100" />
            <source>Wireless phase I (tower)</source>
            <translation>סלולרי שלב I (אנטנה)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="101" />
            <source>Wireless phase II (handset)</source>
            <translation>סלולרי שלב II (מכשיר)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="102" />
            <source>VoIP</source>
            <translation>‏VoIP</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="103" />
            <source>VoIP residence</source>
            <translation>‏VoIP ביתי</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="104" />
            <source>VoIP business</source>
            <translation>‏VoIP עסקי</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="105" />
            <source>VoIP mobile</source>
            <translation>‏VoIP נייד</translation>
        </message>
    </context>
    <context>
        <name>CallQueue</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="82" />
            <source>Ringing</source>
            <translation>מצלצלת</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="83" />
            <source>Answered</source>
            <translation>נענתה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="84" />
            <source>Abandoned</source>
            <translation>ננטשה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="85" />
            <source>Released</source>
            <translation>שוחררה</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="115" />
            <source>No location yet</source>
            <translation>אין עדיין מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="119" />
            <source>No position</source>
            <translation>אין מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="101" />
            <source>± {n} km</source>
            <translation>‏± {n} ק״מ</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="109" />
            <source>{n}%</source>
            <translation>‏{n}%</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="100" />
            <source>± {n} m</source>
            <translation>‏± {n} מ׳</translation>
        </message>
    </context>
    <context>
        <name>CallQueueDock</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="307" />
            <source>Calls</source>
            <translation>שיחות</translation>
        </message>
    </context>
    <context>
        <name>CallQueueModel</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="198" />
            <source>State</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="199" />
            <source>Number</source>
            <translation>מספר</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="200" />
            <source>Class</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="201" />
            <source>Source</source>
            <translation>מקור</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="202" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="203" />
            <source>Location</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="204" />
            <source>Incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="230" />
            <source>(no number)</source>
            <translation>(אין מספר)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="243" />
            <source>≈ {id}</source>
            <translation>‏≈ {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="250" />
            <source>Ringing for {t}</source>
            <translation>מצלצלת כבר {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="251" />
            <source>Talking for {t}</source>
            <translation>בשיחה כבר {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="252" />
            <source>Abandoned {t} ago</source>
            <translation>ננטשה לפני {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="261" />
            <source>Verified by the call-taker</source>
            <translation>אומת על ידי המוקדן</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="265" />
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
        <name>CommandLineWidget</name>
        <message>
            <location filename="../../widgets/command_line.py" line="158" />
            <source>Command (F1 for help), e.g. D 123 E11</source>
            <extracomment>What a position looks like while it is being typed ("60.17", "60°10'N 24"). Keys the line keeps for itself even where the window has a shortcut on them.</extracomment>
            <translation>פקודה (F1 לעזרה), למשל ⁦D 123 E11⁩</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Command</source>
            <translation>פקודה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Meaning</source>
            <translation>משמעות</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Also</source>
            <translation>גם</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Example</source>
            <translation>דוגמה</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="307" />
            <source>No place found for '{query}'</source>
            <translation>לא נמצא מקום עבור '{query}'</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="468" />
            <source>Picked: {label} (typed: {typed})</source>
            <translation>נבחר: {label} (הוקלד: {typed})</translation>
        </message>
    </context>
    <context>
        <name>ConsoleSession</name>
        <message>
            <location filename="../../console/session/live.py" line="271" />
            <source>STORE UNAVAILABLE — links are not started, nothing is received: {err}</source>
            <translation>המאגר אינו זמין — הקישורים לא הופעלו, לא מתקבל דבר: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="274" />
            <source>Store: unavailable</source>
            <translation>מאגר: לא זמין</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="485" />
            <source>PAGING AND RADIO NOT STARTED: {err}</source>
            <translation>הזנקה וקשר לא הופעלו: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="584" />
            <source>PARTNER AGENCIES NOT STARTED: {err}</source>
            <translation>הקישור לגופים השותפים לא הופעל: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="622" />
            <source>NOT ACKNOWLEDGED: {units} — RESEND &lt;unit&gt; [link] or VOICE &lt;unit&gt;</source>
            <translation>לא אושרה קבלה: {units} — ‏RESEND &lt;יחידה&gt; [ערוץ] או VOICE &lt;יחידה&gt;</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="635" />
            <source>{unit}: {label} (radio {link} {address})</source>
            <translation>‏{unit}: {label} (קשר {link} {address})</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="740" />
            <source>the database connection is lost ({why}); the action was not recorded</source>
            <translation>החיבור למסד הנתונים אבד ({why}); הפעולה לא נרשמה</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="744" />
            <source>DATABASE CONNECTION LOST {why} — the picture is frozen as last known; actions are refused until it returns</source>
            <translation>החיבור למסד הנתונים אבד {why} — התמונה מוקפאת במצבה האחרון; פעולות נדחות עד שהחיבור יחזור</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="750" />
            <source>the store cannot be written ({err}); the action was not recorded</source>
            <translation>לא ניתן לכתוב למאגר ({err}); הפעולה לא נרשמה</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="754" />
            <source>STORE FAILING — received data is held in memory and retried, not yet stored; actions are refused: {err}</source>
            <translation>כשל במאגר — הנתונים שהתקבלו מוחזקים בזיכרון ונשלחים שוב, טרם נשמרו; פעולות נדחות: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="806" />
            <source>paused: the store is not keeping up</source>
            <translation>מושהה: המאגר אינו עומד בקצב</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="811" />
            <source>{n} datagrams dropped while the store was not keeping up</source>
            <translation>דאטגרמות שנזנחו בזמן שהמאגר לא עמד בקצב: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="818" />
            <source>{n} datagrams dropped by the system: they came faster than the console could read</source>
            <translation>דאטגרמות שהמערכת זנחה כי הגיעו מהר מכפי שהמוקד הספיק לקרוא: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="826" />
            <source>{radar} DOWN: {reason}</source>
            <translation>‏{radar} מושבת: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="828" />
            <source>{radar} degraded: {reason}</source>
            <translation>‏{radar} פגום: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="836" />
            <source>{n} requests refused ({size} not stored)</source>
            <translation>בקשות שנדחו: {n} ({size} לא נשמרו)</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="843" />
            <source>{n} slow or idle connections cut</source>
            <translation>חיבורים איטיים או רדומים שנותקו: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="846" />
            <source>{n} connections refused at the cap</source>
            <translation>חיבורים שנדחו בשל המכסה: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="870" />
            <source>Store: {where} · {n} events</source>
            <translation>מאגר: {where} · {n} רישומים</translation>
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
            <location filename="../../widgets/dialogs.py" line="356" />
            <source>Dismiss alert {id}</source>
            <extracomment>Common reasons to dismiss an alert; the last entry needs free text.</extracomment>
            <translation>ביטול התראה {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="357" />
            <source>Why is alert {id} dismissed?</source>
            <translation>מדוע בוטלה התראה {id}?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="364" />
            <source>Details</source>
            <translation>פרטים</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="366" />
            <source>Dismiss alert</source>
            <translation>ביטול התראה</translation>
        </message>
    </context>
    <context>
        <name>DispatchController</name>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="245" />
            <source>handed over to {partner}</source>
            <translation>הועבר למוקד {partner}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="304" />
            <source>{unit} paged again ({notice})</source>
            <translation>‏{unit} הוזנקה שוב ({notice})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="434" />
            <source>places unavailable: give @ lat,lon</source>
            <translation>מקומות לא זמינים: הזן @ רוחב,אורך</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="450" />
            <source>places unavailable</source>
            <translation>מקומות לא זמינים</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="466" />
            <source>places unavailable ({why}): coordinates only</source>
            <translation>מקומות לא זמינים ({why}): קואורדינטות בלבד</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialogs</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="109" />
            <source>Handled on scene</source>
            <translation>טופל בזירה</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="110" />
            <source>Transported</source>
            <translation>פונה</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="111" />
            <source>False alarm</source>
            <translation>אזעקת שווא</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="112" />
            <source>Cancelled by caller</source>
            <translation>בוטל על ידי המתקשר</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="113" />
            <source>Unable to locate</source>
            <translation>לא אותר</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="114" />
            <source>Referred to other agency</source>
            <translation>הועבר לגורם אחר</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="115" />
            <source>Other</source>
            <translation>אחר</translation>
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
            <location filename="../../widgets/dialogs.py" line="534" />
            <source>Open a store to replay</source>
            <translation>פתח מאגר לשחזור</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="597" />
            <source>(no raw bytes)</source>
            <translation>(אין נתונים גולמיים)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="536" />
            <source>Stores (*.sqlite *.db)</source>
            <translation>מאגרים (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="536" />
            <source>All files (*)</source>
            <translation>כל הקבצים (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="567" />
            <source>Raw bytes</source>
            <translation>נתונים גולמיים</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="568" />
            <source>Decoded when stored</source>
            <translation>פוענח בעת השמירה</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="569" />
            <source>Decoded today</source>
            <translation>פוענחו היום</translation>
        </message>
    </context>
    <context>
        <name>DrillSession</name>
        <message>
            <location filename="../../console/session/drill.py" line="164" />
            <source>DRILL FEEDS UNAVAILABLE — the drill cannot run: {err}</source>
            <translation>הזנות התרגיל אינן זמינות — התרגיל לא יכול לרוץ: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="174" />
            <source>The drill cannot run: the drill store did not open.</source>
            <translation>התרגיל לא יכול לרוץ: מאגר התרגיל לא נפתח.</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="231" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>התרגיל לא הופעל — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="248" />
            <source>The drill radio did not start; crews report without it: {err}</source>
            <translation>רדיו התרגיל לא הופעל; הצוותים מדווחים בלעדיו: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="370" />
            <source>The report could not be written: {err}</source>
            <translation>לא ניתן היה לכתוב את הדוח: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="399" />
            <source>Answering calls</source>
            <translation>מענה לשיחות</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="400" />
            <source>Call to dispatch</source>
            <translation>מהשיחה לשיגור</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="401" />
            <source>Incidents handled</source>
            <translation>אירועים שטופלו</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="402" />
            <source>Alerts handled</source>
            <translation>התראות שטופלו</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="413" />
            <location filename="../../console/session/drill.py" line="414" />
            <source>calls answered</source>
            <translation>שיחות שנענו</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="415" />
            <source>high-priority calls dispatched</source>
            <translation>שיחות דחופות ששוגרו</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="416" />
            <source>alerts handled</source>
            <translation>התראות שטופלו</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="417" />
            <source>NOT ACKNOWLEDGED alarms acted on</source>
            <translation>טיפול בהתראות 'לא אושרה קבלה'</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="420" />
            <source>{what} within {target} s: none to measure</source>
            <translation>‏{what} תוך {target} שנ׳: אין מה למדוד</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="423" />
            <source>{what} within {target} s: {within} of {count} (target {pct} %)</source>
            <translation>‏{what} תוך {target} שנ׳: {within} מתוך {count} (יעד {pct}%)</translation>
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
            <location filename="../../widgets/event_log.py" line="281" />
            <source>Event log</source>
            <translation>יומן רישום</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="288" />
            <source>Filter by source, kind, text or error</source>
            <translation>סינון לפי מקור, סוג, טקסט או שגיאה</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="291" />
            <source>Errors only</source>
            <translation>שגיאות בלבד</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../widgets/event_log.py" line="164" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="165" />
            <source>Source</source>
            <translation>מקור</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="166" />
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="167" />
            <source>Summary</source>
            <translation>סיכום</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="168" />
            <source>Rejected because</source>
            <translation>נדחה משום ש</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="199" />
            <source>{kind} (rejected)</source>
            <translation>‏{kind} (נדחה)</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="210" />
            <source>#{seq} received {when} {zone}
{summary}</source>
            <translation>‏#{seq} התקבל {when} {zone}
{summary}</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="214" />
            <source>Rejected: {reason}</source>
            <translation>נדחה: {reason}</translation>
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
            <location filename="../../widgets/incident_panel.py" line="89" />
            <source>Incident</source>
            <extracomment>A unit's row while its notification alarm stands (red, readable with white text).</extracomment>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="112" />
            <source>Copy</source>
            <translation>העתק</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="113" />
            <source>Copy latitude, longitude</source>
            <translation>העתק קו רוחב, קו אורך</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="120" />
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="121" />
            <source>Status</source>
            <translation>סטטוס</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="122" />
            <source>In status</source>
            <translation>בסטטוס</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="123" />
            <source>Dispatched</source>
            <translation>שובצה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="124" />
            <source>ETA</source>
            <translation>זמן הגעה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="125" />
            <source>Reached</source>
            <translation>התראה נמסרה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="146" />
            <source>No notes yet</source>
            <translation>אין עדיין הערות</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="148" />
            <source>Add a note, Enter to save</source>
            <translation>הוסף הערה, Enter לשמירה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="150" />
            <source>Recommend</source>
            <translation>המלץ</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="152" />
            <source>Close…</source>
            <translation>סגור…</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="261" />
            <source>No incident selected</source>
            <translation>לא נבחר אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="270" />
            <source>{id} · {type}</source>
            <translation>‏{id} · {type}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="275" />
            <source>P{n}</source>
            <translation>ע{n}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="277" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>עדיפות {n} (1 היא הגבוהה ביותר)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="284" />
            <source>(no address)</source>
            <translation>(אין כתובת)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="298" />
            <source>✓ Verified: {label} ({kind}, {distance} m)</source>
            <translation>✓ אומת: {label} ({kind}, {distance} מ׳)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="304" />
            <source>forced point</source>
            <translation>נקודה שנכפתה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="304" />
            <source>automatic position</source>
            <translation>מיקום אוטומטי</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="305" />
            <source>⚠ UNVERIFIED ({why})</source>
            <translation>⚠ לא מאומת ({why})</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="308" />
            <source>Nearest: {near}</source>
            <translation>הקרוב ביותר: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="311" />
            <source>(nothing typed)</source>
            <translation>(לא הוקלד דבר)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="312" />
            <source>Typed: {typed}</source>
            <translation>הוקלד: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="314" />
            <source>Places index: {build}</source>
            <translation>אינדקס מקומות: {build}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="321" />
            <source>{time}  {operator}: {text}</source>
            <translation>‏{time}  {operator}: {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="342" />
            <source>Created {time} · open {age}</source>
            <translation>נפתח {time} · פתוח {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="363" />
            <source>due</source>
            <translation>עכשיו</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="413" />
            <source>Partner {name} — {step}</source>
            <translation>מוקד שותף {name} — {step}</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueDock</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="279" />
            <source>Incidents</source>
            <translation>אירועים</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueModel</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="160" />
            <source>Incident</source>
            <extracomment>Background of the priority cell; text is drawn white on 1, 2 and 4.</extracomment>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="161" />
            <source>P</source>
            <translation>ע</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="162" />
            <source>Type</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="163" />
            <source>Location</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="164" />
            <source>Age</source>
            <translation>גיל</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="165" />
            <source>Units</source>
            <translation>יחידות</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="179" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>עדיפות {n} (1 היא הגבוהה ביותר)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="209" />
            <source>Typed: {typed}</source>
            <translation>הוקלד: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="212" />
            <source>Verified: {label} ({kind}, {distance} m)</source>
            <translation>אומת: {label} ({kind}, {distance} מ׳)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="219" />
            <source>UNVERIFIED: a forced point</source>
            <translation>לא מאומת: נקודה שנכפתה</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="221" />
            <source>UNVERIFIED: an automatic position</source>
            <translation>לא מאומת: מיקום אוטומטי</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="224" />
            <source>Nearest: {near}</source>
            <translation>הקרוב ביותר: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="229" />
            <source>Places index: {build}</source>
            <translation>אינדקס מקומות: {build}</translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="208" />
            <source>EXERCISE — drill report, not a real incident</source>
            <translation>תרגיל — דוח תרגיל, לא אירוע אמת</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="364" />
            <source>EXERCISE — DRILL — NOT A REAL INCIDENT</source>
            <translation>תרגיל — תרגיל — לא אירוע אמת</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="195" />
            <source>Type</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="196" />
            <source>Priority</source>
            <translation>עדיפות</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="197" />
            <source>Location</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="198" />
            <source>Coordinates</source>
            <translation>קואורדינטות</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="199" />
            <source>Created</source>
            <translation>נפתח</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="200" />
            <source>Closed</source>
            <translation>נסגר</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="201" />
            <source>Disposition</source>
            <translation>סיכום טיפול</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="202" />
            <source>Calls</source>
            <translation>שיחות</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="203" />
            <source>Alerts</source>
            <translation>התראות</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="204" />
            <source>Units</source>
            <translation>יחידות</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="279" />
            <source>Incident report {incident}</source>
            <translation>דוח אירוע {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Interval</source>
            <translation>מקטע</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Duration</source>
            <translation>משך</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>From</source>
            <translation>מ-</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>To</source>
            <translation>אל</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Who</source>
            <translation>מי</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Event</source>
            <translation>רישום</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="281" />
            <source>EXERCISE</source>
            <translation>תרגיל</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="376" />
            <source>page {page} of {pages}</source>
            <translation>עמוד {page} מתוך {pages}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="199" />
            <source>by</source>
            <translation>על ידי</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="216" />
            <source>Incident report</source>
            <translation>דוח אירוע</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="217" />
            <source>times in</source>
            <translation>זמנים ב-</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="218" />
            <source>generated</source>
            <translation>הופק</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="228" />
            <source>Response intervals</source>
            <translation>מקטעי זמן תגובה</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="243" />
            <source>Timeline</source>
            <translation>ציר זמן</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="226" />
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
            <location filename="../../widgets/i18n.py" line="311" />
            <source>&amp;Language</source>
            <translation>&amp;שפה</translation>
        </message>
        <message>
            <location filename="../../widgets/i18n.py" line="331" />
            <source>The console will speak the chosen language from its next start.</source>
            <translation>המוקד יוצג בשפה שנבחרה מההפעלה הבאה.</translation>
        </message>
    </context>
    <context>
        <name>LinkIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="405" />
            <source>Link alert {id} to an incident</source>
            <translation>קישור התראה {id} לאירוע</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="408" />
            <source>Incident or call id</source>
            <translation>מזהה אירוע או שיחה</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="416" />
            <source>Link</source>
            <translation>קישור</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="418" />
            <source>Id</source>
            <translation>מזהה</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="421" />
            <source>Nearby incidents and calls</source>
            <translation>אירועים ושיחות בסביבה</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusDock</name>
        <message>
            <location filename="../../widgets/link_status.py" line="238" />
            <source>Links</source>
            <translation>קישורים</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusModel</name>
        <message>
            <location filename="../../widgets/link_status.py" line="74" />
            <source>Link</source>
            <translation>קישור</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="75" />
            <source>Endpoint</source>
            <translation>נקודת קצה</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="76" />
            <source>Protocol</source>
            <translation>פרוטוקול</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="77" />
            <source>State</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="78" />
            <source>Bytes</source>
            <translation>בתים</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="79" />
            <source>Frames</source>
            <translation>מסגרות</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="80" />
            <source>Errors</source>
            <translation>שגיאות</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="81" />
            <source>Last frame</source>
            <translation>מסגרת אחרונה</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="82" />
            <source>Notes</source>
            <translation>הערות</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="83" />
            <source>Last error</source>
            <translation>שגיאה אחרונה</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="88" />
            <source>up</source>
            <translation>פעיל</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="89" />
            <source>connecting</source>
            <translation>מתחבר</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="90" />
            <source>down</source>
            <translation>מושבת</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="91" />
            <source>stopped</source>
            <translation>נעצר</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="124" />
            <source>Last error: {error}</source>
            <translation>שגיאה אחרונה: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../console/main_window.py" line="167" />
            <source>Replay — {site}</source>
            <translation>שחזור — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="167" />
            <source>Dispatch console — {site}</source>
            <translation>מוקד שיגור — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="258" />
            <source>Store: opening…</source>
            <translation>מאגר: נפתח…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="286" />
            <source>&amp;File</source>
            <translation>&amp;קובץ</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="287" />
            <source>Open &amp;replay…</source>
            <translation>פתח &amp;שחזור…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="291" />
            <source>&amp;Quit</source>
            <translation>&amp;יציאה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="296" />
            <source>&amp;View</source>
            <translation>&amp;תצוגה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="297" />
            <source>&amp;Fit map to site</source>
            <translation>&amp;התאם מפה לאתר</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="301" />
            <source>&amp;Map in its own window</source>
            <translation>&amp;מפה בחלון נפרד</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="305" />
            <source>Put the map in a window of its own, on another screen if there is one</source>
            <translation>הצג את המפה בחלון משלה, במסך נוסף אם יש</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="309" />
            <source>&amp;Wallboard</source>
            <translation>&amp;לוח מצב</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="312" />
            <source>The room at a glance, for a supervisor's desk or a wall (F11: full screen)</source>
            <translation>תמונת המוקד במבט אחד, לעמדת אחראי משמרת או לקיר (F11: מסך מלא)</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="317" />
            <source>&amp;Units as</source>
            <translation>&amp;יחידות כ-</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="321" />
            <source>&amp;Command line</source>
            <translation>&amp;שורת פקודה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="327" />
            <source>&amp;Go to</source>
            <translation>&amp;מעבר אל</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="348" />
            <source>Toggle day/night</source>
            <translation>החלף יום/לילה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="352" />
            <source>&amp;Reset layout</source>
            <translation>&amp;אפס פריסה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="361" />
            <source>&amp;Help</source>
            <translation>&amp;עזרה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="362" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;קיצורי מקלדת</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="366" />
            <source>&amp;About</source>
            <translation>&amp;אודות</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="372" />
            <source>&amp;Operator</source>
            <translation>&amp;מוקדן</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="374" />
            <source>&amp;Change operator…</source>
            <translation>&amp;החלפת מוקדן…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="375" />
            <source>&amp;Lock position</source>
            <translation>&amp;נעילת העמדה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="376" />
            <source>&amp;Sign out</source>
            <translation>&amp;התנתקות</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="377" />
            <source>&amp;Manage operators…</source>
            <translation>&amp;ניהול מוקדנים…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="419" />
            <source>Right-click — status changes, recommend, new incident here</source>
            <translation>לחצן ימני — שינויי סטטוס, המלצה, אירוע חדש כאן</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="418" />
            <source>Mouse wheel — zoom; drag — pan; click a unit — select it</source>
            <translation>גלגלת העכבר — זום; גרירה — הזזה; לחיצה על יחידה — בחירתה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="421" />
            <source>Keyboard shortcuts</source>
            <translation>קיצורי מקלדת</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="426" />
            <source>About</source>
            <translation>אודות</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="428" />
            <source>Dispatch console
Site: {site}
Map data © OpenStreetMap contributors (ODbL).</source>
            <translation>מוקד שיגור
אתר: {site}
נתוני מפה © תורמי OpenStreetMap ‏(ODbL).</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="471" />
            <source>DRILL — EXERCISE, NOT LIVE — {title}</source>
            <translation>תרגיל — לא אירוע אמת — {title}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="489" />
            <source>DRILL — {title} — {site}</source>
            <translation>תרגיל — {title} — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="504" />
            <source>Map — {site}</source>
            <translation>מפה — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="515" />
            <source>The map is in its own window on screen {screen}.
Ctrl+Shift+M brings it back here.</source>
            <translation>המפה בחלון משלה במסך {screen}.
Ctrl+Shift+M מחזיר אותה לכאן.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="558" />
            <source>Screen {screen} for the map is not connected: the map is here.</source>
            <translation>מסך {screen} המיועד למפה אינו מחובר: המפה כאן.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="578" />
            <source>Screen {screen} was disconnected: the map is back here.</source>
            <translation>מסך {screen} נותק: המפה חזרה לכאן.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="614" />
            <location filename="../../console/main_window.py" line="634" />
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="615" />
            <location filename="../../console/main_window.py" line="651" />
            <source>Type</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="616" />
            <location filename="../../console/main_window.py" line="638" />
            <source>ETA</source>
            <translation>זמן הגעה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="617" />
            <source>Route</source>
            <translation>מסלול</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="618" />
            <source>Fix</source>
            <translation>איכון</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="619" />
            <source>Reason</source>
            <translation>סיבה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="625" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="626" />
            <source>Source</source>
            <translation>מקור</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="627" />
            <source>Position</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="628" />
            <source>Radius</source>
            <translation>רדיוס</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="635" />
            <source>Status</source>
            <translation>סטטוס</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="636" />
            <source>In status</source>
            <translation>בסטטוס</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="637" />
            <source>Dispatched</source>
            <translation>שובצה</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="649" />
            <source>Incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="650" />
            <source>P</source>
            <translation>ע</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="652" />
            <source>Location</source>
            <translation>מיקום</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="653" />
            <source>Age</source>
            <translation>גיל</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="654" />
            <source>Units</source>
            <translation>יחידות</translation>
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
            <location filename="../../console/app.py" line="240" />
            <source>SITE NOT LOADED — no links are running: {err}</source>
            <translation>האתר לא נטען — אין קישורים פעילים: {err}</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="242" />
            <source>Store: not opened</source>
            <translation>מאגר: לא נפתח</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="305" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>התרגיל לא הופעל — {err}</translation>
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
            <location filename="../../widgets/map_widget.py" line="412" />
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
            <location filename="../../widgets/map/callers.py" line="377" />
            <source>Verified</source>
            <translation>מאומת</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="379" />
            <source>New automatic fix offered</source>
            <translation>הוצע מיקום אוטומטי חדש</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="370" />
            <source>Located {time} ({age})</source>
            <translation>אותר {time} ({age})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="368" />
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
            <location filename="../../widgets/map/tracks.py" line="362" />
            <source>Speed: {0}</source>
            <translation>מהירות: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="363" />
            <source>unknown</source>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="367" />
            <source>Course: {0}</source>
            <translation>כיוון: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="373" />
            <source>Last plot: {0} s ago</source>
            <translation>דיווח אחרון: לפני {0} שנ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="363" />
            <source>{0} km/h</source>
            <translation>‏{0} קמ״ש</translation>
        </message>
    </context>
    <context>
        <name>OperatorConsole</name>
        <message>
            <location filename="../../console/session/operator_console.py" line="125" />
            <source>EMERGENCY SESSION: {name} ({role}), {left} min left</source>
            <translation>משמרת חירום: {name} ({role}), נותרו {left} דק׳</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="131" />
            <source>NOBODY SIGNED IN — actions are refused (Operator ▸ Change operator)</source>
            <translation>אין מוקדן מחובר — פעולות נדחות (מוקדן ▸ החלפת מוקדן)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="135" />
            <source>{name} ({role})</source>
            <translation>‏{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="137" />
            <source>{who} — no password yet: full rights of this store file</source>
            <translation>‏{who} — עדיין ללא סיסמה: הרשאות מלאות לקובץ המאגר הזה</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="141" />
            <source>{who} — LOCKED</source>
            <translation>‏{who} — נעול</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="150" />
            <source>BREAK-GLASS EMERGENCY SESSION — {name} at {position} until {until} UTC: {reason}</source>
            <translation>כניסת חירום (שבירת זכוכית) — {name} בעמדה {position} עד {until} UTC: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="170" />
            <source>signed in as {name}: the database has stored it</source>
            <translation>מחובר/ת בתור {name}: מסד הנתונים שמר זאת</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="195" />
            <source>Change operator — {name} hands over</source>
            <translation>החלפת מוקדן — {name} מוסר/ת את העמדה</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="316" />
            <source>{name} has no password, so this position cannot lock: set one (dispatch-console operators passwd STORE {name})</source>
            <translation>ל־{name} אין סיסמה, ולכן אי אפשר לנעול את העמדה: יש להגדיר סיסמה (⁦dispatch-console operators passwd STORE {name}⁩)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="382" />
            <source>{name} added ({role})</source>
            <translation>נוסף: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="388" />
            <source>{name} is now {role}</source>
            <translation>התפקיד של {name} כעת: {role}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="394" />
            <source>{name} disabled</source>
            <translation>הושבת: {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="400" />
            <source>password of {name} changed</source>
            <translation>הסיסמה של {name} הוחלפה</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="58" />
            <source>Operators</source>
            <translation>מוקדנים</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Role</source>
            <translation>תפקיד</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>State</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Signed in at</source>
            <translation>שעת כניסה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="80" />
            <source>&amp;Name</source>
            <translation>&amp;שם</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="81" />
            <source>&amp;Role</source>
            <translation>&amp;תפקיד</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="82" />
            <source>New &amp;password</source>
            <translation>&amp;סיסמה חדשה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="83" />
            <source>&amp;Again</source>
            <translation>&amp;שוב</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="84" />
            <source>Reason (disable)</source>
            <translation>סיבה (להשבתה)</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="92" />
            <source>A&amp;dd</source>
            <translation>&amp;הוספה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="93" />
            <source>Set r&amp;ole</source>
            <translation>קביעת &amp;תפקיד</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="94" />
            <source>Reset pass&amp;word</source>
            <translation>איפוס &amp;סיסמה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="95" />
            <source>D&amp;isable</source>
            <translation>ה&amp;שבתה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="96" />
            <source>&amp;Close</source>
            <translation>&amp;סגירה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="111" />
            <source>disabled</source>
            <translation>מושבת</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="111" />
            <source>enabled</source>
            <translation>פעיל</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="113" />
            <source>, no password</source>
            <translation>, ללא סיסמה</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="132" />
            <source>Type or select an operator's name.</source>
            <translation>הקלידו או בחרו שם מוקדן.</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="138" />
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
        <name>RecommendationPanelDock</name>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="74" />
            <source>Recommendation</source>
            <translation>המלצה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="98" />
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="99" />
            <source>Type</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="100" />
            <source>ETA</source>
            <translation>זמן הגעה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="101" />
            <source>Route</source>
            <translation>מסלול</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="102" />
            <source>Fix</source>
            <translation>איכון</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="103" />
            <source>Reason</source>
            <translation>סיבה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="125" />
            <source>Dispatch (Enter)</source>
            <translation>שגר (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="210" />
            <source>No recommendation</source>
            <translation>אין המלצה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="213" />
            <source>No recommendation for incident {incident}</source>
            <translation>אין המלצה לאירוע {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="220" />
            <source>Recommendation for incident {incident}</source>
            <translation>המלצה לאירוע {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="243" />
            <source>{type} ×{count}</source>
            <translation>‏{type} ×{count}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="274" />
            <source>{km} km</source>
            <translation>‏{km} ק״מ</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="277" />
            <source>from station</source>
            <translation>מהתחנה</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="279" />
            <source>{age} ago</source>
            <translation>לפני {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="329" />
            <source>{picked} of {wanted} picked</source>
            <translation>נבחרו {picked} מתוך {wanted}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="343" />
            <source>Select an incident; R recommends units.</source>
            <translation>בחר אירוע; R ממליץ על יחידות.</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="346" />
            <source>R {incident} recommends units for it.</source>
            <translation>‏R {incident} ממליץ על יחידות לאירוע.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="352" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>יחידה אחת, בשינוי המוקדן</numerusform>
                <numerusform>‏%n יחידות, בשינוי המוקדן</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="355" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>יחידה אחת, לפי ההמלצה</numerusform>
                <numerusform>‏%n יחידות, לפי ההמלצה</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReplaySession</name>
        <message>
            <location filename="../../console/session/replay.py" line="135" />
            <source>REPLAY OF A DRILL — read-only — {where} — {verdict}</source>
            <translation>שחזור תרגיל — קריאה בלבד — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="137" />
            <source>REPLAY — read-only — {where} — {verdict}</source>
            <translation>שחזור — קריאה בלבד — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="142" />
            <source>Replay: the store holds no events</source>
            <translation>שחזור: המאגר ריק מרישומים</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="156" />
            <source>drill</source>
            <translation>תרגיל</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="159" />
            <source>Replay — DRILL — {title} — {site}</source>
            <translation>שחזור — תרגיל — {title} — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="213" />
            <source>Wallboard — REPLAY — {site}</source>
            <translation>לוח מצב — שחזור — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="215" />
            <source>Wallboard — REPLAY OF A DRILL — {site}</source>
            <translation>לוח מצב — שחזור תרגיל — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="366" />
            <source>Replay at {time} · event {seq}</source>
            <translation>שחזור ב-{time} · רישום {seq}</translation>
        </message>
    </context>
    <context>
        <name>SensorLayer</name>
        <message>
            <location filename="../../widgets/map/sensors.py" line="224" />
            <source>{name} (down)</source>
            <translation>‏{name} (מושבת)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/sensors.py" line="225" />
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
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Interval</source>
            <translation>מקטע</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Count</source>
            <translation>כמות</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Median s</source>
            <translation>חציון שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Pct s</source>
            <translation>אחוזון שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Target s</source>
            <translation>יעד שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="340" />
            <source>Within</source>
            <translation>בתוך היעד</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="340" />
            <source>Passed</source>
            <translation>עבר</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="355" />
            <source>Call answering times (s), ring-start calls</source>
            <translation>זמני מענה לשיחות (שנ׳), שיחות עם תחילת צלצול</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="357" />
            <source>Total response times (m:ss)</source>
            <translation>זמני תגובה כוללים (ד:שש)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="360" />
            <source>90th percentile per day: call answering and processing (s)</source>
            <translation>אחוזון 90 ליום: מענה לשיחה וטיפול בה (שנ׳)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="362" />
            <source>90th percentile per day: turnout, travel, total response</source>
            <translation>אחוזון 90 ליום: יציאה, נסיעה, זמן תגובה כולל</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="364" />
            <source>Incident type</source>
            <translation>סוג אירוע</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="364" />
            <source>Priority</source>
            <translation>עדיפות</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="365" />
            <source>Discipline</source>
            <translation>גורם</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="365" />
            <source>Station</source>
            <translation>תחנה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="366" />
            <source>Hour of day (local)</source>
            <translation>שעה ביממה (מקומית)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="384" />
            <source>Outliers: the slowest over target</source>
            <translation>חריגים: האיטיים ביותר מעבר ליעד</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="403" />
            <source>Definitions</source>
            <translation>הגדרות</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="406" />
            <source>ALI and AML calls give no ring start: they are counted, not timed. A call never answered counts as over every target.</source>
            <translation>שיחות ALI ו-AML אינן מוסרות את תחילת הצלצול: הן נספרות ולא נמדדות. שיחה שלא נענתה נחשבת חורגת מכל יעד.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="328" />
            <source>Response statistics {period}</source>
            <translation>סטטיסטיקת תגובה {period}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="371" />
            <source>Each cell: count / 90th percentile (s or m:ss) / share within target</source>
            <translation>כל תא: כמות / אחוזון 90 (שנ׳ או ד:שש) / שיעור בתוך היעד</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Started</source>
            <translation>התחיל</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Incident</source>
            <translation>אירוע</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Call</source>
            <translation>שיחה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="395" />
            <source>Supervisors only: per call-taker (for training)</source>
            <translation>למפקחים בלבד: לפי מוקדן (לצורכי הדרכה)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="125" />
            <source>EXERCISE — drill figures, not live operation</source>
            <translation>תרגיל — נתוני תרגיל, לא פעילות מבצעית</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="132" />
            <source>page {n}</source>
            <translation>עמוד {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="332" />
            <source>{calls} calls, {incidents} incidents, {units} unit responses, {alerts} alerts. Store {store}. High priority: priority 1 to {high}. Percentile {pct:g}.</source>
            <translation>שיחות: {calls}, אירועים: {incidents}, תגובות יחידה: {units}, התראות: {alerts}. מאגר {store}. עדיפות גבוהה: עדיפות 1 עד {high}. אחוזון {pct:g}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="344" />
            <source>yes</source>
            <translation>כן</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="344" />
            <source>NO</source>
            <translation>לא</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="353" />
            <source>Not timed, never guessed: {what}.</source>
            <translation>לא נמדד ולעולם לא משוער: {what}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="386" />
            <source>never</source>
            <translation>אף פעם</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="401" />
            <source>Call-taker</source>
            <translation>מוקדן</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="401" />
            <source>Answering n / p90 / %</source>
            <translation>מענה: מס׳ / אחוזון 90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="402" />
            <source>Processing (high) n / p90 / %</source>
            <translation>טיפול (דחוף): מס׳ / אחוזון 90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="134" />
            <source>EXERCISE</source>
            <translation>תרגיל</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="230" />
            <source>target {s} s</source>
            <translation>יעד {s} שנ׳</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="353" />
            <source>none</source>
            <translation>אין</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="370" />
            <source>By {what}</source>
            <translation>לפי {what}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../widgets/themes.py" line="164" />
            <source>Day theme</source>
            <translation>ערכת יום</translation>
        </message>
        <message>
            <location filename="../../widgets/themes.py" line="165" />
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
            <location filename="../../widgets/trainer_panel.py" line="88" />
            <source>{now} s / {total} s</source>
            <translation>‏{now} שנ׳ / {total} שנ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="101" />
            <source>Trainer — DRILL</source>
            <translation>מדריך — תרגיל</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="109" />
            <source>No scenario</source>
            <translation>אין תרחיש</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="132" />
            <source>Start</source>
            <translation>התחל</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="133" />
            <location filename="../../widgets/trainer_panel.py" line="272" />
            <source>Pause</source>
            <translation>השהה</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="134" />
            <source>End drill</source>
            <translation>סיים תרגיל</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="140" />
            <source>Speed</source>
            <translation>מהירות</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="147" />
            <source>Injections to come</source>
            <translation>הזרקות צפויות</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="150" />
            <source>Inject now</source>
            <translation>הזרק עכשיו</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="181" />
            <source>Ready</source>
            <translation>מוכן</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="182" />
            <source>Running</source>
            <translation>פועל</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="183" />
            <source>PAUSED</source>
            <translation>מושהה</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="184" />
            <source>Ended</source>
            <translation>הסתיים</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="187" />
            <source>Ended: {reason}</source>
            <translation>הסתיים: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="191" />
            <source>Last: {what}</source>
            <translation>אחרון: {what}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="206" />
            <source>Report: {path}</source>
            <translation>דוח: {path}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="213" />
            <source>PASSED</source>
            <translation>עבר</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="213" />
            <source>NOT PASSED</source>
            <translation>לא עבר</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="215" />
            <source>Score {score} / 100 — {verdict}</source>
            <translation>ציון {score} / 100 — {verdict}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="223" />
            <source>{part}: {share}</source>
            <translation>‏{part}: {share}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="272" />
            <source>Resume</source>
            <translation>המשך</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="292" />
            <source>Select an injection to send it now.</source>
            <translation>בחר הזרקה כדי לשלוח אותה עכשיו.</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardDock</name>
        <message>
            <location filename="../../widgets/unit_board.py" line="134" />
            <source>Units</source>
            <translation>יחידות</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="142" />
            <source>Filter units</source>
            <translation>סינון יחידות</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="148" />
            <source>No grouping</source>
            <translation>ללא קיבוץ</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="149" />
            <source>Group by station</source>
            <translation>קבץ לפי תחנה</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="150" />
            <source>Group by discipline</source>
            <translation>קבץ לפי גורם</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="151" />
            <source>Group by status</source>
            <translation>קבץ לפי סטטוס</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="209" />
            <source>Show the units as a table, status tiles or both</source>
            <translation>הצג את היחידות כטבלה, כאריחי סטטוס או שניהם</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="213" />
            <source>Table</source>
            <translation>טבלה</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="214" />
            <source>Tiles</source>
            <translation>אריחים</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="215" />
            <source>Both</source>
            <translation>שניהם</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="219" />
            <source>&amp;Table</source>
            <translation>&amp;טבלה</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="220" />
            <source>T&amp;iles</source>
            <translation>&amp;אריחים</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="221" />
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
            <location filename="../../widgets/wallboard.py" line="79" />
            <source>Wallboard</source>
            <translation>לוח מצב</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="89" />
            <source>Calls waiting</source>
            <translation>שיחות ממתינות</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="90" />
            <source>Longest ring</source>
            <translation>הצלצול הארוך ביותר</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="91" />
            <source>Answered within 15 s, last hour</source>
            <translation>נענו תוך 15 שנ׳, בשעה האחרונה</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="92" />
            <source>Answered within 20 s, last hour</source>
            <translation>נענו תוך 20 שנ׳, בשעה האחרונה</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="93" />
            <source>Incidents open</source>
            <translation>אירועים פתוחים</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="94" />
            <source>Alerts open</source>
            <translation>התראות פתוחות</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="95" />
            <source>Links down</source>
            <translation>קישורים מושבתים</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="96" />
            <source>Sensors down</source>
            <translation>חיישנים מושבתים</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="102" />
            <source>Units by discipline</source>
            <translation>יחידות לפי גוף</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="102" />
            <source>Units by station</source>
            <translation>יחידות לפי תחנה</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="131" />
            <source>Calls per 15 minutes today</source>
            <translation>שיחות לכל 15 דקות היום</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="132" />
            <source>hour</source>
            <translation>שעה</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="138" />
            <source>today</source>
            <translation>היום</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="139" />
            <source>same weekday, average</source>
            <translation>אותו יום בשבוע, ממוצע</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="140" />
            <source>Answer times today (s)</source>
            <translation>זמני מענה היום (שנ׳)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="146" />
            <source>Last hour vs standard</source>
            <translation>השעה האחרונה מול התקן</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="154" />
            <source>≤15 s</source>
            <translation>≤15 שנ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="154" />
            <source>≤20 s</source>
            <translation>≤20 שנ׳</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="232" />
            <source>{n} answered; standard {pct:.0f} %</source>
            <translation>נענו: {n}; תקן {pct:.0f}%</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="236" />
            <source>; {n} without ring start (not timed)</source>
            <translation>‏; {n} ללא תחילת צלצול (לא נמדדו)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="242" />
            <source>P{p}: {n}</source>
            <translation>ע{p}: {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="247" />
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
