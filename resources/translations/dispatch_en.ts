<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <name>RecommendationPanelDock</name>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="352" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>%n unit, changed by dispatcher</numerusform>
                <numerusform>%n units, changed by dispatcher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="355" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>%n unit, as recommended</numerusform>
                <numerusform>%n units, as recommended</numerusform>
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
