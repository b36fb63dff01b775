<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConsoleSession</name>
        <message numerus="yes">
            <location filename="../../console/session/live.py" line="559" />
            <source>Store: {where} · %n event(s)</source>
            <translation>
                <numerusform>Store: {where} · %n event</numerusform>
                <numerusform>Store: {where} · %n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="69" />
            <source>%n datagram(s) dropped while the store was not keeping up</source>
            <translation>
                <numerusform>%n datagram dropped while the store was not keeping up</numerusform>
                <numerusform>%n datagrams dropped while the store was not keeping up</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="73" />
            <source>%n datagram(s) dropped by the system: they came faster than the console could read</source>
            <translation>
                <numerusform>%n datagram dropped by the system: they came faster than the console could read</numerusform>
                <numerusform>%n datagrams dropped by the system: they came faster than the console could read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="89" />
            <source>%n slow or idle connection(s) cut</source>
            <translation>
                <numerusform>%n slow or idle connection cut</numerusform>
                <numerusform>%n slow or idle connections cut</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="91" />
            <source>%n connection(s) refused at the cap</source>
            <translation>
                <numerusform>%n connection refused at the cap</numerusform>
                <numerusform>%n connections refused at the cap</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="83" />
            <source>%n request(s) refused ({size} not stored)</source>
            <translation>
                <numerusform>%n request refused ({size} not stored)</numerusform>
                <numerusform>%n requests refused ({size} not stored)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="59" />
            <source>%n alarm(s) raised</source>
            <translation>
                <numerusform>%n alarm raised</numerusform>
                <numerusform>%n alarms raised</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="60" />
            <source>%n never acted on</source>
            <translation>
                <numerusform>%n never acted on</numerusform>
                <numerusform>%n never acted on</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="61" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillSession</name>
        <message numerus="yes">
            <location filename="../../console/session/drill.py" line="431" />
            <source>{what} within {target} s: {within} of %n (target {pct} %)</source>
            <translation>
                <numerusform>{what} within {target} s: {within} of %n (target {pct} %)</numerusform>
                <numerusform>{what} within {target} s: {within} of %n (target {pct} %)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message numerus="yes">
            <location filename="../../widgets/error_dialog.py" line="120" />
            <source>%n error(s) occurred; see the details below.</source>
            <translation>
                <numerusform>%n error occurred; see the details below.</numerusform>
                <numerusform>%n errors occurred; see the details below.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventText</name>
        <message numerus="yes">
            <location filename="../../console/reports/event_text.py" line="122" />
            <source>%n frame(s)</source>
            <translation>
                <numerusform>%n frame</numerusform>
                <numerusform>%n frames</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/event_text_operators.py" line="78" />
            <source>, %n failed in a row</source>
            <translation>
                <numerusform>, %n failed in a row</numerusform>
                <numerusform>, %n failed in a row</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanelDock</name>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="362" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>%n unit, changed by dispatcher</numerusform>
                <numerusform>%n units, changed by dispatcher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="365" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>%n unit, as recommended</numerusform>
                <numerusform>%n units, as recommended</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReplaySession</name>
        <message numerus="yes">
            <location filename="../../console/session/replay.py" line="189" />
            <source>hash chain intact over %n event(s)</source>
            <translation>
                <numerusform>hash chain intact over %n event</numerusform>
                <numerusform>hash chain intact over %n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatsReport</name>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="103" />
            <source>%n without a ring start</source>
            <translation>
                <numerusform>%n without a ring start</numerusform>
                <numerusform>%n without a ring start</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="104" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>%n abandoned</numerusform>
                <numerusform>%n abandoned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="105" />
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n duplicate</numerusform>
                <numerusform>%n duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="106" />
            <source>%n without an incident</source>
            <translation>
                <numerusform>%n without an incident</numerusform>
                <numerusform>%n without an incident</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="107" />
            <source>%n stood down</source>
            <translation>
                <numerusform>%n stood down</numerusform>
                <numerusform>%n stood down</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="108" />
            <source>%n without en route</source>
            <translation>
                <numerusform>%n without en route</numerusform>
                <numerusform>%n without en route</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="109" />
            <source>%n without a dispatch in the log</source>
            <translation>
                <numerusform>%n without a dispatch in the log</numerusform>
                <numerusform>%n without a dispatch in the log</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="386" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="387" />
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="388" />
            <source>%n unit response(s)</source>
            <translation>
                <numerusform>%n unit response</numerusform>
                <numerusform>%n unit responses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="389" />
            <source>%n alert(s)</source>
            <translation>
                <numerusform>%n alert</numerusform>
                <numerusform>%n alerts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineDock</name>
        <message numerus="yes">
            <location filename="../../widgets/timeline.py" line="508" />
            <source>{time} · %n event(s)</source>
            <translation>
                <numerusform>{time} · %n event</numerusform>
                <numerusform>{time} · %n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_AreaWords</name>
        <message numerus="yes">
            <location filename="../../widgets/alert_panel.py" line="96" />
            <source>%n polygon(s)</source>
            <translation>
                <numerusform>%n polygon</numerusform>
                <numerusform>%n polygons</numerusform>
            </translation>
        </message>
    </context>
</TS>
