<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>Age</name>
        <message>
            <location filename="../../widgets/clock.py" line="41" />
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="44" />
            <source>{n} s</source>
            <translation>‏{n} ث</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="46" />
            <source>{n} min</source>
            <translation>‏{n} د</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="48" />
            <source>{n} h</source>
            <translation>‏{n} س</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="49" />
            <source>{n} d</source>
            <translation>‏{n} ي</translation>
        </message>
    </context>
    <context>
        <name>AlertPanel</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="113" />
            <source>No area</source>
            <translation>لا منطقة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="106" />
            <source>{n} km</source>
            <translation>‏{n} كم</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="108" />
            <source>{n} m</source>
            <translation>‏{n} م</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="110" />
            <source>circle r {r}</source>
            <translation>دائرة نصف قطرها {r}</translation>
        </message>
    </context>
    <context>
        <name>AlertPanelDock</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="129" />
            <source>Alert</source>
            <translation>إنذار</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="138" />
            <source>EXERCISE — not a real alert</source>
            <translation>تمرين — ليس إنذارًا حقيقيًا</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="156" />
            <source>Origin</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="157" />
            <source>Severity</source>
            <translation>الشدة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="158" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="159" />
            <source>Raised</source>
            <translation>صدر</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="160" />
            <source>Sensor</source>
            <translation>المستشعر</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="161" />
            <source>Zone</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="162" />
            <source>Track</source>
            <translation>المسار الراداري</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="163" />
            <source>Incident</source>
            <translation>الحادث</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="164" />
            <source>Area</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="165" />
            <source>CAP identifier</source>
            <translation>معرّف CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="166" />
            <source>CAP sender</source>
            <translation>مُرسِل CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="167" />
            <source>CAP event</source>
            <translation>حدث CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="168" />
            <source>Nearby</source>
            <translation>بالقرب</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="184" />
            <source>Acknowledge</source>
            <translation>تأكيد الاستلام</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="185" />
            <source>Promote to incident…</source>
            <translation>تحويل إلى حادث…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="186" />
            <source>Link to incident…</source>
            <translation>ربط بحادث…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="187" />
            <source>Dismiss…</source>
            <translation>صرف…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="274" />
            <source>No alert selected</source>
            <translation>لم يُحدَّد إنذار</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="283" />
            <source>{severity} (exercise)</source>
            <translation>‏{severity} (تمرين)</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="309" />
            <source>{time} ({age} ago)</source>
            <translation>‏{time} (قبل {age})</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="346" />
            <source>Promote alert {id} to an incident</source>
            <translation>تحويل الإنذار {id} إلى حادث</translation>
        </message>
    </context>
    <context>
        <name>AlertQueue</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="100" />
            <source>Extreme</source>
            <translation>قصوى</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="101" />
            <source>Severe</source>
            <translation>شديدة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="102" />
            <source>Moderate</source>
            <translation>متوسطة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="103" />
            <source>Minor</source>
            <translation>طفيفة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="104" />
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="111" />
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="112" />
            <source>Acknowledged</source>
            <translation>مؤكَّد الاستلام</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="113" />
            <source>Promoted</source>
            <translation>حُوِّل</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="114" />
            <source>Linked</source>
            <translation>مربوط</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="115" />
            <source>Dismissed</source>
            <translation>مصروف</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="116" />
            <source>Cancelled</source>
            <translation>أُلغي</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="123" />
            <source>Zone entry</source>
            <translation>دخول منطقة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="124" />
            <source>Zone alarm</source>
            <translation>إنذار منطقة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="125" />
            <source>CAP</source>
            <translation>‏CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="126" />
            <source>Radio</source>
            <translation>لاسلكي</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="299" />
            <source>EXERCISE · {severity}</source>
            <translation>تمرين · {severity}</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueDock</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="331" />
            <source>Alerts</source>
            <translation>الإنذارات</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueModel</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="211" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="212" />
            <source>Severity</source>
            <translation>الشدة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="213" />
            <source>Origin</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="214" />
            <source>Alert</source>
            <translation>إنذار</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="215" />
            <source>Zone / sensor</source>
            <translation>المنطقة / المستشعر</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="216" />
            <source>Age</source>
            <translation>المدة</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="217" />
            <source>Incident</source>
            <translation>الحادث</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="261" />
            <source>EXERCISE · {severity}</source>
            <translation>تمرين · {severity}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="280" />
            <source>Raised {time}</source>
            <translation>صدر {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="282" />
            <source>Exercise alert: not real</source>
            <translation>إنذار تمرين: ليس حقيقيًا</translation>
        </message>
    </context>
    <context>
        <name>CallController</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="159" />
            <source>{answer} sent to the partner of {call}</source>
            <translation>أُرسل الرد «{answer}» إلى المركز الشريك صاحب {call}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="181" />
            <source>{call} at {where}: type the incident type (Tab completes)</source>
            <translation>المكالمة {call} في {where}: اكتب نوع الحادث (Tab للإكمال)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="324" />
            <source>places unavailable</source>
            <translation>الأماكن غير متاحة</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="345" />
            <source>no named street nearby</source>
            <translation>لا شارع مسمّى قريب</translation>
        </message>
    </context>
    <context>
        <name>CallPanelDock</name>
        <message>
            <location filename="../../widgets/call_panel.py" line="151" />
            <source>Call</source>
            <translation>مكالمة</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="171" />
            <source>Copy coordinates</source>
            <translation>نسخ الإحداثيات</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="174" />
            <source>Verify location</source>
            <translation>تأكيد الموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="176" />
            <source>Pick on map</source>
            <translation>تحديد على الخريطة</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="182" />
            <source>Use this location</source>
            <translation>استخدم هذا الموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Position</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="195" />
            <source>Radius</source>
            <translation>نصف القطر</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="210" />
            <source>Answer</source>
            <translation>رد</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="212" />
            <source>Abandoned</source>
            <translation>متروكة</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="215" />
            <source>Create incident…</source>
            <translation>فتح حادث…</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="217" />
            <source>Release</source>
            <translation>تحرير</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="340" />
            <source>Near: {place}</source>
            <translation>قرب: {place}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="352" />
            <source>No call selected</source>
            <translation>لم تُحدَّد مكالمة</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="355" />
            <source>(no number)</source>
            <translation>(لا رقم)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="359" />
            <source>Class of service: {cos} — {text}</source>
            <translation>فئة الخدمة: {cos} — {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>Class of service: {cos}</source>
            <translation>فئة الخدمة: {cos}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="383" />
            <source>Caller's language: {language}</source>
            <translation>لغة المتصل: {language}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="397" />
            <source>No location yet</source>
            <translation>لا موقع بعد</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="399" />
            <source>verified</source>
            <translation>مؤكَّد</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="399" />
            <source>not verified</source>
            <translation>غير مؤكَّد</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="401" />
            <source>Location: {source} · {verified}</source>
            <translation>الموقع: {source} · {verified}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="408" />
            <source>No position</source>
            <translation>لا موقع</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="410" />
            <source>accuracy unknown</source>
            <translation>الدقة غير معروفة</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="411" />
            <source>Located at {time}</source>
            <translation>حُدّد الموقع في {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="451" />
            <source>New automatic fix offered: {details}, {time}</source>
            <translation>عُرض تحديد موقع تلقائي جديد: {details}، {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="457" />
            <source>{n} m from the location in force</source>
            <translation>‏{n} م من الموقع المعتمد</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="481" />
            <source>Possible duplicate of {id} ({details})</source>
            <translation>تكرار محتمل لـ {id} ({details})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="485" />
            <source>Possible duplicate of {id}</source>
            <translation>تكرار محتمل لـ {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="487" />
            <source>Attach</source>
            <translation>إلحاق</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="508" />
            <source>Ringing {ring}</source>
            <translation>رنين {ring}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="511" />
            <source>Answered · talking {talk} (rang {ring})</source>
            <translation>تم الرد · محادثة {talk} (رنين {ring})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="513" />
            <source>{state} · offered {time}</source>
            <translation>‏{state} · وردت {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="95" />
            <source>Residence</source>
            <translation>سكني</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="96" />
            <source>Business</source>
            <translation>تجاري</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="97" />
            <source>PBX, business</source>
            <translation>مقسم، تجاري</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="98" />
            <source>Pay phone</source>
            <translation>هاتف عمومي</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="99" />
            <source>Wireless</source>
            <translation>خلوي</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="100" />
            <source>Wireless phase I (tower)</source>
            <translation>خلوي المرحلة I (برج)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="101" />
            <source>Wireless phase II (handset)</source>
            <translation>خلوي المرحلة II (جهاز)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="102" />
            <source>VoIP</source>
            <translation>‏VoIP</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="103" />
            <source>VoIP residence</source>
            <translation>‏VoIP سكني</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="104" />
            <source>VoIP business</source>
            <translation>‏VoIP تجاري</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="105" />
            <source>VoIP mobile</source>
            <translation>‏VoIP متنقل</translation>
        </message>
    </context>
    <context>
        <name>CallQueue</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="82" />
            <source>Ringing</source>
            <translation>ترن</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="83" />
            <source>Answered</source>
            <translation>تم الرد</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="84" />
            <source>Abandoned</source>
            <translation>متروكة</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="85" />
            <source>Released</source>
            <translation>حُرّرت</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="115" />
            <source>No location yet</source>
            <translation>لا موقع بعد</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="119" />
            <source>No position</source>
            <translation>لا موقع</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="101" />
            <source>± {n} km</source>
            <translation>‏± {n} كم</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="109" />
            <source>{n}%</source>
            <translation>‏{n}٪</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="100" />
            <source>± {n} m</source>
            <translation>‏± {n} م</translation>
        </message>
    </context>
    <context>
        <name>CallQueueDock</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="307" />
            <source>Calls</source>
            <translation>المكالمات</translation>
        </message>
    </context>
    <context>
        <name>CallQueueModel</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="198" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="199" />
            <source>Number</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="200" />
            <source>Class</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="201" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="202" />
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="203" />
            <source>Location</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="204" />
            <source>Incident</source>
            <translation>الحادث</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="230" />
            <source>(no number)</source>
            <translation>(لا رقم)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="243" />
            <source>≈ {id}</source>
            <translation>‏≈ {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="250" />
            <source>Ringing for {t}</source>
            <translation>ترن منذ {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="251" />
            <source>Talking for {t}</source>
            <translation>محادثة منذ {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="252" />
            <source>Abandoned {t} ago</source>
            <translation>متروكة منذ {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="261" />
            <source>Verified by the call-taker</source>
            <translation>أكّده متلقي المكالمات</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="265" />
            <source>Possible duplicate of {ids}</source>
            <translation>تكرار محتمل لـ {ids}</translation>
        </message>
    </context>
    <context>
        <name>ClockWidget</name>
        <message>
            <location filename="../../widgets/clock.py" line="103" />
            <source>UTC {utc} · Local {local} ({zone})</source>
            <translation>محلي {local} ({zone}) · UTC {utc}</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="110" />
            <source>UTC {utc}
Local {local}</source>
            <translation>‏UTC {utc}
محلي {local}</translation>
        </message>
    </context>
    <context>
        <name>CloseIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="167" />
            <source>Close incident {id}</source>
            <extracomment>The short list a dispatcher picks from; the last entry needs free text.</extracomment>
            <translation>إغلاق الحادث {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="169" />
            <source>How did incident {id} end?</source>
            <translation>كيف انتهى الحادث {id}؟</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="178" />
            <source>Details (optional)</source>
            <translation>التفاصيل (اختياري)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="180" />
            <source>Close incident</source>
            <translation>إغلاق الحادث</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="183" />
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
    </context>
    <context>
        <name>CommandLineWidget</name>
        <message>
            <location filename="../../widgets/command_line.py" line="158" />
            <source>Command (F1 for help), e.g. D 123 E11</source>
            <extracomment>What a position looks like while it is being typed ("60.17", "60°10'N 24"). Keys the line keeps for itself even where the window has a shortcut on them.</extracomment>
            <translation>أمر (F1 للمساعدة)، مثال ⁦D 123 E11⁩</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Command</source>
            <translation>الأمر</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Meaning</source>
            <translation>المعنى</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Also</source>
            <translation>أيضًا</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="199" />
            <source>Example</source>
            <translation>مثال</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="307" />
            <source>No place found for '{query}'</source>
            <translation>لم يُعثر على مكان لـ '{query}'</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="468" />
            <source>Picked: {label} (typed: {typed})</source>
            <translation>المختار: {label} (المكتوب: {typed})</translation>
        </message>
    </context>
    <context>
        <name>ConsoleSession</name>
        <message>
            <location filename="../../console/session/live.py" line="271" />
            <source>STORE UNAVAILABLE — links are not started, nothing is received: {err}</source>
            <translation>المخزن غير متاح — لم تبدأ الروابط، لا يُستلم شيء: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="274" />
            <source>Store: unavailable</source>
            <translation>المخزن: غير متاح</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="485" />
            <source>PAGING AND RADIO NOT STARTED: {err}</source>
            <translation>لم يبدأ النداء واللاسلكي: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="584" />
            <source>PARTNER AGENCIES NOT STARTED: {err}</source>
            <translation>لم يبدأ الربط مع الجهات الشريكة: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="622" />
            <source>NOT ACKNOWLEDGED: {units} — RESEND &lt;unit&gt; [link] or VOICE &lt;unit&gt;</source>
            <translation>لم يُؤكَّد الاستلام: {units} — ‏RESEND &lt;وحدة&gt; [رابط] أو VOICE &lt;وحدة&gt;</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="635" />
            <source>{unit}: {label} (radio {link} {address})</source>
            <translation>‏{unit}: {label} (لاسلكي {link} {address})</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="740" />
            <source>the database connection is lost ({why}); the action was not recorded</source>
            <translation>انقطع الاتصال بقاعدة البيانات ({why})؛ لم يُسجَّل الإجراء</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="744" />
            <source>DATABASE CONNECTION LOST {why} — the picture is frozen as last known; actions are refused until it returns</source>
            <translation>انقطع الاتصال بقاعدة البيانات {why} — الصورة مجمّدة على آخر حالة معروفة؛ تُرفض الإجراءات حتى يعود</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="750" />
            <source>the store cannot be written ({err}); the action was not recorded</source>
            <translation>تتعذّر الكتابة في المخزن ({err})؛ لم يُسجَّل الإجراء</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="754" />
            <source>STORE FAILING — received data is held in memory and retried, not yet stored; actions are refused: {err}</source>
            <translation>عطل في المخزن — البيانات المستلمة محفوظة في الذاكرة وتُعاد المحاولة، لم تُخزَّن بعد؛ تُرفض الإجراءات: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="806" />
            <source>paused: the store is not keeping up</source>
            <translation>متوقف مؤقتًا: المخزن لا يواكب</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="811" />
            <source>{n} datagrams dropped while the store was not keeping up</source>
            <translation>رزم بيانات أُسقطت بينما لم يواكب المخزن: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="818" />
            <source>{n} datagrams dropped by the system: they came faster than the console could read</source>
            <translation>رزم بيانات أسقطها النظام لأنها وصلت أسرع مما استطاعت وحدة التحكم قراءته: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="826" />
            <source>{radar} DOWN: {reason}</source>
            <translation>‏{radar} معطّل: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="828" />
            <source>{radar} degraded: {reason}</source>
            <translation>‏{radar} متدهور: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="836" />
            <source>{n} requests refused ({size} not stored)</source>
            <translation>طلبات مرفوضة: {n} ({size} لم يُخزَّن)</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="843" />
            <source>{n} slow or idle connections cut</source>
            <translation>اتصالات بطيئة أو خاملة قُطعت: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="846" />
            <source>{n} connections refused at the cap</source>
            <translation>اتصالات رُفضت عند الحد الأقصى: {n}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="870" />
            <source>Store: {where} · {n} events</source>
            <translation>المخزن: {where} · الأحداث: {n}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="182" />
            <source>Unexpected error</source>
            <translation>خطأ غير متوقع</translation>
        </message>
    </context>
    <context>
        <name>DismissAlertDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="356" />
            <source>Dismiss alert {id}</source>
            <extracomment>Common reasons to dismiss an alert; the last entry needs free text.</extracomment>
            <translation>صرف الإنذار {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="357" />
            <source>Why is alert {id} dismissed?</source>
            <translation>لماذا صُرف الإنذار {id}؟</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="364" />
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="366" />
            <source>Dismiss alert</source>
            <translation>صرف الإنذار</translation>
        </message>
    </context>
    <context>
        <name>DispatchController</name>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="245" />
            <source>handed over to {partner}</source>
            <translation>أُحيل إلى المركز {partner}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="304" />
            <source>{unit} paged again ({notice})</source>
            <translation>‏{unit} نُوديت مجددًا ({notice})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="434" />
            <source>places unavailable: give @ lat,lon</source>
            <translation>الأماكن غير متاحة: أدخل @ عرض،طول</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="450" />
            <source>places unavailable</source>
            <translation>الأماكن غير متاحة</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="466" />
            <source>places unavailable ({why}): coordinates only</source>
            <translation>الأماكن غير متاحة ({why}): الإحداثيات فقط</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialogs</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="109" />
            <source>Handled on scene</source>
            <translation>عولج في الموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="110" />
            <source>Transported</source>
            <translation>نُقل</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="111" />
            <source>False alarm</source>
            <translation>إنذار كاذب</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="112" />
            <source>Cancelled by caller</source>
            <translation>ألغاه المتصل</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="113" />
            <source>Unable to locate</source>
            <translation>تعذّر تحديد الموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="114" />
            <source>Referred to other agency</source>
            <translation>أُحيل إلى جهة أخرى</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="115" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="341" />
            <source>Known activity</source>
            <translation>نشاط معروف</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="342" />
            <source>Duplicate of another alert</source>
            <translation>مكرّر لإنذار آخر</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="343" />
            <source>Outside our area</source>
            <translation>خارج منطقتنا</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="344" />
            <source>Sensor fault</source>
            <translation>عطل في المستشعر</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="534" />
            <source>Open a store to replay</source>
            <translation>افتح مخزنًا لإعادة عرضه</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="597" />
            <source>(no raw bytes)</source>
            <translation>(لا بايتات خام)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="536" />
            <source>Stores (*.sqlite *.db)</source>
            <translation>المخازن (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="536" />
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="567" />
            <source>Raw bytes</source>
            <translation>البايتات الخام</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="568" />
            <source>Decoded when stored</source>
            <translation>فُكّ ترميزها عند التخزين</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="569" />
            <source>Decoded today</source>
            <translation>فُكّ ترميزها اليوم</translation>
        </message>
    </context>
    <context>
        <name>DrillSession</name>
        <message>
            <location filename="../../console/session/drill.py" line="164" />
            <source>DRILL FEEDS UNAVAILABLE — the drill cannot run: {err}</source>
            <translation>مصادر التمرين غير متاحة — لا يمكن تشغيل التمرين: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="174" />
            <source>The drill cannot run: the drill store did not open.</source>
            <translation>لا يمكن تشغيل التمرين: لم يُفتح مخزن التمرين.</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="231" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>لم يبدأ التمرين — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="248" />
            <source>The drill radio did not start; crews report without it: {err}</source>
            <translation>لم يبدأ راديو التمرين؛ تُبلغ الطواقم من دونه: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="370" />
            <source>The report could not be written: {err}</source>
            <translation>تعذّرت كتابة التقرير: {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="399" />
            <source>Answering calls</source>
            <translation>الرد على المكالمات</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="400" />
            <source>Call to dispatch</source>
            <translation>من المكالمة إلى الإرسال</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="401" />
            <source>Incidents handled</source>
            <translation>حوادث عولجت</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="402" />
            <source>Alerts handled</source>
            <translation>إنذارات عولجت</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="413" />
            <location filename="../../console/session/drill.py" line="414" />
            <source>calls answered</source>
            <translation>مكالمات تم الرد عليها</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="415" />
            <source>high-priority calls dispatched</source>
            <translation>مكالمات عالية الأولوية أُرسلت لها وحدات</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="416" />
            <source>alerts handled</source>
            <translation>إنذارات عولجت</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="417" />
            <source>NOT ACKNOWLEDGED alarms acted on</source>
            <translation>التعامل مع إنذارات عدم تأكيد الاستلام</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="420" />
            <source>{what} within {target} s: none to measure</source>
            <translation>‏{what} خلال {target} ث: لا شيء للقياس</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="423" />
            <source>{what} within {target} s: {within} of {count} (target {pct} %)</source>
            <translation>‏{what} خلال {target} ث: {within} من {count} (الهدف {pct}٪)</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="91" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <location filename="../../widgets/error_dialog.py" line="92" />
            <source>Copy the error and its details to the clipboard</source>
            <translation>نسخ الخطأ وتفاصيله إلى الحافظة</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/error_dialog.py" line="120" />
            <source>%n error(s) occurred; see the details below.</source>
            <translation>
                <numerusform>لم يقع أي خطأ؛ انظر التفاصيل أدناه.</numerusform>
                <numerusform>وقع خطأ واحد؛ انظر التفاصيل أدناه.</numerusform>
                <numerusform>وقع خطآن؛ انظر التفاصيل أدناه.</numerusform>
                <numerusform>وقعت %n أخطاء؛ انظر التفاصيل أدناه.</numerusform>
                <numerusform>وقع %n خطأً؛ انظر التفاصيل أدناه.</numerusform>
                <numerusform>وقع %n خطأ؛ انظر التفاصيل أدناه.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLogDock</name>
        <message>
            <location filename="../../widgets/event_log.py" line="281" />
            <source>Event log</source>
            <translation>سجل الأحداث</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="288" />
            <source>Filter by source, kind, text or error</source>
            <translation>تصفية حسب المصدر أو النوع أو النص أو الخطأ</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="291" />
            <source>Errors only</source>
            <translation>الأخطاء فقط</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../widgets/event_log.py" line="164" />
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="165" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="166" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="167" />
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="168" />
            <source>Rejected because</source>
            <translation>رُفض لأن</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="199" />
            <source>{kind} (rejected)</source>
            <translation>‏{kind} (مرفوض)</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="210" />
            <source>#{seq} received {when} {zone}
{summary}</source>
            <translation>‏#{seq} استُلم {when} {zone}
{summary}</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="214" />
            <source>Rejected: {reason}</source>
            <translation>مرفوض: {reason}</translation>
        </message>
    </context>
    <context>
        <name>IdleLockOverlay</name>
        <message>
            <location filename="../../widgets/idle_lock.py" line="119" />
            <source>POSITION LOCKED</source>
            <translation>المنصّة مقفلة</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="132" />
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="142" />
            <source>Change &amp;operator…</source>
            <translation>تغيير ال&amp;مشغّل…</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="146" />
            <source>&amp;Unlock</source>
            <translation>&amp;فتح القفل</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="163" />
            <source>{who} — the picture stays live; type your password to unlock.</source>
            <translation>‏{who} — تبقى الصورة محدّثة؛ اكتب كلمة المرور لفتح القفل.</translation>
        </message>
    </context>
    <context>
        <name>IncidentPanelDock</name>
        <message>
            <location filename="../../widgets/incident_panel.py" line="89" />
            <source>Incident</source>
            <extracomment>A unit's row while its notification alarm stands (red, readable with white text).</extracomment>
            <translation>الحادث</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="112" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="113" />
            <source>Copy latitude, longitude</source>
            <translation>نسخ خط العرض، خط الطول</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="120" />
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="121" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="122" />
            <source>In status</source>
            <translation>في الحالة منذ</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="123" />
            <source>Dispatched</source>
            <translation>أُرسلت</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="124" />
            <source>ETA</source>
            <translation>وقت الوصول</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="125" />
            <source>Reached</source>
            <translation>الاستدعاء</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="146" />
            <source>No notes yet</source>
            <translation>لا ملاحظات بعد</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="148" />
            <source>Add a note, Enter to save</source>
            <translation>أضف ملاحظة، Enter للحفظ</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="150" />
            <source>Recommend</source>
            <translation>توصية</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="152" />
            <source>Close…</source>
            <translation>إغلاق…</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="261" />
            <source>No incident selected</source>
            <translation>لم يُحدَّد حادث</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="270" />
            <source>{id} · {type}</source>
            <translation>‏{id} · {type}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="275" />
            <source>P{n}</source>
            <translation>أ{n}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="277" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>الأولوية {n} (1 هي الأعلى)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="284" />
            <source>(no address)</source>
            <translation>(لا عنوان)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="298" />
            <source>✓ Verified: {label} ({kind}, {distance} m)</source>
            <translation>✓ مؤكَّد: {label} ({kind}، {distance} م)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="304" />
            <source>forced point</source>
            <translation>نقطة مفروضة</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="304" />
            <source>automatic position</source>
            <translation>موقع تلقائي</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="305" />
            <source>⚠ UNVERIFIED ({why})</source>
            <translation>⚠ غير مؤكَّد ({why})</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="308" />
            <source>Nearest: {near}</source>
            <translation>الأقرب: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="311" />
            <source>(nothing typed)</source>
            <translation>(لم يُكتب شيء)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="312" />
            <source>Typed: {typed}</source>
            <translation>المكتوب: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="314" />
            <source>Places index: {build}</source>
            <translation>فهرس الأماكن: {build}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="321" />
            <source>{time}  {operator}: {text}</source>
            <translation>‏{time}  {operator}: {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="342" />
            <source>Created {time} · open {age}</source>
            <translation>أُنشئ {time} · مفتوح منذ {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="363" />
            <source>due</source>
            <translation>حان الآن</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="413" />
            <source>Partner {name} — {step}</source>
            <translation>مركز شريك {name} — {step}</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueDock</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="279" />
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueModel</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="160" />
            <source>Incident</source>
            <extracomment>Background of the priority cell; text is drawn white on 1, 2 and 4.</extracomment>
            <translation>الحادث</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="161" />
            <source>P</source>
            <translation>أ</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="162" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="163" />
            <source>Location</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="164" />
            <source>Age</source>
            <translation>المدة</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="165" />
            <source>Units</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="179" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>الأولوية {n} (1 هي الأعلى)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="209" />
            <source>Typed: {typed}</source>
            <translation>المكتوب: {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="212" />
            <source>Verified: {label} ({kind}, {distance} m)</source>
            <translation>مؤكَّد: {label} ({kind}، {distance} م)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="219" />
            <source>UNVERIFIED: a forced point</source>
            <translation>غير مؤكَّد: نقطة مفروضة</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="221" />
            <source>UNVERIFIED: an automatic position</source>
            <translation>غير مؤكَّد: موقع تلقائي</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="224" />
            <source>Nearest: {near}</source>
            <translation>الأقرب: {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="229" />
            <source>Places index: {build}</source>
            <translation>فهرس الأماكن: {build}</translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="208" />
            <source>EXERCISE — drill report, not a real incident</source>
            <translation>تمرين — تقرير تمرين، ليس حادثًا حقيقيًا</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="364" />
            <source>EXERCISE — DRILL — NOT A REAL INCIDENT</source>
            <translation>تمرين — تمرين — ليس حادثًا حقيقيًا</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="195" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="196" />
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="197" />
            <source>Location</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="198" />
            <source>Coordinates</source>
            <translation>الإحداثيات</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="199" />
            <source>Created</source>
            <translation>أُنشئ</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="200" />
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="201" />
            <source>Disposition</source>
            <translation>نتيجة المعالجة</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="202" />
            <source>Calls</source>
            <translation>المكالمات</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="203" />
            <source>Alerts</source>
            <translation>الإنذارات</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="204" />
            <source>Units</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="279" />
            <source>Incident report {incident}</source>
            <translation>تقرير الحادث {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Interval</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Duration</source>
            <translation>المدة</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Who</source>
            <translation>مَن</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Event</source>
            <translation>الحدث</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="281" />
            <source>EXERCISE</source>
            <translation>تمرين</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="376" />
            <source>page {page} of {pages}</source>
            <translation>صفحة {page} من {pages}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="199" />
            <source>by</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="216" />
            <source>Incident report</source>
            <translation>تقرير الحادث</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="217" />
            <source>times in</source>
            <translation>الأزمنة بـ</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="218" />
            <source>generated</source>
            <translation>أُنشئ</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="228" />
            <source>Response intervals</source>
            <translation>مراحل الاستجابة</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="243" />
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="226" />
            <source>Map data</source>
            <translation>بيانات الخريطة</translation>
        </message>
    </context>
    <context>
        <name>IncidentType</name>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Structure fire</source>
            <extracomment>structure-fire</extracomment>
            <translation>حريق مبنى</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Vehicle fire</source>
            <extracomment>vehicle-fire</extracomment>
            <translation>حريق مركبة</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Automatic fire alarm</source>
            <extracomment>alarm-fire-automatic</extracomment>
            <translation>إنذار حريق آلي</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Hazardous materials leak</source>
            <extracomment>hazmat-leak</extracomment>
            <translation>تسرّب مواد خطرة</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Person in water</source>
            <extracomment>person-in-water</extracomment>
            <translation>شخص في الماء</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision with injuries</source>
            <extracomment>traffic-collision-injury</extracomment>
            <translation>حادث سير مع إصابات</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision, no injuries</source>
            <extracomment>traffic-collision-minor</extracomment>
            <translation>حادث سير بلا إصابات</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Cardiac arrest</source>
            <extracomment>cardiac-arrest</extracomment>
            <translation>سكتة قلبية</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Medical emergency</source>
            <extracomment>medical-emergency</extracomment>
            <translation>حالة طبية طارئة</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Breathing difficulty</source>
            <extracomment>breathing-difficulty</extracomment>
            <translation>صعوبة في التنفس</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Fall with injury</source>
            <extracomment>fall-injury</extracomment>
            <translation>سقوط مع إصابة</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Burglary in progress</source>
            <extracomment>burglary-in-progress</extracomment>
            <translation>سطو جارٍ</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Assault</source>
            <extracomment>assault</extracomment>
            <translation>اعتداء</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Domestic disturbance</source>
            <extracomment>domestic-disturbance</extracomment>
            <translation>شجار منزلي</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Missing person</source>
            <extracomment>missing-person</extracomment>
            <translation>شخص مفقود</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Public disorder</source>
            <extracomment>public-disorder</extracomment>
            <translation>إخلال بالنظام العام</translation>
        </message>
    </context>
    <context>
        <name>IncidentTypeDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="229" />
            <source>Create incident from call {id}</source>
            <translation>فتح حادث من المكالمة {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="232" />
            <source>Type to filter incident types</source>
            <translation>اكتب لتصفية أنواع الحوادث</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="241" />
            <source>{name} ({discipline})</source>
            <translation>‏{name} ({discipline})</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="253" />
            <source>Create incident</source>
            <translation>فتح حادث</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../widgets/i18n.py" line="311" />
            <source>&amp;Language</source>
            <translation>&amp;اللغة</translation>
        </message>
        <message>
            <location filename="../../widgets/i18n.py" line="331" />
            <source>The console will speak the chosen language from its next start.</source>
            <translation>ستظهر المنصة باللغة المختارة ابتداءً من التشغيل التالي.</translation>
        </message>
    </context>
    <context>
        <name>LinkIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="405" />
            <source>Link alert {id} to an incident</source>
            <translation>ربط الإنذار {id} بحادث</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="408" />
            <source>Incident or call id</source>
            <translation>رقم الحادث أو المكالمة</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="416" />
            <source>Link</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="418" />
            <source>Id</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="421" />
            <source>Nearby incidents and calls</source>
            <translation>حوادث ومكالمات قريبة</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusDock</name>
        <message>
            <location filename="../../widgets/link_status.py" line="238" />
            <source>Links</source>
            <translation>الروابط</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusModel</name>
        <message>
            <location filename="../../widgets/link_status.py" line="74" />
            <source>Link</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="75" />
            <source>Endpoint</source>
            <translation>نقطة الاتصال</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="76" />
            <source>Protocol</source>
            <translation>البروتوكول</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="77" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="78" />
            <source>Bytes</source>
            <translation>بايتات</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="79" />
            <source>Frames</source>
            <translation>الإطارات</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="80" />
            <source>Errors</source>
            <translation>الأخطاء</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="81" />
            <source>Last frame</source>
            <translation>آخر إطار</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="82" />
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="83" />
            <source>Last error</source>
            <translation>آخر خطأ</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="88" />
            <source>up</source>
            <translation>يعمل</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="89" />
            <source>connecting</source>
            <translation>جارٍ الاتصال</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="90" />
            <source>down</source>
            <translation>معطّل</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="91" />
            <source>stopped</source>
            <translation>متوقف</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="124" />
            <source>Last error: {error}</source>
            <translation>آخر خطأ: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../console/main_window.py" line="167" />
            <source>Replay — {site}</source>
            <translation>إعادة عرض — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="167" />
            <source>Dispatch console — {site}</source>
            <translation>منصة الإرسال — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="258" />
            <source>Store: opening…</source>
            <translation>المخزن: جارٍ الفتح…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="286" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="287" />
            <source>Open &amp;replay…</source>
            <translation>فتح &amp;إعادة العرض…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="291" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="296" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="297" />
            <source>&amp;Fit map to site</source>
            <translation>&amp;ملاءمة الخريطة للموقع</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="301" />
            <source>&amp;Map in its own window</source>
            <translation>&amp;الخريطة في نافذة مستقلة</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="305" />
            <source>Put the map in a window of its own, on another screen if there is one</source>
            <translation>ضع الخريطة في نافذة مستقلة، على شاشة أخرى إن وُجدت</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="309" />
            <source>&amp;Wallboard</source>
            <translation>&amp;لوحة العرض</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="312" />
            <source>The room at a glance, for a supervisor's desk or a wall (F11: full screen)</source>
            <translation>غرفة العمليات بنظرة واحدة، لمكتب المشرف أو للحائط (F11: ملء الشاشة)</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="317" />
            <source>&amp;Units as</source>
            <translation>عرض ال&amp;وحدات كـ</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="321" />
            <source>&amp;Command line</source>
            <translation>&amp;سطر الأوامر</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="327" />
            <source>&amp;Go to</source>
            <translation>ان&amp;تقال إلى</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="348" />
            <source>Toggle day/night</source>
            <translation>تبديل نهار/ليل</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="352" />
            <source>&amp;Reset layout</source>
            <translation>&amp;إعادة تعيين التخطيط</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="361" />
            <source>&amp;Help</source>
            <translation>&amp;مساعدة</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="362" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="366" />
            <source>&amp;About</source>
            <translation>&amp;حول</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="372" />
            <source>&amp;Operator</source>
            <translation>&amp;المشغّل</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="374" />
            <source>&amp;Change operator…</source>
            <translation>&amp;تغيير المشغّل…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="375" />
            <source>&amp;Lock position</source>
            <translation>&amp;قفل المنصّة</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="376" />
            <source>&amp;Sign out</source>
            <translation>&amp;تسجيل الخروج</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="377" />
            <source>&amp;Manage operators…</source>
            <translation>&amp;إدارة المشغّلين…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="419" />
            <source>Right-click — status changes, recommend, new incident here</source>
            <translation>النقر الأيمن — تغيير الحالة، التوصية، حادث جديد هنا</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="418" />
            <source>Mouse wheel — zoom; drag — pan; click a unit — select it</source>
            <translation>عجلة الفأرة — تكبير؛ السحب — تحريك؛ النقر على وحدة — تحديدها</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="421" />
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="426" />
            <source>About</source>
            <translation>حول</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="428" />
            <source>Dispatch console
Site: {site}
Map data © OpenStreetMap contributors (ODbL).</source>
            <translation>منصة الإرسال
الموقع: {site}
بيانات الخريطة © المساهمون في OpenStreetMap ‏(ODbL).</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="471" />
            <source>DRILL — EXERCISE, NOT LIVE — {title}</source>
            <translation>تمرين — ليس عملًا حقيقيًا — {title}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="489" />
            <source>DRILL — {title} — {site}</source>
            <translation>تمرين — {title} — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="504" />
            <source>Map — {site}</source>
            <translation>الخريطة — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="515" />
            <source>The map is in its own window on screen {screen}.
Ctrl+Shift+M brings it back here.</source>
            <translation>الخريطة في نافذتها المستقلة على الشاشة {screen}.
Ctrl+Shift+M يعيدها إلى هنا.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="558" />
            <source>Screen {screen} for the map is not connected: the map is here.</source>
            <translation>الشاشة {screen} المخصصة للخريطة غير موصولة: الخريطة هنا.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="578" />
            <source>Screen {screen} was disconnected: the map is back here.</source>
            <translation>فُصلت الشاشة {screen}: عادت الخريطة إلى هنا.</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="614" />
            <location filename="../../console/main_window.py" line="634" />
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="615" />
            <location filename="../../console/main_window.py" line="651" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="616" />
            <location filename="../../console/main_window.py" line="638" />
            <source>ETA</source>
            <translation>وقت الوصول</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="617" />
            <source>Route</source>
            <translation>المسار</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="618" />
            <source>Fix</source>
            <translation>تحديد الموقع</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="619" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="625" />
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="626" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="627" />
            <source>Position</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="628" />
            <source>Radius</source>
            <translation>نصف القطر</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="635" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="636" />
            <source>In status</source>
            <translation>في الحالة منذ</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="637" />
            <source>Dispatched</source>
            <translation>أُرسلت</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="649" />
            <source>Incident</source>
            <translation>الحادث</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="650" />
            <source>P</source>
            <translation>أ</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="652" />
            <source>Location</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="653" />
            <source>Age</source>
            <translation>المدة</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="654" />
            <source>Units</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="181" />
            <source>&amp;Sound</source>
            <translation>ال&amp;صوت</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="183" />
            <source>&amp;Mute sounds</source>
            <translation>&amp;كتم الأصوات</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="198" />
            <source>Sound &amp;settings…</source>
            <translation>إ&amp;عدادات الصوت…</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="240" />
            <source>SITE NOT LOADED — no links are running: {err}</source>
            <translation>لم يُحمَّل الموقع — لا روابط تعمل: {err}</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="242" />
            <source>Store: not opened</source>
            <translation>المخزن: لم يُفتح</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="305" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>لم يبدأ التمرين — {err}</translation>
        </message>
    </context>
    <context>
        <name>MapWidget</name>
        <message>
            <location filename="../../widgets/map/overlay.py" line="36" />
            <source>{0} km</source>
            <translation>‏{0} كم</translation>
        </message>
        <message>
            <location filename="../../widgets/map/overlay.py" line="37" />
            <source>{0} m</source>
            <translation>‏{0} م</translation>
        </message>
        <message>
            <location filename="../../widgets/map/routes.py" line="95" />
            <source>{unit} ETA {eta}</source>
            <translation>‏{unit} وقت الوصول {eta}</translation>
        </message>
        <message>
            <location filename="../../widgets/map_widget.py" line="412" />
            <source>{0} · no fix</source>
            <translation>‏{0} · لا تحديد موقع</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="166" />
            <source>EXERCISE</source>
            <translation>تمرين</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="189" />
            <source>E</source>
            <translation>ت</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="217" />
            <source>Raised {0}</source>
            <translation>صدر {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>DOWN</source>
            <translation>معطّل</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>degraded</source>
            <translation>متدهور</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="307" />
            <source>Sensor ({0})</source>
            <translation>المستشعر ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="377" />
            <source>Verified</source>
            <translation>مؤكَّد</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="379" />
            <source>New automatic fix offered</source>
            <translation>عُرض تحديد موقع تلقائي جديد</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="370" />
            <source>Located {time} ({age})</source>
            <translation>حُدّد الموقع {time} ({age})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="368" />
            <source>(no number)</source>
            <translation>(لا رقم)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="45" />
            <source>Recommend units</source>
            <translation>التوصية بوحدات</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="56" />
            <source>New incident here…</source>
            <translation>حادث جديد هنا…</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="32" />
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="38" />
            <source>{0} h ago</source>
            <translation>قبل {0} س</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="35" />
            <source>{0} s ago</source>
            <translation>قبل {0} ث</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="37" />
            <source>{0} min ago</source>
            <translation>قبل {0} د</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="46" />
            <source>{0} ({1})</source>
            <translation>‏{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="47" />
            <source>Status: {0}</source>
            <translation>الحالة: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="48" />
            <source>Fix: {0}</source>
            <translation>تحديد الموقع: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="57" />
            <source>No fix: shown at its station</source>
            <translation>لا تحديد موقع: تظهر في مركزها</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="52" />
            <source>No fix: shown at incident {0} by its status</source>
            <translation>لا تحديد موقع: تظهر عند الحادث {0} حسب حالتها</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="61" />
            <source>No position</source>
            <translation>لا موقع</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="69" />
            <source>Station ({0})</source>
            <translation>المركز ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="362" />
            <source>Speed: {0}</source>
            <translation>السرعة: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="363" />
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="367" />
            <source>Course: {0}</source>
            <translation>الاتجاه: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="373" />
            <source>Last plot: {0} s ago</source>
            <translation>آخر رصد: قبل {0} ث</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="363" />
            <source>{0} km/h</source>
            <translation>‏{0} كم/س</translation>
        </message>
    </context>
    <context>
        <name>OperatorConsole</name>
        <message>
            <location filename="../../console/session/operator_console.py" line="125" />
            <source>EMERGENCY SESSION: {name} ({role}), {left} min left</source>
            <translation>جلسة طوارئ: {name} ({role})، تبقّى {left} د</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="131" />
            <source>NOBODY SIGNED IN — actions are refused (Operator ▸ Change operator)</source>
            <translation>لا أحد مسجّل الدخول — تُرفض الإجراءات (المشغّل ▸ تغيير المشغّل)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="135" />
            <source>{name} ({role})</source>
            <translation>‏{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="137" />
            <source>{who} — no password yet: full rights of this store file</source>
            <translation>‏{who} — بلا كلمة مرور بعد: صلاحيات كاملة على ملف المخزن هذا</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="141" />
            <source>{who} — LOCKED</source>
            <translation>‏{who} — مقفل</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="150" />
            <source>BREAK-GLASS EMERGENCY SESSION — {name} at {position} until {until} UTC: {reason}</source>
            <translation>جلسة طوارئ (كسر الزجاج) — {name} في المنصّة {position} حتى {until} UTC: {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="170" />
            <source>signed in as {name}: the database has stored it</source>
            <translation>تم تسجيل الدخول باسم {name}: حفظته قاعدة البيانات</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="195" />
            <source>Change operator — {name} hands over</source>
            <translation>تغيير المشغّل — {name} يسلّم المنصّة</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="316" />
            <source>{name} has no password, so this position cannot lock: set one (dispatch-console operators passwd STORE {name})</source>
            <translation>ليس لدى {name} كلمة مرور، لذا لا يمكن قفل هذه المنصّة: عيّن واحدة (⁦dispatch-console operators passwd STORE {name}⁩)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="382" />
            <source>{name} added ({role})</source>
            <translation>أُضيف {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="388" />
            <source>{name} is now {role}</source>
            <translation>أصبح دور {name}: {role}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="394" />
            <source>{name} disabled</source>
            <translation>عُطّل {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="400" />
            <source>password of {name} changed</source>
            <translation>تغيّرت كلمة مرور {name}</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="58" />
            <source>Operators</source>
            <translation>المشغّلون</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="62" />
            <source>Signed in at</source>
            <translation>وقت الدخول</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="80" />
            <source>&amp;Name</source>
            <translation>&amp;الاسم</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="81" />
            <source>&amp;Role</source>
            <translation>&amp;الدور</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="82" />
            <source>New &amp;password</source>
            <translation>كلمة مرور &amp;جديدة</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="83" />
            <source>&amp;Again</source>
            <translation>&amp;مرة أخرى</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="84" />
            <source>Reason (disable)</source>
            <translation>السبب (للتعطيل)</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="92" />
            <source>A&amp;dd</source>
            <translation>&amp;إضافة</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="93" />
            <source>Set r&amp;ole</source>
            <translation>تعيين ال&amp;دور</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="94" />
            <source>Reset pass&amp;word</source>
            <translation>إعادة تعيين &amp;كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="95" />
            <source>D&amp;isable</source>
            <translation>&amp;تعطيل</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="96" />
            <source>&amp;Close</source>
            <translation>&amp;إغلاق</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="111" />
            <source>disabled</source>
            <translation>معطّل</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="111" />
            <source>enabled</source>
            <translation>مفعّل</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="113" />
            <source>, no password</source>
            <translation>، بلا كلمة مرور</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="132" />
            <source>Type or select an operator's name.</source>
            <translation>اكتب اسم مشغّل أو اختره.</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="138" />
            <source>The two passwords differ.</source>
            <translation>كلمتا المرور مختلفتان.</translation>
        </message>
    </context>
    <context>
        <name>PlaceCompleterWidget</name>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Locality</source>
            <translation>البلدة</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Match</source>
            <translation>التطابق</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="57" />
            <source>site name</source>
            <translation>اسم موقع</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="58" />
            <source>address</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="59" />
            <source>street</source>
            <translation>شارع</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="60" />
            <source>corner</source>
            <translation>تقاطع</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="61" />
            <source>landmark</source>
            <translation>معلم</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="62" />
            <source>area</source>
            <translation>منطقة</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="63" />
            <source>coordinates</source>
            <translation>إحداثيات</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="75" />
            <location filename="../../widgets/place_completer.py" line="77" />
            <source>exact</source>
            <translation>مطابق</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="78" />
            <source>fuzzy</source>
            <translation>تقريبي</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="79" />
            <source>partial</source>
            <translation>جزئي</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="81" />
            <source>{how} {score} %</source>
            <translation>‏{how} {score}٪</translation>
        </message>
    </context>
    <context>
        <name>PlaceSearchWidget</name>
        <message>
            <location filename="../../widgets/place_search.py" line="48" />
            <source>Find a place (Ctrl+F): address, corner, landmark</source>
            <translation>بحث عن مكان (Ctrl+F): عنوان، تقاطع، معلم</translation>
        </message>
        <message>
            <location filename="../../widgets/place_search.py" line="87" />
            <source>No place found for '{query}'</source>
            <translation>لم يُعثر على مكان لـ '{query}'</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanelDock</name>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="74" />
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="98" />
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="99" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="100" />
            <source>ETA</source>
            <translation>وقت الوصول</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="101" />
            <source>Route</source>
            <translation>المسار</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="102" />
            <source>Fix</source>
            <translation>تحديد الموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="103" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="125" />
            <source>Dispatch (Enter)</source>
            <translation>إرسال (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="210" />
            <source>No recommendation</source>
            <translation>لا توصية</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="213" />
            <source>No recommendation for incident {incident}</source>
            <translation>لا توصية للحادث {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="220" />
            <source>Recommendation for incident {incident}</source>
            <translation>التوصية للحادث {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="243" />
            <source>{type} ×{count}</source>
            <translation>‏{type} ×{count}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="274" />
            <source>{km} km</source>
            <translation>‏{km} كم</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="277" />
            <source>from station</source>
            <translation>من المركز</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="279" />
            <source>{age} ago</source>
            <translation>قبل {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="329" />
            <source>{picked} of {wanted} picked</source>
            <translation>اختير {picked} من {wanted}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="343" />
            <source>Select an incident; R recommends units.</source>
            <translation>اختر حادثًا؛ R يوصي بوحدات.</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="346" />
            <source>R {incident} recommends units for it.</source>
            <translation>‏R {incident} يوصي بوحدات له.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="352" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>لا وحدات، عدّلها المُرسِل</numerusform>
                <numerusform>وحدة واحدة، عدّلها المُرسِل</numerusform>
                <numerusform>وحدتان، عدّلهما المُرسِل</numerusform>
                <numerusform>‏%n وحدات، عدّلها المُرسِل</numerusform>
                <numerusform>‏%n وحدةً، عدّلها المُرسِل</numerusform>
                <numerusform>‏%n وحدة، عدّلها المُرسِل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="355" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>لا وحدات، كما أُوصي</numerusform>
                <numerusform>وحدة واحدة، كما أُوصي</numerusform>
                <numerusform>وحدتان، كما أُوصي</numerusform>
                <numerusform>‏%n وحدات، كما أُوصي</numerusform>
                <numerusform>‏%n وحدةً، كما أُوصي</numerusform>
                <numerusform>‏%n وحدة، كما أُوصي</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReplaySession</name>
        <message>
            <location filename="../../console/session/replay.py" line="135" />
            <source>REPLAY OF A DRILL — read-only — {where} — {verdict}</source>
            <translation>إعادة عرض تمرين — للقراءة فقط — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="137" />
            <source>REPLAY — read-only — {where} — {verdict}</source>
            <translation>إعادة عرض — للقراءة فقط — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="142" />
            <source>Replay: the store holds no events</source>
            <translation>إعادة العرض: المخزن لا يحوي أحداثًا</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="156" />
            <source>drill</source>
            <translation>تمرين</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="159" />
            <source>Replay — DRILL — {title} — {site}</source>
            <translation>إعادة عرض — تمرين — {title} — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="213" />
            <source>Wallboard — REPLAY — {site}</source>
            <translation>لوحة العرض — إعادة تشغيل — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="215" />
            <source>Wallboard — REPLAY OF A DRILL — {site}</source>
            <translation>لوحة العرض — إعادة تشغيل تمرين — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="366" />
            <source>Replay at {time} · event {seq}</source>
            <translation>إعادة العرض عند {time} · الحدث {seq}</translation>
        </message>
    </context>
    <context>
        <name>SensorLayer</name>
        <message>
            <location filename="../../widgets/map/sensors.py" line="224" />
            <source>{name} (down)</source>
            <translation>‏{name} (معطّل)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/sensors.py" line="225" />
            <source>{name} (degraded)</source>
            <translation>‏{name} (متدهور)</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../widgets/command_help.py" line="78" />
            <source>bring the unit board forward and focus it</source>
            <extracomment>(window attribute of the dock, key, name): Ctrl+n brings the dock forward and focuses it.</extracomment>
            <translation>إظهار لوحة الوحدات في المقدّمة ونقل التركيز إليه</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="79" />
            <source>bring the event log forward and focus it</source>
            <translation>إظهار سجل الأحداث في المقدّمة ونقل التركيز إليه</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="80" />
            <source>bring the link status forward and focus it</source>
            <translation>إظهار حالة الروابط في المقدّمة ونقل التركيز إليه</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="81" />
            <source>bring the incident list forward and focus it</source>
            <translation>إظهار قائمة الحوادث في المقدّمة ونقل التركيز إليه</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="84" />
            <source>bring the incident card forward and focus it</source>
            <translation>إظهار بطاقة الحادث في المقدّمة ونقل التركيز إليه</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="87" />
            <source>bring the recommendation forward and focus it</source>
            <translation>إظهار التوصية في المقدّمة ونقل التركيز إليه</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="90" />
            <source>bring the call list forward and focus it</source>
            <translation>إظهار قائمة المكالمات في المقدّمة ونقل التركيز إليه</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="91" />
            <source>bring the call card forward and focus it</source>
            <translation>إظهار بطاقة المكالمة في المقدّمة ونقل التركيز إليه</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="92" />
            <source>bring the alert list forward and focus it</source>
            <translation>إظهار قائمة الإنذارات في المقدّمة ونقل التركيز إليه</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="96" />
            <source>command line</source>
            <translation>سطر الأوامر</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="99" />
            <source>back to the command line from any dock</source>
            <translation>العودة إلى سطر الأوامر من أي لوحة</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="104" />
            <source>in the command line: the commands; elsewhere: the shortcut list</source>
            <translation>في سطر الأوامر: الأوامر؛ في غيره: قائمة الاختصارات</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="110" />
            <source>in the command line: complete the word</source>
            <translation>في سطر الأوامر: إكمال الكلمة</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="115" />
            <source>in the command line: earlier lines, or the place list</source>
            <translation>في سطر الأوامر: الأسطر السابقة، أو قائمة الأماكن</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="121" />
            <source>on a unit (board, tiles or map): the status changes it allows</source>
            <translation>على وحدة (اللوحة أو المربعات أو الخريطة): تغييرات الحالة المسموح بها</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="128" />
            <source>find a place (address, corner, landmark) and centre the map on it</source>
            <translation>البحث عن مكان (عنوان، تقاطع، معلم) وتوسيط الخريطة عليه</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="132" />
            <source>fit the map to the site</source>
            <translation>ملاءمة الخريطة للموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="133" />
            <source>day / night theme</source>
            <translation>سمة النهار / الليل</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="135" />
            <source>mute or unmute this position's sounds</source>
            <translation>كتم أصوات هذه المنصّة أو إعادتها</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="139" />
            <source>the map in its own window (second screen) and back</source>
            <translation>الخريطة في نافذة مستقلة (شاشة ثانية) والعودة</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="143" />
            <source>the supervisor's wallboard (full screen: F11)</source>
            <translation>لوحة عرض المشرف (ملء الشاشة: F11)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="147" />
            <source>change operator (another dispatcher signs in here)</source>
            <translation>تغيير المشغّل (مُرسِل آخر يسجّل الدخول هنا)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="149" />
            <source>lock this position</source>
            <translation>قفل هذه المنصّة</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="150" />
            <source>open a replay</source>
            <translation>فتح إعادة تشغيل</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="153" />
            <source>quit (links are closed and the store is flushed)</source>
            <translation>الخروج (تُغلق الروابط ويُحفظ المخزن)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="160" />
            <source>Command line: {usage}</source>
            <translation>سطر الأوامر: {usage}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="56" />
            <source>Sign in — {site}</source>
            <translation>تسجيل الدخول — {site}</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="61" />
            <source>Position {position}: sign in with your operator name and password.</source>
            <translation>المنصّة {position}: سجّل الدخول باسم المشغّل وكلمة المرور.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="74" />
            <source>&amp;Name</source>
            <translation>&amp;الاسم</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="75" />
            <source>&amp;Password</source>
            <translation>&amp;كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="86" />
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>&amp;Sign in</source>
            <translation>&amp;تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="101" />
            <source>Why (stored with the session)</source>
            <translation>السبب (يُحفظ مع الجلسة)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="103" />
            <source>EMERGENCY SESSION (break glass)</source>
            <translation>جلسة طوارئ (كسر الزجاج)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="131" />
            <source>The database cannot be reached, so nobody can sign in. This site allows an emergency session of {minutes} minutes with the dispatcher role: it is logged (stored when the database returns) and marked on screen throughout.</source>
            <translation>تعذّر الوصول إلى قاعدة البيانات، فلا يمكن لأحد تسجيل الدخول. يسمح هذا الموقع بجلسة طوارئ مدتها {minutes} دقيقة بدور المُرسِل: تُسجَّل (وتُحفظ عند عودة قاعدة البيانات) وتبقى معلَّمة على الشاشة طوال مدتها.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="147" />
            <source>Type your operator name.</source>
            <translation>اكتب اسم المشغّل.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="158" />
            <source>An emergency session needs your name and the reason.</source>
            <translation>تحتاج جلسة الطوارئ إلى اسمك والسبب.</translation>
        </message>
    </context>
    <context>
        <name>Sound</name>
        <message>
            <location filename="../../widgets/sound/player.py" line="194" />
            <source>Qt Multimedia is not available ({err})</source>
            <translation>‏Qt Multimedia غير متاح ({err})</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="205" />
            <source>no audio output device</source>
            <translation>لا جهاز لإخراج الصوت</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="213" />
            <source>the audio output {device} cannot play 16-bit mono at {rate} Hz</source>
            <translation>جهاز الصوت {device} لا يستطيع تشغيل 16 بت أحادي بتردد {rate} هرتز</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsDialog</name>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="147" />
            <source>Sound</source>
            <translation>الصوت</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsWidget</name>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="55" />
            <source>New call ringing</source>
            <translation>مكالمة جديدة ترن</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="56" />
            <source>High-priority incident</source>
            <translation>حادث عالي الأولوية</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="57" />
            <source>Alarm from a zone or a radar</source>
            <translation>إنذار من منطقة أو رادار</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="58" />
            <source>Unit overdue</source>
            <translation>وحدة متأخرة</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="60" />
            <source>&amp;Mute all sounds at this position</source>
            <translation>&amp;كتم كل الأصوات في هذه المحطة</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="69" />
            <source>&amp;Volume</source>
            <translation>&amp;مستوى الصوت</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="80" />
            <source>Cue</source>
            <translation>التنبيه</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="81" />
            <source>Real</source>
            <translation>حقيقي</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="82" />
            <source>Drill (exercise)</source>
            <translation>تمرين</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="87" />
            <source>Play</source>
            <translation>تشغيل</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="90" />
            <source>Play {cue}</source>
            <translation>تشغيل {cue}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="92" />
            <source>Play {cue}, drill version</source>
            <translation>تشغيل {cue}، نسخة التمرين</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="119" />
            <source>{n} %</source>
            <translation>‏{n}٪</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="130" />
            <source>Output: {device}</source>
            <translation>الإخراج: {device}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="136" />
            <source>No sound at this position: {reason}. Cues are shown, not heard.</source>
            <translation>لا صوت في هذه المحطة: {reason}. التنبيهات تُعرض ولا تُسمع.</translation>
        </message>
    </context>
    <context>
        <name>StatsReport</name>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Interval</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Count</source>
            <translation>العدد</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Median s</source>
            <translation>الوسيط ث</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Pct s</source>
            <translation>م90 ث</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="339" />
            <source>Target s</source>
            <translation>الهدف ث</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="340" />
            <source>Within</source>
            <translation>ضمن الهدف</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="340" />
            <source>Passed</source>
            <translation>نجح</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="355" />
            <source>Call answering times (s), ring-start calls</source>
            <translation>أزمنة الرد على المكالمات (ث)، مكالمات ذات بداية رنين</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="357" />
            <source>Total response times (m:ss)</source>
            <translation>أزمنة الاستجابة الكلية (د:ث)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="360" />
            <source>90th percentile per day: call answering and processing (s)</source>
            <translation>المئين 90 يوميًا: الرد على المكالمة ومعالجتها (ث)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="362" />
            <source>90th percentile per day: turnout, travel, total response</source>
            <translation>المئين 90 يوميًا: الخروج، المسير، زمن الاستجابة الكلي</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="364" />
            <source>Incident type</source>
            <translation>نوع الحادث</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="364" />
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="365" />
            <source>Discipline</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="365" />
            <source>Station</source>
            <translation>المركز</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="366" />
            <source>Hour of day (local)</source>
            <translation>ساعة اليوم (محلية)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="384" />
            <source>Outliers: the slowest over target</source>
            <translation>القيم الشاذة: الأبطأ فوق الهدف</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="403" />
            <source>Definitions</source>
            <translation>التعريفات</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="406" />
            <source>ALI and AML calls give no ring start: they are counted, not timed. A call never answered counts as over every target.</source>
            <translation>مكالمات ALI وAML لا تعطي بداية الرنين: تُعدّ ولا يُحسب زمنها. المكالمة التي لم يُرد عليها تُحسب متجاوزة لكل هدف.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="328" />
            <source>Response statistics {period}</source>
            <translation>إحصاءات الاستجابة {period}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="371" />
            <source>Each cell: count / 90th percentile (s or m:ss) / share within target</source>
            <translation>كل خانة: العدد / المئين 90 (ث أو د:ث) / النسبة ضمن الهدف</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Started</source>
            <translation>بدأ</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Incident</source>
            <translation>الحادث</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="392" />
            <source>Call</source>
            <translation>مكالمة</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="395" />
            <source>Supervisors only: per call-taker (for training)</source>
            <translation>للمشرفين فقط: حسب متلقي المكالمات (للتدريب)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="125" />
            <source>EXERCISE — drill figures, not live operation</source>
            <translation>تمرين — أرقام التمرين، ليست عملًا حقيقيًا</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="132" />
            <source>page {n}</source>
            <translation>صفحة {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="332" />
            <source>{calls} calls, {incidents} incidents, {units} unit responses, {alerts} alerts. Store {store}. High priority: priority 1 to {high}. Percentile {pct:g}.</source>
            <translation>المكالمات: {calls}، الحوادث: {incidents}، استجابات الوحدات: {units}، الإنذارات: {alerts}. المخزن {store}. الأولوية العالية: من 1 إلى {high}. المئين {pct:g}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="344" />
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="344" />
            <source>NO</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="353" />
            <source>Not timed, never guessed: {what}.</source>
            <translation>غير محسوب ولا مُخمَّن أبدًا: {what}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="386" />
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="401" />
            <source>Call-taker</source>
            <translation>متلقي المكالمات</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="401" />
            <source>Answering n / p90 / %</source>
            <translation>الرد: عدد / م90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="402" />
            <source>Processing (high) n / p90 / %</source>
            <translation>المعالجة (عالية): عدد / م90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="134" />
            <source>EXERCISE</source>
            <translation>تمرين</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="230" />
            <source>target {s} s</source>
            <translation>الهدف {s} ث</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="353" />
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="370" />
            <source>By {what}</source>
            <translation>حسب {what}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../widgets/themes.py" line="164" />
            <source>Day theme</source>
            <translation>سمة النهار</translation>
        </message>
        <message>
            <location filename="../../widgets/themes.py" line="165" />
            <source>Night theme</source>
            <translation>سمة الليل</translation>
        </message>
    </context>
    <context>
        <name>TimelineDock</name>
        <message>
            <location filename="../../widgets/timeline.py" line="182" />
            <source>Replay timeline</source>
            <translation>الخط الزمني لإعادة العرض</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <location filename="../../widgets/timeline.py" line="397" />
            <source>Play</source>
            <translation>تشغيل</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <source>Play or pause (Space)</source>
            <translation>تشغيل أو إيقاف مؤقت (مسافة)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="229" />
            <source>{n}x</source>
            <translation>‏×{n}</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="230" />
            <source>Replay speed</source>
            <translation>سرعة إعادة العرض</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous</source>
            <translation>السابق</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous event</source>
            <translation>الحدث السابق</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next event</source>
            <translation>الحدث التالي</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="240" />
            <source>Jump to this time (Enter)</source>
            <translation>الانتقال إلى هذا الوقت (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Go</source>
            <translation>انتقال</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Jump to the time (Enter)</source>
            <translation>الانتقال إلى الوقت (Enter)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="245" />
            <source>Filter: incident …, unit …, link … or text</source>
            <translation>تصفية: حادث …، وحدة …، رابط … أو نص</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="272" />
            <source>events</source>
            <translation>أحداث</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="394" />
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/timeline.py" line="508" />
            <source>{time} · %n event(s)</source>
            <translation>
                <numerusform>‏{time} · لا أحداث</numerusform>
                <numerusform>‏{time} · حدث واحد</numerusform>
                <numerusform>‏{time} · حدثان</numerusform>
                <numerusform>‏{time} · %n أحداث</numerusform>
                <numerusform>‏{time} · %n حدثًا</numerusform>
                <numerusform>‏{time} · %n حدث</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainerPanelDock</name>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="88" />
            <source>{now} s / {total} s</source>
            <translation>‏{now} ث / {total} ث</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="101" />
            <source>Trainer — DRILL</source>
            <translation>المدرّب — تمرين</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="109" />
            <source>No scenario</source>
            <translation>لا سيناريو</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="132" />
            <source>Start</source>
            <translation>بدء</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="133" />
            <location filename="../../widgets/trainer_panel.py" line="272" />
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="134" />
            <source>End drill</source>
            <translation>إنهاء التمرين</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="140" />
            <source>Speed</source>
            <translation>السرعة</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="147" />
            <source>Injections to come</source>
            <translation>الحقن القادمة</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="150" />
            <source>Inject now</source>
            <translation>حقن الآن</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="181" />
            <source>Ready</source>
            <translation>جاهز</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="182" />
            <source>Running</source>
            <translation>قيد التشغيل</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="183" />
            <source>PAUSED</source>
            <translation>متوقف مؤقتًا</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="184" />
            <source>Ended</source>
            <translation>انتهى</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="187" />
            <source>Ended: {reason}</source>
            <translation>انتهى: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="191" />
            <source>Last: {what}</source>
            <translation>الأخير: {what}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="206" />
            <source>Report: {path}</source>
            <translation>التقرير: {path}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="213" />
            <source>PASSED</source>
            <translation>نجح</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="213" />
            <source>NOT PASSED</source>
            <translation>لم ينجح</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="215" />
            <source>Score {score} / 100 — {verdict}</source>
            <translation>النتيجة {score} / 100 — {verdict}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="223" />
            <source>{part}: {share}</source>
            <translation>‏{part}: {share}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="272" />
            <source>Resume</source>
            <translation>استئناف</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="292" />
            <source>Select an injection to send it now.</source>
            <translation>اختر حقنة لإرسالها الآن.</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardDock</name>
        <message>
            <location filename="../../widgets/unit_board.py" line="134" />
            <source>Units</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="142" />
            <source>Filter units</source>
            <translation>تصفية الوحدات</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="148" />
            <source>No grouping</source>
            <translation>بلا تجميع</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="149" />
            <source>Group by station</source>
            <translation>تجميع حسب المركز</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="150" />
            <source>Group by discipline</source>
            <translation>تجميع حسب الجهة</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="151" />
            <source>Group by status</source>
            <translation>تجميع حسب الحالة</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="209" />
            <source>Show the units as a table, status tiles or both</source>
            <translation>عرض الوحدات كجدول أو بطاقات حالة أو كليهما</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="213" />
            <source>Table</source>
            <translation>جدول</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="214" />
            <source>Tiles</source>
            <translation>بطاقات</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="215" />
            <source>Both</source>
            <translation>كلاهما</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="219" />
            <source>&amp;Table</source>
            <translation>&amp;جدول</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="220" />
            <source>T&amp;iles</source>
            <translation>&amp;بطاقات</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="221" />
            <source>&amp;Both: table above tiles</source>
            <translation>&amp;كلاهما: جدول فوق البطاقات</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardModel</name>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="234" />
            <source>Call sign</source>
            <translation>رمز النداء</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="235" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="236" />
            <source>Discipline</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="237" />
            <source>Station</source>
            <translation>المركز</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="238" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="239" />
            <source>In status</source>
            <translation>في الحالة منذ</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="240" />
            <source>Incident</source>
            <translation>الحادث</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="241" />
            <source>Last fix</source>
            <translation>آخر تحديد موقع</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="242" />
            <source>Position</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="292" />
            <source>No position received yet</source>
            <translation>لم يُستلم موقع بعد</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="294" />
            <source>Stale position: last fix {age} ago</source>
            <translation>موقع قديم: آخر تحديد قبل {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="298" />
            <source>Overdue: {reason}</source>
            <translation>متأخرة: {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="324" />
            <source>no fix</source>
            <translation>لا تحديد موقع</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="330" />
            <source>at station (no fix)</source>
            <translation>في المركز (بلا تحديد موقع)</translation>
        </message>
    </context>
    <context>
        <name>UnitTilesWidget</name>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="236" />
            <source>No station</source>
            <translation>لا مركز</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="518" />
            <source>{status} for {elapsed}</source>
            <translation>‏{status} منذ {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="524" />
            <source>Incident {id}</source>
            <translation>الحادث {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="526" />
            <source>Overdue: {reason}</source>
            <translation>متأخرة: {reason}</translation>
        </message>
    </context>
    <context>
        <name>UnitType</name>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>patrol car</source>
            <extracomment>Patrol car</extracomment>
            <translation>دورية</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>dog unit</source>
            <extracomment>Police dog unit</extracomment>
            <translation>وحدة الكلاب</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>engine</source>
            <extracomment>Fire engine</extracomment>
            <translation>إطفائية</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ladder</source>
            <extracomment>Aerial ladder</extracomment>
            <translation>سلّم هيدروليكي</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>rescue</source>
            <extracomment>Heavy rescue</extracomment>
            <translation>إنقاذ ثقيل</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>tanker</source>
            <extracomment>Water tanker</extracomment>
            <translation>صهريج مياه</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>hazmat</source>
            <extracomment>Hazardous materials unit</extracomment>
            <translation>وحدة مواد خطرة</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>boat</source>
            <extracomment>Rescue boat</extracomment>
            <translation>قارب إنقاذ</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ALS ambulance</source>
            <extracomment>Advanced life support ambulance</extracomment>
            <translation>إسعاف متقدم</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>BLS ambulance</source>
            <extracomment>Basic life support ambulance</extracomment>
            <translation>إسعاف أساسي</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>field supervisor</source>
            <extracomment>Medical field supervisor</extracomment>
            <translation>مشرف طبي ميداني</translation>
        </message>
    </context>
    <context>
        <name>WallboardWidget</name>
        <message>
            <location filename="../../widgets/wallboard.py" line="79" />
            <source>Wallboard</source>
            <translation>لوحة العرض</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="89" />
            <source>Calls waiting</source>
            <translation>مكالمات في الانتظار</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="90" />
            <source>Longest ring</source>
            <translation>أطول رنين</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="91" />
            <source>Answered within 15 s, last hour</source>
            <translation>رُدّ عليها خلال 15 ث، الساعة الأخيرة</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="92" />
            <source>Answered within 20 s, last hour</source>
            <translation>رُدّ عليها خلال 20 ث، الساعة الأخيرة</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="93" />
            <source>Incidents open</source>
            <translation>حوادث مفتوحة</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="94" />
            <source>Alerts open</source>
            <translation>إنذارات مفتوحة</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="95" />
            <source>Links down</source>
            <translation>روابط معطّلة</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="96" />
            <source>Sensors down</source>
            <translation>مستشعرات معطّلة</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="102" />
            <source>Units by discipline</source>
            <translation>الوحدات حسب الجهاز</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="102" />
            <source>Units by station</source>
            <translation>الوحدات حسب المحطة</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="131" />
            <source>Calls per 15 minutes today</source>
            <translation>المكالمات لكل 15 دقيقة اليوم</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="132" />
            <source>hour</source>
            <translation>الساعة</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="138" />
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="139" />
            <source>same weekday, average</source>
            <translation>اليوم نفسه من الأسبوع، المتوسط</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="140" />
            <source>Answer times today (s)</source>
            <translation>أزمنة الرد اليوم (ث)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="146" />
            <source>Last hour vs standard</source>
            <translation>الساعة الأخيرة مقارنة بالمعيار</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="154" />
            <source>≤15 s</source>
            <translation>≤15 ث</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="154" />
            <source>≤20 s</source>
            <translation>≤20 ث</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="232" />
            <source>{n} answered; standard {pct:.0f} %</source>
            <translation>تم الرد: {n}؛ المعيار {pct:.0f}٪</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="236" />
            <source>; {n} without ring start (not timed)</source>
            <translation>; بدون بداية رنين (غير محسوبة): {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="242" />
            <source>P{p}: {n}</source>
            <translation>أ{p}: {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="247" />
            <source>{n} not acknowledged</source>
            <translation>غير مؤكَّدة الاستلام: {n}</translation>
        </message>
    </context>
    <context>
        <name>_AreaWords</name>
        <message numerus="yes">
            <location filename="../../widgets/alert_panel.py" line="96" />
            <source>%n polygon(s)</source>
            <translation>
                <numerusform>لا مضلعات</numerusform>
                <numerusform>مضلع واحد</numerusform>
                <numerusform>مضلعان</numerusform>
                <numerusform>‏%n مضلعات</numerusform>
                <numerusform>‏%n مضلعًا</numerusform>
                <numerusform>‏%n مضلع</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location filename="../../widgets/status_style.py" line="151" />
            <source>available</source>
            <translation>متاحة</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="152" />
            <source>available on radio</source>
            <translation>متاحة عبر اللاسلكي</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="153" />
            <source>dispatched</source>
            <translation>أُرسلت</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="154" />
            <source>en route</source>
            <translation>في الطريق</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="155" />
            <source>on scene</source>
            <translation>في الموقع</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="156" />
            <source>transporting</source>
            <translation>جارٍ النقل</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="157" />
            <source>at hospital</source>
            <translation>في المستشفى</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="158" />
            <source>out of service</source>
            <translation>خارج الخدمة</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="180" />
            <source>{status} {elapsed}</source>
            <translation>‏{status} {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="208" />
            <source>Set {status}</source>
            <translation>تعيين {status}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="217" />
            <source>No status change allowed from {status}</source>
            <translation>لا تغيير حالة مسموح من {status}</translation>
        </message>
    </context>
    <context>
        <name>symbols</name>
        <message>
            <location filename="../../widgets/symbols.py" line="80" />
            <source>Police</source>
            <translation>شرطة</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="81" />
            <source>Fire</source>
            <translation>إطفاء</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="82" />
            <source>Medical</source>
            <translation>إسعاف</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="84" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="161" />
            <source>Typed</source>
            <translation>مكتوب</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="162" />
            <source>Map click</source>
            <translation>نقرة على الخريطة</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="214" />
            <source>Hospital</source>
            <extracomment>What the console's map shows of a site's landmarks: the places a crew is sent to or from and the water it needs, not every shop and café the data holds.</extracomment>
            <translation>مستشفى</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="215" />
            <source>Clinic</source>
            <translation>عيادة</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="216" />
            <source>Doctors</source>
            <translation>أطباء</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="217" />
            <source>Pharmacy</source>
            <translation>صيدلية</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="218" />
            <source>Fire station</source>
            <translation>مركز إطفاء</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="219" />
            <source>Police station</source>
            <translation>مركز شرطة</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="220" />
            <source>School</source>
            <translation>مدرسة</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="221" />
            <source>Kindergarten</source>
            <translation>روضة أطفال</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="222" />
            <source>University</source>
            <translation>جامعة</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="223" />
            <source>Fire hydrant</source>
            <translation>حنفية حريق</translation>
        </message>
    </context>
</TS>
